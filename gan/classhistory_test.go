package gan

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// The weights are the inverse counts scaled to a mean of 1; empty counts
// start at an even spread's steady state for the batch size.
func TestClassCountsWeights(t *testing.T) {
	h := &ClassCounts{Counts: []float64{10, 20, 40}, w: make([]float64, 3)}
	w := h.weights(8, 0.9)
	// 1/10, 1/20, 1/40 scaled by 3 / (0.175)
	for c, want := range []float64{12.0 / 7, 6.0 / 7, 3.0 / 7} {
		if math.Abs(w[c]-want) > 1e-12 {
			t.Errorf("weight of class %d = %v, want %v", c, w[c], want)
		}
	}
	h = &ClassCounts{Counts: make([]float64, 4), w: make([]float64, 4)}
	w = h.weights(8, 0.75) // 8/4 per step kept at 2/(1-0.75)
	for c := range 4 {
		if h.Counts[c] != 8 || w[c] != 1 {
			t.Errorf("class %d starts at count %v weight %v, want 8 and 1", c, h.Counts[c], w[c])
		}
	}
	b, _ := h.MarshalBinary()
	h2 := &ClassCounts{Counts: make([]float64, 4)}
	if err := h2.UnmarshalBinary(b); err != nil || h2.Counts[3] != 8 {
		t.Errorf("round trip: %v, counts %v", err, h2.Counts)
	}
	if err := h2.UnmarshalBinary(b[:24]); err == nil || !strings.Contains(err.Error(), "24 bytes, want 32") {
		t.Errorf("3 counts for 4 classes: %v", err)
	}
	nan := append([]byte(nil), b...)
	copy(nan[8:], []byte{1, 0, 0, 0, 0, 0, 0xf8, 0x7f})
	if err := h2.UnmarshalBinary(nan); err == nil || !strings.Contains(err.Error(), "class 1") {
		t.Errorf("a NaN count: %v", err)
	}
}

// A dcgan-plus step with ClassHistory: the counts start at the steady state
// of n fakes a step and, decayed and added to, keep that total; every fake
// is counted in one class. Without a class balance to weigh, Step refuses.
func TestClassHistoryStep(t *testing.T) {
	const n, classes = 6, 10
	rng := rand.New(rand.NewPCG(3, 0))
	tr, _ := headTrainer(t, n, classes, true, rng)
	tr.ClassHistory = 0.9
	x := make([]float32, n*3*32*32)
	for i := range x {
		x[i] = float32(2*rng.Float64() - 1)
	}
	batch := Batch{X: x, N: n, Labels: []uint8{0, 1, 2, 3, 4, 5}}
	for range 3 {
		if _, err := tr.Step([]Batch{batch}); err != nil {
			t.Fatal(err)
		}
	}
	var sum float64
	for _, c := range tr.ClassCounts().Counts {
		sum += c
	}
	if want := n / (1 - 0.9); math.Abs(sum-want) > 1e-9 {
		t.Errorf("counts sum to %v after 3 steps, want %v", sum, want)
	}
	tr.ClassBalance = 0
	if _, err := tr.Step([]Batch{batch}); err == nil || !strings.Contains(err.Error(), "class history of 0.9") {
		t.Errorf("class history without a balance: %v", err)
	}
	tr.ClassHistory = 0
	if tr.ClassCounts() != nil {
		t.Error("ClassCounts without a class history is not nil")
	}
}
