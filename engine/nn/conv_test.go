package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/internal/kat"
)

// must unwraps a constructor's result; the sizes in these tests are valid.
func must[L any](l L, err error) L {
	if err != nil {
		panic(err)
	}
	return l
}

// gradCaseX is gradCase on a given input.
func gradCaseX(t *testing.T, l Layer, x []float32, n int, train bool) {
	rng := rand.New(rand.NewPCG(3, 4))
	r := randVec(rng, n*l.Out(), 1)
	eval := func() float64 { return lossOf(l.Forward(x, n, train), r) }
	eval()
	dx := append([]float32(nil), l.Backward(r, n, both)...)
	checkGrad(t, "dx", x, dx, eval, nil)
	for _, p := range l.Params() {
		g := append([]float32(nil), p.G...)
		checkGrad(t, p.Name, p.W, g, eval, nil)
	}
}

func TestConvGradients(t *testing.T) {
	ctx := testCtx(3)
	conv := func(o Conv2dOpts) Layer { return must(NewConv2d(ctx, o)) }
	convT := func(o ConvTranspose2dOpts) Layer { return must(NewConvTranspose2d(ctx, o)) }
	avg := func(o PoolOpts) Layer { return must(NewAvgPool2d(ctx, o)) }
	bn := func(eps float64) *BatchNorm2d {
		b := NewBatchNorm2d(ctx, 3, 6, eps, 0.1)
		// Non-trivial affine parameters and running statistics.
		copy(b.Gamma.W, []float32{1.5, -0.5, 2})
		copy(b.Beta.W, []float32{0.1, -0.2, 0.3})
		copy(b.RunMean, []float32{0.2, -0.1, 0.4})
		copy(b.RunVar, []float32{0.5, 2, 1.5})
		return b
	}
	for _, c := range []struct {
		name  string
		layer Layer
		train bool
	}{
		{"Conv2d/k3s2p1", conv(Conv2dOpts{InC: 2, OutC: 3, H: 7, W: 6, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}), true},
		{"Conv2d/k3s1p1/group1", must(newConv2d(ctx, Conv2dOpts{InC: 3, OutC: 2, H: 5, W: 4, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true}, 1)), true},
		{"Conv2d/k5x3p1/group1", must(newConv2d(ctx, Conv2dOpts{InC: 2, OutC: 3, H: 6, W: 4, KH: 5, KW: 3, PH: 1, PW: 1}, 1)), true},
		{"Conv2d/k1", conv(Conv2dOpts{InC: 3, OutC: 2, H: 3, W: 4, KH: 1, KW: 1, Bias: true}), true},
		{"Conv2d/k4x2s1x2p3x1/nobias", conv(Conv2dOpts{InC: 2, OutC: 2, H: 5, W: 6, KH: 4, KW: 2, SH: 1, SW: 2, PH: 3, PW: 1}), true},
		{"ConvTranspose2d/k4s2p1", convT(ConvTranspose2dOpts{InC: 3, OutC: 2, H: 3, W: 4, KH: 4, KW: 4, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}), true},
		{"ConvTranspose2d/k3s2p1op1", convT(ConvTranspose2dOpts{InC: 2, OutC: 3, H: 3, W: 2, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, OPH: 1, OPW: 1, Bias: true}), true},
		{"ConvTranspose2d/k1/nobias", convT(ConvTranspose2dOpts{InC: 2, OutC: 3, H: 2, W: 3, KH: 1, KW: 1}), true},
		{"BatchNorm2d/eps0.8", bn(0.8), true},
		{"BatchNorm2d/eps1e-5", bn(1e-5), true},
		{"BatchNorm2d/eval", bn(1e-5), false},
		{"Upsample/s2", NewUpsample(ctx, 2, 3, 2, 2), true},
		{"Upsample/s3", NewUpsample(ctx, 1, 2, 2, 3), true},
		{"AvgPool2d/k3s2p1/include", avg(PoolOpts{C: 2, H: 5, W: 6, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, CountIncludePad: true}), true},
		{"AvgPool2d/k3s2p1/exclude", avg(PoolOpts{C: 2, H: 5, W: 6, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1}), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, 4))
			gradCaseX(t, c.layer, randVec(rng, 3*c.layer.In(), 1), 3, c.train)
		})
	}
	t.Run("MaxPool2d", func(t *testing.T) {
		// Inputs 0.1 apart in random order: a step of h = 1e-2 never
		// changes which input of a window is the largest.
		m := must(NewMaxPool2d(ctx, PoolOpts{C: 2, H: 5, W: 6, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1}))
		x := make([]float32, 3*m.In())
		for i, j := range rand.New(rand.NewPCG(5, 6)).Perm(len(x)) {
			x[i] = 0.1*float32(j) - 3
		}
		gradCaseX(t, m, x, 3, true)
	})
}

