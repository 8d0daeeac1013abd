package recipe

import (
	"math"
	"math/rand/v2"

	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/gan"
)

// Streams derived from the run's seed, independent so that, e.g., drawing a
// sample grid does not shift the noise the training sees.
const (
	streamInit = iota + 1
	streamNoise
	streamShuffle
	streamDropout
	streamFixed
	streamStanding
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

// PaperArch is the paper model's architecture with m's sizes.
func (m Model) PaperArch() gan.PaperArch {
	a := gan.DefaultPaperArch()
	a.LatentDim, a.ImgDim = m.LatentDim, m.ImgDim()
	a.GHidden, a.DUnits, a.DPieces = m.GHidden, m.DUnits, m.DPieces
	return a
}

// NewGenerator builds G. The paper's G takes its output bias from
// pixelMeans (nil leaves it 0: a checkpoint overwrites it anyway).
func (m Model) NewGenerator(ctx nn.Context, pixelMeans []float64) *nn.Sequential {
	if m.Kind == Paper {
		return gan.NewPaperGenerator(ctx, m.PaperArch(), pixelMeans)
	}
	return gan.NewSeedGenerator(ctx, m.SeedArch())
}

// NewDiscriminator builds D.
func (m Model) NewDiscriminator(ctx nn.Context) *gan.Discriminator {
	if m.Kind == Paper {
		return gan.NewPaperDiscriminator(ctx, m.PaperArch())
	}
	return gan.NewSeedDiscriminator(ctx, m.SeedArch())
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

// Models is everything a configuration builds for training: the networks,
// their optimisers, the trainer and the random streams a checkpoint must
// restore.
type Models struct {
	G       *nn.Sequential
	D       *gan.Discriminator
	GOpt    optim.Optimizer
	DOpt    optim.Optimizer
	Trainer *gan.Trainer
	// NoiseSrc, ShuffleSrc and DropoutSrc are the streams a checkpoint saves.
	NoiseSrc, ShuffleSrc, DropoutSrc *rand.PCG
	// EMA, when configured, averages G's weights; samples and evaluations
	// use the average.
	EMA   *gan.EMA
	sgd   []*optim.SGD // the optimisers whose momentum the schedule moves
	noise *rand.Rand
	cfg   Config
}

// Build constructs the models, optimisers and trainer for c. data supplies
// the paper G's output bias (nil: none).
func Build(c Config, be gemm.Backend, data *dataset.Set) (*Models, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	m := &Models{cfg: c}
	initRng := rand.New(rand.NewPCG(c.Train.Seed, streamInit))
	m.NoiseSrc = rand.NewPCG(c.Train.Seed, streamNoise)
	m.ShuffleSrc = rand.NewPCG(c.Train.Seed, streamShuffle)
	m.DropoutSrc = rand.NewPCG(c.Train.Seed, streamDropout)
	m.noise = rand.New(m.NoiseSrc)
	means := pixelMeans(data, c.Train.TrainImages)
	m.G = c.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: c.Train.BatchSize, Rand: initRng}, means)
	// D sees fakes and reals in one batch, so it is built for twice the rows;
	// its dropout masks come from their own stream.
	m.D = c.Model.NewDiscriminator(nn.Context{BLAS: be, MaxBatch: 2 * c.Train.BatchSize, Rand: initRng})
	m.D.SetDropoutRand(rand.New(m.DropoutSrc))
	t := c.Train
	if t.Optimizer == SGD {
		g, d := optim.NewSGD(m.G.Params(), t.LR, t.Momentum), optim.NewSGD(m.D.Params(), t.dLR(), t.Momentum)
		m.GOpt, m.DOpt, m.sgd = g, d, []*optim.SGD{g, d}
	} else {
		m.GOpt = optim.NewAdam(m.G.Params(), t.LR, t.B1, t.B2)
		m.DOpt = optim.NewAdam(m.D.Params(), t.dLR(), t.B1, t.B2)
	}
	m.Trainer = gan.NewTrainer(m.G, m.D, m.GOpt, m.DOpt, t.BatchSize, m.Noise)
	m.Trainer.DSteps, m.Trainer.Loss, m.Trainer.Order = t.DSteps, t.GLoss, t.Order
	m.Trainer.RealTarget = float32(t.RealLabel)
	m.Trainer.Logits = t.LogitLoss
	if t.EMA > 0 {
		avg := c.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: t.BatchSize, Rand: rand.New(rand.NewPCG(t.Seed, streamInit))}, means)
		m.EMA = gan.NewEMA(m.G, avg, t.EMA)
		m.Trainer.AfterG = m.EMA.Update
	}
	return m, nil
}

