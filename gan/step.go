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

// Objective selects the adversarial loss.
type Objective int

const (
	// CrossEntropy is gan.py's BCELoss on D's sigmoid output.
	CrossEntropy Objective = iota
	// LeastSquares is cgan.py's MSELoss on D's unbounded output against 1
	// (real) and 0 (fake) (Mao et al. 2017's a=0, b=c=1).
	LeastSquares
	// Logistic is the cross-entropy of CrossEntropy computed from D's
	// unbounded output as logits (BCEWithLogits): for a D without a
	// sigmoid layer, such as a projection D.
	Logistic
	// Hinge is the hinge loss on D's unbounded output (Lim & Ye 2017,
	// Miyato et al. 2018): D minimises mean relu(1 - D(real)) +
	// mean relu(1 + D(fake)), the sum of the halves rather than their mean,
	// and G minimises -mean D(G(z)).
	Hinge
)

// Batch is n real images, n×ImgDim, and for a conditional D their classes.
type Batch struct {
	X      []float32
	N      int
	Labels []uint8
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
	Objective  Objective
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
	// SeparateD runs D once per batch of a D step, as dcgan.py does
	// (D(real), then D(fake.detach())), instead of once over [fake; real].
	// With BatchNorm in D the two differ: each call normalises with its own
	// batch's statistics and updates the running statistics once, so D sees
	// three batches an iteration (G's step included), each with its own
	// dropout masks.
	SeparateD bool
	// ClassWeight > 0 adds a class term to a projection D's objectives
	// (nn.Projection.ClassLoss, the dual projection of Han et al. 2021):
	// D learns to classify the reals by their labels with the projection's
	// own class vectors, and G is rewarded when D's classifier names the
	// class each fake was drawn for. Only reals train the classifier, so G
	// is judged by what separates the real classes, not by what D learned
	// to tell apart among G's own images.
	ClassWeight float32
	// ModeSeeking > 0 adds Mao et al.'s mode-seeking term
	// (nn.ModeSeeking) to G's loss, over pairs of G's rows drawn for the
	// same class (any two rows of an unconditional G): a conditional G
	// otherwise learns to ignore z and draws one image per class.
	ModeSeeking float32
	// ClassBalance > 0 gives an unconditional G the class-balancing term of
	// Rangwani et al. (2021), nn.Projection.BalanceLoss: weight times the
	// KL divergence from uniform of the mean class distribution D's class
	// head (nn.NewClassHead, trained on the reals by ClassWeight) gives
	// G's batch. An unconditional G otherwise favours a few classes.
	ClassBalance float32
	// ClassConfidence > 0 adds to ClassBalance's term that weight times
	// the mean entropy of the head's class distribution over each fake
	// (nn.Projection.BalanceLoss): balance alone is met by fakes the head
	// cannot place in any class.
	ClassConfidence float32
	// ClassHistory in (0, 1) weighs ClassBalance's term class by class as
	// Rangwani et al. (2021) do: in inverse proportion to how many of G's
	// recent fakes the head named each class, counted with this decay per
	// step (ClassCounts). A class the head finds scarce over many batches
	// is then pushed harder than one batch of fakes shows. 0: every class
	// weighs the same.
	ClassHistory float64
	hist         *ClassCounts
	// FakeEntropy > 0 gives D, beside ClassWeight's cross-entropy on the
	// reals, CatGAN's term on the fakes (Springenberg 2015): D maximises
	// that weight times the mean entropy of its class head's reading of
	// each fake. The head then learns to be unsure of fakes, so G's
	// ClassBalance and ClassConfidence terms are met only by images that
	// carry what separates the real classes, not by ones the head,
	// trained on reals alone, merely misreads.
	FakeEntropy float32
	// CleanHead shows D's class head the images without D's DiffAugment
	// where it names classes: D's step adds ClassWeight's term on the reals
	// as they are (a third pass of D, beside the term on the augmented
	// reals), and G's ClassBalance and ClassConfidence terms read the fakes
	// as they are (a second pass of D in G's step) rather than augmented.
	// The head trained on augmented images alone reads the classes of
	// images as they are poorly, and those are what G is asked to balance.
	// Needs SeparateD: a joint pass's activations, which D's step reuses,
	// would be overwritten.
	CleanHead bool
	aug       *nn.DiffAugment
	dClean    []float32 // G's gradient from the augmented pass while the clean one runs
	msPairs   [][2]int
	msOpen    []int     // per class, a row still waiting for its pair (-1: none)
	msZ       []float32 // z without the class column
	proj      *nn.Projection
	dParams   []*nn.Param
	dAcc      [][]float32 // D's gradient from the real batch while the fake one runs

	bgStart, bgDone chan struct{}

	dOut *nn.Sigmoid // D's output layer: its output and its input, the logits

	max, latent, dim int
	z                []float32
	dIn              []float32 // [fake; real] rows fed to D together
	dGrad            []float32
	dVal             []float32 // D's output over dIn in the last forward

	// A conditional pair (G's first layer a ClassEmbedding) carries each
	// row's class: G's input rows are [c, z...] and D's [img..., c], so
	// D's rows are one wider than G's output and a fake's class is copied
	// from G's input.
	classes int
	dw      int       // D's input width: dim, or dim+1 with a label column
	fake    []float32 // the fakes of the last generate, n×dim
	dFake   []float32 // dL/dfake without the label column
}

