package gan

import (
	"math"
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
)

func smallCondG(maxBatch int) (*nn.Sequential, CondArch) {
	a := CGANArch()
	a.LatentDim, a.ImgSize, a.Classes, a.GWidths = 4, 3, 3, []int{8, 8}
	a.BNEps = 1e-5
	return NewCondGenerator(nn.Context{BLAS: gemm.Go{}, MaxBatch: maxBatch, Rand: rand.New(rand.NewPCG(4, 4))}, a), a
}

func normalNoise(seed uint64) func([]float32) {
	r := rand.New(rand.NewPCG(seed, 9))
	return func(z []float32) {
		for i := range z {
			z[i] = float32(r.NormFloat64())
		}
	}
}

// Running statistics: each row is G([c, z]) for the z drawn in order.
func TestDrawClassesRunning(t *testing.T) {
	g, a := smallCondG(4)
	labels := []int{2, 0, 1, 2, 2, 1}
	got, err := DrawClasses(g, normalNoise(1), labels, 4, false)
	if err != nil {
		t.Fatal(err)
	}
	noise := normalNoise(1)
	z := make([]float32, a.LatentDim)
	for i, c := range labels { // the noise is drawn row after row, batch or not
		noise(z)
		y := g.Forward(append([]float32{float32(c)}, z...), 1, false)
		for j := range y {
			if got[i*9+j] != y[j] {
				t.Fatalf("row %d value %d = %v, G alone %v", i, j, got[i*9+j], y[j])
			}
		}
	}
}

// Batch statistics: a one-class batch loses the label, DrawClasses's mixed
// batches keep it.
func TestDrawClassesBatchStatsKeepLabel(t *testing.T) {
	g, a := smallCondG(30)
	emb := g.Layers[0].(*nn.ClassEmbedding)
	for i := range emb.W.W { // a label that dominates G's input
		emb.W.W[i] *= 20
	}
	meanOf := func(x []float32) []float64 {
		m := make([]float64, 9)
		for i, v := range x {
			m[i%9] += float64(v) / float64(len(x)/9)
		}
		return m
	}
	dist := func(p, q []float64) float64 {
		var s float64
		for i := range p {
			s += (p[i] - q[i]) * (p[i] - q[i])
		}
		return math.Sqrt(s)
	}
	oneClass := func(c int) []float64 {
		rows := make([]float32, 30*(a.LatentDim+1))
		normalNoise(5)(rows)
		for i := range 30 {
			rows[i*(a.LatentDim+1)] = float32(c)
		}
		return meanOf(g.Forward(rows, 30, true))
	}
	mixed := func(c int) []float64 {
		labels := make([]int, 30)
		for i := range labels {
			labels[i] = c
		}
		x, err := DrawClasses(g, normalNoise(5), labels, 30, true)
		if err != nil {
			t.Fatal(err)
		}
		return meanOf(x)
	}
	trap, kept := dist(oneClass(0), oneClass(1)), dist(mixed(0), mixed(1))
	t.Logf("distance between class 0's and class 1's mean image: one-class batches %.3g, mixed batches %.3g", trap, kept)
	if !(kept > 5*trap) {
		t.Errorf("mixed batches separate the classes by %.3g, one-class batches by %.3g: want far more", kept, trap)
	}
}

func TestDrawClassesErrors(t *testing.T) {
	g, _ := smallCondG(4)
	if _, err := DrawClasses(g, normalNoise(1), []int{3}, 4, false); err == nil {
		t.Error("class 3 of 3 must be refused")
	}
	if _, err := DrawClasses(g, normalNoise(1), []int{1}, 1, true); err == nil {
		t.Error("batch statistics over one row must be refused")
	}
	seed := newSeedTrainer(gemm.Go{}, 4, 1)
	if _, err := DrawClasses(seed.G, normalNoise(1), []int{1}, 4, false); err == nil {
		t.Error("an unconditional G must be refused")
	}
}
