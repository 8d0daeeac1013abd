package classifier

import (
	_ "embed" // for the go:embed directive
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"sync"
	"time"

	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
)

// CIFAR10 is the colour judge: a VGG-style net in the manner of Page's
// ResNet-9 and Jordan's airbench (plain 3×3 convs, each block's first conv
// followed by a 2×2 max pool, BatchNorm and ReLU after every conv), on
// 3×32×32 images in [-1, 1]:
//
//	conv 3→24, BN, ReLU                                  32×32
//	conv 24→64, pool, BN, ReLU, conv 64→64, BN, ReLU     16×16
//	conv 64→256, pool, BN, ReLU, conv 256→256, BN, ReLU   8×8
//	conv 256→256, pool, BN, ReLU, conv 256→256, BN, ReLU  4×4
//	max pool 4×4 → 256 features; Linear 256→10; ×1/8
//
// The features are the 256 pooled activations (model.24's output); the
// fixed 1/8 on the logits (Page's) keeps the last layer's steps small.
// About 0.3 GFLOP an image forward.
var CIFAR10 = &Arch{Name: "cifar10-vgg", C: 3, H: 32, W: 32, Features: 256, FeatureLayers: 25, EvalBatch: 100, FlipTTA: true, build: buildCIFAR10,
	ClassNames: []string{"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"}}

// cifarWidths are the channels of the stem and the three blocks.
var cifarWidths = [4]int{24, 64, 256, 256}

// logitScale multiplies the last Linear's output.
const logitScale = 0.125

// BatchNorm as PyTorch's defaults.
const cifarBNEps, cifarBNMomentum = 1e-5, 0.1

func buildCIFAR10(ctx nn.Context) *nn.Sequential {
	var ls []nn.Layer
	const channels, side = 3, 32
	h := side
	conv := func(in, out int) {
		l, err := nn.NewConv2d(ctx, nn.Conv2dOpts{InC: in, OutC: out, H: h, W: h, KH: 3, KW: 3, PH: 1, PW: 1})
		if err != nil {
			panic(err) // the shapes are fixed above
		}
		ls = append(ls, l)
	}
	pool := func(c, k int) {
		l, err := nn.NewMaxPool2d(ctx, nn.PoolOpts{C: c, H: h, W: h, KH: k, KW: k})
		if err != nil {
			panic(err)
		}
		ls = append(ls, l)
		h /= k
	}
	bnReLU := func(c int) {
		ls = append(ls, nn.NewBatchNorm2d(ctx, c, h*h, cifarBNEps, cifarBNMomentum), nn.NewLeakyReLU(ctx, c*h*h, 0))
	}
	c := cifarWidths[0]
	conv(channels, c)
	bnReLU(c)
	for _, o := range cifarWidths[1:] {
		conv(c, o)
		pool(o, 2)
		bnReLU(o)
		conv(o, o)
		bnReLU(o)
		c = o
	}
	pool(c, h)
	ls = append(ls, nn.NewLinear(ctx, c, Classes), &scale{n: Classes, s: logitScale, y: make([]float32, ctx.MaxBatch*Classes), dx: make([]float32, ctx.MaxBatch*Classes)})
	return nn.NewSequential("model", ls...)
}

// scale multiplies its input by a constant; it has no parameters (in
// PyTorch, a Mul module with nothing in its state_dict).
type scale struct {
	n     int
	s     float32
	y, dx []float32
}

func (l *scale) Forward(x []float32, n int, train bool) []float32 {
	y := l.y[:n*l.n]
	for i, v := range x[:n*l.n] {
		y[i] = v * l.s
	}
	return y
}

func (l *scale) Backward(dy []float32, n int, p nn.Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	dx := l.dx[:n*l.n]
	for i, v := range dy[:n*l.n] {
		dx[i] = v * l.s
	}
	return dx
}

func (l *scale) In() int              { return l.n }
func (l *scale) Out() int             { return l.n }
func (l *scale) Params() []*nn.Param  { return nil }
func (l *scale) Buffers() []nn.Buffer { return nil }
func (l *scale) Prefix(name string)   {}

// The defaults of CIFAR10Options, the recipe the embedded weights were
// trained with: SGD with Nesterov momentum, a one-cycle learning rate
// (linear up over the first CIFARWarmup of the steps, then linearly down
// to 0), label smoothing, and each training image flipped left-right with
// probability ½ and translated by up to CIFARTranslate pixels (the border
// reflected).
const (
	CIFARDefaultSeed      = 1
	CIFARDefaultEpochs    = 14
	CIFARDefaultBatchSize = 256
	CIFARDefaultLR        = 0.2
	CIFARMomentum         = 0.9
	CIFARWeightDecay      = 5e-4
	CIFARLabelSmoothing   = 0.1
	CIFARWarmup           = 0.2
	CIFARTranslate        = 2
)