// NewTrainer wires G (built for maxBatch rows) and D (built for 2·maxBatch
// rows, since D's step sees fakes and reals as one batch).
func NewTrainer(g *nn.Sequential, d *Discriminator, gOpt, dOpt optim.Optimizer, maxBatch int, noise func([]float32)) *Trainer {
	latent, dim := g.In(), g.Out()
	t := &Trainer{
		G: g, D: d.Sequential, dOut: d.Out, GOpt: gOpt, DOpt: dOpt, DSteps: 1, Noise: noise, RealTarget: 1,
		max: maxBatch, latent: latent, dim: dim, dw: dim,
		z: make([]float32, maxBatch*latent), dGrad: make([]float32, 2*maxBatch),
	}
	if emb, ok := g.Layers[0].(*nn.ClassEmbedding); ok {
		t.classes, t.dw = emb.Classes, dim+1
		t.fake, t.dFake = make([]float32, maxBatch*dim), make([]float32, maxBatch*dim)
	}
	t.dIn = make([]float32, 2*maxBatch*t.dw)
	t.proj = findProjection(d.Sequential)
	for _, l := range d.Dropouts {
		if a, ok := l.(*nn.DiffAugment); ok {
			t.aug = a
		}
	}
	return t
}

// findProjection is D's projection head, or nil.
func findProjection(s *nn.Sequential) *nn.Projection {
	for _, l := range s.Layers {
		if p, ok := l.(*nn.Projection); ok {
			return p
		}
	}
	return nil
}

// classLoss adds the class term over rows lo..hi of D's last forward,
// when there is one: for a projection D with the rows' own labels, for a
// class head with labels (the reals', D's step only).
func (t *Trainer) classLoss(lo, hi int, labels []uint8) float32 {
	if t.ClassWeight == 0 {
		return 0
	}
	if !t.proj.Projects() {
		if labels == nil {
			return 0
		}
		t.proj.SetLabels(lo, labels[:hi-lo])
	}
	return t.proj.ClassLoss(lo, hi, t.ClassWeight)
}

// fakeEntropy adds D's CatGAN term over the fakes in rows lo..hi of D's
// last Forward and returns it: minus FakeEntropy times the head's mean
// entropy, a negative confidence weight of BalanceLoss with no balance.
func (t *Trainer) fakeEntropy(lo, hi int) float32 {
	if t.FakeEntropy == 0 {
		return 0
	}
	return t.proj.BalanceLoss(lo, hi, 0, -t.FakeEntropy, nil)
}

// head reports whether D has an unconditional class head.
func (t *Trainer) head() bool { return t.proj != nil && !t.proj.Projects() }

// labelled is the number of classes the real batches' labels must fall
// in: a conditional pair's, or a trained class head's; 0 when no labels
// are needed.
func (t *Trainer) labelled() int {
	switch {
	case t.classes > 0:
		return t.classes
	case t.head() && t.ClassWeight != 0:
		return t.proj.Classes
	}
	return 0
}

