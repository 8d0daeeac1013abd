// Package fid measures generated MNIST digits with the classifier of package
// classifier: the Fréchet distance between its penultimate features on the
// samples and on the MNIST test set (an MNIST FID, comparable only with other
// FIDs from the same classifier, not with Inception FIDs), a class score
// (Inception Score's formula over its class probabilities), and the class
// histogram whose unevenness shows mode collapse.
package fid

import (
	"fmt"
	"math"
	"sync"

	"gonum.org/v1/gonum/mat"

	"gogan/data/mnist"
	"gogan/engine/nn"
	"gogan/metric/classifier"
	"gogan/metric/frechet"
)

// ClassScore returns exp(mean_x KL(p(y|x) ‖ p(y))), Inception Score's formula
// over the n×k class probabilities probs (rows summing to 1), where p(y) is
// the mean row. It ranges from 1 (every sample gets the same distribution,
// e.g. a single class) to k (confident predictions spread evenly over all k
// classes). It panics if n < 1, k < 1 or len(probs) != n·k.
func ClassScore(probs []float32, n, k int) float64 {
	checkProbs("ClassScore", probs, n, k)
	py := make([]float64, k)
	for i := 0; i < n; i++ {
		for j, p := range probs[i*k : (i+1)*k] {
			py[j] += float64(p)
		}
	}
	for j := range py {
		py[j] /= float64(n)
	}
	var kl float64
	for i := 0; i < n; i++ {
		for j, p := range probs[i*k : (i+1)*k] {
			if p > 0 {
				kl += float64(p) * math.Log(float64(p)/py[j])
			}
		}
	}
	return math.Exp(kl / float64(n))
}

// Histogram counts the n rows of probs (n×k) by their most probable class,
// the first one on a tie. It panics if n < 1, k < 1 or len(probs) != n·k.
func Histogram(probs []float32, n, k int) (counts []int) {
	checkProbs("Histogram", probs, n, k)
	counts = make([]int, k)
	for i := 0; i < n; i++ {
		row := probs[i*k : (i+1)*k]
		best := 0
		for j, p := range row {
			if p > row[best] {
				best = j
			}
		}
		counts[best]++
	}
	return counts
}

func checkProbs(fn string, probs []float32, n, k int) {
	if n < 1 || k < 1 || len(probs) != n*k {
		panic(fmt.Sprintf("fid: %s: %d values for %d rows of %d classes", fn, len(probs), n, k))
	}
}

// RefStats are the feature statistics of a reference set of real images.
type RefStats struct {
	Mu  []float64     // mean, classifier.Features values
	Cov *mat.SymDense // covariance, Features×Features
	N   int           // number of images
}

var testStats sync.Map // *classifier.Model → func() (*RefStats, error)

// refStats converts statistics stored with a judge.
func refStats(mu, cov []float64, n int) *RefStats {
	return &RefStats{Mu: mu, Cov: mat.NewSymDense(len(mu), cov), N: n}
}

// TestSetStats returns the feature statistics of m's test set: those
// stored with its weights (m.Ref, the CIFAR-10 judge's), else the 10,000
// MNIST test images', computed on first use and kept for the life of the
// process (one set per Model).
func TestSetStats(m *classifier.Model) (*RefStats, error) {
	if r := m.Ref; r != nil {
		return refStats(r.Mu, r.Cov, r.N), nil
	}
	if m.Arch != classifier.MNIST {
		return nil, fmt.Errorf("fid: the %s classifier has no reference statistics stored with it (gogan classifier reference makes them)", m.Arch.Name)
	}
	f, _ := testStats.LoadOrStore(m, sync.OnceValues(func() (*RefStats, error) {
		test, err := mnist.Test()
		if err != nil {
			return nil, fmt.Errorf("fid: %w", err)
		}
		idx := make([]int, test.N)
		for i := range idx {
			idx[i] = i
		}
		x := make([]float32, test.N*test.Dim())
		test.Float(x, idx, -1, 1)
		mu, cov := frechet.Stats(m.Features(x, test.N), test.N, classifier.Features)
		return &RefStats{Mu: mu, Cov: cov, N: test.N}, nil
	}))
	return f.(func() (*RefStats, error))()
}

