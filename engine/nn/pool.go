package nn

import (
	"fmt"
	"math"
)

// PoolOpts describes MaxPool2d and AvgPool2d over C×H×W images: a KH×KW
// window moved by SH, SW (0 means the kernel size, PyTorch's default) over
// the input padded by PH, PW, at most half the kernel (PyTorch's rule).
// CountIncludePad (AvgPool2d only) divides by the whole window, padding
// included, as PyTorch's count_include_pad=True (its default). CeilMode
// (MaxPool2d only) is PyTorch's ceil_mode=True: see PoolOutSize.
type PoolOpts struct {
	C, H, W, KH, KW, SH, SW, PH, PW int
	CountIncludePad                 bool
	CeilMode                        bool
}

// PoolOutSize is the number of windows of k moved by stride over in padded
// by pad, as PyTorch's pooling layers count them: ConvOutSize without ceil,
// and with it (ceil_mode=True) ⌈(in+2·pad-k)/stride⌉+1, less one when the
// last window would start past the input and its left padding, so that
// every window holds a pixel. Without padding and with stride ≤ k this is
// cuda-convnet's max pooling, pylearn2's max_pool_c01b (MaxoutConvC01B):
// ⌈(in-k)/stride⌉+1 windows from pixel 0, enough to cover every pixel, the
// last clipped at the border and its maximum taken over the pixels inside.
func PoolOutSize(in, k, stride, pad int, ceil bool) (int, error) {
	out, err := ConvOutSize(in, k, stride, pad)
	if err != nil || !ceil {
		return out, err
	}
	if (in+2*pad-k)%stride != 0 {
		out++
	}
	if (out-1)*stride >= in+pad {
		out--
	}
	return out, nil
}

func poolGeom(layer string, o PoolOpts) (convGeom, error) {
	sh, sw := o.SH, o.SW
	if sh == 0 {
		sh = o.KH
	}
	if sw == 0 {
		sw = o.KW
	}
	if o.KH < 1 || o.KW < 1 || sh < 1 || sw < 1 || o.PH < 0 || o.PW < 0 {
		return convGeom{}, fmt.Errorf("nn: %s kernel %dx%d, stride %dx%d, padding %dx%d: want kernel and stride ≥ 1, padding ≥ 0", layer, o.KH, o.KW, sh, sw, o.PH, o.PW)
	}
	if o.PH > o.KH/2 || o.PW > o.KW/2 {
		return convGeom{}, fmt.Errorf("nn: %s padding %dx%d must be at most half the kernel %dx%d", layer, o.PH, o.PW, o.KH, o.KW)
	}
	g, err := newConvGeom(o.C, o.H, o.W, o.KH, o.KW, sh, sw, o.PH, o.PW)
	if err != nil {
		return g, fmt.Errorf("%s: %w", layer, err)
	}
	if o.CeilMode {
		// Errors were reported above for the same sizes.
		g.OH, _ = PoolOutSize(o.H, o.KH, sh, o.PH, true)
		g.OW, _ = PoolOutSize(o.W, o.KW, sw, o.PW, true)
	}
	return g, nil
}

// window is the part of the window at output (oh, ow) inside the image; in
// ceil mode the last window may also reach past the padding, and is clipped
// the same way.
func (g *convGeom) window(oh, ow int) (h0, h1, w0, w1 int) {
	h0, w0 = oh*g.SH-g.PH, ow*g.SW-g.PW
	h1, w1 = min(h0+g.KH, g.H), min(w0+g.KW, g.W)
	return max(h0, 0), h1, max(w0, 0), w1
}

// MaxPool2d is PyTorch's nn.MaxPool2d (dilation 1, ceil_mode as
// PoolOpts.CeilMode): the padding never wins. Within a window the first maximum in row-major order
// takes the gradient and the last NaN wins, as in PyTorch's CPU kernel.
type MaxPool2d struct {
	basic
	geo    convGeom
	arg    []int32   // per output, the input index (within its row) of the max
	px, py []float32 // the forward pass being split over the cores (split2)
	grad   maxPoolGrad
	// Per half of the forward pass (split2): a plane's maxKeys, and each
	// input row's largest over each window's columns.
	keys, rowMax [2][]int64
}

