package nn

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"

	"gogan/engine/gemm"
)

// UpConv2dOpts describes nn.Upsample(scale_factor=Scale, mode="nearest")
// followed by nn.Conv2d(InC, OutC, K, stride 1, padding (K-1)/2): InC×H×W
// images in, OutC×(Scale·H)×(Scale·W) out.
type UpConv2dOpts struct {
	InC, OutC, H, W int
	Scale           int
	K               int // odd
	Bias            bool
}

// UpConv2d is dcgan.py's G block, nearest upsampling then a "same" stride-1
// convolution, computed on the small image. An output pixel of phase
// (py, px) = (y mod Scale, x mod Scale) reads the upsampled image only at
// copies of a few input pixels: with Scale 2 and a 3×3 kernel, rows y-1,
// y, y+1 of the upsampled image are rows ⌊(y-1)/2⌋, ⌊y/2⌋, ⌊(y+1)/2⌋ of the
// input, two distinct ones. So each phase is a convolution of the input
// with a smaller kernel (2×2 here) whose taps are sums of the original
// taps, and the layer costs 4/9 of the upsampled convolution's
// multiply-adds in each of its three products, without the upsampled image.
// The phases' windows are sub-windows of one 3×3 window on the input, so
// the forward pass and the weight gradient share one column matrix of it,
// its rows ordered by tap, a phase reading one block of rows per kernel
// row. The sums change only the rounding: results equal Upsample then Conv2d to
// float32 precision, not bit for bit.
//
// Its parameters are the convolution's, named and initialised as Conv2d's
// (the upsampling has none), so a checkpoint is the two PyTorch layers'.
type UpConv2d struct {
	basic
	W, B    *Param // weight [OutC, InC, K, K]; bias [OutC], nil without bias
	inC     int
	outC    int
	h, w, s int
	k       int
	phases  []upPhase
	ugeo    convGeom // the window every phase's taps lie in, tap-major
	kdx     int      // rows of the input gradient's column matrix: Σ OutC·Ty·Tx
	wflip   []float32
	group   int // images per product
	lanes   [gemm.Lanes]gemm.Backend
	scratch [gemm.Lanes]upScratch
	job     upJob
	sums    chanSums
}

// upPhase is one output phase: the convolution of the input that computes
// the outputs at rows py, py+s, … and columns px, px+s, ….
type upPhase struct {
	py, px int
	geo    convGeom // forward: InC×H×W, Ty×Tx taps, output H×W
	dgeo   convGeom // input gradient: the phase's OutC×H×W dy, flipped kernel
	ty, tx []int    // the phase tap each of the K kernel rows (columns) falls on
	// The phase's weight, [OutC][Ty][Tx][InC] (tap-major, as the shared
	// column matrix), and its gradient per lane.
	wc   []float32
	dwc  [gemm.Lanes][]float32
	uRow int // the shared column matrix's block of the phase's first tap
	kOff int // the phase's first row in the input gradient's column matrix
}

// upScratch is one lane's working memory.
type upScratch struct {
	col []float32 // a phase's column matrix, or the input gradient's
	out []float32 // the phases' outputs or dy, phase-major: [phase][OutC][group·P]
	dx  []float32 // a group's input gradient, channel-major
}

// upJob is an UpConv2d pass over images, split in halves by split2.
type upJob struct {
	c         *UpConv2d
	back      bool
	p         Pass
	x, dy     []float32
	out       []float32 // y or dx
	paramSeen [gemm.Lanes]bool
}

// phaseTaps maps kernel rows 0..k-1 of an output phase ph to the input
// rows they read, relative to the output's own input row: the offsets
// ⌊(ph+d-pad)/s⌋. It returns the tap index of each kernel row and the
// first offset (≤ 0) and count of taps.
func phaseTaps(ph, k, s int) (taps []int, first, n int) {
	pad := (k - 1) / 2
	floorDiv := func(a int) int {
		if a >= 0 {
			return a / s
		}
		return -((-a + s - 1) / s)
	}
	first = floorDiv(ph - pad)
	last := floorDiv(ph + k - 1 - pad)
	taps = make([]int, k)
	for d := range taps {
		taps[d] = floorDiv(ph+d-pad) - first
	}
	return taps, first, last - first + 1
}

// upGroupCols is the width a group of small images is batched up to.
const upGroupCols = 256

