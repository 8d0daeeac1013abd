package train

import (
	"math/rand/v2"

	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/gan"
	"gogan/recipe"
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
	cfg   recipe.Config
}

// build constructs the models, optimisers and trainer for a valid c (Run
// validates it). data supplies the paper G's output bias (nil: none).
func build(c recipe.Config, be gemm.Backend, data *dataset.Set) *Models {
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
	m.GOpt, m.DOpt = t.NewOptimizers(m.G.Params(), m.D.Params())
	for _, o := range []optim.Optimizer{m.GOpt, m.DOpt} {
		if sgd, ok := o.(*optim.SGD); ok {
			m.sgd = append(m.sgd, sgd)
		}
	}
	noise := m.Noise
	if c.Model.Conditional() {
		// cgan.py draws z, then the classes, from one stream.
		noise = (&gan.CondNoise{Latent: c.Model.LatentDim, Noise: m.Noise, Labels: t.LabelSource(m.noise, c.Model.Classes)}).Fill
	}
	m.Trainer = gan.NewTrainer(m.G, m.D, m.GOpt, m.DOpt, t.BatchSize, noise)
	m.Trainer.Objective = t.Objective
	m.Trainer.DSteps, m.Trainer.Loss, m.Trainer.Order = t.DSteps, t.GLoss, t.Order
	m.Trainer.RealTarget = float32(t.RealLabel)
	m.Trainer.Logits = t.LogitLoss
	if c.Model.Conditional() {
		m.Trainer.ClassWeight, m.Trainer.ModeSeeking = float32(t.ClassWeight), float32(t.ModeSeeking)
	} else if c.Model.ClassHead() {
		m.Trainer.ClassWeight, m.Trainer.ClassBalance, m.Trainer.ClassConfidence = float32(t.ClassWeight), float32(t.ClassBalance), float32(t.ClassConfidence)
		m.Trainer.FakeEntropy, m.Trainer.ClassHistory = float32(t.FakeEntropy), t.ClassHistory
		m.Trainer.CleanHead = t.CleanHead
	}
	// dcgan.py calls D on the reals and on the fakes separately.
	m.Trainer.SeparateD = c.Model.Kind == recipe.DCGAN
	if t.EMA > 0 {
		avg := c.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: t.BatchSize, Rand: rand.New(rand.NewPCG(t.Seed, streamInit))}, means)
		m.EMA = gan.NewEMA(m.G, avg, t.EMA)
		m.Trainer.AfterG = m.EMA.Update
	}
	return m
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
	z := make([]float32, c.Train.BatchSize*c.Model.InputDim())
	fill := func(z []float32) { c.Model.Noise.Fill(r, z) }
	if c.Model.Conditional() {
		// Batches of every class in equal shares, as G trained on.
		fill = (&gan.CondNoise{Latent: c.Model.LatentDim, Noise: fill, Labels: gan.BalancedLabels(r, c.Model.Classes)}).Fill
	}
	gan.StandingStats(m.EMA.Avg, fill, z, c.Train.BatchSize, 50)
	return m.EMA.Avg
}

// Noise fills z with latent vectors from the training noise stream.
func (m *Models) Noise(z []float32) { m.cfg.Model.Noise.Fill(m.noise, z) }

// FixedLatents are the n latent vectors a run draws after every epoch, the
// same each time, so epochs compare picture to picture.
func FixedLatents(c recipe.Config, n int) []float32 {
	z := make([]float32, n*c.Model.LatentDim)
	c.Model.NoiseStream(c.Train.Seed, streamFixed)(z)
	return z
}

// classGridRows is the rows of a conditional model's sample grids:
// cgan.py's sample_image draws 10 of each class.
const classGridRows = 10

// ClassGrid is the classes of a grid of rows x classes images with one class
// per column: cgan.py's labels [0..9] * 10.
func ClassGrid(classes, rows int) []int {
	l := make([]int, rows*classes)
	for i := range l {
		l[i] = i % classes
	}
	return l
}

// replay is a noise source that hands out z's values in order.
func replay(z []float32) func([]float32) {
	return func(dst []float32) {
		n := copy(dst, z)
		z = z[n:]
	}
}

// Schedule sets both learning rates and the SGD momentum for the given step
// (G updates so far) of a run of total steps and completed epochs.
func (m *Models) Schedule(step, total int64, epoch int) {
	t := m.cfg.Train
	g, d := t.LRsAt(step, total)
	m.GOpt.SetLR(g)
	m.DOpt.SetLR(d)
	for _, o := range m.sgd {
		o.SetMomentum(t.MomentumAt(epoch))
	}
}
