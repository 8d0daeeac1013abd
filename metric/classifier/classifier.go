// Package classifier holds the image classifiers trained with gogan's own
// engine that judge sample quality with nothing to download: their class
// probabilities give the class histogram (mode collapse shows as an uneven
// one) and a class score, their penultimate activations the features for a
// FID in their own feature space (package fid).
//
// Two are built in, each for the images it was trained on, with pixels
// scaled to [-1, 1] exactly as the GAN's training data so that a
// generator's tanh output feeds them directly:
//
//   - MNIST (Embedded): an MLP, 784→512→ReLU→256→ReLU→10. Train retrains
//     it with the same recipe, deterministically from its seed, but not bit
//     for bit the embedded weights, which came from an earlier engine (its
//     test accuracy is 98.53% against their 98.43%).
//   - CIFAR-10 (EmbeddedCIFAR10): a VGG-style convolutional net on 3×32×32
//     images, 256 features, trained by TrainCIFAR10 (cifar.go).
package classifier

import (
	"bytes"
	_ "embed" // for the go:embed directive
	"fmt"
	"maps"
	"math/rand/v2"
	"sync"

	"gogan/data/dataset"
	"gogan/data/resize"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/safetensors"
)

// Sizes of the MNIST model; both models tell 10 classes.
const (
	Inputs   = 28 * 28 // pixels of one MNIST image, in [-1, 1]
	Features = 256     // width of the MNIST model's penultimate layer, the FID features
	Classes  = 10
)

// evalBatch is the number of rows one forward pass of the MLP takes in
// evaluation: Logits and friends split any n into batches of this size.
const evalBatch = 500

// Arch is one of the built-in classifiers' architectures: what images it
// reads and how it is built.
type Arch struct {
	// Name is saved in the weights' metadata ("arch"), so that Load
	// builds the right network; weights without it are MNIST's.
	Name    string
	C, H, W int
	// Features is the width of the feature layer, the output of the
	// first FeatureLayers layers.
	Features, FeatureLayers int
	// EvalBatch is the rows of one evaluation pass, bounding the
	// activation buffers.
	EvalBatch int
	// ClassNames are the names of classes 0-9, for pictures and reports.
	ClassNames []string
	// FlipTTA averages every output over the image and its mirror image
	// (left-right), as the training's random flips make both equally
	// likely: the judge's predictions and features are then symmetric.
	FlipTTA bool
	build   func(ctx nn.Context) *nn.Sequential
}

// Inputs is the values of one image, C·H·W.
func (a *Arch) Inputs() int { return a.C * a.H * a.W }

// MNIST is the MLP on 28×28 digits.
var MNIST = &Arch{Name: "mnist-mlp", C: 1, H: 28, W: 28, Features: Features, FeatureLayers: 4, EvalBatch: evalBatch,
	ClassNames: []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"},
	build: func(ctx nn.Context) *nn.Sequential {
		return nn.NewSequential("model",
			nn.NewLinear(ctx, Inputs, 512), nn.NewReLU(ctx, 512),
			nn.NewLinear(ctx, 512, Features), nn.NewReLU(ctx, Features),
			nn.NewLinear(ctx, Features, Classes))
	}}

// archs are the architectures Load recognises, by Name.
var archs = []*Arch{MNIST, CIFAR10}

// For returns the built-in judge of images with c channels: the MNIST
// classifier for grey ones, the CIFAR-10 classifier for colour ones.
func For(c int) (*Model, error) {
	switch c {
	case 1:
		return Embedded()
	case 3:
		return EmbeddedCIFAR10()
	}
	return nil, fmt.Errorf("classifier: no built-in classifier judges %d-channel images (1: MNIST's, 3: CIFAR-10's)", c)
}

// Input brings n images (n×c×s×s, NCHW, values in [lo, 1]) to m's input:
// each plane resized to m's size with PIL's bilinear weights, unrounded
// (resize.Floats: dcgan.py's 32×32 digits to MNIST's 28×28), and the
// values mapped to [-1, 1]. The result is a new slice.
func (m *Model) Input(x []float32, n, c, s int, lo float32) ([]float32, error) {
	a := m.Arch
	if c != a.C {
		return nil, fmt.Errorf("classifier: the %s classifier reads %d-channel images, not %d", a.Name, a.C, c)
	}
	if n < 0 || s < 1 || len(x) != n*c*s*s {
		return nil, fmt.Errorf("classifier: %d values for %d images of %dx%dx%d", len(x), n, c, s, s)
	}
	out := resize.Floats(x, n*c, s, a.H)
	if lo != -1 {
		for i, v := range out {
			out[i] = -1 + 2*(v-lo)/(1-lo)
		}
	}
	return out, nil
}

