package sample

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
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
