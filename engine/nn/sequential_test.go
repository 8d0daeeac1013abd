package nn

import (
	"math/rand/v2"
	"slices"
	"testing"

	"gogan/engine/gemm"
)

// spy counts the backward passes of the layer it wraps.
type spy struct {
	Layer
	calls int
}

func (s *spy) Backward(dy []float32, n int, p Pass) []float32 {
	s.calls++
	return s.Layer.Backward(dy, n, p)
}

// TestSequentialStopsAtParams checks that a backward pass wanting no input
// gradient skips the parameter-free layers in front (the paper D's input
// dropout) with the parameter gradients unchanged, and that the count of
// such layers follows a replaced Layers slice.
func TestSequentialStopsAtParams(t *testing.T) {
	const n = 3
	ctx := Context{BLAS: gemm.Go{}, MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}
	drop, relu := &spy{Layer: NewDropout(ctx, 4, 0.5)}, &spy{Layer: NewReLU(ctx, 4)}
	l1, l2 := NewLinear(ctx, 4, 5), NewLinear(ctx, 5, 2)
	s := &Sequential{Layers: []Layer{drop, relu, l1, l2}}
	x := randVec(rand.New(rand.NewPCG(3, 4)), n*4, 1)
	dy := randVec(rand.New(rand.NewPCG(5, 6)), n*2, 1)
	grads := func(p Pass) ([]float32, [][]float32) {
		s.Forward(x, n, false)
		dx := s.Backward(dy, n, p)
		var g [][]float32
		for _, q := range s.Params() {
			g = append(g, slices.Clone(q.G))
		}
		return dx, g
	}
	_, want := grads(Pass{ParamGrads: true, InputGrad: true})
	if drop.calls != 1 || relu.calls != 1 {
		t.Fatalf("with the input gradient: %d and %d backward passes in front, want 1 each", drop.calls, relu.calls)
	}
	dx, got := grads(Pass{ParamGrads: true})
	if dx != nil || drop.calls != 1 || relu.calls != 1 {
		t.Errorf("without the input gradient: dx %v, %d and %d backward passes in front, want nil and none", dx, drop.calls-1, relu.calls-1)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("parameter %d's gradient differs without the input gradient", i)
		}
	}
	// The same layers behind a Linear: all of them run again.
	s.Layers = []Layer{NewLinear(ctx, 4, 4), drop, relu, l1, l2}
	s.Forward(x, n, false)
	s.Backward(dy, n, Pass{ParamGrads: true})
	if drop.calls != 2 || relu.calls != 2 {
		t.Errorf("behind a Linear: %d and %d backward passes, want 1 each", drop.calls-1, relu.calls-1)
	}
}
