package recipe

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"

	"gogan/internal/fields"
)

// settings flattens c into its settings by config.json name, each value
// JSON-encoded, every setting present whatever the model uses.
func (c Config) settings() map[string]string {
	out := map[string]string{"preset": quote(c.Preset), "out": quote(c.Out)}
	for _, group := range []any{c.Model, c.Train, c.Run} {
		fields.Each(group, func(name string, v reflect.Value) {
			if name == "kind" {
				name = "model"
			}
			b, _ := json.Marshal(v.Interface())
			out[name] = string(b)
		})
	}
	return out
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
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
		switch i := fields.Index(run.Type(), name); {
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
