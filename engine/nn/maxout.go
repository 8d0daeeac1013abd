package nn

import "math"

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

// Maxout2d is Maxout over the channels of images, MaxoutConvC01B's
// cross-channel max (pylearn2, maxout.py): at each pixel, output channel j is
// the maximum of input channels j·Pieces … (j+1)·Pieces-1, consecutive
// channels as pylearn2's z[i::num_pieces] slices group them. The convolution
// before it is a separate Conv2d with Units·Pieces output channels. As
// MaxPool2d, the first maximum takes the gradient and a NaN wins.
type Maxout2d struct {
	basic
	Units, Pieces, HW int
	arg               []int32   // per output, the input index (within its row) of the max
	px, py            []float32 // the forward pass being split over the cores (split2)
	grad              maxout2dGrad
}

// maxout2dGrad is Maxout2d's input gradient over output planes, split by
// split2. Each output plane clears its pieces' input planes and then writes
// its maxima into them while they are in cache, rather than one clear of
// all of dx (D's maxout convs' dx is tens of MB a batch) and a scatter over
// it; a select per input pixel mispredicts where the pieces are alike.
type maxout2dGrad struct {
	l      *Maxout2d
	dy, dx []float32
}

func (j *maxout2dGrad) part(lo, hi int) {
	l := j.l
	hw, span := l.HW, l.Pieces*l.HW
	for q := lo; q < hi; q++ {
		img, u := q/l.Units, q%l.Units
		g, arg := j.dy[q*hw:(q+1)*hw], l.arg[q*hw:(q+1)*hw]
		first := u * span
		planes := j.dx[img*l.in+first:][:span]
		clear(planes)
		for p, v := range g {
			planes[int(arg[p])-first] = v
		}
	}
}

// NewMaxout2d builds a Maxout2d over images of units·pieces channels of hw
// pixels each.
func NewMaxout2d(ctx Context, units, pieces, hw int) *Maxout2d {
	if units < 1 || pieces < 1 || hw < 1 {
		panic("nn: Maxout2d needs units, pieces and pixels ≥ 1")
	}
	out := units * hw
	return &Maxout2d{basic: newBasic(units*pieces*hw, out, ctx.MaxBatch), Units: units, Pieces: pieces, HW: hw, arg: make([]int32, ctx.MaxBatch*out)}
}

func (l *Maxout2d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Maxout2d", n, l.max)
	y := l.y[:n*l.out]
	// Output planes are independent: the two cores take half each.
	l.px, l.py = x, y
	split2(l, n*l.Units, n*l.in)
	l.px, l.py = nil, nil
	return y
}

// part computes output planes lo..hi-1 (image-unit pairs).
func (l *Maxout2d) part(lo, hi int) {
	hw := l.HW
	for q := lo; q < hi; q++ {
		img, u := q/l.Units, q%l.Units
		y, arg := l.py[q*hw:(q+1)*hw], l.arg[q*hw:(q+1)*hw]
		row := l.px[img*l.in : (img+1)*l.in]
		first := u * l.Pieces * hw
		k := 1
		if l.Pieces > 1 {
			// The first two pieces in one pass: the layer is memory-bound,
			// and the paper's maxout convs have two.
			a, b := row[first:first+hw], row[first+hw:first+2*hw]
			a, b, arg := a[:len(y)], b[:len(y)], arg[:len(y)]
			for p := range y {
				// Selecting bits under one condition (w > v and w NaN
				// exclude each other) compiles to conditional moves: on
				// conv outputs a branch mispredicts every other pixel.
				v, w := a[p], b[p]
				bits, at := math.Float32bits(v), int32(first+p)
				wbits, wat := math.Float32bits(w), at+int32(hw)
				if (w > v) != (w != w) {
					bits, at = wbits, wat
				}
				y[p], arg[p] = math.Float32frombits(bits), at
			}
			k = 2
		} else {
			copy(y, row[first:first+hw])
			for p := range arg {
				arg[p] = int32(first + p)
			}
		}
		for ; k < l.Pieces; k++ {
			off := first + k*hw
			for p, v := range row[off : off+hw] {
				if v > y[p] || v != v {
					y[p], arg[p] = v, int32(off+p)
				}
			}
		}
	}
}

func (l *Maxout2d) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("Maxout2d", n, l.max)
	if !p.InputGrad {
		return nil
	}
	dx := l.dx[:n*l.in]
	l.grad = maxout2dGrad{l: l, dy: dy[:n*l.out], dx: dx}
	split2(&l.grad, n*l.Units, n*l.in)
	l.grad = maxout2dGrad{}
	return dx
}
