package nn

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gogan/internal/kat"
)

// Finite-difference checks of the layers of MaxoutConvC01B and Deconv.
// Inputs of the max layers are 0.1 apart in random order: a step of
// h = 1e-2 never changes which input of a window or group is the largest.
func TestMaxoutConvGradients(t *testing.T) {
	ctx := testCtx(3)
	spread := func(n int) []float32 {
		x := make([]float32, n)
		for i, j := range rand.New(rand.NewPCG(5, 6)).Perm(n) {
			x[i] = 0.1*float32(j) - 3
		}
		return x
	}
	for _, c := range []struct {
		name  string
		layer Layer
	}{
		{"Maxout2d/u3p2", NewMaxout2d(ctx, 3, 2, 4*5)},
		{"Maxout2d/u2p3", NewMaxout2d(ctx, 2, 3, 3*3)},
		// Overlapping windows, the last clipped at the border.
		{"MaxPool2d/ceil/k4s2in7", must(NewMaxPool2d(ctx, PoolOpts{C: 2, H: 7, W: 7, KH: 4, KW: 4, SH: 2, SW: 2, CeilMode: true}))},
	} {
		t.Run(c.name, func(t *testing.T) {
			gradCaseX(t, c.layer, spread(3*c.layer.In()), 3, true)
		})
	}
	for _, c := range []struct {
		name string
		o    DeconvOpts
	}{
		{"Deconv/k5s3", DeconvOpts{InC: 3, OutC: 2, H: 3, W: 2, KH: 5, KW: 5, SH: 3, SW: 3}},
		{"Deconv/k3s2p1/tied", DeconvOpts{InC: 2, OutC: 3, H: 2, W: 3, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Tied: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := must(NewDeconv(ctx, c.o))
			// A bias that is not zero, so a bias added twice shows.
			copy(d.B.W, randVec(rand.New(rand.NewPCG(7, 8)), len(d.B.W), 1))
			gradCaseX(t, d, randVec(rand.New(rand.NewPCG(3, 4)), 3*d.In(), 1), 3, true)
		})
	}
}

// PoolOutSize against PyTorch's pooling_output_shape, and in the yaml's
// cases against cuda-convnet's ⌈(in-k)/s⌉+1.
func TestPoolOutSize(t *testing.T) {
	for _, c := range []struct {
		in, k, s, p int
		ceil        bool
		want        int
	}{
		{33, 4, 2, 0, true, 16}, {15, 4, 2, 0, true, 7}, {9, 2, 2, 0, true, 5}, // D's three pools
		{33, 4, 2, 0, false, 15}, {9, 2, 2, 0, false, 4},
		{8, 2, 2, 0, true, 4}, {7, 3, 3, 0, true, 3}, {4, 4, 1, 0, true, 1},
		{5, 2, 2, 1, true, 3}, // ⌈5/2⌉+1 = 4 would start in the right padding
		{6, 3, 2, 1, true, 4},
	} {
		got, err := PoolOutSize(c.in, c.k, c.s, c.p, c.ceil)
		if err != nil || got != c.want {
			t.Errorf("PoolOutSize(%d, %d, %d, %d, %v) = %d, %v; want %d", c.in, c.k, c.s, c.p, c.ceil, got, err, c.want)
		}
	}
	if got, err := PoolOutSize(3, 4, 2, 0, true); err == nil {
		t.Errorf("PoolOutSize(3, 4, 2, 0, true) = %d, want an error: the window is larger than the input", got)
	}
	if _, err := NewAvgPool2d(testCtx(1), PoolOpts{C: 1, H: 5, W: 5, KH: 2, KW: 2, CeilMode: true}); err == nil || !strings.Contains(err.Error(), "ceil") {
		t.Errorf("AvgPool2d in ceil mode: error %v, want one naming ceil mode", err)
	}
}

func TestDeconvShapes(t *testing.T) {
	ctx := testCtx(2)
	d := must(NewDeconv(ctx, DeconvOpts{InC: 80, OutC: 3, H: 10, W: 10, KH: 5, KW: 5, SH: 3, SW: 3}))
	d.Prefix("model.4")
	var got []string
	for _, p := range d.Params() {
		got = append(got, p.Name+kat.Key(float64(len(p.W))))
	}
	if strings.Join(got, " ") != "model.4.weight6000 model.4.bias3072" {
		t.Errorf("params %v, want model.4.weight (80·3·5·5) and model.4.bias (3·32·32)", got)
	}
	if _, err := NewDeconv(ctx, DeconvOpts{InC: 2, OutC: 2, H: 2, W: 2, KH: 2, KW: 2, SH: 1, SW: 1, PH: 2, PW: 2}); err == nil || !strings.Contains(err.Error(), "Deconv") {
		t.Errorf("Deconv with padding larger than its output: error %v, want one naming Deconv", err)
	}
}

