package nn

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"

	"gogan/engine/gemm"
)

// ConvOutSize is the number of positions a window of k taps moved by stride
// takes over in inputs padded by pad on both sides, (in+2·pad-k)/stride+1
// rounded down, as PyTorch's Conv2d and pooling layers (ceil_mode off). It
// fails, as PyTorch does, when that is below 1 or an argument is out of range.
func ConvOutSize(in, k, stride, pad int) (int, error) {
	if in < 1 || k < 1 || stride < 1 || pad < 0 {
		return 0, fmt.Errorf("nn: input size %d, kernel %d, stride %d, padding %d: want input, kernel and stride ≥ 1 and padding ≥ 0", in, k, stride, pad)
	}
	// Go's division truncates towards zero; a negative span has no output
	// and must not round up to one.
	span := in + 2*pad - k
	if span < 0 {
		return 0, fmt.Errorf("nn: kernel %d is larger than input size %d with padding %d (output size would be below 1)", k, in, pad)
	}
	return span/stride + 1, nil
}

// convGeom is the sliding-window arithmetic the conv and pool layers share:
// a C×H×W image (zero-)padded by PH, PW, a KH×KW window moved by SH, SW, and
// the OH×OW positions it takes.
type convGeom struct {
	C, H, W        int
	KH, KW, SH, SW int
	PH, PW         int
	OH, OW         int
	// TapMajor orders the column matrix's rows (ki, kj, c) instead of
	// PyTorch's (c, ki, kj), so that the rows of neighbouring taps are one
	// block (UpConv2d's phases each read such blocks).
	TapMajor bool
}

// newConvGeom fills in the output size; stride 0 is taken as 1.
func newConvGeom(c, h, w, kh, kw, sh, sw, ph, pw int) (convGeom, error) {
	if sh == 0 {
		sh = 1
	}
	if sw == 0 {
		sw = 1
	}
	g := convGeom{C: c, H: h, W: w, KH: kh, KW: kw, SH: sh, SW: sw, PH: ph, PW: pw}
	if c < 1 {
		return g, fmt.Errorf("nn: %d channels, want at least 1", c)
	}
	var err error
	if g.OH, err = ConvOutSize(h, kh, sh, ph); err != nil {
		return g, fmt.Errorf("height: %w", err)
	}
	if g.OW, err = ConvOutSize(w, kw, sw, pw); err != nil {
		return g, fmt.Errorf("width: %w", err)
	}
	return g, nil
}

// colRows is K, the rows of the column matrix: one per (channel, tap).
func (g *convGeom) colRows() int { return g.C * g.KH * g.KW }

// colCols is P, the output positions.
func (g *convGeom) colCols() int { return g.OH * g.OW }

// identity says the column matrix of an image is the image itself (a 1×1
// window, stride 1, no padding), so the lowering needs no copy.
func (g *convGeom) identity() bool {
	return g.KH == 1 && g.KW == 1 && g.SH == 1 && g.SW == 1 && g.PH == 0 && g.PW == 0
}

// span is the range [lo, hi) of output positions o whose input o·s+d lies
// in [0, size).
func span(d, s, size, outs int) (lo, hi int) {
	if d < 0 {
		lo = (-d + s - 1) / s
	}
	if last := size - 1 - d; last >= 0 {
		hi = min(outs, last/s+1)
	}
	return min(lo, outs), max(hi, min(lo, outs))
}

// im2col writes the K×P column matrix of one image: row (c, ki, kj), column
// (oh, ow) holds img[c][oh·SH-PH+ki][ow·SW-PW+kj], 0 in the padding. Rows
// are ordered as PyTorch's weight [out, C, KH, KW] flattens, so the
// convolution is the product weight·col. Row r starts at col[r·ld], so the
// matrices of several images can sit side by side.
func (g *convGeom) im2col(img, col []float32, ld int) { g.im2colCS(img, g.H*g.W, col, ld) }