// NewUpConv2d builds an UpConv2d with Conv2d's default initialisation.
func NewUpConv2d(ctx Context, o UpConv2dOpts) (*UpConv2d, error) {
	if o.InC < 1 || o.OutC < 1 || o.H < 1 || o.W < 1 || o.Scale < 1 {
		return nil, fmt.Errorf("nn: UpConv2d %d→%d channels on %dx%d by %d: want sizes and scale ≥ 1", o.InC, o.OutC, o.H, o.W, o.Scale)
	}
	if o.K < 1 || o.K%2 == 0 {
		return nil, fmt.Errorf("nn: UpConv2d kernel %d: want an odd size (a \"same\" convolution)", o.K)
	}
	s := o.Scale
	c := &UpConv2d{
		basic: newBasic(o.InC*o.H*o.W, o.OutC*o.H*o.W*s*s, ctx.MaxBatch),
		W:     newParam("weight", o.OutC, o.InC, o.K, o.K),
		inC:   o.InC, outC: o.OutC, h: o.H, w: o.W, s: s, k: o.K,
	}
	P := o.H * o.W
	c.group = max(1, min(ctx.MaxBatch, upGroupCols/P))
	// The union window: offsets from the first phase's first to the last
	// phase's last.
	_, u0, _ := phaseTaps(0, o.K, s)
	_, f1, n1 := phaseTaps(s-1, o.K, s)
	nu := f1 + n1 - u0
	c.ugeo = convGeom{C: o.InC, H: o.H, W: o.W, KH: nu, KW: nu, SH: 1, SW: 1, PH: -u0, PW: -u0, OH: o.H, OW: o.W, TapMajor: true}
	for py := range s {
		for px := range s {
			ty, fy, ny := phaseTaps(py, o.K, s)
			tx, fx, nx := phaseTaps(px, o.K, s)
			ph := upPhase{
				py: py, px: px, ty: ty, tx: tx, kOff: c.kdx, uRow: (fy-u0)*nu + fx - u0,
				geo:  convGeom{C: o.InC, H: o.H, W: o.W, KH: ny, KW: nx, SH: 1, SW: 1, PH: -fy, PW: -fx, OH: o.H, OW: o.W},
				dgeo: convGeom{C: o.OutC, H: o.H, W: o.W, KH: ny, KW: nx, SH: 1, SW: 1, PH: ny - 1 + fy, PW: nx - 1 + fx, OH: o.H, OW: o.W},
				wc:   make([]float32, o.OutC*o.InC*ny*nx),
			}
			for l := range ph.dwc {
				ph.dwc[l] = make([]float32, len(ph.wc))
			}
			c.kdx += ph.dgeo.colRows()
			c.phases = append(c.phases, ph)
		}
	}
	c.wflip = make([]float32, o.InC*c.kdx)
	N := c.group * P
	for l := range c.scratch {
		c.scratch[l] = upScratch{
			col: make([]float32, max(c.ugeo.colRows(), c.kdx)*N),
			out: make([]float32, len(c.phases)*o.OutC*N),
			dx:  make([]float32, o.InC*N),
		}
		c.lanes[l] = gemm.Lane(ctx.BLAS, l)
	}
	bound := 1 / math.Sqrt(float64(o.InC*o.K*o.K))
	Uniform(ctx, c.W.W, -bound, bound)
	if o.Bias {
		c.B = newParam("bias", o.OutC)
		Uniform(ctx, c.B.W, -bound, bound)
	}
	return c, nil
}

// OutShape is the output image's channels, height and width.
func (c *UpConv2d) OutShape() (ch, h, w int) { return c.outC, c.h * c.s, c.w * c.s }

func (c *UpConv2d) Params() []*Param {
	if c.B == nil {
		return []*Param{c.W}
	}
	return []*Param{c.W, c.B}
}

func (c *UpConv2d) Prefix(name string) {
	c.W.Name = name + ".weight"
	if c.B != nil {
		c.B.Name = name + ".bias"
	}
}

// combine sets each phase's weight to the sums of W's taps that fall on
// its taps, and the input gradient's flipped weight from them.
func (c *UpConv2d) combine() {
	k, kk := c.k, c.k*c.k
	for p := range c.phases {
		ph := &c.phases[p]
		ny, nx := ph.geo.KH, ph.geo.KW
		clear(ph.wc)
		t := ny * nx
		for o := range c.outC {
			dst := ph.wc[o*t*c.inC : (o+1)*t*c.inC]
			for ch := range c.inC {
				src := c.W.W[(o*c.inC+ch)*kk:][:kk]
				for dy := range k {
					for dx := range k {
						dst[(ph.ty[dy]*nx+ph.tx[dx])*c.inC+ch] += src[dy*k+dx]
					}
				}
			}
		}
		// dx[c] = Σ_o Σ_t wc[o][t][c] · dy_p[o][· - t]: row (o, t') of the
		// phase's block, t' the flipped tap, holds wc[o][ny·nx-1-t'][c].
		for o := range c.outC {
			for ch := range c.inC {
				dst := c.wflip[ch*c.kdx+ph.kOff+o*t:][:t]
				for i := range t {
					dst[t-1-i] = ph.wc[(o*t+i)*c.inC+ch]
				}
			}
		}
	}
}

