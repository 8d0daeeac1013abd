package fid

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"gogan/data/mnist"
	"gogan/internal/kat"
	"gogan/metric/classifier"
)

// correlated returns n rows of d features x = A·z + b with z ~ N(0, I),
// so the covariance is full and not diagonal.
func correlated(seed uint64, n, d int) []float32 {
	rng := rand.New(rand.NewPCG(seed, 9))
	a := make([]float64, d*d)
	for i := range a {
		a[i] = rng.NormFloat64() / math.Sqrt(float64(d))
	}
	out := make([]float32, n*d)
	z := make([]float64, d)
	for i := 0; i < n; i++ {
		for k := range z {
			z[k] = rng.NormFloat64()
		}
		for j := 0; j < d; j++ {
			s := float64(j) * 0.1
			for k := range z {
				s += a[j*d+k] * z[k]
			}
			out[i*d+j] = float32(s)
		}
	}
	return out
}

func trace(c mat.Symmetric) float64 {
	var t float64
	for i := 0; i < c.SymmetricDim(); i++ {
		t += c.At(i, i)
	}
	return t
}

func TestStats(t *testing.T) {
	const n, d = 50, 4
	x := correlated(1, n, d)
	mu, cov := Stats(x, n, d)
	for j := 0; j < d; j++ {
		var m float64
		for i := 0; i < n; i++ {
			m += float64(x[i*d+j])
		}
		m /= n
		kat.Scalar(t, fmt.Sprintf("mu[%d]", j), mu[j], m, 0, 1e-12)
	}
	for j := 0; j < d; j++ {
		for k := 0; k < d; k++ {
			var s float64
			for i := 0; i < n; i++ {
				s += (float64(x[i*d+j]) - mu[j]) * (float64(x[i*d+k]) - mu[k])
			}
			kat.Scalar(t, fmt.Sprintf("cov(%d,%d)", j, k), cov.At(j, k), s/(n-1), 0, 1e-12)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Stats of one row did not panic")
		}
	}()
	Stats(x[:d], 1, d)
}

func TestDistanceSelf(t *testing.T) {
	mu, cov := Stats(correlated(2, 400, 16), 400, 16)
	got, err := Distance(mu, cov, mu, cov)
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "FID of a set with itself", got, 0, 0, 1e-6*trace(cov))
}

func TestDistanceSymmetric(t *testing.T) {
	mu1, cov1 := Stats(correlated(3, 400, 16), 400, 16)
	mu2, cov2 := Stats(correlated(4, 300, 16), 300, 16)
	ab, err := Distance(mu1, cov1, mu2, cov2)
	if err != nil {
		t.Fatal(err)
	}
	ba, err := Distance(mu2, cov2, mu1, cov1)
	if err != nil {
		t.Fatal(err)
	}
	if !(ab > 0) {
		t.Errorf("FID(a,b) = %.12g, want > 0", ab)
	}
	kat.Scalar(t, "FID(b,a), against FID(a,b)", ba, ab, 1e-6, 0)
}

func TestDistanceShift(t *testing.T) {
	const n, d = 300, 8
	x := correlated(5, n, d)
	shift := []float64{1, -2, 0.5, 0, 3, 0, 0, -1}
	var want float64
	for _, s := range shift {
		want += s * s
	}
	mu, cov := Stats(x, n, d)
	mu2 := make([]float64, d)
	for j := range mu2 {
		mu2[j] = mu[j] + shift[j]
	}
	got, err := Distance(mu, cov, mu2, cov)
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "shifted means, same covariance: FID (want |shift|²)", got, want, 1e-9, 0)
	// The same through Stats: shifting float32 features rounds them, so
	// the covariances agree to about 1e-7.
	y := make([]float32, len(x))
	for i := range y {
		y[i] = x[i] + float32(shift[i%d])
	}
	mu3, cov3 := Stats(y, n, d)
	got, err = Distance(mu, cov, mu3, cov3)
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "shifted features: FID", got, want, 1e-4, 0)
}