// Report is what Evaluate measures on a set of samples.
type Report struct {
	FID               float64 `json:"fid"`                 // Fréchet distance to the reference features; lower is better
	ClassScore        float64 `json:"class_score"`         // 1 to 10; 10 for confident, evenly spread classes
	MeanConfidence    float64 `json:"mean_confidence"`     // mean of each sample's largest class probability
	LargestClassShare float64 `json:"largest_class_share"` // fraction of samples in the most common class; 0.1 when even
	// SmallestClassShare is the rarest class's fraction; a class G has
	// dropped shows here first.
	SmallestClassShare float64 `json:"smallest_class_share"`
	ClassesAbove2pct   int     `json:"classes_above_2pct"` // classes holding more than 2% of the samples
	Counts             []int   `json:"counts"`             // samples per predicted class, 0-9
	N                  int     `json:"n"`                  // number of samples
	// ConditionalAccuracy is, for samples drawn for known classes (a
	// conditional generator in training), ClassReport's Accuracy.
	ConditionalAccuracy float64 `json:"conditional_accuracy,omitempty"`
}

func (r Report) String() string {
	return fmt.Sprintf("FID %.3f, class score %.3f, confidence %.3f, largest class %.1f%%, %d classes above 2%%, counts %v (n=%d)",
		r.FID, r.ClassScore, r.MeanConfidence, 100*r.LargestClassShare, r.ClassesAbove2pct, r.Counts, r.N)
}

// Evaluate measures n samples (n×C·H·W of m's shape, 784 values for
// MNIST's, pixels in [-1, 1] as the generator's tanh output) with
// classifier m against ref, the statistics of real images under the same
// m; nil means TestSetStats(m). FID's estimate is biased upwards at small
// n: compare reports of equal n, 10,000 as a rule.
func Evaluate(m *classifier.Model, samples []float32, n int, ref *RefStats) (Report, error) {
	if n < 2 {
		return Report{}, fmt.Errorf("fid: %d samples, want at least 2", n)
	}
	if in := m.Arch.Inputs(); len(samples) != n*in {
		return Report{}, fmt.Errorf("fid: samples have %d values, want %d×%d", len(samples), n, in)
	}
	feats, logits := m.Outputs(samples, n)
	return FromOutputs(m, feats, logits, n, ref)
}

// FromOutputs is Evaluate on the judge's outputs for the samples (from
// Model.Outputs), so that one forward pass serves every measure.
func FromOutputs(m *classifier.Model, feats, logits []float32, n int, ref *RefStats) (Report, error) {
	d := m.Arch.Features
	if n < 2 || len(feats) != n*d || len(logits) != n*classifier.Classes {
		return Report{}, fmt.Errorf("fid: %d features and %d logits for %d samples (want at least 2 samples of %d and %d)", len(feats), len(logits), n, d, classifier.Classes)
	}
	if ref == nil {
		var err error
		if ref, err = TestSetStats(m); err != nil {
			return Report{}, err
		}
	}
	mu, cov := frechet.Stats(feats, n, d)
	dist, err := frechet.Distance(mu, cov, ref.Mu, ref.Cov)
	if err != nil {
		return Report{}, err
	}
	probs := make([]float32, len(logits))
	nn.Softmax(probs, logits, n, classifier.Classes)
	r := Report{FID: dist, ClassScore: ClassScore(probs, n, classifier.Classes), Counts: Histogram(probs, n, classifier.Classes), N: n}
	for i := 0; i < n; i++ {
		top := float32(0)
		for _, p := range probs[i*classifier.Classes : (i+1)*classifier.Classes] {
			top = max(top, p)
		}
		r.MeanConfidence += float64(top)
	}
	r.MeanConfidence /= float64(n)
	r.classShares()
	return r, nil
}

// classShares derives the class-balance figures from Counts and N.
func (r *Report) classShares() {
	r.LargestClassShare, r.SmallestClassShare, r.ClassesAbove2pct = 0, 0, 0
	if r.N == 0 || len(r.Counts) == 0 {
		return
	}
	r.SmallestClassShare = 1
	for _, c := range r.Counts {
		share := float64(c) / float64(r.N)
		r.LargestClassShare = max(r.LargestClassShare, share)
		r.SmallestClassShare = min(r.SmallestClassShare, share)
		if share > 0.02 {
			r.ClassesAbove2pct++
		}
	}
}
