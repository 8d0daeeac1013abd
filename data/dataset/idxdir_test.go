package dataset

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gogan/format/idx"
)

// writeIDX writes an IDX file into dir, gzip-compressed if name ends in .gz.
func writeIDX(t *testing.T, dir, name string, dims []int, data []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := idx.Write(&buf, dims, data); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if strings.HasSuffix(name, ".gz") {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(b)
		zw.Close()
		b = z.Bytes()
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// fill returns n bytes all equal to v.
func fill(n int, v uint8) []uint8 { return bytes.Repeat([]byte{v}, n) }

func TestLoadIDXDir(t *testing.T) {
	type file struct {
		name string
		dims []int
		data []byte
	}
	images := func(name string, n int, v uint8) file { return file{name, []int{n, 3, 2}, fill(6*n, v)} }
	labels := func(name string, lab ...uint8) file { return file{name, []int{len(lab)}, lab} }
	tests := []struct {
		name   string
		files  []file
		images string // base name of the file read
		n      int
		pixel  uint8
		labels []uint8
	}{
		{"mnist gz", []file{images("train-images-idx3-ubyte.gz", 2, 1), labels("train-labels-idx1-ubyte.gz", 5, 0)},
			"train-images-idx3-ubyte.gz", 2, 1, []uint8{5, 0}},
		{"mnist raw, test files ignored", []file{images("train-images-idx3-ubyte", 2, 1), labels("train-labels-idx1-ubyte", 5, 0),
			images("t10k-images-idx3-ubyte", 1, 9), labels("t10k-labels-idx1-ubyte", 7)},
			"train-images-idx3-ubyte", 2, 1, []uint8{5, 0}},
		{"dotted names", []file{images("train-images.idx3-ubyte", 1, 3), labels("train-labels.idx1-ubyte", 4)},
			"train-images.idx3-ubyte", 1, 3, []uint8{4}},
		{"raw preferred to gz", []file{images("train-images-idx3-ubyte", 2, 1), images("train-images-idx3-ubyte.gz", 2, 2),
			labels("train-labels-idx1-ubyte.gz", 1, 2)},
			"train-images-idx3-ubyte", 2, 1, []uint8{1, 2}},
		{"no labels", []file{images("train-images-idx3-ubyte.gz", 3, 4)}, "train-images-idx3-ubyte.gz", 3, 4, nil},
		{"emnist pairs by prefix", []file{images("emnist-letters-train-images-idx3-ubyte.gz", 2, 6),
			labels("emnist-letters-train-labels-idx1-ubyte.gz", 26, 1), labels("emnist-digits-train-labels-idx1-ubyte.gz", 3)},
			"emnist-letters-train-images-idx3-ubyte.gz", 2, 6, []uint8{26, 1}},
		{"emnist without its labels", []file{images("emnist-letters-train-images-idx3-ubyte.gz", 2, 6),
			labels("emnist-digits-train-labels-idx1-ubyte.gz", 3)},
			"emnist-letters-train-images-idx3-ubyte.gz", 2, 6, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tt.files {
				writeIDX(t, dir, f.name, f.dims, f.data)
			}
			s, err := LoadIDXDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if s.N != tt.n || s.C != 1 || s.H != 3 || s.W != 2 || !slices.Equal(s.Pix, fill(6*tt.n, tt.pixel)) {
				t.Errorf("got %dx%dx%dx%d, pix %v; want %dx1x3x2 of %d", s.N, s.C, s.H, s.W, s.Pix, tt.n, tt.pixel)
			}
			if !slices.Equal(s.Labels, tt.labels) || (s.Labels == nil) != (tt.labels == nil) {
				t.Errorf("labels %v, want %v", s.Labels, tt.labels)
			}
			if want := filepath.Join(dir, tt.images); s.Name != want {
				t.Errorf("Name = %q, want %q", s.Name, want)
			}
		})
	}
}

func TestLoadIDXDirErrors(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to load
		want  string                                // substring; "DIR" stands for the directory
	}{
		{"missing dir", func(t *testing.T, dir string) string { return filepath.Join(dir, "nope") },
			"dataset: stat DIR/nope: no such file or directory"},
		{"a file", func(t *testing.T, dir string) string {
			writeIDX(t, dir, "train-images-idx3-ubyte", []int{1, 1, 1}, []byte{0})
			return filepath.Join(dir, "train-images-idx3-ubyte")
		}, "dataset: DIR/train-images-idx3-ubyte is not a directory"},
		{"empty dir", func(t *testing.T, dir string) string { return dir },
			"dataset: DIR: no training images file (*train-images-idx3-ubyte*)"},
		{"only test files", func(t *testing.T, dir string) string {
			writeIDX(t, dir, "t10k-images-idx3-ubyte.gz", []int{1, 1, 1}, []byte{0})
			return dir
		}, "no training images file"},
		{"hidden only", func(t *testing.T, dir string) string {
			writeIDX(t, dir, "._train-images-idx3-ubyte.gz", []int{1, 1, 1}, []byte{0})
			return dir
		}, "no training images file"},
		{"count mismatch", func(t *testing.T, dir string) string {
			writeIDX(t, dir, "train-images-idx3-ubyte.gz", []int{3, 2, 2}, fill(12, 0))
			writeIDX(t, dir, "train-labels-idx1-ubyte.gz", []int{2}, []byte{1, 2})
			return dir
		}, "dataset: DIR/train-images-idx3-ubyte.gz has 3 images but DIR/train-labels-idx1-ubyte.gz has 2 labels"},
		{"two splits", func(t *testing.T, dir string) string {
			writeIDX(t, dir, "emnist-letters-train-images-idx3-ubyte.gz", []int{1, 1, 1}, []byte{0})
			writeIDX(t, dir, "emnist-digits-train-images-idx3-ubyte.gz", []int{1, 1, 1}, []byte{0})
			return dir
		}, "dataset: DIR: 2 files match *train-images-idx3-ubyte* (emnist-digits-train-images-idx3-ubyte.gz, emnist-letters-train-images-idx3-ubyte.gz)"},
		{"two label files", func(t *testing.T, dir string) string {
			writeIDX(t, dir, "train-images-idx3-ubyte.gz", []int{1, 1, 1}, []byte{0})
			writeIDX(t, dir, "train-labels-idx1-ubyte.gz", []int{1}, []byte{0})
			writeIDX(t, dir, "train-labels.idx1-ubyte", []int{1}, []byte{0})
			return dir
		}, "2 files match *train-labels-idx1-ubyte*"},
		{"labels are images", func(t *testing.T, dir string) string {
			writeIDX(t, dir, "train-images-idx3-ubyte.gz", []int{1, 1, 1}, []byte{0})
			writeIDX(t, dir, "train-labels-idx1-ubyte.gz", []int{1, 1, 1}, []byte{0})
			return dir
		}, "dataset: idx: DIR/train-labels-idx1-ubyte.gz: magic number is 0x00000803"},
		{"images are labels", func(t *testing.T, dir string) string {
			writeIDX(t, dir, "train-images-idx3-ubyte.gz", []int{1}, []byte{0})
			return dir
		}, "want 0x00000803 for images"},
		{"truncated images", func(t *testing.T, dir string) string {
			os.WriteFile(filepath.Join(dir, "train-images-idx3-ubyte"), []byte{0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2, 1}, 0o644)
			return dir
		}, "dataset: idx: DIR/train-images-idx3-ubyte: header says 2x2x2 but file has 1 bytes of data"},
		{"corrupt gzip", func(t *testing.T, dir string) string {
			os.WriteFile(filepath.Join(dir, "train-images-idx3-ubyte.gz"), []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 0xff}, 0o644)
			return dir
		}, "DIR/train-images-idx3-ubyte.gz: corrupt gzip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := LoadIDXDir(tt.setup(t, dir))
			want := strings.ReplaceAll(tt.want, "DIR", dir)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("LoadIDXDir = %v, %v; want error containing %q", s, err, want)
			}
		})
	}
}
