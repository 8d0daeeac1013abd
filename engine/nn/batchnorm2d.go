package nn

import (
	"fmt"
	"math"
)

// BatchNorm2d is PyTorch's nn.BatchNorm2d (affine, tracking running
// statistics) over NCHW rows of Channels·HW values: each channel is
// normalised with statistics over the batch and every pixel, m = n·HW values.
// As BatchNorm1d, training normalises with the biased variance and updates
// the running variance with the unbiased one (m/(m-1)); eval uses the
// running statistics.
type BatchNorm2d struct {
	basic
	bnState

	ch, hw int
	xhat   []float32 // normalised input, for backward
	invstd []float64
	n      int
	train  bool
	sum    []float64 // per-channel scratch

	// The call being split over the cores (split2): which half of the
	// layer, its arrays, momentum and pass.
	phase  int
	px, py []float32
	mom    float64
	pass   Pass

	// A channel's scalars repeated over a plane, one set per half, for
	// BatchNorm1d's AVX row loops (which take them per element).
	rep [2]bnRepeat
}

// bnRepeat holds one channel's statistics and parameters repeated hw times.
type bnRepeat struct {
	mean, invstd, k, s, sx []float64
	gamma, beta            []float32
}

func newBNRepeat(hw int) bnRepeat {
	return bnRepeat{
		mean: make([]float64, hw), invstd: make([]float64, hw), k: make([]float64, hw),
		s: make([]float64, hw), sx: make([]float64, hw),
		gamma: make([]float32, hw), beta: make([]float32, hw),
	}
}

// fill repeats one channel's values, unless the AVX loops do not run.
func (r *bnRepeat) fill(hw int, mean, invstd, k, s, sx float64, gamma, beta float32) {
	if vecLen(hw) == 0 {
		return
	}
	for j := range hw {
		r.mean[j], r.invstd[j], r.k[j], r.s[j], r.sx[j] = mean, invstd, k, s, sx
		r.gamma[j], r.beta[j] = gamma, beta
	}
}

// NewBatchNorm2d builds a BatchNorm2d over channels planes of hw pixels with
// gamma 1, beta 0, running mean 0 and running variance 1.
func NewBatchNorm2d(ctx Context, channels, hw int, eps, momentum float64) *BatchNorm2d {
	d := channels * hw
	return &BatchNorm2d{
		basic: newBasic(d, d, ctx.MaxBatch), bnState: newBNState(channels, eps, momentum),
		ch: channels, hw: hw,
		xhat: make([]float32, ctx.MaxBatch*d), invstd: make([]float64, channels),
		sum: make([]float64, channels),
		rep: [2]bnRepeat{newBNRepeat(hw), newBNRepeat(hw)},
	}
}

func (b *BatchNorm2d) Params() []*Param   { return b.params() }
func (b *BatchNorm2d) Buffers() []Buffer  { return b.buffers() }
func (b *BatchNorm2d) Prefix(name string) { b.prefix(name) }

// plane is channel c of image i.
func (b *BatchNorm2d) plane(v []float32, i, c int) []float32 {
	o := (i*b.ch + c) * b.hw
	return v[o : o+b.hw]
}

// Forward panics in training mode when a channel has a single value (one
// image of one pixel), where the unbiased variance is undefined; PyTorch
// raises the same error.
func (b *BatchNorm2d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("BatchNorm2d", n, b.max)
	b.n, b.train = n, train
	y := b.y[:n*b.in]
	b.mom = 0
	if train {
		if m := n * b.hw; m < 2 {
			panic(fmt.Sprintf("nn: BatchNorm2d in training needs more than 1 value per channel, got %d images of %d pixels", n, b.hw))
		}
		b.mom = b.momentum()
	}
	// Channels are independent: the two cores take half each.
	b.phase, b.px, b.py = bnForward, x, y
	split2(b, b.ch, 2*n*b.in)
	b.px, b.py = nil, nil
	if train {
		b.NumBatches++
	}
	return y
}

// BatchNorm2d's per-channel work, split over the cores by split2.
const (
	bnForward = iota
	bnBackward
)

func (b *BatchNorm2d) part(lo, hi int) {
	rep := &b.rep[0]
	if lo > 0 {
		rep = &b.rep[1]
	}
	if b.phase == bnForward {
		b.forward(lo, hi, rep)
	} else {
		b.backward(lo, hi, rep)
	}
}

