package recipe

import "gogan/internal/enum"

// ModelKind selects the architecture of G and D.
type ModelKind int

const (
	Seed  ModelKind = iota // gan.py's MLPs with BatchNorm and LeakyReLU
	Paper                  // Goodfellow et al.'s ReLU G and maxout D
	Cond                   // cgan.py's class-conditional MLPs
	DCGAN                  // dcgan.py's convolutional pair
	CNN                    // Miyato et al.'s standard CNN: transposed convolutions in G, spectral norm in D
	// PaperConv is Goodfellow et al.'s CIFAR-10 convolutional pair
	// (cifar10_convolutional.yaml): a Deconv G and maxout-conv D.
	PaperConv
)

// LabelDraw is how the classes of G's training batches are drawn.
type LabelDraw int

const (
	UniformLabels  LabelDraw = iota // each independently, cgan.py's randint
	BalancedLabels                  // every class an equal share of each batch
)

// Noise is the distribution of the latent vectors.
type Noise int

const (
	Normal  Noise = iota // N(0, 1), gan.py's
	Uniform              // U[-sqrt 3, sqrt 3], the paper's (also unit variance)
)

// PixelRange is the range of the images G makes and D sees.
type PixelRange int

const (
	Tanh PixelRange = iota // [-1, 1]
	Unit                   // [0, 1]
	// GCN is globally contrast-normalised pixels (Model.GCNScale): each
	// image zero-mean with L2 norm GCNScale, unbounded, as pylearn2's
	// CIFAR10(gcn=55.) gave the paper's CIFAR-10 models.
	GCN
)

// Optimizer selects how both networks are updated.
type Optimizer int

const (
	Adam Optimizer = iota
	SGD            // with momentum, PyTorch's form
)

var (
	kindNames  = []string{Seed: "seed", Paper: "paper", Cond: "cgan", DCGAN: "dcgan", CNN: "cnn", PaperConv: "paper-conv"}
	labelNames = []string{UniformLabels: "uniform", BalancedLabels: "balanced"}
	noiseNames = []string{Normal: "normal", Uniform: "uniform"}
	rangeNames = []string{Tanh: "tanh", Unit: "unit", GCN: "gcn"}
	optNames   = []string{Adam: "adam", SGD: "sgd"}
)

func (k ModelKind) String() string               { return enum.Name(kindNames, int(k)) }
func (k ModelKind) MarshalText() ([]byte, error) { return enum.Text(kindNames, int(k)) }
func (k *ModelKind) UnmarshalText(b []byte) error {
	return enum.Parse(kindNames, (*int)(k), b)
}

func (l LabelDraw) String() string               { return enum.Name(labelNames, int(l)) }
func (l LabelDraw) MarshalText() ([]byte, error) { return enum.Text(labelNames, int(l)) }
func (l *LabelDraw) UnmarshalText(b []byte) error {
	return enum.Parse(labelNames, (*int)(l), b)
}

func (n Noise) String() string               { return enum.Name(noiseNames, int(n)) }
func (n Noise) MarshalText() ([]byte, error) { return enum.Text(noiseNames, int(n)) }
func (n *Noise) UnmarshalText(b []byte) error {
	return enum.Parse(noiseNames, (*int)(n), b)
}

func (p PixelRange) String() string               { return enum.Name(rangeNames, int(p)) }
func (p PixelRange) MarshalText() ([]byte, error) { return enum.Text(rangeNames, int(p)) }
func (p *PixelRange) UnmarshalText(b []byte) error {
	return enum.Parse(rangeNames, (*int)(p), b)
}

func (o Optimizer) String() string               { return enum.Name(optNames, int(o)) }
func (o Optimizer) MarshalText() ([]byte, error) { return enum.Text(optNames, int(o)) }
func (o *Optimizer) UnmarshalText(b []byte) error {
	return enum.Parse(optNames, (*int)(o), b)
}

// Lo is the bottom of the pixel range; the top is always 1. GCN'd images
// have no fixed range: their pictures use Model.GridRange and evaluation
// Model.ToTanh; Lo is -1 for them, the range ToTanh brings them to.
func (p PixelRange) Lo() float32 {
	if p == Unit {
		return 0
	}
	return -1
}

// Hi is the top of the pixel range.
func (p PixelRange) Hi() float32 { return 1 }