// maxPoolGrad is MaxPool2d's input gradient over planes (image-channel
// pairs), split by split2: a plane's outputs add only into its own input
// plane, in the same order whatever the split.
type maxPoolGrad struct {
	l      *MaxPool2d
	dy, dx []float32
}

func (j *maxPoolGrad) part(lo, hi int) {
	g := &j.l.geo
	hw, ohw := g.H*g.W, g.OH*g.OW
	for i := lo; i < hi; i++ {
		dx := j.dx[i*hw : (i+1)*hw]
		clear(dx)
		// arg is relative to the image: the plane's channel offset goes.
		base := (i % g.C) * hw
		arg := j.l.arg[i*ohw : (i+1)*ohw]
		for o, gr := range j.dy[i*ohw : (i+1)*ohw] {
			dx[int(arg[o])-base] += gr
		}
	}
}

// NewMaxPool2d builds a MaxPool2d; it fails on sizes PyTorch rejects.
func NewMaxPool2d(ctx Context, o PoolOpts) (*MaxPool2d, error) {
	g, err := poolGeom("MaxPool2d", o)
	if err != nil {
		return nil, err
	}
	out := o.C * g.OH * g.OW
	l := &MaxPool2d{basic: newBasic(o.C*o.H*o.W, out, ctx.MaxBatch), geo: g, arg: make([]int32, ctx.MaxBatch*out)}
	for i := range l.rowMax {
		l.keys[i], l.rowMax[i] = make([]int64, o.H*o.W), make([]int64, o.H*g.OW)
	}
	return l, nil
}

// OutShape is the output image's channels, height and width.
func (l *MaxPool2d) OutShape() (ch, h, w int) { return l.geo.C, l.geo.OH, l.geo.OW }

func (l *MaxPool2d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("MaxPool2d", n, l.max)
	g := &l.geo
	y := l.y[:n*l.out]
	// Planes are independent: the two cores take half each.
	l.px, l.py = x, y
	split2(l, n*g.C, n*l.out*g.KH*g.KW)
	l.px, l.py = nil, nil
	return y
}

// maxKey orders the pixel v at pos as the max layers' row-major scan
// picks its winner (a later value replaces the best only when greater or
// NaN): the largest key is the first maximum, or the last NaN. The value
// orders the high half (its bits as a signed magnitude, so -0 = +0, NaN
// above +Inf) and the position the low: reversed, so that the first of
// equal values wins, except among NaNs. Taking maxima of keys has no
// data-dependent branch; on D's conv outputs the float scan mispredicted
// about every other comparison.
func maxKey(v float32, pos int) int64 {
	b := int32(math.Float32bits(v))
	m := b >> 31
	k, low := (b&0x7fffffff)^m-m, uint32(^pos)
	if v != v {
		k, low = math.MaxInt32, uint32(pos)
	}
	return int64(k)<<32 | int64(low)
}

// keyPos is the position a maxKey was made for.
func keyPos(k int64) int {
	if int32(k>>32) == math.MaxInt32 {
		return int(uint32(k))
	}
	return int(^uint32(k))
}

// part pools planes lo..hi-1 (image-channel pairs) of the forward pass:
// the largest maxKey of each window, taken over its rows' largest, which
// overlapping windows (D's 4×4 at stride 2) share.
func (l *MaxPool2d) part(lo, hi int) {
	g, x, y := &l.geo, l.px, l.py
	hw, ohw := g.H*g.W, g.OH*g.OW
	lane := 0
	if lo > 0 {
		lane = 1
	}
	keys, rm := l.keys[lane][:hw], l.rowMax[lane]
	for i := lo; i < hi; i++ {
		img := x[i*hw : (i+1)*hw]
		for p, v := range img[:len(keys)] {
			keys[p] = maxKey(v, p)
		}
		for ih := range g.H {
			in := keys[ih*g.W : (ih+1)*g.W]
			bm := rm[ih*g.OW : (ih+1)*g.OW]
			for ow := range bm {
				_, _, w0, w1 := g.window(0, ow)
				best := int64(math.MinInt64)
				for _, k := range in[w0:w1] {
					best = max(best, k)
				}
				bm[ow] = best
			}
		}
		base := int32(i%g.C) * int32(hw)
		for oh := range g.OH {
			h0, h1, _, _ := g.window(oh, 0)
			o := i*ohw + oh*g.OW
			yo, ao := y[o:o+g.OW], l.arg[o:o+g.OW]
			best := rm[h0*g.OW : (h0+1)*g.OW]
			for ow := range yo {
				k := best[ow]
				for ih := h0 + 1; ih < h1; ih++ {
					k = max(k, rm[ih*g.OW+ow])
				}
				p := keyPos(k)
				yo[ow], ao[ow] = img[p], base+int32(p)
			}
		}
	}
}

