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
	ce              []float32 // ClassLoss's gradient before it is added
	prob, mean      []float64 // BalanceLoss's softmax rows and their mean
	balanced        int       // the number of rows the last BalanceLoss read
	// project is false for a class head (NewClassHead): D(x) = ψ(φ(x)),
	// rows without a label column, V only a classifier.
	project bool
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
		dh: make([]float32, ctx.MaxBatch*w), project: true,
	}
	p.logits, p.dlogits = make([]float32, ctx.MaxBatch*classes), make([]float32, ctx.MaxBatch*classes)
	p.labels8, p.ce = make([]uint8, ctx.MaxBatch), make([]float32, ctx.MaxBatch*classes)
	p.prob, p.mean = make([]float64, ctx.MaxBatch*classes), make([]float64, 2*classes)
	bound := 1 / math.Sqrt(float64(w))
	Uniform(ctx, p.V.W, -bound, bound)
	return p
}

// NewClassHead is an unconditional D's head with an auxiliary classifier:
// D(x) = ψ(φ(x)) over rows of the image alone, and V (initialised and
// named as a projection's, so the state_dict is testdata/dcgan_models.py's
// AuxDiscriminator) read only as class logits V·φ(x) by ClassLoss, whose
// labels SetLabels supplies, and BalanceLoss.
func NewClassHead(ctx Context, body *Sequential, classes int) *Projection {
	p := NewProjection(ctx, body, classes)
	p.project, p.in = false, body.In()
	return p
}

// Projects reports whether the label selects a direction of D's output
// (a projection D) rather than only naming a class for the class terms.
func (p *Projection) Projects() bool { return p.project }

