package classifier

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"

	"gogan/data/dataset"
	"gogan/data/mnist"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
)

// The defaults of TrainOptions, the options the embedded weights were
// trained with.
const (
	DefaultSeed      = 1
	DefaultEpochs    = 8
	DefaultBatchSize = 128
	DefaultLR        = 1e-3
	DefaultShift     = 2
)

// TrainOptions configures Train. A zero field takes its default.
type TrainOptions struct {
	Seed      uint64  // seeds initialisation and shuffling; 0 means DefaultSeed
	Epochs    int     // passes over the data; 0 means DefaultEpochs
	BatchSize int     // images per Adam step, the last batch kept short; 0 means DefaultBatchSize
	LR        float64 // Adam's initial learning rate (betas 0.9, 0.999); 0 means DefaultLR

	// ConstantLR keeps the learning rate at LR. By default it follows a
	// cosine from LR down to 0 over the whole run, worth about 0.3% of
	// test accuracy to this MLP.
	ConstantLR bool
	// Shift is the largest random translation of a training image, in
	// pixels: each image moves by dx, dy drawn uniformly from [-Shift,
	// Shift], the border filled with background. 0 means DefaultShift;
	// negative means no augmentation. Besides accuracy, it makes the
	// classifier less sensitive to a generator's off-centre digits.
	Shift int

	// Data holds the labelled 28×28 training images; nil means all 60,000
	// MNIST training images.
	Data *dataset.Set
	// BLAS is the GEMM backend; nil means gemm.Default(). Backends round
	// differently, so the same seed gives the same weights only on the
	// same backend.
	BLAS gemm.Backend
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.Epochs == 0 {
		o.Epochs = DefaultEpochs
	}
	if o.BatchSize == 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.LR == 0 {
		o.LR = DefaultLR
	}
	if o.Shift == 0 {
		o.Shift = DefaultShift
	}
	return o
}

// Train fits a new Model with Adam on softmax cross-entropy, deterministically
// from opts.Seed: PCG streams (Seed, 0), (Seed, 1) and (Seed, 2) draw the
// initial weights, each epoch's shuffle and the shifts. After every epoch it
// calls progress (if not nil) with the epoch (from 1) and that epoch's mean
// training loss and training accuracy, measured on the (shifted) batches as
// they were trained.
func Train(opts TrainOptions, progress func(epoch int, loss, acc float64)) (*Model, error) {
	o := opts.withDefaults()
	if o.Epochs < 0 || o.BatchSize < 0 || !(o.LR > 0) {
		return nil, fmt.Errorf("classifier: train: %d epochs, batch %d, learning rate %v: want positive values", o.Epochs, o.BatchSize, o.LR)
	}
	data := o.Data
	if data == nil {
		var err error
		if data, err = mnist.Train(); err != nil {
			return nil, fmt.Errorf("classifier: %w", err)
		}
	}
	if err := checkData(data); err != nil {
		return nil, err
	}
	be, err := gemm.OrDefault(o.BLAS)
	if err != nil {
		return nil, fmt.Errorf("classifier: %w", err)
	}

	m := newModel(MNIST, be, o.BatchSize, rand.New(rand.NewPCG(o.Seed, 0)))
	adam := optim.NewAdam(m.Params(), o.LR, 0.9, 0.999)
	shuffle := rand.New(rand.NewPCG(o.Seed, 1))
	aug := rand.New(rand.NewPCG(o.Seed, 2))
	order := make([]int, data.N)
	for i := range order {
		order[i] = i
	}
	// Buffers for one batch, allocated once.
	x := make([]float32, o.BatchSize*Inputs)
	labels := make([]uint8, o.BatchSize)
	grad := make([]float32, o.BatchSize*Classes)
	tmp := make([]float32, Inputs)

	step, steps := 0, o.Epochs*((data.N+o.BatchSize-1)/o.BatchSize)
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		shuffle.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var lossSum float64
		correct := 0
		for b0 := 0; b0 < data.N; b0 += o.BatchSize {
			idx := order[b0:min(b0+o.BatchSize, data.N)]
			n := len(idx)
			xb, yb, gb := x[:n*Inputs], labels[:n], grad[:n*Classes]
			data.Float(xb, idx, -1, 1)
			for k, i := range idx {
				yb[k] = data.Labels[i]
				if o.Shift > 0 {
					dx := aug.IntN(2*o.Shift+1) - o.Shift
					dy := aug.IntN(2*o.Shift+1) - o.Shift
					shift(xb[k*Inputs:(k+1)*Inputs], tmp, dx, dy)
				}
			}
			if !o.ConstantLR {
				adam.LR = o.LR * 0.5 * (1 + math.Cos(math.Pi*float64(step)/float64(steps)))
			}
			step++

			logits := m.net.Forward(xb, n, true)
			for k, y := range yb {
				if Argmax(logits[k*Classes:(k+1)*Classes]) == int(y) {
					correct++
				}
			}
			loss := nn.SoftmaxCrossEntropy(logits, n, Classes, yb, gb)
			lossSum += float64(loss) * float64(n)
			m.net.Backward(gb, n, nn.Pass{ParamGrads: true})
			adam.Step()
		}
		if progress != nil {
			progress(epoch, lossSum/float64(data.N), float64(correct)/float64(data.N))
		}
	}
	schedule := "cosine"
	if o.ConstantLR {
		schedule = "constant"
	}
	m.Metadata = map[string]string{
		"model":      "MLP 784-512-ReLU-256-ReLU-10, inputs in [-1,1]",
		"data":       data.Name,
		"seed":       strconv.FormatUint(o.Seed, 10),
		"epochs":     strconv.Itoa(o.Epochs),
		"batch_size": strconv.Itoa(o.BatchSize),
		"lr":         strconv.FormatFloat(o.LR, 'g', -1, 64),
		"schedule":   schedule,
		"shift":      strconv.Itoa(max(o.Shift, 0)),
		"blas":       be.Name(),
	}
	return m, nil
}

func checkData(s *dataset.Set) error {
	if s.N < 1 || s.C != 1 || s.H != 28 || s.W != 28 {
		return fmt.Errorf("classifier: %s: %d images of %dx%dx%d, want at least one of 1x28x28", s.Name, s.N, s.C, s.H, s.W)
	}
	if len(s.Labels) != s.N {
		return fmt.Errorf("classifier: %s: %d labels for %d images", s.Name, len(s.Labels), s.N)
	}
	for i, l := range s.Labels {
		if l >= Classes {
			return fmt.Errorf("classifier: %s: image %d has label %d, want 0-%d", s.Name, i, l, Classes-1)
		}
	}
	return nil
}

// shift translates a 28×28 image in place by dx columns and dy rows, filling
// the uncovered border with the background, -1. tmp holds Inputs values.
func shift(img, tmp []float32, dx, dy int) {
	const side = 28
	copy(tmp, img)
	for r := range side {
		for c := range side {
			sr, sc := r-dy, c-dx
			if sr < 0 || sr >= side || sc < 0 || sc >= side {
				img[r*side+c] = -1
			} else {
				img[r*side+c] = tmp[sr*side+sc]
			}
		}
	}
}
