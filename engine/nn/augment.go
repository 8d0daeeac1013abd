package nn

import "math/rand/v2"

// DiffAugment is Zhao et al.'s differentiable augmentation (NeurIPS 2020,
// DiffAugment_pytorch.py) with the policy "color,translation,cutout": put in
// front of D, it shows D every image, real or fake, with a random
// brightness, saturation and contrast change, a shift of up to ImgSize/8
// pixels (zeros shifted in) and a square of half the image's side cut to
// zero, and passes D's gradient back through the same transform to G. Eval
// is the identity.
//
// Each image draws its own transform, seven Float64s u in the reference's
// order: brightness u−0.5, saturation 2u, contrast u+0.5, the shift in x then
// y and the cutout's offsets in x then y, each integer in [0, k) as ⌊u·k⌋
// (so a reimplementation fed the same uniforms draws the same transforms;
// IntN's algorithm is Go's own). x is the row (height) index, y the column,
// as the reference's grid_x and grid_y.
type DiffAugment struct {
	basic
	C, H, W int
	rng     *rand.Rand
	on      bool
	// Off passes images through unchanged in training too, drawing
	// nothing: a trainer's reading of D's class head on the images as they
	// are (gan.Trainer's CleanHead), with every other layer in training.
	Off bool
	// per image of the last training forward
	bright, sat, contrast []float32
	tx, ty, ox, oy        []int
	mid                   []float32 // the colour-changed image, before the shift
	fwd                   augForward
	bwd                   augBackward
}

// augForward and augBackward are the two passes as split2 jobs over images:
// each image's arithmetic is its own, so the split changes no result.
type augForward struct {
	l *DiffAugment
	x []float32
}

type augBackward struct {
	l  *DiffAugment
	dy []float32
}

func (j *augForward) part(lo, hi int) {
	l := j.l
	for i := lo; i < hi; i++ {
		l.color(j.x[i*l.in:(i+1)*l.in], l.mid[i*l.in:(i+1)*l.in], i)
		l.place(l.mid[i*l.in:(i+1)*l.in], l.y[i*l.out:(i+1)*l.out], i)
	}
}

func (j *augBackward) part(lo, hi int) {
	for i := lo; i < hi; i++ {
		j.l.backward(j.dy, i)
	}
}

// NewDiffAugment builds the augmentation for images of c×h×w.
func NewDiffAugment(ctx Context, c, h, w int) *DiffAugment {
	n := ctx.MaxBatch
	return &DiffAugment{
		basic: newBasic(c*h*w, c*h*w, n), C: c, H: h, W: w, rng: ctx.Rand,
		bright: make([]float32, n), sat: make([]float32, n), contrast: make([]float32, n),
		tx: make([]int, n), ty: make([]int, n), ox: make([]int, n), oy: make([]int, n),
		mid: make([]float32, n*c*h*w),
	}
}

// OwnName keeps the layer out of a Sequential's numbering: it has no
// parameters, and D's layers keep the names they have without it.
func (l *DiffAugment) OwnName() string { return "" }

// SetRand replaces the source of the transforms, so a trainer can give them
// a stream of their own that a checkpoint restores.
func (l *DiffAugment) SetRand(r *rand.Rand) { l.rng = r }

// shift is the reference's int(size * ratio + 0.5) for the translation's
// ratio 1/8; cut the same for the cutout's 1/2.
func (l *DiffAugment) shift(size int) int { return int(float64(size)*0.125 + 0.5) }
func (l *DiffAugment) cut(size int) int   { return int(float64(size)*0.5 + 0.5) }

func (l *DiffAugment) Forward(x []float32, n int, train bool) []float32 {
	checkRows("DiffAugment", n, l.max)
	l.on = train && !l.Off
	if !l.on {
		return x[:n*l.in]
	}
	sx, sy := l.shift(l.H), l.shift(l.W)
	cx, cy := l.cut(l.H), l.cut(l.W)
	for i := range n {
		l.bright[i] = float32(l.rng.Float64() - 0.5)
		l.sat[i] = float32(l.rng.Float64() * 2)
		l.contrast[i] = float32(l.rng.Float64() + 0.5)
		l.tx[i] = l.below(2*sx+1) - sx
		l.ty[i] = l.below(2*sy+1) - sy
		l.ox[i] = l.below(l.H + 1 - cx%2)
		l.oy[i] = l.below(l.W + 1 - cy%2)
	}
	return l.apply(x, n)
}

// below draws an integer in [0, k) as ⌊u·k⌋ of one uniform.
func (l *DiffAugment) below(k int) int {
	return min(int(l.rng.Float64()*float64(k)), k-1)
}

// apply transforms n images by the drawn parameters.
func (l *DiffAugment) apply(x []float32, n int) []float32 {
	l.fwd = augForward{l, x}
	split2(&l.fwd, n, 4*n*l.in)
	return l.y[:n*l.out]
}

