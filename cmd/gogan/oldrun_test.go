package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/recipe"
)

// TestRunsOfVersion010 rebuilds the 2-batch runs gogan 0.1.0 wrote
// (testdata/v0.1.0: their config.json, metrics.csv and weight checksums),
// puts 0.1.0's config.json back, and samples, evaluates and resumes them.
func TestRunsOfVersion010(t *testing.T) {
	be, _ := gemm.Default()
	for _, c := range []struct {
		name  string
		flags []string
	}{
		{"seed", nil},
		{"improved", []string{"--preset", "improved", "--d-dropout", "0.3"}},
		{"paper", []string{"--preset", "paper"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			fixture := filepath.Join("..", "..", "testdata", "v0.1.0", c.name)
			base := t.TempDir()
			old, whole := filepath.Join(base, "old"), filepath.Join(base, "whole")
			common := append([]string{"--sample-interval", "0", "--seed", "5"}, c.flags...)
			mustRun(t, append([]string{"train", "--out", old, "--max-batches", "2"}, common...)...)
			if be.Name() == "openblas" {
				// The weights are the ones 0.1.0 wrote, byte for byte.
				for f, sum := range checksums(t, filepath.Join(fixture, "SHA256SUMS")) {
					b, err := os.ReadFile(filepath.Join(old, f))
					if err != nil {
						t.Fatal(err)
					}
					if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != sum {
						t.Errorf("%s differs from the one gogan 0.1.0 wrote", f)
					}
				}
				m, _ := os.ReadFile(filepath.Join(fixture, recipe.MetricsFile))
				got, _ := os.ReadFile(filepath.Join(old, recipe.MetricsFile))
				if !bytes.Equal(lossColumns(m), lossColumns(got)) {
					t.Errorf("losses differ from 0.1.0's:\n%s\n%s", m, got)
				}
			} else {
				t.Logf("backend %s: 0.1.0's checksums are OpenBLAS's; not compared", be.Name())
			}
			cfg, err := os.ReadFile(filepath.Join(fixture, recipe.ConfigFile))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(old, recipe.ConfigFile), cfg, 0o644); err != nil {
				t.Fatal(err)
			}

			mustRun(t, "sample", "--checkpoint", old, "-n", "4", "-o", filepath.Join(base, "s.npy"))
			if c.name == "seed" {
				mustRun(t, "eval", "--checkpoint", old, "-n", "200", "--parzen=false")
				if _, err := os.Stat(filepath.Join(old, "eval", "report.json")); err != nil {
					t.Error(err)
				}
			}
			// Resuming the old run gives the weights of an uninterrupted one.
			mustRun(t, "train", "--resume", "--out", old, "--max-batches", "4", "--seed", "5")
			mustRun(t, append([]string{"train", "--out", whole, "--max-batches", "4"}, common...)...)
			for _, f := range []string{recipe.GeneratorFile, recipe.DiscriminatorFile} {
				a, _ := os.ReadFile(filepath.Join(old, f))
				b, _ := os.ReadFile(filepath.Join(whole, f))
				if len(a) == 0 || !bytes.Equal(a, b) {
					t.Errorf("%s: the resumed 0.1.0 run differs from an uninterrupted one", f)
				}
			}
		})
	}
}

func checksums(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if ok {
			out[name] = sum
		}
	}
	if len(out) < 2 {
		t.Fatalf("%s: %d checksums", path, len(out))
	}
	return out
}

// lossColumns drops metrics.csv's seconds column.
func lossColumns(csv []byte) []byte {
	var out []byte
	for _, line := range strings.Split(string(csv), "\n") {
		if i := strings.LastIndexByte(line, ','); i >= 0 {
			out = append(out, line[:i]+"\n"...)
		}
	}
	return out
}

// TestResumeDefaultsAndEqualFlags resumes the default run directory without
// --out, accepts flags equal to the saved settings and refuses a different
// one, naming both values.
func TestResumeDefaultsAndEqualFlags(t *testing.T) {
	data := smallMNIST(t, 200)
	t.Chdir(t.TempDir())
	mustRun(t, "train", "--data", data, "--seed", "4", "--max-batches", "2", "--sample-interval", "0")
	dir := recipe.DefaultDir("seed", 4)
	if _, err := os.Stat(filepath.Join(dir, recipe.StateFile)); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "train", "--resume", "--seed", "4", "--data", data, "--lr", "0.0002", "--max-batches", "3")
	if !strings.Contains(out, "resuming "+dir) {
		t.Errorf("did not resume %s:\n%s", dir, out)
	}
	code, _, errOut := gogan(t, "train", "--resume", "--seed", "4", "--batch-size", "32")
	if code != 2 || !strings.Contains(errOut, "--batch-size cannot change when resuming: the run has 64, not 32") {
		t.Errorf("exit %d, %q", code, errOut)
	}
}
