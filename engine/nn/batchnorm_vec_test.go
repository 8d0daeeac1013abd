package nn

import (
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
	defer func() { bnAVX = true }()
	for _, d := range []int{1, 3, 4, 5, 8, 17, 64, 130} {
		for _, n := range []int{2, 5, 16} {
			type result struct{ y, yEval, dx, dxEval, gg, gb, rm, rv []float32 }
			run := func(vec bool) result {
				bnAVX = vec
				rng := rand.New(rand.NewPCG(uint64(d), uint64(n)))
				ctx := Context{BLAS: gemm.Go{}, MaxBatch: n, Rand: rng}
				b := NewBatchNorm1d(ctx, d, 0.8, 0.1)
				for j := range d {
					b.Gamma.W[j] = float32(1 + 0.3*rng.NormFloat64())
					b.Beta.W[j] = float32(0.2 * rng.NormFloat64())
				}
				x, dy := make([]float32, n*d), make([]float32, n*d)
				for i := range x {
					x[i] = float32(3*rng.NormFloat64() + 1)
					dy[i] = float32(rng.NormFloat64() * math.Pow(10, float64(i%5)-2))
				}
				var r result
				r.y = append([]float32(nil), b.Forward(x, n, true)...)
				r.dx = append([]float32(nil), b.Backward(dy, n, Pass{ParamGrads: true, InputGrad: true})...)
				r.gg, r.gb = append([]float32(nil), b.Gamma.G...), append([]float32(nil), b.Beta.G...)
				r.rm, r.rv = append([]float32(nil), b.RunMean...), append([]float32(nil), b.RunVar...)
				r.yEval = append([]float32(nil), b.Forward(x, n, false)...)
				r.dxEval = append([]float32(nil), b.Backward(dy, n, Pass{InputGrad: true})...)
				return r
			}
			v, s := run(true), run(false)
			for name, p := range map[string][2][]float32{"y": {v.y, s.y}, "eval y": {v.yEval, s.yEval}, "dx": {v.dx, s.dx}, "eval dx": {v.dxEval, s.dxEval},
				"dgamma": {v.gg, s.gg}, "dbeta": {v.gb, s.gb}, "running mean": {v.rm, s.rm}, "running var": {v.rv, s.rv}} {
				for i := range p[1] {
					if math.Float32bits(p[0][i]) != math.Float32bits(p[1][i]) || math.IsNaN(float64(p[1][i])) {
						t.Fatalf("d=%d n=%d %s[%d]: AVX %v, scalar %v", d, n, name, i, p[0][i], p[1][i])
					}
				}
			}
		}
	}
}

// TestBatchNorm2dVectorMatchesScalar is TestBatchNormVectorMatchesScalar for
// BatchNorm2d, whose planes run the same AVX loops with the channel's
// values repeated: plane sizes around the 4-wide steps, the same bits.
func TestBatchNorm2dVectorMatchesScalar(t *testing.T) {
	if !bnAVX {
		t.Skip("no AVX on this CPU: BatchNorm2d runs the scalar loops only")
	}
	defer func() { bnAVX = true }()
	const ch = 3
	for _, hw := range []int{1, 3, 4, 5, 8, 17, 64} {
		for _, n := range []int{2, 5} {
			type result struct{ y, yEval, dx, gg, gb, rm, rv []float32 }
			run := func(vec bool) result {
				bnAVX = vec
				rng := rand.New(rand.NewPCG(uint64(hw), uint64(n)))
				b := NewBatchNorm2d(Context{BLAS: gemm.Go{}, MaxBatch: n, Rand: rng}, ch, hw, 0.8, 0.1)
				for j := range ch {
					b.Gamma.W[j] = float32(1 + 0.3*rng.NormFloat64())
					b.Beta.W[j] = float32(0.2 * rng.NormFloat64())
				}
				x, dy := make([]float32, n*ch*hw), make([]float32, n*ch*hw)
				for i := range x {
					x[i] = float32(3*rng.NormFloat64() + 1)
					dy[i] = float32(rng.NormFloat64() * math.Pow(10, float64(i%5)-2))
				}
				var r result
				r.y = append([]float32(nil), b.Forward(x, n, true)...)
				r.dx = append([]float32(nil), b.Backward(dy, n, Pass{ParamGrads: true, InputGrad: true})...)
				r.gg, r.gb = append([]float32(nil), b.Gamma.G...), append([]float32(nil), b.Beta.G...)
				r.rm, r.rv = append([]float32(nil), b.RunMean...), append([]float32(nil), b.RunVar...)
				r.yEval = append([]float32(nil), b.Forward(x, n, false)...)
				return r
			}
			v, s := run(true), run(false)
			for name, p := range map[string][2][]float32{"y": {v.y, s.y}, "eval y": {v.yEval, s.yEval}, "dx": {v.dx, s.dx},
				"dgamma": {v.gg, s.gg}, "dbeta": {v.gb, s.gb}, "running mean": {v.rm, s.rm}, "running var": {v.rv, s.rv}} {
				for i := range p[1] {
					if math.Float32bits(p[0][i]) != math.Float32bits(p[1][i]) || math.IsNaN(float64(p[1][i])) {
						t.Fatalf("hw=%d n=%d %s[%d]: AVX %v, scalar %v", hw, n, name, i, p[0][i], p[1][i])
					}
				}
			}
		}
	}
}

// TestLeakyReLUVectorMatchesScalar: LeakyReLU's AVX loops give the scalar
// loops' bits forward and backward, on lengths around their 8-wide steps,
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
		var y, dx [2][]float32
		for k, vec := range []bool{true, false} {
			leakyAVX = vec
			l := NewLeakyReLU(testCtx(2), d, 0.2)
			y[k] = append([]float32(nil), l.Forward(x, 2, true)...)
			dx[k] = append([]float32(nil), l.Backward(dy, 2, Pass{InputGrad: true})...)
		}
		for i := range x {
			if math.Float32bits(y[0][i]) != math.Float32bits(y[1][i]) || math.Float32bits(dx[0][i]) != math.Float32bits(dx[1][i]) {
				t.Fatalf("d=%d [%d] x=%v: AVX y %v dx %v, scalar y %v dx %v", d, i, x[i], y[0][i], dx[0][i], y[1][i], dx[1][i])
			}
		}
	}
}
