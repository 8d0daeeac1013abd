package gan

import (
	"math"

	"gogan/engine/nn"
)

// PaperArch is Goodfellow et al.'s own MNIST model (the adversarial repo's
// mnist.yaml): G = ReLU 1200, ReLU 1200, Sigmoid out; D = maxout 240×5,
// maxout 240×5, sigmoid, with dropout on each of D's layer inputs.
type PaperArch struct {
	LatentDim int
	ImgDim    int
	GHidden   int     // 1200
	DUnits    int     // 240
	DPieces   int     // 5
	GInit     float64 // G weights uniform ±0.05
	DInit     float64 // D weights uniform ±0.005
	KeepIn    float64 // 0.8: dropout keep probability on D's pixels
	KeepHid   float64 // 0.5 on D's hidden layers
}

// DefaultPaperArch returns mnist.yaml's sizes.
func DefaultPaperArch() PaperArch {
	return PaperArch{LatentDim: 100, ImgDim: 784, GHidden: 1200, DUnits: 240, DPieces: 5, GInit: 0.05, DInit: 0.005, KeepIn: 0.8, KeepHid: 0.5}
}

// irange initialises a Linear as pylearn2's irange: weights uniform in
// ±r, biases zero.
func irange(ctx nn.Context, l *nn.Linear, r float64) *nn.Linear {
	nn.Uniform(ctx, l.W.W, -r, r)
	clear(l.B.W)
	return l
}

// NewPaperGenerator builds the paper's G. pixelMeans, if not nil, sets the
// output bias to the inverse sigmoid of the data's mean pixel values
// (pylearn2's init_bias_target_marginals), so an untrained G already draws
// the average digit.
func NewPaperGenerator(ctx nn.Context, a PaperArch, pixelMeans []float64) *nn.Sequential {
	out := irange(ctx, nn.NewLinear(ctx, a.GHidden, a.ImgDim), a.GInit)
	for i, m := range pixelMeans {
		m = min(max(m, 1e-6), 1-1e-6)
		out.B.W[i] = float32(math.Log(m / (1 - m)))
	}
	return nn.NewSequential("model",
		irange(ctx, nn.NewLinear(ctx, a.LatentDim, a.GHidden), a.GInit), nn.NewReLU(ctx, a.GHidden),
		irange(ctx, nn.NewLinear(ctx, a.GHidden, a.GHidden), a.GInit), nn.NewReLU(ctx, a.GHidden),
		out, nn.NewSigmoid(ctx, a.ImgDim))
}

// NewPaperDiscriminator builds the paper's D.
func NewPaperDiscriminator(ctx nn.Context, a PaperArch) *Discriminator {
	var b discriminator
	h := a.DUnits * a.DPieces
	b.add(nn.NewDropout(ctx, a.ImgDim, a.KeepIn),
		irange(ctx, nn.NewLinear(ctx, a.ImgDim, h), a.DInit), nn.NewMaxout(ctx, a.DUnits, a.DPieces),
		nn.NewDropout(ctx, a.DUnits, a.KeepHid),
		irange(ctx, nn.NewLinear(ctx, a.DUnits, h), a.DInit), nn.NewMaxout(ctx, a.DUnits, a.DPieces),
		nn.NewDropout(ctx, a.DUnits, a.KeepHid),
		irange(ctx, nn.NewLinear(ctx, a.DUnits, 1), a.DInit))
	return b.finish(ctx)
}