// Classes is the number of classes of a conditional pair, 0 for an
// unconditional one.
func (t *Trainer) Classes() int { return t.classes }

// Step runs one iteration on DSteps real batches (len(reals) must equal
// DSteps). Every batch needs at least 2 rows (BatchNorm's unbiased variance).
func (t *Trainer) Step(reals []Batch) (Stats, error) {
	if len(reals) != t.DSteps {
		return Stats{}, fmt.Errorf("gan: step needs %d real batches, got %d", t.DSteps, len(reals))
	}
	if t.ClassWeight != 0 && t.proj == nil {
		return Stats{}, fmt.Errorf("gan: a class weight of %g needs a projection D or a class head", t.ClassWeight)
	}
	if (t.ClassBalance != 0 || t.ClassConfidence != 0 || t.FakeEntropy != 0) && (!t.head() || t.ClassWeight == 0) {
		return Stats{}, fmt.Errorf("gan: a class balance of %g, confidence of %g or fake entropy of %g needs D's class head and a class weight to train it", t.ClassBalance, t.ClassConfidence, t.FakeEntropy)
	}
	if t.ClassHistory != 0 && (t.ClassHistory < 0 || t.ClassHistory >= 1 || t.ClassBalance == 0) {
		return Stats{}, fmt.Errorf("gan: a class history of %g needs a decay in (0, 1) and a class balance to weigh (balance %g)", t.ClassHistory, t.ClassBalance)
	}
	if t.CleanHead && (!t.head() || t.ClassWeight == 0 || t.aug == nil || !t.SeparateD) {
		return Stats{}, fmt.Errorf("gan: a clean class head needs D's class head, a class weight to train it, DiffAugment in front of D and D's separate passes")
	}
	for _, b := range reals {
		if b.N < 2 || b.N > t.max || len(b.X) < b.N*t.dim {
			return Stats{}, fmt.Errorf("gan: batch of %d rows (data %d) does not fit 2..%d rows of %d", b.N, len(b.X), t.max, t.dim)
		}
		if classes := t.labelled(); classes > 0 {
			if len(b.Labels) < b.N {
				return Stats{}, fmt.Errorf("gan: a conditional step or a class head's term needs the batch's labels: %d labels for %d images", len(b.Labels), b.N)
			}
			for i, c := range b.Labels[:b.N] {
				if int(c) >= classes {
					return Stats{}, fmt.Errorf("gan: label %d of row %d is not below the model's %d classes", c, i, classes)
				}
			}
		}
	}
	var st Stats
	if t.SeparateD {
		return t.stepSeparate(reals)
	}
	if t.Order == GFirst {
		// gan.py: G's step and the first D step share one noise batch and one
		// pass of D over [fake; real]. D's weights do not change during G's
		// step, so D's activations from it are exactly what D's step needs.
		n := reals[0].N
		t.generate(n)
		st.GLoss = t.gStep(n, reals[0])
		t.startBG()
		st.DLoss, st.DReal, st.DFake = t.dStep(n, reals[0].Labels)
		<-t.bgDone
		for _, b := range reals[1:] {
			t.generate(b.N)
			t.forwardD(b.N, b)
			st.DLoss, st.DReal, st.DFake = t.dStep(b.N, b.Labels)
		}
		return st, nil
	}
	for _, b := range reals {
		t.generate(b.N)
		t.forwardD(b.N, b)
		st.DLoss, st.DReal, st.DFake = t.dStep(b.N, b.Labels)
	}
	n := reals[len(reals)-1].N
	t.generate(n)
	st.GLoss = t.gStep(n, Batch{})
	t.updateG()
	return st, nil
}

