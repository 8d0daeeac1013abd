package recipe

import (
	"math"
	"math/rand/v2"

	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/gan"
)

// SeedArch is the seed model's architecture with m's sizes.
func (m Model) SeedArch() gan.Arch {
	a := gan.SeedArch()
	a.LatentDim, a.Channels, a.ImgSize = m.LatentDim, m.Channels, m.ImgSize
	a.GWidths, a.DWidths = m.GWidths, m.DWidths
	a.BNEps, a.BNMomentum = m.BNEps, m.BNMomentum
	a.MBStdGroup, a.DDropout = m.MBStdGroup, m.DDropout
	return a
}

// CondArch is the conditional model's architecture with m's sizes.
func (m Model) CondArch() gan.CondArch {
	a := m.SeedArch()
	a.DDropout = 0 // the conditional D places its own, as cgan.py: not on the first layer
	return gan.CondArch{Arch: a, Classes: m.Classes, EmbedDim: m.EmbedDim, DDropout: m.DDropout, Projection: m.Projection}
}

// PaperArch is the paper model's architecture with m's sizes.
func (m Model) PaperArch() gan.PaperArch {
	a := gan.DefaultPaperArch()
	a.LatentDim, a.ImgDim = m.LatentDim, m.ImgDim()
	a.GHidden, a.DUnits, a.DPieces = m.GHidden, m.DUnits, m.DPieces
	if m.PixelRange == GCN {
		c := gan.PaperCIFAR10FCArch()
		a.GCN, a.GOutInit = c.GCN, c.GOutInit
	}
	return a
}

// PaperConvArch is the paper's CIFAR-10 convolutional model with m's sizes:
// G's hidden layers GHidden wide (maps of the yaml's 10×10) and D's maxout
// layer DUnits×DPieces; the maxout convolutions are the yaml's.
func (m Model) PaperConvArch() gan.PaperCifarConvArch {
	a := gan.DefaultPaperCifarConvArch()
	a.LatentDim, a.Channels, a.ImgSize = m.LatentDim, m.Channels, m.ImgSize
	a.GHidden, a.GMaps = m.GHidden, m.GHidden/(a.GSize*a.GSize)
	a.DUnits, a.DPieces = m.DUnits, m.DPieces
	return a
}

// DCGANArch is the convolutional model's architecture with m's sizes.
func (m Model) DCGANArch() gan.DCGANArch {
	a := gan.DCGAN()
	a.LatentDim, a.Channels, a.ImgSize = m.LatentDim, m.Channels, m.ImgSize
	a.BNEps, a.BNMomentum, a.DDropout = m.BNEps, m.BNMomentum, m.DDropout
	if len(m.DWidths) > 0 {
		a.DWidths = m.DWidths
	}
	a.Classes, a.EmbedDim, a.MBStdGroup, a.DiffAugment = m.Classes, m.EmbedDim, m.MBStdGroup, m.DiffAugment
	a.ClassBN = m.ClassBN && m.Conditional()
	if m.ClassHead() {
		a.AuxClasses = m.AuxClasses
	}
	return a
}

// CNNArch is the standard CNN's architecture with m's sizes.
func (m Model) CNNArch() gan.CNNArch {
	a := gan.CNN()
	a.LatentDim, a.Channels, a.ImgSize = m.LatentDim, m.Channels, m.ImgSize
	a.GWidths, a.DWidths = m.GWidths, m.DWidths
	a.BNEps, a.BNMomentum, a.SpectralNorm = m.BNEps, m.BNMomentum, m.SpectralNorm
	a.Classes, a.EmbedDim = m.Classes, m.EmbedDim
	return a
}

// NewGenerator builds G. The paper's G takes its output bias from
// pixelMeans (nil leaves it 0: a checkpoint overwrites it anyway).
func (m Model) NewGenerator(ctx nn.Context, pixelMeans []float64) *nn.Sequential {
	switch m.Kind {
	case Paper:
		return gan.NewPaperGenerator(ctx, m.PaperArch(), pixelMeans)
	case Cond:
		return gan.NewCondGenerator(ctx, m.CondArch())
	case DCGAN:
		return must(gan.NewDCGANGenerator(ctx, m.DCGANArch()))
	case CNN:
		return must(gan.NewCNNGenerator(ctx, m.CNNArch()))
	case PaperConv:
		return must(gan.NewPaperCifarConvGenerator(ctx, m.PaperConvArch()))
	}
	return gan.NewSeedGenerator(ctx, m.SeedArch())
}

// NewDiscriminator builds D.
func (m Model) NewDiscriminator(ctx nn.Context) *gan.Discriminator {
	switch m.Kind {
	case Paper:
		return gan.NewPaperDiscriminator(ctx, m.PaperArch())
	case Cond:
		return gan.NewCondDiscriminator(ctx, m.CondArch())
	case DCGAN:
		return must(gan.NewDCGANDiscriminator(ctx, m.DCGANArch()))
	case CNN:
		return must(gan.NewCNNDiscriminator(ctx, m.CNNArch()))
	case PaperConv:
		return must(gan.NewPaperCifarConvDiscriminator(ctx, m.PaperConvArch()))
	}
	return gan.NewSeedDiscriminator(ctx, m.SeedArch())
}

