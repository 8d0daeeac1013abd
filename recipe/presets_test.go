package recipe

import (
	"fmt"
	"reflect"
	"testing"

	"gogan/gan"
)

// presetTable is every preset's full settings, written out: a preset that
// silently gains or loses a setting (another preset's, a changed default)
// fails TestPresetsInFull. A new preset is one more entry here, its
// settings checked against their source (gan.py, mnist.yaml, cgan.py,
// docs/quality.md).
var presetTable = map[string]Config{
	// gan.py's argparse defaults and layers (reference.md §1).
	"seed": {
		Preset: "seed",
		Model: Model{
			Kind: Seed, LatentDim: 100, Channels: 1, ImgSize: 28, Noise: Normal, PixelRange: Tanh,
			GWidths: []int{128, 256, 512, 1024}, DWidths: []int{512, 256}, BNEps: 0.8, BNMomentum: 0.1,
			GHidden: 1200, DUnits: 240, DPieces: 5,
		},
		Train: Train{
			Seed: 1, BatchSize: 64, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating, RealLabel: 1,
			Objective: gan.CrossEntropy, Labels: UniformLabels,
			Optimizer: Adam, LR: 0.0002, B1: 0.5, B2: 0.999, LRDecay: 1,
		},
		Run: Run{Epochs: 200, SampleInterval: 400},
	},
	// goodfeli/adversarial's mnist.yaml (reference.md §2).
	"paper": {
		Preset: "paper",
		Model: Model{
			Kind: Paper, LatentDim: 100, Channels: 1, ImgSize: 28, Noise: Uniform, PixelRange: Unit,
			GWidths: []int{128, 256, 512, 1024}, DWidths: []int{512, 256}, BNEps: 0.8, BNMomentum: 0.1,
			GHidden: 1200, DUnits: 240, DPieces: 5,
		},
		Train: Train{
			Seed: 1, TrainImages: 50000, BatchSize: 100, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating,
			LogitLoss: true, RealLabel: 1, Objective: gan.CrossEntropy, Labels: UniformLabels,
			Optimizer: SGD, LR: 0.1, B1: 0.5, B2: 0.999,
			Momentum: 0.5, MomentumFinal: 0.7, MomentumEpoch: 250, LRDecay: 1.000004, LRMin: 1e-6,
		},
		Run: Run{Epochs: 300, SampleInterval: 400},
	},
	// goodfeli/adversarial's cifar10_fully_connected.yaml: CIFAR-10
	// train[0:40000] with GCN at scale 55, lr .025, G ReLU 8000, sigmoid
	// 8000, linear; D maxout 1600x5 twice; z N(0, 1), the Generator's
	// default, as the yaml names no noise.
	"paper-cifar10-fc": {
		Preset: "paper-cifar10-fc",
		Model: Model{
			Kind: Paper, LatentDim: 100, Channels: 3, ImgSize: 32, Noise: Normal, PixelRange: GCN, GCNScale: 55,
			GWidths: []int{128, 256, 512, 1024}, DWidths: []int{512, 256}, BNEps: 0.8, BNMomentum: 0.1,
			GHidden: 8000, DUnits: 1600, DPieces: 5,
		},
		Train: Train{
			Seed: 1, TrainImages: 40000, BatchSize: 100, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating,
			LogitLoss: true, RealLabel: 1, Objective: gan.CrossEntropy, Labels: UniformLabels,
			Optimizer: SGD, LR: 0.025, B1: 0.5, B2: 0.999,
			Momentum: 0.5, MomentumFinal: 0.7, MomentumEpoch: 250, LRDecay: 1.000004, LRMin: 1e-6,
		},
		Run: Run{Epochs: 300, SampleInterval: 400},
	},
	// goodfeli/adversarial's cifar10_convolutional.yaml: the fc yaml's data,
	// noise, schedules and dropout at batch 128 and lr .004; G ReLU 8000,
	// sigmoid 8000 as 80 maps of 10×10, Deconv; D's maxout 500×5 after the
	// yaml's maxout convolutions (gan.PaperCifarConvArch).
	"paper-cifar10-conv": {
		Preset: "paper-cifar10-conv",
		Model: Model{
			Kind: PaperConv, LatentDim: 100, Channels: 3, ImgSize: 32, Noise: Normal, PixelRange: GCN, GCNScale: 55,
			BNEps: 0.8, BNMomentum: 0.1, GHidden: 8000, DUnits: 500, DPieces: 5,
		},
		Train: Train{
			Seed: 1, TrainImages: 40000, BatchSize: 128, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating,
			LogitLoss: true, RealLabel: 1, Objective: gan.CrossEntropy, Labels: UniformLabels,
			Optimizer: SGD, LR: 0.004, B1: 0.5, B2: 0.999,
			Momentum: 0.5, MomentumFinal: 0.7, MomentumEpoch: 250, LRDecay: 1.000004, LRMin: 1e-6,
		},
		Run: Run{Epochs: 300, SampleInterval: 400},
	},
	// The seed with BatchNorm's eps at 1e-5, EMA, TTUR and minibatch
	// stddev (docs/quality.md).
	"improved": {
		Preset: "improved",
		Model: Model{
			Kind: Seed, LatentDim: 100, Channels: 1, ImgSize: 28, Noise: Normal, PixelRange: Tanh,
			GWidths: []int{128, 256, 512, 1024}, DWidths: []int{512, 256}, BNEps: 1e-5, BNMomentum: 0.1,
			MBStdGroup: 4, GHidden: 1200, DUnits: 240, DPieces: 5,
		},
		Train: Train{
			Seed: 1, BatchSize: 64, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating, RealLabel: 1,
			EMA: 0.999, Objective: gan.CrossEntropy, Labels: UniformLabels,
			Optimizer: Adam, LR: 0.0002, DLR: 0.0004, B1: 0.5, B2: 0.999, LRDecay: 1,
		},
		Run: Run{Epochs: 200, SampleInterval: 400},
	},
	// PyTorch-GAN's cgan.py.
	"cgan": {
		Preset: "cgan",
		Model: Model{
			Kind: Cond, LatentDim: 100, Channels: 1, ImgSize: 32, Noise: Normal, PixelRange: Tanh,
			GWidths: []int{128, 256, 512, 1024}, DWidths: []int{512, 512, 512}, BNEps: 0.8, BNMomentum: 0.1,
			DDropout: 0.4, Classes: 10, EmbedDim: 10, GHidden: 1200, DUnits: 240, DPieces: 5,
		},
		Train: Train{
			Seed: 1, BatchSize: 64, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating, RealLabel: 1,
			Objective: gan.LeastSquares, Labels: UniformLabels,
			Optimizer: Adam, LR: 0.0002, B1: 0.5, B2: 0.999, LRDecay: 1,
		},
		Run: Run{Epochs: 200, SampleInterval: 400},
	},
	// cgan.py with what the improved preset taught, a projection D, balanced
	// classes, 28x28 and no dropout (docs/quality.md).
	"cgan-plus": {
		Preset: "cgan-plus",
		Model: Model{
			Kind: Cond, LatentDim: 100, Channels: 1, ImgSize: 28, Noise: Normal, PixelRange: Tanh,
			GWidths: []int{128, 256, 512, 1024}, DWidths: []int{512, 512, 512}, BNEps: 1e-5, BNMomentum: 0.1,
			MBStdGroup: 4, Classes: 10, EmbedDim: 10, Projection: true, GHidden: 1200, DUnits: 240, DPieces: 5,
		},
		Train: Train{
			Seed: 1, BatchSize: 64, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating, RealLabel: 1,
			EMA: 0.999, Objective: gan.LeastSquares, Labels: BalancedLabels,
			Optimizer: Adam, LR: 0.0002, DLR: 0.0004, B1: 0.5, B2: 0.999, LRDecay: 1,
		},
		Run: Run{Epochs: 200, SampleInterval: 400},
	},
	// PyTorch-GAN's dcgan.py: gan.py's training on its conv nets, MNIST
	// at 32x32, BatchNorm2d eps 0.8, Dropout2d 0.25; no MLP widths.
	"dcgan": {
		Preset: "dcgan",
		Model: Model{
			Kind: DCGAN, LatentDim: 100, Channels: 1, ImgSize: 32, Noise: Normal, PixelRange: Tanh,
			BNEps: 0.8, BNMomentum: 0.1, DDropout: 0.25, GHidden: 1200, DUnits: 240, DPieces: 5,
		},
		Train: Train{
			Seed: 1, BatchSize: 64, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating, RealLabel: 1,
			Objective: gan.CrossEntropy, Labels: UniformLabels,
			Optimizer: Adam, LR: 0.0002, B1: 0.5, B2: 0.999, LRDecay: 1,
		},
		Run: Run{Epochs: 200, SampleInterval: 400},
	},
	// dcgan.py's nets with PyTorch's BatchNorm eps, no dropout, TTUR and
	// DiffAugment for 7 epochs, on colour images; D at twice dcgan.py's
	// widths with a class head (read without DiffAugment where it names classes), the
	// class-balance and class-confidence terms, and an EMA of G.
	"dcgan-plus": {
		Preset: "dcgan-plus",
		Model: Model{
			Kind: DCGAN, LatentDim: 100, Channels: 3, ImgSize: 32, Noise: Normal, PixelRange: Tanh,
			BNEps: 1e-5, BNMomentum: 0.1, EmbedDim: 100, Projection: true, DiffAugment: true, AuxClasses: 10, GHidden: 1200, DUnits: 240, DPieces: 5,
			DWidths: []int{32, 64, 128, 256},
		},
		Train: Train{
			Seed: 1, BatchSize: 64, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating, RealLabel: 1,
			EMA: 0.999, Objective: gan.CrossEntropy, Labels: BalancedLabels, ClassWeight: 1, ModeSeeking: 1, ClassBalance: 2, ClassConfidence: 0.5, CleanHead: true,
			Optimizer: Adam, LR: 0.0002, DLR: 0.0004, B1: 0.5, B2: 0.999, LRDecay: 1,
		},
		Run: Run{Epochs: 7, SampleInterval: 400},
	},
	// Miyato et al. 2018's standard CNN at a half (G) and a quarter (D) of its widths (latent 128,
	// LeakyReLU 0.1, spectral norm), the hinge loss, TTUR and EMA.
	"sngan": {
		Preset: "sngan",
		Model: Model{
			Kind: CNN, LatentDim: 128, Channels: 3, ImgSize: 32, Noise: Normal, PixelRange: Tanh,
			GWidths: []int{256, 128, 64, 32}, DWidths: []int{16, 32, 64, 128}, BNEps: 1e-5, BNMomentum: 0.1,
			SpectralNorm: true, EmbedDim: 128, Projection: true, GHidden: 1200, DUnits: 240, DPieces: 5,
		},
		Train: Train{
			Seed: 1, BatchSize: 64, DSteps: 1, Order: gan.GFirst, GLoss: gan.NonSaturating, RealLabel: 1,
			EMA: 0.999, Objective: gan.Hinge, Labels: BalancedLabels,
			Optimizer: Adam, LR: 0.0002, DLR: 0.0004, B1: 0.5, B2: 0.999, LRDecay: 1,
		},
		Run: Run{Epochs: 200, SampleInterval: 400},
	},
}