// TestConvFewerRows: rows are independent in the conv, pool and upsample
// layers, so a backward over the first rows of a forward (D's fakes of a
// [fakes; reals] batch) equals a forward and backward on those rows alone.
func TestConvFewerRows(t *testing.T) {
	ctx := testCtx(4)
	for _, mk := range []func() Layer{
		func() Layer {
			return must(NewConv2d(ctx, Conv2dOpts{InC: 2, OutC: 3, H: 5, W: 5, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}))
		},
		func() Layer {
			return must(NewConvTranspose2d(ctx, ConvTranspose2dOpts{InC: 2, OutC: 3, H: 3, W: 3, KH: 4, KW: 4, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}))
		},
		func() Layer { return must(NewMaxPool2d(ctx, PoolOpts{C: 2, H: 4, W: 4, KH: 2, KW: 2})) },
	} {
		a, b := mk(), mk()
		for i, p := range a.Params() {
			copy(b.Params()[i].W, p.W)
		}
		t.Run(fmt.Sprintf("%T", a), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(8, 9))
			x := randVec(rng, 4*a.In(), 1)
			dy := randVec(rng, 2*a.Out(), 1)
			a.Forward(x, 4, true)
			dxa := append([]float32(nil), a.Backward(dy, 2, both)...)
			b.Forward(x[:2*b.In()], 2, true)
			dxb := b.Backward(dy, 2, both)
			kat.Slice(t, "dx", dxa, dxb, 0, 0)
			for i, p := range a.Params() {
				kat.Slice(t, p.Name, p.G, b.Params()[i].G, 0, 0)
			}
		})
	}
}

// TestConvPass: without ParamGrads the gradients are left alone, without
// InputGrad Backward returns nil, and parameter gradients are overwritten,
// not accumulated.
func TestConvPass(t *testing.T) {
	ctx := testCtx(2)
	for _, l := range []Layer{
		must(NewConv2d(ctx, Conv2dOpts{InC: 2, OutC: 3, H: 4, W: 4, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true})),
		must(NewConvTranspose2d(ctx, ConvTranspose2dOpts{InC: 2, OutC: 3, H: 3, W: 3, KH: 4, KW: 4, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true})),
		NewBatchNorm2d(ctx, 2, 4, 1e-5, 0.1),
	} {
		t.Run(fmt.Sprintf("%T", l), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 1))
			x, dy := randVec(rng, 2*l.In(), 1), randVec(rng, 2*l.Out(), 1)
			l.Forward(x, 2, true)
			l.Backward(dy, 2, both)
			want := make([][]float32, len(l.Params()))
			for i, p := range l.Params() {
				want[i] = append([]float32(nil), p.G...)
			}
			// Again: overwritten, not doubled.
			full := append([]float32(nil), l.Backward(dy, 2, both)...)
			for i, p := range l.Params() {
				kat.Slice(t, p.Name+" after a second backward", p.G, want[i], 0, 0)
				for j := range p.G {
					p.G[j] = 42
				}
			}
			dx := l.Backward(dy, 2, Pass{InputGrad: true})
			kat.Slice(t, "dx without parameter gradients", dx, full, 0, 0)
			for _, p := range l.Params() {
				for j, v := range p.G {
					if v != 42 {
						t.Fatalf("%s[%d] = %v written without ParamGrads", p.Name, j, v)
					}
				}
			}
			if dx := l.Backward(dy, 2, Pass{ParamGrads: true}); dx != nil {
				t.Fatalf("Backward without InputGrad returned %d values", len(dx))
			}
			for i, p := range l.Params() {
				kat.Slice(t, p.Name+" without InputGrad", p.G, want[i], 0, 0)
			}
		})
	}
}