// im2colCS is im2col of an image whose channel c starts at img[c·cs]: one
// image's planes among several laid side by side, channel-major.
func (g *convGeom) im2colCS(img []float32, cs int, col []float32, ld int) {
	P, hw := g.OH*g.OW, g.H*g.W
	// A stride-1 "same" conv (OW = W: G's 3×3 pad-1 convs) reads each tap's
	// rows at one fixed offset, so the valid rows are one copy and only the
	// padding columns, which read the neighbouring row, need fixing; row
	// by row, the copies of 16-32 floats cost more than the data.
	flat := g.SH == 1 && g.SW == 1 && g.OW == g.W
	for c := 0; c < g.C; c++ {
		src := img[c*cs : c*cs+hw]
		for ki := 0; ki < g.KH; ki++ {
			for kj := 0; kj < g.KW; kj++ {
				r := (c*g.KH+ki)*g.KW + kj
				if g.TapMajor {
					r = (ki*g.KW+kj)*g.C + c
				}
				row := col[r*ld:][:P]
				d := kj - g.PW
				lo, hi := span(d, g.SW, g.W, g.OW)
				if flat {
					g.im2colFlat(src, row, ki, d, lo, hi)
					continue
				}
				if g.SH == 1 && g.SW == 1 {
					// The tap reads a block of consecutive image rows
					// (D's maxout convs): one copy, after clearing the
					// row where the block leaves padding.
					oh0, oh1 := span(ki-g.PH, 1, g.H, g.OH)
					if lo > 0 || hi < g.OW || oh0 > 0 || oh1 < g.OH {
						clear(row)
					}
					if oh1 > oh0 && hi > lo {
						ih0 := oh0 - g.PH + ki
						copyRows(row[oh0*g.OW+lo:], g.OW, src[ih0*g.W+lo+d:], g.W, oh1-oh0, hi-lo)
					}
					continue
				}
				for oh := 0; oh < g.OH; oh++ {
					out := row[oh*g.OW : (oh+1)*g.OW]
					ih := oh*g.SH - g.PH + ki
					if ih < 0 || ih >= g.H {
						clear(out)
						continue
					}
					clear(out[:lo])
					clear(out[hi:])
					in := src[ih*g.W:][:g.W]
					if g.SW == 1 {
						copy(out[lo:hi], in[lo+d:hi+d])
						continue
					}
					for ow, iw := lo, lo*g.SW+d; ow < hi; ow, iw = ow+1, iw+g.SW {
						out[ow] = in[iw]
					}
				}
			}
		}
	}
}

// im2colFlat is im2col's row for tap (ki, kj = d+PW) when SW = 1 and
// OW = W: output (oh, ow) reads input flat index (oh-PH+ki)·W + ow + d.
func (g *convGeom) im2colFlat(src, row []float32, ki, d, lo, hi int) {
	oh0, oh1 := span(ki-g.PH, 1, g.H, g.OH)
	clear(row[:oh0*g.OW])
	clear(row[oh1*g.OW:])
	if oh0 == oh1 {
		return
	}
	off := (ki-g.PH)*g.W + d
	j0, j1 := oh0*g.OW, oh1*g.OW
	// The block's first and last reads may fall one outside the plane;
	// they are padding columns, cleared below with the others.
	s0, s1 := max(j0+off, 0), min(j1+off, len(src))
	copy(row[s0-off:s1-off], src[s0:s1])
	for oh := oh0; oh < oh1; oh++ {
		out := row[oh*g.OW : (oh+1)*g.OW]
		clear(out[:lo])
		clear(out[hi:])
	}
}

// col2im is im2col's adjoint: it adds every column entry into the pixel it
// was read from (padding entries are dropped). img must be cleared first
// when it should hold only the sum.
func (g *convGeom) col2im(col []float32, ld int, img []float32) {
	P, hw := g.OH*g.OW, g.H*g.W
	for c := 0; c < g.C; c++ {
		dst := img[c*hw : (c+1)*hw]
		for ki := 0; ki < g.KH; ki++ {
			for kj := 0; kj < g.KW; kj++ {
				row := col[((c*g.KH+ki)*g.KW+kj)*ld:][:P]
				d := kj - g.PW
				lo, hi := span(d, g.SW, g.W, g.OW)
				if g.SW == 1 && g.SH == 1 {
					// The tap's rows land on consecutive image rows:
					// one block (D's stride-1 input gradients).
					oh0, oh1 := span(ki-g.PH, 1, g.H, g.OH)
					if oh1 > oh0 && hi > lo {
						ih0 := oh0 - g.PH + ki
						addRows(dst[ih0*g.W+lo+d:], g.W, row[oh0*g.OW+lo:], g.OW, oh1-oh0, hi-lo)
					}
					continue
				}
				for oh := 0; oh < g.OH; oh++ {
					ih := oh*g.SH - g.PH + ki
					if ih < 0 || ih >= g.H {
						continue
					}
					src := row[oh*g.OW : (oh+1)*g.OW]
					out := dst[ih*g.W:][:g.W]
					for ow, iw := lo, lo*g.SW+d; ow < hi; ow, iw = ow+1, iw+g.SW {
						out[iw] += src[ow]
					}
				}
			}
		}
	}
}

// addChannelBias adds b[c] to every pixel of channel c of one image.
func addChannelBias(img, b []float32, hw int) {
	for c, v := range b {
		ch := img[c*hw : (c+1)*hw]
		for i := range ch {
			ch[i] += v
		}
	}
}

// chanSums computes a bias gradient: db[c] is the sum of channel c over the
// first n images of dy (each len(db)·hw values), accumulated in float64, the
// channels split over the cores (each channel's sum is the serial one's). A
// layer keeps one, so that handing it to split2 allocates nothing.
type chanSums struct {
	db, dy []float32
	n, hw  int
}

func (j *chanSums) run(db, dy []float32, n, hw int) {
	*j = chanSums{db: db, dy: dy, n: n, hw: hw}
	split2(j, len(db), n*len(db)*hw)
	*j = chanSums{}
}

func (j *chanSums) part(lo, hi int) {
	C := len(j.db)
	for c := lo; c < hi; c++ {
		var s float64
		for i := 0; i < j.n; i++ {
			for _, v := range j.dy[(i*C+c)*j.hw : (i*C+c+1)*j.hw] {
				s += float64(v)
			}
		}
		j.db[c] = float32(s)
	}
}

