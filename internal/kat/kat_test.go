package kat

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the failures instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper()             {}
func (r *recorder) Logf(string, ...any) {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

var nan, inf = math.NaN(), math.Inf(1)

func TestCloseFailsOnNaNAndInf(t *testing.T) {
	for _, c := range []struct {
		got, want, rtol, atol float64
		ok                    bool
	}{
		{1, 1, 0, 0, true},
		{1.5, 1, 0, 0.5, true},
		{1.5, 1, 0.5, 0, true},
		{1.51, 1, 0.25, 0.25, false},
		{nan, 1, 1, 1e300, false},
		{nan, nan, 1, 1, false},
		{inf, 1, 1, 1e300, false},
		{-inf, 1, 1, 1e300, false},
		{1, inf, 1, 1e300, false},
		{inf, inf, 0, 0, true}, // a known infinite answer
		{-inf, inf, 1, 1, false},
		{1, nan, 1, 1e300, false},
	} {
		if got := Close(c.got, c.want, c.rtol, c.atol); got != c.ok {
			t.Errorf("Close(%v, %v, rtol %v, atol %v) = %v, want %v", c.got, c.want, c.rtol, c.atol, got, c.ok)
		}
	}
}

func TestScalarPrintsGotWantTolerance(t *testing.T) {
	r := &recorder{}
	if Scalar(r, "loss", nan, 0.5, 1e-6, 1e-7) {
		t.Error("Scalar passed NaN")
	}
	if len(r.errs) != 1 {
		t.Fatalf("%d failures, want 1: %q", len(r.errs), r.errs)
	}
	for _, s := range []string{"loss", "NaN", "0.5", "tolerance"} {
		if !strings.Contains(r.errs[0], s) {
			t.Errorf("failure %q does not mention %q", r.errs[0], s)
		}
	}
	r = &recorder{}
	if !Scalar(r, "x", 1+1e-7, 1, 1e-6, 0) || len(r.errs) != 0 {
		t.Errorf("Scalar failed within tolerance: %q", r.errs)
	}
}

func TestSlice(t *testing.T) {
	r := &recorder{}
	worst := Slice(r, "y", []float32{1, 2, float32(nan)}, []float64{1, 2.5, 3}, 0, 0.1)
	if len(r.errs) != 2 || !strings.Contains(r.errs[0], "y[1]") || !strings.Contains(r.errs[1], "y[2]") {
		t.Errorf("failures %q, want y[1] and y[2]", r.errs)
	}
	if !math.IsInf(worst, 1) {
		t.Errorf("worst %v with a NaN, want +Inf", worst)
	}
	r = &recorder{}
	Slice(r, "y", []float64{1}, []float64{1, 2}, 1, 1)
	if len(r.errs) != 1 {
		t.Errorf("a length mismatch gave %q", r.errs)
	}
	r = &recorder{}
	many := make([]float64, 100)
	for i := range many {
		many[i] = nan
	}
	Slice(r, "z", many, make([]float64, 100), 1, 1)
	if len(r.errs) != maxReported+1 || !strings.Contains(r.errs[maxReported], "100 of 100") {
		t.Errorf("100 failures reported as %d lines, last %q", len(r.errs), r.errs[len(r.errs)-1])
	}
	r = &recorder{}
	if w := Slice(r, "ok", []float32{1, 2}, []float32{1, 2.000001}, 1e-6, 0); len(r.errs) != 0 || !(w > 0 && w <= 1e-6) {
		t.Errorf("within tolerance: failures %q, worst %v", r.errs, w)
	}
}

func TestFloat32sRoundsWant(t *testing.T) {
	r := &recorder{}
	// 0.1 is not a float32; float32(0.1) must match it exactly.
	Float32s(r, "v", []float32{0.1}, []float64{0.1}, 0, 0)
	if len(r.errs) != 0 {
		t.Errorf("float32(0.1) against 0.1 at tolerance 0: %q", r.errs)
	}
}

func TestULPs(t *testing.T) {
	one := float32(1)
	next := math.Nextafter32(one, 2)
	for _, c := range []struct {
		a, b float32
		d    int
	}{
		{one, one, 0}, {one, next, 1}, {next, one, 1},
		{0, float32(math.Copysign(0, -1)), 0},
		{math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, 2},
		{float32(nan), one, math.MaxInt32},
	} {
		if d := ULPDist(c.a, c.b); d != c.d {
			t.Errorf("ULPDist(%v, %v) = %d, want %d", c.a, c.b, d, c.d)
		}
	}
	r := &recorder{}
	ULPs(r, "p", []float32{next, float32(nan)}, []float64{1, 1}, 1)
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "p[1]") {
		t.Errorf("failures %q, want p[1] only", r.errs)
	}
}

func TestWithinAndFinite(t *testing.T) {
	r := &recorder{}
	Within(r, "a", nan, 0, 1)
	Within(r, "b", 2, 0, 1)
	Within(r, "c", 1, 0, 1)
	Finite(r, "d", []float32{1, float32(inf)})
	Finite(r, "e", []float64{1, 2})
	if len(r.errs) != 3 {
		t.Errorf("failures %q, want a, b and d", r.errs)
	}
}

// TestDetChirp pins the formulas to values kat.py prints (python3: math.sin
// in float64, then numpy float32), so a change on one side shows here.
func TestDetChirp(t *testing.T) {
	d := Det(3, 1, 0.4)
	want := []float32{float32(0.4 * math.Sin(1.4)), float32(0.4 * math.Sin(0.37+1.4)), float32(0.4 * math.Sin(0.74+1.4))}
	Slice(t, "Det", d, want, 0, 0)
	c := Chirp(4, 2, 1)
	want = []float32{float32(math.Sin(2.7)), float32(math.Sin(0.37 + 2.7)), float32(math.Sin(0.37*4 + 2.7)), float32(math.Sin(0.37*9 + 2.7))}
	Slice(t, "Chirp", c, want, 0, 0)
}