// color writes image i's brightness, saturation and contrast change of src
// into dst: src+b, then (v − mean over channels)·s + that mean per pixel,
// then (v − mean of the image)·c + that mean.
func (l *DiffAugment) color(src, dst []float32, i int) {
	hw := l.H * l.W
	b, s, c := l.bright[i], l.sat[i], l.contrast[i]
	for k, v := range src {
		dst[k] = v + b
	}
	for p := range hw {
		var m float32
		for ch := range l.C {
			m += dst[ch*hw+p]
		}
		m /= float32(l.C)
		for ch := range l.C {
			dst[ch*hw+p] = (dst[ch*hw+p]-m)*s + m
		}
	}
	var m float64
	for _, v := range dst {
		m += float64(v)
	}
	mm := float32(m / float64(len(dst)))
	for k, v := range dst {
		dst[k] = (v-mm)*c + mm
	}
}

// span is image i's geometry: output columns q0..q1 read input columns
// q0+ty..q1+ty (the rest are shifted in as zeros), and the cutout covers
// rows r0..r1 and columns c0..c1, clipped to the image.
func (l *DiffAugment) span(i int) (q0, q1, r0, r1, c0, c1 int) {
	ty := l.ty[i]
	q0, q1 = max(0, -ty), min(l.W, l.W-ty)
	cx, cy := l.cut(l.H), l.cut(l.W)
	r0, c0 = l.ox[i]-cx/2, l.oy[i]-cy/2
	r1, c1 = min(l.H, r0+cx), min(l.W, c0+cy)
	return q0, q1, max(0, r0), r1, max(0, c0), c1
}

// place writes image i's shift and cutout of src into dst: dst(r, q) =
// src(r+tx, q+ty), 0 outside the image or inside the cutout.
func (l *DiffAugment) place(src, dst []float32, i int) {
	hw := l.H * l.W
	q0, q1, r0, r1, c0, c1 := l.span(i)
	for ch := range l.C {
		for r := range l.H {
			out := dst[ch*hw+r*l.W : ch*hw+(r+1)*l.W]
			sr := r + l.tx[i]
			if sr < 0 || sr >= l.H || q0 >= q1 {
				clear(out)
				continue
			}
			row := src[ch*hw+sr*l.W : ch*hw+(sr+1)*l.W]
			clear(out[:q0])
			copy(out[q0:q1], row[q0+l.ty[i]:q1+l.ty[i]])
			clear(out[q1:])
			if r >= r0 && r < r1 && c0 < c1 {
				clear(out[c0:c1])
			}
		}
	}
}

func (l *DiffAugment) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	if !l.on {
		return dy[:n*l.in]
	}
	l.bwd = augBackward{l, dy}
	split2(&l.bwd, n, 4*n*l.in)
	return l.dx[:n*l.in]
}

// backward writes image i's input gradient from dy: through the shift and
// cutout into mid (no longer needed), then through the colour changes.
func (l *DiffAugment) backward(dy []float32, i int) {
	hw := l.H * l.W
	g := dy[i*l.out : (i+1)*l.out]
	dm := l.mid[i*l.in : (i+1)*l.in] // the forward's mid is not needed again
	// The shift is one-to-one, so each input pixel takes at most one
	// output's gradient: the transpose of place is place's copy reversed.
	clear(dm)
	q0, q1, r0, r1, c0, c1 := l.span(i)
	for ch := range l.C {
		for r := range l.H {
			sr := r + l.tx[i]
			if sr < 0 || sr >= l.H || q0 >= q1 {
				continue
			}
			in := dm[ch*hw+sr*l.W : ch*hw+(sr+1)*l.W]
			out := g[ch*hw+r*l.W : ch*hw+(r+1)*l.W]
			copy(in[q0+l.ty[i]:q1+l.ty[i]], out[q0:q1])
			if r >= r0 && r < r1 && c0 < c1 {
				// the cut pixels of this output row passed nothing back
				lo, hi := max(c0, q0), min(c1, q1)
				if lo < hi {
					clear(in[lo+l.ty[i] : hi+l.ty[i]])
				}
			}
		}
	}
	dx := l.dx[i*l.in : (i+1)*l.in]
	// contrast: d/dv of (v − mean)·c + mean is c, plus (1−c)/N from the mean
	c := l.contrast[i]
	var sum float64
	for _, v := range dm {
		sum += float64(v)
	}
	k := (1 - c) * float32(sum/float64(len(dm)))
	for j, v := range dm {
		dx[j] = v*c + k
	}
	// saturation, per pixel over channels the same way; brightness passes through
	s := l.sat[i]
	for q := range hw {
		var t float32
		for ch := range l.C {
			t += dx[ch*hw+q]
		}
		t = (1 - s) * t / float32(l.C)
		for ch := range l.C {
			dx[ch*hw+q] = dx[ch*hw+q]*s + t
		}
	}
}