// Conv2dOpts describes nn.Conv2d: InC→OutC channels on H×W inputs.
type Conv2dOpts struct {
	InC, OutC, H, W int
	KH, KW          int // kernel
	SH, SW          int // stride (0 means 1)
	PH, PW          int // zero padding
	Bias            bool
}

// Conv2d is PyTorch's nn.Conv2d (dilation 1, groups 1) over NCHW rows: a
// row is one image's InC·H·W values and its output one image's OutC·OH·OW.
//
// It is lowered to SGEMM over groups of images: the column matrix (im2col,
// K = InC·KH·KW rows) of a group's images side by side, P = OH·OW columns
// each, times the weight viewed as OutC×K. A group is one image where P
// alone makes a good product (the output is then written in place, in NCHW
// order); D's late layers have a few pixels per image and batch up to
// convGroupCols columns per product, the result scattered back to NCHW.
// The images run in two halves, one per core, each with a GEMM lane
// (gemm.Lane) and scratch of its own: two hand-offs a layer, and both cores
// busy even where one product is too small to split. The group size
// depends only on the layer's shape and n, so results are deterministic.
//
// The input gradient of a stride-1 conv is itself a stride-1 conv of dy
// (padded by K-1-P) with the kernel flipped and its channels swapped; that
// form (an im2col of dy, OutC·KH·KW deep) avoids the K×P gradient matrix and
// its col2im, which for a conv to few channels (G's 64→3) cost far more than
// the product. Strided convs take col2im.
type Conv2d struct {
	basic
	W, B   *Param // weight [OutC, InC, KH, KW]; bias [OutC], nil without bias
	geo    convGeom
	outC   int
	group  int      // images per product
	direct bool     // input gradient as a conv of dy (stride 1)
	dgeo   convGeom // that conv's geometry: OutC×OH×OW images to InC×H×W
	wflip  []float32

	// Per lane (half of the images): the backend, the column matrices
	// (K × group·P) or their gradient, and a group's output or dy
	// (OutC × group·P) or dx (InC × group·H·W).
	lanes [gemm.Lanes]gemm.Backend
	lcol  [gemm.Lanes][]float32
	ltmp  [gemm.Lanes][]float32
	wg1   []float32 // the second half's weight gradient, added to W.G
	imgs  convImages
	sums  chanSums

	// A stride-1 conv to few channels (G's 64→3) is lowered on the output
	// side: Z = W'·x, W' the weight as (OutC·KH·KW)×InC, then each tap's
	// rows of Z added into y at the tap's shift; its weight gradient is the
	// flipped-kernel column matrix of dy (the one the input gradient reads)
	// times xᵀ. Both copy OutC·KH·KW rows an image where im2col copies
	// InC·KH·KW.
	outSide bool
	wr      []float32 // W' [OutC·KH·KW, InC]
	wt0     []float32 // the first half's weight gradient as W' is laid out
}

// convImages is a Conv2d pass over images, split in halves by split2.
type convImages struct {
	c     *Conv2d
	op    int
	x, dy []float32 // the input or dy the pass reads
	out   []float32 // y or dx
}

const (
	convForward = iota
	convWeightGrad
	convInputGrad
)