func TestDistanceKnown(t *testing.T) {
	// Diagonal covariances commute: FID = |Δmu|² + Σ(√a - √b)².
	a, b := []float64{1, 4, 0, 9}, []float64{4, 1, 2, 9}
	c1, c2 := mat.NewSymDense(4, nil), mat.NewSymDense(4, nil)
	var want float64
	for i := range a {
		c1.SetSym(i, i, a[i])
		c2.SetSym(i, i, b[i])
		want += (math.Sqrt(a[i]) - math.Sqrt(b[i])) * (math.Sqrt(a[i]) - math.Sqrt(b[i]))
	}
	mu1, mu2 := []float64{0, 0, 1, 0}, []float64{1, 0, 0, 0}
	want += 2
	got, err := Distance(mu1, c1, mu2, c2)
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "diagonal: FID", got, want, 0, 1e-12)
	// Two non-commuting 2×2 matrices: Tr((C1^½C2C1^½)^½) is the sum of the
	// square roots of the eigenvalues of C1·C2, which for 2×2 is
	// sqrt(Tr(C1C2) + 2·sqrt(det C1·det C2)).
	c1 = mat.NewSymDense(2, []float64{2, 1, 1, 3})
	c2 = mat.NewSymDense(2, []float64{1, -0.5, -0.5, 2})
	trC1C2 := 2*1 + 1*(-0.5) + 1*(-0.5) + 3*2.0
	det1, det2 := 2*3-1.0, 1*2-0.25
	want = 2 + 3 + 1 + 2 - 2*math.Sqrt(trC1C2+2*math.Sqrt(det1*det2))
	got, err = Distance([]float64{0, 0}, c1, []float64{0, 0}, c2)
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "2x2: FID", got, want, 0, 1e-12)
}

func TestDistanceErrors(t *testing.T) {
	c2, c3 := mat.NewSymDense(2, []float64{1, 0, 0, 1}), mat.NewSymDense(3, nil)
	nan := mat.NewSymDense(2, []float64{1, math.NaN(), math.NaN(), 1})
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"empty", func() error { _, err := Distance(nil, c2, nil, c2); return err }(), "empty mean"},
		{"means", func() error { _, err := Distance([]float64{0, 0}, c2, []float64{0}, c2); return err }(), "means of 2 and 1"},
		{"covariances", func() error { _, err := Distance([]float64{0, 0}, c2, []float64{0, 0}, c3); return err }(), "covariances of 2 and 3"},
		{"NaN mean", func() error { _, err := Distance([]float64{0, math.NaN()}, c2, []float64{0, 0}, c2); return err }(), "not finite"},
		{"NaN covariance", func() error { _, err := Distance([]float64{0, 0}, c2, []float64{0, 0}, nan); return err }(), "(0,1) is NaN"},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, tc.err, tc.want)
		}
	}
}

func oneHot(classes ...int) []float32 {
	p := make([]float32, 10*len(classes))
	for i, c := range classes {
		p[i*10+c] = 1
	}
	return p
}

func TestClassScore(t *testing.T) {
	var even []int
	for i := 0; i < 50; i++ {
		even = append(even, i%10)
	}
	uniform := make([]float32, 30)
	for i := range uniform {
		uniform[i] = 0.1
	}
	for _, tc := range []struct {
		name  string
		probs []float32
		want  float64
	}{
		{"one-hot, even over 10 classes", oneHot(even...), 10},
		{"one-hot, a single class", oneHot(7, 7, 7, 7), 1},
		{"one-hot, two classes evenly", oneHot(1, 2, 1, 2), 2},
		{"every row uniform", uniform, 1},
	} {
		n := len(tc.probs) / 10
		kat.Scalar(t, tc.name, ClassScore(tc.probs, n, 10), tc.want, 0, 1e-9)
	}
}

func TestHistogram(t *testing.T) {
	probs := append(oneHot(3, 3, 9, 0), 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0) // a tie goes to class 0
	got := Histogram(probs, 5, 10)
	want := []int{2, 0, 0, 2, 0, 0, 0, 0, 0, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Histogram = %v, want %v", got, want)
		}
	}
}

// trainImages returns the images among the first n of the MNIST training
// set, in [-1, 1], with label keep (all of them if keep < 0), and their number.
func trainImages(t *testing.T, n int, keep int) ([]float32, int) {
	t.Helper()
	train, err := mnist.Train()
	if err != nil {
		t.Fatal(err)
	}
	var idx []int
	for i := 0; i < n; i++ {
		if keep < 0 || int(train.Labels[i]) == keep {
			idx = append(idx, i)
		}
	}
	x := make([]float32, len(idx)*train.Dim())
	train.Float(x, idx, -1, 1)
	return x, len(idx)
}

