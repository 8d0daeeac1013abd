package nn

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestMinibatchStdDevKnownAnswer(t *testing.T) {
	l := NewMinibatchStdDev(testCtx(5), 2, 2)
	// Groups {0,1}, {2,3}, {4}. Population standard deviations by hand:
	// rows (0,0),(2,4): 1 and 2, mean 1.5; rows (1,1),(1,1): 0 and 0, so
	// sqrt(1e-8) = 1e-4; a group of one row likewise 1e-4.
	x := []float32{0, 0, 2, 4, 1, 1, 1, 1, 7, -3}
	y := l.Forward(x, 5, true)
	want := []float32{0, 0, 1.5, 2, 4, 1.5, 1, 1, 1e-4, 1, 1, 1e-4, 7, -3, 1e-4}
	for i := range want {
		if math.Abs(float64(y[i]-want[i])) > 1e-6 {
			t.Fatalf("y = %v, want %v", y, want)
		}
	}
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
