// Package gan holds the generator and discriminator architectures and the
// adversarial training iteration that updates them.
package gan

import (
	"math/rand/v2"

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

// Discriminator is D with handles on the layers a training step and a run
// need, taken when it is built: its output sigmoid (whose input is the logit
// the stable losses use) and its dropout layers (whose masks draw from a
// stream the run saves).
type Discriminator struct {
	*nn.Sequential
	Out      *nn.Sigmoid
	Dropouts []Masker
}

// Masker is a layer that draws random masks in training: nn.Dropout,
// nn.Dropout2d.
type Masker interface {
	SetRand(r *rand.Rand)
}

// SetDropoutRand makes every dropout layer of D draw its masks from r.
func (d *Discriminator) SetDropoutRand(r *rand.Rand) {
	for _, l := range d.Dropouts {
		l.SetRand(r)
	}
}

// discriminator collects the layers of a D as it is built.
type discriminator struct {
	layers []nn.Layer
	drops  []Masker
}

func (b *discriminator) add(ls ...nn.Layer) {
	for _, l := range ls {
		if d, ok := l.(*nn.Dropout); ok {
			b.drops = append(b.drops, d)
		}
	}
	b.layers = append(b.layers, ls...)
}

// finish ends D with its sigmoid output.
func (b *discriminator) finish(ctx nn.Context) *Discriminator {
	out := nn.NewSigmoid(ctx, 1)
	b.layers = append(b.layers, out)
	return &Discriminator{Sequential: nn.NewSequential("model", b.layers...), Out: out, Dropouts: b.drops}
}

// NewSeedDiscriminator builds gan.py's Discriminator.
func NewSeedDiscriminator(ctx nn.Context, a Arch) *Discriminator {
	var b discriminator
	in := a.ImgDim()
	for _, w := range a.DWidths {
		b.add(nn.NewLinear(ctx, in, w), nn.NewLeakyReLU(ctx, w, a.Slope))
		if a.DDropout > 0 {
			b.add(nn.NewDropout(ctx, w, 1-a.DDropout))
		}
		in = w
	}
	if a.MBStdGroup > 0 {
		b.add(nn.NewMinibatchStdDev(ctx, in, a.MBStdGroup))
		in++
	}
	b.add(nn.NewLinear(ctx, in, 1))
	return b.finish(ctx)
}