// must unwraps a builder's result for a model Validate accepted, whose
// layer sizes cannot fail.
func must[T any](v T, err error) T {
	if err != nil {
		panic("recipe: a validated model failed to build: " + err.Error())
	}
	return v
}

// NewOptimizers builds G's and D's optimisers over their parameters.
func (t Train) NewOptimizers(g, d []*nn.Param) (gOpt, dOpt optim.Optimizer) {
	if t.Optimizer == SGD {
		return optim.NewSGD(g, t.LR, t.Momentum), optim.NewSGD(d, t.DLROrLR(), t.Momentum)
	}
	return optim.NewAdam(g, t.LR, t.B1, t.B2), optim.NewAdam(d, t.DLROrLR(), t.B1, t.B2)
}

// DLROrLR is D's base learning rate.
func (t Train) DLROrLR() float64 {
	if t.DLR > 0 {
		return t.DLR
	}
	return t.LR
}

// Fill draws z from the noise distribution.
func (n Noise) Fill(r *rand.Rand, z []float32) {
	if n == Uniform {
		s := math.Sqrt(3)
		for i := range z {
			z[i] = float32(s * (2*r.Float64() - 1))
		}
		return
	}
	for i := range z {
		z[i] = float32(r.NormFloat64())
	}
}

// Streams of the sampling and evaluation commands, apart from the training
// streams, so their latent vectors depend only on the seed they are given.
const (
	StreamSample = 0x5a   // gogan sample and interpolate
	StreamEval   = 0xe7a1 // gogan eval and train's quality evaluations
)

// ConvSampleRows bounds the rows a convolutional G runs in one pass when
// sampling: dcgan's holds about 5 MB of activations an image; paper-conv's
// Deconv is sized for its rows too.
const ConvSampleRows = 64

// SampleRows is the most rows one pass of G should hold when sampling; a
// sampler splits larger draws.
func (m Model) SampleRows() int {
	if m.Convolutional() {
		return ConvSampleRows
	}
	return 1 << 17
}

// Conditional reports whether G and D take a class: cgan.py's always, the
// cnn model's with classes set.
func (m Model) Conditional() bool {
	return m.Kind == Cond || ((m.Kind == CNN || m.Kind == DCGAN) && m.Classes > 0)
}

// ClassHead reports whether D has an unconditional class head
// (aux_classes), which needs the data's labels.
func (m Model) ClassHead() bool {
	return m.Kind == DCGAN && m.Classes == 0 && m.AuxClasses > 0
}

// InputDim is the width of one row of G's input: the latent vector, and for
// a conditional G the class before it.
func (m Model) InputDim() int {
	if m.Conditional() {
		return m.LatentDim + 1
	}
	return m.LatentDim
}

// LabelSource draws G's training classes from r as t says.
func (t Train) LabelSource(r *rand.Rand, classes int) func([]int32) {
	if t.Labels == BalancedLabels {
		return gan.BalancedLabels(r, classes)
	}
	return gan.UniformLabels(r, classes)
}

// NoiseStream returns a source of latent vectors from the given stream of
// seed.
func (m Model) NoiseStream(seed, stream uint64) func(z []float32) {
	r := rand.New(rand.NewPCG(seed, stream))
	return func(z []float32) { m.Noise.Fill(r, z) }
}

// LRAt is G's learning rate after step of total updates: for the paper's SGD
// lr decays by LRDecay per step down to LRMin; with LRLinear both learning
// rates fall linearly to 0 over that last fraction of the run.
func (t Train) LRAt(step, total int64) float64 { return t.decayed(t.LR, step, total) }

// LRsAt are G's and D's learning rates after step of total updates.
func (t Train) LRsAt(step, total int64) (g, d float64) {
	return t.decayed(t.LR, step, total), t.decayed(t.DLROrLR(), step, total)
}

func (t Train) decayed(lr float64, step, total int64) float64 {
	if t.LRDecay > 1 {
		lr = max(lr/math.Pow(t.LRDecay, float64(step)), t.LRMin)
	}
	if t.LRLinear > 0 && total > 0 {
		end, start := float64(total), float64(total)*(1-t.LRLinear)
		if s := float64(step); s > start {
			lr *= max(0, (end-s)/(end-start))
		}
	}
	return lr
}

// MomentumAt is the SGD momentum once epoch epochs are complete.
func (t Train) MomentumAt(epoch int) float64 {
	if t.MomentumEpoch <= 1 || t.MomentumFinal == 0 {
		return t.Momentum
	}
	a := float64(epoch-1) / float64(t.MomentumEpoch-1)
	a = min(max(a, 0), 1)
	return t.Momentum*(1-a) + t.MomentumFinal*a
}
