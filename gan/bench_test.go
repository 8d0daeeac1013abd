package gan

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/internal/kat"
)

// newSeedTrainer builds gan.py's G and D and Adam optimisers on backend be.
func newSeedTrainer(be gemm.Backend, batch int, seed uint64) *Trainer {
	rng := rand.New(rand.NewPCG(seed, 0))
	a := SeedArch()
	g := NewSeedGenerator(nn.Context{BLAS: be, MaxBatch: batch, Rand: rng}, a)
	d := NewSeedDiscriminator(nn.Context{BLAS: be, MaxBatch: 2 * batch, Rand: rng}, a)
	noise := func(z []float32) {
		for i := range z {
			z[i] = float32(rng.NormFloat64())
		}
	}
	return NewTrainer(g, d, optim.NewAdam(g.Params(), 2e-4, 0.5, 0.999), optim.NewAdam(d.Params(), 2e-4, 0.5, 0.999), batch, noise)
}

func realBatch(batch, dim int, seed uint64) Batch {
	rng := rand.New(rand.NewPCG(seed, 1))
	x := make([]float32, batch*dim)
	for i := range x {
		x[i] = float32(2*rng.Float64() - 1)
	}
	return Batch{X: x, N: batch}
}

func TestSeedParameterCounts(t *testing.T) {
	tr := newSeedTrainer(gemm.Go{}, 4, 1)
	// reference.md §1: gan.py's Generator and Discriminator sizes.
	if n := tr.G.NumParams(); n != 1510032 {
		t.Errorf("G has %d parameters, want 1510032", n)
	}
	if n := tr.D.NumParams(); n != 533505 {
		t.Errorf("D has %d parameters, want 533505", n)
	}
	// The minibatch-stddev feature widens D's output layer by one input.
	a := SeedArch()
	a.MBStdGroup = 4
	d := NewSeedDiscriminator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 8, Rand: rand.New(rand.NewPCG(1, 0))}, a)
	if n := d.NumParams(); n != 533505+1 {
		t.Errorf("D with minibatch stddev has %d parameters, want 533506", n)
	}
	last := d.Params()[len(d.Params())-2]
	if last.Name != "model.5.weight" || len(last.W) != 257 {
		t.Errorf("D's output layer weight %s has %d values, want model.5.weight with 257", last.Name, len(last.W))
	}
	// Dropout after each LeakyReLU shifts the indices as in PyTorch's
	// nn.Sequential and adds no parameters.
	a = SeedArch()
	a.DDropout = 0.3
	d = NewSeedDiscriminator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 8, Rand: rand.New(rand.NewPCG(1, 0))}, a)
	if n, last := d.NumParams(), d.Params()[len(d.Params())-2]; n != 533505 || last.Name != "model.6.weight" {
		t.Errorf("D with dropout: %d parameters, output weight %s; want 533505 and model.6.weight", n, last.Name)
	}
	if drop, ok := d.Layers[2].(*nn.Dropout); !ok || drop.Keep != 0.7 {
		t.Errorf("D's layer 2 is %T, want Dropout keeping 0.7", d.Layers[2])
	}
}

func TestStepDeterministicAndZeroAlloc(t *testing.T) {
	run := func() []Stats {
		tr := newSeedTrainer(gemm.Go{}, 16, 3)
		b := realBatch(16, 784, 1)
		var out []Stats
		for range 3 {
			st, err := tr.Step([]Batch{b})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, st)
		}
		return out
	}
	a, b := run(), run()
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("iteration %d: %+v then %+v from the same seed", i, a[i], b[i])
		}
	}
	// gonum's GEMM starts goroutines per call, so only the assembly and
	// OpenBLAS paths can be allocation-free; the layers, losses and
	// optimisers must add nothing.
	checked := 0
	for _, be := range gemm.Available() {
		if be.Name() == "go" {
			continue
		}
		checked++
		tr := newSeedTrainer(be, 16, 3)
		batch := []Batch{realBatch(16, 784, 1)}
		// The runtime itself may allocate now and then while Step blocks on a
		// channel or in a foreign call (a sudog, a new M when sysmon hands the P
		// off); a CI run once saw that. AllocsPerRun truncates the mean, so over
		// many warmed-up runs such rare events read 0 while an allocation that
		// Step makes every iteration still reads at least 1.
		for range 5 {
			tr.Step(batch)
		}
		if allocs := testing.AllocsPerRun(50, func() { tr.Step(batch) }); allocs != 0 {
			t.Errorf("Step on %s allocates %v times per iteration, want 0", be.Name(), allocs)
		}
	}
	if checked == 0 {
		t.Skip("zero-allocation check needs the assembly kernel (AVX2/FMA) or OpenBLAS")
	}
}

