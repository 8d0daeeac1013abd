package gan

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/internal/kat"
)

// Every layer's output size is pylearn2's for cifar10_convolutional.yaml
// (the shapes in PaperCifarConvArch's comment), and D's dropout layers are
// where AdversaryCost2 puts them, with its include probabilities.
func TestPaperCifarConvShapes(t *testing.T) {
	a := DefaultPaperCifarConvArch()
	ctx := nn.Context{BLAS: gemm.Go{}, MaxBatch: 1, Rand: rand.New(rand.NewPCG(1, 2))}
	g, err := NewPaperCifarConvGenerator(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewPaperCifarConvDiscriminator(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	outs := func(m *nn.Sequential) []int {
		var o []int
		for _, l := range m.Layers {
			o = append(o, l.Out())
		}
		return o
	}
	if got, want := outs(g), []int{8000, 8000, 8000, 8000, 3 * 32 * 32}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("G's layer outputs %v, want %v", got, want)
	}
	want := []int{
		3 * 32 * 32, 64 * 33 * 33, 32 * 33 * 33, 32 * 16 * 16, // dh0
		32 * 16 * 16, 64 * 15 * 15, 32 * 15 * 15, 32 * 7 * 7, // h1
		32 * 7 * 7, 384 * 9 * 9, 192 * 9 * 9, 192 * 5 * 5, // h2
		4800, 2500, 500, // h3
		500, 1, 1, // y
	}
	if got := outs(d.Sequential); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("D's layer outputs %v, want %v", got, want)
	}
	var keeps []float64
	for _, l := range d.Layers {
		if dr, ok := l.(*nn.Dropout); ok {
			keeps = append(keeps, dr.Keep)
		}
	}
	if fmt.Sprint(keeps) != "[0.8 0.5 0.5 0.5 0.5]" || len(d.Dropouts) != 5 {
		t.Errorf("D's dropout include probabilities %v (%d registered), want [0.8 0.5 0.5 0.5 0.5]", keeps, len(d.Dropouts))
	}
	// irange: weights within ±r and spread over it, biases zero.
	for _, c := range []struct {
		m *nn.Sequential
		r float64
	}{{g, a.GInit}, {d.Sequential, a.DInit}} {
		for _, p := range c.m.Params() {
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, v := range p.W {
				lo, hi = min(lo, float64(v)), max(hi, float64(v))
			}
			if strings.HasSuffix(p.Name, ".bias") {
				if lo != 0 || hi != 0 {
					t.Errorf("%s in [%g, %g], want 0", p.Name, lo, hi)
				}
				continue
			}
			r := float64(float32(c.r)) // ±r drawn in float64 may round to it
			if !(lo >= -r && hi <= r && hi-lo > r) {
				t.Errorf("%s in [%g, %g], want uniform in ±%g", p.Name, lo, hi, c.r)
			}
		}
	}
}

func TestPaperCifarConvErrors(t *testing.T) {
	ctx := nn.Context{BLAS: gemm.Go{}, MaxBatch: 1, Rand: rand.New(rand.NewPCG(1, 2))}
	a := DefaultPaperCifarConvArch()
	a.GHidden = 7000
	if _, err := NewPaperCifarConvGenerator(ctx, a); err == nil || !strings.Contains(err.Error(), "80 maps") {
		t.Errorf("G with 7000 hidden units: error %v, want one saying they are not 80 maps of 10×10", err)
	}
	a = DefaultPaperCifarConvArch()
	a.ImgSize = 28
	if _, err := NewPaperCifarConvGenerator(ctx, a); err == nil || !strings.Contains(err.Error(), "32×32") {
		t.Errorf("G for 28×28 images: error %v, want one naming the Deconv's 32×32", err)
	}
	a = DefaultPaperCifarConvArch()
	a.DConv = append(a.DConv, MaxoutConv{32, 2, 8, 0, 2, 2}) // 5×5 maps cannot take an 8×8 kernel
	if _, err := NewPaperCifarConvDiscriminator(ctx, a); err == nil || !strings.Contains(err.Error(), "maxout conv 3") {
		t.Errorf("D with a fourth layer too large: error %v, want one naming maxout conv 3", err)
	}
}

// A training step of the CIFAR-10 conv pair (SGD with momentum, the logits'
// loss, as the paper's presets) is deterministic from its seeds, finite, and
// allocates nothing on gogan's kernels (gonum's SGEMM starts goroutines of
// its own).
func TestPaperCifarConvStep(t *testing.T) {
	const n = 2
	a := DefaultPaperCifarConvArch()
	a.GMaps, a.GHidden = 16, 1600 // D as the yaml's; G narrower, so the test is quick
	for _, be := range kat.Backends(t) {
		run := func() (*Trainer, []Stats) {
			ctx := nn.Context{BLAS: be, MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}
			g, err := NewPaperCifarConvGenerator(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			ctx.MaxBatch = 2 * n
			d, err := NewPaperCifarConvDiscriminator(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			d.SetDropoutRand(rand.New(rand.NewPCG(3, 4)))
			zr := rand.New(rand.NewPCG(5, 6))
			tr := NewTrainer(g, d, optim.NewSGD(g.Params(), 0.004, 0.5), optim.NewSGD(d.Params(), 0.004, 0.5), n, func(z []float32) {
				for i := range z {
					z[i] = float32(zr.Float64()*2 - 1)
				}
			})
			tr.Logits = true
			real := Batch{X: kat.Chirp(n*g.Out(), 9, 1), N: n}
			var st []Stats
			for range 2 {
				s, err := tr.Step([]Batch{real})
				if err != nil {
					t.Fatal(err)
				}
				kat.Finite(t, "losses", []float32{s.DLoss, s.GLoss})
				st = append(st, s)
			}
			if be.Name() != "go" {
				if allocs := testing.AllocsPerRun(2, func() { tr.Step([]Batch{real}) }); allocs != 0 {
					t.Errorf("%s: a step allocates %v times", be.Name(), allocs)
				}
			}
			return tr, st
		}
		_, x := run()
		_, y := run()
		if fmt.Sprint(x) != fmt.Sprint(y) {
			t.Errorf("%s: %+v, then %+v from the same seeds", be.Name(), x, y)
		}
	}
}

// DFlat, which bounds the recipe's sizes before anything is built, is the
// input of the D that is built: 192×5×5 for the yaml's, and for other
// images and pools too.
func TestPaperCifarConvDFlat(t *testing.T) {
	a := DefaultPaperCifarConvArch()
	if a.DFlat() != 4800 {
		t.Errorf("DFlat %d, want 192×5×5 = 4800", a.DFlat())
	}
	b := a
	b.ImgSize, b.DConv = 29, []MaxoutConv{{4, 2, 3, 0, 2, 2}, {6, 2, 3, 1, 3, 2}}
	ctx := nn.Context{BLAS: gemm.Go{}, MaxBatch: 1, Rand: rand.New(rand.NewPCG(1, 2))}
	for _, arch := range []PaperCifarConvArch{a, b} {
		d, err := NewPaperCifarConvDiscriminator(ctx, arch)
		if err != nil {
			t.Fatal(err)
		}
		var in int
		for _, l := range d.Layers {
			if lin, ok := l.(*nn.Linear); ok {
				in = lin.In()
				break
			}
		}
		if arch.DFlat() != in {
			t.Errorf("%d×%d, %v: DFlat %d, D's maxout layer takes %d", arch.ImgSize, arch.ImgSize, arch.DConv, arch.DFlat(), in)
		}
	}
}
