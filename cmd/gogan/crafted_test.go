package main

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/format/safetensors"
	"gogan/rundir"
)

// treeSum fingerprints every file under dir (path and content), so a test
// can tell that a refused command wrote nothing.
func treeSum(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == rundir.LockFile {
			return nil
		}
		b, _ := os.ReadFile(p)
		fmt.Fprintf(h, "%s %x\n", p, sha256.Sum256(b))
		return nil
	})
	return fmt.Sprintf("%x", h.Sum(nil))
}

// copyDir copies a run directory (links become copies, so a mutation of
// one file cannot reach another).
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "run")
	filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	return dst
}

// newestFile is the path of name in dir's newest checkpoint set.
func newestFile(t *testing.T, dir, name string) string {
	t.Helper()
	set, ok, err := rundir.Newest(dir)
	if !ok || err != nil {
		t.Fatalf("%s has no checkpoint set: %v", dir, err)
	}
	return set.Path(name)
}

// editPosition rewrites the position the newest checkpoint records, as a
// user with a safetensors library could (so the checksum is valid).
func editPosition(field string, value any) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		path := newestFile(t, dir, "training_state.safetensors")
		f, err := safetensors.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var pos map[string]any
		json.Unmarshal([]byte(f.Metadata["position"]), &pos)
		pos[field] = value
		b, _ := json.Marshal(pos)
		f.Metadata["position"] = string(b)
		if err := safetensors.WriteFile(path, f.Tensors, f.Metadata); err != nil {
			t.Fatal(err)
		}
	}
}

// editConfig sets one value of the run's config.json.
func editConfig(key string, value any) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		path := filepath.Join(dir, "config.json")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var cfg map[string]any
		if err := json.Unmarshal(b, &cfg); err != nil {
			t.Fatal(err)
		}
		if !setKey(cfg, key, value) {
			t.Fatalf("config.json has no %s", key)
		}
		b, _ = json.MarshalIndent(cfg, "", "  ")
		os.WriteFile(path, b, 0o644)
	}
}

// setKey sets key wherever it is in the (possibly nested) object.
func setKey(m map[string]any, key string, value any) bool {
	if _, ok := m[key]; ok {
		m[key] = value
		return true
	}
	for _, v := range m {
		if sub, ok := v.(map[string]any); ok && setKey(sub, key, value) {
			return true
		}
	}
	return false
}

// damage changes the bytes of a file of the newest set and the top-level
// copy alike: flip XORs the byte at off from the end (or appends junk).
func damage(name string, off int, mask byte, junk string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		for _, path := range []string{newestFile(t, dir, name), filepath.Join(dir, name)} {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if junk != "" {
				b = append(b, junk...)
			} else {
				b[len(b)-off] ^= mask
			}
			os.WriteFile(path, b, 0o644)
		}
	}
}