// CIFAR10Options configures TrainCIFAR10. A zero field takes its default.
type CIFAR10Options struct {
	Seed      uint64
	Epochs    int
	BatchSize int
	LR        float64 // the peak learning rate

	// Data holds the labelled 3×32×32 training images (10 classes).
	Data *dataset.Set
	// Test, if not nil, is scored after every epoch (TrainStats.TestAcc),
	// and the trained model gets its Reference (ComputeReference), named
	// RefName (default Test.Name), and its accuracy in the metadata.
	Test    *dataset.Set
	RefName string
	// BLAS is the GEMM backend; nil means gemm.Default().
	BLAS gemm.Backend
}

// TrainStats is one epoch's progress.
type TrainStats struct {
	Epoch, Epochs int
	Loss, Acc     float64 // mean training loss and accuracy on the augmented batches
	TestAcc       float64 // on Test; NaN without one or within an epoch
	Seconds       float64 // the epoch's training time so far, without the test pass
	EpochDone     bool    // the epoch's last call; the others report it under way
}

// TrainCIFAR10 fits the CIFAR10 architecture, deterministically from
// opts.Seed on one backend and thread count: PCG streams (Seed, 0), (Seed,
// 1) and (Seed, 2) draw the initial weights, each epoch's shuffle and the
// augmentation. progress, if not nil, is called after every epoch and every
// 20 steps within one (with Epoch the epoch under way and TestAcc NaN).
func TrainCIFAR10(opts CIFAR10Options, progress func(TrainStats)) (*Model, error) {
	o := opts
	if o.Seed == 0 {
		o.Seed = CIFARDefaultSeed
	}
	if o.Epochs == 0 {
		o.Epochs = CIFARDefaultEpochs
	}
	if o.BatchSize == 0 {
		o.BatchSize = CIFARDefaultBatchSize
	}
	if o.LR == 0 {
		o.LR = CIFARDefaultLR
	}
	if o.Epochs < 0 || o.BatchSize < 2 || !(o.LR > 0) {
		return nil, fmt.Errorf("classifier: train: %d epochs, batch %d, learning rate %v: want positive values and a batch of at least 2 (BatchNorm)", o.Epochs, o.BatchSize, o.LR)
	}
	if o.Data == nil {
		return nil, fmt.Errorf("classifier: train: no CIFAR-10 training data given")
	}
	if err := checkSet(o.Data, CIFAR10); err != nil {
		return nil, err
	}
	if o.Test != nil {
		if err := checkSet(o.Test, CIFAR10); err != nil {
			return nil, err
		}
	}
	be, err := gemm.OrDefault(o.BLAS)
	if err != nil {
		return nil, fmt.Errorf("classifier: %w", err)
	}
	data := o.Data
	m := newModel(CIFAR10, be, o.BatchSize, rand.New(rand.NewPCG(o.Seed, 0)))
	sgd := optim.NewSGD(m.Params(), 0, CIFARMomentum)
	sgd.Nesterov = true
	sgd.WeightDecay = CIFARWeightDecay
	shuffle := rand.New(rand.NewPCG(o.Seed, 1))
	aug := rand.New(rand.NewPCG(o.Seed, 2))
	order := make([]int, data.N)
	for i := range order {
		order[i] = i
	}
	in := CIFAR10.Inputs()
	x := make([]float32, o.BatchSize*in)
	labels := make([]uint8, o.BatchSize)
	grad := make([]float32, o.BatchSize*Classes)
	tmp := make([]float32, in)

	perEpoch := (data.N + o.BatchSize - 1) / o.BatchSize
	step, steps := 0, o.Epochs*perEpoch
	warm := max(1, int(CIFARWarmup*float64(steps)))
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		start := time.Now()
		shuffle.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var lossSum float64
		correct, seen := 0, 0
		for b0 := 0; b0 < data.N; b0 += o.BatchSize {
			idx := order[b0:min(b0+o.BatchSize, data.N)]
			n := len(idx)
			if n < 2 {
				break // BatchNorm needs two rows; one image a epoch is dropped at most
			}
			xb, yb, gb := x[:n*in], labels[:n], grad[:n*Classes]
			data.Float(xb, idx, -1, 1)
			for k, i := range idx {
				yb[k] = data.Labels[i]
				dx := aug.IntN(2*CIFARTranslate+1) - CIFARTranslate
				dy := aug.IntN(2*CIFARTranslate+1) - CIFARTranslate
				translateFlip(xb[k*in:(k+1)*in], tmp, CIFAR10.C, CIFAR10.H, dx, dy, aug.IntN(2) == 1)
			}
			if step < warm {
				sgd.LR = o.LR * float64(step+1) / float64(warm)
			} else {
				sgd.LR = o.LR * float64(steps-step) / float64(steps-warm)
			}
			step++

			logits := m.net.Forward(xb, n, true)
			for k, y := range yb {
				if Argmax(logits[k*Classes:(k+1)*Classes]) == int(y) {
					correct++
				}
			}
			loss := nn.SoftmaxCrossEntropySmoothed(logits, n, Classes, yb, CIFARLabelSmoothing, gb)
			if math.IsNaN(float64(loss)) || math.IsInf(float64(loss), 0) {
				return nil, fmt.Errorf("classifier: train: the loss diverged (%v) at epoch %d, step %d; try a lower learning rate than %v", loss, epoch, step, o.LR)
			}
			lossSum += float64(loss) * float64(n)
			seen += n
			m.net.Backward(gb, n, nn.Pass{ParamGrads: true})
			sgd.Step()
			if progress != nil && step%20 == 0 && b0+o.BatchSize < data.N {
				progress(TrainStats{Epoch: epoch, Epochs: o.Epochs, Loss: lossSum / float64(seen), Acc: float64(correct) / float64(seen), TestAcc: math.NaN(), Seconds: time.Since(start).Seconds()})
			}
		}
		st := TrainStats{Epoch: epoch, Epochs: o.Epochs, Loss: lossSum / float64(seen), Acc: float64(correct) / float64(seen), TestAcc: math.NaN(), Seconds: time.Since(start).Seconds(), EpochDone: true}
		if o.Test != nil {
			st.TestAcc = Accuracy(m, o.Test)
		}
		if progress != nil {
			progress(st)
		}
	}
	m.Metadata = map[string]string{
		"model":           "VGG-style CNN 3x32x32, widths 24-64-256-256, BatchNorm, max pools, 256 features, inputs in [-1,1]",
		"data":            data.Name,
		"seed":            strconv.FormatUint(o.Seed, 10),
		"epochs":          strconv.Itoa(o.Epochs),
		"batch_size":      strconv.Itoa(o.BatchSize),
		"lr":              strconv.FormatFloat(o.LR, 'g', -1, 64),
		"schedule":        fmt.Sprintf("one-cycle, linear up for %g of the steps, then down to 0", CIFARWarmup),
		"optimizer":       fmt.Sprintf("SGD, Nesterov momentum %g, weight decay %g", CIFARMomentum, CIFARWeightDecay),
		"label_smoothing": strconv.FormatFloat(CIFARLabelSmoothing, 'g', -1, 64),
		"augmentation":    fmt.Sprintf("random left-right flip, translation up to %d pixels with reflected border", CIFARTranslate),
		"blas":            be.Name(),
	}
	if o.Test != nil {
		m.Metadata["test_accuracy"] = strconv.FormatFloat(Accuracy(m, o.Test), 'f', 4, 64)
		m.Metadata["test_data"] = o.Test.Name
		ref, err := ComputeReference(m, o.Test)
		if err != nil {
			return nil, err
		}
		if o.RefName != "" {
			ref.Data = o.RefName
		}
		m.Ref = ref
	}
	return m, nil
}

