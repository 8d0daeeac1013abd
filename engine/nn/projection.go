package nn

import (
	"fmt"
	"math"
)

// Projection is a class-conditional discriminator head in the projection
// form of Miyato & Koyama (2018, "cGANs with projection discriminator"):
//
//	D(x, c) = ψ(φ(x)) + ⟨V_c, φ(x)⟩
//
// with φ = Body (the image's features), ψ = Head (a Linear to one output) and
// V a learned vector per class. Where cgan.py's D concatenates the label
// to the pixels and must learn to use 10 inputs among a thousand, the
// projection makes the label select a direction in D's last features.
//
// Its input rows are [img..., c], the label in the last column as for a
// ClassEmbedding D; its output is one value per row. Its parameters keep
// their own names (Body's model.<i>..., then linear.weight, linear.bias,
// embed.weight), the state_dict of testdata/pytorch_load.py's
// ProjDiscriminator.
type Projection struct {
	basic
	Body    *Sequential
	Head    *Linear
	V       *Param // [Classes, features]
	Classes int
	img     []float32 // the image columns of the last input
	labels  []int32
	dh      []float32 // dL/dφ
	// The class term of ClassLoss: V·φ(x) read as class logits, and the
	// gradient to them that the next Backward adds (rows without the term
	// zero).
	logits, dlogits []float32
	labels8         []uint8
	classPending    bool
}

// NewProjection builds the head over body (its input the image, dim
// values) for classes classes; V starts uniform in ±1/sqrt(features), as
// the Linear beside it, so that the two terms start at the same scale.
func NewProjection(ctx Context, body *Sequential, classes int) *Projection {
	dim, w := body.In(), body.Out()
	out := NewLinear(ctx, w, 1)
	out.Prefix("linear")
	p := &Projection{
		basic: newBasic(dim+1, 1, ctx.MaxBatch), Body: body, Head: out, V: newParam("embed.weight", classes, w), Classes: classes,
		img: make([]float32, ctx.MaxBatch*dim), labels: make([]int32, ctx.MaxBatch),
		dh: make([]float32, ctx.MaxBatch*w),
	}
	p.logits, p.dlogits = make([]float32, ctx.MaxBatch*classes), make([]float32, ctx.MaxBatch*classes)
	p.labels8 = make([]uint8, ctx.MaxBatch)
	bound := 1 / math.Sqrt(float64(w))
	Uniform(ctx, p.V.W, -bound, bound)
	return p
}

func (p *Projection) Params() []*Param {
	return append(append(p.Body.Params(), p.Head.Params()...), p.V)
}
func (p *Projection) Buffers() []Buffer { return p.Body.Buffers() }
func (p *Projection) Prefix(string)     {}

// OwnName keeps the head out of an enclosing Sequential's numbering.
func (p *Projection) OwnName() string { return "" }

func (p *Projection) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Projection", n, p.max)
	dim := p.in - 1
	for i := range n {
		row := x[i*p.in : (i+1)*p.in]
		c := Label(row[dim], p.Classes)
		if c < 0 {
			panic(fmt.Sprintf("nn: Projection: row %d has label %g, want an integer in [0, %d)", i, row[dim], p.Classes))
		}
		p.labels[i] = int32(c)
		copy(p.img[i*dim:(i+1)*dim], row[:dim])
	}
	h := p.Body.Forward(p.img[:n*dim], n, train)
	y := p.Head.Forward(h, n, train)
	w := p.Body.Out()
	for i := range n {
		v := p.V.W[int(p.labels[i])*w : int(p.labels[i]+1)*w]
		var s float32
		for j, hv := range h[i*w : (i+1)*w] {
			s += v[j] * hv
		}
		p.y[i] = y[i] + s
	}
	return p.y[:n]
}

func (p *Projection) Backward(dy []float32, n int, q Pass) []float32 {
	checkRows("Projection", n, p.max)
	w, dim := p.Body.Out(), p.in-1
	h := p.Head.x // φ(x) of the last forward
	dh := p.Head.Backward(dy, n, Pass{ParamGrads: q.ParamGrads, InputGrad: true})
	if q.ParamGrads {
		clear(p.V.G)
	}
	for i := range n {
		c := int(p.labels[i])
		v := p.V.W[c*w : (c+1)*w]
		d := p.dh[i*w : (i+1)*w]
		for j := range d {
			d[j] = dh[i*w+j] + dy[i]*v[j]
		}
		if q.ParamGrads {
			g := p.V.G[c*w : (c+1)*w]
			for j, hv := range h[i*w : (i+1)*w] {
				g[j] += dy[i] * hv
			}
		}
		if p.classPending {
			p.classBackward(i, h[i*w:(i+1)*w], d, q.ParamGrads)
		}
	}
	p.classPending = false
	dimg := p.Body.Backward(p.dh[:n*w], n, q)
	if !q.InputGrad {
		return nil
	}
	dx := p.dx[:n*p.in]
	for i := range n {
		copy(dx[i*p.in:i*p.in+dim], dimg[i*dim:(i+1)*dim])
		dx[i*p.in+dim] = 0
	}
	return dx
}

// ClassLoss adds to D's objective weight times the cross-entropy of rows
// lo..hi of the last Forward, read as a classifier: the logits of row i
// are V·φ(x_i), one per class, against the row's own label. V is then
// both the projection's class directions and an auxiliary classifier's
// weights, the "data-to-class" term of Han et al.'s dual projection GAN
// (P2GAN, 2021), so the term adds no parameters and leaves the state_dict
// as it was. It returns the weighted loss; its gradient is added by the
// next Backward (over at least hi rows), and only by that one.
func (p *Projection) ClassLoss(lo, hi int, weight float32) float32 {
	w, k := p.Body.Out(), p.Classes
	if lo < 0 || hi <= lo || hi > p.max {
		panic(fmt.Sprintf("nn: Projection.ClassLoss: rows %d..%d of %d", lo, hi, p.max))
	}
	h := p.Head.x
	n := hi - lo
	logits := p.logits[:n*k]
	for i := range n {
		phi := h[(lo+i)*w : (lo+i+1)*w]
		for c := range k {
			var s float32
			for j, v := range p.V.W[c*w : (c+1)*w] {
				s += v * phi[j]
			}
			logits[i*k+c] = s
		}
		p.labels8[i] = uint8(p.labels[lo+i])
	}
	if !p.classPending {
		clear(p.dlogits)
	}
	g := p.dlogits[lo*k : hi*k]
	loss := SoftmaxCrossEntropy(logits, n, k, p.labels8[:n], g)
	for i := range g {
		g[i] *= weight
	}
	p.classPending = true
	return weight * loss
}

// classBackward adds row i's class term to dL/dφ (d) and to V's gradient.
func (p *Projection) classBackward(i int, phi, d []float32, paramGrads bool) {
	w, k := p.Body.Out(), p.Classes
	for c, gc := range p.dlogits[i*k : (i+1)*k] {
		if gc == 0 {
			continue
		}
		v := p.V.W[c*w : (c+1)*w]
		for j := range d {
			d[j] += gc * v[j]
		}
		if paramGrads {
			g := p.V.G[c*w : (c+1)*w]
			for j, hv := range phi {
				g[j] += gc * hv
			}
		}
	}
}
