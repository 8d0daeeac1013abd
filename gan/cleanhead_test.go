package gan

import (
	"math/rand/v2"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
)

// CleanHead needs what it reads and changes: D's class head with a class
// weight, DiffAugment to turn off and D's separate passes; a step with it
// leaves the augmentation on for the next. (Its arithmetic is checked
// against PyTorch in TestKATDCGANPlusIterations.)
func TestCleanHeadStep(t *testing.T) {
	const n, classes = 6, 10
	rng := rand.New(rand.NewPCG(5, 0))
	build := func(augment bool) (*Trainer, *Discriminator) {
		tr, d := headTrainer(t, n, classes, augment, rng)
		tr.CleanHead = true
		return tr, d
	}
	x := make([]float32, n*3*32*32)
	for i := range x {
		x[i] = float32(2*rng.Float64() - 1)
	}
	batch := Batch{X: x, N: n, Labels: []uint8{0, 1, 2, 3, 4, 5}}
	tr, d := build(true)
	if _, err := tr.Step([]Batch{batch}); err != nil {
		t.Fatal(err)
	}
	for _, l := range d.Dropouts {
		if a, ok := l.(*nn.DiffAugment); ok && a.Off {
			t.Error("DiffAugment is still off after the step")
		}
	}
	const want = "clean class head needs"
	for name, edit := range map[string]func(*Trainer){
		"no class weight": func(tr *Trainer) { tr.ClassWeight, tr.ClassBalance = 0, 0 },
		"joint passes":    func(tr *Trainer) { tr.SeparateD = false },
	} {
		tr, _ := build(true)
		edit(tr)
		if _, err := tr.Step([]Batch{batch}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
	tr, _ = build(false)
	if _, err := tr.Step([]Batch{batch}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("no DiffAugment: %v, want %q", err, want)
	}
}

// headTrainer is a dcgan-plus pair at 3x32x32 with D's class head over
// classes classes (DiffAugment in front of D when augment), trained as the
// preset trains it, the class term and the balance at 1.
func headTrainer(t *testing.T, n, classes int, augment bool, rng *rand.Rand) (*Trainer, *Discriminator) {
	t.Helper()
	a := DCGAN()
	a.Channels, a.BNEps, a.DDropout, a.DiffAugment, a.AuxClasses = 3, 1e-5, 0, augment, classes
	g, err := NewDCGANGenerator(nn.Context{BLAS: gemm.Go{}, MaxBatch: n, Rand: rng}, a)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDCGANDiscriminator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 2 * n, Rand: rng}, a)
	if err != nil {
		t.Fatal(err)
	}
	noise := func(z []float32) {
		for i := range z {
			z[i] = float32(rng.NormFloat64())
		}
	}
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 2e-4, 0.5, 0.999), optim.NewAdam(d.Params(), 4e-4, 0.5, 0.999), n, noise)
	tr.SeparateD, tr.ClassWeight, tr.ClassBalance = true, 1, 1
	return tr, d
}
