// Package classifier is an MNIST digit classifier trained with gogan's own
// engine, the yardstick for sample quality: its class probabilities give the
// class histogram (mode collapse shows as an uneven one) and a class score,
// its penultimate activations the features for an MNIST FID (package fid).
//
// The model is an MLP, 784→512→ReLU→256→ReLU→10, on pixels scaled to
// [-1, 1] exactly as the GAN's training data, so a generator's tanh output
// feeds it directly. Its trained weights are embedded (Embedded); Train
// retrains with the same recipe, deterministically from its seed, but not
// bit for bit the embedded weights, which came from an earlier engine (its
// test accuracy is 98.53% against their 98.43%).
package classifier

import (
	"bytes"
	_ "embed" // for the go:embed directive
	"fmt"
	"math/rand/v2"
	"sync"

	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/safetensors"
)

// Sizes of the model.
const (
	Inputs   = 28 * 28 // pixels of one image, in [-1, 1]
	Features = 256     // width of the penultimate layer, the FID features
	Classes  = 10
)

// evalBatch is the number of rows one forward pass takes in evaluation:
// Logits and friends split any n into batches of this size.
const evalBatch = 500

// Model is the trained MLP. Its methods may be called from several
// goroutines: evaluation runs one batch at a time under a lock, since the
// layers own their activation buffers.
type Model struct {
	// Metadata is saved in the weights file's header and read back by
	// Load: how the weights were trained and what they scored.
	Metadata map[string]string

	mu  sync.Mutex
	net *nn.Sequential
	// linear are the three Linear layers, model.0, model.2 and model.4.
	linear [3]*nn.Linear
}

// newModel builds the network with PyTorch's default initialisation drawn
// from rng, for batches of up to maxBatch rows.
func newModel(be gemm.Backend, maxBatch int, rng *rand.Rand) *Model {
	ctx := nn.Context{BLAS: be, MaxBatch: max(maxBatch, evalBatch), Rand: rng}
	l0 := nn.NewLinear(ctx, Inputs, 512)
	l2 := nn.NewLinear(ctx, 512, Features)
	l4 := nn.NewLinear(ctx, Features, Classes)
	net := nn.NewSequential("model", l0, nn.NewReLU(ctx, 512), l2, nn.NewReLU(ctx, Features), l4)
	return &Model{net: net, linear: [3]*nn.Linear{l0, l2, l4}}
}

// Params lists the model's tensors in state_dict order: model.0.weight
// [512,784], model.0.bias [512], model.2.weight [256,512], model.2.bias
// [256], model.4.weight [10,256], model.4.bias [10].
func (m *Model) Params() []*nn.Param { return m.net.Params() }

// forward runs the first `layers` layers on the n rows of x (n×Inputs) in
// batches of evalBatch and returns the n×width outputs.
func (m *Model) forward(x []float32, n, layers, width int) []float32 {
	if n < 0 || len(x) != n*Inputs {
		panic(fmt.Sprintf("classifier: input has %d values, want %d images × %d pixels", len(x), n, Inputs))
	}
	out := make([]float32, n*width)
	m.mu.Lock()
	defer m.mu.Unlock()
	for r0 := 0; r0 < n; r0 += evalBatch {
		b := min(evalBatch, n-r0)
		h := x[r0*Inputs : (r0+b)*Inputs]
		for _, l := range m.net.Layers[:layers] {
			h = l.Forward(h, b, false)
		}
		copy(out[r0*width:], h)
	}
	return out
}

// Logits returns the n×Classes pre-softmax outputs for the n images of x
// (n×Inputs, pixels in [-1, 1]). It panics if len(x) != n·Inputs.
func (m *Model) Logits(x []float32, n int) []float32 {
	return m.forward(x, n, len(m.net.Layers), Classes)
}

// Probs returns the n×Classes class probabilities, the softmax of Logits.
func (m *Model) Probs(x []float32, n int) []float32 {
	p := m.Logits(x, n)
	nn.Softmax(p, p, n, Classes)
	return p
}

