package configfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gogan/gan"
	"gogan/recipe"
)

// TestConfigRoundTrip saves every preset (and a variant off its defaults)
// and reads back the same configuration.
func TestConfigRoundTrip(t *testing.T) {
	for _, name := range recipe.Presets {
		c, _ := recipe.Preset(name)
		c.Out = t.TempDir()
		c.Train.Order, c.Train.GLoss, c.Run.MaxBatches = gan.DFirst, gan.Minimax, 7
		c.Backend, c.Version = "go", recipe.Version
		if err := Save(c); err != nil {
			t.Fatal(err)
		}
		got, err := Load(c.Out)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("%s: read back\n%+v\nwant\n%+v", name, got, c)
		}
	}
}

// TestLoadBeforeLaterTerms reads a dcgan-plus config.json as the session
// before aux_classes and class_balance wrote it (and one from before
// class_weight and mode_seeking): the run trained without them, so they
// are off, not the preset's current 10 and 2; a file that has them keeps
// them. A file without clean_head is from before the clean head, which is
// then off. A file without d_widths is from before the preset's wider D,
// so its D has dcgan.py's widths.
func TestLoadBeforeLaterTerms(t *testing.T) {
	c, _ := recipe.Preset("dcgan-plus")
	b, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Unmarshal(b)
	if err != nil || got.Model.AuxClasses != 10 || got.Train.ClassBalance != 2 || got.Train.ClassWeight != 1 || len(got.Model.DWidths) != 4 || !got.Train.CleanHead {
		t.Fatalf("today's file: aux_classes %d, class_balance %g, class_weight %g, d_widths %v, clean_head %v, %v", got.Model.AuxClasses, got.Train.ClassBalance, got.Train.ClassWeight, got.Model.DWidths, got.Train.CleanHead, err)
	}
	var f map[string]any
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	model, train := f["model"].(map[string]any), f["train"].(map[string]any)
	delete(train, "clean_head")
	noClean, _ := json.Marshal(f)
	if got, err := Unmarshal(noClean); err != nil || got.Train.CleanHead || got.Train.ClassBalance != 2 {
		t.Errorf("without clean_head: clean_head %v, class_balance %g, %v; want false, 2", got.Train.CleanHead, got.Train.ClassBalance, err)
	}
	delete(model, "aux_classes")
	delete(model, "d_widths")
	delete(train, "class_balance")
	old, _ := json.Marshal(f)
	got, err = Unmarshal(old)
	if err != nil || got.Model.AuxClasses != 0 || got.Train.ClassBalance != 0 || got.Train.ClassWeight != 1 || got.Train.ModeSeeking != 1 || got.Model.DWidths != nil {
		t.Errorf("without aux_classes, class_balance and d_widths: %d, %g, %v (class_weight %g, mode_seeking %g), %v; want 0, 0, nil (1, 1)", got.Model.AuxClasses, got.Train.ClassBalance, got.Model.DWidths, got.Train.ClassWeight, got.Train.ModeSeeking, err)
	}
	delete(train, "class_weight")
	delete(train, "mode_seeking")
	older, _ := json.Marshal(f)
	if got, err = Unmarshal(older); err != nil || got.Train.ClassWeight != 0 || got.Train.ModeSeeking != 0 {
		t.Errorf("without class_weight and mode_seeking: %g, %g, %v; want 0, 0", got.Train.ClassWeight, got.Train.ModeSeeking, err)
	}
}

// TestConfigRecordsWhatTheModelUses checks config.json's layout: groups,
// snake_case names, the layer sizes, and nothing the model ignores.
func TestConfigRecordsWhatTheModelUses(t *testing.T) {
	for _, c := range []struct {
		preset      string
		has, hasNot []string
		modelWidths string
	}{
		{"seed", []string{`"g_widths"`, `"bn_eps": 0.8`, `"b1": 0.5`, `"order": "g-first"`, `"kind": "seed"`}, []string{`"momentum"`, "g_hidden", "lr_decay", `"out"`}, `"g_widths":[128,256,512,1024]`},
		{"paper", []string{`"g_hidden": 1200`, `"d_units": 240`, `"d_pieces": 5`, `"momentum_final": 0.7`, `"lr_decay": 1.000004`, `"optimizer": "sgd"`}, []string{"bn_eps", "b1", "b2", "g_widths", "mbstd_group", "gcn_scale"}, `"g_hidden":1200`},
		{"paper-cifar10-fc", []string{`"pixel_range": "gcn"`, `"gcn_scale": 55`, `"g_hidden": 8000`, `"d_units": 1600`, `"train_images": 40000`}, []string{"bn_eps", "b1", "g_widths"}, `"g_hidden":8000`},
		{"paper-cifar10-conv", []string{`"kind": "paper-conv"`, `"pixel_range": "gcn"`, `"batch_size": 128`, `"lr": 0.004`, `"d_units": 500`}, []string{"bn_eps", "b1", "g_widths", "d_dropout", "diff_augment"}, `"g_hidden":8000`},
		// dcgan's D can take the minibatch feature, which changes its Linear's width
		{"dcgan-plus", []string{`"kind": "dcgan"`, `"diff_augment": true`, `"mbstd_group": 0`, `"d_dropout": 0`}, []string{"g_widths", "g_hidden", "spectral_norm"}, `"bn_eps":0.00001`},
	} {
		cfg, _ := recipe.Preset(c.preset)
		b, err := Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range c.has {
			if !strings.Contains(string(b), s) {
				t.Errorf("%s: config.json lacks %s:\n%s", c.preset, s, b)
			}
		}
		for _, s := range c.hasNot {
			if strings.Contains(string(b), s) {
				t.Errorf("%s: config.json records %s, which the model does not use:\n%s", c.preset, s, b)
			}
		}
		var flat bytes.Buffer
		json.Compact(&flat, b)
		if !strings.Contains(flat.String(), c.modelWidths) {
			t.Errorf("%s: no layer sizes %s in %s", c.preset, c.modelWidths, flat.String())
		}
	}
}

// TestLoadVersion010 reads the config.json files gogan 0.1.0 wrote
// (testdata/v0.1.0) into the configuration the same flags give today.
func TestLoadVersion010(t *testing.T) {
	for _, c := range []struct {
		dir    string
		preset string
		edit   func(*recipe.Config)
	}{
		{"seed", "seed", func(c *recipe.Config) {}},
		{"improved", "improved", func(c *recipe.Config) { c.Model.DDropout = 0.3 }},
		{"paper", "paper", func(c *recipe.Config) {}},
	} {
		dir := filepath.Join("..", "..", "testdata", "v0.1.0", c.dir)
		got, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := recipe.Preset(c.preset)
		c.edit(&want)
		want.Train.Seed, want.Run.MaxBatches, want.Run.SampleInterval = 5, 2, 0
		want.Out = dir
		want.Backend, want.Version = "openblas", "0.1.0"
		want.BackendInfo = got.BackendInfo
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: 0.1.0's config.json read as\n%+v\nwant\n%+v", c.dir, got, want)
		}
	}
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, recipe.ConfigFile), []byte(`{"preset":"seed","batch_size":64,"model":"seed","noise":"normal","pixel_range":"tanh","optimizer":"adam","g_loss":"wasserstein","order":"g-first"}`), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), `g_loss: "wasserstein" must be nonsaturating or minimax`) || !strings.Contains(err.Error(), bad) {
		t.Errorf("old config.json with a bad g_loss: %v", err)
	}
	if _, err := Load(t.TempDir()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing config.json: %v", err)
	}
}
