package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gogan/internal/kat"
)

// TestUpConv2dEqualsUpsampleConv2d: UpConv2d computes Upsample followed by
// Conv2d (both checked against PyTorch in conv_kat_test.go) with the taps
// summed per output phase, so its output, input gradient and weight and bias
// gradients equal the two layers' to float32 rounding, on every backend:
// scale 2 with dcgan.py's 3×3 kernel (images small enough to be grouped
// several to a product, and large enough to run one a product), odd and
// non-square sizes, a 5×5 and a 1×1 kernel, scale 3 and scale 1, without
// bias, one image and seven.
func TestUpConv2dEqualsUpsampleConv2d(t *testing.T) {
	cases := []struct {
		inC, outC, h, w, s, k int
		bias                  bool
		n                     int
	}{
		{3, 4, 4, 4, 2, 3, true, 7},   // grouped: 16 pixels a phase
		{5, 3, 17, 16, 2, 3, true, 7}, // one image a product
		{2, 3, 5, 3, 2, 3, true, 1},
		{2, 2, 3, 4, 2, 5, true, 7},
		{2, 3, 3, 3, 2, 1, false, 7},
		{2, 3, 4, 3, 3, 3, true, 7},
		{3, 2, 4, 5, 1, 3, true, 7},
		{4, 3, 3, 5, 3, 5, false, 2},
	}
	for _, be := range kat.Backends(t) {
		for _, c := range cases {
			name := fmt.Sprintf("%s/%dto%d_%dx%d_s%dk%d_n%d", be.Name(), c.inC, c.outC, c.h, c.w, c.s, c.k, c.n)
			t.Run(name, func(t *testing.T) {
				rng := rand.New(rand.NewPCG(1, 2))
				ctx := Context{BLAS: be, MaxBatch: c.n, Rand: rng}
				up := must(NewUpConv2d(ctx, UpConv2dOpts{InC: c.inC, OutC: c.outC, H: c.h, W: c.w, Scale: c.s, K: c.k, Bias: c.bias}))
				p := (c.k - 1) / 2
				ref := NewSequential("ref",
					NewUpsample(ctx, c.inC, c.h, c.w, c.s),
					must(NewConv2d(ctx, Conv2dOpts{InC: c.inC, OutC: c.outC, H: c.h * c.s, W: c.w * c.s, KH: c.k, KW: c.k, PH: p, PW: p, Bias: c.bias})))
				for i, prm := range up.Params() {
					copy(ref.Params()[i].W, prm.W)
				}
				if oc, oh, ow := up.OutShape(); up.Out() != ref.Out() || oc*oh*ow != up.Out() || up.In() != ref.In() {
					t.Fatalf("shape: in %d out %d (%d×%d×%d), want in %d out %d", up.In(), up.Out(), oc, oh, ow, ref.In(), ref.Out())
				}
				x := randVec(rng, c.n*up.In(), 1)
				dy := randVec(rng, c.n*up.Out(), 1)
				// The two compute the same sums in other orders (the taps
				// summed first): a sum of many terms of either sign can
				// land near 0 with an error of float32 rounding times the
				// terms' size, so each slice is compared within 1e-5 of its
				// largest value, far below a missing or misplaced tap.
				near := func(name string, got, want []float32) {
					t.Helper()
					kat.Slice(t, name, got, want, 0, 1e-5*maxAbs(want))
				}
				near("y", up.Forward(x, c.n, true), ref.Forward(x, c.n, true))
				near("dx", up.Backward(dy, c.n, both), ref.Backward(dy, c.n, both))
				for i, prm := range up.Params() {
					near(prm.Name, prm.G, ref.Params()[i].G)
				}
				// Parameter gradients alone, then the input gradient alone.
				up.Forward(x, c.n, true)
				clear(up.W.G)
				up.Backward(dy, c.n, Pass{ParamGrads: true})
				near("weight gradient alone", up.W.G, ref.Params()[0].G)
				near("dx alone", up.Backward(dy, c.n, Pass{InputGrad: true}), ref.Backward(dy, c.n, Pass{InputGrad: true}))
			})
		}
	}
}

// TestUpConv2dGrad: finite differences of the fused layer itself.
func TestUpConv2dGrad(t *testing.T) {
	ctx := testCtx(3)
	for _, o := range []UpConv2dOpts{
		{InC: 2, OutC: 3, H: 3, W: 4, Scale: 2, K: 3, Bias: true},
		{InC: 2, OutC: 2, H: 3, W: 2, Scale: 3, K: 5},
	} {
		t.Run(fmt.Sprintf("s%dk%d", o.Scale, o.K), func(t *testing.T) {
			l := must(NewUpConv2d(ctx, o))
			gradCaseX(t, l, randVec(rand.New(rand.NewPCG(3, 4)), 3*l.In(), 1), 3, true)
		})
	}
}

// TestUpConv2dBadOpts: sizes a fused layer cannot have are errors.
func TestUpConv2dBadOpts(t *testing.T) {
	ctx := testCtx(2)
	for _, o := range []UpConv2dOpts{
		{InC: 2, OutC: 3, H: 3, W: 4, Scale: 2, K: 4},
		{InC: 2, OutC: 3, H: 3, W: 4, Scale: 0, K: 3},
		{InC: 0, OutC: 3, H: 3, W: 4, Scale: 2, K: 3},
		{InC: 2, OutC: 3, H: 0, W: 4, Scale: 2, K: 3},
	} {
		if _, err := NewUpConv2d(ctx, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

func maxAbs(v []float32) float64 {
	var m float64
	for _, x := range v {
		m = max(m, math.Abs(float64(x)))
	}
	return m
}
