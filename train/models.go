package train

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/gan"
)

// Models is everything a configuration builds: the networks, their
// optimisers, the trainer and the random streams a checkpoint must restore.
type Models struct {
	G, D    *nn.Sequential
	GOpt    optim.Optimizer
	DOpt    optim.Optimizer
	Trainer *gan.Trainer
	// Independent streams so that, e.g., drawing a sample grid does not shift
	// the noise the training sees.
	NoiseSrc, ShuffleSrc, DropoutSrc *rand.PCG
	// EMA, when configured, averages G's weights; samples and evaluations
	// use the average.
	EMA   *gan.EMA
	noise *rand.Rand
	cfg   Config
}

// streams derive independent PCG streams from the seed.
const (
	streamInit = iota + 1
	streamNoise
	streamShuffle
	streamDropout
	streamFixed
	streamStanding
)

// Lo and Hi are the pixel range the models see.
func (c Config) Lo() float32 {
	if c.PixelRange == "unit" {
		return 0
	}
	return -1
}

// Hi is the top of the pixel range.
func (c Config) Hi() float32 { return 1 }

// Arch is the seed architecture with the configured sizes.
func (c Config) Arch() gan.Arch {
	a := gan.SeedArch()
	a.LatentDim, a.Channels, a.ImgSize = c.LatentDim, c.Channels, c.ImgSize
	a.BNEps, a.BNMomentum = c.BNEps, c.BNMomentum
	a.MBStdGroup, a.DDropout = c.MBStdGroup, c.DDropout
	return a
}

// BuildGenerator builds G alone (for sampling) for at most maxBatch rows.
func BuildGenerator(c Config, be gemm.Backend, maxBatch int, data *dataset.Set) *nn.Sequential {
	rng := rand.New(rand.NewPCG(c.Seed, streamInit))
	return buildG(c, nn.Context{BLAS: be, MaxBatch: maxBatch, Rand: rng}, data)
}

func buildG(c Config, ctx nn.Context, data *dataset.Set) *nn.Sequential {
	if c.Model == "paper" {
		a := gan.DefaultPaperArch()
		a.LatentDim, a.ImgDim = c.LatentDim, c.Channels*c.ImgSize*c.ImgSize
		return gan.NewPaperGenerator(ctx, a, pixelMeans(data, c))
	}
	return gan.NewSeedGenerator(ctx, c.Arch())
}

