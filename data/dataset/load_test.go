package dataset

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	idxDir := func(t *testing.T) string {
		dir := t.TempDir()
		writeIDX(t, dir, "train-images-idx3-ubyte.gz", []int{2, 28, 28}, fill(2*28*28, 1))
		writeIDX(t, dir, "train-labels-idx1-ubyte.gz", []int{2}, []byte{5, 0})
		return dir
	}
	pngDir := func(t *testing.T) string {
		dir := t.TempDir()
		writePNG(t, filepath.Join(dir, "a.png"), grey(2, 2, 4, 4, 4, 4))
		return dir
	}
	tests := []struct {
		name     string
		dir      func(t *testing.T) string
		channels int
		size     int
		want     string // error substring, "DIR" for the directory; "" for success
		wantN    int
	}{
		{"idx", idxDir, 1, 28, "", 2},
		{"idx wrong size", idxDir, 1, 32, "dataset: DIR: images are 28x28 but img_size is 32", 0},
		{"idx wrong channels", idxDir, 3, 28, "dataset: DIR: images have 1 channel(s) but channels is 3", 0},
		{"folder resized", pngDir, 3, 32, "", 1},
		{"bad channels", idxDir, 0, 28, "dataset: 0 channels asked for", 0},
		{"bad size", pngDir, 1, -1, "dataset: image size -1 asked for", 0},
		{"missing", func(t *testing.T) string { return filepath.Join(t.TempDir(), "x") }, 1, 28, "no such file or directory", 0},
		{"empty", func(t *testing.T) string { return t.TempDir() }, 1, 28, "dataset: DIR: no .png, .jpg or .jpeg images found", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir(t)
			s, err := Load(dir, tt.channels, tt.size)
			if tt.want != "" {
				want := strings.ReplaceAll(tt.want, "DIR", dir)
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("Load = %v, %v; want error containing %q", s, err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.N != tt.wantN || s.C != tt.channels || s.H != tt.size || s.W != tt.size {
				t.Errorf("shape %dx%dx%dx%d, want %dx%dx%dx%d", s.N, s.C, s.H, s.W, tt.wantN, tt.channels, tt.size, tt.size)
			}
		})
	}
}