func TestConvOutSize(t *testing.T) {
	for _, c := range []struct{ in, k, s, p, want int }{
		{5, 3, 1, 0, 3}, {5, 3, 1, 1, 5}, {32, 3, 2, 1, 16}, {8, 4, 2, 1, 4}, {7, 3, 3, 0, 2},
		{1, 3, 1, 1, 1}, {3, 3, 5, 0, 1}, {2, 5, 1, 2, 2},
	} {
		got, err := ConvOutSize(c.in, c.k, c.s, c.p)
		if err != nil || got != c.want {
			t.Errorf("ConvOutSize(%d, %d, %d, %d) = %d, %v; want %d", c.in, c.k, c.s, c.p, got, err, c.want)
		}
	}
	// (2+0-3)/1+1 truncates to 1 in Go; PyTorch rejects it.
	for _, c := range []struct{ in, k, s, p int }{{2, 3, 1, 0}, {1, 4, 2, 1}, {0, 1, 1, 0}, {5, 0, 1, 0}, {5, 3, 0, 0}, {5, 3, 1, -1}} {
		got, err := ConvOutSize(c.in, c.k, c.s, c.p)
		if err == nil {
			t.Errorf("ConvOutSize(%d, %d, %d, %d) = %d, want an error", c.in, c.k, c.s, c.p, got)
			continue
		}
		if !strings.Contains(err.Error(), fmt.Sprint(c.in)) || !strings.Contains(err.Error(), fmt.Sprint(c.k)) {
			t.Errorf("ConvOutSize(%d, %d, %d, %d): %q does not name the sizes", c.in, c.k, c.s, c.p, err)
		}
	}
}

func TestConvConstructorErrors(t *testing.T) {
	ctx := testCtx(1)
	for _, o := range []Conv2dOpts{
		{InC: 3, OutC: 2, H: 2, W: 5, KH: 3, KW: 3},
		{InC: 0, OutC: 2, H: 5, W: 5, KH: 3, KW: 3},
		{InC: 3, OutC: 2, H: 5, W: 5, KH: 3, KW: 3, SH: -1},
		{InC: 3, OutC: 2, H: 5, W: 5, KH: 3, KW: 3, PW: -1},
	} {
		if _, err := NewConv2d(ctx, o); err == nil {
			t.Errorf("NewConv2d(%+v): no error", o)
		}
	}
	for _, o := range []ConvTranspose2dOpts{
		{InC: 2, OutC: 2, H: 3, W: 3, KH: 3, KW: 3, SH: 2, SW: 2, OPH: 2},
		{InC: 2, OutC: 2, H: 3, W: 3, KH: 3, KW: 3, OPW: 1}, // stride 1
		{InC: 2, OutC: 2, H: 1, W: 1, KH: 1, KW: 1, PH: 1},  // output -1
		{InC: 2, OutC: 0, H: 3, W: 3, KH: 3, KW: 3},
	} {
		if _, err := NewConvTranspose2d(ctx, o); err == nil {
			t.Errorf("NewConvTranspose2d(%+v): no error", o)
		}
	}
	for _, o := range []PoolOpts{
		{C: 1, H: 4, W: 4, KH: 3, KW: 3, PH: 2},
		{C: 1, H: 4, W: 4, KH: 2, KW: 2, PW: 2},
		{C: 1, H: 2, W: 4, KH: 3, KW: 3},
		{C: 0, H: 4, W: 4, KH: 2, KW: 2},
	} {
		if _, err := NewMaxPool2d(ctx, o); err == nil {
			t.Errorf("NewMaxPool2d(%+v): no error", o)
		}
		if _, err := NewAvgPool2d(ctx, o); err == nil {
			t.Errorf("NewAvgPool2d(%+v): no error", o)
		}
	}
	// PyTorch allows padding of exactly half the kernel.
	if _, err := NewMaxPool2d(ctx, PoolOpts{C: 1, H: 4, W: 4, KH: 3, KW: 2, PH: 1, PW: 1}); err != nil {
		t.Error(err)
	}
}

