package sample

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/internal/kat"
	"gogan/recipe"
	"gogan/recipe/configfile"
)

// TestOpenPrefersWeightAverage: a run directory holding both
// generator.safetensors and generator_ema.safetensors samples from the
// weight average, as the run's own grids do; naming a file opens that file;
// a run without the average opens generator.safetensors.
func TestOpenPrefersWeightAverage(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{recipe.ConfigFile, recipe.GeneratorFile} {
		b, err := os.ReadFile(filepath.Join("testdata", "tiny", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	draw := func(path string) (string, []float32) {
		t.Helper()
		g, err := Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		x, err := g.Sample(4, 1)
		if err != nil {
			t.Fatal(err)
		}
		return g.Path, x
	}
	plain := filepath.Join(dir, recipe.GeneratorFile)
	if p, _ := draw(dir); p != plain {
		t.Errorf("a run without a weight average opened %s, want %s", p, plain)
	}

	// Other weights of the same model as the average.
	cfg, err := configfile.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g := cfg.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(7, 7))}, nil)
	ema := filepath.Join(dir, recipe.GeneratorEMAFile)
	if err := checkpoint.Save(ema, g, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	gotPath, got := draw(dir)
	_, fromEMA := draw(ema)
	_, fromPlain := draw(plain)
	if gotPath != ema || !slices.Equal(got, fromEMA) {
		t.Errorf("the run opened %s, want %s and its samples", gotPath, ema)
	}
	if slices.Equal(fromEMA, fromPlain) {
		t.Fatal("the two generators draw alike: the test cannot tell them apart")
	}
}

// TestSampleClassesConvolutional: a conditional convolutional G (sngan
// with classes) is built for recipe.ConvSampleRows rows, so drawing more
// classes than that (gogan eval draws 10,000, 256 a batch) runs in passes
// of its size, in both BatchNorm modes; the first rows equal a small draw's.
func TestSampleClassesConvolutional(t *testing.T) {
	dir := t.TempDir()
	cfg, err := recipe.Preset("sngan")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Out, cfg.Model.Classes, cfg.Model.EmbedDim = dir, 10, 4
	cfg.Model.GWidths, cfg.Model.DWidths = []int{8, 4, 4, 2}, []int{2, 2, 2, 2}
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g := cfg.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(7, 7))}, nil)
	if err := checkpoint.Save(filepath.Join(dir, recipe.GeneratorFile), g, nil); err != nil {
		t.Fatal(err)
	}
	gen, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	labels := make([]int, 300)
	for i := range labels {
		labels[i] = i % 10
	}
	dim := cfg.Model.ImgDim()
	for _, bn := range []BN{Running, Batch} {
		x, err := gen.SampleClasses(labels, 1, bn)
		if err != nil || len(x) != len(labels)*dim {
			t.Fatalf("%v: %d values, err %v; want %d", bn, len(x), err, len(labels)*dim)
		}
		if bn == Running {
			// Rows are independent, but a GEMM may sum in another order
			// for another number of rows (OpenBLAS's kernels do): equal
			// to float32 rounding, not bit for bit.
			small, err := gen.SampleClasses(labels[:20], 1, bn)
			if err != nil {
				t.Fatal(err)
			}
			kat.Slice(t, "running statistics: the first 20 of 300 against a draw of 20", small, x[:20*dim], 1e-5, 1e-6)
		}
	}
}

// TestDrawLabelledConvolutional: DrawLabelled on more rows than a
// convolutional G runs in one pass (gogan eval's 80-image nearest-neighbour
// picture, interpolation grids) draws in passes; with running statistics
// each row is the row a one-row draw gives (to float32 rounding: a GEMM
// may sum in another order for another number of rows).
func TestDrawLabelledConvolutional(t *testing.T) {
	dir := t.TempDir()
	cfg, _ := recipe.Preset("sngan")
	cfg.Out, cfg.Model.Classes, cfg.Model.EmbedDim = dir, 10, 4
	cfg.Model.GWidths, cfg.Model.DWidths = []int{8, 4, 4, 2}, []int{2, 2, 2, 2}
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g := cfg.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(7, 7))}, nil)
	if err := checkpoint.Save(filepath.Join(dir, recipe.GeneratorFile), g, nil); err != nil {
		t.Fatal(err)
	}
	gen, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	const n = 80
	s, err := gen.NewSampler(n)
	if err != nil || s.Rows() >= n {
		t.Fatalf("sampler of %d rows a pass, err %v: the test needs fewer than %d", s.Rows(), err, n)
	}
	z := gen.Latents(n, 3)
	labels := make([]int, n)
	for i := range labels {
		labels[i] = i % 10
	}
	x, err := s.DrawLabelled(z, labels, Running)
	if err != nil {
		t.Fatal(err)
	}
	dim, latent := cfg.Model.ImgDim(), cfg.Model.LatentDim
	for _, i := range []int{0, 63, 64, 79} {
		one, err := s.DrawLabelled(z[i*latent:(i+1)*latent], labels[i:i+1], Running)
		if err != nil {
			t.Fatal(err)
		}
		kat.Slice(t, fmt.Sprintf("row %d against its one-row draw", i), one, x[i*dim:(i+1)*dim], 1e-5, 1e-6)
	}
	// Last: a draw with batch statistics in passes runs.
	if _, err := s.DrawLabelled(z, labels, Batch); err != nil {
		t.Fatal(err)
	}
}
