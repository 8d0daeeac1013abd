package nn

import "fmt"

// ClassAffine is the class half of conditional BatchNorm (de Vries et al.
// 2017, the G of Miyato & Koyama's projection GAN): placed after a
// BatchNorm2d, it scales channel c of an image drawn for class y by
// Gamma[y, c] and shifts it by Beta[y, c]. A G conditioned only at its
// input can let the class fade by its last layers; this puts it back at
// every scale, for 2·classes·channels parameters and one pass over the
// maps.
//
// The row's class comes from Src, the ClassEmbedding at G's input, which
// reads it from the label column earlier in the same Forward: the layer
// keeps the network a plain Sequential of rows without a label column.
type ClassAffine struct {
	basic
	Gamma, Beta *Param // [classes, channels]: the state_dict's <name>.gamma and <name>.beta
	Src         *ClassEmbedding
	ch, hw      int
	name        string
}

// NewClassAffine builds the layer over channels planes of hw pixels for
// Src's classes, each class starting at the identity (gamma 1, beta 0), so
// that it leaves BatchNorm's output as it was until it learns.
func NewClassAffine(ctx Context, name string, src *ClassEmbedding, channels, hw int) *ClassAffine {
	if src == nil || channels < 1 || hw < 1 {
		panic(fmt.Sprintf("nn: ClassAffine %s over %d planes of %d pixels without its class source", name, channels, hw))
	}
	d := channels * hw
	a := &ClassAffine{
		basic: newBasic(d, d, ctx.MaxBatch),
		Gamma: newParam(name+".gamma", src.Classes, channels), Beta: newParam(name+".beta", src.Classes, channels),
		Src: src, ch: channels, hw: hw, name: name,
	}
	for i := range a.Gamma.W {
		a.Gamma.W[i] = 1
	}
	return a
}

func (a *ClassAffine) Params() []*Param { return []*Param{a.Gamma, a.Beta} }

// Prefix is ignored: the layer keeps the name it was built with.
func (a *ClassAffine) Prefix(string) {}

// OwnName is the state_dict prefix the layer keeps inside a Sequential.
func (a *ClassAffine) OwnName() string { return a.name }

func (a *ClassAffine) Forward(x []float32, n int, train bool) []float32 {
	checkRows("ClassAffine", n, a.max)
	a.x = x
	y := a.y[:n*a.out]
	for i := range n {
		at := int(a.Src.labels[i]) * a.ch
		x, y := a.row(x, i), a.row(y, i)
		for c := range a.ch {
			g, b := a.Gamma.W[at+c], a.Beta.W[at+c]
			o := c * a.hw
			for j, v := range x[o : o+a.hw] {
				y[o+j] = v*g + b
			}
		}
	}
	return y
}

// row is image i's maps.
func (a *ClassAffine) row(v []float32, i int) []float32 { return v[i*a.in : (i+1)*a.in] }

func (a *ClassAffine) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("ClassAffine", n, a.max)
	if p.ParamGrads {
		clear(a.Gamma.G)
		clear(a.Beta.G)
		for i := range n {
			at := int(a.Src.labels[i]) * a.ch
			x, g := a.row(a.x, i), a.row(dy, i)
			for c := range a.ch {
				var sg, sb float32
				o := c * a.hw
				for j, v := range g[o : o+a.hw] {
					sg += v * x[o+j]
					sb += v
				}
				a.Gamma.G[at+c] += sg
				a.Beta.G[at+c] += sb
			}
		}
	}
	if !p.InputGrad {
		return nil
	}
	dx := a.dx[:n*a.in]
	for i := range n {
		at := int(a.Src.labels[i]) * a.ch
		d, g := a.row(dx, i), a.row(dy, i)
		for c := range a.ch {
			gamma := a.Gamma.W[at+c]
			o := c * a.hw
			for j, v := range g[o : o+a.hw] {
				d[o+j] = v * gamma
			}
		}
	}
	return dx
}
