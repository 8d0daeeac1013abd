package evaluation

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/npy"
	"gogan/internal/kat"
	"gogan/metric/classifier"
	"gogan/metric/fid"
	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/sample"
)

// unitRun writes a run of the paper's model kind (pixels in [0,1] from a
// sigmoid), small and untrained, and returns its directory and model.
func unitRun(t *testing.T) (string, recipe.Model) {
	t.Helper()
	cfg, _ := recipe.Preset("paper")
	cfg.Model.GHidden, cfg.Model.DUnits, cfg.Model.DPieces = 32, 8, 2
	cfg.Out = t.TempDir()
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g := unitG(cfg.Model, be, 1)
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.GeneratorFile), g, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	return cfg.Out, cfg.Model
}

// unitG is an untrained paper G whose weights are scaled up so that its
// pixels spread over [0,1] (an untrained one draws 0.5 everywhere).
func unitG(m recipe.Model, be gemm.Backend, maxBatch int) *nn.Sequential {
	g := m.NewGenerator(nn.Context{BLAS: be, MaxBatch: maxBatch, Rand: rand.New(rand.NewPCG(4, 4))}, nil)
	for _, p := range g.Params() {
		for i := range p.W {
			p.W[i] *= 40
		}
	}
	return g
}

// toTanh maps [0,1] pixels to [-1,1], as a tanh model would draw them.
func toTanh(x []float32) []float32 {
	y := make([]float32, len(x))
	for i, v := range x {
		y[i] = 2*v - 1
	}
	return y
}

// TestQualityHookUnitRange: train's quality hook measures a [0,1] model's
// DefaultSamples images as the classifier measures them in [-1,1].
func TestQualityHookUnitRange(t *testing.T) {
	be, err := gemm.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg, _ := recipe.Preset("paper")
	cfg.Model.GHidden, cfg.Model.DUnits, cfg.Model.DPieces = 32, 8, 2
	m, seed := cfg.Model, uint64(3)
	// train's quality hook on the model's G, against the classifier's
	// measure of the same DefaultSamples images in [-1,1].
	g2 := unitG(m, be, 500)
	hook, err := Quality(m, 500)(g2, m.NoiseStream(seed, recipe.StreamEval))
	if err != nil {
		t.Fatal(err)
	}
	clf, err := classifier.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	y := Draw(g2, m.NoiseStream(seed, recipe.StreamEval), DefaultSamples, 500, false)
	want, err := fid.Evaluate(clf, toTanh(y), DefaultSamples, nil)
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "quality hook FID", hook.FID, want.FID, 1e-9, 1e-6)
	if !slices.Equal(hook.Counts, want.Counts) {
		t.Errorf("quality hook's class counts %v, want %v", hook.Counts, want.Counts)
	}
}

// TestUnitRangeModelScoredAsTanh: a model whose pixels are in [0,1] (the
// paper preset's) is scored on the same images as a tanh model drawing
// them in [-1,1]: gogan eval of the run gives the report of the same
// samples given as a [-1,1] .npy.
func TestUnitRangeModelScoredAsTanh(t *testing.T) {
	be, err := gemm.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir, m := unitRun(t)
	const n, seed = 200, 3
	fromRun, err := Run(Options{Checkpoint: dir, N: n, Seed: seed, Out: filepath.Join(dir, "eval"), Backend: be})
	if err != nil {
		t.Fatal(err)
	}

	// The same samples, drawn as Run draws them, in [-1,1].
	g, err := sample.Open(dir, be)
	if err != nil {
		t.Fatal(err)
	}
	s, err := g.NewSampler(n)
	if err != nil {
		t.Fatal(err)
	}
	x := Draw(s.Net(), m.NoiseStream(seed, recipe.StreamEval), n, n, false)
	if lo, hi := slices.Min(x), slices.Max(x); lo < 0 || hi > 1 || hi-lo < 0.9 {
		t.Fatalf("the unit-range model draws in [%v, %v]", lo, hi)
	}
	tanhPath := filepath.Join(dir, "tanh.npy")
	if err := npy.WriteFile(tanhPath, []int{n, 1, 28, 28}, toTanh(x)); err != nil {
		t.Fatal(err)
	}
	fromTanh, err := Run(Options{Samples: tanhPath, Backend: be})
	if err != nil {
		t.Fatal(err)
	}
	a, b := fromRun.Quality, fromTanh.Quality
	kat.Scalar(t, "FID", a.FID, b.FID, 1e-9, 1e-6)
	kat.Scalar(t, "class score", a.ClassScore, b.ClassScore, 1e-9, 1e-6)
	kat.Scalar(t, "mean confidence", a.MeanConfidence, b.MeanConfidence, 1e-9, 1e-6)
	if !slices.Equal(a.Counts, b.Counts) {
		t.Errorf("class counts %v, the tanh images' %v", a.Counts, b.Counts)
	}
	kat.Scalar(t, "median distance to the training set", fromRun.Memorisation.SampleTrain.Median, fromTanh.Memorisation.SampleTrain.Median, 1e-9, 1e-4)

}

// TestGCNModelScoredPerImage: a model drawing contrast-normalised pixels
// (paper-cifar10-fc's kind) is scored on its samples each divided by its
// own largest magnitude, as the same images given as a [-1,1] .npy.
func TestGCNModelScoredPerImage(t *testing.T) {
	be, err := gemm.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg, _ := recipe.Preset("paper-cifar10-fc")
	cfg.Model.GHidden, cfg.Model.DUnits, cfg.Model.DPieces = 16, 4, 2
	cfg.Out = t.TempDir()
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	g0 := cfg.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(4, 4))}, nil)
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.GeneratorFile), g0, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	const n, seed = 100, 3
	fromRun, err := Run(Options{Checkpoint: cfg.Out, N: n, Seed: seed, Out: filepath.Join(cfg.Out, "eval"), Backend: be})
	if err != nil {
		t.Fatal(err)
	}
	g, err := sample.Open(cfg.Out, be)
	if err != nil {
		t.Fatal(err)
	}
	s, err := g.NewSampler(n)
	if err != nil {
		t.Fatal(err)
	}
	x := Draw(s.Net(), cfg.Model.NoiseStream(seed, recipe.StreamEval), n, n, false)
	d := len(x) / n
	for i := range n {
		row := x[i*d : (i+1)*d]
		var m float32
		for _, v := range row {
			m = max(m, v, -v)
		}
		if !(m > 1) {
			t.Fatalf("sample %d's largest magnitude %v: the linear G should draw beyond [-1,1]", i, m)
		}
		for j := range row {
			row[j] /= m
		}
	}
	path := filepath.Join(cfg.Out, "scaled.npy")
	if err := npy.WriteFile(path, []int{n, 3, 32, 32}, x); err != nil {
		t.Fatal(err)
	}
	fromNPY, err := Run(Options{Samples: path, Backend: be})
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "FID", fromRun.Quality.FID, fromNPY.Quality.FID, 1e-9, 1e-6)
	if !slices.Equal(fromRun.Quality.Counts, fromNPY.Quality.Counts) {
		t.Errorf("class counts %v, the scaled images' %v", fromRun.Quality.Counts, fromNPY.Quality.Counts)
	}
}
