package sample

import (
	"errors"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/checkpoint"
	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/recipe"
	"gogan/recipe/configfile"
)

// figureRun writes a run of paper-cifar10-fc's kind cut to 3×4×4 images
// and returns it with training data of n images for its LoadData.
func figureRun(t *testing.T, n int) (string, *dataset.Set) {
	t.Helper()
	cfg, _ := recipe.Preset("paper-cifar10-fc")
	cfg.Model.ImgSize, cfg.Model.GHidden, cfg.Model.DUnits = 4, 16, 4
	cfg.Out = t.TempDir()
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g := cfg.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(3, 4))}, nil)
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.GeneratorFile), g, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	set := &dataset.Set{N: n, C: 3, H: 4, W: 4, Pix: make([]uint8, n*48), Name: "synthetic"}
	for i := range set.Pix {
		set.Pix[i] = uint8(r.IntN(256))
	}
	return cfg.Out, set
}

func TestFigure(t *testing.T) {
	dir, set := figureRun(t, 300)
	out := filepath.Join(t.TempDir(), "fig.png")
	rows, err := Figure(FigureOptions{Checkpoint: dir, Out: out, Seed: 9,
		LoadData: func(recipe.Config) (*dataset.Set, error) { return set, nil }})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	// PatchViewer: 4 rows, 5 samples + 1 nearest of 4×4, 5 px apart and around.
	if b := img.Bounds(); b.Dx() != 5*7+6*4 || b.Dy() != 5*5+4*4 {
		t.Fatalf("figure is %dx%d, want %dx%d", b.Dx(), b.Dy(), 5*7+6*4, 5*5+4*4)
	}

	g, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := g.NewSampler(20)
	x, err := s.Draw(g.Latents(20, 9), 20, Running)
	if err != nil {
		t.Fatal(err)
	}
	m := g.Model
	all := make([]int, set.N)
	for i := range all {
		all[i] = i
	}
	ref := make([]float32, set.N*48)
	m.Pixels(set, ref, all)
	var scale float64
	for _, v := range x {
		scale = max(scale, math.Abs(float64(v)))
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want 4", len(rows))
	}
	pixel := func(v float64) uint8 { return uint8(max(0, min(1, v/scale*0.5+0.5)) * 255) }
	at := func(px, py, ch int) uint8 {
		r, g, b, _ := img.At(px, py).RGBA()
		return uint8([3]uint32{r, g, b}[ch] >> 8)
	}
	for r, got := range rows {
		// The nearest to the row's fifth sample, by brute force in float64
		// over the GCN'd training images.
		q := x[(5*r+4)*48 : (5*r+5)*48]
		best, bestD := -1, math.Inf(1)
		for i := range set.N {
			var d2 float64
			for j, v := range ref[i*48 : (i+1)*48] {
				d := float64(v) - float64(q[j])
				d2 += d * d
			}
			if d2 < bestD {
				best, bestD = i, d2
			}
		}
		if got.Index != best || !(math.Abs(got.Distance-math.Sqrt(bestD)) <= 1e-4*math.Sqrt(bestD)) {
			t.Errorf("row %d: nearest %d at %.6g, want %d at %.6g", r, got.Index, got.Distance, best, math.Sqrt(bestD))
		}
		// Pixel (y 1, x 2), green, of the row's third sample and of its
		// nearest image, scaled by the samples' largest magnitude.
		y0 := 5 + r*9
		if want := pixel(float64(x[(5*r+2)*48+16+4+2])); at(5+2*9+2, y0+1, 1) != want {
			t.Errorf("row %d sample 3 pixel %d, want %d", r, at(5+2*9+2, y0+1, 1), want)
		}
		if want := pixel(float64(ref[best*48+16+4+2])); at(5+5*9+2, y0+1, 1) != want {
			t.Errorf("row %d nearest pixel %d, want %d", r, at(5+5*9+2, y0+1, 1), want)
		}
		// The yellow frame just outside the nearest image; grey padding
		// outside the samples.
		for _, p := range [][2]int{{5 + 5*9 - 1, y0 - 1}, {5 + 5*9 + 2, y0 - 1}, {5 + 5*9 + 4, y0 + 2}, {5 + 5*9 + 1, y0 + 4}, {5 + 5*9 - 1, y0 + 3}} {
			if at(p[0], p[1], 0) != 255 || at(p[0], p[1], 1) != 255 || at(p[0], p[1], 2) != 0 {
				t.Errorf("row %d: no yellow frame at (%d, %d) around the nearest image", r, p[0], p[1])
			}
		}
		if at(5+4*9-1, y0-1, 0) != 127 || at(5+4*9-1, y0-1, 2) != 127 {
			t.Errorf("row %d: the padding by the fifth sample is not PatchViewer's grey 127", r)
		}
	}
}

