package gan

import (
	"fmt"

	"gogan/engine/nn"
	"gogan/engine/optim"
)

// GLoss selects the generator's objective.
type GLoss int

const (
	// NonSaturating maximises log D(G(z)) (the paper's practical choice, gan.py's).
	NonSaturating GLoss = iota
	// Minimax minimises log(1 - D(G(z))), the value function as written.
	Minimax
)

// Order selects which network a training iteration updates first.
type Order int

const (
	// GFirst is gan.py's order: G step, then D step on the fakes made before
	// G's update.
	GFirst Order = iota
	// DFirst is the paper's Algorithm 1: k D steps, then a G step on fresh noise.
	DFirst
)

// Batch is n real images, n×ImgDim.
type Batch struct {
	X []float32
	N int
}

// Stats are one iteration's losses and mean discriminator outputs.
type Stats struct {
	DLoss, GLoss float32
	DReal, DFake float32 // mean D(x), mean D(G(z)) in the last D step
}

// Trainer owns G, D, their optimisers and every buffer an iteration needs.
type Trainer struct {
	G, D       *nn.Sequential
	GOpt, DOpt optim.Optimizer
	Loss       GLoss
	Order      Order
	DSteps     int
	// Noise fills z (n×latent) with fresh latent vectors.
	Noise func(z []float32)
	// RealTarget is D's target for real images: 1, or e.g. 0.9 for one-sided
	// label smoothing (Salimans et al. 2016).
	RealTarget float32
	// Logits computes the losses from D's pre-sigmoid output, the
	// numerically stable form pylearn2's sigmoid cost uses (the paper's
	// code): the gradient to the logit is exactly p - t, where PyTorch's
	// BCELoss on probabilities floors p(1-p) at 1e-12 and so loses the
	// gradient of a confidently rejected fake. Off for gan.py.
	Logits bool
	// AfterG, if set, runs after each G update (an EMA of G's weights).
	AfterG func()

	bgStart, bgDone chan struct{}

	dOut *nn.Sigmoid // D's output layer: its output and its input, the logits

	max, latent, dim int
	z                []float32
	dIn              []float32 // [fake; real] rows fed to D together
	dGrad            []float32
}

// NewTrainer wires G (built for maxBatch rows) and D (built for 2·maxBatch
// rows, since D's step sees fakes and reals as one batch).
func NewTrainer(g *nn.Sequential, d *Discriminator, gOpt, dOpt optim.Optimizer, maxBatch int, noise func([]float32)) *Trainer {
	latent, dim := g.In(), g.Out()
	return &Trainer{
		G: g, D: d.Sequential, dOut: d.Out, GOpt: gOpt, DOpt: dOpt, DSteps: 1, Noise: noise, RealTarget: 1,
		max: maxBatch, latent: latent, dim: dim,
		z: make([]float32, maxBatch*latent), dIn: make([]float32, 2*maxBatch*dim), dGrad: make([]float32, 2*maxBatch),
	}
}

// Step runs one iteration on DSteps real batches (len(reals) must equal
// DSteps). Every batch needs at least 2 rows (BatchNorm's unbiased variance).
func (t *Trainer) Step(reals []Batch) (Stats, error) {
	if len(reals) != t.DSteps {
		return Stats{}, fmt.Errorf("gan: step needs %d real batches, got %d", t.DSteps, len(reals))
	}
	for _, b := range reals {
		if b.N < 2 || b.N > t.max || len(b.X) < b.N*t.dim {
			return Stats{}, fmt.Errorf("gan: batch of %d rows (data %d) does not fit 2..%d rows of %d", b.N, len(b.X), t.max, t.dim)
		}
	}
	var st Stats
	if t.Order == GFirst {
		// gan.py: G's step and the first D step share one noise batch and one
		// pass of D over [fake; real]. D's weights do not change during G's
		// step, so D's activations from it are exactly what D's step needs.
		n := reals[0].N
		t.generate(n)
		st.GLoss = t.gStep(n, reals[0])
		t.startBG()
		st.DLoss, st.DReal, st.DFake = t.dStep(n)
		<-t.bgDone
		for _, b := range reals[1:] {
			t.generate(b.N)
			t.forwardD(b.N, b)
			st.DLoss, st.DReal, st.DFake = t.dStep(b.N)
		}
		return st, nil
	}
	for _, b := range reals {
		t.generate(b.N)
		t.forwardD(b.N, b)
		st.DLoss, st.DReal, st.DFake = t.dStep(b.N)
	}
	n := reals[len(reals)-1].N
	t.generate(n)
	st.GLoss = t.gStep(n, Batch{})
	t.updateG()
	return st, nil
}

