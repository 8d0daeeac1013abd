package train

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
)

func shapes(s *nn.Sequential) string {
	var out string
	for _, l := range s.Layers {
		out += fmt.Sprintf("%T(%d→%d) ", l, l.In(), l.Out())
	}
	return out
}

func TestPaperPreset(t *testing.T) {
	c, err := Preset("paper")
	if err != nil {
		t.Fatal(err)
	}
	c.Out = t.TempDir()
	m, err := Build(c, gemm.Go{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// mnist.yaml: G = ReLU 1200, ReLU 1200, Sigmoid 784; D = dropout(0.8),
	// maxout 240x5, dropout(0.5), maxout 240x5, dropout(0.5), sigmoid.
	wantG := "*nn.Linear(100→1200) *nn.ReLU(1200→1200) *nn.Linear(1200→1200) *nn.ReLU(1200→1200) *nn.Linear(1200→784) *nn.Sigmoid(784→784) "
	wantD := "*nn.Dropout(784→784) *nn.Linear(784→1200) *nn.Maxout(1200→240) *nn.Dropout(240→240) *nn.Linear(240→1200) *nn.Maxout(1200→240) *nn.Dropout(240→240) *nn.Linear(240→1) *nn.Sigmoid(1→1) "
	if got := shapes(m.G); got != wantG {
		t.Errorf("G:\n%s\nwant\n%s", got, wantG)
	}
	if got := shapes(m.D); got != wantD {
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
			if math.Abs(float64(v)) > 0.05 {
				t.Fatalf("G %s has %v outside ±0.05", p.Name, v)
			}
		}
	}
	for _, p := range m.D.Params() {
		for _, v := range p.W {
			if math.Abs(float64(v)) > 0.005 {
				t.Fatalf("D %s has %v outside ±0.005", p.Name, v)
			}
		}
	}
	if _, ok := m.GOpt.(*optim.SGD); !ok {
		t.Errorf("paper preset optimiser %T, want SGD", m.GOpt)
	}
	if c.BatchSize != 100 || c.TrainImages != 50000 || c.Noise != "uniform" || c.PixelRange != "unit" || c.DSteps != 1 || c.GLoss != "nonsaturating" {
		t.Errorf("paper preset %+v", c)
	}
	// lr 0.1 decayed by 1.000004 per step down to 1e-6; momentum 0.5 rising
	// linearly to 0.7 between epochs 1 and 250.
	for _, s := range []struct {
		step int64
		lr   float64
	}{{0, 0.1}, {1, 0.1 / 1.000004}, {100000, 0.1 / math.Pow(1.000004, 100000)}, {5_000_000, 1e-6}} {
		if got := LRAt(c, s.step, 0); math.Abs(got-s.lr) > 1e-12 {
			t.Errorf("lr at step %d = %g, want %g", s.step, got, s.lr)
		}
	}
	for _, s := range []struct {
		epoch int
		mom   float64
	}{{0, 0.5}, {1, 0.5}, {125, 0.5 + 0.2*124/249}, {250, 0.7}, {400, 0.7}} {
		if got := MomentumAt(c, s.epoch); math.Abs(got-s.mom) > 1e-12 {
			t.Errorf("momentum at epoch %d = %g, want %g", s.epoch, got, s.mom)
		}
	}
	m.Schedule(100000, 0, 125)
	sgd := m.DOpt.(*optim.SGD)
	if math.Abs(sgd.LR-LRAt(c, 100000, 0)) > 1e-15 || math.Abs(sgd.Momentum-MomentumAt(c, 125)) > 1e-15 {
		t.Errorf("Schedule set lr %g momentum %g", sgd.LR, sgd.Momentum)
	}
}

func TestSeedPresetIsGanPy(t *testing.T) {
	c, _ := Preset("seed")
	// reference.md §1, gan.py's argparse defaults.
	if c.Epochs != 200 || c.BatchSize != 64 || c.LR != 0.0002 || c.B1 != 0.5 || c.B2 != 0.999 || c.LatentDim != 100 || c.ImgSize != 28 || c.Channels != 1 || c.SampleInterval != 400 || c.BNEps != 0.8 || c.BNMomentum != 0.1 || c.Order != "g-first" || c.GLoss != "nonsaturating" || c.EMA != 0 || c.RealLabel != 1 {
		t.Fatalf("seed preset %+v", c)
	}
	imp, _ := Preset("improved")
	if imp.BNEps != 1e-5 || imp.Model != "seed" || imp.EMA != 0.999 || imp.DLR != 0.0004 || imp.RealLabel != 1 || imp.MBStdGroup != 4 || imp.DDropout != 0 || imp.LRLinear != 0 {
		t.Fatalf("improved preset %+v", imp)
	}
	if _, err := Preset("nope"); err == nil {
		t.Fatal("unknown preset accepted")
	}
}

func TestEvalsRoundTripAndOldFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, EvalFile)
	want := []EvalPoint{{Epoch: 5, FID: 17.75, ClassScore: 7.5, LargestClassShare: 0.139, SmallestClassShare: 0.07}, {Epoch: 10, FID: 9.625, ClassScore: 7.74, LargestClassShare: 0.125, SmallestClassShare: 0.0625}}
	if err := WriteEvals(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadEvals(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back %+v, want %+v", got, want)
	}
	// eval.csv of a run from before the smallest_class_share column.
	old := "epoch,fid,class_score,largest_class_share\n5,17.8000,7.5000,0.1390\n"
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = ReadEvals(path)
	if err != nil || len(got) != 1 || got[0].FID != 17.8 || got[0].SmallestClassShare != 0 {
		t.Fatalf("old eval.csv read as %+v, %v", got, err)
	}
	if err := os.WriteFile(path, []byte("epoch,fid\n5,17.8\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadEvals(path); err == nil || !strings.Contains(err.Error(), "line 2 has 2 fields") {
		t.Fatalf("two-column eval.csv: err %v", err)
	}
}

func TestLinearDecay(t *testing.T) {
	c, _ := Preset("improved")
	c.LRLinear = 0.5
	// Over 1000 steps: constant for the first 500, then linearly down to 0
	// at step 1000; D keeps its 2x ratio to G throughout.
	for _, s := range []struct {
		step int64
		lr   float64
	}{{0, 2e-4}, {500, 2e-4}, {750, 1e-4}, {999, 2e-4 / 500}, {1000, 0}, {1200, 0}} {
		if got := LRAt(c, s.step, 1000); math.Abs(got-s.lr) > 1e-15 {
			t.Errorf("lr at step %d of 1000 = %g, want %g", s.step, got, s.lr)
		}
	}
	c.Out = t.TempDir()
	m, err := Build(c, gemm.Go{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	m.Schedule(750, 1000, 0)
	if g, d := m.GOpt.(*optim.Adam).LR, m.DOpt.(*optim.Adam).LR; math.Abs(g-1e-4) > 1e-15 || math.Abs(d-2e-4) > 1e-15 {
		t.Errorf("Schedule at 750 of 1000 set lr G %g D %g, want 1e-4 and 2e-4", g, d)
	}
	c.LRLinear = 1.5
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "--lr-linear-decay 1.5") {
		t.Errorf("Validate(lr-linear-decay 1.5) = %v", err)
	}
}
