// Package nn holds gogan's layers and losses as forward/backward pairs over
// row-major float32 batches, in the manner of llm.c: each layer owns its
// output and input-gradient buffers, allocated once for the largest batch it
// will see, so a training step allocates nothing.
//
// A batch is a flat slice of n rows. Forward remembers its input (it does not
// copy it: the caller keeps it unchanged until Backward) and returns the
// layer's own output buffer; Backward returns the layer's own input-gradient
// buffer. Backward may be called on fewer rows than Forward saw: rows are
// independent in every layer but BatchNorm, which requires the same n, so a
// caller can run D forward on [fake; real] and back-propagate only the fake
// half for G's step.
//
// Images are rows too: the convolutional layers (Conv2d, ConvTranspose2d,
// BatchNorm2d, the pools, Upsample, Dropout2d) read and write each row as
// one image's C·H·W values in NCHW order. PyTorch's x.view(n, C, H, W)
// between a Linear and a conv layer, and x.view(n, -1) back, are therefore
// the identity on a row and need no layer: a Linear with C·H·W outputs feeds
// a conv layer directly.
package nn

import (
	"fmt"
	"math/rand/v2"

	"gogan/engine/gemm"
)

// Param is a learnable tensor with its gradient, named and shaped as in the
// PyTorch state_dict it corresponds to.
type Param struct {
	Name  string
	Shape []int
	W     []float32
	G     []float32
}

func newParam(name string, shape ...int) *Param {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return &Param{Name: name, Shape: shape, W: make([]float32, n), G: make([]float32, n)}
}

// Buffer is non-learnable state saved with a model (BatchNorm's running
// statistics). Int is used for num_batches_tracked, an int64 in PyTorch.
type Buffer struct {
	Name  string
	Shape []int
	F     []float32
	Int   *int64
}

// Pass says what a backward pass must produce. Skipping parameter gradients
// saves a third of a layer's backward work (D's weights during G's step);
// skipping the input gradient saves it for a model's first layer.
type Pass struct {
	ParamGrads bool
	InputGrad  bool
}

// Layer is one forward/backward pair.
type Layer interface {
	// Forward computes the layer on the first n rows of x (n×In) and returns
	// its output, n×Out, valid until the next Forward.
	Forward(x []float32, n int, train bool) []float32
	// Backward takes dL/dy for the first n rows of the last Forward and
	// returns dL/dx (nil when p.InputGrad is false). Parameter gradients are
	// overwritten, not accumulated.
	Backward(dy []float32, n int, p Pass) []float32
	In() int
	Out() int
	Params() []*Param
	Buffers() []Buffer
	// Prefix renames the layer's parameters, e.g. "model.0".
	Prefix(name string)
}

// Context is what layers are built with: the GEMM backend, the largest batch
// and the random source used for initialisation and dropout masks.
type Context struct {
	BLAS     gemm.Backend
	MaxBatch int
	Rand     *rand.Rand
}

func checkRows(layer string, n, max int) {
	if n < 0 || n > max {
		panic(fmt.Sprintf("nn: %s: batch of %d rows exceeds the %d it was built for", layer, n, max))
	}
}

// basic holds what every layer shares: sizes and its two buffers.
type basic struct {
	in, out, max int
	y, dx        []float32
	x            []float32
}

func newBasic(in, out, max int) basic {
	return basic{in: in, out: out, max: max, y: make([]float32, max*out), dx: make([]float32, max*in)}
}

func (b *basic) In() int            { return b.in }
func (b *basic) Out() int           { return b.out }
func (b *basic) Params() []*Param   { return nil }
func (b *basic) Buffers() []Buffer  { return nil }
func (b *basic) Prefix(name string) {}