// SetLabels gives rows lo.. of the last Forward of a class head their
// classes, for ClassLoss.
func (p *Projection) SetLabels(lo int, labels []uint8) {
	for i, c := range labels {
		if int(c) >= p.Classes {
			panic(fmt.Sprintf("nn: Projection.SetLabels: row %d has label %d, want one below %d", lo+i, c, p.Classes))
		}
		p.labels[lo+i] = int32(c)
	}
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
	if !p.project {
		return p.Head.Forward(p.Body.Forward(x[:n*p.in], n, train), n, train)
	}
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
		if !p.project {
			copy(d, dh[i*w:(i+1)*w])
		} else {
			for j := range d {
				d[j] = dh[i*w+j] + dy[i]*v[j]
			}
		}
		if q.ParamGrads && p.project {
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
	if !p.project {
		return dimg
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
	logits, g := p.classLogits("ClassLoss", lo, hi)
	n := hi - lo
	for i := range n {
		p.labels8[i] = uint8(p.labels[lo+i])
	}
	ce := p.ce[:len(g)]
	loss := SoftmaxCrossEntropy(logits, n, p.Classes, p.labels8[:n], ce)
	for i, v := range ce {
		g[i] += weight * v
	}
	return weight * loss
}

// BalanceLoss adds weight times KL(p̄ ‖ uniform) = Σ_c p̄_c log(K p̄_c), with
// p̄ the mean over rows lo..hi of the last Forward of softmax(V·φ(x)): 0
// when the rows' predicted classes are spread evenly over the K classes,
// log K when they all fall in one. Given to G over its fakes, with V
// trained by ClassLoss on the reals, it is the class-balancing term of
// Rangwani et al. (2021) with D's own head as the classifier.
//
// Alone it is also 0 when every row is equally unsure of its class, so G
// can meet it with images of no class at all. confidence > 0 adds that
// weight times the rows' mean entropy (1/n) Σ_i H(p_i), which is 0 only
// when each row is one class: the two together are log K minus the
// mutual information between the rows and their classes under the head,
// CatGAN's generator objective (Springenberg 2015). A negative confidence
// with weight 0 is CatGAN's discriminator term on fakes: D maximising the
// head's entropy on them. It returns the weighted loss; its gradient is
// added by the next Backward, as ClassLoss's.
//
// classW, when not nil, weighs each class's part of the balance as
// Rangwani et al.'s regulariser does: weight times Σ_c w_c p̄_c log p̄_c,
// plus log K so that weights of 1 give the KL above (and its gradient). A
// class with a larger weight is pushed up harder: G's trainer gives the
// classes the head has named least over many batches the larger weights.
func (p *Projection) BalanceLoss(lo, hi int, weight, confidence float32, classW []float64) float32 {
	logits, g := p.classLogits("BalanceLoss", lo, hi)
	n, k := hi-lo, p.Classes
	p.balanced = n
	prob, mean, dmean := p.prob[:n*k], p.mean[:k], p.mean[k:2*k]
	clear(mean)
	var ent float64
	for i := range n {
		row, pr := logits[i*k:(i+1)*k], prob[i*k:(i+1)*k]
		top := row[0]
		for _, v := range row {
			top = max(top, v)
		}
		var s float64
		for c, v := range row {
			pr[c] = math.Exp(float64(v - top))
			s += pr[c]
		}
		for c := range pr {
			pr[c] /= s
			mean[c] += pr[c] / float64(n)
		}
		if confidence != 0 {
			// H_i = log s - Σ p (v - top), exact where p underflows to 0.
			logS := math.Log(s)
			var h float64
			for c, v := range row {
				h -= pr[c] * float64(v-top)
			}
			h += logS
			ent += h
			// dH_i/dz_c = -p_c (log p_c + H_i)
			for c, v := range row {
				lp := float64(v-top) - logS
				g[i*k+c] -= float32(float64(confidence) / float64(n) * pr[c] * (lp + h))
			}
		}
	}
	var loss float64
	for c, m := range mean {
		m = max(m, 1e-30)
		if classW != nil {
			l := math.Log(m)
			loss += classW[c] * m * l
			dmean[c] = float64(weight) * classW[c] * (l + 1) / float64(n)
			continue
		}
		l := math.Log(float64(k) * m)
		loss += m * l
		dmean[c] = float64(weight) * (l + 1) / float64(n) // dL/dp_ic, the same for every row
	}
	if classW != nil {
		loss += math.Log(float64(k))
	}
	for i := range n {
		pr := prob[i*k : (i+1)*k]
		var dot float64
		for c, v := range pr {
			dot += v * dmean[c]
		}
		for c, v := range pr {
			g[i*k+c] += float32(v * (dmean[c] - dot))
		}
	}
	return weight*float32(loss) + confidence*float32(ent/float64(n))
}

// CountArgmax adds to counts[c] the rows of the last BalanceLoss whose most
// probable class is c.
func (p *Projection) CountArgmax(counts []float64) {
	k := p.Classes
	for i := range p.balanced {
		row := p.prob[i*k : (i+1)*k]
		top := 0
		for c, v := range row {
			if v > row[top] {
				top = c
			}
		}
		counts[top]++
	}
}

// classLogits computes rows lo..hi's class logits V·φ(x) into p.logits
// and returns them with those rows' slice of the pending gradient, which
// it marks pending (cleared first when nothing was).
func (p *Projection) classLogits(who string, lo, hi int) (logits, g []float32) {
	w, k := p.Body.Out(), p.Classes
	if lo < 0 || hi <= lo || hi > p.max {
		panic(fmt.Sprintf("nn: Projection.%s: rows %d..%d of %d", who, lo, hi, p.max))
	}
	h := p.Head.x
	n := hi - lo
	logits = p.logits[:n*k]
	for i := range n {
		phi := h[(lo+i)*w : (lo+i+1)*w]
		for c := range k {
			var s float32
			for j, v := range p.V.W[c*w : (c+1)*w] {
				s += v * phi[j]
			}
			logits[i*k+c] = s
		}
	}
	if !p.classPending {
		clear(p.dlogits)
	}
	p.classPending = true
	return logits, p.dlogits[lo*k : hi*k]
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
