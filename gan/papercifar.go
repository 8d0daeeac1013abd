package gan

import (
	"fmt"

	"gogan/engine/nn"
)

// MaxoutConv is one of pylearn2's MaxoutConvC01B layers: a convolution to
// Units·Pieces channels (Kernel square, Pad zeros on every side, stride 1,
// one bias per channel: tied_b), the maximum over groups of Pieces
// consecutive channels (nn.Maxout2d), then cuda-convnet's max pooling
// (Pool square windows at PoolStride, nn.PoolOpts.CeilMode).
type MaxoutConv struct {
	Units, Pieces, Kernel, Pad, Pool, PoolStride int
}

// PaperCifarConvArch is the paper's CIFAR-10 convolutional model, the
// adversarial repo's cifar10_convolutional.yaml (Figure 2 (d)):
//
//	G: z 100 → Linear 8000, ReLU → Linear 8000, Sigmoid → viewed as 80×10×10
//	   → Deconv 5×5 at output stride 3 (untied bias) → 3×32×32 (3·(10-1)+5),
//	   linear: the data are contrast-normalised, not in a fixed range.
//	D: 3×32×32
//	   dh0: conv 8×8 pad 4 → 64×33×33 (32+8-8+1), maxout 2 → 32×33×33,
//	        pool 4 stride 2 → 32×16×16 (⌈(33-4)/2⌉+1)
//	   h1:  conv 8×8 pad 3 → 64×15×15, maxout 2 → 32×15×15, pool 4/2 → 32×7×7
//	   h2:  conv 5×5 pad 3 → 384×9×9, maxout 2 → 192×9×9, pool 2/2 → 192×5×5
//	   h3:  Linear 4800 → 2500, maxout 5 → 500
//	   y:   Linear 500 → 1, Sigmoid
//
// with dropout on every input of D's layers (include probability .8, scale
// 1.25 on the pixels, .5 and 2 elsewhere: AdversaryCost2's), and every
// weight uniform in ±irange (.05 in G, .005 in D), every bias 0.
type PaperCifarConvArch struct {
	LatentDim         int
	GHidden           int // 8000
	GMaps, GSize      int // 80, 10: the yaml's SpaceConverter to 80×10×10
	GKernel, GStride  int // 5, 3: the Deconv
	Channels, ImgSize int // 3, 32
	DConv             []MaxoutConv
	DUnits, DPieces   int     // 500, 5
	GInit, DInit      float64 // irange
	KeepIn, KeepHid   float64 // dropout include probabilities
}

// DefaultPaperCifarConvArch returns cifar10_convolutional.yaml's sizes.
func DefaultPaperCifarConvArch() PaperCifarConvArch {
	return PaperCifarConvArch{
		LatentDim: 100, GHidden: 8000, GMaps: 80, GSize: 10, GKernel: 5, GStride: 3, Channels: 3, ImgSize: 32,
		DConv:  []MaxoutConv{{32, 2, 8, 4, 4, 2}, {32, 2, 8, 3, 4, 2}, {192, 2, 5, 3, 2, 2}},
		DUnits: 500, DPieces: 5, GInit: 0.05, DInit: 0.005, KeepIn: 0.8, KeepHid: 0.5,
	}
}

// DFlat is the length of D's last pooled maps, the input of its maxout
// layer: 192×5×5 for the yaml's.
func (a PaperCifarConvArch) DFlat() int {
	c, size := a.Channels, a.ImgSize
	for _, m := range a.DConv {
		size += 2*m.Pad - m.Kernel + 1
		size = (size-m.Pool+m.PoolStride-1)/m.PoolStride + 1 // cuda-convnet's ⌈(in-k)/s⌉+1
		c = m.Units
	}
	return c * size * size
}

// irangeAll initialises params as pylearn2's irange: weights uniform in ±r,
// biases zero.
func irangeAll(ctx nn.Context, r float64, params ...*nn.Param) {
	for i, p := range params {
		if i%2 == 0 {
			nn.Uniform(ctx, p.W, -r, r)
		} else {
			clear(p.W)
		}
	}
}