// part runs images lo..hi-1, in groups, on the lane of its half.
func (j *convImages) part(lo, hi int) {
	c, lane := j.c, 0
	if lo > 0 {
		lane = 1
	}
	if c.outSide && j.op != convInputGrad {
		j.partOut(lo, hi, lane)
		return
	}
	be, col, tmp := c.lanes[lane], c.lcol[lane], c.ltmp[lane]
	g := &c.geo
	K, P, hw := g.colRows(), g.colCols(), g.H*g.W
	for i0 := lo; i0 < hi; i0 += c.group {
		gi := min(c.group, hi-i0)
		N := gi * P
		switch j.op {
		case convForward:
			cm := c.cols(j.x, i0, gi, col)
			if gi == 1 {
				yi := j.out[i0*c.out : (i0+1)*c.out]
				var beta float32
				if c.B != nil {
					clear(yi)
					addChannelBias(yi, c.B.W, P)
					beta = 1
				}
				be.Sgemm(blas.NoTrans, blas.NoTrans, c.outC, P, K, 1, c.W.W, K, cm, P, beta, yi, P)
				continue
			}
			be.Sgemm(blas.NoTrans, blas.NoTrans, c.outC, N, K, 1, c.W.W, K, cm, N, 0, tmp, N)
			scatter(tmp, j.out, i0, gi, c.outC, P)
			if c.B != nil {
				for k := range gi {
					addChannelBias(j.out[(i0+k)*c.out:(i0+k+1)*c.out], c.B.W, P)
				}
			}
		case convWeightGrad:
			// dW = Σ dy·colᵀ over the groups; the column matrices are
			// rebuilt rather than kept from Forward, which would take K·P
			// floats an image.
			dst := c.W.G
			if lane == 1 {
				dst = c.wg1
			}
			var beta float32
			if i0 > lo {
				beta = 1
			}
			cm := c.cols(j.x, i0, gi, col)
			d := j.dy[i0*c.out : (i0+1)*c.out]
			if gi > 1 {
				d = gather(tmp, j.dy, i0, gi, c.outC, P)
			}
			be.Sgemm(blas.NoTrans, blas.Trans, c.outC, K, N, 1, d, N, cm, N, beta, dst, K)
		case convInputGrad:
			if c.direct {
				K2, N2 := c.dgeo.colRows(), gi*hw
				for k := range gi {
					c.dgeo.im2col(j.dy[(i0+k)*c.out:(i0+k+1)*c.out], col[k*hw:], N2)
				}
				if gi == 1 {
					be.Sgemm(blas.NoTrans, blas.NoTrans, g.C, hw, K2, 1, c.wflip, K2, col, hw, 0, j.out[i0*c.in:(i0+1)*c.in], hw)
					continue
				}
				be.Sgemm(blas.NoTrans, blas.NoTrans, g.C, N2, K2, 1, c.wflip, K2, col, N2, 0, tmp, N2)
				scatter(tmp, j.out, i0, gi, g.C, hw)
				continue
			}
			d := j.dy[i0*c.out : (i0+1)*c.out]
			if gi > 1 {
				d = gather(tmp, j.dy, i0, gi, c.outC, P)
			}
			if len(col) == 0 {
				be.Sgemm(blas.Trans, blas.NoTrans, K, P, c.outC, 1, c.W.W, K, d, P, 0, j.out[i0*c.in:(i0+1)*c.in], P)
				continue
			}
			be.Sgemm(blas.Trans, blas.NoTrans, K, N, c.outC, 1, c.W.W, K, d, N, 0, col, N)
			for k := range gi {
				dxi := j.out[(i0+k)*c.in : (i0+k+1)*c.in]
				clear(dxi)
				g.col2im(col[k*P:], N, dxi)
			}
		}
	}
}

// partOut is part for a conv lowered on the output side.
func (j *convImages) partOut(lo, hi, lane int) {
	c := j.c
	be, col := c.lanes[lane], c.lcol[lane]
	g := &c.geo
	P, hw := g.colCols(), g.H*g.W
	kk := g.KH * g.KW
	R := c.outC * kk // rows of Z and of dy's column matrix
	for i := lo; i < hi; i++ {
		xi := j.x[i*c.in : (i+1)*c.in]
		switch j.op {
		case convForward:
			be.Sgemm(blas.NoTrans, blas.NoTrans, R, hw, g.C, 1, c.wr, g.C, xi, hw, 0, col, hw)
			yi := j.out[i*c.out : (i+1)*c.out]
			clear(yi)
			if c.B != nil {
				addChannelBias(yi, c.B.W, P)
			}
			g.addShifted(col, c.outC, yi)
		case convWeightGrad:
			dst := c.wt0
			if lane == 1 {
				dst = c.wg1
			}
			var beta float32
			if i > lo {
				beta = 1
			}
			c.dgeo.im2col(j.dy[i*c.out:(i+1)*c.out], col, hw)
			be.Sgemm(blas.NoTrans, blas.Trans, R, g.C, hw, 1, col, hw, xi, hw, beta, dst, g.C)
		}
	}
}

// addShifted adds into y (out channels × OH×OW) each tap's plane of z
// (rows (o, ki, kj) over the input's H×W positions) read at the tap's
// shift: y[o][oh][ow] += z[o,ki,kj][oh·SH-PH+ki][ow·SW-PW+kj].
func (g *convGeom) addShifted(z []float32, out int, y []float32) {
	hw, P := g.H*g.W, g.OH*g.OW
	for o := range out {
		dst := y[o*P : (o+1)*P]
		for ki := range g.KH {
			for kj := range g.KW {
				src := z[((o*g.KH+ki)*g.KW+kj)*hw:][:hw]
				d := kj - g.PW
				lo, hi := span(d, g.SW, g.W, g.OW)
				for oh := range g.OH {
					ih := oh*g.SH - g.PH + ki
					if ih < 0 || ih >= g.H {
						continue
					}
					row, in := dst[oh*g.OW:(oh+1)*g.OW], src[ih*g.W:(ih+1)*g.W]
					for ow, iw := lo, lo*g.SW+d; ow < hi; ow, iw = ow+1, iw+g.SW {
						row[ow] += in[iw]
					}
				}
			}
		}
	}
}

// runImages runs op over n images on both cores; it reports whether the
// second half ran on the other core.
func (c *Conv2d) runImages(op, n int, x, dy, out []float32) bool {
	c.imgs = convImages{c: c, op: op, x: x, dy: dy, out: out}
	split := split2(&c.imgs, n, n*max(c.in, c.out)*c.geo.KH*c.geo.KW)
	c.imgs = convImages{}
	return split
}

// convGroupCols is the width a group of small images is batched up to, and
// convGroupFloats the most a group's column matrix may hold.
const convGroupCols, convGroupFloats = 512, 1 << 19

