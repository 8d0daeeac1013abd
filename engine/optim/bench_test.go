package optim

import (
	"testing"

	"gogan/engine/nn"
)

// BenchmarkAdam steps Adam over G's and D's 2,043,537 parameters (gan.py).
func BenchmarkAdam(b *testing.B) {
	p := &nn.Param{Name: "w", W: make([]float32, 2043537), G: make([]float32, 2043537)}
	for i := range p.G {
		p.G[i] = float32(i%7) - 3
	}
	a := NewAdam([]*nn.Param{p}, 2e-4, 0.5, 0.999)
	b.ReportAllocs()
	for b.Loop() {
		a.Step()
	}
}
