// Package configfile reads and writes a run's config.json: the settings in
// their three groups, each holding only what its model kind and optimiser
// use, and the flat file of gogan 0.1.0.
package configfile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"gogan/format/atomicfile"
	"gogan/internal/fields"
	"gogan/recipe"
)

// fileConfig is config.json's layout: the groups as objects, each holding
// only the settings its model kind and optimiser use.
type file struct {
	Preset      string          `json:"preset"`
	Model       json.RawMessage `json:"model"`
	Train       json.RawMessage `json:"train"`
	Run         recipe.Run      `json:"run"`
	Backend     string          `json:"backend,omitempty"`
	BackendInfo string          `json:"backend_info,omitempty"`
	Version     string          `json:"version,omitempty"`
}

// unused lists the settings c's model kind and optimiser ignore, left out of
// config.json.
func unused(c recipe.Config) map[string]bool {
	u := map[string]bool{}
	add := func(names ...string) {
		for _, n := range names {
			u[n] = true
		}
	}
	switch c.Model.Kind {
	case recipe.Paper, recipe.PaperConv:
		add("g_widths", "d_widths", "bn_eps", "bn_momentum", "mbstd_group", "d_dropout")
	case recipe.DCGAN:
		add("g_widths", "g_hidden", "d_units", "d_pieces")
		if len(c.Model.DWidths) == 0 {
			add("d_widths") // dcgan.py's
		}
	case recipe.CNN:
		add("mbstd_group", "d_dropout", "g_hidden", "d_units", "d_pieces")
	default:
		add("g_hidden", "d_units", "d_pieces")
	}
	if c.Model.PixelRange != recipe.GCN {
		add("gcn_scale")
	}
	if c.Model.Kind != recipe.CNN {
		add("spectral_norm")
	}
	if c.Model.Kind != recipe.DCGAN {
		add("diff_augment", "aux_classes", "class_balance", "class_confidence", "class_history", "fake_entropy", "clean_head")
	}
	if !c.Model.Conditional() {
		add("classes", "embed_dim", "projection", "labels", "class_bn")
		if c.Train.Objective == 0 {
			add("objective")
		}
	}
	if c.Train.Optimizer == recipe.SGD {
		add("b1", "b2")
	} else {
		add("momentum", "momentum_final", "momentum_epoch")
	}
	if c.Train.LRDecay == 1 {
		add("lr_decay", "lr_min")
	}
	return u
}

// Marshal encodes c in config.json's layout, indented.
func Marshal(c recipe.Config) ([]byte, error) {
	skip := unused(c)
	model, err := marshalOmitting(c.Model, skip)
	if err != nil {
		return nil, err
	}
	train, err := marshalOmitting(c.Train, skip)
	if err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(file{Preset: c.Preset, Model: model, Train: train, Run: c.Run, Backend: c.Backend, BackendInfo: c.BackendInfo, Version: c.Version}, "", "  ")
	return append(b, '\n'), err
}

// marshalOmitting encodes a struct's fields in declaration order, less those
// whose JSON names skip holds.
func marshalOmitting(v any, skip map[string]bool) ([]byte, error) {
	var b bytes.Buffer
	var err error
	b.WriteByte('{')
	fields.Each(v, func(name string, f reflect.Value) {
		if skip[name] || err != nil {
			return
		}
		var val []byte
		if val, err = json.Marshal(f.Interface()); err != nil {
			return
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", name, val)
	})
	b.WriteByte('}')
	return b.Bytes(), err
}

// laterTerms are settings added after runs of their presets existed: a
// file without one was written by a gogan that trained without it, so it
// reads as off, whatever the preset now says (a dcgan-plus run from before
// aux_classes has no class head in its D, and resuming it must not build
// one).
var laterTerms = map[string]func(*recipe.Config){
	"aux_classes":      func(c *recipe.Config) { c.Model.AuxClasses = 0 },
	"class_balance":    func(c *recipe.Config) { c.Train.ClassBalance = 0 },
	"class_confidence": func(c *recipe.Config) { c.Train.ClassConfidence = 0 },
	"class_history":    func(c *recipe.Config) { c.Train.ClassHistory = 0 },
	"fake_entropy":     func(c *recipe.Config) { c.Train.FakeEntropy = 0 },
	"clean_head":       func(c *recipe.Config) { c.Train.CleanHead = false },
	"class_bn":         func(c *recipe.Config) { c.Model.ClassBN = false },
	// config.json leaves out dcgan.py's own D widths (nil); a dcgan-plus
	// file from before the preset's wider D has none and means those.
	"d_widths": func(c *recipe.Config) {
		if c.Model.Kind == recipe.DCGAN {
			c.Model.DWidths = nil
		}
	},
	"class_weight": func(c *recipe.Config) { c.Train.ClassWeight = 0 },
	"mode_seeking": func(c *recipe.Config) { c.Train.ModeSeeking = 0 },
}

// Unmarshal decodes config.json: today's layout, or the flat one of gogan
// 0.1.0. Settings the file leaves out (those its model does not use) keep
// its preset's values, but for laterTerms, which are off.
func Unmarshal(b []byte) (recipe.Config, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(b, &probe); err != nil {
		return recipe.Config{}, err
	}
	if _, flat := probe["batch_size"]; flat {
		return fromLegacy(b)
	}
	var f file
	if err := json.Unmarshal(b, &f); err != nil {
		return recipe.Config{}, err
	}
	base, err := recipe.Preset(f.Preset)
	if err != nil {
		return recipe.Config{}, err
	}
	if len(f.Model) > 0 {
		if err := json.Unmarshal(f.Model, &base.Model); err != nil {
			return recipe.Config{}, fmt.Errorf("model: %w", err)
		}
	}
	if len(f.Train) > 0 {
		if err := json.Unmarshal(f.Train, &base.Train); err != nil {
			return recipe.Config{}, fmt.Errorf("train: %w", err)
		}
	}
	var keys map[string]json.RawMessage
	for _, part := range []json.RawMessage{f.Model, f.Train} {
		if len(part) > 0 {
			if err := json.Unmarshal(part, &keys); err != nil {
				return recipe.Config{}, err
			}
		}
	}
	for key, off := range laterTerms {
		if _, ok := keys[key]; !ok {
			off(&base)
		}
	}
	base.Run = f.Run
	base.Backend, base.BackendInfo, base.Version = f.Backend, f.BackendInfo, f.Version
	return base, nil
}

// Save writes config.json into c.Out atomically.
func Save(c recipe.Config) error {
	b, err := Marshal(c)
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(c.Out, recipe.ConfigFile), b)
}

// Load reads a run directory's config.json; Out is set to dir.
func Load(dir string) (recipe.Config, error) {
	path := filepath.Join(dir, recipe.ConfigFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return recipe.Config{}, fmt.Errorf("configfile: %w", err)
	}
	c, err := Unmarshal(b)
	if err != nil {
		return recipe.Config{}, fmt.Errorf("configfile: %s: %w", path, err)
	}
	c.Out = dir
	// Checked here, once for train, sample and eval, so a bad value is
	// blamed on this file and refused before anything is sized by it.
	if err := c.Validate(); err != nil {
		return recipe.Config{}, fmt.Errorf("configfile: %s: %w", path, err)
	}
	return c, nil
}