// stepSeparate is Step with SeparateD: D's step runs D on the reals and the
// fakes in two passes. G's step sees D on the fakes alone.
func (t *Trainer) stepSeparate(reals []Batch) (Stats, error) {
	var st Stats
	if t.Order == GFirst {
		n := reals[0].N
		t.generate(n)
		st.GLoss = t.gStep(n, Batch{})
		t.startBG()
		st.DLoss, st.DReal, st.DFake = t.dStepSeparate(n, reals[0])
		<-t.bgDone
		for _, b := range reals[1:] {
			t.generate(b.N)
			st.DLoss, st.DReal, st.DFake = t.dStepSeparate(b.N, b)
		}
		return st, nil
	}
	for _, b := range reals {
		t.generate(b.N)
		st.DLoss, st.DReal, st.DFake = t.dStepSeparate(b.N, b)
	}
	n := reals[len(reals)-1].N
	t.generate(n)
	st.GLoss = t.gStep(n, Batch{})
	t.updateG()
	return st, nil
}

// dStepSeparate updates D from a pass over the n reals and then one over the
// n fakes in dIn, dcgan.py's d_loss = (BCE(D(real), 1) + BCE(D(fake), 0)) / 2.
// The real pass's gradient is kept while the fake pass overwrites the
// layers' own, then added: the sum of two terms is the same in either order,
// so the result is PyTorch's accumulated gradient exactly.
func (t *Trainer) dStepSeparate(n int, real Batch) (loss, dReal, dFake float32) {
	if t.dAcc == nil {
		t.dParams = t.D.Params()
		t.dAcc = make([][]float32, len(t.dParams))
		for i, p := range t.dParams {
			t.dAcc[i] = make([]float32, len(p.G))
		}
	}
	grad := t.dGrad[:n]
	w := t.halfWeight()
	realIn := real.X[:n*t.dim]
	if t.classes > 0 {
		// Rows [img..., c] after the fakes' in dIn, as forwardD lays them.
		realIn = t.dIn[n*t.dw : 2*n*t.dw]
		for i := range n {
			row := realIn[i*t.dw : (i+1)*t.dw]
			copy(row, real.X[i*t.dim:(i+1)*t.dim])
			row[t.dim] = float32(real.Labels[i])
		}
	}
	out := t.D.Forward(realIn, n, true)
	lr := t.loss(out, 0, n, t.RealTarget, grad, w)
	lc := t.classLoss(0, n, real.Labels)
	dReal = mean(out[:n])
	t.backwardD(grad, n, nn.Pass{ParamGrads: true})
	for i, p := range t.dParams {
		copy(t.dAcc[i], p.G)
	}
	out = t.D.Forward(t.dIn[:n*t.dw], n, true)
	lf := t.loss(out, 0, n, 0, grad, w)
	lc += t.fakeEntropy(0, n)
	dFake = mean(out[:n])
	t.backwardD(grad, n, nn.Pass{ParamGrads: true})
	t.addAcc()
	if t.CleanHead {
		lc += t.cleanClass(real.X[:n*t.dim], n, real.Labels)
	}
	t.DOpt.Step()
	return (lr+lf)*w + lc, dReal, dFake
}

// addAcc adds the gradient saved in dAcc to D's parameter gradients.
func (t *Trainer) addAcc() {
	for i, p := range t.dParams {
		acc := t.dAcc[i][:len(p.G)]
		for j, g := range acc {
			p.G[j] += g
		}
	}
}

// withoutAugment runs D's training forward over rows of x with DiffAugment
// off (CleanHead's passes).
func (t *Trainer) withoutAugment(x []float32, n int) {
	t.aug.Off = true
	t.D.Forward(x, n, true)
	t.aug.Off = false
}

// cleanClass adds to D's parameter gradients ClassWeight's term on the n
// reals x without DiffAugment, and returns it.
func (t *Trainer) cleanClass(x []float32, n int, labels []uint8) float32 {
	for i, p := range t.dParams {
		copy(t.dAcc[i], p.G)
	}
	t.withoutAugment(x, n)
	lc := t.classLoss(0, n, labels)
	grad := t.dGrad[:n]
	clear(grad) // the class term alone: D's verdicts on this pass count for nothing
	t.backwardD(grad, n, nn.Pass{ParamGrads: true})
	t.addAcc()
	return lc
}

