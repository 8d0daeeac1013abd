package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"

	"gogan/internal/kat"
)

func testCtx(maxBatch int) Context {
	return Context{BLAS: gemm.Go{}, MaxBatch: maxBatch, Rand: rand.New(rand.NewPCG(1, 2))}
}

// lossOf is L = Σ y_i·r_i accumulated in float64: its gradient dL/dy is r.
func lossOf(y, r []float32) float64 {
	var s float64
	for i := range y {
		s += float64(y[i]) * float64(r[i])
	}
	return s
}

// checkGrad compares an analytic gradient with a central difference of L in
// the float32 value v[i]. The layers compute in float32, so the difference
// carries rounding of about 1e-7·|L|/h; with h = 1e-2 and |L| ≲ 10 that is
// ~1e-4, and the O(h²) truncation error is ~1e-4·|f”'|. A relative
// tolerance of 1e-2 with an absolute floor of 2e-3 is well above both and far
// below the error of any wrong formula (a missing term is O(1)).
func checkGrad(t *testing.T, what string, v []float32, analytic []float32, eval func() float64, skip func(i int) bool) {
	t.Helper()
	checkGradStep(t, what, v, analytic, eval, skip, 1e-2)
}

// checkGradStep is checkGrad with step h.
func checkGradStep(t *testing.T, what string, v []float32, analytic []float32, eval func() float64, skip func(i int) bool, h float64) {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, uint64(len(v))))
	checked := 0
	for trial := 0; trial < 3*len(v) && checked < 24; trial++ {
		i := rng.IntN(len(v))
		if skip != nil && skip(i) {
			continue
		}
		checked++
		old := v[i]
		v[i] = old + float32(h)
		lp := eval()
		v[i] = old - float32(h)
		lm := eval()
		v[i] = old
		num := (lp - lm) / (2 * h)
		kat.Scalar(t, fmt.Sprintf("%s[%d] analytic, against the finite difference", what, i), float64(analytic[i]), num, 1e-2, 2e-3)
	}
	if checked == 0 {
		t.Fatalf("%s: no element checked", what)
	}
}

func randVec(rng *rand.Rand, n int, scale float64) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(scale * rng.NormFloat64())
	}
	return v
}

// gradCase checks dx and every parameter gradient of one layer.
func gradCase(t *testing.T, l Layer, n int, train bool, scale float64, kink func(x float32) bool) {
	rng := rand.New(rand.NewPCG(3, 4))
	x := randVec(rng, n*l.In(), scale)
	r := randVec(rng, n*l.Out(), 1)
	eval := func() float64 { return lossOf(l.Forward(x, n, train), r) }
	eval()
	dx := append([]float32(nil), l.Backward(r, n, Pass{ParamGrads: true, InputGrad: true})...)
	var skip func(int) bool
	if kink != nil {
		skip = func(i int) bool { return kink(x[i]) }
	}
	checkGrad(t, "dx", x, dx, eval, skip)
	for _, p := range l.Params() {
		g := append([]float32(nil), p.G...)
		checkGrad(t, p.Name, p.W, g, eval, nil)
	}
}

func TestGradients(t *testing.T) {
	ctx := testCtx(8)
	nearZero := func(x float32) bool { return math.Abs(float64(x)) < 0.05 }
	cases := []struct {
		name  string
		layer Layer
		train bool
		scale float64
		kink  func(float32) bool
	}{
		{"Linear", NewLinear(ctx, 7, 5), true, 1, nil},
		{"BatchNorm1d/eps0.8", NewBatchNorm1d(ctx, 6, 0.8, 0.1), true, 1, nil},
		{"BatchNorm1d/eps1e-5", NewBatchNorm1d(ctx, 6, 1e-5, 0.1), true, 1, nil},
		{"BatchNorm1d/eval", NewBatchNorm1d(ctx, 6, 1e-5, 0.1), false, 1, nil},
		{"LeakyReLU", NewLeakyReLU(ctx, 9, 0.2), true, 1, nearZero},
		{"ReLU", NewReLU(ctx, 9), true, 1, nearZero},
		{"Tanh", NewTanh(ctx, 9), true, 1, nil},
		{"Sigmoid", NewSigmoid(ctx, 9), true, 2, nil},
		{"Maxout", NewMaxout(ctx, 4, 3), true, 1, nil},
		{"MinibatchStdDev/group4", NewMinibatchStdDev(ctx, 5, 4), true, 1, nil},
		{"MinibatchStdDev/group3", NewMinibatchStdDev(ctx, 5, 3), true, 1, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if bn, ok := c.layer.(*BatchNorm1d); ok {
				// Non-trivial affine parameters, so their gradients matter.
				copy(bn.Gamma.W, []float32{1.5, 0.5, -1, 2, 0.8, 1.1})
				copy(bn.Beta.W, []float32{0.1, -0.2, 0.3, 0, 0.5, -1})
				copy(bn.RunVar, []float32{0.5, 2, 1, 1.5, 0.9, 3})
			}
			if _, ok := c.layer.(*Maxout); ok {
				// Pieces closer than the step would make the max switch
				// within the difference; inputs are 1-σ normals, so ties
				// closer than 2h are unlikely but checked by skipping.
				gradCase(t, c.layer, 8, c.train, c.scale, nil)
				return
			}
			gradCase(t, c.layer, 8, c.train, c.scale, c.kink)
		})
	}
}

