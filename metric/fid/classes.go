package fid

import (
	"fmt"
	"sync"

	"gogan/data/mnist"
	"gogan/metric/classifier"
	"gogan/metric/frechet"
)

// ClassReport measures samples drawn for known classes by a conditional
// generator.
type ClassReport struct {
	// Accuracy is the conditional accuracy: the share of samples that the
	// classifier assigns to the class they were drawn for.
	Accuracy float64 `json:"accuracy"`
	// PerClass is the same for each class's samples.
	PerClass []float64 `json:"per_class"`
	// WorstClass is the class of lowest PerClass, and WorstAccuracy its value.
	WorstClass    int     `json:"worst_class"`
	WorstAccuracy float64 `json:"worst_accuracy"`
	// IntraFID is, per class, the FID of that class's samples against the
	// MNIST test images of that class (intra-class FID, Miyato & Koyama
	// 2018); MeanIntraFID its mean. Each uses about a tenth of the samples,
	// so it is biased upwards more than the overall FID at the same n.
	IntraFID     []float64 `json:"intra_fid"`
	MeanIntraFID float64   `json:"mean_intra_fid"`
	Counts       []int     `json:"counts"` // samples drawn per class
}

func (r ClassReport) String() string {
	return fmt.Sprintf("conditional accuracy %.2f%% (worst class %d: %.2f%%), mean intra-class FID %.3f",
		100*r.Accuracy, r.WorstClass, 100*r.WorstAccuracy, r.MeanIntraFID)
}

var classStats sync.Map // *classifier.Model → func() ([]*RefStats, error)

// TestSetClassStats returns, per digit class, the feature statistics of the
// MNIST test images of that class under m (about 1,000 each), computed on
// first use and kept.
func TestSetClassStats(m *classifier.Model) ([]*RefStats, error) {
	if r := m.Ref; r != nil {
		refs := make([]*RefStats, len(r.ClassMu))
		for c := range refs {
			refs[c] = refStats(r.ClassMu[c], r.ClassCov[c], r.ClassN[c])
		}
		return refs, nil
	}
	if m.Arch != classifier.MNIST {
		return nil, fmt.Errorf("fid: the %s classifier has no per-class reference statistics stored with it", m.Arch.Name)
	}
	f, _ := classStats.LoadOrStore(m, sync.OnceValues(func() ([]*RefStats, error) {
		test, err := mnist.Test()
		if err != nil {
			return nil, fmt.Errorf("fid: %w", err)
		}
		byClass := make([][]int, classifier.Classes)
		for i, c := range test.Labels {
			byClass[c] = append(byClass[c], i)
		}
		refs := make([]*RefStats, classifier.Classes)
		for c, idx := range byClass {
			x := make([]float32, len(idx)*test.Dim())
			test.Float(x, idx, -1, 1)
			mu, cov := frechet.Stats(m.Features(x, len(idx)), len(idx), classifier.Features)
			refs[c] = &RefStats{Mu: mu, Cov: cov, N: len(idx)}
		}
		return refs, nil
	}))
	return f.(func() ([]*RefStats, error))()
}

// EvaluateClasses measures samples (n×784 in [-1, 1], n = len(labels))
// drawn for classes labels (0-9) with classifier m. Every class needs at
// least 2 samples for its intra-class FID.
func EvaluateClasses(m *classifier.Model, samples []float32, labels []int) (ClassReport, error) {
	n, k, in := len(labels), classifier.Classes, m.Arch.Inputs()
	if len(samples) != n*in {
		return ClassReport{}, fmt.Errorf("fid: samples have %d values, want %d×%d", len(samples), n, in)
	}
	r := ClassReport{PerClass: make([]float64, k), IntraFID: make([]float64, k), Counts: make([]int, k)}
	byClass, err := groupClasses(labels, &r)
	if err != nil {
		return ClassReport{}, err
	}
	feats, logits := m.Outputs(samples, n)
	return classesFrom(m, feats, logits, labels, byClass, r)
}

// ClassesFromOutputs is EvaluateClasses on the judge's outputs for the
// samples (from Model.Outputs).
func ClassesFromOutputs(m *classifier.Model, feats, logits []float32, labels []int) (ClassReport, error) {
	n, k, d := len(labels), classifier.Classes, m.Arch.Features
	if len(feats) != n*d || len(logits) != n*k {
		return ClassReport{}, fmt.Errorf("fid: %d features and %d logits for %d labels", len(feats), len(logits), n)
	}
	r := ClassReport{PerClass: make([]float64, k), IntraFID: make([]float64, k), Counts: make([]int, k)}
	byClass, err := groupClasses(labels, &r)
	if err != nil {
		return ClassReport{}, err
	}
	return classesFrom(m, feats, logits, labels, byClass, r)
}

// groupClasses lists the samples of each class, counting them in r; every
// class needs at least 2 for its intra-class FID.
func groupClasses(labels []int, r *ClassReport) ([][]int, error) {
	k := classifier.Classes
	byClass := make([][]int, k)
	for i, c := range labels {
		if c < 0 || c >= k {
			return nil, fmt.Errorf("fid: sample %d was drawn for class %d, want 0 to %d", i, c, k-1)
		}
		byClass[c] = append(byClass[c], i)
		r.Counts[c]++
	}
	for c, idx := range byClass {
		if len(idx) < 2 {
			return nil, fmt.Errorf("fid: class %d has %d samples, intra-class FID needs at least 2 per class", c, len(idx))
		}
	}
	return byClass, nil
}

func classesFrom(m *classifier.Model, feats, logits []float32, labels []int, byClass [][]int, r ClassReport) (ClassReport, error) {
	n, k, d := len(labels), classifier.Classes, m.Arch.Features
	refs, err := TestSetClassStats(m)
	if err != nil {
		return ClassReport{}, err
	}
	right := 0
	for i, c := range labels {
		if classifier.Argmax(logits[i*k:(i+1)*k]) == c {
			right++
			r.PerClass[c]++
		}
	}
	r.Accuracy = float64(right) / float64(n)
	r.WorstAccuracy = 2
	for c, idx := range byClass {
		r.PerClass[c] /= float64(len(idx))
		if r.PerClass[c] < r.WorstAccuracy {
			r.WorstClass, r.WorstAccuracy = c, r.PerClass[c]
		}
		f := make([]float32, 0, len(idx)*d)
		for _, i := range idx {
			f = append(f, feats[i*d:(i+1)*d]...)
		}
		mu, cov := frechet.Stats(f, len(idx), d)
		if r.IntraFID[c], err = frechet.Distance(mu, cov, refs[c].Mu, refs[c].Cov); err != nil {
			return ClassReport{}, fmt.Errorf("fid: class %d: %w", c, err)
		}
		r.MeanIntraFID += r.IntraFID[c] / float64(k)
	}
	return r, nil
}