// loss is D's loss on its outputs p[lo:hi] against target, by the
// trainer's objective, writing its gradient into grad.
func (t *Trainer) loss(p []float32, lo, hi int, target float32, grad []float32, weight float32) float32 {
	switch t.Objective {
	case LeastSquares:
		return nn.MSE(p[lo:hi], target, grad, weight)
	case Logistic:
		return nn.BCEWithLogits(p[lo:hi], target, grad, weight)
	case Hinge:
		return nn.HingeD(p[lo:hi], target > 0, grad, weight)
	}
	return t.bce(p, lo, hi, target, grad, weight)
}

// generate draws z and runs G in training mode (batch statistics, as gan.py
// which never calls eval()), copying the fakes into D's input rows 0..n.
func (t *Trainer) generate(n int) {
	z := t.z[:n*t.latent]
	t.Noise(z)
	fake := t.G.Forward(z, n, true)
	if t.classes == 0 {
		copy(t.dIn[:n*t.dim], fake)
		return
	}
	copy(t.fake, fake)
	for i := range n {
		row := t.dIn[i*t.dw : (i+1)*t.dw]
		copy(row, fake[i*t.dim:(i+1)*t.dim])
		row[t.dim] = z[i*t.latent] // the class G drew this fake for
	}
}

// forwardD runs D over [fake; real] (2n rows) or, with no real batch, over
// the n fakes alone. It returns D's outputs.
func (t *Trainer) forwardD(n int, real Batch) []float32 {
	rows := n
	if real.N > 0 {
		if t.classes == 0 {
			copy(t.dIn[n*t.dim:2*n*t.dim], real.X[:n*t.dim])
		} else {
			for i := range n {
				row := t.dIn[(n+i)*t.dw : (n+i+1)*t.dw]
				copy(row, real.X[i*t.dim:(i+1)*t.dim])
				row[t.dim] = float32(real.Labels[i])
			}
		}
		rows = 2 * n
	}
	t.dVal = t.D.Forward(t.dIn[:rows*t.dw], rows, true)
	return t.dVal
}

// gStep computes G's gradients from D's verdict on the n fakes in dIn
// (running D over them and, when real is given, over the real rows too for
// the D step to reuse); the caller applies them with updateG.
func (t *Trainer) gStep(n int, real Batch) float32 {
	p := t.forwardD(n, real)
	grad := t.dGrad[:n]
	var loss float32
	switch {
	case t.Objective == LeastSquares:
		loss = nn.MSE(p[:n], 1, grad, 1)
	case t.Objective == Logistic:
		loss = nn.BCEWithLogits(p[:n], 1, grad, 1)
	case t.Objective == Hinge:
		loss = nn.HingeG(p[:n], grad, 1)
	case t.Loss == Minimax:
		loss = -t.bce(p, 0, n, 0, grad, -1)
	default:
		loss = t.bce(p, 0, n, 1, grad, 1)
	}
	balance := t.head() && (t.ClassBalance > 0 || t.ClassConfidence > 0)
	switch {
	case !t.head():
		loss += t.classLoss(0, n, nil)
	case balance && !t.CleanHead:
		loss += t.balance(n)
	}
	// D's weight gradients would be discarded: compute only dL/dfake.
	dFake := t.backwardD(grad, n, nn.Pass{InputGrad: true})
	if balance && t.CleanHead {
		if t.dClean == nil {
			t.dClean = make([]float32, t.max*t.dim)
		}
		saved := t.dClean[:n*t.dim]
		copy(saved, dFake)
		t.withoutAugment(t.dIn[:n*t.dim], n)
		loss += t.balance(n)
		clear(grad)
		for i, g := range t.backwardD(grad, n, nn.Pass{InputGrad: true}) {
			saved[i] += g
		}
		dFake = saved
	}
	if t.classes > 0 {
		for i := range n { // drop the label column's (zero) gradient
			copy(t.dFake[i*t.dim:(i+1)*t.dim], dFake[i*t.dw:i*t.dw+t.dim])
		}
		dFake = t.dFake[:n*t.dim]
	}
	if t.ModeSeeking > 0 {
		loss += t.modeSeeking(n, dFake)
	}
	t.G.Backward(dFake, n, nn.Pass{ParamGrads: true})
	return loss
}