// TestEvaluateRealImages checks Evaluate on real digits, the first 10,000
// MNIST training images, and on a collapsed "generator" that only makes
// ones, against known answers from testdata/fid_mnist.py (numpy only: it
// reads the embedded MNIST files and classifier weights itself, runs the MLP
// in float64 and takes the matrix square root by eigendecomposition):
//
//	/usr/bin/python3 testdata/fid_mnist.py
//
// gogan's forward pass is float32, so the features differ from the script's
// by ~1e-7 relative; the statistics agree to ~1e-5.
func TestEvaluateRealImages(t *testing.T) {
	m, err := classifier.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name                   string
		keep                   int
		fid, score, confidence float64
		counts                 []int
	}{
		{"train[:10000]", -1, 2.105044, 9.324271, 0.980011, []int{1003, 1124, 984, 1029, 987, 868, 1011, 1082, 936, 976}},
		{"ones of train[:10000]", 1, 590.479660, 1.083210, 0.987019, []int{0, 1114, 4, 2, 0, 0, 0, 2, 2, 3}},
	} {
		x, n := trainImages(t, 10000, c.keep)
		r, err := Evaluate(m, x, n, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s against the test set: %s", c.name, r)
		kat.Scalar(t, c.name+" FID", r.FID, c.fid, 1e-4, 1e-6)
		kat.Scalar(t, c.name+" class score", r.ClassScore, c.score, 1e-5, 1e-6)
		kat.Scalar(t, c.name+" mean confidence", r.MeanConfidence, c.confidence, 0, 2e-6)
		// The counts are argmaxes of float32 outputs, whose low bits depend
		// on the GEMM backend and kernel: an image whose two best classes
		// tie to a few ULPs could move (none did on OpenBLAS's Haswell,
		// SkylakeX and Cooperlake kernels, gogan's asm kernel or gonum). The
		// shares are checked against the counts Evaluate returned.
		sum, largest, smallest, above, moved := 0, 0, n, 0, 0
		if len(r.Counts) != len(c.counts) {
			t.Fatalf("%s: counts %v, want %v", c.name, r.Counts, c.counts)
		}
		for i, k := range r.Counts {
			sum += k
			largest, smallest = max(largest, k), min(smallest, k)
			if float64(k) > 0.02*float64(n) {
				above++
			}
			moved += max(k-c.counts[i], c.counts[i]-k)
		}
		if moved > 2 {
			t.Errorf("%s: counts %v, want %v (one image may move)", c.name, r.Counts, c.counts)
		}
		if r.N != n || sum != n {
			t.Errorf("%s: N %d, want %d (counts add to %d)", c.name, r.N, n, sum)
		}
		kat.Scalar(t, c.name+" largest class share", r.LargestClassShare, float64(largest)/float64(n), 0, 0)
		kat.Scalar(t, c.name+" smallest class share", r.SmallestClassShare, float64(smallest)/float64(n), 0, 0)
		if r.ClassesAbove2pct != above {
			t.Errorf("%s: %d classes above 2%%, want %d", c.name, r.ClassesAbove2pct, above)
		}
	}
}

func TestEvaluateErrors(t *testing.T) {
	m, err := classifier.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := TestSetStats(m)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := TestSetStats(m); again != ref {
		t.Error("TestSetStats recomputed the statistics")
	}
	x := make([]float32, 3*784)
	for _, tc := range []struct {
		name string
		x    []float32
		n    int
		want string
	}{
		{"one sample", x[:784], 1, "1 samples, want at least 2"},
		{"short", x[:2*784], 3, "samples have 1568 values, want 3×784"},
	} {
		if _, err := Evaluate(m, tc.x, tc.n, ref); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	x[5] = float32(math.NaN())
	if _, err := Evaluate(m, x, 3, ref); err == nil {
		t.Error("NaN pixels: no error")
	}
}

func TestSmallestClassShare(t *testing.T) {
	r := Report{Counts: []int{10, 30, 5, 55, 0, 0, 0, 0, 0, 0}, N: 100}
	r.classShares()
	if got := r.SmallestClassShare; got != 0 {
		t.Errorf("smallest share with empty classes = %v, want 0", got)
	}
	r.Counts = []int{10, 12, 8, 10, 10, 10, 10, 10, 10, 10}
	r.classShares()
	if got := r.SmallestClassShare; got != 0.08 {
		t.Errorf("smallest share = %v, want 0.08", got)
	}
	var empty Report
	empty.classShares()
	if got := empty.SmallestClassShare; got != 0 {
		t.Errorf("empty report's smallest share = %v, want 0", got)
	}
}
