package gan

import (
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/internal/kat"
)

func TestEMAUpdate(t *testing.T) {
	ctx := nn.Context{BLAS: gemm.Go{}, MaxBatch: 4, Rand: rand.New(rand.NewPCG(1, 0))}
	a := SeedArch()
	g := NewSeedGenerator(ctx, a)
	avg := NewSeedGenerator(ctx, a)
	e := NewEMA(g, avg, 0.9)
	w0 := g.Params()[0].W[5]
	if avg.Params()[0].W[5] != w0 {
		t.Fatal("the average does not start at G's weights")
	}
	g.Params()[0].W[5] = w0 + 1
	e.Update()
	e.Update()
	// Two updates towards w0+1 from w0: w0 + 1 - 0.9².
	want := float64(w0) + 1 - 0.81
	kat.Scalar(t, "average", float64(avg.Params()[0].W[5]), want, 0, 1e-6)
}

func TestStandingStats(t *testing.T) {
	ctx := nn.Context{BLAS: gemm.Go{}, MaxBatch: 8, Rand: rand.New(rand.NewPCG(1, 0))}
	g := NewSeedGenerator(ctx, SeedArch())
	bn := g.Layers[3].(*nn.BatchNorm1d)
	bn.NumBatches = 99
	r := rand.New(rand.NewPCG(3, 3))
	noise := func(z []float32) {
		for i := range z {
			z[i] = float32(r.NormFloat64())
		}
	}
	z := make([]float32, 8*100)
	// The running mean after k batches must be the plain mean of the k batch
	// means: replay the same noise and average by hand.
	r = rand.New(rand.NewPCG(3, 3))
	var want float64
	for range 3 {
		noise(z)
		g.Forward(z, 8, true)
		x := g.Layers[2].(*nn.Linear)
		out := x.Forward(g.Layers[1].(*nn.LeakyReLU).Forward(g.Layers[0].Forward(z, 8, false), 8, false), 8, false)
		var s float64
		for i := 0; i < 8; i++ {
			s += float64(out[i*256])
		}
		want += s / 8 / 3
	}
	r = rand.New(rand.NewPCG(3, 3))
	StandingStats(g, noise, z, 8, 3)
	kat.Scalar(t, "standing running mean (the average of the batch means)", float64(bn.RunMean[0]), want, 0, 1e-5)
	if bn.NumBatches != 3 || bn.Momentum != 0.1 {
		t.Fatalf("after standing stats: num_batches_tracked %d (want 3), momentum %v (want restored 0.1)", bn.NumBatches, bn.Momentum)
	}
}