// TestConvInit checks PyTorch's default initialisation: the weight, then the
// bias, drawn with Uniform from ctx.Rand within ±1/√fan_in, fan_in being
// InC·KH·KW for Conv2d and OutC·KH·KW (the weight's second dimension) for
// ConvTranspose2d.
func TestConvInit(t *testing.T) {
	replay := func(fanIn, nw, nb int) (w, b []float32) {
		ctx := Context{Rand: rand.New(rand.NewPCG(9, 10))}
		bound := 1 / math.Sqrt(float64(fanIn))
		w, b = make([]float32, nw), make([]float32, nb)
		Uniform(ctx, w, -bound, bound)
		Uniform(ctx, b, -bound, bound)
		return w, b
	}
	ctx := func() Context { return Context{BLAS: gemm.Go{}, MaxBatch: 1, Rand: rand.New(rand.NewPCG(9, 10))} }
	c := must(NewConv2d(ctx(), Conv2dOpts{InC: 3, OutC: 5, H: 8, W: 8, KH: 4, KW: 2, Bias: true}))
	w, b := replay(3*4*2, 5*3*4*2, 5)
	kat.Slice(t, "Conv2d weight", c.W.W, w, 0, 0)
	kat.Slice(t, "Conv2d bias", c.B.W, b, 0, 0)
	if fmt.Sprint(c.W.Shape) != "[5 3 4 2]" {
		t.Errorf("Conv2d weight shape %v", c.W.Shape)
	}
	ct := must(NewConvTranspose2d(ctx(), ConvTranspose2dOpts{InC: 3, OutC: 5, H: 4, W: 4, KH: 4, KW: 2, SH: 2, SW: 2, Bias: true}))
	w, b = replay(5*4*2, 3*5*4*2, 5)
	kat.Slice(t, "ConvTranspose2d weight", ct.W.W, w, 0, 0)
	kat.Slice(t, "ConvTranspose2d bias", ct.B.W, b, 0, 0)
	if fmt.Sprint(ct.W.Shape) != "[3 5 4 2]" {
		t.Errorf("ConvTranspose2d weight shape %v", ct.W.Shape)
	}
	if ch, h, w := ct.OutShape(); ch != 5 || h != 10 || w != 8 {
		t.Errorf("ConvTranspose2d OutShape %d×%d×%d, want 5×10×8", ch, h, w)
	}
	nb := must(NewConv2d(ctx(), Conv2dOpts{InC: 3, OutC: 5, H: 8, W: 8, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1}))
	if nb.B != nil || len(nb.Params()) != 1 {
		t.Errorf("Conv2d without bias has %d params", len(nb.Params()))
	}
	if ch, h, w := nb.OutShape(); ch != 5 || h != 4 || w != 4 || nb.Out() != 5*4*4 || nb.In() != 3*8*8 {
		t.Errorf("Conv2d OutShape %d×%d×%d, In %d, Out %d", ch, h, w, nb.In(), nb.Out())
	}
}

func TestConvNames(t *testing.T) {
	ctx := testCtx(2)
	s := NewSequential("model",
		must(NewConv2d(ctx, Conv2dOpts{InC: 1, OutC: 2, H: 4, W: 4, KH: 3, KW: 3, PH: 1, PW: 1})),
		NewBatchNorm2d(ctx, 2, 16, 0.8, 0.1),
		must(NewConvTranspose2d(ctx, ConvTranspose2dOpts{InC: 2, OutC: 1, H: 4, W: 4, KH: 1, KW: 1, Bias: true})),
	)
	var got []string
	for _, p := range s.Params() {
		got = append(got, p.Name)
	}
	for _, b := range s.Buffers() {
		got = append(got, fmt.Sprint(b.Name, b.Shape))
	}
	want := "[model.0.weight model.1.weight model.1.bias model.2.weight model.2.bias model.1.running_mean[2] model.1.running_var[2] model.1.num_batches_tracked[]]"
	if fmt.Sprint(got) != want {
		t.Errorf("names %v, want %s", got, want)
	}
}

// TestBatchNorm2dRecomputeStats: RecomputeStats re-estimates a BatchNorm2d's
// running statistics as the plain mean over the batches it is shown.
func TestBatchNorm2dRecomputeStats(t *testing.T) {
	ctx := testCtx(4)
	bn := NewBatchNorm2d(ctx, 2, 3, 1e-5, 0.1)
	s := NewSequential("model", bn)
	rng := rand.New(rand.NewPCG(2, 3))
	batches := [][]float32{randVec(rng, 4*6, 1), randVec(rng, 4*6, 2)}
	for i := range batches[1] {
		batches[1][i] += 1
	}
	k := 0
	RecomputeStats(s, 2, func() ([]float32, int) { k++; return batches[k-1], 4 })
	for c := range 2 {
		var mean, vr [2]float64
		for b, x := range batches {
			var sum, sum2 float64
			for i := range 4 {
				for _, v := range x[(i*2+c)*3 : (i*2+c+1)*3] {
					sum += float64(v)
				}
			}
			mean[b] = sum / 12
			for i := range 4 {
				for _, v := range x[(i*2+c)*3 : (i*2+c+1)*3] {
					sum2 += (float64(v) - mean[b]) * (float64(v) - mean[b])
				}
			}
			vr[b] = sum2 / 11
		}
		kat.Scalar(t, fmt.Sprintf("running_mean[%d]", c), float64(bn.RunMean[c]), (mean[0]+mean[1])/2, 1e-6, 1e-7)
		kat.Scalar(t, fmt.Sprintf("running_var[%d]", c), float64(bn.RunVar[c]), (vr[0]+vr[1])/2, 1e-6, 1e-7)
	}
	if bn.NumBatches != 2 || bn.cumulative {
		t.Errorf("after RecomputeStats: %d batches tracked, cumulative %v", bn.NumBatches, bn.cumulative)
	}
}

