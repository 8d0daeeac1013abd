package train

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/gan"
	"gogan/internal/kat"
	"gogan/recipe"
)

func shapes(s *nn.Sequential) string {
	var out string
	for _, l := range s.Layers {
		out += fmt.Sprintf("%T(%d→%d) ", l, l.In(), l.Out())
	}
	return out
}

func TestPaperPreset(t *testing.T) {
	c, err := recipe.Preset("paper")
	if err != nil {
		t.Fatal(err)
	}
	c.Out = t.TempDir()
	m := build(c, gemm.Go{}, nil)
	// mnist.yaml: G = ReLU 1200, ReLU 1200, Sigmoid 784; D = dropout(0.8),
	// maxout 240x5, dropout(0.5), maxout 240x5, dropout(0.5), sigmoid.
	wantG := "*nn.Linear(100→1200) *nn.ReLU(1200→1200) *nn.Linear(1200→1200) *nn.ReLU(1200→1200) *nn.Linear(1200→784) *nn.Sigmoid(784→784) "
	wantD := "*nn.Dropout(784→784) *nn.Linear(784→1200) *nn.Maxout(1200→240) *nn.Dropout(240→240) *nn.Linear(240→1200) *nn.Maxout(1200→240) *nn.Dropout(240→240) *nn.Linear(240→1) *nn.Sigmoid(1→1) "
	if got := shapes(m.G); got != wantG {
		t.Errorf("G:\n%s\nwant\n%s", got, wantG)
	}
	if got := shapes(m.D.Sequential); got != wantD {
		t.Errorf("D:\n%s\nwant\n%s", got, wantD)
	}
	keeps := []float64{}
	for _, l := range m.D.Layers {
		if d, ok := l.(*nn.Dropout); ok {
			keeps = append(keeps, d.Keep)
		}
	}
	if fmt.Sprint(keeps) != "[0.8 0.5 0.5]" {
		t.Errorf("dropout keep probabilities %v, want [0.8 0.5 0.5]", keeps)
	}
	for _, p := range m.G.Params() {
		for _, v := range p.W {
			if !(math.Abs(float64(v)) <= 0.05) {
				t.Fatalf("G %s has %v outside ±0.05", p.Name, v)
			}
		}
	}
	for _, p := range m.D.Params() {
		for _, v := range p.W {
			if !(math.Abs(float64(v)) <= 0.005) {
				t.Fatalf("D %s has %v outside ±0.005", p.Name, v)
			}
		}
	}
	if _, ok := m.GOpt.(*optim.SGD); !ok {
		t.Errorf("paper preset optimiser %T, want SGD", m.GOpt)
	}
	if c.Train.BatchSize != 100 || c.Train.TrainImages != 50000 || c.Model.Noise != recipe.Uniform || c.Model.PixelRange != recipe.Unit || c.Train.DSteps != 1 || c.Train.GLoss != gan.NonSaturating {
		t.Errorf("paper preset %+v", c)
	}
	// lr 0.1 decayed by 1.000004 per step down to 1e-6; momentum 0.5 rising
	// linearly to 0.7 between epochs 1 and 250.
	for _, s := range []struct {
		step int64
		lr   float64
	}{{0, 0.1}, {1, 0.1 / 1.000004}, {100000, 0.1 / math.Pow(1.000004, 100000)}, {5_000_000, 1e-6}} {
		kat.Scalar(t, fmt.Sprintf("lr at step %d", s.step), c.Train.LRAt(s.step, 0), s.lr, 0, 1e-12)
	}
	for _, s := range []struct {
		epoch int
		mom   float64
	}{{0, 0.5}, {1, 0.5}, {125, 0.5 + 0.2*124/249}, {250, 0.7}, {400, 0.7}} {
		kat.Scalar(t, fmt.Sprintf("momentum at epoch %d", s.epoch), c.Train.MomentumAt(s.epoch), s.mom, 0, 1e-12)
	}
	m.Schedule(100000, 0, 125)
	sgd := m.DOpt.(*optim.SGD)
	kat.Scalar(t, "lr Schedule set", sgd.LR, c.Train.LRAt(100000, 0), 0, 1e-15)
	kat.Scalar(t, "momentum Schedule set", sgd.Momentum, c.Train.MomentumAt(125), 0, 1e-15)
}