// Model is a trained classifier. Its methods may be called from several
// goroutines: evaluation runs one batch at a time under a lock, since the
// layers own their activation buffers.
type Model struct {
	// Metadata is saved in the weights file's header and read back by
	// Load: how the weights were trained and what they scored.
	Metadata map[string]string
	Arch     *Arch
	// Ref, if not nil, is stored with the weights: the real images the
	// judge compares samples with (the CIFAR-10 judge's test set).
	Ref *Reference

	mu  sync.Mutex
	net *nn.Sequential

	realOnce sync.Once // RealFeatures of a model without Ref
	real     []float32
	realErr  error
}

// newModel builds arch with PyTorch's default initialisation drawn from
// rng, for batches of up to maxBatch rows.
func newModel(arch *Arch, be gemm.Backend, maxBatch int, rng *rand.Rand) *Model {
	ctx := nn.Context{BLAS: be, MaxBatch: max(maxBatch, arch.EvalBatch), Rand: rng}
	return &Model{Arch: arch, net: arch.build(ctx)}
}

// Params lists the model's tensors in state_dict order; for MNIST's:
// model.0.weight [512,784], model.0.bias [512], model.2.weight [256,512],
// model.2.bias [256], model.4.weight [10,256], model.4.bias [10].
func (m *Model) Params() []*nn.Param { return m.net.Params() }

// tensors lists the parameters and then the buffers (BatchNorm's running
// statistics), everything a weights file holds.
func (m *Model) tensors() (ps []*nn.Param, bs []nn.Buffer) {
	for _, l := range m.net.Layers {
		bs = append(bs, l.Buffers()...)
	}
	return m.Params(), bs
}

// Outputs returns the features (n×Arch.Features) and logits (n×Classes)
// of the n images of x from one forward pass: what an evaluation needs,
// at the cost of Logits alone.
func (m *Model) Outputs(x []float32, n int) (features, logits []float32) {
	in, d := m.Arch.Inputs(), m.Arch.Features
	if n < 0 || len(x) != n*in {
		panic(fmt.Sprintf("classifier: input has %d values, want %d images × %d values", len(x), n, in))
	}
	features, logits = make([]float32, n*d), make([]float32, n*Classes)
	m.mu.Lock()
	defer m.mu.Unlock()
	eb := m.Arch.EvalBatch
	var mirror []float32
	if m.Arch.FlipTTA {
		mirror = make([]float32, min(eb, n)*in)
	}
	for r0 := 0; r0 < n; r0 += eb {
		b := min(eb, n-r0)
		xb := x[r0*in : (r0+b)*in]
		m.pass(xb, b, features[r0*d:(r0+b)*d], logits[r0*Classes:(r0+b)*Classes], false)
		if mirror != nil {
			a := m.Arch
			for i := range b * a.C * a.H {
				row := xb[i*a.W : (i+1)*a.W]
				dst := mirror[i*a.W : (i+1)*a.W]
				for j, v := range row {
					dst[a.W-1-j] = v
				}
			}
			m.pass(mirror[:b*in], b, features[r0*d:(r0+b)*d], logits[r0*Classes:(r0+b)*Classes], true)
		}
	}
	return features, logits
}

// pass runs one batch through the net, writing (or, with average, averaging
// into) its features and logits.
func (m *Model) pass(x []float32, b int, features, logits []float32, average bool) {
	put := func(dst, src []float32) {
		if !average {
			copy(dst, src)
			return
		}
		for i, v := range src[:len(dst)] {
			dst[i] = (dst[i] + v) / 2
		}
	}
	h := x
	for i, l := range m.net.Layers {
		h = l.Forward(h, b, false)
		if i == m.Arch.FeatureLayers-1 {
			put(features, h)
		}
	}
	put(logits, h)
}

// Logits returns the n×Classes pre-softmax outputs for the n images of x
// (n×C·H·W, NCHW, values in [-1, 1]). It panics if len(x) != n·C·H·W.
func (m *Model) Logits(x []float32, n int) []float32 {
	_, logits := m.Outputs(x, n)
	return logits
}

// Probs returns the n×Classes class probabilities, the softmax of Logits.
func (m *Model) Probs(x []float32, n int) []float32 {
	p := m.Logits(x, n)
	nn.Softmax(p, p, n, Classes)
	return p
}