// NewPaperCifarConvGenerator builds the yaml's G: model.0 and model.2 are
// the Linears, model.4 the Deconv (weight [80, 3, 5, 5], bias [3, 32, 32]).
func NewPaperCifarConvGenerator(ctx nn.Context, a PaperCifarConvArch) (*nn.Sequential, error) {
	if a.GMaps*a.GSize*a.GSize != a.GHidden {
		return nil, fmt.Errorf("G's hidden width %d is not %d maps of %d×%d", a.GHidden, a.GMaps, a.GSize, a.GSize)
	}
	dc, err := nn.NewDeconv(ctx, nn.DeconvOpts{InC: a.GMaps, OutC: a.Channels, H: a.GSize, W: a.GSize, KH: a.GKernel, KW: a.GKernel, SH: a.GStride, SW: a.GStride})
	if err != nil {
		return nil, err
	}
	if c, h, w := dc.OutShape(); c != a.Channels || h != a.ImgSize || w != a.ImgSize {
		return nil, fmt.Errorf("G's Deconv draws %d×%d×%d images, want %d×%d×%d", c, h, w, a.Channels, a.ImgSize, a.ImgSize)
	}
	l0, l2 := nn.NewLinear(ctx, a.LatentDim, a.GHidden), nn.NewLinear(ctx, a.GHidden, a.GHidden)
	irangeAll(ctx, a.GInit, l0.W, l0.B, l2.W, l2.B, dc.T.W, dc.B)
	return nn.NewSequential("model", l0, nn.NewReLU(ctx, a.GHidden), l2, nn.NewSigmoid(ctx, a.GHidden), dc), nil
}

// NewPaperCifarConvDiscriminator builds the yaml's D: per MaxoutConvC01B a
// Dropout, Conv2d, Maxout2d and MaxPool2d (model.1, 5 and 9 are the convs),
// then Dropout, Linear (model.13), Maxout, Dropout, Linear (model.16),
// Sigmoid.
func NewPaperCifarConvDiscriminator(ctx nn.Context, a PaperCifarConvArch) (*Discriminator, error) {
	var b discriminator
	c, size, keep := a.Channels, a.ImgSize, a.KeepIn
	for i, m := range a.DConv {
		conv, err := nn.NewConv2d(ctx, nn.Conv2dOpts{InC: c, OutC: m.Units * m.Pieces, H: size, W: size, KH: m.Kernel, KW: m.Kernel, PH: m.Pad, PW: m.Pad, Bias: true})
		if err != nil {
			return nil, fmt.Errorf("D's maxout conv %d: %w", i, err)
		}
		irangeAll(ctx, a.DInit, conv.W, conv.B)
		_, oh, _ := conv.OutShape()
		pool, err := nn.NewMaxPool2d(ctx, nn.PoolOpts{C: m.Units, H: oh, W: oh, KH: m.Pool, KW: m.Pool, SH: m.PoolStride, SW: m.PoolStride, CeilMode: true})
		if err != nil {
			return nil, fmt.Errorf("D's maxout conv %d: %w", i, err)
		}
		b.add(nn.NewDropout(ctx, c*size*size, keep), conv, nn.NewMaxout2d(ctx, m.Units, m.Pieces, oh*oh), pool)
		c, keep = m.Units, a.KeepHid
		_, size, _ = pool.OutShape()
	}
	h3, y := nn.NewLinear(ctx, c*size*size, a.DUnits*a.DPieces), nn.NewLinear(ctx, a.DUnits, 1)
	irangeAll(ctx, a.DInit, h3.W, h3.B, y.W, y.B)
	b.add(nn.NewDropout(ctx, c*size*size, a.KeepHid), h3, nn.NewMaxout(ctx, a.DUnits, a.DPieces),
		nn.NewDropout(ctx, a.DUnits, a.KeepHid), y)
	return b.finish(ctx), nil
}