// balance adds G's class-balance terms over the n fakes of D's last
// forward and returns them.
func (t *Trainer) balance(n int) float32 {
	var w []float64
	h := t.ClassCounts()
	if h != nil {
		w = h.weights(n, t.ClassHistory)
	}
	loss := t.proj.BalanceLoss(0, n, t.ClassBalance, t.ClassConfidence, w)
	if h != nil {
		h.add(t.proj, t.ClassHistory)
	}
	return loss
}

// modeSeeking adds the mode-seeking term over the n fakes of the last
// generate to their gradient dFake and returns it: a conditional G's rows
// paired in order within each class, an unconditional G's row i with row
// i + n/2.
func (t *Trainer) modeSeeking(n int, dFake []float32) float32 {
	fake, z, latent := t.dIn[:n*t.dim], t.z[:n*t.latent], t.latent
	if t.msPairs == nil {
		t.msPairs = make([][2]int, 0, t.max/2)
	}
	t.msPairs = t.msPairs[:0]
	if t.classes > 0 {
		fake, latent = t.fake[:n*t.dim], t.latent-1
		if t.msOpen == nil {
			t.msOpen, t.msZ = make([]int, t.classes), make([]float32, t.max*latent)
		}
		for c := range t.msOpen {
			t.msOpen[c] = -1
		}
		for i := range n {
			copy(t.msZ[i*latent:(i+1)*latent], t.z[i*t.latent+1:(i+1)*t.latent])
			c := int(t.z[i*t.latent])
			if j := t.msOpen[c]; j >= 0 {
				t.msPairs, t.msOpen[c] = append(t.msPairs, [2]int{j, i}), -1
			} else {
				t.msOpen[c] = i
			}
		}
		z = t.msZ[:n*latent]
	} else {
		for i := range n / 2 {
			t.msPairs = append(t.msPairs, [2]int{i, i + n/2})
		}
	}
	if len(t.msPairs) == 0 {
		return 0 // no class drawn twice in this batch
	}
	return nn.ModeSeeking(fake, t.dim, z, latent, t.msPairs, t.ModeSeeking, dFake)
}

// dStep updates D from its last forward over [fake; real] (2n rows):
// d_loss = (BCE(D(real), 1) + BCE(D(fake), 0)) / 2, or with LeastSquares
// MSE in place of BCE; the hinge loss's halves are summed.
func (t *Trainer) dStep(n int, labels []uint8) (loss, dReal, dFake float32) {
	out := t.dVal[:2*n]
	grad := t.dGrad[:2*n]
	w := t.halfWeight()
	lf := t.loss(out, 0, n, 0, grad[:n], w)
	lr := t.loss(out, n, 2*n, t.RealTarget, grad[n:2*n], w)
	lc := t.classLoss(n, 2*n, labels) + t.fakeEntropy(0, n)
	t.backwardD(grad, 2*n, nn.Pass{ParamGrads: true})
	t.DOpt.Step()
	return (lr+lf)*w + lc, mean(out[n : 2*n]), mean(out[:n])
}

// halfWeight is the weight of each half of D's loss: gan.py's and
// cgan.py's average the real and the fake term, the hinge loss adds them.
func (t *Trainer) halfWeight() float32 {
	if t.Objective == Hinge {
		return 1
	}
	return 0.5
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
	if t.Logits && t.Objective == CrossEntropy {
		a := t.dOut.Input(hi)
		return nn.BCEWithLogits(a[lo:hi], target, grad, weight)
	}
	return nn.BCE(p[lo:hi], target, grad, weight)
}

// backwardD back-propagates a loss gradient through D: from its output, or
// with Logits from below the sigmoid, whose derivative the loss included.
func (t *Trainer) backwardD(grad []float32, n int, p nn.Pass) []float32 {
	if t.Logits && t.Objective == CrossEntropy {
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
func (t *Trainer) Fakes(n int) []float32 {
	if t.classes > 0 {
		return t.fake[:n*t.dim]
	}
	return t.dIn[:n*t.dim]
}

// FakeLabels writes the classes of the last iteration's first len(dst)
// fakes into dst (a conditional pair only).
func (t *Trainer) FakeLabels(dst []int) {
	for i := range dst {
		dst[i] = int(t.z[i*t.latent])
	}
}