// generate draws z and runs G in training mode (batch statistics, as gan.py
// which never calls eval()), copying the fakes into D's input rows 0..n.
func (t *Trainer) generate(n int) {
	z := t.z[:n*t.latent]
	t.Noise(z)
	fake := t.G.Forward(z, n, true)
	copy(t.dIn[:n*t.dim], fake)
}

// forwardD runs D over [fake; real] (2n rows) or, with no real batch, over
// the n fakes alone. It returns D's outputs.
func (t *Trainer) forwardD(n int, real Batch) []float32 {
	rows := n
	if real.N > 0 {
		copy(t.dIn[n*t.dim:2*n*t.dim], real.X[:n*t.dim])
		rows = 2 * n
	}
	return t.D.Forward(t.dIn[:rows*t.dim], rows, true)
}

// gStep computes G's gradients from D's verdict on the n fakes in dIn
// (running D over them and, when real is given, over the real rows too for
// the D step to reuse); the caller applies them with updateG.
func (t *Trainer) gStep(n int, real Batch) float32 {
	p := t.forwardD(n, real)
	grad := t.dGrad[:n]
	var loss float32
	if t.Loss == Minimax {
		loss = -t.bce(p, 0, n, 0, grad, -1)
	} else {
		loss = t.bce(p, 0, n, 1, grad, 1)
	}
	// D's weight gradients would be discarded: compute only dL/dfake.
	dFake := t.backwardD(grad, n, nn.Pass{InputGrad: true})
	t.G.Backward(dFake, n, nn.Pass{ParamGrads: true})
	return loss
}

// dStep updates D from its last forward over [fake; real] (2n rows):
// d_loss = (BCE(D(real), 1) + BCE(D(fake), 0)) / 2.
func (t *Trainer) dStep(n int) (loss, dReal, dFake float32) {
	out := t.dOut.Output(2 * n)
	grad := t.dGrad[:2*n]
	lf := t.bce(out, 0, n, 0, grad[:n], 0.5)
	lr := t.bce(out, n, 2*n, t.RealTarget, grad[n:2*n], 0.5)
	t.backwardD(grad, 2*n, nn.Pass{ParamGrads: true})
	t.DOpt.Step()
	return (lr + lf) / 2, mean(out[n : 2*n]), mean(out[:n])
}

func (t *Trainer) updateG() {
	t.GOpt.Step()
	if t.AfterG != nil {
		t.AfterG()
	}
}

// startBG runs G's optimiser step on a long-lived goroutine while D's step
// proceeds: they touch disjoint memory, G's update is memory-bound and D's
// GEMMs compute-bound, so they overlap.
func (t *Trainer) startBG() {
	if t.bgStart == nil {
		t.bgStart, t.bgDone = make(chan struct{}), make(chan struct{})
		go func() {
			for range t.bgStart {
				t.updateG()
				t.bgDone <- struct{}{}
			}
		}()
	}
	t.bgStart <- struct{}{}
}

// bce is the loss of D's outputs rows lo..hi against target t, writing its
// gradient into grad: with respect to D's probabilities (PyTorch's BCELoss),
// or with Logits to the sigmoid's input.
func (t *Trainer) bce(p []float32, lo, hi int, target float32, grad []float32, weight float32) float32 {
	if t.Logits {
		a := t.dOut.Input(hi)
		return nn.BCEWithLogits(a[lo:hi], target, grad, weight)
	}
	return nn.BCE(p[lo:hi], target, grad, weight)
}

// backwardD back-propagates a loss gradient through D: from its output, or
// with Logits from below the sigmoid, whose derivative the loss included.
func (t *Trainer) backwardD(grad []float32, n int, p nn.Pass) []float32 {
	if t.Logits {
		return t.D.BackwardFrom(len(t.D.Layers)-2, grad, n, p)
	}
	return t.D.Backward(grad, n, p)
}

func mean(v []float32) float32 {
	var s float64
	for _, x := range v {
		s += float64(x)
	}
	return float32(s / float64(len(v)))
}

// Fakes returns the n images G made in the last iteration (n×ImgDim, G's raw
// output range), before G's update, as gan.py's gen_imgs.
func (t *Trainer) Fakes(n int) []float32 { return t.dIn[:n*t.dim] }
