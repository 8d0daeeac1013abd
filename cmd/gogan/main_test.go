package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/data/mnist"
	"gogan/evaluation"
	"gogan/format/idx"
	"gogan/format/npy"
	"gogan/internal/kat"
	"gogan/metric/classifier"
	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/runlog"
	"gogan/sample"
)

func gogan(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(context.Background(), args, &o, &e)
	return code, o.String(), e.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := gogan(t, args...)
	if code != 0 {
		t.Fatalf("gogan %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// smallMNIST writes the first n MNIST training images as an IDX directory,
// so epochs are a few batches long.
func smallMNIST(t *testing.T, n int) string {
	t.Helper()
	set, err := mnist.Train()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, write := range map[string]func(*os.File) error{
		"train-images-idx3-ubyte": func(f *os.File) error { return idx.Write(f, []int{n, 28, 28}, set.Pix[:n*784]) },
		"train-labels-idx1-ubyte": func(f *os.File) error { return idx.Write(f, []int{n}, set.Labels[:n]) },
	} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := write(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return dir
}

func pngSize(t *testing.T, path string) (int, int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img.Bounds().Dx(), img.Bounds().Dy()
}

// TestTrainEndToEnd trains the real seed model on the embedded MNIST through
// the command-line code path and checks every output parses.
func TestTrainEndToEnd(t *testing.T) {
	out := filepath.Join(t.TempDir(), "run")
	stdout := mustRun(t, "train", "--out", out, "--max-batches", "300", "--sample-interval", "100", "--seed", "3")
	if !strings.Contains(stdout, "ms per iteration") || !strings.Contains(stdout, "[Epoch 0/200] [Batch 200/938]") {
		t.Errorf("stdout lacks the progress lines or timing:\n%s", stdout)
	}
	for _, name := range []string{"0.png", "100.png", "200.png"} {
		if w, h := pngSize(t, filepath.Join(out, "images", name)); w != 152 || h != 152 {
			t.Errorf("%s is %dx%d, want gan.py's 152x152", name, w, h)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "images", "300.png")); err == nil {
		t.Error("images/300.png exists but batch 300 was never trained")
	}
	pngSize(t, filepath.Join(out, "loss.png"))
	rows, err := runlog.ReadMetrics(filepath.Join(out, "metrics.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 300 || rows[299].BatchesDone != 299 {
		t.Fatalf("metrics.csv has %d rows, want 300 ending at batches_done 299", len(rows))
	}
	// The columns must agree with each other. d_loss is the mean of
	// -log D(x) and -log(1-D(G(z))) over the batch, so by Jensen at least
	// (-log d_real - log(1-d_fake))/2 of the batch means; gan.py's G step
	// sees the same fakes through the same D as the D step, so g_loss =
	// mean -log D(G(z)) is at least -log d_fake. Swapped or shifted columns
	// break these. After 300 batches D tells reals from fakes.
	for _, r := range rows {
		dl := (-math.Log(float64(r.DReal)) - math.Log(1-float64(r.DFake))) / 2
		if !(float64(r.DLoss) >= dl*(1-1e-5)) || !(float64(r.GLoss) >= -math.Log(float64(r.DFake))*(1-1e-5)) {
			t.Errorf("batch %d: d_loss %v, g_loss %v inconsistent with mean D(x) %v, mean D(G(z)) %v", r.BatchesDone, r.DLoss, r.GLoss, r.DReal, r.DFake)
			break
		}
	}
	if r := rows[299]; !(r.DReal > 0.5 && r.DReal > r.DFake) {
		t.Errorf("after 300 batches mean D(x) %v, mean D(G(z)) %v: D does not tell them apart", r.DReal, r.DFake)
	}
	var cfg recipe.Config
	b, err := os.ReadFile(filepath.Join(out, "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Model.BNEps != 0.8 || cfg.Train.BatchSize != 64 || cfg.Backend == "" || cfg.Version == "" {
		t.Errorf("config.json misses settings: %+v", cfg)
	}
	if _, err := sample.Open(out, nil); err != nil {
		t.Fatal(err)
	}

	// gogan sample: a PNG grid, a .npy, and the same z from a .npy file.
	grid := filepath.Join(out, "s.png")
	mustRun(t, "sample", "--checkpoint", out, "-n", "16", "--nrow", "4", "-o", grid)
	if w, h := pngSize(t, grid); w != 4*30+2 || h != 4*30+2 {
		t.Errorf("sample grid is %dx%d, want 122x122", w, h)
	}
	z := make([]float32, 5*100)
	r := rand.New(rand.NewPCG(1, 1))
	for i := range z {
		z[i] = float32(r.NormFloat64())
	}
	zPath := filepath.Join(out, "z.npy")
	if err := npy.WriteFile(zPath, []int{5, 100}, z); err != nil {
		t.Fatal(err)
	}
	s1, s2 := filepath.Join(out, "a.npy"), filepath.Join(out, "b.npy")
	mustRun(t, "sample", "--checkpoint", filepath.Join(out, "generator.safetensors"), "--z", zPath, "-o", s1)
	mustRun(t, "sample", "--checkpoint", out, "--z", zPath, "-o", s2, "--bn", "batch")
	shape, a, err := npy.ReadFile(s1)
	if err != nil {
		t.Fatal(err)
	}
	if len(shape) != 4 || shape[0] != 5 || shape[1] != 1 || shape[2] != 28 || shape[3] != 28 {
		t.Fatalf("sample .npy shape %v, want (5, 1, 28, 28)", shape)
	}
	_, bb, _ := npy.ReadFile(s2)
	same := true
	for i := range a {
		if !(a[i] >= -1 && a[i] <= 1) {
			t.Fatalf("sample value %v outside tanh's range", a[i])
		}
		same = same && a[i] == bb[i]
	}
	if same {
		t.Error("--bn batch and --bn running gave identical samples")
	}
}

// TestResumeEquivalence stops a run mid-epoch and again across an epoch
// boundary, resumes it, and expects bit-identical weights to a run that was
// never interrupted.
func TestResumeEquivalence(t *testing.T) {
	data := smallMNIST(t, 200) // 4 batches per epoch, the last of 8 images
	// cgan-plus stands for both conditional presets: labels, the projection
	// D, balanced classes and the EMA; cgan adds only the resize and the
	// dropout stream that improved-d-dropout covers.
	for _, preset := range []string{"seed", "improved", "cgan-plus"} {
		t.Run(preset, func(t *testing.T) { resumeEquivalence(t, data, preset) })
	}
	// D's dropout masks come from a stream of their own, saved with the run.
	t.Run("improved-d-dropout", func(t *testing.T) { resumeEquivalence(t, data, "improved", "--d-dropout", "0.3") })
	// dcgan.py's conv nets: BatchNorm2d's buffers, Dropout2d's stream and
	// three D calls an iteration; 56 images in batches of 16 keep the
	// shape of the runs above (4 batches an epoch, the last of 8).
	t.Run("dcgan", func(t *testing.T) { resumeEquivalence(t, smallMNIST(t, 56), "dcgan", "--batch-size", "16") })
	// sngan: spectral norm's u and v (D's buffers), the EMA of a conv
	// G, the hinge loss and two learning rates, at small widths on grey
	// 32x32 digits.
	t.Run("sngan", func(t *testing.T) {
		resumeEquivalence(t, smallMNIST(t, 56), "sngan", "--batch-size", "16", "--channels", "1", "--g-widths", "32,16,8,4", "--d-widths", "4,8,16,32")
	})
	// dcgan-plus --classes: the conditional dcgan pair's separate D passes,
	// DiffAugment's draws (from the checkpointed stream) and two learning
	// rates.
	t.Run("dcgan-plus-classes", func(t *testing.T) {
		resumeEquivalence(t, smallMNIST(t, 56), "dcgan-plus", "--batch-size", "16", "--channels", "1", "--d-widths", "4,8,8,16", "--classes", "10", "--embed-dim", "8")
	})
	// dcgan-plus: D's class head and the class-balance term (the labels
	// reach an unconditional run).
	t.Run("dcgan-plus", func(t *testing.T) {
		resumeEquivalence(t, smallMNIST(t, 56), "dcgan-plus", "--batch-size", "16", "--channels", "1", "--d-widths", "4,8,8,16")
	})
	t.Run("sngan-classes", func(t *testing.T) {
		resumeEquivalence(t, smallMNIST(t, 56), "sngan", "--batch-size", "16", "--channels", "1", "--g-widths", "32,16,8,4", "--d-widths", "4,8,16,32", "--classes", "10", "--embed-dim", "8")
	})
}

func resumeEquivalence(t *testing.T, data, preset string, extra ...string) {
	base := t.TempDir()
	whole, parts := filepath.Join(base, "whole"), filepath.Join(base, "parts")
	common := append([]string{"--preset", preset, "--data", data, "--epochs", "4", "--sample-interval", "5", "--seed", "9"}, extra...)
	mustRun(t, append([]string{"train", "--out", whole}, common...)...)
	mustRun(t, append([]string{"train", "--out", parts, "--max-batches", "6"}, common...)...)
	mustRun(t, "train", "--resume", "--out", parts, "--max-batches", "9")
	mustRun(t, "train", "--resume", "--out", parts, "--max-batches", "0")
	files := []string{"generator.safetensors", "discriminator.safetensors"}
	if preset == "improved" || preset == "cgan-plus" || preset == "sngan" || preset == "dcgan-plus" {
		files = append(files, "generator_ema.safetensors")
	}
	for _, f := range files {
		a, err := os.ReadFile(filepath.Join(whole, f))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(parts, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between the resumed and the uninterrupted run", f)
		}
	}
	ra, _ := runlog.ReadMetrics(filepath.Join(whole, "metrics.csv"))
	rb, _ := runlog.ReadMetrics(filepath.Join(parts, "metrics.csv"))
	if len(ra) != 16 || len(rb) != len(ra) {
		t.Fatalf("metrics rows: %d uninterrupted, %d resumed; want 16", len(ra), len(rb))
	}
	for i := range ra {
		if ra[i].DLoss != rb[i].DLoss || ra[i].GLoss != rb[i].GLoss {
			t.Fatalf("row %d: losses %v/%v uninterrupted, %v/%v resumed", i, ra[i].DLoss, ra[i].GLoss, rb[i].DLoss, rb[i].GLoss)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	data := smallMNIST(t, 100)
	corrupt := t.TempDir()
	os.WriteFile(filepath.Join(corrupt, "train-images-idx3-ubyte.gz"), []byte("\x1f\x8bnot really gzip"), 0o644)
	truncated := t.TempDir()
	raw, _ := os.ReadFile(filepath.Join(data, "train-images-idx3-ubyte"))
	os.WriteFile(filepath.Join(truncated, "train-images-idx3-ubyte"), raw[:len(raw)-100], 0o644)
	mismatch := t.TempDir()
	os.WriteFile(filepath.Join(mismatch, "train-images-idx3-ubyte"), raw, 0o644)
	labels, _ := os.ReadFile(filepath.Join(smallMNIST(t, 50), "train-labels-idx1-ubyte"))
	os.WriteFile(filepath.Join(mismatch, "train-labels-idx1-ubyte"), labels, 0o644)
	aFile := filepath.Join(dir, "file")
	os.WriteFile(aFile, []byte("x"), 0o644)
	run1 := filepath.Join(dir, "run1")
	mustRun(t, "train", "--data", data, "--out", run1, "--max-batches", "2", "--sample-interval", "0")
	badCkpt := filepath.Join(dir, "bad.safetensors")
	os.WriteFile(badCkpt, []byte("\x10\x00\x00\x00\x00\x00\x00\x00{not json}      "), 0o644)
	zBad := filepath.Join(dir, "z.npy")
	npy.WriteFile(zBad, []int{3, 7}, make([]float32, 21))
	before, _ := os.ReadFile(filepath.Join(run1, "generator.safetensors"))
	unlabelled := t.TempDir()
	os.WriteFile(filepath.Join(unlabelled, "train-images-idx3-ubyte"), raw, 0o644)
	// run1 with its training data gone.
	dataless := filepath.Join(dir, "dataless")
	if cfg, err := configfile.Load(run1); err != nil {
		t.Fatal(err)
	} else {
		cfg.Out, cfg.Train.Data = dataless, filepath.Join(dir, "gone")
		os.MkdirAll(dataless, 0o755)
		if err := configfile.Save(cfg); err != nil {
			t.Fatal(err)
		}
		g, _ := os.ReadFile(filepath.Join(run1, "generator.safetensors"))
		os.WriteFile(filepath.Join(dataless, "generator.safetensors"), g, 0o644)
	}
	labelsBad := filepath.Join(dir, "labels.npy")
	npy.WriteFile(labelsBad, []int{3}, []float32{1, 2, 10})
	oneSample := filepath.Join(dir, "one.npy")
	npy.WriteFile(oneSample, []int{1, 1, 28, 28}, make([]float32, 784))

	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag value", []string{"train", "--g-loss", "wasserstein", "--out", dir}, 2, `--g-loss "wasserstein" must be nonsaturating or minimax`},
		{"unknown flag", []string{"train", "--epoch", "3"}, 2, "flag provided but not defined: -epoch"},
		{"bad number", []string{"train", "--batch-size", "1", "--out", dir}, 2, "--batch-size 1 must be in [2, 65536]"},
		{"negative train images", []string{"train", "--train-images", "-1", "--out", dir}, 2, "--train-images -1 must be ≥ 0"},
		{"unknown preset", []string{"train", "--preset", "best"}, 2, `unknown preset "best"`},
		{"minibatch group of one", []string{"train", "--mbstd-group", "1", "--out", dir}, 2, "--mbstd-group 1 must be 0 (off) or ≥ 2"},
		{"dropout of everything", []string{"train", "--d-dropout", "1", "--out", dir}, 2, "--d-dropout 1 must be in [0, 1)"},
		{"decay over more than the run", []string{"train", "--lr-linear-decay", "2", "--out", dir}, 2, "--lr-linear-decay 2 must be in [0, 1]"},
		{"minibatch feature on the paper model", []string{"train", "--preset", "paper", "--mbstd-group", "4", "--out", dir}, 2, "--mbstd-group applies to the seed's D"},
		{"missing data dir", []string{"train", "--data", filepath.Join(dir, "nope"), "--out", filepath.Join(dir, "o1")}, 1, "nope"},
		{"corrupt gzip", []string{"train", "--data", corrupt, "--out", filepath.Join(dir, "o2")}, 1, "train-images-idx3-ubyte.gz"},
		{"truncated idx", []string{"train", "--data", truncated, "--out", filepath.Join(dir, "o3")}, 1, "header says 100x28x28"},
		{"labels and images differ", []string{"train", "--data", mismatch, "--out", filepath.Join(dir, "o4")}, 1, "50"},
		{"wrong image size", []string{"train", "--data", data, "--img-size", "32", "--out", filepath.Join(dir, "o5")}, 1, "--img-size is 32"},
		{"embedded MNIST wrong size", []string{"train", "--img-size", "32", "--out", filepath.Join(dir, "o6")}, 1, "1x28x28"},
		{"unwritable out", []string{"train", "--data", data, "--out", filepath.Join(aFile, "run")}, 1, "output directory"},
		{"resume without checkpoint", []string{"train", "--resume", "--out", filepath.Join(dir, "empty")}, 1, "config.json"},
		{"resume changes a setting", []string{"train", "--resume", "--out", run1, "--lr", "0.1"}, 2, "--lr cannot change when resuming"},
		{"run dir already used", []string{"train", "--data", data, "--out", run1}, 1, "--resume"},
		{"sample corrupt checkpoint", []string{"sample", "--checkpoint", badCkpt, "-o", filepath.Join(dir, "x.png")}, 1, "bad.safetensors"},
		{"sample wrong latent size", []string{"sample", "--checkpoint", run1, "--z", zBad, "-o", filepath.Join(dir, "x.npy")}, 1, "7 dimensions but the generator takes 100"},
		{"sample bad extension", []string{"sample", "--checkpoint", run1, "-o", filepath.Join(dir, "x.jpg")}, 1, "must end in .png or .npy"},
		{"sample bad bn", []string{"sample", "--checkpoint", run1, "--bn", "eval"}, 1, `--bn "eval"`},
		{"eval wrong sample shape", []string{"eval", "--samples", zBad}, 1, "must have shape (N, 1, S, S) or (N, 3, S, S), got [3 7]"},
		{"conditional preset, unlabelled data", []string{"train", "--preset", "cgan", "--data", unlabelled, "--out", filepath.Join(dir, "o7")}, 1, "has no labels"},
		{"class of an unconditional generator", []string{"sample", "--checkpoint", run1, "--class", "7", "-o", filepath.Join(dir, "x.png")}, 1, "not a conditional generator"},
		{"class not a number", []string{"sample", "--checkpoint", run1, "--class", "seven", "-o", filepath.Join(dir, "x.png")}, 2, `--class "seven"`},
		{"conditional objective bce", []string{"train", "--preset", "cgan", "--objective", "bce", "--out", dir}, 2, "least-squares or logistic"},
		{"sngan objective bce", []string{"train", "--preset", "sngan", "--objective", "bce", "--out", dir}, 2, "--objective bce must be hinge, logistic or least-squares"},
		{"sngan widths not numbers", []string{"train", "--preset", "sngan", "--g-widths", "256,x", "--out", dir}, 2, `"256,x" is not a comma-separated list of integers`},
		{"sngan G widths for another size", []string{"train", "--preset", "sngan", "--img-size", "28", "--out", dir}, 2, "--img-size img_size 28 is not a multiple of 8"},
		{"sngan zero channels", []string{"train", "--preset", "sngan", "--d-widths", "32,0", "--out", dir}, 2, "--d-widths [32 0] must be one to 11 channel counts"},
		{"spectral norm on the MLP", []string{"train", "--spectral-norm", "--out", dir}, 2, "--spectral-norm applies to the cnn model's D"},
		{"hinge with label smoothing", []string{"train", "--preset", "sngan", "--real-label", "0.9", "--out", dir}, 2, "--real-label 0.9: the hinge loss has no target"},
		{"eval too few samples", []string{"eval", "--samples", oneSample}, 1, "1 samples; need at least 2"},
		{"eval neither source", []string{"eval"}, 1, "exactly one of --checkpoint and --samples"},
		{"eval bad bn", []string{"eval", "--checkpoint", run1, "--bn", "train"}, 1, `--bn "train"`},
		{"classifier unknown subcommand", []string{"classifier", "fit"}, 2, "the subcommands are train and reference"},
		{"classifier --test without --data", []string{"classifier", "train", "--test", dir}, 2, "--test goes with --data"},
		{"classifier on grey data", []string{"classifier", "train", "--data", data, "-o", filepath.Join(dir, "c.safetensors")}, 1, "channels"},
		{"classifier reference without weights", []string{"classifier", "reference", "--test", dir}, 2, "give --weights and --test"},
		{"sample missing checkpoint", []string{"sample", "--checkpoint", filepath.Join(dir, "none")}, 1, "none"},
		{"figure with a grid's flags", []string{"sample", "--checkpoint", run1, "--figure", "-n", "4", "--nrow", "2"}, 2, "--n, --nrow do not apply"},
		{"figure as .npy", []string{"sample", "--checkpoint", run1, "--figure", "-o", filepath.Join(dir, "f.npy")}, 1, "must be a .png"},
		{"figure of a run whose data is gone", []string{"sample", "--checkpoint", dataless, "--figure", "-o", filepath.Join(dir, "f.png")}, 1, "the figure's nearest column needs the run's training data"},
		{"dcgan size not a multiple of 16", []string{"train", "--preset", "dcgan", "--img-size", "28", "--out", filepath.Join(dir, "o8")}, 2, "--img-size 28 is not a multiple of 16"},
		{"grey run of other data with the MNIST evaluation", []string{"train", "--img-size", "64", "--data", dir, "--eval-every", "1", "--out", filepath.Join(dir, "o10")}, 2, "--eval-every: the built-in evaluation judges grey images with its MNIST classifier"},
		{"dcgan on the embedded MNIST in colour", []string{"train", "--preset", "dcgan", "--channels", "3", "--out", filepath.Join(dir, "o11")}, 1, "the embedded MNIST is 1x28x28 but channels is 3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := gogan(t, c.args...)
			if code != c.code || !strings.Contains(errOut, c.want) {
				t.Fatalf("exit %d, stderr %q (stdout %q); want exit %d mentioning %q", code, errOut, out, c.code, c.want)
			}
			if strings.Contains(errOut, "panic") {
				t.Fatal("panicked")
			}
		})
	}
	// The figure of run1: 4 rows of 5 MNIST samples and a nearest digit.
	fig := filepath.Join(dir, "fig.png")
	if out := mustRun(t, "sample", "--checkpoint", run1, "--figure", "-o", fig); !strings.Contains(out, "row 4: nearest training image") {
		t.Errorf("gogan sample --figure printed %q", out)
	}
	if w, h := pngSize(t, fig); w != 5*7+6*28 || h != 5*5+4*28 {
		t.Errorf("figure is %dx%d, want %dx%d", w, h, 5*7+6*28, 5*5+4*28)
	}
	after, _ := os.ReadFile(filepath.Join(run1, "generator.safetensors"))
	if !bytes.Equal(before, after) {
		t.Error("a failed command changed an existing checkpoint")
	}
}

func TestDivergenceKeepsCheckpoint(t *testing.T) {
	data := smallMNIST(t, 200)
	out := filepath.Join(t.TempDir(), "run")
	code, _, errOut := gogan(t, "train", "--data", data, "--out", out, "--lr", "1e30", "--checkpoint-every", "1", "--sample-interval", "0")
	if code != 1 || !strings.Contains(errOut, "training diverged") || !strings.Contains(errOut, "NaN") {
		t.Fatalf("exit %d, stderr %q; want a divergence error", code, errOut)
	}
	gen, err := sample.Open(out, nil)
	if err != nil {
		t.Fatalf("the last good checkpoint does not load: %v", err)
	}
	s, err := gen.NewSampler(4)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range s.Net().Params() {
		for _, v := range p.W {
			if v != v {
				t.Fatalf("checkpoint %s holds NaN", p.Name)
			}
		}
	}
}

func TestHelpShowsDefaults(t *testing.T) {
	for _, cmd := range []string{"train", "sample"} {
		code, _, errOut := gogan(t, cmd, "--help")
		if code != 0 || !strings.Contains(errOut, "(default") {
			t.Errorf("%s --help: exit %d, %q", cmd, code, errOut)
		}
	}
	_, _, errOut := gogan(t, "train", "--help")
	for _, want := range []string{"-epochs int", "(default 200)", "(default 0.0002)", "(default 0.8)", "(default 400)"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("train --help lacks %q", want)
		}
	}
}

func TestEvalEvery(t *testing.T) {
	data := smallMNIST(t, 200)
	out := filepath.Join(t.TempDir(), "run")
	stdout := mustRun(t, "train", "--data", data, "--out", out, "--epochs", "2", "--eval-every", "1", "--sample-interval", "0")
	if !strings.Contains(stdout, "[Epoch 2/2] FID") {
		t.Errorf("no evaluation line in:\n%s", stdout)
	}
	evals, err := runlog.ReadEvals(filepath.Join(out, recipe.EvalFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(evals) != 2 || evals[1].Epoch != 2 {
		t.Fatalf("eval.csv %+v, want epochs 1 and 2", evals)
	}
	// The last row is the evaluation of the generator the run ended with:
	// redo it from the saved run (same weights, same evaluation noise
	// stream) and expect eval.csv's figures, which it rounds to 4 decimals.
	cfg, err := configfile.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := sample.Open(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gen.NewSampler(cfg.Train.BatchSize)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := evaluation.Quality(cfg.Model, cfg.Train.BatchSize)(s.Net(), cfg.Model.NoiseStream(cfg.Train.Seed, recipe.StreamEval))
	if err != nil {
		t.Fatal(err)
	}
	last := evals[1]
	kat.Scalar(t, "eval.csv's FID after epoch 2, against the saved generator's", last.FID, rep.FID, 0, 5e-5)
	kat.Scalar(t, "eval.csv's class score", last.ClassScore, rep.ClassScore, 0, 5e-5)
	kat.Scalar(t, "eval.csv's largest class share", last.LargestClassShare, rep.LargestClassShare, 0, 5e-5)
	kat.Scalar(t, "eval.csv's smallest class share", last.SmallestClassShare, rep.SmallestClassShare, 0, 5e-5)
	// Epoch 1's generator was another one: its figures differ.
	if first := evals[0]; first.FID == last.FID || !kat.Finite(t, "epoch 1's figures", []float64{first.FID, first.ClassScore, first.LargestClassShare, first.SmallestClassShare}) {
		t.Errorf("epoch 1's evaluation %+v, epoch 2's %+v: the same generator?", first, last)
	}
	pngSize(t, filepath.Join(out, "loss.png"))
}

// cancelOn cancels a context once the output contains a marker, as Ctrl-C
// would in the middle of a run.
type cancelOn struct {
	bytes.Buffer
	marker string
	cancel context.CancelFunc
}

func (c *cancelOn) Write(p []byte) (int, error) {
	n, err := c.Buffer.Write(p)
	if strings.Contains(c.String(), c.marker) {
		c.cancel()
	}
	return n, err
}

func TestInterruptSavesCheckpoint(t *testing.T) {
	data := smallMNIST(t, 1000) // 16 batches per epoch
	out := filepath.Join(t.TempDir(), "run")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelOn{marker: "[Epoch 0/3] [Batch 15/16]", cancel: cancel}
	var errOut bytes.Buffer
	args := []string{"train", "--data", data, "--out", out, "--epochs", "3", "--sample-interval", "0"}
	if code := run(ctx, args, w, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(w.String(), "interrupted; continue with: gogan train --resume --out "+out) {
		t.Fatalf("no interruption message:\n%s", w.String())
	}
	rows, _ := runlog.ReadMetrics(filepath.Join(out, "metrics.csv"))
	if len(rows) < 16 || len(rows) >= 48 {
		t.Fatalf("%d iterations before the interrupt took effect", len(rows))
	}
	mustRun(t, "train", "--resume", "--out", out)
	rows, _ = runlog.ReadMetrics(filepath.Join(out, "metrics.csv"))
	if len(rows) != 48 {
		t.Fatalf("after resuming, %d rows, want 3 epochs × 16", len(rows))
	}
}

// TestTrainOnImageFolder trains on a folder of RGB PNGs of another size,
// which gan.py's fixed 784 inputs cannot.
func TestTrainOnImageFolder(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(4, 4))
	for i := range 40 {
		img := image.NewRGBA(image.Rect(0, 0, 40, 30))
		for j := range img.Pix {
			img.Pix[j] = uint8(r.IntN(256))
		}
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("img%02d.png", i)))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	out := filepath.Join(t.TempDir(), "run")
	mustRun(t, "train", "--data", dir, "--channels", "3", "--img-size", "16", "--batch-size", "8", "--epochs", "2", "--sample-interval", "3", "--out", out)
	rows, err := runlog.ReadMetrics(filepath.Join(out, "metrics.csv"))
	if err != nil || len(rows) != 10 {
		t.Fatalf("%d metrics rows (%v), want 2 epochs × 5 batches", len(rows), err)
	}
	// The batch's 8 images, 5 per row of 16x16 with 2 px padding: 5·18+2 by 2·18+2.
	if w, h := pngSize(t, filepath.Join(out, "images", "3.png")); w != 92 || h != 38 {
		t.Errorf("sample grid %dx%d, want 92x38", w, h)
	}
	npyPath := filepath.Join(out, "s.npy")
	mustRun(t, "sample", "--checkpoint", out, "-n", "4", "-o", npyPath)
	if shape, _, err := npy.ReadFile(npyPath); err != nil || fmt.Sprint(shape) != "[4 3 16 16]" {
		t.Fatalf("samples shape %v (%v), want [4 3 16 16]", shape, err)
	}
}

// A conditional run end to end: cgan-plus trains on labelled IDX data, and
// sample draws the classes asked for in the shapes and grids promised.
func TestConditionalCommands(t *testing.T) {
	data := smallMNIST(t, 200)
	out := filepath.Join(t.TempDir(), "run")
	mustRun(t, "train", "--preset", "cgan-plus", "--data", data, "--max-batches", "3", "--sample-interval", "0", "--out", out)
	seven := filepath.Join(out, "7.npy")
	mustRun(t, "sample", "--checkpoint", out, "--class", "7", "-n", "8", "-o", seven, "--bn", "batch")
	if shape, _, err := npy.ReadFile(seven); err != nil || len(shape) != 4 || shape[0] != 8 || shape[2] != 28 {
		t.Fatalf("--class 7 -n 8: shape %v, error %v", shape, err)
	}
	all := filepath.Join(out, "all.png")
	mustRun(t, "sample", "--checkpoint", out, "-n", "100", "-o", all)
	if w, h := pngSize(t, all); w != 10*30+2 || h != 10*30+2 {
		t.Errorf("default conditional grid %dx%d, want one class per column, 302x302", w, h)
	}
	three := filepath.Join(out, "039.png")
	mustRun(t, "sample", "--checkpoint", out, "--class", "0,3,9", "-n", "9", "-o", three)
	if w, _ := pngSize(t, three); w != 3*30+2 {
		t.Errorf("--class 0,3,9 grid is %d wide, want 3 columns", w)
	}
	mustRun(t, "interpolate", "--checkpoint", out, "-o", filepath.Join(out, "interp.png"))
	// --z with --labels: the rows as one batch, as G(z, labels) in PyTorch.
	z, l := filepath.Join(out, "z.npy"), filepath.Join(out, "l.npy")
	npy.WriteFile(z, []int{4, 100}, make([]float32, 400))
	npy.WriteFile(l, []int{4}, []float32{0, 1, 2, 3})
	zl := filepath.Join(out, "zl.npy")
	mustRun(t, "sample", "--checkpoint", out, "--z", z, "--labels", l, "-o", zl)
	_, x, _ := npy.ReadFile(zl)
	if len(x) != 4*784 || x[0] == x[784+300] && x[300] == x[784+300] {
		t.Errorf("z = 0 for every row: the classes should make the images differ")
	}
	if code, _, errOut := gogan(t, "sample", "--checkpoint", out, "--z", z, "-o", zl); code == 0 || !strings.Contains(errOut, "--labels") {
		t.Errorf("--z without --labels on a conditional G: exit %d, %q", code, errOut)
	}
}

// TestClassifierTrainColour trains the colour judge for one epoch on a
// folder of 20 RGB PNGs in ten class folders, scoring and measuring a
// second such folder, and stores a reference again with `classifier
// reference`: both files load as the CIFAR-10 architecture with a
// reference of the test folder's 20 images.
func TestClassifierTrainColour(t *testing.T) {
	folder := func(seed uint64) string {
		dir := t.TempDir()
		r := rand.New(rand.NewPCG(seed, 1))
		for i := range 20 {
			class := filepath.Join(dir, fmt.Sprintf("class%d", i%10))
			os.MkdirAll(class, 0o755)
			img := image.NewRGBA(image.Rect(0, 0, 32, 32))
			for j := range img.Pix {
				img.Pix[j] = uint8(r.IntN(256))
			}
			f, err := os.Create(filepath.Join(class, fmt.Sprintf("%d.png", i)))
			if err != nil {
				t.Fatal(err)
			}
			png.Encode(f, img)
			f.Close()
		}
		return dir
	}
	train, test := folder(1), folder(2)
	out := filepath.Join(t.TempDir(), "judge.safetensors")
	stdout := mustRun(t, "classifier", "train", "--data", train, "--test", test, "--ref-name", "tiny test set", "--epochs", "1", "--batch-size", "10", "-o", out)
	if !strings.Contains(stdout, "epoch 1/1: loss") || !strings.Contains(stdout, "test accuracy") {
		t.Errorf("output %q", stdout)
	}
	// Without --test, each epoch still reports its figures.
	if stdout := mustRun(t, "classifier", "train", "--data", train, "--epochs", "1", "--batch-size", "10", "-o", filepath.Join(t.TempDir(), "c.safetensors")); !strings.Contains(stdout, "epoch 1/1: loss") {
		t.Errorf("without --test: output %q", stdout)
	}
	again := filepath.Join(t.TempDir(), "again.safetensors")
	mustRun(t, "classifier", "reference", "--weights", out, "--test", test, "-o", again)
	for _, path := range []string{out, again} {
		m, err := classifier.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if m.Arch != classifier.CIFAR10 || m.Ref == nil || m.Ref.N != 20 || m.Metadata["test_accuracy"] == "" {
			t.Errorf("%s: arch %s, reference %v, metadata %v", path, m.Arch.Name, m.Ref != nil, m.Metadata)
		}
	}
	if m, _ := classifier.Load(out); m != nil && m.Ref.Data != "tiny test set" {
		t.Errorf("reference named %q, want the --ref-name", m.Ref.Data)
	}
}
