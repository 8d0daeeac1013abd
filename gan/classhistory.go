package gan

import (
	"encoding/binary"
	"fmt"
	"math"

	"gogan/engine/nn"
)

// ClassCounts is the class-balance term's memory (Trainer.ClassHistory):
// per class, a decaying count of G's fakes that D's class head named it.
// It is saved in the training state so that a resumed run weighs the
// classes as the run would have.
type ClassCounts struct {
	Counts []float64
	w      []float64
}

// weights are Rangwani et al.'s inverse-frequency class weights, scaled to
// a mean of 1. The first batch starts the counts even, at the size n
// batches of an even spread would keep them with this decay, so the first
// steps are weighed evenly instead of by a handful of fakes.
func (h *ClassCounts) weights(n int, decay float64) []float64 {
	k := len(h.Counts)
	var sum float64
	for _, c := range h.Counts {
		sum += c
	}
	if sum == 0 {
		for c := range h.Counts {
			h.Counts[c] = float64(n) / float64(k) / (1 - decay)
		}
	}
	var total float64
	for c, v := range h.Counts {
		h.w[c] = 1 / max(v, 1)
		total += h.w[c]
	}
	for c := range h.w {
		h.w[c] *= float64(k) / total
	}
	return h.w
}

// add decays the counts and adds the head's readings of the batch the last
// BalanceLoss read.
func (h *ClassCounts) add(p *nn.Projection, decay float64) {
	for c := range h.Counts {
		h.Counts[c] *= decay
	}
	p.CountArgmax(h.Counts)
}

// MarshalBinary writes the counts as little-endian float64s.
func (h *ClassCounts) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 8*len(h.Counts))
	for _, v := range h.Counts {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	return b, nil
}

// UnmarshalBinary reads what MarshalBinary wrote for as many classes.
func (h *ClassCounts) UnmarshalBinary(b []byte) error {
	if len(b) != 8*len(h.Counts) {
		return fmt.Errorf("class history of %d bytes, want %d for %d classes", len(b), 8*len(h.Counts), len(h.Counts))
	}
	for c := range h.Counts {
		v := math.Float64frombits(binary.LittleEndian.Uint64(b[8*c:]))
		if !(v >= 0) || math.IsInf(v, 0) {
			return fmt.Errorf("class history: count %g of class %d is not a finite count", v, c)
		}
		h.Counts[c] = v
	}
	return nil
}

// ClassCounts is the class history ClassHistory keeps (nil when it is 0),
// for the training state.
func (t *Trainer) ClassCounts() *ClassCounts {
	if t.ClassHistory == 0 || !t.head() {
		return nil
	}
	if t.hist == nil {
		k := t.proj.Classes
		t.hist = &ClassCounts{Counts: make([]float64, k), w: make([]float64, k)}
	}
	return t.hist
}