// checkSet checks that s holds labelled images of arch's shape in 10 classes.
func checkSet(s *dataset.Set, a *Arch) error {
	if s.N < 1 || s.C != a.C || s.H != a.H || s.W != a.W {
		return fmt.Errorf("classifier: %s: %d images of %dx%dx%d, want at least one of %dx%dx%d", s.Name, s.N, s.C, s.H, s.W, a.C, a.H, a.W)
	}
	if len(s.Labels) != s.N {
		return fmt.Errorf("classifier: %s: %d labels for %d images; the classifier needs labelled images (class folders or CIFAR-10 batches)", s.Name, len(s.Labels), s.N)
	}
	for i, l := range s.Labels {
		if l >= Classes {
			return fmt.Errorf("classifier: %s: image %d has label %d, want 0-%d", s.Name, i, l, Classes-1)
		}
	}
	return nil
}

// translateFlip moves a c×side×side image in place by dx columns and dy
// rows, reflecting at the border (PyTorch's reflect padding, the edge
// pixel not repeated), and then mirrors it left-right if flip. tmp holds
// one image.
func translateFlip(img, tmp []float32, c, side, dx, dy int, flip bool) {
	copy(tmp, img)
	reflect := func(i int) int {
		if i < 0 {
			return -i
		}
		if i >= side {
			return 2*(side-1) - i
		}
		return i
	}
	for ch := range c {
		src, dst := tmp[ch*side*side:], img[ch*side*side:]
		for r := range side {
			sr := reflect(r - dy)
			for col := range side {
				oc := col
				if flip {
					oc = side - 1 - col
				}
				dst[r*side+oc] = src[sr*side+reflect(col-dx)]
			}
		}
	}
}

//go:embed cifar10.safetensors
var embeddedCIFAR10 string

// EmbeddedCIFAR10 returns the CIFAR-10 judge trained by TrainCIFAR10 with
// the default options, whose weights are built into the package. Every
// call returns the same Model.
func EmbeddedCIFAR10() (*Model, error) { return embeddedCIFAR10Model() }

var embeddedCIFAR10Model = sync.OnceValues(func() (*Model, error) {
	return LoadBytes([]byte(embeddedCIFAR10), "classifier/cifar10.safetensors")
})