func TestFigureErrors(t *testing.T) {
	dir, set := figureRun(t, 10)
	out := filepath.Join(t.TempDir(), "fig.png")
	load := func(recipe.Config) (*dataset.Set, error) { return set, nil }
	if _, err := Figure(FigureOptions{Checkpoint: dir, Out: out}); !errors.Is(err, ErrNoData) {
		t.Errorf("no loader: %v, want ErrNoData", err)
	}
	gone := errors.New("dataset: /nowhere: no such directory")
	_, err := Figure(FigureOptions{Checkpoint: dir, Out: out, LoadData: func(recipe.Config) (*dataset.Set, error) { return nil, gone }})
	if !errors.Is(err, ErrNoData) || !errors.Is(err, gone) {
		t.Errorf("data missing: %v, want ErrNoData wrapping the loader's error", err)
	}
	if _, err := Figure(FigureOptions{Checkpoint: dir, Out: "fig.npy", LoadData: load}); err == nil || !strings.Contains(err.Error(), ".png") {
		t.Errorf("figure to .npy: %v", err)
	}
	grey := &dataset.Set{N: 2, C: 1, H: 4, W: 4, Pix: make([]uint8, 32), Name: "grey"}
	_, err = Figure(FigureOptions{Checkpoint: dir, Out: out, LoadData: func(recipe.Config) (*dataset.Set, error) { return grey, nil }})
	if err == nil || !strings.Contains(err.Error(), "16 values, the generator's 48") {
		t.Errorf("data of another shape: %v", err)
	}
	if _, err := Figure(FigureOptions{Checkpoint: dir, Out: out, Rows: 65, LoadData: load}); err == nil {
		t.Error("65 rows accepted")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed figure left %s (%v)", out, err)
	}
}

// TestFigurePaperConv draws the figure of a paper-cifar10-conv run (G's
// hidden layers cut to one map of 10×10): 9 rows of 8 samples, more than
// one pass of a conv G (recipe.ConvSampleRows), each row ended by the
// training image nearest its last sample.
func TestFigurePaperConv(t *testing.T) {
	cfg, _ := recipe.Preset("paper-cifar10-conv")
	cfg.Model.GHidden, cfg.Model.DUnits = 100, 4
	cfg.Out = t.TempDir()
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g0 := cfg.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(3, 4))}, nil)
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.GeneratorFile), g0, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	const n, dim, rowsN, cols = 40, 3072, 9, 8
	r := rand.New(rand.NewPCG(5, 6))
	set := &dataset.Set{N: n, C: 3, H: 32, W: 32, Pix: make([]uint8, n*dim), Name: "synthetic"}
	for i := range set.Pix {
		set.Pix[i] = uint8(r.IntN(256))
	}
	out := filepath.Join(t.TempDir(), "fig.png")
	rows, err := Figure(FigureOptions{Checkpoint: cfg.Out, Out: out, Seed: 9, Rows: rowsN, Cols: cols,
		LoadData: func(recipe.Config) (*dataset.Set, error) { return set, nil }})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 5*(cols+2)+32*(cols+1) || b.Dy() != 5*(rowsN+1)+32*rowsN {
		t.Fatalf("figure is %dx%d, want %dx%d", b.Dx(), b.Dy(), 5*(cols+2)+32*(cols+1), 5*(rowsN+1)+32*rowsN)
	}
	g, err := Open(cfg.Out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g.Model.SampleRows() != recipe.ConvSampleRows || rowsN*cols <= recipe.ConvSampleRows {
		t.Fatalf("SampleRows %d: the test wants more samples (%d) than one pass of %d", g.Model.SampleRows(), rowsN*cols, recipe.ConvSampleRows)
	}
	s, _ := g.NewSampler(rowsN * cols)
	x, err := s.Draw(g.Latents(rowsN*cols, 9), rowsN*cols, Running)
	if err != nil {
		t.Fatal(err)
	}
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	ref := make([]float32, n*dim)
	g.Model.Pixels(set, ref, all)
	if len(rows) != rowsN {
		t.Fatalf("%d rows, want %d", len(rows), rowsN)
	}
	for k, got := range rows {
		q := x[(cols*k+cols-1)*dim : (cols*k+cols)*dim]
		best, bestD := -1, math.Inf(1)
		for i := range n {
			var d2 float64
			for j, v := range ref[i*dim : (i+1)*dim] {
				d := float64(v) - float64(q[j])
				d2 += d * d
			}
			if d2 < bestD {
				best, bestD = i, d2
			}
		}
		if got.Index != best || !(math.Abs(got.Distance-math.Sqrt(bestD)) <= 1e-4*math.Sqrt(bestD)) {
			t.Errorf("row %d: nearest %d at %.6g, want %d at %.6g", k, got.Index, got.Distance, best, math.Sqrt(bestD))
		}
	}
}
