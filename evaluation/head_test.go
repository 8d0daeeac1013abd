package evaluation

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/sample"
)

// headRun writes an untrained dcgan-plus run of channels channels (D with a
// class head at small widths, batch 8) trained on data, with its G and D,
// and returns its directory and model.
func headRun(t *testing.T, channels int, data string) (string, recipe.Model) {
	t.Helper()
	cfg, err := recipe.Preset("dcgan-plus")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Model.Channels, cfg.Model.DWidths, cfg.Train.BatchSize, cfg.Train.Data = channels, []int{4, 8, 8, 16}, 8, data
	cfg.Out = t.TempDir()
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	ctx := nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(5, 5))}
	meta := map[string]string{"format": "pt"}
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.GeneratorFile), cfg.Model.NewGenerator(ctx, nil), meta); err != nil {
		t.Fatal(err)
	}
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.DiscriminatorFile), cfg.Model.NewDiscriminator(ctx).Sequential, meta); err != nil {
		t.Fatal(err)
	}
	return cfg.Out, cfg.Model
}

// TestHeadReadsBatchStatistics: the head reads the samples in equal passes
// of the run's batch size with BatchNorm's batch statistics and without
// DiffAugment, as G's steps read a batch of fakes: the reading equals the
// head's logits V·φ(x) computed pass by pass from D's layers here, which
// running statistics or DiffAugment's random changes would not give.
func TestHeadReadsBatchStatistics(t *testing.T) {
	dir, m := headRun(t, 1, "")
	be, _ := gemm.Default()
	const n = 20 // two passes of 10 at batch 8
	dim := m.Channels * m.ImgSize * m.ImgSize
	r := rand.New(rand.NewPCG(1, 2))
	x := make([]float32, n*dim)
	for i := range x {
		x[i] = float32(2*r.Float64() - 1)
	}
	judged := make([]int, n)
	for i := range judged {
		judged[i] = i % 3
	}
	g, err := sample.Open(dir, be)
	if err != nil {
		t.Fatal(err)
	}
	got, err := readHead(be, g, x, n, judged, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got.Batch != 8 || len(got.Shares) != 10 || len(got.JudgeByHead) != 10 {
		t.Fatalf("report %+v: want batch 8 and 10 classes", got)
	}

	d := m.NewDiscriminator(nn.Context{BLAS: be, MaxBatch: n, Rand: rand.New(rand.NewPCG(9, 9))})
	if _, err := checkpoint.Load(filepath.Join(dir, recipe.DiscriminatorFile), d.Sequential); err != nil {
		t.Fatal(err)
	}
	head := d.Layers[0].(*nn.Projection)
	k, w := head.Classes, head.Body.Out()
	shares, mean := make([]float64, k), make([]float64, k)
	counts := make([][]int, 10)
	for j := range counts {
		counts[j] = make([]int, k)
	}
	for _, pass := range [][2]int{{0, 10}, {10, 20}} {
		rows := pass[1] - pass[0]
		h := append([]float32(nil), x[pass[0]*dim:pass[1]*dim]...)
		for _, l := range head.Body.Layers {
			_, aug := l.(*nn.DiffAugment)
			h = l.Forward(h, rows, !aug)
		}
		for i := range rows {
			logits := make([]float64, k)
			for c := range k {
				for j := range w {
					logits[c] += float64(head.V.W[c*w+j]) * float64(h[i*w+j])
				}
			}
			best := slices.Index(logits, slices.Max(logits))
			top := logits[best]
			var sum float64
			for c := range logits {
				logits[c] = math.Exp(logits[c] - top)
				sum += logits[c]
			}
			for c := range logits {
				mean[c] += logits[c] / sum / n
			}
			shares[best] += 1.0 / n
			counts[judged[pass[0]+i]][best]++
		}
	}
	for c := range k {
		if math.Abs(got.Shares[c]-shares[c]) > 1e-9 || math.Abs(got.MeanProbability[c]-mean[c]) > 1e-5 {
			t.Errorf("class %d: share %v, mean probability %v; want %v and %v", c, got.Shares[c], got.MeanProbability[c], shares[c], mean[c])
		}
	}
	var sum float64
	for c := range k {
		sum += got.MeanProbability[c]
	}
	if math.Abs(sum-1) > 1e-9 || got.LargestShare != slices.Max(shares) || got.SmallestShare != slices.Min(shares) {
		t.Errorf("mean probabilities sum to %v, shares %v..%v; want 1 and %v..%v", sum, got.SmallestShare, got.LargestShare, slices.Min(shares), slices.Max(shares))
	}
	if fmt.Sprint(got.JudgeByHead) != fmt.Sprint(counts) {
		t.Errorf("judge by head %v, want %v", got.JudgeByHead, counts)
	}
}

// TestEvalClassHead: gogan eval of a run whose D has a class head reports
// the head's reading; a run without its D file does not; a damaged D file
// is an error naming it.
func TestEvalClassHead(t *testing.T) {
	dir, _ := headRun(t, 1, "")
	var log strings.Builder
	rep, err := Run(Options{Checkpoint: dir, N: 20, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	h := rep.Head
	if h == nil || h.Batch != 8 || len(h.Shares) != 10 || h.LargestShare < h.SmallestShare {
		t.Fatalf("class head report %+v", h)
	}
	if !strings.Contains(log.String(), "D's class head: largest class") || !strings.Contains(Markdown(rep), "D's class head") {
		t.Errorf("log %q or report.md without the class head's line", log.String())
	}
	dPath := filepath.Join(dir, recipe.DiscriminatorFile)
	w, err := os.ReadFile(dPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dPath, w[:len(w)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(Options{Checkpoint: dir, N: 20}); err == nil || !strings.Contains(err.Error(), dPath) {
		t.Errorf("truncated D: error %v, want one naming %s", err, dPath)
	}
	if err := os.Remove(dPath); err != nil {
		t.Fatal(err)
	}
	if rep, err := Run(Options{Checkpoint: dir, N: 20}); err != nil || rep.Head != nil {
		t.Errorf("without D: head %+v, error %v; want no head report and no error", rep.Head, err)
	}
}

// A checkpoint named by its weights file is evaluated with its run's
// config.json as one named by its directory: D's class head is read, and
// a colour run's nearest training images are found in its data folder.
func TestEvalWeightsFile(t *testing.T) {
	dir, _ := headRun(t, 3, writeRefFolder(t, 4))
	var log strings.Builder
	rep, err := Run(Options{Checkpoint: filepath.Join(dir, recipe.GeneratorFile), N: 16, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Head == nil || rep.Memorisation == nil {
		t.Errorf("class head %+v, nearest training images %+v; want both (log %q)", rep.Head, rep.Memorisation, log.String())
	}
}