// TestMaxArgRules checks Maxout2d and MaxPool2d, forward and input
// gradient, bit for bit against a plain row-major scan of each window or
// group (the first maximum takes the gradient, the last NaN wins, -Inf and
// signed zeros as any value) on inputs full of ties, NaNs, infinities and
// zeros of both signs, split over the cores and not.
func TestMaxArgRules(t *testing.T) {
	nan, inf := float32(math.NaN()), float32(math.Inf(1))
	vals := []float32{0, float32(math.Copysign(0, -1)), 1, 1, 2, -1, -inf, -inf, inf, nan}
	rng := rand.New(rand.NewPCG(5, 6))
	same := func(a, b []float32) bool {
		for i := range a {
			if math.Float32bits(a[i]) != math.Float32bits(b[i]) && !(a[i] != a[i] && b[i] != b[i]) {
				return false
			}
		}
		return len(a) == len(b)
	}
	// scan is the reference: the winner of the inputs at idx, in order.
	scan := func(x []float32, idx []int) (float32, int) {
		best, at := float32(math.Inf(-1)), idx[0]
		for _, i := range idx {
			if v := x[i]; v > best || v != v {
				best, at = v, i
			}
		}
		return best, at
	}
	for _, n := range []int{1, 3, 40} {
		pools := []PoolOpts{
			{C: 3, H: 33, W: 33, KH: 4, KW: 4, SH: 2, SW: 2, CeilMode: true},
			{C: 2, H: 9, W: 7, KH: 2, KW: 3, SH: 2, SW: 2, CeilMode: true},
			{C: 2, H: 8, W: 9, KH: 3, KW: 3, SH: 2, SW: 1, PH: 1, PW: 1},
		}
		for _, o := range pools {
			ctx := Context{MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}
			l := must(NewMaxPool2d(ctx, o))
			x := make([]float32, n*l.In())
			for i := range x {
				x[i] = vals[rng.IntN(len(vals))]
			}
			dy := randVec(rng, n*l.Out(), 1)
			y := append([]float32(nil), l.Forward(x, n, true)...)
			dx := l.Backward(dy, n, Pass{InputGrad: true})
			g := &l.geo
			wy, wdx := make([]float32, len(y)), make([]float32, len(x))
			for i := range n * o.C {
				for oh := range g.OH {
					for ow := range g.OW {
						h0, h1, w0, w1 := g.window(oh, ow)
						var idx []int
						for ih := h0; ih < h1; ih++ {
							for iw := w0; iw < w1; iw++ {
								idx = append(idx, i*o.H*o.W+ih*o.W+iw)
							}
						}
						v, at := scan(x, idx)
						k := (i*g.OH+oh)*g.OW + ow
						wy[k] = v
						wdx[at] += dy[k]
					}
				}
			}
			if !same(y, wy) || !same(dx, wdx) {
				t.Errorf("MaxPool2d %+v, %d images: output or gradient differs from the row-major scan", o, n)
			}
		}
		for _, pieces := range []int{1, 2, 3} {
			const units, hw = 3, 150
			l := NewMaxout2d(Context{MaxBatch: n}, units, pieces, hw)
			x := make([]float32, n*l.In())
			for i := range x {
				x[i] = vals[rng.IntN(len(vals))]
			}
			dy := randVec(rng, n*l.Out(), 1)
			y := append([]float32(nil), l.Forward(x, n, true)...)
			dx := l.Backward(dy, n, Pass{InputGrad: true})
			wy, wdx := make([]float32, len(y)), make([]float32, len(x))
			for i := range n {
				for u := range units {
					for p := range hw {
						var idx []int
						for k := range pieces {
							idx = append(idx, i*l.In()+(u*pieces+k)*hw+p)
						}
						v, at := scan(x, idx)
						wy[i*l.Out()+u*hw+p] = v
						wdx[at] = dy[i*l.Out()+u*hw+p]
					}
				}
			}
			if !same(y, wy) || !same(dx, wdx) {
				t.Errorf("Maxout2d %d pieces, %d images: output or gradient differs from the scan", pieces, n)
			}
		}
	}
}
