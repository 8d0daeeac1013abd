package frechet

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"gogan/internal/kat"
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
	rm := RowMajor(cov)
	for j := range d {
		for k := range d {
			kat.Scalar(t, fmt.Sprintf("RowMajor[%d,%d]", j, k), rm[j*d+k], cov.At(j, k), 0, 0)
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