// Features returns the n×Features activations of the penultimate layer,
// after its ReLU: the representation FID compares.
func (m *Model) Features(x []float32, n int) []float32 {
	return m.forward(x, n, len(m.net.Layers)-1, Features)
}

// Predict returns the most probable class of each of the n images.
func (m *Model) Predict(x []float32, n int) []uint8 {
	logits := m.Logits(x, n)
	pred := make([]uint8, n)
	for i := range pred {
		pred[i] = uint8(argmax(logits[i*Classes : (i+1)*Classes]))
	}
	return pred
}

func argmax(v []float32) int {
	best := 0
	for j, x := range v {
		if x > v[best] {
			best = j
		}
	}
	return best
}

// Accuracy returns the fraction of set's images whose predicted class is
// their label. It panics if set has no labels or its images are not
// Inputs pixels.
func Accuracy(m *Model, set *dataset.Set) float64 {
	if set.Labels == nil || set.Dim() != Inputs {
		panic(fmt.Sprintf("classifier: Accuracy: %s must be labelled %d-pixel images", set.Name, Inputs))
	}
	const chunk = 5000 // bounds the float32 copy of the images
	correct := 0
	x := make([]float32, min(chunk, set.N)*Inputs)
	idx := make([]int, 0, chunk)
	for r0 := 0; r0 < set.N; r0 += chunk {
		b := min(chunk, set.N-r0)
		idx = idx[:0]
		for i := range b {
			idx = append(idx, r0+i)
		}
		set.Float(x[:b*Inputs], idx, -1, 1)
		for i, p := range m.Predict(x[:b*Inputs], b) {
			if p == set.Labels[r0+i] {
				correct++
			}
		}
	}
	return float64(correct) / float64(set.N)
}

// Save writes the weights to path as safetensors, named as PyTorch's
// state_dict of nn.Sequential (model.0.weight, ...), with m.Metadata in the
// header.
func (m *Model) Save(path string) error {
	var ts []safetensors.Tensor
	for _, p := range m.Params() {
		ts = append(ts, safetensors.F32(p.Name, p.Shape, p.W))
	}
	if err := safetensors.WriteFile(path, ts, m.Metadata); err != nil {
		return fmt.Errorf("classifier: %w", err)
	}
	return nil
}

// Load reads weights written by Save.
func Load(path string) (*Model, error) {
	f, err := safetensors.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("classifier: %w", err)
	}
	return fromFile(f, path)
}

// LoadBytes reads weights in safetensors format from b; name says where
// they came from, for error messages.
func LoadBytes(b []byte, name string) (*Model, error) {
	f, err := safetensors.Read(bytes.NewReader(b), name)
	if err != nil {
		return nil, fmt.Errorf("classifier: %w", err)
	}
	return fromFile(f, name)
}

func fromFile(f *safetensors.File, name string) (*Model, error) {
	be, err := gemm.Default()
	if err != nil {
		return nil, fmt.Errorf("classifier: %w", err)
	}
	m := newModel(be, evalBatch, rand.New(rand.NewPCG(0, 0)))
	for _, p := range m.Params() {
		t, ok := f.Get(p.Name)
		if !ok {
			return nil, fmt.Errorf("classifier: %s: no tensor %q", name, p.Name)
		}
		if fmt.Sprint(t.Shape) != fmt.Sprint(p.Shape) {
			return nil, fmt.Errorf("classifier: %s: tensor %q has shape %v, want %v", name, p.Name, t.Shape, p.Shape)
		}
		v, err := t.Float32s()
		if err != nil {
			return nil, fmt.Errorf("classifier: %s: %w", name, err)
		}
		copy(p.W, v)
	}
	m.Metadata = f.Metadata
	return m, nil
}

//go:embed weights.safetensors
var embedded string

// Embedded returns the model trained by Train with the default options,
// whose weights are built into the package. Every call returns the same
// Model.
func Embedded() (*Model, error) { return embeddedModel() }

var embeddedModel = sync.OnceValues(func() (*Model, error) {
	return LoadBytes([]byte(embedded), "classifier/weights.safetensors")
})
