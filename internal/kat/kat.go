// Package kat holds what gogan's tests share for checking numbers: one
// comparison that fails on NaN and Inf and says what it compared, and the
// helpers of the known-answer tests (KATs) against PyTorch, whose inputs
// testdata/kat.py computes with the same formulas.
//
// Every float assertion in the tests goes through Close (or its slice and
// bound forms) or is written !(d <= tol): a plain d > tol is false when d is
// NaN, so a computation that returns NaN would pass.
package kat

import (
	"fmt"
	"math"
	"testing"

	"gogan/engine/gemm"
)

// Close reports whether got is within atol + rtol·|want| of want. It is false
// when got is NaN, and when got is ±Inf unless want is the same infinity (a
// known answer may be infinite; a tolerance cannot cover one).
func Close(got, want, rtol, atol float64) bool {
	if math.IsInf(got, 0) || math.IsInf(want, 0) {
		return got == want
	}
	return math.Abs(got-want) <= atol+rtol*math.Abs(want)
}

// Scalar fails t unless got is Close to want, printing got, want, the
// difference and the tolerance. It returns whether the check passed.
func Scalar(t testing.TB, name string, got, want, rtol, atol float64) bool {
	t.Helper()
	if Close(got, want, rtol, atol) {
		return true
	}
	t.Errorf("%s = %.10g, want %.10g (|diff| %.3g, tolerance %.3g = %.2g + %.2g·|want|)",
		name, got, want, math.Abs(got-want), atol+rtol*math.Abs(want), atol, rtol)
	return false
}

// Within fails t unless lo <= got <= hi (false for NaN), for results whose
// known answer is a range: a bound must be one a plausible bug breaks.
func Within(t testing.TB, name string, got, lo, hi float64) bool {
	t.Helper()
	if lo <= got && got <= hi {
		return true
	}
	t.Errorf("%s = %.10g, want in [%.10g, %.10g]", name, got, lo, hi)
	return false
}

// Finite fails t when any element of got is NaN or ±Inf.
func Finite[F ~float32 | ~float64](t testing.TB, name string, got []F) bool {
	t.Helper()
	for i, v := range got {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			t.Errorf("%s[%d] = %v, want a finite number", name, i, v)
			return false
		}
	}
	return true
}

// maxReported caps the element errors one slice check prints.
const maxReported = 6

// Slice fails t for each element of got not Close to want (at most a few
// printed, then a count), and on a length mismatch. It returns the largest
// relative error |got-want| / max(|want|, atol/rtol), +Inf on a failure of
// NaN, Inf or length, for tests that log how close they came.
func Slice[G, W ~float32 | ~float64](t testing.TB, name string, got []G, want []W, rtol, atol float64) float64 {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d values, want %d", name, len(got), len(want))
		return math.Inf(1)
	}
	worst, bad := 0.0, 0
	for i := range want {
		g, w := float64(got[i]), float64(want[i])
		if !Close(g, w, rtol, atol) {
			if bad < maxReported {
				t.Errorf("%s[%d] = %.10g, want %.10g (|diff| %.3g, tolerance %.3g = %.2g + %.2g·|want|)",
					name, i, g, w, math.Abs(g-w), atol+rtol*math.Abs(w), atol, rtol)
			}
			bad++
		}
		if d := math.Abs(g - w); !(d <= 0) {
			scale := math.Abs(w)
			if rtol > 0 {
				scale = max(scale, atol/rtol)
			}
			worst = max(worst, d/scale)
			if math.IsNaN(d) {
				worst = math.Inf(1)
			}
		}
	}
	if bad > maxReported {
		t.Errorf("%s: %d of %d values out of tolerance", name, bad, len(want))
	}
	return worst
}

// Float32s is Slice against known answers that are float32 values written in
// float64 (PyTorch's, printed by testdata/kat.py): each is rounded to float32
// first, so a tolerance of 0 asks for the identical float32.
func Float32s(t testing.TB, name string, got []float32, want []float64, rtol, atol float64) float64 {
	t.Helper()
	w32 := make([]float32, len(want))
	for i, w := range want {
		w32[i] = float32(w)
	}
	return Slice(t, name, got, w32, rtol, atol)
}

// SampleEvery is the stride of a large tensor's sample in a known-answer
// block: about 128 elements, from the first.
func SampleEvery(n int) int { return max(1, n/128) }

