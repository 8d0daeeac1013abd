package nn

import (
	"fmt"
	"math"
)

// ClassEmbedding is PyTorch's nn.Embedding(Classes, Dim) fused with the
// torch.cat that puts its output beside the rest of a conditional network's
// input. Each input row carries its class index as a float in column At; the
// layer replaces that one column by the class's learned Dim-vector, leaving
// the other columns in order. With At = 0 a row [c, z...] becomes
// [emb(c), z...], cgan.py's generator input cat(label_emb(labels), z); with At
// = In-1 a row [img..., c] becomes [img..., emb(c)], its discriminator input
// cat(img.flatten, label_embedding(labels)).
//
// Carrying the class inside the row keeps a conditional G or D a plain
// Sequential, so one batch buffer, one D pass over [fakes; reals] and the
// existing optimisers, EMA and checkpoints serve it unchanged. The label
// column's input gradient is 0 (a class index has none).
type ClassEmbedding struct {
	basic
	W       *Param // [Classes, Dim], the state_dict's <name>.weight
	Classes int
	Dim     int
	At      int // the label column in the input row
	name    string
	labels  []int32 // of the last Forward
}

// NewClassEmbedding builds the layer for rows of width+1 inputs (width
// values plus the label column at position at) and PyTorch's initialisation,
// weights drawn from N(0, 1). name is its state_dict prefix (cgan.py's G
// calls it label_emb, its D label_embedding); a Sequential keeps that name
// and does not count the layer in its model.<index> numbering.
func NewClassEmbedding(ctx Context, name string, classes, dim, width, at int) *ClassEmbedding {
	if classes < 1 || classes > 256 || dim < 1 || width < 0 || at < 0 || at > width {
		panic(fmt.Sprintf("nn: ClassEmbedding(%d classes, dim %d) on %d values with the label at %d", classes, dim, width, at))
	}
	e := &ClassEmbedding{
		basic: newBasic(width+1, width+dim, ctx.MaxBatch),
		W:     newParam(name+".weight", classes, dim), Classes: classes, Dim: dim, At: at, name: name,
		labels: make([]int32, ctx.MaxBatch),
	}
	for i := range e.W.W {
		e.W.W[i] = float32(ctx.Rand.NormFloat64())
	}
	return e
}

func (e *ClassEmbedding) Params() []*Param { return []*Param{e.W} }

// Prefix is ignored: the layer keeps the name it was built with.
func (e *ClassEmbedding) Prefix(string) {}

// OwnName is the state_dict prefix the layer keeps inside a Sequential.
func (e *ClassEmbedding) OwnName() string { return e.name }

// Label returns the class index stored in a float, or -1 unless it is an
// integer in [0, classes).
func Label(v float32, classes int) int {
	if !(v >= 0 && v < float32(classes)) || v != float32(math.Trunc(float64(v))) {
		return -1
	}
	return int(v)
}

// Forward panics on a label column that is not a class index: callers check
// data labels when loading (dataset.Set.CheckLabels), so this is a bug.
func (e *ClassEmbedding) Forward(x []float32, n int, train bool) []float32 {
	checkRows("ClassEmbedding", n, e.max)
	y := e.y[:n*e.out]
	before, after := e.At, e.in-e.At-1
	for i := range n {
		row := x[i*e.in : (i+1)*e.in]
		c := Label(row[e.At], e.Classes)
		if c < 0 {
			panic(fmt.Sprintf("nn: %s: row %d has label %g, want an integer in [0, %d)", e.name, i, row[e.At], e.Classes))
		}
		e.labels[i] = int32(c)
		out := y[i*e.out : (i+1)*e.out]
		copy(out[:before], row[:before])
		copy(out[before:before+e.Dim], e.W.W[c*e.Dim:(c+1)*e.Dim])
		copy(out[before+e.Dim:], row[e.At+1:e.At+1+after])
	}
	return y
}

// Backward sums each row's gradient into its class's vector (PyTorch's dense
// embedding_backward) and passes the other columns' gradients through.
func (e *ClassEmbedding) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("ClassEmbedding", n, e.max)
	before := e.At
	if p.ParamGrads {
		clear(e.W.G)
		for i := range n {
			g := dy[i*e.out+before : i*e.out+before+e.Dim]
			dst := e.W.G[int(e.labels[i])*e.Dim:]
			for j, v := range g {
				dst[j] += v
			}
		}
	}
	if !p.InputGrad {
		return nil
	}
	dx := e.dx[:n*e.in]
	for i := range n {
		g := dy[i*e.out : (i+1)*e.out]
		row := dx[i*e.in : (i+1)*e.in]
		copy(row[:before], g[:before])
		row[e.At] = 0
		copy(row[e.At+1:], g[before+e.Dim:])
	}
	return dx
}
