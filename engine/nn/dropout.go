package nn

import "math/rand/v2"

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
	scale := float32(1 / l.Keep)
	for i := range mask {
		if l.rng.Float64() < l.Keep {
			mask[i] = scale
		} else {
			mask[i] = 0
		}
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

// Maxout takes the maximum over groups of Pieces consecutive inputs, as
// pylearn2's Maxout (pool_stride = pool_size): unit j is
// max(x[j·pieces : (j+1)·pieces]). The linear map before it is a separate
// Linear layer with Units·Pieces outputs.
type Maxout struct {
	basic
	Units, Pieces int
	arg           []int32
}

// NewMaxout builds a maxout over units×pieces inputs.
func NewMaxout(ctx Context, units, pieces int) *Maxout {
	return &Maxout{basic: newBasic(units*pieces, units, ctx.MaxBatch), Units: units, Pieces: pieces, arg: make([]int32, ctx.MaxBatch*units)}
}

func (l *Maxout) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Maxout", n, l.max)
	y := l.y[:n*l.out]
	for u := range y {
		base := u * l.Pieces
		best, at := x[base], 0
		for k := 1; k < l.Pieces; k++ {
			if v := x[base+k]; v > best {
				best, at = v, k
			}
		}
		y[u], l.arg[u] = best, int32(base+at)
	}
	return y
}

func (l *Maxout) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	dx := l.dx[:n*l.in]
	clear(dx)
	for u, g := range dy[:n*l.out] {
		dx[l.arg[u]] = g
	}
	return dx
}

// SetRand replaces the source of the dropout masks, so a trainer can give
// them a stream of their own that a checkpoint restores.
func (l *Dropout) SetRand(r *rand.Rand) { l.rng = r }
