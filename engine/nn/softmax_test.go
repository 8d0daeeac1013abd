package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gogan/internal/kat"
)

// TestSoftmaxCrossEntropyGradient checks every element of the analytic
// gradient against a central difference of the loss. The loss is computed in
// float64 from float32 logits and returned as float32: rounding costs
// ~1e-7·|L|/h ≈ 1e-5 with h = 1e-2, and the truncation error, h²/6 times a
// third derivative of at most 0.1/n, is below 1e-5, so 1e-4 absolute is ample
// while a wrong formula (missing /n, missing onehot) is off by O(0.1).
func TestSoftmaxCrossEntropyGradient(t *testing.T) {
	for _, c := range []struct{ n, classes int }{{1, 1}, {1, 2}, {5, 7}, {3, 10}} {
		rng := rand.New(rand.NewPCG(11, uint64(c.n*100+c.classes)))
		logits := make([]float32, c.n*c.classes)
		for i := range logits {
			logits[i] = float32(3 * rng.NormFloat64())
		}
		labels := make([]uint8, c.n)
		for i := range labels {
			labels[i] = uint8(rng.IntN(c.classes))
		}
		grad := make([]float32, len(logits))
		SoftmaxCrossEntropy(logits, c.n, c.classes, labels, grad)
		const h = 1e-2
		for i := range logits {
			old := logits[i]
			logits[i] = old + h
			lp := float64(SoftmaxCrossEntropy(logits, c.n, c.classes, labels, nil))
			logits[i] = old - h
			lm := float64(SoftmaxCrossEntropy(logits, c.n, c.classes, labels, nil))
			logits[i] = old
			num := (lp - lm) / (2 * h)
			kat.Scalar(t, fmt.Sprintf("%dx%d: grad[%d], against the finite difference", c.n, c.classes, i), float64(grad[i]), num, 0, 1e-4)
		}
	}
}

func TestSoftmaxCrossEntropyValues(t *testing.T) {
	tests := []struct {
		name    string
		logits  []float32
		classes int
		labels  []uint8
		want    float64
	}{
		{"uniform", []float32{0, 0}, 2, []uint8{0}, math.Log(2)},
		{"123", []float32{1, 2, 3}, 3, []uint8{2}, math.Log(math.E+math.Exp(2)+math.Exp(3)) - 3},
		{"mean of two rows", []float32{0, 0, 1, 2, 3, 0}, 3, []uint8{0, 1}, (math.Log(2+math.E) + math.Log(math.Exp(2)+math.Exp(3)+1) - 3) / 2},
		{"huge logits", []float32{1000, 0}, 2, []uint8{1}, 1000},
		{"huge negative", []float32{-1000, -1000}, 2, []uint8{0}, math.Log(2)},
		{"no rows", nil, 4, nil, 0},
	}
	for _, tc := range tests {
		n := len(tc.labels)
		grad := make([]float32, len(tc.logits))
		got := SoftmaxCrossEntropy(tc.logits, n, tc.classes, tc.labels, grad)
		kat.Scalar(t, tc.name+": loss", float64(got), tc.want, 1e-6, 1e-6)
		kat.Finite(t, tc.name+": grad", grad)
	}
}

func TestSoftmax(t *testing.T) {
	logits := []float32{1, 2, 3, 1000, -1000, 0, 0, 0, 0}
	want := []float64{
		math.Exp(1 - 3), math.Exp(2 - 3), 1,
		1, 0, 0,
		1, 1, 1,
	}
	for r := 0; r < 3; r++ {
		s := want[3*r] + want[3*r+1] + want[3*r+2]
		for j := 0; j < 3; j++ {
			want[3*r+j] /= s
		}
	}
	dst := make([]float32, len(logits))
	Softmax(dst, logits, 3, 3)
	Softmax(logits, logits, 3, 3) // in place
	for i := range want {
		kat.Scalar(t, fmt.Sprintf("softmax[%d]", i), float64(dst[i]), want[i], 0, 1e-7)
		if dst[i] != logits[i] {
			t.Errorf("in-place softmax[%d] = %v, out of place %v", i, logits[i], dst[i])
		}
	}
}

func TestSoftmaxCrossEntropyPanics(t *testing.T) {
	cases := map[string]func(){
		"label out of range": func() { SoftmaxCrossEntropy([]float32{0, 0}, 1, 2, []uint8{2}, nil) },
		"short logits":       func() { SoftmaxCrossEntropy([]float32{0}, 1, 2, []uint8{0}, nil) },
		"short labels":       func() { SoftmaxCrossEntropy([]float32{0, 0}, 1, 2, nil, nil) },
		"short grad":         func() { SoftmaxCrossEntropy([]float32{0, 0}, 1, 2, []uint8{0}, make([]float32, 1)) },
		"short dst":          func() { Softmax(make([]float32, 1), []float32{0, 0}, 1, 2) },
	}
	for name, f := range cases {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}
