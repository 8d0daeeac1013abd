package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// cifarPix returns image i's 3072 pixel bytes, different in every channel,
// row and column: byte (c, y, x) = i*7 + c*101 + y*3 + x*11 mod 256, so
// that a swapped plane, a transposed image or a record read one off gives
// other bytes.
func cifarPix(i int) []uint8 {
	p := make([]uint8, cifarPixels)
	for c := range 3 {
		for y := range CIFARSize {
			for x := range CIFARSize {
				p[(c*CIFARSize+y)*CIFARSize+x] = uint8(i*7 + c*101 + y*3 + x*11)
			}
		}
	}
	return p
}

// record is one CIFAR record: its label byte(s), then its pixels.
func record(pix []uint8, labels ...uint8) []byte {
	return append(slices.Clone(labels), pix...)
}

// writeFile writes the concatenation of parts to dir/name.
func writeFile(t *testing.T, dir, name string, parts ...[]byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, bytes.Join(parts, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// cifar10Records returns records for images from, from+1, ..., to-1, image
// i labelled i mod 10.
func cifar10Records(from, to int) [][]byte {
	var rs [][]byte
	for i := from; i < to; i++ {
		rs = append(rs, record(cifarPix(i), uint8(i%10)))
	}
	return rs
}

// checkImages checks that s holds images first, first+1, ... of cifarPix
// with the given labels.
func checkImages(t *testing.T, s *Set, first int, labels []uint8) {
	t.Helper()
	if s.N != len(labels) || s.C != 3 || s.H != 32 || s.W != 32 {
		t.Fatalf("shape %dx%dx%dx%d, want %dx3x32x32", s.N, s.C, s.H, s.W, len(labels))
	}
	for i := range s.N {
		if !slices.Equal(s.Image(i), cifarPix(first+i)) {
			t.Fatalf("image %d differs from the record written", i)
		}
	}
	if !slices.Equal(s.Labels, labels) {
		t.Errorf("labels %v, want %v", s.Labels, labels)
	}
}

func TestLoadCIFAR10(t *testing.T) {
	dir := t.TempDir()
	// Out of name order, and the test batch beside them: the training set is
	// batches 1, 2, 10 in that order; the test batch is left out.
	writeFile(t, dir, "data_batch_2.bin", cifar10Records(3, 5)...)
	writeFile(t, dir, "data_batch_10.bin", cifar10Records(5, 6)...)
	writeFile(t, dir, "data_batch_1.bin", cifar10Records(0, 3)...)
	writeFile(t, dir, "test_batch.bin", cifar10Records(50, 52)...)
	writeFile(t, dir, "readme.html", []byte("<html>"))
	names := "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n"
	writeFile(t, dir, "batches.meta.txt", []byte(names))

	s, err := LoadCIFAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	checkImages(t, s, 0, []uint8{0, 1, 2, 3, 4, 5})
	if want := strings.Fields(names); !slices.Equal(s.Classes, want) {
		t.Errorf("classes %q, want %q", s.Classes, want)
	}
	if s.NumClasses() != 10 || s.Name != dir {
		t.Errorf("NumClasses %d, Name %q", s.NumClasses(), s.Name)
	}
	// The pixel (c, y, x) of image i becomes value c*1024 + y*32 + x of
	// its NCHW row in a training batch.
	x := make([]float32, 2*3072)
	s.Float(x, []int{4, 1}, -1, 1)
	for k, i := range []int{4, 1} {
		for _, p := range [][3]int{{0, 0, 0}, {0, 0, 31}, {1, 5, 7}, {2, 31, 0}, {2, 31, 31}} {
			c, y, xx := p[0], p[1], p[2]
			b := uint8(i*7 + c*101 + y*3 + xx*11)
			want := float32(-1 + 2*float64(b)/255)
			if got := x[k*3072+c*1024+y*32+xx]; got != want {
				t.Errorf("image %d channel %d (%d, %d) = %v, want %v", i, c, y, xx, got, want)
			}
		}
	}

	// Through Load, with the shape CIFAR has.
	if s2, err := Load(dir, 3, 32); err != nil || !slices.Equal(s2.Pix, s.Pix) {
		t.Errorf("Load = %v; pixels equal to LoadCIFAR's: %v", err, err == nil && slices.Equal(s2.Pix, s.Pix))
	}

	// The test batch alone is the data when there is no training batch.
	dir = t.TempDir()
	path := writeFile(t, dir, "test_batch.bin", cifar10Records(50, 52)...)
	s, err = LoadCIFAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	checkImages(t, s, 50, []uint8{0, 1})
	if s.Classes != nil || s.Name != path {
		t.Errorf("classes %q, name %q; want nil (no batches.meta.txt), %q", s.Classes, s.Name, path)
	}
}

func TestLoadCIFAR100(t *testing.T) {
	dir := t.TempDir()
	var train, test [][]byte
	var coarse, fine []uint8
	for i := range 5 {
		c, f := uint8(19-i*4), uint8(99-i*23) // 19/99 are the largest of each
		train = append(train, record(cifarPix(i), c, f))
		coarse, fine = append(coarse, c), append(fine, f)
		test = append(test, record(cifarPix(100+i), 0, 0))
	}
	writeFile(t, dir, "train.bin", train...)
	writeFile(t, dir, "test.bin", test...)
	var fineNames, coarseNames []string
	for i := range 100 {
		fineNames = append(fineNames, fmt.Sprintf("fine%d", i))
	}
	for i := range 20 {
		coarseNames = append(coarseNames, fmt.Sprintf("coarse%d", i))
	}
	writeFile(t, dir, "fine_label_names.txt", []byte(strings.Join(fineNames, "\n")+"\n"))
	writeFile(t, dir, "coarse_label_names.txt", []byte(strings.Join(coarseNames, "\r\n")+"\r\n"))

	s, err := LoadCIFAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	checkImages(t, s, 0, fine)
	if !slices.Equal(s.Classes, fineNames) || s.NumClasses() != 100 {
		t.Errorf("fine classes: %d names, NumClasses %d", len(s.Classes), s.NumClasses())
	}
	if s, err = LoadCIFAR100Coarse(dir); err != nil {
		t.Fatal(err)
	}
	checkImages(t, s, 0, coarse)
	if !slices.Equal(s.Classes, coarseNames) {
		t.Errorf("coarse classes %q, want %q", s.Classes, coarseNames)
	}
	if s, err = Load(dir, 3, 32); err != nil {
		t.Fatal(err)
	}
	checkImages(t, s, 0, fine)

	// test.bin alone.
	dir = t.TempDir()
	writeFile(t, dir, "test.bin", test...)
	if s, err = LoadCIFAR(dir); err != nil {
		t.Fatal(err)
	}
	checkImages(t, s, 100, make([]uint8, 5))
}

func TestLoadCIFARErrors(t *testing.T) {
	rec10 := func(label uint8) []byte { return record(cifarPix(0), label) }
	rec100 := func(coarse, fine uint8) []byte { return record(cifarPix(0), coarse, fine) }
	type file struct {
		name string
		data [][]byte
	}
	tests := []struct {
		name   string
		files  []file
		coarse bool
		want   string // "DIR/" stands for the directory
	}{
		{"truncated", []file{{"data_batch_1.bin", [][]byte{rec10(1), rec10(2), rec10(3)[:3000]}}},
			false, "DIR/data_batch_1.bin: record 2 is truncated: the file has 9146 bytes, 2 whole records of 3073 bytes and 3000 bytes over"},
		{"truncated label only", []file{{"data_batch_1.bin", [][]byte{rec10(1), {7}}}},
			false, "DIR/data_batch_1.bin: record 1 is truncated"},
		{"truncated second file", []file{{"data_batch_1.bin", [][]byte{rec10(1)}}, {"data_batch_2.bin", [][]byte{rec10(1), rec10(1)[:3072]}}},
			false, "DIR/data_batch_2.bin: record 1 is truncated"},
		{"empty", []file{{"data_batch_1.bin", nil}}, false, "DIR/data_batch_1.bin is empty"},
		{"cifar-10 label 10", []file{{"data_batch_1.bin", [][]byte{rec10(9), rec10(0), rec10(10)}}},
			false, "DIR/data_batch_1.bin: record 2 has label 10, want 0 to 9"},
		{"bad label in the second file", []file{{"data_batch_1.bin", [][]byte{rec10(1), rec10(2)}}, {"data_batch_2.bin", [][]byte{rec10(1), rec10(255)}}},
			false, "DIR/data_batch_2.bin: record 1 has label 255, want 0 to 9"},
		{"cifar-100 fine 100", []file{{"train.bin", [][]byte{rec100(19, 99), rec100(0, 100)}}},
			false, "DIR/train.bin: record 1 has fine label 100, want 0 to 99"},
		{"cifar-100 coarse 20", []file{{"train.bin", [][]byte{rec100(19, 99), rec100(3, 3), rec100(20, 0)}}},
			false, "DIR/train.bin: record 2 has coarse label 20, want 0 to 19"},
		{"coarse checked when fine is used", []file{{"train.bin", [][]byte{rec100(20, 0)}}},
			false, "record 0 has coarse label 20"},
		{"fine checked when coarse is used", []file{{"train.bin", [][]byte{rec100(0, 100)}}},
			true, "record 0 has fine label 100"},
		{"cifar-100 record size", []file{{"train.bin", [][]byte{rec10(1), rec10(1)}}},
			false, "DIR/train.bin: record 1 is truncated: the file has 6146 bytes, 1 whole records of 3074 bytes and 3072 bytes over"},
		{"coarse of cifar-10", []file{{"data_batch_1.bin", [][]byte{rec10(1)}}}, true, "is CIFAR-10, which has no coarse labels"},
		{"both datasets", []file{{"data_batch_1.bin", [][]byte{rec10(1)}}, {"test.bin", [][]byte{rec100(1, 1)}}},
			false, "holds both CIFAR-10 batches"},
		{"too few names", []file{{"test_batch.bin", [][]byte{rec10(1)}}, {"batches.meta.txt", [][]byte{[]byte("a\nb\n")}}},
			false, "DIR/batches.meta.txt has 2 class names, want 10"},
		{"blank name", []file{{"test_batch.bin", [][]byte{rec10(1)}}, {"batches.meta.txt", [][]byte{[]byte("a\nb\nc\n\ne\nf\ng\nh\ni\nj\n")}}},
			false, "DIR/batches.meta.txt: line 4 is blank"},
		{"no batches", []file{{"data_batch_0.bin", [][]byte{rec10(1)}}, {"data_batch_01.bin", [][]byte{rec10(1)}}},
			false, "DIR: no CIFAR batches"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tt.files {
				writeFile(t, dir, f.name, f.data...)
			}
			load := LoadCIFAR
			if tt.coarse {
				load = LoadCIFAR100Coarse
			}
			s, err := load(dir)
			want := strings.ReplaceAll(tt.want, "DIR", dir)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("LoadCIFAR = %v, %v; want an error containing %q", s, err, want)
			}
			// Load gives the same error: the files are recognised as CIFAR.
			if tt.name != "no batches" && !tt.coarse {
				if _, err2 := Load(dir, 3, 32); err2 == nil || err2.Error() != err.Error() {
					t.Errorf("Load: %v, want %v", err2, err)
				}
			}
		})
	}
}

