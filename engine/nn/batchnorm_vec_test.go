package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"
)

// TestBatchNormVectorMatchesScalar runs BatchNorm1d forward (training and
// eval) and backward with the AVX row loops and with the scalar loops alone,
// on widths around the kernels' 4-wide steps, and requires the same bits:
// the kernels widen to float64 and keep the scalar operation order.
func TestBatchNormVectorMatchesScalar(t *testing.T) {
	if !bnAVX {
		t.Skip("no AVX on this CPU: BatchNorm1d runs the scalar loops only")
	}
	for _, d := range []int{1, 3, 4, 5, 8, 17, 64, 130} {
		for _, n := range []int{2, 5, 16} {
			bnSameBits(t, fmt.Sprintf("d=%d n=%d", d, n), n, d, func(ctx Context) (Layer, *bnState) {
				b := NewBatchNorm1d(ctx, d, 0.8, 0.1)
				return b, &b.bnState
			})
		}
	}
}

// TestBatchNorm2dVectorMatchesScalar is the same for BatchNorm2d, whose
// planes run the same AVX loops with the channel's values repeated: plane
// sizes around the 4-wide steps.
func TestBatchNorm2dVectorMatchesScalar(t *testing.T) {
	if !bnAVX {
		t.Skip("no AVX on this CPU: BatchNorm2d runs the scalar loops only")
	}
	const ch = 3
	for _, hw := range []int{1, 3, 4, 5, 8, 17, 64} {
		for _, n := range []int{2, 5} {
			bnSameBits(t, fmt.Sprintf("hw=%d n=%d", hw, n), n, ch*hw, func(ctx Context) (Layer, *bnState) {
				b := NewBatchNorm2d(ctx, ch, hw, 0.8, 0.1)
				return b, &b.bnState
			})
		}
	}
}

// bnSameBits builds a BatchNorm layer of d values a row twice, with random
// affine parameters, runs it on the AVX loops and on the scalar ones
// (forward and backward in training, then in eval), and fails unless every
// output, gradient and running statistic has the same bits.
func bnSameBits(t *testing.T, label string, n, d int, mk func(Context) (Layer, *bnState)) {
	t.Helper()
	defer func() { bnAVX = true }()
	run := func(vec bool) map[string][]float32 {
		bnAVX = vec
		rng := rand.New(rand.NewPCG(uint64(d), uint64(n)))
		l, st := mk(Context{BLAS: gemm.Go{}, MaxBatch: n, Rand: rng})
		for j := range st.Gamma.W {
			st.Gamma.W[j] = float32(1 + 0.3*rng.NormFloat64())
			st.Beta.W[j] = float32(0.2 * rng.NormFloat64())
		}
		x, dy := make([]float32, n*d), make([]float32, n*d)
		for i := range x {
			x[i] = float32(3*rng.NormFloat64() + 1)
			dy[i] = float32(rng.NormFloat64() * math.Pow(10, float64(i%5)-2))
		}
		clone := func(v []float32) []float32 { return append([]float32(nil), v...) }
		r := map[string][]float32{"y": clone(l.Forward(x, n, true))}
		r["dx"] = clone(l.Backward(dy, n, Pass{ParamGrads: true, InputGrad: true}))
		r["dgamma"], r["dbeta"] = clone(st.Gamma.G), clone(st.Beta.G)
		r["running mean"], r["running var"] = clone(st.RunMean), clone(st.RunVar)
		r["eval y"] = clone(l.Forward(x, n, false))
		r["eval dx"] = clone(l.Backward(dy, n, Pass{InputGrad: true}))
		return r
	}
	v, s := run(true), run(false)
	for name, want := range s {
		for i := range want {
			if math.Float32bits(v[name][i]) != math.Float32bits(want[i]) || math.IsNaN(float64(want[i])) {
				t.Fatalf("%s %s[%d]: AVX %v, scalar %v", label, name, i, v[name][i], want[i])
			}
		}
	}
}

// TestLeakyReLUVectorMatchesScalar: LeakyReLU's and ReLU's AVX loops give
// the scalar loops' bits forward and backward, on lengths around their 8-wide steps,
// with zeros of both signs, NaNs of both signs and infinities among the
// inputs.
func TestLeakyReLUVectorMatchesScalar(t *testing.T) {
	if !leakyAVX {
		t.Skip("no AVX on this CPU: LeakyReLU runs the scalar loops only")
	}
	defer func() { leakyAVX = true }()
	special := []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), -float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))}
	for _, d := range []int{1, 7, 8, 9, 16, 33, 100} {
		rng := rand.New(rand.NewPCG(uint64(d), 1))
		x, dy := make([]float32, 2*d), make([]float32, 2*d)
		for i := range x {
			x[i] = float32(rng.NormFloat64())
			dy[i] = float32(rng.NormFloat64())
			if i%5 == 0 {
				x[i] = special[(i/5)%len(special)]
			}
		}
		for _, mk := range []func() Layer{
			func() Layer { return NewLeakyReLU(testCtx(2), d, 0.2) },
			func() Layer { return NewReLU(testCtx(2), d) },
		} {
			var y, dx [2][]float32
			for k, vec := range []bool{true, false} {
				leakyAVX = vec
				l := mk()
				y[k] = append([]float32(nil), l.Forward(x, 2, true)...)
				dx[k] = append([]float32(nil), l.Backward(dy, 2, Pass{InputGrad: true})...)
			}
			for i := range x {
				if math.Float32bits(y[0][i]) != math.Float32bits(y[1][i]) || math.Float32bits(dx[0][i]) != math.Float32bits(dx[1][i]) {
					t.Fatalf("%T d=%d [%d] x=%v: AVX y %v dx %v, scalar y %v dx %v", mk(), d, i, x[i], y[0][i], dx[0][i], y[1][i], dx[1][i])
				}
			}
		}
	}
}
