package recipe

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
)

// settings flattens c into its settings by config.json name, each value
// JSON-encoded, every setting present whatever the model uses.
func (c Config) settings() map[string]string {
	out := map[string]string{"preset": quote(c.Preset), "out": quote(c.Out)}
	for _, group := range []any{c.Model, c.Train, c.Run} {
		rv := reflect.ValueOf(group)
		for i := range rv.NumField() {
			name, _, _ := strings.Cut(rv.Type().Field(i).Tag.Get("json"), ",")
			if name == "kind" {
				name = "model"
			}
			b, _ := json.Marshal(rv.Field(i).Interface())
			out[name] = string(b)
		}
	}
	return out
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// runField is the index in Run of the setting name, or -1: Run's settings
// are the ones a resumed run may change.
func runField(name string) int {
	rt := reflect.TypeOf(Run{})
	for i := range rt.NumField() {
		if n, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ","); n == name {
			return i
		}
	}
	return -1
}

// Resume is the configuration that continues the run saved in saved.Out:
// its own settings, but with each setting named in given (by config.json
// name) taken from requested. Settings of Run (how long, how often) may
// change; any other must equal the saved value, or the error names both.
func Resume(saved, requested Config, given []string) (Config, error) {
	have, want := saved.settings(), requested.settings()
	c := saved
	run := reflect.ValueOf(&c.Run).Elem()
	for _, name := range given {
		w, ok := want[name]
		switch i := runField(name); {
		case !ok:
			return Config{}, &FieldError{Setting: name, Problem: "is not a setting"}
		case i >= 0:
			run.Field(i).Set(reflect.ValueOf(requested.Run).Field(i))
		case name != "out" && w != have[name]:
			return Config{}, &FieldError{Setting: name, Problem: fmt.Sprintf("cannot change when resuming: the run has %s, not %s (it keeps the settings in %s)", have[name], w, filepath.Join(saved.Out, ConfigFile))}
		}
	}
	return c, nil
}