// TestLoadRecognises checks which loader Load picks from a folder's files.
func TestLoadRecognises(t *testing.T) {
	rec := record(cifarPix(3), 4)
	img := grey(2, 2, 1, 2, 3, 4)
	tests := []struct {
		name     string
		make     func(t *testing.T, dir string)
		channels int
		size     int
		want     string // the Set's first label and pixel as "label/pixel", or an error substring
	}{
		{"cifar-10", func(t *testing.T, dir string) { writeFile(t, dir, "data_batch_1.bin", rec) }, 3, 32, "4/21"},
		{"cifar-10 test batch", func(t *testing.T, dir string) { writeFile(t, dir, "test_batch.bin", rec) }, 3, 32, "4/21"},
		{"cifar-100", func(t *testing.T, dir string) { writeFile(t, dir, "train.bin", record(cifarPix(3), 1, 2)) }, 3, 32, "2/21"},
		{"cifar-100 test", func(t *testing.T, dir string) { writeFile(t, dir, "test.bin", record(cifarPix(3), 1, 2)) }, 3, 32, "2/21"},
		{"cifar beside images", func(t *testing.T, dir string) {
			writeFile(t, dir, "data_batch_1.bin", rec)
			writePNG(t, filepath.Join(dir, "a", "x.png"), img)
		}, 3, 32, "4/21"},
		{"image folder", func(t *testing.T, dir string) { writePNG(t, filepath.Join(dir, "a", "x.png"), img) }, 3, 2, "0/1"},
		{"batch in a subfolder is not cifar", func(t *testing.T, dir string) {
			os.Mkdir(filepath.Join(dir, "sub"), 0o755)
			writeFile(t, dir, "sub/data_batch_1.bin", rec)
		}, 3, 32, "no .png, .jpg or .jpeg images found"},
		{"other names are not cifar", func(t *testing.T, dir string) {
			writeFile(t, dir, "data_batch_x.bin", rec)
			writeFile(t, dir, "data_batch_1.bin.gz", rec)
			writeFile(t, dir, "train.bin.bak", rec)
		}, 3, 32, "no .png, .jpg or .jpeg images found"},
		{"cifar asked as grey", func(t *testing.T, dir string) { writeFile(t, dir, "data_batch_1.bin", rec) }, 1, 32, "images have 3 channel(s) but channels is 1"},
		{"cifar asked at 28", func(t *testing.T, dir string) { writeFile(t, dir, "data_batch_1.bin", rec) }, 3, 28, "images are 32x32 but img_size is 28"},
		{"cifar and idx", func(t *testing.T, dir string) {
			writeFile(t, dir, "data_batch_1.bin", rec)
			writeIDX(t, dir, "train-images-idx3-ubyte", []int{1, 2, 2}, fill(4, 1))
		}, 3, 32, "holds both IDX files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.make(t, dir)
			s, err := Load(dir, tt.channels, tt.size)
			if err != nil {
				if !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("Load: %v, want %q", err, tt.want)
				}
				return
			}
			if got := fmt.Sprintf("%d/%d", s.Labels[0], s.Pix[0]); got != tt.want {
				t.Errorf("first label/pixel %s, want %s", got, tt.want)
			}
		})
	}
	var shape *ShapeError
	dir := t.TempDir()
	writeFile(t, dir, "data_batch_1.bin", rec)
	if _, err := Load(dir, 3, 64); !errors.As(err, &shape) || shape.Setting != "img_size" {
		t.Errorf("Load at 64: %v, want a ShapeError for img_size", err)
	}
	if s, err := LoadStored(dir); err != nil || s.H != 32 || s.C != 3 {
		t.Errorf("LoadStored: %v, %v", s, err)
	}
	if s, err := LoadStored(t.TempDir()); s != nil || err != nil {
		t.Errorf("LoadStored of an empty folder: %v, %v; want nil, nil", s, err)
	}
}