func TestDropoutGradient(t *testing.T) {
	ctx := testCtx(8)
	d := NewDropout(ctx, 50, 0.8)
	rng := rand.New(rand.NewPCG(5, 6))
	x := randVec(rng, 8*50, 1)
	r := randVec(rng, 8*50, 1)
	y := d.Forward(x, 8, true)
	dx := d.Backward(r, 8, Pass{InputGrad: true})
	for i := range x {
		// The mask is fixed by Forward: y = x·m and dx = dy·m with m ∈ {0, 1/keep}.
		m := y[i] / x[i]
		if m != 0 && !kat.Close(float64(m), 1.25, 0, 1e-6) {
			t.Fatalf("y[%d]/x[%d] = %v, want 0 or 1/0.8", i, i, m)
		}
		if !kat.Close(float64(dx[i]), float64(r[i]*m), 0, 1e-6) {
			t.Fatalf("dx[%d] = %v, want %v", i, dx[i], r[i]*m)
		}
	}
}

func TestDropoutStatistics(t *testing.T) {
	for _, keep := range []float64{0.5, 0.8} {
		t.Run(fmt.Sprint(keep), func(t *testing.T) {
			ctx := testCtx(1000)
			d := NewDropout(ctx, 100, keep)
			x := make([]float32, 1000*100)
			for i := range x {
				x[i] = 1
			}
			y := d.Forward(x, 1000, true)
			var kept, sum float64
			for _, v := range y {
				if v != 0 {
					kept++
				}
				sum += float64(v)
			}
			// 1e5 Bernoulli draws: the kept fraction's std is ~1.6e-3.
			kat.Scalar(t, "kept fraction", kept/1e5, keep, 0, 0.01)
			kat.Scalar(t, "mean output (inverted dropout preserves the mean)", sum/1e5, 1, 0, 0.02)
			ev := d.Forward(x, 1000, false)
			for i, v := range ev {
				if v != 1 {
					t.Fatalf("eval output[%d] = %v, want the identity", i, v)
				}
			}
		})
	}
}

func TestBCEGradient(t *testing.T) {
	p := []float32{0.1, 0.3, 0.5, 0.77, 0.95}
	// 0.9: one-sided label smoothing's target for real images.
	for _, target := range []float32{0, 0.9, 1} {
		grad := make([]float32, len(p))
		BCE(p, target, grad, 0.5)
		eval := func() float64 { return 0.5 * float64(BCE(p, target, nil, 1)) }
		// h = 1e-2 is too coarse next to p = 0.1 for this check's tolerance.
		checkGradStep(t, fmt.Sprintf("dp(target %v)", target), p, grad, eval, nil, 1e-3)
	}
}

func TestSequentialNames(t *testing.T) {
	ctx := testCtx(4)
	s := NewSequential("model", NewLinear(ctx, 3, 4), NewBatchNorm1d(ctx, 4, 0.8, 0.1), NewLeakyReLU(ctx, 4, 0.2), NewLinear(ctx, 4, 2))
	var got []string
	for _, p := range s.Params() {
		got = append(got, p.Name)
	}
	for _, b := range s.Buffers() {
		got = append(got, b.Name)
	}
	want := []string{"model.0.weight", "model.0.bias", "model.1.weight", "model.1.bias", "model.3.weight", "model.3.bias", "model.1.running_mean", "model.1.running_var", "model.1.num_batches_tracked"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("names %v, want %v", got, want)
	}
	if s.NumParams() != 3*4+4+4+4+4*2+2 {
		t.Fatalf("NumParams = %d", s.NumParams())
	}
}

func TestBCEWithLogits(t *testing.T) {
	a := []float32{-30, -3, -0.5, 0, 0.7, 4, 40}
	for _, target := range []float32{0, 0.9, 1} {
		grad := make([]float32, len(a))
		BCEWithLogits(a, target, grad, 0.5)
		// Against BCE on probabilities where those are not saturated.
		p := make([]float32, len(a))
		for i, v := range a {
			p[i] = float32(1 / (1 + math.Exp(-float64(v))))
		}
		kat.Scalar(t, fmt.Sprintf("target %v: logits loss, against BCE", target), float64(BCEWithLogits(a[1:6], target, nil, 1)), float64(BCE(p[1:6], target, nil, 1)), 0, 1e-5)
		eval := func() float64 { return 0.5 * float64(BCEWithLogits(a, target, nil, 1)) }
		checkGrad(t, "dlogits", a, grad, eval, nil)
		// Where BCELoss's gradient vanishes (p underflows), the logits
		// gradient stays (p - t)/n: a rejected fake still teaches G.
		if target == 1 {
			kat.Scalar(t, "gradient at logit -30", float64(grad[0]), 0.5*(-1)/7, 0, 1e-6)
		}
	}
}