// Sampled checks a tensor too large to paste whole against data, where
// key+"/every" holds every SampleEvery(n)-th element of the known answer
// (float32 values, compared as Float32s) and key+"/sums" its size, Σx, Σ|x|
// and Σx·cos(i) in float64. A sum of elements each within rtol·|x| + atol is
// within rtol·Σ|x| + √n·atol (the absolute errors are rounding, of random
// sign). It returns the worst relative error, as Slice.
func Sampled(t testing.TB, data map[string][]float64, key string, got []float32, rtol, atol float64) float64 {
	t.Helper()
	every := SampleEvery(len(got))
	sample := make([]float32, 0, len(got)/every+1)
	for i := 0; i < len(got); i += every {
		sample = append(sample, got[i])
	}
	worst := Float32s(t, key+"/every", sample, Want(t, data, key+"/every"), rtol, atol)
	want := Want(t, data, key+"/sums")
	if len(want) != 4 || int(want[0]) != len(got) {
		t.Errorf("%s: %d values, the known answer has %v", key, len(got), want[0])
		return math.Inf(1)
	}
	var s [3]float64
	for i, v := range got {
		x := float64(v)
		s[0] += x
		s[1] += math.Abs(x)
		s[2] += x * math.Cos(float64(i))
	}
	tol := rtol*want[2] + math.Sqrt(float64(len(got)))*atol
	for i, name := range []string{"Σx", "Σ|x|", "Σx·cos(i)"} {
		if !Scalar(t, key+" "+name, s[i], want[i+1], 0, tol) {
			worst = math.Inf(1)
		}
	}
	return worst
}

// ULPs fails t for each element of got more than ulps float32 steps from
// want (rounded to float32), NaN included, and returns the largest distance.
func ULPs(t testing.TB, name string, got []float32, want []float64, ulps int) int {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d values, want %d", name, len(got), len(want))
		return math.MaxInt32
	}
	worst := 0
	for i, w := range want {
		d := ULPDist(got[i], float32(w))
		if !(d <= ulps) {
			t.Errorf("%s[%d] = %.9g, want %.9g (%d ulp apart, tolerance %d)", name, i, got[i], w, d, ulps)
		}
		worst = max(worst, d)
	}
	return worst
}

// ULPDist counts the float32 values between a and b; it is MaxInt32 when
// either is NaN.
func ULPDist(a, b float32) int {
	if a != a || b != b {
		return math.MaxInt32
	}
	key := func(x float32) int64 {
		u := int64(math.Float32bits(x))
		if u&(1<<31) != 0 {
			return -(u &^ (1 << 31))
		}
		return u
	}
	d := key(a) - key(b)
	if d < 0 {
		d = -d
	}
	return int(min(d, math.MaxInt32))
}

// Det is kat.py's det: float32(scale·sin(0.37·i + 1.3·seed + 0.1)) computed
// in float64. The explicit conversions stop the compiler fusing a multiply
// and an add, which would round differently from Python.
func Det(n int, seed, scale float64) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(scale * math.Sin(float64(0.37*float64(i))+float64(1.3*seed)+0.1))
	}
	return v
}

// ChirpMod is a prime above twice the largest tensor of the GAN KAT
// (784·1024): j² ≡ k² only for j ≡ ±k, so no two entries of one tensor read
// the same index.
const ChirpMod = 1605677

// Chirp is kat.py's chirp: Det's formula read at k = j² mod ChirpMod. Along
// the plain index every weight matrix would be rank 2; the quadratic index
// gives matrices that look random.
func Chirp(n int, seed, scale float64) []float32 {
	v := make([]float32, n)
	for j := range v {
		k := int64(j) * int64(j) % ChirpMod
		v[j] = float32(scale * math.Sin(float64(0.37*float64(k))+float64(1.3*seed)+0.1))
	}
	return v
}

// Want returns the known answer stored under key in data, failing t (fatally)
// when there is none: the data block is stale and kat.py must be rerun.
func Want(t testing.TB, data map[string][]float64, key string) []float64 {
	t.Helper()
	w, ok := data[key]
	if !ok {
		t.Fatalf("no known answer %q: regenerate with /usr/bin/python3 testdata/kat.py --write", key)
	}
	return w
}

// Backends are the GEMM backends a KAT runs on: every one that runs here
// (gonum always, the assembly kernel on AVX2+FMA CPUs, OpenBLAS where the
// library loads), with the missing ones logged.
func Backends(t testing.TB) []gemm.Backend {
	t.Helper()
	if _, err := gemm.LoadAsm(); err != nil {
		t.Logf("assembly kernel not available: %v", err)
	}
	if _, err := gemm.LoadOpenBLAS(); err != nil {
		t.Logf("OpenBLAS not available: %v", err)
	}
	return gemm.Available()
}

// Key formats a number as Python's "%g" does for the simple values KAT keys
// use (1, 0.5, -1, 2e-4), so Go and kat.py name cases alike.
func Key(v float64) string { return fmt.Sprintf("%g", v) }
