// Package fid measures generated MNIST digits with the classifier of package
// classifier: the Fréchet distance between its penultimate features on the
// samples and on the MNIST test set (an MNIST FID, comparable only with other
// FIDs from the same classifier, not with Inception FIDs), a class score
// (Inception Score's formula over its class probabilities), and the class
// histogram whose unevenness shows mode collapse.
package fid

import (
	"errors"
	"fmt"
	"math"
	"sync"

	"gonum.org/v1/gonum/mat"

	"gogan/data/mnist"
	"gogan/engine/nn"
	"gogan/metric/classifier"
)

// Stats returns the mean (d) and the covariance (d×d, unbiased: divided by
// n-1 as numpy.cov) of n feature rows (n×d, row-major), accumulated in
// float64. It panics if n < 2, d < 1 or len(features) != n·d.
func Stats(features []float32, n, d int) (mu []float64, cov *mat.SymDense) {
	if n < 2 || d < 1 || len(features) != n*d {
		panic(fmt.Sprintf("fid: Stats: %d values for %d rows of %d features (want at least 2 rows)", len(features), n, d))
	}
	mu = make([]float64, d)
	for i := 0; i < n; i++ {
		for j, v := range features[i*d : (i+1)*d] {
			mu[j] += float64(v)
		}
	}
	for j := range mu {
		mu[j] /= float64(n)
	}
	centred := mat.NewDense(n, d, nil)
	for i := 0; i < n; i++ {
		row := centred.RawRowView(i)
		for j, v := range features[i*d : (i+1)*d] {
			row[j] = float64(v) - mu[j]
		}
	}
	cov = mat.NewSymDense(d, nil)
	cov.SymOuterK(1/float64(n-1), centred.T())
	return mu, cov
}

// Distance returns the Fréchet distance between the Gaussians N(mu1, cov1)
// and N(mu2, cov2):
//
//	|mu1 - mu2|² + Tr(C1 + C2 - 2·(C1^½·C2·C1^½)^½).
//
// Both square roots come from symmetric eigendecompositions, with eigenvalues
// that rounding made slightly negative clamped to 0, so singular covariances
// (dead ReLU features) are fine. C1^½·C2·C1^½ is symmetric and has the
// eigenvalues of C1·C2, whose square roots the usual scipy sqrtm computes
// through a non-symmetric Schur form. The result can be a rounding error
// below 0 for identical inputs. It returns an error if the sizes disagree, a
// value is not finite or an eigendecomposition fails.
func Distance(mu1 []float64, cov1 mat.Symmetric, mu2 []float64, cov2 mat.Symmetric) (float64, error) {
	d := len(mu1)
	switch {
	case d == 0:
		return 0, errors.New("fid: empty mean")
	case len(mu2) != d:
		return 0, fmt.Errorf("fid: means of %d and %d features", d, len(mu2))
	case cov1.SymmetricDim() != d || cov2.SymmetricDim() != d:
		return 0, fmt.Errorf("fid: covariances of %d and %d features for means of %d", cov1.SymmetricDim(), cov2.SymmetricDim(), d)
	}
	var diff2, trace float64
	for i := range mu1 {
		diff2 += (mu1[i] - mu2[i]) * (mu1[i] - mu2[i])
		trace += cov1.At(i, i) + cov2.At(i, i)
	}
	if math.IsNaN(diff2+trace) || math.IsInf(diff2+trace, 0) {
		return 0, errors.New("fid: a mean or variance is not finite")
	}
	for _, c := range []mat.Symmetric{cov1, cov2} {
		for i := 0; i < d; i++ {
			for j := i; j < d; j++ {
				if v := c.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
					return 0, fmt.Errorf("fid: covariance element (%d,%d) is %v", i, j, v)
				}
			}
		}
	}
	root1, err := sqrtSym(cov1)
	if err != nil {
		return 0, err
	}
	var t, m mat.Dense
	t.Mul(root1, cov2)
	m.Mul(&t, root1)
	// Symmetrise away the rounding before the second decomposition.
	sym := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			sym.SetSym(i, j, (m.At(i, j)+m.At(j, i))/2)
		}
	}
	var es mat.EigenSym
	if !es.Factorize(sym, false) {
		return 0, errors.New("fid: eigendecomposition of C1^½·C2·C1^½ failed")
	}
	var trRoot float64
	for _, l := range es.Values(nil) {
		trRoot += math.Sqrt(max(l, 0))
	}
	return diff2 + trace - 2*trRoot, nil
}

// sqrtSym returns the symmetric square root V·diag(√max(λ,0))·Vᵀ of c.
func sqrtSym(c mat.Symmetric) (*mat.Dense, error) {
	var es mat.EigenSym
	if !es.Factorize(c, true) {
		return nil, errors.New("fid: eigendecomposition of a covariance failed")
	}
	vals := es.Values(nil)
	var v mat.Dense
	es.VectorsTo(&v)
	d := len(vals)
	scaled := mat.DenseCopyOf(&v)
	for j, l := range vals {
		s := math.Sqrt(max(l, 0))
		for i := 0; i < d; i++ {
			scaled.Set(i, j, scaled.At(i, j)*s)
		}
	}
	root := mat.NewDense(d, d, nil)
	root.Mul(scaled, v.T())
	return root, nil
}

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
		mu, cov := Stats(m.Features(x, test.N), test.N, classifier.Features)
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
	mu, cov := Stats(feats, n, d)
	dist, err := Distance(mu, cov, ref.Mu, ref.Cov)
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