// TestPresetsInFull compares every preset with its entry in presetTable,
// setting by setting, and checks each is valid, is named by Presets, and
// hands out slices of its own (a caller changing one preset's widths must
// not change another's).
func TestPresetsInFull(t *testing.T) {
	if len(presetTable) != len(Presets) {
		t.Errorf("Presets lists %d presets, presetTable %d: every preset needs its full settings in presetTable", len(Presets), len(presetTable))
	}
	for _, name := range Presets {
		want, ok := presetTable[name]
		if !ok {
			t.Errorf("preset %q has no entry in presetTable", name)
			continue
		}
		got, err := Preset(name)
		if err != nil {
			t.Errorf("Preset(%q): %v", name, err)
			continue
		}
		for _, d := range diff("", reflect.ValueOf(got), reflect.ValueOf(want)) {
			t.Errorf("preset %s: %s", name, d)
		}
		valid := got
		valid.Out = "run" // a run directory is all a preset leaves to fill
		if err := valid.Validate(); err != nil {
			t.Errorf("preset %s is not valid: %v", name, err)
		}
		if len(got.Model.GWidths) > 0 {
			got.Model.GWidths[0], got.Model.DWidths[0] = -1, -1
		}
	}
	for _, name := range Presets {
		if c, _ := Preset(name); len(c.Model.GWidths) > 0 && (c.Model.GWidths[0] < 0 || c.Model.DWidths[0] < 0) {
			t.Errorf("preset %s shares its widths with another Config", name)
		}
	}
	if c, err := Preset(""); err != nil || !reflect.DeepEqual(c, presetTable[DefaultPreset]) {
		t.Errorf(`Preset("") = %+v, %v; want the %s preset`, c, err, DefaultPreset)
	}
	if _, err := Preset("nope"); err == nil {
		t.Error("unknown preset accepted")
	}
}

// diff names each field where got and want differ, with both values.
func diff(path string, got, want reflect.Value) []string {
	if got.Kind() == reflect.Struct {
		var out []string
		for i := range got.NumField() {
			out = append(out, diff(path+"."+got.Type().Field(i).Name, got.Field(i), want.Field(i))...)
		}
		return out
	}
	if !reflect.DeepEqual(got.Interface(), want.Interface()) {
		return []string{fmt.Sprintf("%s is %v, want %v", path[1:], got.Interface(), want.Interface())}
	}
	return nil
}