// Features returns the n×Arch.Features activations of the feature layer
// (the MLP's penultimate after its ReLU, the conv net's pooled last
// block): the representation FID compares.
func (m *Model) Features(x []float32, n int) []float32 {
	features, _ := m.Outputs(x, n)
	return features
}

// Predict returns the most probable class of each of the n images.
func (m *Model) Predict(x []float32, n int) []uint8 {
	logits := m.Logits(x, n)
	pred := make([]uint8, n)
	for i := range pred {
		pred[i] = uint8(Argmax(logits[i*Classes : (i+1)*Classes]))
	}
	return pred
}

// Argmax is the index of v's largest value, the first of equals: a
// prediction from logits or probabilities.
func Argmax(v []float32) int {
	best := 0
	for j, x := range v {
		if x > v[best] {
			best = j
		}
	}
	return best
}

// Accuracy returns the fraction of set's images whose predicted class is
// their label. It panics if set has no labels or its images are not the
// model's shape.
func Accuracy(m *Model, set *dataset.Set) float64 {
	a := m.Arch
	if set.Labels == nil || set.C != a.C || set.H != a.H || set.W != a.W {
		panic(fmt.Sprintf("classifier: Accuracy: %s must be labelled %dx%dx%d images", set.Name, a.C, a.H, a.W))
	}
	const chunk = 5000 // bounds the float32 copy of the images
	in := a.Inputs()
	correct := 0
	x := make([]float32, min(chunk, set.N)*in)
	idx := make([]int, 0, chunk)
	for r0 := 0; r0 < set.N; r0 += chunk {
		b := min(chunk, set.N-r0)
		idx = idx[:0]
		for i := range b {
			idx = append(idx, r0+i)
		}
		set.Float(x[:b*in], idx, -1, 1)
		for i, p := range m.Predict(x[:b*in], b) {
			if p == set.Labels[r0+i] {
				correct++
			}
		}
	}
	return float64(correct) / float64(set.N)
}

// Save writes the weights to path as safetensors, named as PyTorch's
// state_dict of nn.Sequential (model.0.weight, ..., BatchNorm's
// running_mean and running_var), with m.Metadata and the arch's name in the
// header.
func (m *Model) Save(path string) error {
	var ts []safetensors.Tensor
	ps, bs := m.tensors()
	for _, p := range ps {
		ts = append(ts, safetensors.F32(p.Name, p.Shape, p.W))
	}
	for _, b := range bs {
		if b.F != nil {
			ts = append(ts, safetensors.F32(b.Name, b.Shape, b.F))
		}
	}
	meta := maps.Clone(m.Metadata)
	if meta == nil {
		meta = map[string]string{}
	}
	if m.Arch != MNIST {
		meta["arch"] = m.Arch.Name
	}
	if m.Ref != nil {
		ts = append(ts, m.Ref.tensors(m.Arch.Features)...)
		m.Ref.metadata(meta)
	}
	if err := safetensors.WriteFile(path, ts, meta); err != nil {
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
	arch := MNIST
	if a, ok := f.Metadata["arch"]; ok {
		arch = nil
		for _, c := range archs {
			if c.Name == a {
				arch = c
			}
		}
		if arch == nil {
			return nil, fmt.Errorf("classifier: %s: unknown architecture %q (this gogan knows %s and %s)", name, a, MNIST.Name, CIFAR10.Name)
		}
	}
	m := newModel(arch, be, arch.EvalBatch, rand.New(rand.NewPCG(0, 0)))
	ps, bs := m.tensors()
	get := func(tname string, shape []int, dst []float32) error {
		t, ok := f.Get(tname)
		if !ok {
			return fmt.Errorf("classifier: %s: no tensor %q", name, tname)
		}
		if fmt.Sprint(t.Shape) != fmt.Sprint(shape) {
			return fmt.Errorf("classifier: %s: tensor %q has shape %v, want %v", name, tname, t.Shape, shape)
		}
		v, err := t.Float32s()
		if err != nil {
			return fmt.Errorf("classifier: %s: %w", name, err)
		}
		copy(dst, v)
		return nil
	}
	for _, p := range ps {
		if err := get(p.Name, p.Shape, p.W); err != nil {
			return nil, err
		}
	}
	for _, b := range bs {
		if b.F == nil {
			continue
		}
		if err := get(b.Name, b.Shape, b.F); err != nil {
			return nil, err
		}
	}
	if m.Ref, err = readReference(f, name, arch.Features); err != nil {
		return nil, err
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
