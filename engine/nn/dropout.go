package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Dropout is inverted dropout: in training each unit is kept with
// probability Keep and scaled by 1/Keep, so eval is the identity.
type Dropout struct {
	basic
	Keep float64
	mask []float32 // 0 or 1/Keep per unit of the last training forward
	rng  *rand.Rand
	on   bool
}

// NewDropout builds a dropout layer keeping units with probability keep.
func NewDropout(ctx Context, dim int, keep float64) *Dropout {
	return &Dropout{basic: newBasic(dim, dim, ctx.MaxBatch), Keep: keep, mask: make([]float32, ctx.MaxBatch*dim), rng: ctx.Rand}
}

func (l *Dropout) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Dropout", n, l.max)
	l.on = train && l.Keep < 1
	if !l.on {
		return x[:n*l.in]
	}
	y := l.y[:n*l.out]
	mask := l.mask[:len(y)]
	scale := math.Float32bits(float32(1 / l.Keep))
	x = x[:len(y)]
	for i := range mask {
		// The mask is picked as bits, a conditional move: at keep .5
		// (the paper's D) a branch mispredicts every other draw.
		m := uint32(0)
		if l.rng.Float64() < l.Keep {
			m = scale
		}
		mask[i] = math.Float32frombits(m)
		y[i] = x[i] * mask[i]
	}
	return y
}

func (l *Dropout) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	if !l.on {
		return dy[:n*l.in]
	}
	dx := l.dx[:n*l.in]
	for i, g := range dy[:len(dx)] {
		dx[i] = g * l.mask[i]
	}
	return dx
}

// SetRand replaces the source of the dropout masks, so a trainer can give
// them a stream of their own that a checkpoint restores.
func (l *Dropout) SetRand(r *rand.Rand) { l.rng = r }

// Dropout2d is PyTorch's nn.Dropout2d: in training each channel of each
// image is zeroed whole with probability P, and the kept ones are scaled by
// 1/(1-P); eval is the identity. The mask takes one Float64 per (image,
// channel), images then channels in order, and keeps the channel when the
// draw is ≥ P.
type Dropout2d struct {
	basic
	P      float64
	C, HW  int
	mask   []float32 // 0 or 1/(1-P) per (image, channel) of the last training forward
	rng    *rand.Rand
	on     bool
	scaled float32
}

// NewDropout2d builds a channel dropout over c planes of hw pixels, dropping
// each with probability p in [0, 1].
func NewDropout2d(ctx Context, c, hw int, p float64) *Dropout2d {
	if !(p >= 0 && p <= 1) {
		panic(fmt.Sprintf("nn: Dropout2d probability %v, want it in [0, 1]", p))
	}
	var scale float32
	if p < 1 {
		scale = float32(1 / (1 - p))
	}
	return &Dropout2d{basic: newBasic(c*hw, c*hw, ctx.MaxBatch), P: p, C: c, HW: hw, mask: make([]float32, ctx.MaxBatch*c), rng: ctx.Rand, scaled: scale}
}

// SetRand replaces the source of the masks, so a trainer can give them a
// stream of their own that a checkpoint restores.
func (l *Dropout2d) SetRand(r *rand.Rand) { l.rng = r }

func (l *Dropout2d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Dropout2d", n, l.max)
	l.on = train && l.P > 0
	if !l.on {
		return x[:n*l.in]
	}
	y := l.y[:n*l.out]
	for k := range n * l.C {
		m := float32(0)
		if l.rng.Float64() >= l.P {
			m = l.scaled
		}
		l.mask[k] = m
		out, in := y[k*l.HW:(k+1)*l.HW], x[k*l.HW:(k+1)*l.HW]
		for j, v := range in {
			out[j] = v * m
		}
	}
	return y
}

func (l *Dropout2d) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	if !l.on {
		return dy[:n*l.in]
	}
	dx := l.dx[:n*l.in]
	for k := range n * l.C {
		m := l.mask[k]
		out, in := dx[k*l.HW:(k+1)*l.HW], dy[k*l.HW:(k+1)*l.HW]
		for j, g := range in {
			out[j] = g * m
		}
	}
	return dx
}