// forward normalises channels lo..hi-1 of b.px into b.py.
func (b *BatchNorm2d) forward(lo, hi int, rep *bnRepeat) {
	x, y, n := b.px, b.py, b.n
	mean := b.sum
	fm := float64(n * b.hw)
	for c := lo; c < hi; c++ {
		if !b.train {
			b.invstd[c] = 1 / math.Sqrt(float64(b.RunVar[c])+b.Eps)
			mean[c] = float64(b.RunMean[c])
		} else {
			var s float64
			for i := range n {
				s += sum64(b.plane(x, i, c))
			}
			mu := s / fm
			var s2 float64
			for i := range n {
				s2 += sumSq64(b.plane(x, i, c), mu)
			}
			mean[c] = mu
			b.invstd[c] = 1 / math.Sqrt(s2/fm+b.Eps)
			b.RunMean[c] = float32((1-b.mom)*float64(b.RunMean[c]) + b.mom*mu)
			b.RunVar[c] = float32((1-b.mom)*float64(b.RunVar[c]) + b.mom*s2/(fm-1))
		}
		mu, is := mean[c], b.invstd[c]
		g, be := b.Gamma.W[c], b.Beta.W[c]
		rep.fill(b.hw, mu, is, 0, 0, 0, g, be)
		for i := range n {
			xp, hp, yp := b.plane(x, i, c), b.plane(b.xhat, i, c), b.plane(y, i, c)
			for k := bnNormVec(yp, hp, xp, rep.mean, rep.invstd, rep.gamma, rep.beta); k < len(xp); k++ {
				h := float32((float64(xp[k]) - mu) * is)
				hp[k] = h
				yp[k] = h*g + be
			}
		}
	}
}

// Backward in training mode differentiates through the batch statistics:
// dx = invstd/m · (m·ĝ - Σĝ - x̂·Σ(ĝ·x̂)) with ĝ = dy·γ, sums over the
// channel's m = n·HW values. It needs the same n as Forward.
func (b *BatchNorm2d) Backward(dy []float32, n int, p Pass) []float32 {
	if n != b.n {
		panic(fmt.Sprintf("nn: BatchNorm2d backward on %d rows after forward on %d", n, b.n))
	}
	var dx []float32
	if p.InputGrad {
		dx = b.dx[:n*b.in]
	}
	b.phase, b.px, b.py, b.pass = bnBackward, dy, dx, p
	split2(b, b.ch, 2*n*b.in)
	b.px, b.py = nil, nil
	return dx
}

// backward differentiates channels lo..hi-1: dy in b.px, dx into b.py.
func (b *BatchNorm2d) backward(lo, hi int, rep *bnRepeat) {
	dy, dx, n := b.px, b.py, b.n
	fm := float64(n * b.hw)
	for c := lo; c < hi; c++ {
		var s, sx float64
		for i := range n {
			a, ax := sumDot64(b.plane(dy, i, c), b.plane(b.xhat, i, c))
			s += a
			sx += ax
		}
		if b.pass.ParamGrads {
			b.Gamma.G[c] = float32(sx)
			b.Beta.G[c] = float32(s)
		}
		if !b.pass.InputGrad {
			continue
		}
		k := float64(b.Gamma.W[c]) * b.invstd[c] / fm
		if b.train {
			rep.fill(b.hw, 0, 0, k, s, sx, 0, 0)
		}
		for i := range n {
			dyp, hp, dxp := b.plane(dy, i, c), b.plane(b.xhat, i, c), b.plane(dx, i, c)
			if !b.train {
				k := float64(b.Gamma.W[c]) * b.invstd[c]
				for j, g := range dyp {
					dxp[j] = float32(float64(g) * k)
				}
				continue
			}
			for j := bnBackDxVec(dxp, dyp, hp, rep.k, rep.s, rep.sx, fm); j < len(dyp); j++ {
				dxp[j] = float32(k * (fm*float64(dyp[j]) - s - float64(hp[j])*sx))
			}
		}
	}
}

// The plane sums below keep four float64 accumulators: one chain of
// dependent adds runs at the adder's latency, four at its throughput (the
// sums were BatchNorm2d's largest cost in a DCGAN step).

// sum64 is Σ v in float64.
func sum64(v []float32) float64 {
	var a0, a1, a2, a3 float64
	i := 0
	for ; i+4 <= len(v); i += 4 {
		a0 += float64(v[i])
		a1 += float64(v[i+1])
		a2 += float64(v[i+2])
		a3 += float64(v[i+3])
	}
	for ; i < len(v); i++ {
		a0 += float64(v[i])
	}
	return (a0 + a1) + (a2 + a3)
}

// sumSq64 is Σ (v-mu)² in float64.
func sumSq64(v []float32, mu float64) float64 {
	var a0, a1, a2, a3 float64
	i := 0
	for ; i+4 <= len(v); i += 4 {
		d0, d1 := float64(v[i])-mu, float64(v[i+1])-mu
		d2, d3 := float64(v[i+2])-mu, float64(v[i+3])-mu
		a0 += d0 * d0
		a1 += d1 * d1
		a2 += d2 * d2
		a3 += d3 * d3
	}
	for ; i < len(v); i++ {
		d := float64(v[i]) - mu
		a0 += d * d
	}
	return (a0 + a1) + (a2 + a3)
}

// sumDot64 is Σ g and Σ g·h in float64.
func sumDot64(g, h []float32) (s, sh float64) {
	h = h[:len(g)]
	var a0, a1, b0, b1 float64
	i := 0
	for ; i+2 <= len(g); i += 2 {
		g0, g1 := float64(g[i]), float64(g[i+1])
		a0 += g0
		a1 += g1
		b0 += g0 * float64(h[i])
		b1 += g1 * float64(h[i+1])
	}
	for ; i < len(g); i++ {
		a0 += float64(g[i])
		b0 += float64(g[i]) * float64(h[i])
	}
	return a0 + a1, b0 + b1
}
