package fid

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"gogan/data/mnist"
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
		if math.Abs(mu[j]-m) > 1e-12 {
			t.Errorf("mu[%d] = %v, want %v", j, mu[j], m)
		}
	}
	for j := 0; j < d; j++ {
		for k := 0; k < d; k++ {
			var s float64
			for i := 0; i < n; i++ {
				s += (float64(x[i*d+j]) - mu[j]) * (float64(x[i*d+k]) - mu[k])
			}
			if want := s / (n - 1); math.Abs(cov.At(j, k)-want) > 1e-12 {
				t.Errorf("cov(%d,%d) = %v, want %v", j, k, cov.At(j, k), want)
			}
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
	if math.Abs(got) > 1e-6*trace(cov) {
		t.Errorf("FID of a set with itself = %g (trace %g)", got, trace(cov))
	}
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
	if !(ab > 0) || math.Abs(ab-ba) > 1e-6*ab {
		t.Errorf("FID(a,b) = %.12g, FID(b,a) = %.12g", ab, ba)
	}
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
	if math.Abs(got-want) > 1e-9*want {
		t.Errorf("shifted means, same covariance: FID %.12g, want |shift|² = %g", got, want)
	}
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
	if math.Abs(got-want) > 1e-4*want {
		t.Errorf("shifted features: FID %.9g, want %g", got, want)
	}
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
	if math.Abs(got-want) > 1e-12 {
		t.Errorf("diagonal: FID %.15g, want %.15g", got, want)
	}
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
	if math.Abs(got-want) > 1e-12 {
		t.Errorf("2x2: FID %.15g, want %.15g", got, want)
	}
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
		if got := ClassScore(tc.probs, n, 10); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
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

// realFIDBound is twice the FID of the first 10,000 MNIST training images
// against the test set under the embedded classifier (measured 2.105): the
// best a generator can hope for at n = 10,000.
const realFIDBound = 2 * 2.105

func TestEvaluateRealImages(t *testing.T) {
	m, err := classifier.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	x, n := trainImages(t, 10000, -1)
	r, err := Evaluate(m, x, n, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MNIST train[:10000] vs test: %s", r)
	if r.FID < 0 || r.FID > realFIDBound {
		t.Errorf("FID %.4f, want below %.4f", r.FID, realFIDBound)
	}
	if r.ClassScore < 9 || r.ClassesAbove2pct != 10 || r.LargestClassShare > 0.12 || r.SmallestClassShare < 0.07 || r.MeanConfidence < 0.95 {
		t.Errorf("real digits look collapsed: %s", r)
	}
	sum := 0
	for _, c := range r.Counts {
		sum += c
	}
	if sum != n || r.N != n {
		t.Errorf("counts %v add to %d, N %d; want %d", r.Counts, sum, r.N, n)
	}

	// A collapsed "generator" that only makes ones: what the seed's GAN
	// drifts towards.
	ones, k := trainImages(t, 10000, 1)
	c, err := Evaluate(m, ones, k, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("only the ones of train[:10000]: %s", c)
	if c.FID < 10*r.FID || c.LargestClassShare < 0.95 || c.SmallestClassShare != 0 || c.ClassScore > 1.5 || c.ClassesAbove2pct != 1 {
		t.Errorf("collapse to ones not detected: %s", c)
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