// pixelMeans is the mean of each pixel over the training set, in [0,1].
func pixelMeans(s *dataset.Set, c Config) []float64 {
	if s == nil {
		return nil
	}
	d := s.Dim()
	n := s.N
	if c.TrainImages > 0 && c.TrainImages < n {
		n = c.TrainImages
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

// Build constructs the models, optimisers and trainer for c.
func Build(c Config, be gemm.Backend, data *dataset.Set) (*Models, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	m := &Models{cfg: c}
	initRng := rand.New(rand.NewPCG(c.Seed, streamInit))
	m.NoiseSrc = rand.NewPCG(c.Seed, streamNoise)
	m.ShuffleSrc = rand.NewPCG(c.Seed, streamShuffle)
	m.DropoutSrc = rand.NewPCG(c.Seed, streamDropout)
	m.noise = rand.New(m.NoiseSrc)
	gctx := nn.Context{BLAS: be, MaxBatch: c.BatchSize, Rand: initRng}
	m.G = buildG(c, gctx, data)
	// D sees fakes and reals in one batch, so it is built for twice the rows;
	// its dropout masks come from their own stream.
	dctx := nn.Context{BLAS: be, MaxBatch: 2 * c.BatchSize, Rand: initRng}
	if c.Model == "paper" {
		a := gan.DefaultPaperArch()
		a.ImgDim = c.Channels * c.ImgSize * c.ImgSize
		m.D = gan.NewPaperDiscriminator(dctx, a)
	} else {
		m.D = gan.NewSeedDiscriminator(dctx, c.Arch())
	}
	setDropoutRand(m.D, rand.New(m.DropoutSrc))
	switch c.Optimizer {
	case "adam":
		m.GOpt = optim.NewAdam(m.G.Params(), c.LR, c.B1, c.B2)
		m.DOpt = optim.NewAdam(m.D.Params(), c.dLR(), c.B1, c.B2)
	case "sgd":
		m.GOpt = optim.NewSGD(m.G.Params(), c.LR, c.Momentum)
		m.DOpt = optim.NewSGD(m.D.Params(), c.dLR(), c.Momentum)
	default:
		return nil, fmt.Errorf("unknown optimizer %q", c.Optimizer)
	}
	m.Trainer = gan.NewTrainer(m.G, m.D, m.GOpt, m.DOpt, c.BatchSize, m.Noise)
	m.Trainer.DSteps = c.DSteps
	if c.GLoss == "minimax" {
		m.Trainer.Loss = gan.Minimax
	}
	if c.Order == "d-first" {
		m.Trainer.Order = gan.DFirst
	}
	m.Trainer.RealTarget = float32(c.RealLabel)
	m.Trainer.Logits = c.LogitLoss
	if c.EMA > 0 {
		avg := buildG(c, nn.Context{BLAS: be, MaxBatch: c.BatchSize, Rand: rand.New(rand.NewPCG(c.Seed, streamInit))}, data)
		m.EMA = gan.NewEMA(m.G, avg, c.EMA)
		m.Trainer.AfterG = m.EMA.Update
	}
	return m, nil
}

func setDropoutRand(s *nn.Sequential, r *rand.Rand) {
	for _, l := range s.Layers {
		if d, ok := l.(*nn.Dropout); ok {
			d.SetRand(r)
		}
	}
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
	r := rand.New(rand.NewPCG(c.Seed, streamStanding))
	z := make([]float32, c.BatchSize*c.LatentDim)
	gan.StandingStats(m.EMA.Avg, func(z []float32) { FillNoise(c.Noise, r, z) }, z, c.BatchSize, 50)
	return m.EMA.Avg
}

// Noise fills z with latent vectors from the training noise stream.
func (m *Models) Noise(z []float32) { FillNoise(m.cfg.Noise, m.noise, z) }

// FillNoise draws z from N(0,1) (gan.py) or U[-sqrt 3, sqrt 3] (the paper's,
// also unit variance).
func FillNoise(kind string, r *rand.Rand, z []float32) {
	if kind == "uniform" {
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

// Schedule sets the learning rate and momentum for the given step (G
// updates so far) of a run of total steps and completed epochs. For the
// paper's SGD lr decays by LRDecay per step down to LRMin and momentum rises
// linearly from Momentum at epoch 1 to MomentumFinal at MomentumEpoch
// (pylearn2's MomentumAdjustor). With LRLinear both learning rates fall
// linearly to 0 over that last fraction of the run.
func (m *Models) Schedule(step, total int64, epoch int) {
	c := m.cfg
	mom := MomentumAt(c, epoch)
	for i, o := range []optim.Optimizer{m.GOpt, m.DOpt} {
		lr := decayed(c, c.LR, step, total)
		if i == 1 {
			lr = decayed(c, c.dLR(), step, total)
		}
		switch o := o.(type) {
		case *optim.SGD:
			o.LR, o.Momentum = lr, mom
		case *optim.Adam:
			o.LR = lr
		}
	}
}

// LRAt is G's learning rate after step of total updates.
func LRAt(c Config, step, total int64) float64 {
	return decayed(c, c.LR, step, total)
}

func decayed(c Config, lr float64, step, total int64) float64 {
	if c.LRDecay > 1 {
		lr = max(lr/math.Pow(c.LRDecay, float64(step)), c.LRMin)
	}
	if c.LRLinear > 0 && total > 0 {
		end, start := float64(total), float64(total)*(1-c.LRLinear)
		if s := float64(step); s > start {
			lr *= max(0, (end-s)/(end-start))
		}
	}
	return lr
}

// dLR is D's base learning rate.
func (c Config) dLR() float64 {
	if c.DLR > 0 {
		return c.DLR
	}
	return c.LR
}

// MomentumAt is the SGD momentum once epoch epochs are complete.
func MomentumAt(c Config, epoch int) float64 {
	if c.MomentumEpoch <= 1 || c.MomentumFinal == 0 {
		return c.Momentum
	}
	a := float64(epoch-1) / float64(c.MomentumEpoch-1)
	a = min(max(a, 0), 1)
	return c.Momentum*(1-a) + c.MomentumFinal*a
}
