package recipe

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"gogan/format/atomicfile"
)

// fileConfig is config.json's layout: the groups as objects, each holding
// only the settings its model kind and optimiser use.
type fileConfig struct {
	Preset      string          `json:"preset"`
	Model       json.RawMessage `json:"model"`
	Train       json.RawMessage `json:"train"`
	Run         Run             `json:"run"`
	Backend     string          `json:"backend,omitempty"`
	BackendInfo string          `json:"backend_info,omitempty"`
	Version     string          `json:"version,omitempty"`
}

// unused lists the settings c's model kind and optimiser ignore, left out of
// config.json.
func (c Config) unused() map[string]bool {
	u := map[string]bool{}
	add := func(names ...string) {
		for _, n := range names {
			u[n] = true
		}
	}
	if c.Model.Kind == Paper {
		add("g_widths", "d_widths", "bn_eps", "bn_momentum", "mbstd_group", "d_dropout")
	} else {
		add("g_hidden", "d_units", "d_pieces")
	}
	if c.Train.Optimizer == SGD {
		add("b1", "b2")
	} else {
		add("momentum", "momentum_final", "momentum_epoch")
	}
	if c.Train.LRDecay == 1 {
		add("lr_decay", "lr_min")
	}
	return u
}

// MarshalJSON writes config.json's layout.
func (c Config) MarshalJSON() ([]byte, error) {
	skip := c.unused()
	model, err := marshalOmitting(c.Model, skip)
	if err != nil {
		return nil, err
	}
	train, err := marshalOmitting(c.Train, skip)
	if err != nil {
		return nil, err
	}
	return json.Marshal(fileConfig{Preset: c.Preset, Model: model, Train: train, Run: c.Run, Backend: c.Backend, BackendInfo: c.BackendInfo, Version: c.Version})
}

// marshalOmitting encodes a struct's fields in declaration order, less those
// whose JSON names skip holds.
func marshalOmitting(v any, skip map[string]bool) ([]byte, error) {
	rv := reflect.ValueOf(v)
	var b bytes.Buffer
	b.WriteByte('{')
	for i := range rv.NumField() {
		name, _, _ := strings.Cut(rv.Type().Field(i).Tag.Get("json"), ",")
		if skip[name] {
			continue
		}
		val, err := json.Marshal(rv.Field(i).Interface())
		if err != nil {
			return nil, err
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", name, val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads config.json: today's layout, or the flat one of
// gogan 0.1.0. Settings the file leaves out (those its model does not use)
// keep its preset's values.
func (c *Config) UnmarshalJSON(b []byte) error {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(b, &probe); err != nil {
		return err
	}
	if _, flat := probe["batch_size"]; flat {
		return c.fromLegacy(b)
	}
	var f fileConfig
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	base, err := Preset(f.Preset)
	if err != nil {
		return err
	}
	if len(f.Model) > 0 {
		if err := json.Unmarshal(f.Model, &base.Model); err != nil {
			return fmt.Errorf("model: %w", err)
		}
	}
	if len(f.Train) > 0 {
		if err := json.Unmarshal(f.Train, &base.Train); err != nil {
			return fmt.Errorf("train: %w", err)
		}
	}
	base.Run = f.Run
	base.Backend, base.BackendInfo, base.Version = f.Backend, f.BackendInfo, f.Version
	base.Out = c.Out
	*c = base
	return nil
}

// Save writes config.json into c.Out atomically.
func Save(c Config) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(c.Out, ConfigFile), append(b, '\n'))
}

// Load reads a run directory's config.json; Out is set to dir.
func Load(dir string) (Config, error) {
	path := filepath.Join(dir, ConfigFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("recipe: %w", err)
	}
	var c Config
	if err := json.Unmarshal(b, &c); err != nil {
		return Config{}, fmt.Errorf("recipe: %s: %w", path, err)
	}
	c.Out = dir
	return c, nil
}
