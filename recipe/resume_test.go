package recipe

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"gogan/gan"
)

func TestResumeRules(t *testing.T) {
	saved, _ := Preset("improved")
	saved.Out = "runs/x"
	saved.Train.Seed, saved.Run.Epochs = 9, 10

	// What the command line builds: the preset's defaults with the flags
	// given on top.
	req, _ := Preset("improved")
	req.Out = "runs/x"
	req.Run.Epochs, req.Run.MaxBatches, req.Run.EvalEvery = 20, 500, 2
	req.Train.Seed = 9
	req.Train.LR = saved.Train.LR
	got, err := Resume(saved, req, []string{"epochs", "max_batches", "eval_every", "out", "seed", "lr", "preset"})
	if err != nil {
		t.Fatalf("resume with new lengths and settings equal to the saved ones: %v", err)
	}
	want := saved
	want.Run.Epochs, want.Run.MaxBatches, want.Run.EvalEvery = 20, 500, 2
	if got.Run != want.Run || got.Train.Seed != 9 || got.Out != "runs/x" || got.Train.LR != saved.Train.LR {
		t.Errorf("resumed config %+v, want %+v", got, want)
	}
	// A setting not given keeps the saved value even where the request's
	// default differs.
	req.Train.Seed = 1
	if got, err := Resume(saved, req, []string{"epochs"}); err != nil || got.Train.Seed != 9 || got.Run.SampleInterval != saved.Run.SampleInterval {
		t.Errorf("seed not given: %v, %+v", err, got)
	}

	for _, c := range []struct {
		setting string
		edit    func(*Config)
		want    string
	}{
		{"lr", func(c *Config) { c.Train.LR = 0.1 }, "lr cannot change when resuming: the run has 0.0002, not 0.1"},
		{"g_loss", func(c *Config) { c.Train.GLoss = gan.Minimax }, `g_loss cannot change when resuming: the run has "nonsaturating", not "minimax"`},
		{"preset", func(c *Config) { c.Preset = "seed" }, `preset cannot change when resuming: the run has "improved", not "seed"`},
		{"seed", func(c *Config) { c.Train.Seed = 3 }, "seed cannot change when resuming: the run has 9, not 3"},
		{"bn_eps", func(c *Config) { c.Model.BNEps = 0.8 }, "bn_eps cannot change when resuming: the run has 0.00001, not 0.8"},
	} {
		r := saved
		c.edit(&r)
		_, err := Resume(saved, r, []string{"epochs", c.setting})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Setting != c.setting || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), filepath.Join("runs/x", ConfigFile)) {
			t.Errorf("changing %s: %v, want %q", c.setting, err, c.want)
		}
	}
	if _, err := Resume(saved, saved, []string{"nonsense"}); err == nil {
		t.Error("an unknown setting was accepted")
	}
}

func TestDefaultDir(t *testing.T) {
	if got := DefaultDir("seed", 1); got != filepath.Join("runs", "seed-seed1") {
		t.Errorf("DefaultDir(seed, 1) = %s", got)
	}
	if got := DefaultDir("", 7); got != filepath.Join("runs", "seed-seed7") {
		t.Errorf("DefaultDir(\"\", 7) = %s", got)
	}
}

// A paper-cifar10-conv run resumes longer but keeps its kind and sizes.
func TestResumePaperConv(t *testing.T) {
	saved, _ := Preset("paper-cifar10-conv")
	saved.Out, saved.Model.GHidden = "runs/c", 800
	req, _ := Preset("paper-cifar10-conv")
	req.Out, req.Run.Epochs = "runs/c", 400
	got, err := Resume(saved, req, []string{"epochs", "preset"})
	if err != nil || got.Run.Epochs != 400 || got.Model.GHidden != 800 || got.Model.Kind != PaperConv {
		t.Errorf("resume for 400 epochs: %v, %+v", err, got.Model)
	}
	if _, err := Resume(saved, req, []string{"g_hidden"}); err == nil || !strings.Contains(err.Error(), "g_hidden cannot change when resuming: the run has 800, not 8000") {
		t.Errorf("g_hidden changed: %v", err)
	}
	req.Model.Kind = Paper
	if _, err := Resume(saved, req, []string{"model"}); err == nil || !strings.Contains(err.Error(), `model cannot change when resuming: the run has "paper-conv", not "paper"`) {
		t.Errorf("kind changed: %v", err)
	}
}