func TestDropout2d(t *testing.T) {
	for _, p := range []float64{0.5, 0.2} {
		t.Run(fmt.Sprint(p), func(t *testing.T) {
			const n, ch, hw = 500, 40, 6
			d := NewDropout2d(testCtx(n), ch, hw, p)
			rng := rand.New(rand.NewPCG(5, 6))
			x := randVec(rng, n*ch*hw, 1)
			dy := randVec(rng, n*ch*hw, 1)
			y := d.Forward(x, n, true)
			dx := d.Backward(dy, n, Pass{InputGrad: true})
			kept := 0
			for k := range n * ch {
				// One mask value per channel, 0 or 1/(1-p), for y and dx alike.
				m := y[k*hw] / x[k*hw]
				if m != 0 {
					kept++
					kat.Scalar(t, "kept scale", float64(m), 1/(1-p), 1e-6, 0)
				}
				for j := k * hw; j < (k+1)*hw; j++ {
					kat.Scalar(t, fmt.Sprintf("y[%d]", j), float64(y[j]), float64(x[j]*m), 1e-6, 0)
					kat.Scalar(t, fmt.Sprintf("dx[%d]", j), float64(dx[j]), float64(dy[j]*m), 1e-6, 0)
				}
				if t.Failed() {
					t.FailNow()
				}
			}
			// 2·10⁴ channel draws: the kept fraction's std is ≤ 3.5e-3.
			kat.Scalar(t, "kept fraction", float64(kept)/(n*ch), 1-p, 0, 0.015)
			ev := d.Forward(x, n, false)
			kat.Slice(t, "eval output", ev, x, 0, 0)
			kat.Slice(t, "eval dx", d.Backward(dy, n, Pass{InputGrad: true}), dy, 0, 0)
		})
	}
}

// convAllocLayers are the layers at DCGAN-like (small) sizes, built on b.
func convAllocLayers(t testing.TB, b gemm.Backend, maxBatch int) map[string]Layer {
	ctx := Context{BLAS: b, MaxBatch: maxBatch, Rand: rand.New(rand.NewPCG(1, 2))}
	return map[string]Layer{
		"Conv2d/k3s2p1":          must(NewConv2d(ctx, Conv2dOpts{InC: 3, OutC: 8, H: 16, W: 16, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true})),
		"Conv2d/k3s1p1":          must(NewConv2d(ctx, Conv2dOpts{InC: 8, OutC: 8, H: 8, W: 8, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true})),
		"Conv2d/k1":              must(NewConv2d(ctx, Conv2dOpts{InC: 8, OutC: 4, H: 8, W: 8, KH: 1, KW: 1})),
		"ConvTranspose2d/k4s2p1": must(NewConvTranspose2d(ctx, ConvTranspose2dOpts{InC: 8, OutC: 4, H: 8, W: 8, KH: 4, KW: 4, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true})),
		"ConvTranspose2d/k1":     must(NewConvTranspose2d(ctx, ConvTranspose2dOpts{InC: 8, OutC: 4, H: 8, W: 8, KH: 1, KW: 1, Bias: true})),
		"BatchNorm2d":            NewBatchNorm2d(ctx, 8, 64, 0.8, 0.1),
		"Upsample":               NewUpsample(ctx, 8, 8, 8, 2),
		"UpConv2d/grouped":       must(NewUpConv2d(ctx, UpConv2dOpts{InC: 8, OutC: 8, H: 4, W: 4, Scale: 2, K: 3, Bias: true})),
		"UpConv2d":               must(NewUpConv2d(ctx, UpConv2dOpts{InC: 8, OutC: 4, H: 8, W: 8, Scale: 2, K: 3, Bias: true})),
		"MaxPool2d":              must(NewMaxPool2d(ctx, PoolOpts{C: 8, H: 8, W: 8, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1})),
		"AvgPool2d":              must(NewAvgPool2d(ctx, PoolOpts{C: 8, H: 8, W: 8, KH: 2, KW: 2})),
		"Dropout2d":              NewDropout2d(ctx, 8, 64, 0.3),
		"MaxPool2d/ceil":         must(NewMaxPool2d(ctx, PoolOpts{C: 8, H: 9, W: 9, KH: 4, KW: 4, SH: 2, SW: 2, CeilMode: true})),
		"Maxout2d":               NewMaxout2d(ctx, 4, 2, 64),
		"Deconv":                 must(NewDeconv(ctx, DeconvOpts{InC: 8, OutC: 3, H: 4, W: 4, KH: 5, KW: 5, SH: 3, SW: 3})),
	}
}