func TestLinearDecay(t *testing.T) {
	c, _ := recipe.Preset("improved")
	c.Train.LRLinear = 0.5
	// Over 1000 steps: constant for the first 500, then linearly down to 0
	// at step 1000; D keeps its 2x ratio to G throughout.
	for _, s := range []struct {
		step int64
		lr   float64
	}{{0, 2e-4}, {500, 2e-4}, {750, 1e-4}, {999, 2e-4 / 500}, {1000, 0}, {1200, 0}} {
		kat.Scalar(t, fmt.Sprintf("lr at step %d of 1000", s.step), c.Train.LRAt(s.step, 1000), s.lr, 0, 1e-15)
	}
	c.Out = t.TempDir()
	m := build(c, gemm.Go{}, nil)
	m.Schedule(750, 1000, 0)
	kat.Scalar(t, "G's lr Schedule set at 750 of 1000", m.GOpt.(*optim.Adam).LR, 1e-4, 0, 1e-15)
	kat.Scalar(t, "D's lr Schedule set at 750 of 1000", m.DOpt.(*optim.Adam).LR, 2e-4, 0, 1e-15)
	c.Train.LRLinear = 1.5
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "lr_linear_decay 1.5") {
		t.Errorf("Validate(lr-linear-decay 1.5) = %v", err)
	}
}

// TestPaperCIFAR10FCPreset checks cifar10_fully_connected.yaml's layers and
// initial ranges, at cut widths (the preset's G has 89 million weights).
func TestPaperCIFAR10FCPreset(t *testing.T) {
	c, err := recipe.Preset("paper-cifar10-fc")
	if err != nil {
		t.Fatal(err)
	}
	if c.Model.Noise != recipe.Normal || c.Model.PixelRange != recipe.GCN || c.Model.GCNScale != 55 || c.Train.TrainImages != 40000 || c.Train.LR != 0.025 {
		t.Errorf("paper-cifar10-fc: noise %v, pixel range %v at scale %g, %d images, lr %g; want normal (the yaml names none), gcn 55, 40000, 0.025",
			c.Model.Noise, c.Model.PixelRange, c.Model.GCNScale, c.Train.TrainImages, c.Train.LR)
	}
	if c.Model.GHidden != 8000 || c.Model.DUnits != 1600 || c.Model.DPieces != 5 || c.Model.ImgDim() != 3072 {
		t.Errorf("paper-cifar10-fc sizes g_hidden %d, d_units %d×%d, %d pixels; want 8000, 1600×5, 3072", c.Model.GHidden, c.Model.DUnits, c.Model.DPieces, c.Model.ImgDim())
	}
	c.Out = t.TempDir()
	c.Model.GHidden, c.Model.DUnits = 40, 16
	// Data with bright pixels: the MNIST G would take its output bias from
	// their means; the yaml leaves this G's at 0.
	data := &dataset.Set{N: 2, C: 3, H: 32, W: 32, Pix: make([]uint8, 2*3072), Name: "bright"}
	for i := range data.Pix {
		data.Pix[i] = 250
	}
	m := build(c, gemm.Go{}, data)
	wantG := "*nn.Linear(100→40) *nn.ReLU(40→40) *nn.Linear(40→40) *nn.Sigmoid(40→40) *nn.Linear(40→3072) "
	wantD := "*nn.Dropout(3072→3072) *nn.Linear(3072→80) *nn.Maxout(80→16) *nn.Dropout(16→16) *nn.Linear(16→80) *nn.Maxout(80→16) *nn.Dropout(16→16) *nn.Linear(16→1) *nn.Sigmoid(1→1) "
	if got := shapes(m.G); got != wantG {
		t.Errorf("G:\n%s\nwant\n%s", got, wantG)
	}
	if got := shapes(m.D.Sequential); got != wantD {
		t.Errorf("D:\n%s\nwant\n%s", got, wantD)
	}
	var keeps []float64
	for _, l := range m.D.Layers {
		if d, ok := l.(*nn.Dropout); ok {
			keeps = append(keeps, d.Keep)
		}
	}
	if fmt.Sprint(keeps) != "[0.8 0.5 0.5]" {
		t.Errorf("dropout keep probabilities %v, want [0.8 0.5 0.5]", keeps)
	}
	// irange .05, .05, .5 for G's weights, every bias 0; .005 for D's.
	for i, r := range []float64{0.05, 0.05, 0.5} {
		lin := m.G.Layers[2*i].(*nn.Linear)
		var big float64
		for _, v := range lin.W.W {
			big = max(big, math.Abs(float64(v)))
		}
		if !(big <= r && big > 0.9*r) {
			t.Errorf("G's Linear %d: largest weight %.4g, want just inside ±%g", i, big, r)
		}
		for _, v := range lin.B.W {
			if v != 0 {
				t.Fatalf("G's Linear %d has bias %v, want 0", i, v)
			}
		}
	}
	for _, p := range m.D.Params() {
		for _, v := range p.W {
			if !(math.Abs(float64(v)) <= 0.005) {
				t.Fatalf("D %s has %v outside ±0.005", p.Name, v)
			}
		}
	}
	for _, s := range []struct {
		step int64
		lr   float64
	}{{0, 0.025}, {1, 0.025 / 1.000004}, {5_000_000, 1e-6}} {
		kat.Scalar(t, fmt.Sprintf("lr at step %d", s.step), c.Train.LRAt(s.step, 0), s.lr, 0, 1e-12)
	}
	kat.Scalar(t, "momentum at epoch 250", c.Train.MomentumAt(250), 0.7, 0, 1e-12)
}

