// Package gan holds the generator and discriminator architectures and the
// adversarial training iteration that updates them.
package gan

import (
	"fmt"

	"gogan/engine/nn"
)

// Arch describes the seed's MLPs (PyTorch-GAN gan.py) with its sizes settable.
type Arch struct {
	LatentDim  int
	Channels   int
	ImgSize    int
	GWidths    []int   // hidden widths of G; BatchNorm on all but the first
	DWidths    []int   // hidden widths of D
	BNEps      float64 // gan.py passes 0.8 here by accident; see reference.md §1
	BNMomentum float64
	Slope      float32 // LeakyReLU negative slope
	// MBStdGroup > 0 adds a minibatch-standard-deviation feature over groups
	// of that many rows before D's output layer (not in gan.py).
	MBStdGroup int
	// DDropout > 0 drops D's hidden units with that probability in
	// training, after each LeakyReLU (not in gan.py; the paper's D has it).
	DDropout float64
}

// SeedArch is gan.py's architecture: G 100→128→256→512→1024→784 with
// BatchNorm1d(eps=0.8) after every hidden Linear but the first, D 784→512→256→1.
func SeedArch() Arch {
	return Arch{LatentDim: 100, Channels: 1, ImgSize: 28, GWidths: []int{128, 256, 512, 1024}, DWidths: []int{512, 256}, BNEps: 0.8, BNMomentum: 0.1, Slope: 0.2}
}

// ImgDim is C·H·W.
func (a Arch) ImgDim() int { return a.Channels * a.ImgSize * a.ImgSize }

// Validate reports impossible sizes.
func (a Arch) Validate() error {
	switch {
	case a.LatentDim < 1:
		return fmt.Errorf("latent dimension %d must be ≥ 1", a.LatentDim)
	case a.Channels != 1 && a.Channels != 3:
		return fmt.Errorf("channels %d must be 1 or 3", a.Channels)
	case a.ImgSize < 1:
		return fmt.Errorf("image size %d must be ≥ 1", a.ImgSize)
	case len(a.GWidths) == 0 || len(a.DWidths) == 0:
		return fmt.Errorf("G and D need at least one hidden layer")
	case a.BNEps <= 0:
		return fmt.Errorf("BatchNorm eps %g must be > 0", a.BNEps)
	case a.BNMomentum < 0 || a.BNMomentum > 1:
		return fmt.Errorf("BatchNorm momentum %g must be in [0, 1]", a.BNMomentum)
	case a.DDropout < 0 || a.DDropout >= 1:
		return fmt.Errorf("D dropout %g must be in [0, 1)", a.DDropout)
	case a.MBStdGroup < 0 || a.MBStdGroup == 1:
		return fmt.Errorf("minibatch-stddev group %d must be 0 (off) or ≥ 2", a.MBStdGroup)
	}
	return nil
}

// NewSeedGenerator builds gan.py's Generator; layer indices, and so
// state_dict names, match nn.Sequential's (model.0.weight, model.3.running_var…).
func NewSeedGenerator(ctx nn.Context, a Arch) *nn.Sequential {
	var layers []nn.Layer
	in := a.LatentDim
	for i, w := range a.GWidths {
		layers = append(layers, nn.NewLinear(ctx, in, w))
		if i > 0 {
			layers = append(layers, nn.NewBatchNorm1d(ctx, w, a.BNEps, a.BNMomentum))
		}
		layers = append(layers, nn.NewLeakyReLU(ctx, w, a.Slope))
		in = w
	}
	layers = append(layers, nn.NewLinear(ctx, in, a.ImgDim()), nn.NewTanh(ctx, a.ImgDim()))
	return nn.NewSequential("model", layers...)
}

// NewSeedDiscriminator builds gan.py's Discriminator.
func NewSeedDiscriminator(ctx nn.Context, a Arch) *nn.Sequential {
	var layers []nn.Layer
	in := a.ImgDim()
	for _, w := range a.DWidths {
		layers = append(layers, nn.NewLinear(ctx, in, w), nn.NewLeakyReLU(ctx, w, a.Slope))
		if a.DDropout > 0 {
			layers = append(layers, nn.NewDropout(ctx, w, 1-a.DDropout))
		}
		in = w
	}
	if a.MBStdGroup > 0 {
		layers = append(layers, nn.NewMinibatchStdDev(ctx, in, a.MBStdGroup))
		in++
	}
	layers = append(layers, nn.NewLinear(ctx, in, 1), nn.NewSigmoid(ctx, 1))
	return nn.NewSequential("model", layers...)
}