// NewConv2d builds a Conv2d with PyTorch's default initialisation:
// kaiming_uniform(a=√5) on the weight, which is U(±1/√fan_in) with
// fan_in = InC·KH·KW, and the bias U(±1/√fan_in); the weight is drawn first.
func NewConv2d(ctx Context, o Conv2dOpts) (*Conv2d, error) { return newConv2d(ctx, o, 0) }

// newConv2d is NewConv2d with images grouped by group per product, or as
// the shape suggests when group is 0 (tests run both ways).
func newConv2d(ctx Context, o Conv2dOpts, group int) (*Conv2d, error) {
	if o.InC < 1 || o.OutC < 1 {
		return nil, fmt.Errorf("nn: Conv2d %d→%d channels: want at least 1 each", o.InC, o.OutC)
	}
	g, err := newConvGeom(o.InC, o.H, o.W, o.KH, o.KW, o.SH, o.SW, o.PH, o.PW)
	if err != nil {
		return nil, fmt.Errorf("Conv2d: %w", err)
	}
	K, P, hw := g.colRows(), g.colCols(), o.H*o.W
	c := &Conv2d{
		basic: newBasic(o.InC*hw, o.OutC*P, ctx.MaxBatch),
		W:     newParam("weight", o.OutC, o.InC, o.KH, o.KW),
		geo:   g, outC: o.OutC, group: 1,
	}
	// A half holds at most ⌈MaxBatch/2⌉ images: a group never needs more.
	if P < convGroupCols {
		c.group = max(1, min((ctx.MaxBatch+1)/2, convGroupCols/P, convGroupFloats/(K*P)))
	}
	if group > 0 {
		c.group = group
	}
	cols := c.group * K * P
	if g.identity() && c.group == 1 {
		cols = 0 // the image is its own column matrix
	}
	// The direct form's column matrix (of dy) is OutC·KH·KW × H·W, col2im's
	// (of dx) InC·KH·KW × OH·OW: take the smaller. A conv to more channels
	// (D's 3→64 8×8 maxout conv) would otherwise build a 4096-row matrix
	// per image for a product only InC = 3 rows tall.
	if g.SH == 1 && g.SW == 1 && g.PH < g.KH && g.PW < g.KW && !g.identity() && o.OutC*hw <= o.InC*P {
		c.direct = true
		c.dgeo = convGeom{C: o.OutC, H: g.OH, W: g.OW, KH: g.KH, KW: g.KW, SH: 1, SW: 1, PH: g.KH - 1 - g.PH, PW: g.KW - 1 - g.PW, OH: o.H, OW: o.W}
		c.wflip = make([]float32, len(c.W.W))
		cols = max(cols, c.group*c.dgeo.colRows()*hw)
	}
	if c.direct && c.group == 1 && 4*o.OutC <= o.InC {
		c.outSide = true
		cols = c.dgeo.colRows() * hw
		c.wr = make([]float32, len(c.W.W))
		c.wt0 = make([]float32, len(c.W.W))
	}
	var tmp int
	if c.group > 1 {
		tmp = c.group * max(o.OutC*P, o.InC*hw)
	}
	for i := range c.lanes {
		c.lanes[i] = gemm.Lane(ctx.BLAS, i)
		if i == 0 || ctx.MaxBatch > 1 {
			c.lcol[i], c.ltmp[i] = make([]float32, cols), make([]float32, tmp)
		}
	}
	c.wg1 = make([]float32, len(c.W.W))
	bound := 1 / math.Sqrt(float64(K))
	Uniform(ctx, c.W.W, -bound, bound)
	if o.Bias {
		c.B = newParam("bias", o.OutC)
		Uniform(ctx, c.B.W, -bound, bound)
	}
	return c, nil
}

// OutShape is the output image's channels, height and width.
func (c *Conv2d) OutShape() (ch, h, w int) { return c.outC, c.geo.OH, c.geo.OW }

func (c *Conv2d) Params() []*Param {
	if c.B == nil {
		return []*Param{c.W}
	}
	return []*Param{c.W, c.B}
}

func (c *Conv2d) Prefix(name string) {
	c.W.Name = name + ".weight"
	if c.B != nil {
		c.B.Name = name + ".bias"
	}
}

// cols returns the column matrix of images i0..i0+gi-1 of x, gi·P wide,
// written into col: the image itself for a lone image of a 1×1 conv.
func (c *Conv2d) cols(x []float32, i0, gi int, col []float32) []float32 {
	P := c.geo.colCols()
	if gi == 1 && len(col) < c.geo.colRows()*P {
		return x[i0*c.in : (i0+1)*c.in]
	}
	for j := range gi {
		c.geo.im2col(x[(i0+j)*c.in:(i0+j+1)*c.in], col[j*P:], gi*P)
	}
	return col
}

// gather lays images i0..i0+gi-1 of v (channels×hw each) side by side in
// tmp: channel-major rows of gi·hw values.
func gather(tmp, v []float32, i0, gi, channels, hw int) []float32 {
	N := gi * hw
	for j := range gi {
		img := v[(i0+j)*channels*hw:]
		for ch := range channels {
			copy(tmp[ch*N+j*hw:ch*N+(j+1)*hw], img[ch*hw:(ch+1)*hw])
		}
	}
	return tmp[:channels*N]
}