// TestConvAllocs: a training step through any of the layers allocates
// nothing, on every backend. gonum's SGEMM itself allocates (its worker
// goroutines) once a product spans 4 blocks of 64×64, so on that backend the
// batch is 2 images, which keeps every product below; the layers' grouped
// paths (several images per product) are exercised at 8 on the others.
func TestConvAllocs(t *testing.T) {
	for _, b := range kat.Backends(t) {
		n := 8
		if b.Name() == "go" {
			n = 2
		}
		for name, l := range convAllocLayers(t, b, 8) {
			t.Run(b.Name()+"/"+name, func(t *testing.T) {
				rng := rand.New(rand.NewPCG(1, 2))
				x, dy := randVec(rng, n*l.In(), 1), randVec(rng, n*l.Out(), 1)
				for _, train := range []bool{true, false} {
					allocs := testing.AllocsPerRun(10, func() {
						l.Forward(x, n, train)
						l.Backward(dy, n, both)
					})
					if allocs != 0 {
						t.Errorf("train %v: %v allocations per Forward+Backward, want 0", train, allocs)
					}
				}
			})
		}
	}
}

// TestConvLanes: a conv runs its images in two halves on GEMM lanes, one
// per core (split2), and on one core serially when GOMAXPROCS is 1; the
// output and input gradient must be the serial run's bit for bit on gogan's
// kernel (each image's product is the same, on whichever core and in
// whichever group), the weight gradient its sum in another order. Convs of
// one image a product, grouped small images (stride 2, col2im) and one
// lowered on the output side.
func TestConvLanes(t *testing.T) {
	be, err := gemm.LoadAsm()
	if err != nil {
		t.Skip(err)
	}
	const n = 6
	for _, o := range []Conv2dOpts{
		{InC: 16, OutC: 24, H: 24, W: 24, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true},
		{InC: 16, OutC: 32, H: 16, W: 16, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true},
		{InC: 32, OutC: 3, H: 24, W: 24, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true},
	} {
		t.Run(fmt.Sprintf("%dto%d_%dx%d_s%d", o.InC, o.OutC, o.H, o.W, max(o.SH, 1)), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, 4))
			var y, dx, dw [2][]float32
			var x, dy []float32
			for i, procs := range []int{1, 2} {
				c := must(newConv2d(Context{BLAS: be, MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}, o, 0))
				if x == nil {
					x, dy = randVec(rng, n*c.In(), 1), randVec(rng, n*c.Out(), 1)
				}
				old := runtime.GOMAXPROCS(procs)
				y[i] = append([]float32(nil), c.Forward(x, n, true)...)
				// Twice: a half's sums must start afresh each pass.
				c.Backward(dy, n, Pass{ParamGrads: true, InputGrad: true})
				dx[i] = append([]float32(nil), c.Backward(dy, n, Pass{ParamGrads: true, InputGrad: true})...)
				dw[i] = append([]float32(nil), c.W.G...)
				runtime.GOMAXPROCS(old)
			}
			for j := range y[0] {
				if y[1][j] != y[0][j] {
					t.Fatalf("output %d: %v on two cores, %v on one", j, y[1][j], y[0][j])
				}
			}
			for j := range dx[0] {
				if dx[1][j] != dx[0][j] {
					t.Fatalf("input gradient %d: %v on two cores, %v on one", j, dx[1][j], dx[0][j])
				}
			}
			kat.Slice(t, "weight gradient on two cores", dw[1], dw[0], 1e-5, 1e-5)
		})
	}
}

