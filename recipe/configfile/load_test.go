package configfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/recipe"
)

// TestLoadRefusesOutOfRange: a config.json holding a value out of its
// setting's range, in today's layout or 0.1.0's, is refused by Load with an
// error that names the file and the setting, before anything is sized by
// it; the same values in range load.
func TestLoadRefusesOutOfRange(t *testing.T) {
	legacy, err := os.ReadFile(filepath.Join("..", "..", "testdata", "v0.1.0", "seed", "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	seed, _ := recipe.Preset("seed")
	seed.Out = "x"
	today, err := Marshal(seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, base, old, new, setting string
	}{
		{"batch size 1", string(today), `"batch_size": 64`, `"batch_size": 1`, "batch_size"},
		{"image side 5000", string(today), `"img_size": 28`, `"img_size": 5000`, "img_size"},
		{"no epochs", string(today), `"epochs": 200`, `"epochs": 0`, "epochs"},
		{"b1 of 1", string(today), `"b1": 0.5`, `"b1": 1`, "b1"},
		{"negative lr", string(today), `"lr": 0.0002`, `"lr": -0.0002`, "lr"},
		{"0.1.0: batch size 0", string(legacy), `"batch_size": 64`, `"batch_size": 0`, "batch_size"},
		{"0.1.0: latent size 70000", string(legacy), `"latent_dim": 100`, `"latent_dim": 70000`, "latent_dim"},
	} {
		if !strings.Contains(c.base, c.old) {
			t.Fatalf("%s: %q is not in the file", c.name, c.old)
		}
		for _, bad := range []bool{false, true} {
			dir := t.TempDir()
			text := c.base
			if bad {
				text = strings.Replace(text, c.old, c.new, 1)
			}
			path := filepath.Join(dir, recipe.ConfigFile)
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := Load(dir)
			switch {
			case !bad && err != nil:
				t.Errorf("%s: the file in range: %v", c.name, err)
			case !bad && got.Out != dir:
				t.Errorf("%s: Out %q, want %q", c.name, got.Out, dir)
			case bad && err == nil:
				t.Errorf("%s: loaded %+v", c.name, got)
			case bad && (!strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.setting+" ")):
				t.Errorf("%s: %v; want an error naming %s and %s", c.name, err, path, c.setting)
			}
		}
	}
}