func (c *UpConv2d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("UpConv2d", n, c.max)
	c.x = x
	c.combine()
	y := c.y[:n*c.out]
	c.job = upJob{c: c, x: x, out: y}
	split2(&c.job, n, n*c.out*c.inC)
	c.job = upJob{}
	return y
}

func (c *UpConv2d) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("UpConv2d", n, c.max)
	var dx []float32
	if p.InputGrad {
		dx = c.dx[:n*c.in]
	}
	if p.ParamGrads && n == 0 {
		clear(c.W.G)
		if c.B != nil {
			clear(c.B.G)
		}
	}
	if n == 0 || !(p.ParamGrads || p.InputGrad) {
		return dx
	}
	c.job = upJob{c: c, back: true, p: p, x: c.x, dy: dy, out: dx}
	split2(&c.job, n, n*c.out*c.inC)
	seen := c.job.paramSeen
	c.job = upJob{}
	if p.ParamGrads {
		c.foldGrads(seen)
		if c.B != nil {
			c.sums.run(c.B.G, dy, n, c.h*c.s*c.w*c.s)
		}
	}
	return dx
}

// foldGrads sets W.G from the phases' weight gradients: each tap of W
// was added into one tap of every phase, so its gradient is the sum of
// those taps' gradients.
func (c *UpConv2d) foldGrads(seen [gemm.Lanes]bool) {
	k, kk := c.k, c.k*c.k
	clear(c.W.G)
	for p := range c.phases {
		ph := &c.phases[p]
		t := ph.geo.KH * ph.geo.KW
		for l, ok := range seen {
			if !ok {
				continue
			}
			g := ph.dwc[l]
			for o := range c.outC {
				src := g[o*t*c.inC : (o+1)*t*c.inC]
				for ch := range c.inC {
					dst := c.W.G[(o*c.inC+ch)*kk:][:kk]
					for dy := range k {
						for dx := range k {
							dst[dy*k+dx] += src[(ph.ty[dy]*ph.geo.KW+ph.tx[dx])*c.inC+ch]
						}
					}
				}
			}
		}
	}
}

// part runs images lo..hi-1 on the lane of its half, in groups.
func (j *upJob) part(lo, hi int) {
	c, lane := j.c, 0
	if lo > 0 {
		lane = 1
	}
	for i0 := lo; i0 < hi; i0 += c.group {
		gi := min(c.group, hi-i0)
		if !j.back {
			c.forwardGroup(lane, j.x, j.out, i0, gi)
			continue
		}
		c.gatherPhases(lane, j.dy, i0, gi)
		if j.p.ParamGrads {
			c.weightGradGroup(lane, j.x, i0, gi, i0 > lo)
			j.paramSeen[lane] = true
		}
		if j.p.InputGrad {
			c.inputGradGroup(lane, j.out, i0, gi)
		}
	}
}

// forwardGroup computes images i0..i0+gi-1: each phase's product into the
// lane's out, then one pass that interleaves the phases into y.
func (c *UpConv2d) forwardGroup(lane int, x, y []float32, i0, gi int) {
	be, sc := c.lanes[lane], &c.scratch[lane]
	P := c.h * c.w
	N := gi * P
	c.sharedCols(x, sc.col, i0, gi)
	for p := range c.phases {
		ph := &c.phases[p]
		ny, K, lda := ph.geo.KH, ph.geo.KW*c.inC, ph.geo.KH*ph.geo.KW*c.inC
		for ty := range ny {
			var beta float32
			if ty > 0 {
				beta = 1
			}
			be.Sgemm(blas.NoTrans, blas.NoTrans, c.outC, N, K, 1, ph.wc[ty*K:], lda, sc.col[c.sharedRow(ph, ty)*N:], N, beta, sc.out[p*c.outC*N:], N)
		}
	}
	s, ow := c.s, c.w*c.s
	ohw := c.h * s * ow
	for j := range gi {
		img := y[(i0+j)*c.out : (i0+j+1)*c.out]
		for o := range c.outC {
			var b float32
			if c.B != nil {
				b = c.B.W[o]
			}
			plane := img[o*ohw : (o+1)*ohw]
			for p := range c.phases {
				ph := &c.phases[p]
				src := sc.out[(p*c.outC+o)*N+j*P:][:P]
				for i := range c.h {
					row := plane[(i*s+ph.py)*ow+ph.px:]
					in := src[i*c.w : (i+1)*c.w]
					for jj, v := range in {
						row[jj*s] = v + b
					}
				}
			}
		}
	}
}

