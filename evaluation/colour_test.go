package evaluation

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"gogan/data/dataset"
	"gogan/format/npy"
	"gogan/internal/kat"
)

// cifarTrain is CIFAR-10's training set as the project's shared data holds
// it (JPEG class folders); the test skips without it.
const (
	cifarTrain = "../../shared/data/cifar10/train"
	cifarTest  = "../../shared/data/cifar10/test"
)

// TestCIFARCeiling evaluates 10,000 real CIFAR-10 training images (every
// fifth, 1,000 a class) with the built-in CIFAR-10 judge: the best a
// colour generator can score, the ceiling docs/quality.md and report.md
// quote. Measured with gogan's asm kernel; the counts are argmaxes and the
// precision/recall memberships, which round with the backend, so a few
// images may move.
func TestCIFARCeiling(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 images through the CIFAR-10 judge: about a minute")
	}
	if _, err := os.Stat(cifarTrain); err != nil {
		t.Skipf("no CIFAR-10 training folder: %v", err)
	}
	set, err := dataset.Load(cifarTrain, 3, 32)
	if err != nil {
		t.Fatal(err)
	}
	const n = 10000
	idx := make([]int, n)
	for i := range idx {
		idx[i] = 5 * i
	}
	x := make([]float32, n*3072)
	set.Float(x, idx, 0, 1)
	dir := t.TempDir()
	path := filepath.Join(dir, "real.npy")
	if err := npy.WriteFile(path, []int{n, 3, 32, 32}, x); err != nil {
		t.Fatal(err)
	}
	rep, err := Run(Options{Samples: path, Out: filepath.Join(dir, "eval")})
	if err != nil {
		t.Fatal(err)
	}
	q, pr := rep.Quality, rep.PrecisionRecall
	t.Logf("real CIFAR-10 training images: %+v; %+v", q, pr)
	if rep.Judge != "cifar10-vgg" || pr == nil || rep.Memorisation != nil {
		t.Fatalf("report %+v", rep)
	}
	kat.Scalar(t, "real images' FID", q.FID, ceilingFID, 1e-3, 1e-3)
	kat.Scalar(t, "real images' class score", q.ClassScore, ceilingClassScore, 1e-3, 1e-3)
	kat.Scalar(t, "real images' precision", pr.Precision, ceilingPrecision, 0, 0.002)
	kat.Scalar(t, "real images' recall", pr.Recall, ceilingRecall, 0, 0.002)
	if q.ClassesAbove2pct != 10 || !(q.LargestClassShare < 0.12) {
		t.Errorf("real images' classes: %v", q.Counts)
	}
	for _, f := range []string{"report.json", "report.md", "samples.png", "classes.png"} {
		if _, err := os.Stat(filepath.Join(dir, "eval", f)); err != nil {
			t.Error(err)
		}
	}

	// The floor: 2,000 uniform noise images (fewer than the ceiling's:
	// the judge's passes are this test's cost).
	const nf = 2000
	r := rand.New(rand.NewPCG(5, 5))
	x = x[:nf*3072]
	for i := range x {
		x[i] = r.Float32()
	}
	if err := npy.WriteFile(path, []int{nf, 3, 32, 32}, x); err != nil {
		t.Fatal(err)
	}
	floor, err := Run(Options{Samples: path, Out: filepath.Join(dir, "floor")})
	if err != nil {
		t.Fatal(err)
	}
	// Precision alone is fooled by it (k-NN precision's known weakness:
	// the noise's features gather where outlying real images' wide balls
	// reach); FID, recall and the classes are not.
	t.Logf("noise: %+v; %+v", floor.Quality, floor.PrecisionRecall)
	if fq := floor.Quality; !(fq.FID > 100*q.FID) || !(floor.PrecisionRecall.Recall < 0.01) || !(fq.LargestClassShare > 0.5) {
		t.Errorf("noise scored too well: %+v, %+v", fq, floor.PrecisionRecall)
	}
}

// TestCIFARHeldOut evaluates the 5,000 CIFAR-10 test images that are not
// among the judge's stored reference features (the last 500 of each
// class): real images the judge never trained on, a fair ceiling for
// precision and recall (its FID compares them with statistics they are
// part of, so it is low by construction).
func TestCIFARHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("5,000 images through the CIFAR-10 judge")
	}
	if _, err := os.Stat(cifarTest); err != nil {
		t.Skipf("no CIFAR-10 test folder: %v", err)
	}
	set, err := dataset.Load(cifarTest, 3, 32)
	if err != nil {
		t.Fatal(err)
	}
	var idx []int
	for i, l := range set.Labels {
		if i-int(l)*1000 >= 500 { // the folders list each class's 1,000 in turn
			idx = append(idx, i)
		}
	}
	n := len(idx)
	x := make([]float32, n*3072)
	set.Float(x, idx, 0, 1)
	dir := t.TempDir()
	path := filepath.Join(dir, "heldout.npy")
	if err := npy.WriteFile(path, []int{n, 3, 32, 32}, x); err != nil {
		t.Fatal(err)
	}
	rep, err := Run(Options{Samples: path, Out: filepath.Join(dir, "eval")})
	if err != nil {
		t.Fatal(err)
	}
	pr := rep.PrecisionRecall
	t.Logf("held-out CIFAR-10 test images: %+v; %+v", rep.Quality, pr)
	if n != 5000 || pr == nil {
		t.Fatalf("%d images, report %+v", n, rep)
	}
	kat.Scalar(t, "held-out images' precision", pr.Precision, heldOutPrecision, 0, 0.002)
	kat.Scalar(t, "held-out images' recall", pr.Recall, heldOutRecall, 0, 0.002)
}

// The ceiling's figures, measured by TestCIFARCeiling with the embedded
// judge (asm kernel).
const (
	ceilingFID        = 0.5853
	ceilingClassScore = 5.5302
	ceilingPrecision  = 0.834
	ceilingRecall     = 0.4956
	heldOutPrecision  = 0.813
	heldOutRecall     = 0.818
)
