package fid

import (
	"math"
	"strings"
	"testing"

	"gogan/data/mnist"
	"gogan/internal/kat"
	"gogan/metric/classifier"
)

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