// gatherPhases copies dy of images i0..i0+gi-1 into the lane's out, phase
// by phase as forwardGroup's products left the output.
func (c *UpConv2d) gatherPhases(lane int, dy []float32, i0, gi int) {
	sc := &c.scratch[lane]
	P := c.h * c.w
	N := gi * P
	s, ow := c.s, c.w*c.s
	ohw := c.h * s * ow
	for j := range gi {
		img := dy[(i0+j)*c.out : (i0+j+1)*c.out]
		for o := range c.outC {
			plane := img[o*ohw : (o+1)*ohw]
			for p := range c.phases {
				ph := &c.phases[p]
				dst := sc.out[(p*c.outC+o)*N+j*P:][:P]
				for i := range c.h {
					row := plane[(i*s+ph.py)*ow+ph.px:]
					out := dst[i*c.w : (i+1)*c.w]
					for jj := range out {
						out[jj] = row[jj*s]
					}
				}
			}
		}
	}
}

// weightGradGroup adds the group's share of each phase's weight gradient,
// dy_p · colᵀ, into the lane's; acc false starts the lane's sums.
func (c *UpConv2d) weightGradGroup(lane int, x []float32, i0, gi int, acc bool) {
	be, sc := c.lanes[lane], &c.scratch[lane]
	P := c.h * c.w
	N := gi * P
	var beta float32
	if acc {
		beta = 1
	}
	c.sharedCols(x, sc.col, i0, gi)
	for p := range c.phases {
		ph := &c.phases[p]
		ny, K, ldc := ph.geo.KH, ph.geo.KW*c.inC, ph.geo.KH*ph.geo.KW*c.inC
		for ty := range ny {
			be.Sgemm(blas.NoTrans, blas.Trans, c.outC, K, N, 1, sc.out[p*c.outC*N:], N, sc.col[c.sharedRow(ph, ty)*N:], N, beta, ph.dwc[lane][ty*K:], ldc)
		}
	}
}

// sharedCols writes the tap-major column matrix of the union window for
// images i0..i0+gi-1 of x, side by side.
func (c *UpConv2d) sharedCols(x, col []float32, i0, gi int) {
	P := c.h * c.w
	N := gi * P
	for j := range gi {
		c.ugeo.im2col(x[(i0+j)*c.in:(i0+j+1)*c.in], col[j*P:], N)
	}
}

// sharedRow is the first row of the shared column matrix that kernel row
// ty of phase ph reads: the block of its Tx taps, InC rows each.
func (c *UpConv2d) sharedRow(ph *upPhase, ty int) int {
	return (ph.uRow + ty*c.ugeo.KW) * c.inC
}

// inputGradGroup computes dx of the group as one product: the flipped
// phase weights side by side times the column matrices of the phases' dy
// stacked, so the phases' contributions are summed by the GEMM.
func (c *UpConv2d) inputGradGroup(lane int, dx []float32, i0, gi int) {
	be, sc := c.lanes[lane], &c.scratch[lane]
	P := c.h * c.w
	N := gi * P
	for p := range c.phases {
		ph := &c.phases[p]
		for j := range gi {
			ph.dgeo.im2colCS(sc.out[p*c.outC*N+j*P:], N, sc.col[ph.kOff*N+j*P:], N)
		}
	}
	if gi == 1 {
		be.Sgemm(blas.NoTrans, blas.NoTrans, c.inC, P, c.kdx, 1, c.wflip, c.kdx, sc.col, P, 0, dx[i0*c.in:(i0+1)*c.in], P)
		return
	}
	be.Sgemm(blas.NoTrans, blas.NoTrans, c.inC, N, c.kdx, 1, c.wflip, c.kdx, sc.col, N, 0, sc.dx, N)
	for j := range gi {
		img := dx[(i0+j)*c.in:]
		for ch := range c.inC {
			copy(img[ch*P:(ch+1)*P], sc.dx[ch*N+j*P:ch*N+(j+1)*P])
		}
	}
}
