package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gogan/internal/kat"
)

func TestMinibatchStdDevKnownAnswer(t *testing.T) {
	l := NewMinibatchStdDev(testCtx(5), 2, 2)
	// Groups {0,1}, {2,3}, {4}. Population standard deviations by hand:
	// rows (0,0),(2,4): 1 and 2, mean 1.5; rows (1,1),(1,1): 0 and 0, so
	// sqrt(1e-8) = 1e-4; a group of one row likewise 1e-4.
	x := []float32{0, 0, 2, 4, 1, 1, 1, 1, 7, -3}
	y := l.Forward(x, 5, true)
	want := []float32{0, 0, 1.5, 2, 4, 1.5, 1, 1, 1e-4, 1, 1, 1e-4, 7, -3, 1e-4}
	kat.Slice(t, "y", y, want, 0, 1e-6)
}

// TestMinibatchStdDevFewerRows checks that a backward over the first rows of
// a forward (D's fakes of a [fakes; reals] batch) is the gradient of a loss
// on those rows alone, the statistics staying those of the forward.
func TestMinibatchStdDevFewerRows(t *testing.T) {
	l := NewMinibatchStdDev(testCtx(8), 3, 4)
	rng := rand.New(rand.NewPCG(5, 6))
	x := randVec(rng, 8*3, 1)
	r := randVec(rng, 6*4, 1) // loss on rows 0..5: the second group straddles
	eval := func() float64 { return lossOf(l.Forward(x, 8, true)[:6*4], r) }
	eval()
	dx := append([]float32(nil), l.Backward(r, 6, Pass{InputGrad: true})...)
	if len(dx) != 6*3 {
		t.Fatalf("dx has %d values, want %d", len(dx), 6*3)
	}
	checkGrad(t, "dx", x[:6*3], dx, eval, nil)
}

// TestMinibatchStdDevPyTorch compares with the layer written in PyTorch
// 1.13.1 ops (testdata/mbstd_kat.py: var(unbiased=False), sqrt(+1e-8), mean
// over features, per group of consecutive rows) in float64, with autograd's
// input gradient for the loss Σ y·r:
//
//	/usr/bin/python3 testdata/mbstd_kat.py
func TestMinibatchStdDevPyTorch(t *testing.T) {
	x, r := make([]float32, 6*3), make([]float32, 6*4)
	for i := range 6 {
		for j := range 3 {
			x[i*3+j] = float32(math.Sin(float64(1 + i*3 + j)))
		}
		for j := range 4 {
			r[i*4+j] = float32(math.Cos(float64(1 + i*4 + j)))
		}
	}
	l := NewMinibatchStdDev(testCtx(6), 3, 4)
	y := l.Forward(x, 6, true)
	wantStat := []float64{0.6795637431062026, 0.6795637431062026, 0.6795637431062026, 0.6795637431062026, 0.6768917234598829, 0.6768917234598829}
	for i, w := range wantStat {
		kat.Scalar(t, fmt.Sprintf("row %d statistic, against PyTorch", i), float64(y[i*4+3]), w, 0, 1e-6)
	}
	wantDx := []float64{0.4550538486143946, -0.48902836957674395, -1.0328746463633314, 0.3704334237358335, 1.0345890998879956, 0.7982193963759365, -0.9765229508239066, -0.9182654748508806, -0.09464879448128508, 0.9713166893705638, 0.21439388377423363, -0.6620484126592316, -0.1364531653931815, 0.799026885707736, 1.1274147949655655, -0.6864394328826838, -1.1386710038582928, -0.6715431971122938}
	dx := l.Backward(r, 6, Pass{InputGrad: true})
	kat.Slice(t, "dx, against PyTorch", dx[:len(wantDx)], wantDx, 0, 2e-6)
}

// BenchmarkMinibatchStdDev is the layer at the improved preset's size: D's
// [fakes; reals] batch of 128 rows, 256 features, forward and backward.
func BenchmarkMinibatchStdDev(b *testing.B) {
	l := NewMinibatchStdDev(testCtx(128), 256, 4)
	rng := rand.New(rand.NewPCG(1, 2))
	x, dy := randVec(rng, 128*256, 1), randVec(rng, 128*257, 1)
	for b.Loop() {
		l.Forward(x, 128, true)
		l.Backward(dy, 128, Pass{InputGrad: true})
	}
}