// scatter is gather's inverse, from tmp into v.
func scatter(tmp, v []float32, i0, gi, channels, hw int) {
	N := gi * hw
	for j := range gi {
		img := v[(i0+j)*channels*hw:]
		for ch := range channels {
			copy(img[ch*hw:(ch+1)*hw], tmp[ch*N+j*hw:ch*N+(j+1)*hw])
		}
	}
}

func (c *Conv2d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Conv2d", n, c.max)
	c.x = x
	y := c.y[:n*c.out]
	if c.outSide {
		c.transposeWeight()
	}
	c.runImages(convForward, n, x, nil, y)
	return y
}

func (c *Conv2d) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("Conv2d", n, c.max)
	if p.ParamGrads {
		if n == 0 {
			clear(c.W.G)
		} else {
			split := c.runImages(convWeightGrad, n, c.x, dy, nil)
			if c.outSide {
				c.foldOutSide(split)
			} else if split {
				for j, v := range c.wg1 {
					c.W.G[j] += v
				}
			}
		}
		if c.B != nil {
			c.sums.run(c.B.G, dy, n, c.geo.colCols())
		}
	}
	if !p.InputGrad {
		return nil
	}
	dx := c.dx[:n*c.in]
	if c.direct {
		c.flipWeight()
	}
	c.runImages(convInputGrad, n, nil, dy, dx)
	return dx
}

// transposeWeight lays W out as W' for the output-side forward:
// wr[(o,ki,kj)][c] = W[o][c][ki][kj].
func (c *Conv2d) transposeWeight() {
	kk, C := c.geo.KH*c.geo.KW, c.geo.C
	for o := range c.outC {
		for ch := range C {
			for t, v := range c.W.W[(o*C+ch)*kk:][:kk] {
				c.wr[(o*kk+t)*C+ch] = v
			}
		}
	}
}

// foldOutSide sets W.G from the halves' gradients, laid out as the
// flipped-kernel rows of dy's column matrix: row (o, t) holds tap kk-1-t.
func (c *Conv2d) foldOutSide(split bool) {
	kk, C := c.geo.KH*c.geo.KW, c.geo.C
	for o := range c.outC {
		for t := range kk {
			a := c.wt0[(o*kk+t)*C:][:C]
			b := c.wg1[(o*kk+t)*C:][:C]
			for ch := range C {
				v := a[ch]
				if split {
					v += b[ch]
				}
				c.W.G[(o*C+ch)*kk+kk-1-t] = v
			}
		}
	}
}

// flipWeight sets the input gradient's kernel, flipped and with its
// channels swapped: wflip[c][o][ki][kj] = W[o][c][KH-1-ki][KW-1-kj].
func (c *Conv2d) flipWeight() {
	g := &c.geo
	kk := g.KH * g.KW
	for o := range c.outC {
		for ch := range g.C {
			src := c.W.W[(o*g.C+ch)*kk:][:kk]
			dst := c.wflip[(ch*c.outC+o)*kk:][:kk]
			for t, v := range src {
				dst[kk-1-t] = v
			}
		}
	}
}

// ConvTranspose2dOpts describes nn.ConvTranspose2d: InC→OutC channels on
// H×W inputs, with output padding OPH, OPW added to the bottom and right.
type ConvTranspose2dOpts struct {
	InC, OutC, H, W        int
	KH, KW, SH, SW, PH, PW int
	OPH, OPW               int // output padding (must be < stride, PyTorch's rule)
	Bias                   bool
}

// ConvTranspose2d is PyTorch's nn.ConvTranspose2d (dilation 1, groups 1):
// the adjoint of a Conv2d from its OutC×OH×OW output image back to its
// InC×H×W input, OH = (H-1)·SH - 2·PH + KH + OPH. Each input pixel scatters
// a weighted KH×KW patch; as SGEMM, the weight viewed as InC×K
// (K = OutC·KH·KW) transposed times the input image gives the column matrix
// of the output, which col2im folds into it.
type ConvTranspose2d struct {
	basic
	W, B *Param   // weight [InC, OutC, KH, KW]; bias [OutC], nil without bias
	geo  convGeom // the Conv2d geometry from this layer's output to its input
	inC  int
	// The images run in two halves, one per core, each with a GEMM lane and
	// a column matrix of its own (nil for a 1×1 kernel), as Conv2d's.
	lanes [gemm.Lanes]gemm.Backend
	lcol  [gemm.Lanes][]float32
	wg1   []float32 // the second half's weight gradient, added to W.G
	imgs  convTImages
	sums  chanSums
}

// convTImages is a ConvTranspose2d pass over images, split by split2.
type convTImages struct {
	c       *ConvTranspose2d
	back    bool
	p       Pass
	x, dy   []float32
	out     []float32 // y or dx
	started [gemm.Lanes]bool
}