// TestStepVariants covers what the KATs (kat_test.go, against PyTorch) do
// not: every variant takes exactly k D steps and one G step, and a batch
// smaller than the trainer's maximum (an epoch's last) gives bit for bit what
// a trainer built for exactly that many rows gives. The values of the
// variants' losses are the KATs' business.
func TestStepVariants(t *testing.T) {
	for _, c := range []struct {
		name   string
		order  Order
		loss   GLoss
		dSteps int
		n      int
	}{
		{"g-first", GFirst, NonSaturating, 1, 16},
		{"d-first-k2", DFirst, NonSaturating, 2, 16},
		{"g-first-k3-minimax", GFirst, Minimax, 3, 16},
		{"d-first-k3-small", DFirst, NonSaturating, 3, 5},
		{"small-last-batch", GFirst, NonSaturating, 1, 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			var reals []Batch
			for k := range c.dSteps {
				b := realBatch(16, 784, uint64(k))
				b.N = c.n
				reals = append(reals, b)
			}
			step := func(maxBatch int) (Stats, *Trainer) {
				tr := newSeedTrainer(gemm.Go{}, maxBatch, 5)
				tr.Order, tr.Loss, tr.DSteps = c.order, c.loss, c.dSteps
				st, err := tr.Step(reals)
				if err != nil {
					t.Fatal(err)
				}
				return st, tr
			}
			st, tr := step(16)
			if _, g := tr.GOpt.State(); g != 1 {
				t.Errorf("G took %d optimiser steps, want 1", g)
			}
			if _, d := tr.DOpt.State(); d != int64(c.dSteps) {
				t.Errorf("D took %d optimiser steps, want %d", d, c.dSteps)
			}
			kat.Finite(t, "stats", []float32{st.DLoss, st.GLoss, st.DReal, st.DFake})
			if c.n == 16 {
				return
			}
			exact, tr2 := step(c.n)
			if st != exact {
				t.Errorf("%d rows in a trainer for 16: %+v; in one for %d: %+v", c.n, st, c.n, exact)
			}
			for i, p := range tr.D.Params() {
				if q := tr2.D.Params()[i]; !slices.Equal(p.W, q.W) {
					t.Errorf("D's %s differs between a trainer for 16 rows and one for %d", p.Name, c.n)
				}
			}
			for i, p := range tr.G.Params() {
				if q := tr2.G.Params()[i]; !slices.Equal(p.W, q.W) {
					t.Errorf("G's %s differs between a trainer for 16 rows and one for %d", p.Name, c.n)
				}
			}
		})
	}
	tr := newSeedTrainer(gemm.Go{}, 16, 5)
	if _, err := tr.Step([]Batch{{X: make([]float32, 784), N: 1}}); err == nil {
		t.Error("a batch of one row must be refused (BatchNorm's unbiased variance)")
	}
	if _, err := tr.Step(nil); err == nil {
		t.Error("a step without real batches must be refused")
	}
	if _, err := tr.Step([]Batch{realBatch(16, 784, 0), realBatch(16, 784, 1)}); err == nil {
		t.Error("two real batches for a step of one D step must be refused")
	}
	if _, err := tr.Step([]Batch{{X: make([]float32, 17*784), N: 17}}); err == nil {
		t.Error("a batch larger than the trainer's maximum must be refused")
	}
}

// BenchmarkTrainStep is one full gan.py iteration (G step + D step) at batch
// 64 on the default backend (GOGAN_BLAS chooses).
func BenchmarkTrainStep(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("backend %s: %s", be.Name(), be.Info())
	tr := newSeedTrainer(be, 64, 1)
	benchSteps(b, tr)
}

// BenchmarkTrainStepBatch is BenchmarkTrainStep at larger batches, to see
// how the cost grows with the work (scripts/bench.sh).
func BenchmarkTrainStepBatch(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{64, 256, 1024} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			tr := newSeedTrainer(be, n, 1)
			batch := []Batch{realBatch(n, 784, 1)}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := tr.Step(batch); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "images/s")
		})
	}
}

// BenchmarkGenerate draws 10,000 images from the seed G in one batch with
// BatchNorm's running statistics, as `gogan sample -n 10000` does, without
// the checkpoint loading and file writing around it.
func BenchmarkGenerate(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	const n = 10000
	rng := rand.New(rand.NewPCG(1, 0))
	g := NewSeedGenerator(nn.Context{BLAS: be, MaxBatch: n, Rand: rng}, SeedArch())
	z := make([]float32, n*100)
	for i := range z {
		z[i] = float32(rng.NormFloat64())
	}
	b.ReportAllocs()
	for b.Loop() {
		g.Forward(z, n, false)
	}
	b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "images/s")
}

// BenchmarkTrainStepEMA adds the improved preset's per-iteration extra, the
// moving average of G's 1.5M weights, to BenchmarkTrainStep.
func BenchmarkTrainStepEMA(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	tr := newSeedTrainer(be, 64, 1)
	avg := NewSeedGenerator(nn.Context{BLAS: be, MaxBatch: 64, Rand: rand.New(rand.NewPCG(2, 0))}, SeedArch())
	tr.AfterG = NewEMA(tr.G, avg, 0.999).Update
	benchSteps(b, tr)
}

func benchSteps(b *testing.B, tr *Trainer) {
	benchOn(b, tr, realBatch(64, tr.G.Out(), 1))
}

// benchLabelledSteps is benchSteps with the reals labelled i mod 10, for a
// trainer whose class terms need them.
func benchLabelledSteps(b *testing.B, tr *Trainer) {
	real := realBatch(64, tr.G.Out(), 1)
	real.Labels = make([]uint8, 64)
	for i := range real.Labels {
		real.Labels[i] = uint8(i % 10)
	}
	benchOn(b, tr, real)
}

// benchOn times tr's steps on one real batch.
func benchOn(b *testing.B, tr *Trainer, real Batch) {
	batch := []Batch{real}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tr.Step(batch); err != nil {
			b.Fatal(err)
		}
	}
}
