package train

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestOutputs(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"metrics.csv", "config.json", "generator.safetensors", ".lock", "generator.safetensors.123.tmp"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "images"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := Outputs(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"config.json", "generator.safetensors", "images/", "metrics.csv"}
	if !slices.Equal(got, want) {
		t.Fatalf("Outputs = %q, want %q", got, want)
	}
	if _, err := Outputs(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("no error for a missing directory")
	}
}