// part runs images lo..hi-1 on the lane of its half.
func (j *convTImages) part(lo, hi int) {
	c, lane := j.c, 0
	if lo > 0 {
		lane = 1
	}
	be, cm := c.lanes[lane], c.lcol[lane]
	K, P := c.geo.colRows(), c.geo.colCols()
	ohw := c.geo.H * c.geo.W
	for i := lo; i < hi; i++ {
		if !j.back {
			xi, yi := j.x[i*c.in:(i+1)*c.in], j.out[i*c.out:(i+1)*c.out]
			if cm == nil {
				be.Sgemm(blas.Trans, blas.NoTrans, K, P, c.inC, 1, c.W.W, K, xi, P, 0, yi, P)
			} else {
				be.Sgemm(blas.Trans, blas.NoTrans, K, P, c.inC, 1, c.W.W, K, xi, P, 0, cm, P)
				clear(yi)
				c.geo.col2im(cm, P, yi)
			}
			if c.B != nil {
				addChannelBias(yi, c.B.W, ohw)
			}
			continue
		}
		// One column matrix of dy_i serves both products.
		dyi := j.dy[i*c.out : (i+1)*c.out]
		col := dyi
		if cm != nil {
			c.geo.im2col(dyi, cm, P)
			col = cm
		}
		if j.p.ParamGrads {
			dst := c.W.G
			if lane == 1 {
				dst = c.wg1
			}
			var beta float32
			if i > lo {
				beta = 1
			}
			be.Sgemm(blas.NoTrans, blas.Trans, c.inC, K, P, 1, j.x[i*c.in:(i+1)*c.in], P, col, P, beta, dst, K)
			j.started[lane] = true
		}
		if j.p.InputGrad {
			be.Sgemm(blas.NoTrans, blas.NoTrans, c.inC, P, K, 1, c.W.W, K, col, P, 0, j.out[i*c.in:(i+1)*c.in], P)
		}
	}
}

// NewConvTranspose2d builds a ConvTranspose2d with PyTorch's default
// initialisation, whose fan_in is computed from the weight's second
// dimension: U(±1/√(OutC·KH·KW)) for the weight, then the bias.
func NewConvTranspose2d(ctx Context, o ConvTranspose2dOpts) (*ConvTranspose2d, error) {
	if o.InC < 1 || o.OutC < 1 {
		return nil, fmt.Errorf("nn: ConvTranspose2d %d→%d channels: want at least 1 each", o.InC, o.OutC)
	}
	sh, sw := max(o.SH, 1), max(o.SW, 1)
	if o.SH < 0 || o.SW < 0 || o.KH < 1 || o.KW < 1 || o.PH < 0 || o.PW < 0 || o.H < 1 || o.W < 1 {
		return nil, fmt.Errorf("nn: ConvTranspose2d input %dx%d, kernel %dx%d, stride %dx%d, padding %dx%d: want sizes ≥ 1 and padding ≥ 0",
			o.H, o.W, o.KH, o.KW, o.SH, o.SW, o.PH, o.PW)
	}
	if o.OPH < 0 || o.OPW < 0 || o.OPH >= sh || o.OPW >= sw {
		return nil, fmt.Errorf("nn: ConvTranspose2d output padding %dx%d must be ≥ 0 and smaller than the stride %dx%d", o.OPH, o.OPW, sh, sw)
	}
	oh := (o.H-1)*sh - 2*o.PH + o.KH + o.OPH
	ow := (o.W-1)*sw - 2*o.PW + o.KW + o.OPW
	if oh < 1 || ow < 1 {
		return nil, fmt.Errorf("nn: ConvTranspose2d input %dx%d, kernel %dx%d, stride %dx%d, padding %dx%d, output padding %dx%d gives output %dx%d: too small",
			o.H, o.W, o.KH, o.KW, sh, sw, o.PH, o.PW, o.OPH, o.OPW, oh, ow)
	}
	g, err := newConvGeom(o.OutC, oh, ow, o.KH, o.KW, sh, sw, o.PH, o.PW)
	if err != nil {
		return nil, fmt.Errorf("ConvTranspose2d: %w", err)
	}
	if g.OH != o.H || g.OW != o.W {
		// Output padding below the stride always maps back; a mismatch
		// would be a bug in the arithmetic above.
		panic(fmt.Sprintf("nn: ConvTranspose2d geometry %dx%d does not map back to input %dx%d", g.OH, g.OW, o.H, o.W))
	}
	c := &ConvTranspose2d{
		basic: newBasic(o.InC*o.H*o.W, o.OutC*oh*ow, ctx.MaxBatch),
		W:     newParam("weight", o.InC, o.OutC, o.KH, o.KW),
		geo:   g, inC: o.InC,
		wg1: make([]float32, o.InC*o.OutC*o.KH*o.KW),
	}
	for i := range c.lanes {
		c.lanes[i] = gemm.Lane(ctx.BLAS, i)
		if !g.identity() && (i == 0 || ctx.MaxBatch > 1) {
			c.lcol[i] = make([]float32, g.colRows()*g.colCols())
		}
	}
	bound := 1 / math.Sqrt(float64(g.colRows()))
	Uniform(ctx, c.W.W, -bound, bound)
	if o.Bias {
		c.B = newParam("bias", o.OutC)
		Uniform(ctx, c.B.W, -bound, bound)
	}
	return c, nil
}

