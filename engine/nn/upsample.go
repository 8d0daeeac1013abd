package nn

import "fmt"

// Upsample is PyTorch's nn.Upsample(scale_factor=Scale, mode="nearest") for
// an integer scale: every pixel of a C×H×W image becomes a Scale×Scale block.
type Upsample struct {
	basic
	C, H, W, Scale int
	// The pass being split over the cores (split2) by input rows.
	back   bool
	px, py []float32
}

// NewUpsample builds a nearest-neighbour upsampling of c×h×w images by scale.
func NewUpsample(ctx Context, c, h, w, scale int) *Upsample {
	if c < 1 || h < 1 || w < 1 || scale < 1 {
		panic(fmt.Sprintf("nn: Upsample of %dx%dx%d images by %d: want sizes and scale ≥ 1", c, h, w, scale))
	}
	d := c * h * w
	return &Upsample{basic: newBasic(d, d*scale*scale, ctx.MaxBatch), C: c, H: h, W: w, Scale: scale}
}

// OutShape is the output image's channels, height and width.
func (l *Upsample) OutShape() (ch, h, w int) { return l.C, l.H * l.Scale, l.W * l.Scale }

func (l *Upsample) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Upsample", n, l.max)
	y := l.y[:n*l.out]
	l.back, l.px, l.py = false, x, y
	split2(l, n*l.C*l.H, len(y)/8) // copies are cheap: only large layers pay for the hand-off
	l.px, l.py = nil, nil
	return y
}

func (l *Upsample) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("Upsample", n, l.max)
	if !p.InputGrad {
		return nil
	}
	dx := l.dx[:n*l.in]
	l.back, l.px, l.py = true, dy, dx
	split2(l, n*l.C*l.H, n*l.out/8)
	l.px, l.py = nil, nil
	return dx
}

// part runs input rows lo..hi-1 of the pass.
func (l *Upsample) part(lo, hi int) {
	s, ow := l.Scale, l.W*l.Scale
	for r := lo; r < hi; r++ {
		if !l.back {
			// One input row becomes s identical output rows.
			in, out := l.px[r*l.W:(r+1)*l.W], l.py[r*s*ow:(r+1)*s*ow]
			first := out[:ow]
			for j, v := range in {
				blk := first[j*s : (j+1)*s]
				for k := range blk {
					blk[k] = v
				}
			}
			for k := 1; k < s; k++ {
				copy(out[k*ow:(k+1)*ow], first)
			}
			continue
		}
		in, out := l.py[r*l.W:(r+1)*l.W], l.px[r*s*ow:(r+1)*s*ow]
		if s == 2 {
			// DCGAN's scale, unrolled: the general loop spends more on
			// its two-element inner loops than on the adds.
			r0, r1 := out[:ow], out[ow:2*ow]
			for j := range in {
				in[j] = (r0[2*j] + r0[2*j+1]) + (r1[2*j] + r1[2*j+1])
			}
			continue
		}
		for j := range in {
			var sum float32
			for k := range s {
				for _, g := range out[k*ow+j*s : k*ow+(j+1)*s] {
					sum += g
				}
			}
			in[j] = sum
		}
	}
}