// nanWeight puts a NaN into G's first weight, with a valid checksum: what a
// diverged run's weights look like.
func nanWeight(t *testing.T, dir string) {
	for _, name := range []string{"generator.safetensors", "generator_ema.safetensors"} {
		for _, path := range []string{newestFile(t, dir, name), filepath.Join(dir, name)} {
			f, err := safetensors.ReadFile(path)
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			w := f.Tensors[0]
			nan := math.Float32bits(float32(math.NaN()))
			w.Data[0], w.Data[1], w.Data[2], w.Data[3] = byte(nan), byte(nan>>8), byte(nan>>16), byte(nan>>24)
			if err := safetensors.WriteFile(path, f.Tensors, f.Metadata); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestCraftedFilesAndFlags is issue 13's table: crafted run files and flag
// values each give a clear error naming the problem (and the file), exit
// non-zero, never panic and write nothing.
func TestCraftedFilesAndFlags(t *testing.T) {
	data := smallMNIST(t, 20)
	base := filepath.Join(t.TempDir(), "run")
	mustRun(t, "train", "--data", data, "--out", base, "--batch-size", "8", "--epochs", "2", "--sample-interval", "0")
	scratch := t.TempDir()
	for _, c := range []struct {
		name   string
		mutate func(t *testing.T, dir string)
		args   []string // RUN stands for the mutated run, OUT for a fresh path
		want   []string
	}{
		{"position batch -1", editPosition("batch", -1), []string{"train", "--resume", "--out", "RUN"}, []string{"training_state.safetensors", "field batch is -1"}},
		{"position batch 100000", editPosition("batch", 100000), []string{"train", "--resume", "--out", "RUN"}, []string{"training_state.safetensors", "field batch is 100000"}},
		{"position epoch -5", editPosition("epoch", -5), []string{"train", "--resume", "--out", "RUN"}, []string{"training_state.safetensors", "field epoch is -5"}},
		{"position batches_done inconsistent", editPosition("batches_done", 7), []string{"train", "--resume", "--out", "RUN"}, []string{"training_state.safetensors", "field batches_done is 7"}},
		{"config latent_dim -1, sample", editConfig("latent_dim", -1), []string{"sample", "--checkpoint", "RUN", "-o", "OUT.png"}, []string{"config.json", "latent_dim"}},
		{"config latent_dim 1e9, sample", editConfig("latent_dim", 1e9), []string{"sample", "--checkpoint", "RUN", "-o", "OUT.png"}, []string{"config.json", "latent_dim"}},
		{"config latent_dim -1, eval", editConfig("latent_dim", -1), []string{"eval", "--checkpoint", "RUN", "--out", "OUT", "-n", "100"}, []string{"config.json", "latent_dim"}},
		{"config latent_dim -1, resume", editConfig("latent_dim", -1), []string{"train", "--resume", "--out", "RUN"}, []string{"config.json", "latent_dim"}},
		{"config g_widths of another model", editConfig("g_widths", []int{128, 256, 512, 2048}), []string{"sample", "--checkpoint", "RUN", "-o", "OUT.png"}, []string{"config.json"}},
		{"low bit of G, sample", damage("generator.safetensors", 1000, 0x01, ""), []string{"sample", "--checkpoint", "RUN", "-o", "OUT.png"}, []string{"generator.safetensors", "checksum"}},
		{"exponent bit of G, eval", damage("generator.safetensors", 1001, 0x40, ""), []string{"eval", "--checkpoint", "RUN", "--out", "OUT", "-n", "100"}, []string{"generator.safetensors", "checksum"}},
		{"last byte of D, resume", damage("discriminator.safetensors", 1, 0x80, ""), []string{"train", "--resume", "--out", "RUN"}, []string{"discriminator.safetensors", "checksum"}},
		{"junk after the state, resume", damage("training_state.safetensors", 0, 0, "junk"), []string{"train", "--resume", "--out", "RUN"}, []string{"training_state.safetensors", "checksum"}},
		{"NaN weight, sample", nanWeight, []string{"sample", "--checkpoint", "RUN", "-o", "OUT.png"}, []string{"generator", "non-finite", "NaN"}},
		{"NaN weight, eval", nanWeight, []string{"eval", "--checkpoint", "RUN", "--out", "OUT", "-n", "100"}, []string{"generator", "non-finite"}},
		{"interpolate rows 2^62", nil, []string{"interpolate", "--checkpoint", "RUN", "--rows", "4611686018427387904", "-o", "OUT.png"}, []string{"rows"}},
		{"interpolate steps 2^63-1", nil, []string{"interpolate", "--checkpoint", "RUN", "--steps", "9223372036854775807", "-o", "OUT.png"}, []string{"steps"}},
		{"interpolate to .npy", nil, []string{"interpolate", "--checkpoint", "RUN", "-o", "OUT.npy"}, []string{".png"}},
		{"eval n -1", nil, []string{"eval", "--checkpoint", "RUN", "--out", "OUT", "-n", "-1"}, []string{"-1"}},
		{"sample n 2^62", nil, []string{"sample", "--checkpoint", "RUN", "-n", "4611686018427387904", "-o", "OUT.png"}, []string{"4611686018427387904"}},
		{"d-steps 1e9", nil, []string{"train", "--data", data, "--out", "OUT", "--d-steps", "1000000000"}, []string{"d-steps", "1000000000"}},
		{"d-steps beyond max-batches", nil, []string{"train", "--data", data, "--out", "OUT", "--batch-size", "2", "--d-steps", "8", "--max-batches", "5"}, []string{"max-batches 5"}},
		{"d-steps beyond an epoch", nil, []string{"train", "--data", data, "--out", "OUT", "--batch-size", "8", "--d-steps", "4"}, []string{"d-steps 4", "batches of an epoch"}},
		{"lr inf", nil, []string{"train", "--data", data, "--out", "OUT", "--lr", "inf"}, []string{"--lr +Inf", "finite"}},
		{"b1 nan", nil, []string{"train", "--data", data, "--out", "OUT", "--b1", "NaN"}, []string{"--b1 NaN", "finite"}},
		{"ema -inf", nil, []string{"train", "--data", data, "--out", "OUT", "--ema", "-Inf"}, []string{"--ema -Inf"}},
		{"huge model", nil, []string{"train", "--data", data, "--out", "OUT", "--img-size", "1024", "--channels", "3"}, []string{"img-size"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := copyDir(t, base)
			if c.mutate != nil {
				c.mutate(t, dir)
			}
			out := filepath.Join(scratch, strings.ReplaceAll(c.name, " ", "_"))
			args := make([]string, len(c.args))
			for i, a := range c.args {
				a = strings.ReplaceAll(a, "RUN", dir)
				args[i] = strings.ReplaceAll(a, "OUT", out)
			}
			before := treeSum(t, dir)
			code, stdout, stderr := gogan(t, args...)
			if code == 0 || strings.Contains(stderr, "panic") {
				t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q does not mention %q", stderr, w)
				}
			}
			if treeSum(t, dir) != before {
				t.Error("the refused command changed the run directory")
			}
			for _, p := range []string{out, out + ".png", out + ".npy"} {
				if _, err := os.Stat(p); err == nil {
					t.Errorf("the refused command wrote %s", p)
				}
			}
		})
	}
}

// A run that diverges before its first checkpoint says so, rather than
// pointing at a checkpoint that does not exist.
func TestDivergenceBeforeAnyCheckpoint(t *testing.T) {
	data := smallMNIST(t, 200)
	out := filepath.Join(t.TempDir(), "run")
	code, _, stderr := gogan(t, "train", "--data", data, "--out", out, "--lr", "1e308", "--sample-interval", "0")
	if code != 1 || !strings.Contains(stderr, "training diverged") || !strings.Contains(stderr, "no checkpoint had been saved yet") || strings.Contains(stderr, "last good checkpoint") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