// OutShape is the output image's channels, height and width.
func (c *ConvTranspose2d) OutShape() (ch, h, w int) { return c.geo.C, c.geo.H, c.geo.W }

func (c *ConvTranspose2d) Params() []*Param {
	if c.B == nil {
		return []*Param{c.W}
	}
	return []*Param{c.W, c.B}
}

func (c *ConvTranspose2d) Prefix(name string) {
	c.W.Name = name + ".weight"
	if c.B != nil {
		c.B.Name = name + ".bias"
	}
}

func (c *ConvTranspose2d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("ConvTranspose2d", n, c.max)
	c.x = x
	y := c.y[:n*c.out]
	c.imgs = convTImages{c: c, x: x, out: y}
	split2(&c.imgs, n, n*c.out*c.inC)
	c.imgs = convTImages{}
	return y
}

func (c *ConvTranspose2d) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("ConvTranspose2d", n, c.max)
	var dx []float32
	if p.InputGrad {
		dx = c.dx[:n*c.in]
	}
	if p.ParamGrads && n == 0 {
		clear(c.W.G)
	}
	if n > 0 && (p.ParamGrads || p.InputGrad) {
		c.imgs = convTImages{c: c, back: true, p: p, x: c.x, dy: dy, out: dx}
		split2(&c.imgs, n, n*c.out*c.inC)
		if c.imgs.started[1] {
			for j, v := range c.wg1 {
				c.W.G[j] += v
			}
		}
		c.imgs = convTImages{}
	}
	if p.ParamGrads && c.B != nil {
		c.sums.run(c.B.G, dy, n, c.geo.H*c.geo.W)
	}
	return dx
}

// DeconvOpts describes Deconv: InC→OutC channels on H×W inputs, a KH×KW
// kernel at output stride SH, SW, and PH, PW (the yaml's pad_out) cut from
// each side of the output. Tied shares one bias per channel (tied_b).
type DeconvOpts struct {
	InC, OutC, H, W int
	KH, KW, SH, SW  int
	PH, PW          int
	Tied            bool
}

// Deconv is the adversarial repo's deconv.Deconv, the output layer of the
// paper's CIFAR-10 convolutional G: the transpose (cuda-convnet's ImageActs)
// of a strided convolution from the OutC×OH×OW output to the InC×H×W input,
// OH = SH·(H-1) - 2·PH + KH, plus a bias. The product is exactly a
// ConvTranspose2d without bias (cuda-convnet's convolution does not flip its
// kernel, as PyTorch's); the bias is one per output element ([OutC, OH, OW],
// tied_b false, the yaml's) or, tied, one per channel.
type Deconv struct {
	T *ConvTranspose2d
	B *Param // [OutC, OH, OW], or [OutC] when tied (then T's own bias)
}

// NewDeconv builds a Deconv. The weight is drawn as ConvTranspose2d's; an
// untied bias starts at zero (pylearn2's init_bias), a tied one as
// ConvTranspose2d's.
func NewDeconv(ctx Context, o DeconvOpts) (*Deconv, error) {
	t, err := NewConvTranspose2d(ctx, ConvTranspose2dOpts{InC: o.InC, OutC: o.OutC, H: o.H, W: o.W, KH: o.KH, KW: o.KW, SH: o.SH, SW: o.SW, PH: o.PH, PW: o.PW, Bias: o.Tied})
	if err != nil {
		return nil, fmt.Errorf("Deconv: %w", err)
	}
	d := &Deconv{T: t, B: t.B}
	if !o.Tied {
		c, h, w := t.OutShape()
		d.B = newParam("bias", c, h, w)
	}
	return d, nil
}

// OutShape is the output image's channels, height and width.
func (d *Deconv) OutShape() (ch, h, w int) { return d.T.OutShape() }

func (d *Deconv) In() int           { return d.T.In() }
func (d *Deconv) Out() int          { return d.T.Out() }
func (d *Deconv) Buffers() []Buffer { return nil }
func (d *Deconv) Params() []*Param  { return []*Param{d.T.W, d.B} }

func (d *Deconv) Prefix(name string) {
	d.T.Prefix(name)
	d.B.Name = name + ".bias"
}

func (d *Deconv) Forward(x []float32, n int, train bool) []float32 {
	y := d.T.Forward(x, n, train)
	if d.T.B != nil {
		return y
	}
	// T's backward does not read its output, so the bias goes in place.
	out := d.T.Out()
	for i := range n {
		yi := y[i*out : (i+1)*out]
		for j, b := range d.B.W {
			yi[j] += b
		}
	}
	return y
}

func (d *Deconv) Backward(dy []float32, n int, p Pass) []float32 {
	if p.ParamGrads && d.T.B == nil {
		out := d.T.Out()
		for j := range d.B.G {
			var s float64
			for i := range n {
				s += float64(dy[i*out+j])
			}
			d.B.G[j] = float32(s)
		}
	}
	return d.T.Backward(dy, n, p)
}