// pixelMeans is the mean of each pixel over the first n training images (0:
// all), in [0,1].
func pixelMeans(s *dataset.Set, n int) []float64 {
	if s == nil {
		return nil
	}
	d := s.Dim()
	if n <= 0 || n > s.N {
		n = s.N
	}
	m := make([]float64, d)
	for i := 0; i < n; i++ {
		for j, b := range s.Pix[i*d : (i+1)*d] {
			m[j] += float64(b)
		}
	}
	for j := range m {
		m[j] /= 255 * float64(n)
	}
	return m
}

// SamplingG is the generator to draw samples from: the weight average when
// there is one, with its BatchNorm statistics recomputed (from a fixed noise
// stream, so the result is deterministic and training is not disturbed),
// else G itself.
func (m *Models) SamplingG() *nn.Sequential {
	if m.EMA == nil {
		return m.G
	}
	c := m.cfg
	r := rand.New(rand.NewPCG(c.Train.Seed, streamStanding))
	z := make([]float32, c.Train.BatchSize*c.Model.LatentDim)
	gan.StandingStats(m.EMA.Avg, func(z []float32) { c.Model.Noise.Fill(r, z) }, z, c.Train.BatchSize, 50)
	return m.EMA.Avg
}

// Noise fills z with latent vectors from the training noise stream.
func (m *Models) Noise(z []float32) { m.cfg.Model.Noise.Fill(m.noise, z) }

// FixedLatents are the n latent vectors a run draws after every epoch, the
// same each time, so epochs compare picture to picture.
func (c Config) FixedLatents(n int) []float32 {
	z := make([]float32, n*c.Model.LatentDim)
	c.Model.Noise.Fill(rand.New(rand.NewPCG(c.Train.Seed, streamFixed)), z)
	return z
}

// Schedule sets both learning rates and the SGD momentum for the given step
// (G updates so far) of a run of total steps and completed epochs.
func (m *Models) Schedule(step, total int64, epoch int) {
	t := m.cfg.Train
	m.GOpt.SetLR(t.decayed(t.LR, step, total))
	m.DOpt.SetLR(t.decayed(t.dLR(), step, total))
	for _, o := range m.sgd {
		o.SetMomentum(t.MomentumAt(epoch))
	}
}

// LRAt is G's learning rate after step of total updates: for the paper's SGD
// lr decays by LRDecay per step down to LRMin; with LRLinear both learning
// rates fall linearly to 0 over that last fraction of the run.
func (t Train) LRAt(step, total int64) float64 { return t.decayed(t.LR, step, total) }

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

// dLR is D's base learning rate.
func (t Train) dLR() float64 {
	if t.DLR > 0 {
		return t.DLR
	}
	return t.LR
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

// Streams of the sampling and evaluation commands, apart from the training
// streams, so their latent vectors depend only on the seed they are given.
const (
	StreamSample = 0x5a   // gogan sample and interpolate
	StreamEval   = 0xe7a1 // gogan eval and train's quality evaluations
)

// NoiseStream returns a source of latent vectors from the given stream of
// seed.
func (m Model) NoiseStream(seed, stream uint64) func(z []float32) {
	r := rand.New(rand.NewPCG(seed, stream))
	return func(z []float32) { m.Noise.Fill(r, z) }
}