func (l *MaxPool2d) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("MaxPool2d", n, l.max)
	if !p.InputGrad {
		return nil
	}
	dx := l.dx[:n*l.in]
	l.grad = maxPoolGrad{l: l, dy: dy, dx: dx}
	split2(&l.grad, n*l.geo.C, n*l.in)
	l.grad = maxPoolGrad{}
	return dx
}

// AvgPool2d is PyTorch's nn.AvgPool2d (ceil_mode off, no divisor
// override): each output is its window's sum over the pixels inside the
// image divided by the window's size, or, without CountIncludePad, by the
// number of pixels inside.
type AvgPool2d struct {
	basic
	geo    convGeom
	div    []float32 // per output position, its divisor
	px, py []float32 // the forward pass being split over the cores (split2)
}

// NewAvgPool2d builds an AvgPool2d; it fails on sizes PyTorch rejects and
// on CeilMode, whose divisors it does not implement.
func NewAvgPool2d(ctx Context, o PoolOpts) (*AvgPool2d, error) {
	if o.CeilMode {
		return nil, fmt.Errorf("nn: AvgPool2d: ceil mode is not supported")
	}
	g, err := poolGeom("AvgPool2d", o)
	if err != nil {
		return nil, err
	}
	l := &AvgPool2d{basic: newBasic(o.C*o.H*o.W, o.C*g.OH*g.OW, ctx.MaxBatch), geo: g, div: make([]float32, g.OH*g.OW)}
	for oh := range g.OH {
		for ow := range g.OW {
			h0, h1, w0, w1 := g.window(oh, ow)
			d := (h1 - h0) * (w1 - w0)
			if o.CountIncludePad {
				// Without ceil_mode every window ends inside the padded
				// image, so it is always whole.
				d = g.KH * g.KW
			}
			l.div[oh*g.OW+ow] = float32(d)
		}
	}
	return l, nil
}

// OutShape is the output image's channels, height and width.
func (l *AvgPool2d) OutShape() (ch, h, w int) { return l.geo.C, l.geo.OH, l.geo.OW }

func (l *AvgPool2d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("AvgPool2d", n, l.max)
	g := &l.geo
	y := l.y[:n*l.out]
	// Planes are independent: the two cores take half each.
	l.px, l.py = x, y
	split2(l, n*g.C, n*l.out*g.KH*g.KW)
	l.px, l.py = nil, nil
	return y
}

// part pools planes lo..hi-1 (image-channel pairs) of the forward pass.
func (l *AvgPool2d) part(lo, hi int) {
	g, x, y := &l.geo, l.px, l.py
	hw, ohw := g.H*g.W, g.OH*g.OW
	for i := lo; i < hi; i++ {
		img := x[i*hw : (i+1)*hw]
		for oh := range g.OH {
			for ow := range g.OW {
				h0, h1, w0, w1 := g.window(oh, ow)
				var s float32
				for ih := h0; ih < h1; ih++ {
					for _, v := range img[ih*g.W+w0 : ih*g.W+w1] {
						s += v
					}
				}
				y[i*ohw+oh*g.OW+ow] = s / l.div[oh*g.OW+ow]
			}
		}
	}
}

func (l *AvgPool2d) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("AvgPool2d", n, l.max)
	if !p.InputGrad {
		return nil
	}
	g := &l.geo
	dx := l.dx[:n*l.in]
	clear(dx)
	hw, ohw := g.H*g.W, g.OH*g.OW
	for i := range n * g.C {
		img := dx[i*hw : (i+1)*hw]
		for oh := range g.OH {
			for ow := range g.OW {
				h0, h1, w0, w1 := g.window(oh, ow)
				d := dy[i*ohw+oh*g.OW+ow] / l.div[oh*g.OW+ow]
				for ih := h0; ih < h1; ih++ {
					row := img[ih*g.W+w0 : ih*g.W+w1]
					for k := range row {
						row[k] += d
					}
				}
			}
		}
	}
	return dx
}