// TestConvOutSide: a stride-1 conv to a quarter of its input channels or
// fewer is lowered on the output side (Conv2d.outSide); its output and
// gradients equal im2col's (the grouped path, which never takes it) to
// float32 rounding, on every backend, for one image and for several split
// over the cores, kernels 3x3 and 5x3 with padding 1 and 0 (images of 512
// positions or more: smaller ones are grouped several to a product).
func TestConvOutSide(t *testing.T) {
	for _, be := range kat.Backends(t) {
		for _, o := range []Conv2dOpts{
			{InC: 12, OutC: 3, H: 25, W: 23, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true},
			{InC: 8, OutC: 1, H: 28, W: 24, KH: 5, KW: 3, PH: 1, PW: 0},
			{InC: 64, OutC: 3, H: 32, W: 32, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true},
		} {
			for _, n := range []int{1, 5} {
				t.Run(fmt.Sprintf("%s/%dto%d_k%dx%d_n%d", be.Name(), o.InC, o.OutC, o.KH, o.KW, n), func(t *testing.T) {
					ctx := Context{BLAS: be, MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}
					a := must(NewConv2d(ctx, o))
					if !a.outSide {
						t.Fatal("not lowered on the output side")
					}
					ref := must(newConv2d(ctx, o, 2))
					if ref.outSide {
						t.Fatal("the grouped reference is lowered on the output side")
					}
					for i, p := range a.Params() {
						copy(ref.Params()[i].W, p.W)
					}
					rng := rand.New(rand.NewPCG(3, 4))
					x, dy := randVec(rng, n*a.In(), 1), randVec(rng, n*a.Out(), 1)
					near := func(name string, got, want []float32) {
						t.Helper()
						kat.Slice(t, name, got, want, 0, 1e-5*maxAbs(want))
					}
					near("y", a.Forward(x, n, true), ref.Forward(x, n, true))
					near("dx", a.Backward(dy, n, both), ref.Backward(dy, n, both))
					for i, p := range a.Params() {
						near(p.Name, p.G, ref.Params()[i].G)
					}
					clear(a.W.G)
					a.Backward(dy, n, Pass{ParamGrads: true})
					near("weight gradient alone", a.W.G, ref.Params()[0].G)
				})
			}
		}
	}
}

// TestConvTransposeLanes is TestConvLanes for ConvTranspose2d: its images
// run in two halves on GEMM lanes; output and input gradient are the
// one-core run's bits on gogan's kernel, the weight gradient (after a
// second backward, so stale sums would show) its sum in another order.
func TestConvTransposeLanes(t *testing.T) {
	be, err := gemm.LoadAsm()
	if err != nil {
		t.Skip(err)
	}
	const n = 6
	o := ConvTranspose2dOpts{InC: 24, OutC: 16, H: 8, W: 8, KH: 4, KW: 4, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}
	rng := rand.New(rand.NewPCG(3, 4))
	var y, dx, dw [2][]float32
	var x, dy []float32
	for i, procs := range []int{1, 2} {
		c := must(NewConvTranspose2d(Context{BLAS: be, MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}, o))
		if x == nil {
			x, dy = randVec(rng, n*c.In(), 1), randVec(rng, n*c.Out(), 1)
		}
		old := runtime.GOMAXPROCS(procs)
		y[i] = append([]float32(nil), c.Forward(x, n, true)...)
		c.Backward(dy, n, Pass{ParamGrads: true, InputGrad: true})
		dx[i] = append([]float32(nil), c.Backward(dy, n, Pass{ParamGrads: true, InputGrad: true})...)
		dw[i] = append([]float32(nil), c.W.G...)
		runtime.GOMAXPROCS(old)
	}
	for j := range y[0] {
		if y[1][j] != y[0][j] {
			t.Fatalf("output %d: %v on two cores, %v on one", j, y[1][j], y[0][j])
		}
	}
	for j := range dx[0] {
		if dx[1][j] != dx[0][j] {
			t.Fatalf("input gradient %d: %v on two cores, %v on one", j, dx[1][j], dx[0][j])
		}
	}
	kat.Slice(t, "weight gradient on two cores", dw[1], dw[0], 1e-5, 1e-5)
}
