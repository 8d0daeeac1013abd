package gan

import (
	"math"

	"gogan/engine/nn"
)

// PaperArch is Goodfellow et al.'s own MNIST model (the adversarial repo's
// mnist.yaml): G = ReLU 1200, ReLU 1200, Sigmoid out; D = maxout 240×5,
// maxout 240×5, sigmoid, with dropout on each of D's layer inputs. With
// GCN set it is their fully connected CIFAR-10 model
// (cifar10_fully_connected.yaml), whose G's second layer is a sigmoid and
// whose output is linear: it draws contrast-normalised pixels.
type PaperArch struct {
	LatentDim int
	ImgDim    int
	GHidden   int     // 1200
	DUnits    int     // 240
	DPieces   int     // 5
	GInit     float64 // G's hidden weights uniform ±0.05
	GOutInit  float64 // G's output weights: ±0.05 (MNIST), ±0.5 (CIFAR-10)
	DInit     float64 // D weights uniform ±0.005
	KeepIn    float64 // 0.8: dropout keep probability on D's pixels
	KeepHid   float64 // 0.5 on D's hidden layers
	// GCN: G = ReLU, Sigmoid, Linear out (output bias 0, as the yaml's
	// commented-out init_bias leaves it) for GCN'd data.
	GCN bool
}

// DefaultPaperArch returns mnist.yaml's sizes.
func DefaultPaperArch() PaperArch {
	return PaperArch{LatentDim: 100, ImgDim: 784, GHidden: 1200, DUnits: 240, DPieces: 5, GInit: 0.05, GOutInit: 0.05, DInit: 0.005, KeepIn: 0.8, KeepHid: 0.5}
}

// PaperCIFAR10FCArch returns cifar10_fully_connected.yaml's sizes: G 100 →
// ReLU 8000 → sigmoid 8000 → linear 3072 (irange .05, .05, .5), D maxout
// 1600×5, maxout 1600×5, sigmoid (irange .005), the same input dropout.
func PaperCIFAR10FCArch() PaperArch {
	a := DefaultPaperArch()
	a.ImgDim, a.GHidden, a.DUnits, a.GOutInit, a.GCN = 3*32*32, 8000, 1600, 0.5, true
	return a
}

// irange initialises a Linear as pylearn2's irange: weights uniform in
// ±r, biases zero.
func irange(ctx nn.Context, l *nn.Linear, r float64) *nn.Linear {
	nn.Uniform(ctx, l.W.W, -r, r)
	clear(l.B.W)
	return l
}

// NewPaperGenerator builds the paper's G. pixelMeans, if not nil, sets the
// output bias of the MNIST G to the inverse sigmoid of the data's mean pixel
// values (pylearn2's init_bias_target_marginals), so an untrained G already
// draws the average digit; the GCN G ignores it.
func NewPaperGenerator(ctx nn.Context, a PaperArch, pixelMeans []float64) *nn.Sequential {
	out := irange(ctx, nn.NewLinear(ctx, a.GHidden, a.ImgDim), a.GOutInit)
	if a.GCN {
		return nn.NewSequential("model",
			irange(ctx, nn.NewLinear(ctx, a.LatentDim, a.GHidden), a.GInit), nn.NewReLU(ctx, a.GHidden),
			irange(ctx, nn.NewLinear(ctx, a.GHidden, a.GHidden), a.GInit), nn.NewSigmoid(ctx, a.GHidden),
			out)
	}
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