// TestRunPaperCIFAR10FC trains the preset (cut widths) for two batches on
// CIFAR batches: D sees GCN'd images and the grids come out.
func TestRunPaperCIFAR10FC(t *testing.T) {
	if testing.Short() {
		t.Skip("trains for two batches")
	}
	c, _ := recipe.Preset("paper-cifar10-fc")
	c.Model.GHidden, c.Model.DUnits = 40, 16
	c.Train.Data = cifarDir(t, 20)
	c.Train.BatchSize, c.Run.Epochs, c.Run.SampleInterval = 10, 1, 1
	c.Out = t.TempDir()
	s, err := Run(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Iterations != 2 || !finite(s.Last.DLoss) || !finite(s.Last.GLoss) {
		t.Errorf("summary %+v: want 2 iterations with finite losses", s)
	}
	for _, name := range []string{"1.png", "epoch_001.png"} {
		if _, err := os.Stat(filepath.Join(c.Out, recipe.ImagesDir, name)); err != nil {
			t.Error(err)
		}
	}
}

// TestPaperCIFAR10ConvPreset checks cifar10_convolutional.yaml's layers and
// initial ranges as the recipe builds them, G's hidden layers cut to 800 (8
// maps of 10×10) and D's maxout layer to 50×5.
func TestPaperCIFAR10ConvPreset(t *testing.T) {
	c, err := recipe.Preset("paper-cifar10-conv")
	if err != nil {
		t.Fatal(err)
	}
	c.Out = t.TempDir()
	c.Model.GHidden, c.Model.DUnits = 800, 50
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	data := &dataset.Set{N: 2, C: 3, H: 32, W: 32, Pix: make([]uint8, 2*3072), Name: "bright"}
	m := build(c, gemm.Go{}, data)
	wantG := "*nn.Linear(100→800) *nn.ReLU(800→800) *nn.Linear(800→800) *nn.Sigmoid(800→800) *nn.Deconv(800→3072) "
	wantD := "*nn.Dropout(3072→3072) *nn.Conv2d(3072→69696) *nn.Maxout2d(69696→34848) *nn.MaxPool2d(34848→8192) " +
		"*nn.Dropout(8192→8192) *nn.Conv2d(8192→14400) *nn.Maxout2d(14400→7200) *nn.MaxPool2d(7200→1568) " +
		"*nn.Dropout(1568→1568) *nn.Conv2d(1568→31104) *nn.Maxout2d(31104→15552) *nn.MaxPool2d(15552→4800) " +
		"*nn.Dropout(4800→4800) *nn.Linear(4800→250) *nn.Maxout(250→50) *nn.Dropout(50→50) *nn.Linear(50→1) *nn.Sigmoid(1→1) "
	if got := shapes(m.G); got != wantG {
		t.Errorf("G:\n%s\nwant\n%s", got, wantG)
	}
	if got := shapes(m.D.Sequential); got != wantD {
		t.Errorf("D:\n%s\nwant\n%s", got, wantD)
	}
	var keeps []float64
	for _, l := range m.D.Layers {
		if d, ok := l.(*nn.Dropout); ok {
			keeps = append(keeps, d.Keep)
		}
	}
	if fmt.Sprint(keeps) != "[0.8 0.5 0.5 0.5 0.5]" {
		t.Errorf("dropout keep probabilities %v, want [0.8 0.5 0.5 0.5 0.5]", keeps)
	}
	// irange .05 for G's weights, .005 for D's, every bias 0 (the yaml's
	// init_bias is commented out).
	for _, net := range []struct {
		params []*nn.Param
		r      float64
	}{{m.G.Params(), 0.05}, {m.D.Params(), 0.005}} {
		for _, p := range net.params {
			var big float64
			for _, v := range p.W {
				big = max(big, math.Abs(float64(v)))
			}
			if strings.HasSuffix(p.Name, "bias") {
				if big != 0 {
					t.Errorf("%s: largest bias %v, want all 0", p.Name, big)
				}
			} else if !(big <= net.r && big > 0.9*net.r) {
				t.Errorf("%s: largest weight %.4g, want just inside ±%g", p.Name, big, net.r)
			}
		}
	}
	// AdversaryCost2 runs D once over fakes and reals.
	if m.Trainer.SeparateD || !m.Trainer.Logits {
		t.Errorf("trainer SeparateD %v, Logits %v; want one D pass on logits", m.Trainer.SeparateD, m.Trainer.Logits)
	}
	for _, s := range []struct {
		step int64
		lr   float64
	}{{0, 0.004}, {1, 0.004 / 1.000004}, {5_000_000, 1e-6}} {
		kat.Scalar(t, fmt.Sprintf("lr at step %d", s.step), c.Train.LRAt(s.step, 0), s.lr, 0, 1e-12)
	}
	kat.Scalar(t, "momentum at epoch 1", c.Train.MomentumAt(1), 0.5, 0, 1e-12)
	kat.Scalar(t, "momentum at epoch 250", c.Train.MomentumAt(250), 0.7, 0, 1e-12)
}

// TestRunPaperCIFAR10Conv trains the preset (cut widths) for two batches on
// CIFAR batches: D sees GCN'd images and the grids come out.
func TestRunPaperCIFAR10Conv(t *testing.T) {
	if testing.Short() {
		t.Skip("trains for two batches")
	}
	c, _ := recipe.Preset("paper-cifar10-conv")
	c.Model.GHidden, c.Model.DUnits = 800, 50
	c.Train.Data = cifarDir(t, 20)
	c.Train.BatchSize, c.Run.Epochs, c.Run.SampleInterval = 10, 1, 1
	c.Out = t.TempDir()
	s, err := Run(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Iterations != 2 || !finite(s.Last.DLoss) || !finite(s.Last.GLoss) {
		t.Errorf("summary %+v: want 2 iterations with finite losses", s)
	}
	for _, name := range []string{filepath.Join(recipe.ImagesDir, "1.png"), filepath.Join(recipe.ImagesDir, "epoch_001.png"), recipe.GeneratorFile, recipe.DiscriminatorFile} {
		if _, err := os.Stat(filepath.Join(c.Out, name)); err != nil {
			t.Error(err)
		}
	}
}

// dcgan-plus's mode-seeking term reaches the Trainer of a conditional run
// only (on the unconditional G, measured, it collapsed G onto two
// classes), the class-balance term, D's class head and the clean head an
// unconditional run only, and the class term both, training the projection's or the
// head's class vectors.
func TestDCGANPlusConditionalTerms(t *testing.T) {
	for _, classes := range []int{0, 10} {
		c, _ := recipe.Preset("dcgan-plus")
		c.Out, c.Model.Classes, c.Train.BatchSize = t.TempDir(), classes, 4
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		m := build(c, gemm.Go{}, nil)
		wantM, wantB, wantClean, wantProject := float32(0), float32(2), true, false
		if classes > 0 {
			wantM, wantB, wantClean, wantProject = 1, 0, false, true
		}
		if m.Trainer.ClassWeight != 1 || m.Trainer.ModeSeeking != wantM || m.Trainer.ClassBalance != wantB || m.Trainer.CleanHead != wantClean {
			t.Errorf("classes %d: class weight %v, mode seeking %v, class balance %v, clean head %v, want 1, %v, %v and %v", classes, m.Trainer.ClassWeight, m.Trainer.ModeSeeking, m.Trainer.ClassBalance, m.Trainer.CleanHead, wantM, wantB, wantClean)
		}
		p, ok := m.D.Layers[0].(*nn.Projection)
		if !ok || p.Projects() != wantProject || p.Classes != 10 {
			t.Errorf("classes %d: D's head %T, want a projection (%v) over 10 classes", classes, m.D.Layers[0], wantProject)
		}
	}
	c, _ := recipe.Preset("cgan")
	c.Out, c.Train.ClassWeight = "x", 1
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "class_weight 1 needs a projection D") {
		t.Errorf("cgan (concatenating D) with class_weight 1: %v", err)
	}
}