// sharedCIFAR returns the shared CIFAR-10 JPEG folders (see their README),
// or skips the test when they are absent.
func sharedCIFAR(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "cifar10")
	if _, err := os.Stat(filepath.Join(dir, "test", "airplane")); err != nil {
		t.Skipf("CIFAR-10 JPEGs not available: %v", err)
	}
	return dir
}

// TestCIFARFromJPEGs builds a CIFAR-10 batch from real CIFAR images (the
// first three test images of each class, as JPEGs) and checks that
// LoadCIFAR reads back the decoded pixels and labels exactly, and that an
// image folder of the same JPEGs loaded in colour gives the same Set.
func TestCIFARFromJPEGs(t *testing.T) {
	src := filepath.Join(sharedCIFAR(t), "test")
	classes := []string{"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"}
	bin, folder := t.TempDir(), t.TempDir()
	var recs [][]byte
	var want []uint8 // the planes, image after image
	var labels []uint8
	for label, class := range classes {
		names, err := os.ReadDir(filepath.Join(src, class))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range names[:3] {
			b, err := os.ReadFile(filepath.Join(src, class, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			img, err := jpeg.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if img.Bounds() != image.Rect(0, 0, 32, 32) {
				t.Fatalf("%s is %v, want 32x32", e.Name(), img.Bounds())
			}
			// Go's decoder gives 16-bit colour; the image folder rounds
			// it to bytes (v/257 rounded), and so does this.
			pix := make([]uint8, cifarPixels)
			for y := range 32 {
				for x := range 32 {
					r, g, bl, _ := img.At(x, y).RGBA()
					for c, v := range []uint32{r, g, bl} {
						pix[c*1024+y*32+x] = uint8((v + 128) / 257)
					}
				}
			}
			recs = append(recs, record(pix, uint8(label)))
			want, labels = append(want, pix...), append(labels, uint8(label))
			if err := os.MkdirAll(filepath.Join(folder, class), 0o755); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(folder, class), e.Name(), b)
		}
	}
	writeFile(t, bin, "test_batch.bin", recs...)
	writeFile(t, bin, "batches.meta.txt", []byte(strings.Join(classes, "\n")+"\n"))

	s, err := Load(bin, 3, 32)
	if err != nil {
		t.Fatal(err)
	}
	if s.N != 30 || !slices.Equal(s.Pix, want) || !slices.Equal(s.Labels, labels) || !slices.Equal(s.Classes, classes) {
		t.Fatalf("binary batch: %d images; pixels equal %v, labels %v, classes %q", s.N, slices.Equal(s.Pix, want), s.Labels, s.Classes)
	}
	// An image folder of the same JPEGs in colour at their own size: the
	// same planes (no resampling at 32 -> 32), labels and class names.
	f, err := Load(folder, 3, 32)
	if err != nil {
		t.Fatal(err)
	}
	if f.N != s.N || !slices.Equal(f.Labels, s.Labels) || !slices.Equal(f.Classes, s.Classes) {
		t.Fatalf("image folder: %d images, labels %v, classes %q", f.N, f.Labels, f.Classes)
	}
	for i := range s.N {
		if !slices.Equal(f.Image(i), s.Image(i)) {
			t.Fatalf("image %d: the image folder and the binary batch differ", i)
		}
	}
}
