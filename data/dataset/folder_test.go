package dataset

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// grey returns a w x h grey image with pixel (x, y) = pix[y*w+x].
func grey(w, h int, pix ...uint8) *image.Gray {
	return &image.Gray{Pix: pix, Stride: w, Rect: image.Rect(0, 0, w, h)}
}

// solid returns a w x h image of one colour.
func solid(w, h int, c color.Color) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, c)
		}
	}
	return img
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeJPEG(t *testing.T, path string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 100}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLoadImageFolderPixels checks conversion and resizing on one image.
func TestLoadImageFolderPixels(t *testing.T) {
	ramp := grey(4, 4,
		0, 10, 20, 30,
		40, 50, 60, 70,
		80, 90, 100, 110,
		120, 130, 140, 150)
	tests := []struct {
		name     string
		img      image.Image
		channels int
		size     int
		want     []uint8
	}{
		{"identity", ramp, 1, 4, ramp.Pix},
		{"area halves", ramp, 1, 2, []uint8{25, 45, 105, 125}},
		{"area to one", ramp, 1, 1, []uint8{75}},
		{"area by 4/3", grey(4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255), 1, 3, []uint8{0, 0, 0, 0, 0, 0, 0, 0, 255 * 9 / 16}},
		{"centre crop of wide", grey(4, 2, 1, 2, 3, 4, 5, 6, 7, 8), 1, 2, []uint8{2, 3, 6, 7}},
		{"centre crop of tall", grey(1, 3, 1, 2, 3), 1, 1, []uint8{2}},
		{"bilinear up", grey(2, 2, 0, 255, 0, 255), 1, 4, []uint8{
			0, 64, 191, 255,
			0, 64, 191, 255,
			0, 64, 191, 255,
			0, 64, 191, 255}},
		{"one pixel up", grey(1, 1, 77), 1, 3, slices.Repeat([]uint8{77}, 9)},
		{"luma of red", solid(1, 1, color.NRGBA{255, 0, 0, 255}), 1, 1, []uint8{76}},
		{"luma of green", solid(1, 1, color.NRGBA{0, 255, 0, 255}), 1, 1, []uint8{150}},
		{"luma of blue", solid(1, 1, color.NRGBA{0, 0, 255, 255}), 1, 1, []uint8{29}},
		{"luma of white", solid(1, 1, color.White), 1, 1, []uint8{255}},
		{"rgb is planar", solid(2, 2, color.NRGBA{200, 100, 50, 255}), 3, 1, []uint8{200, 100, 50}},
		{"grey to rgb", grey(1, 1, 9), 3, 2, slices.Repeat([]uint8{9}, 12)},
		{"transparent is black", solid(1, 1, color.NRGBA{255, 255, 255, 0}), 3, 1, []uint8{0, 0, 0}},
		{"half alpha", solid(1, 1, color.NRGBA{255, 255, 255, 128}), 1, 1, []uint8{128}},
		{"16-bit", &image.Gray16{Pix: []uint8{0xff, 0xff}, Stride: 2, Rect: image.Rect(0, 0, 1, 1)}, 1, 1, []uint8{255}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writePNG(t, filepath.Join(dir, "x.png"), tt.img)
			s, err := LoadImageFolder(dir, tt.channels, tt.size)
			if err != nil {
				t.Fatal(err)
			}
			if s.N != 1 || s.C != tt.channels || s.H != tt.size || s.W != tt.size || s.Labels != nil {
				t.Fatalf("shape %dx%dx%dx%d, labels %v", s.N, s.C, s.H, s.W, s.Labels)
			}
			if !slices.Equal(s.Pix, tt.want) {
				t.Errorf("pixels %v, want %v", s.Pix, tt.want)
			}
		})
	}
}

// TestLoadImageFolderFiles checks which files are read and in what order.
func TestLoadImageFolderFiles(t *testing.T) {
	dir := t.TempDir()
	// One-pixel images whose value says which file they came from.
	for name, v := range map[string]uint8{
		"b.png": 3, "a/z.png": 2, "a.png": 1, "c/d/e.JPG": 200, "C.PNG": 0,
		".hidden.png": 99, ".git/x.png": 99,
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "JPG") {
			os.MkdirAll(filepath.Dir(p), 0o755)
			writeJPEG(t, p, grey(8, 8, slices.Repeat([]uint8{v}, 64)...))
		} else {
			writePNG(t, p, grey(1, 1, v))
		}
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not an image"), 0o644)
	os.WriteFile(filepath.Join(dir, "x.gif"), []byte("GIF89a"), 0o644)

	// A symbolic link to the folder is followed.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip(err)
	}
	for _, d := range []string{dir, link} {
		s, err := LoadImageFolder(d, 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		// Sorted by path: C.PNG, a.png, a/z.png, b.png, c/d/e.JPG.
		if want := []uint8{0, 1, 2, 3, 200}; !slices.Equal(s.Pix, want) {
			t.Errorf("%s: pixels %v, want %v", d, s.Pix, want)
		}
		if s.Name != d {
			t.Errorf("Name = %q, want %q", s.Name, d)
		}
	}
}

func TestLoadImageFolderErrors(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string][]byte
		path     string // relative to the temp dir; "" is the dir itself
		channels int
		size     int
		want     string // "DIR" stands for the directory
	}{
		{"two channels", nil, "", 2, 28, "dataset: 2 channels asked for, want 1 (grey) or 3 (RGB)"},
		{"zero size", nil, "", 1, 0, "dataset: image size 0 asked for, want 1 to 4096"},
		{"huge size", nil, "", 3, 5000, "image size 5000"},
		// MaxSize passes the size check (and fails for want of images);
		// one more does not.
		{"size at the limit", nil, "", 3, MaxSize, "dataset: DIR: no .png, .jpg or .jpeg images found"},
		{"size one past", nil, "", 3, MaxSize + 1, "dataset: image size 4097 asked for, want 1 to 4096"},
		{"missing dir", nil, "nope", 1, 28, "dataset: stat DIR/nope: no such file or directory"},
		{"a file", map[string][]byte{"f.png": nil}, "f.png", 1, 28, "dataset: DIR/f.png is not a directory"},
		{"empty", nil, "", 1, 28, "dataset: DIR: no .png, .jpg or .jpeg images found"},
		{"only other files", map[string][]byte{"a.txt": []byte("hi"), ".b.png": []byte("x")}, "", 1, 28, "no .png, .jpg or .jpeg images found"},
		{"not a png", map[string][]byte{"a/bad.png": []byte("hello")}, "", 1, 28, "dataset: DIR/a/bad.png: decoding image: image: unknown format"},
		{"truncated png", map[string][]byte{"ok.png": pngBytes(t, grey(1, 1, 0)), "t.png": pngBytes(t, grey(2, 2, 0, 1, 2, 3))[:40]}, "", 1, 28, "dataset: DIR/t.png: decoding image:"},
		{"first bad file named", map[string][]byte{"b.png": []byte("x"), "a.jpg": []byte("y")}, "", 1, 28, "DIR/a.jpg: decoding image"},
		{"too many pixels", map[string][]byte{"big.png": pngHeader(t, 100000, 100000)}, "", 1, 28, "dataset: DIR/big.png: image is 100000x100000, want 1 to 67108864 pixels"},
		// 8192x8192 = 2^26 pixels passes the check and fails decoding the
		// missing pixel data; 5x13421773 = 2^26+1 is refused from the header.
		{"pixels at the limit", map[string][]byte{"big.png": pngHeader(t, 8192, 8192)}, "", 1, 28, "dataset: DIR/big.png: decoding image: unexpected EOF"},
		{"pixels one past", map[string][]byte{"big.png": pngHeader(t, 5, 13421773)}, "", 1, 28, "dataset: DIR/big.png: image is 5x13421773, want 1 to 67108864 pixels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, b := range tt.files {
				p := filepath.Join(dir, filepath.FromSlash(name))
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			s, err := LoadImageFolder(filepath.Join(dir, tt.path), tt.channels, tt.size)
			want := strings.ReplaceAll(tt.want, "DIR", dir)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("LoadImageFolder = %v, %v; want error containing %q", s, err, want)
			}
		})
	}
}

func pngBytes(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pngHeader returns the start of a PNG declaring w x h grey pixels, enough
// for image.DecodeConfig; no pixel data follows.
func pngHeader(t *testing.T, w, h uint32) []byte {
	b := pngBytes(t, grey(1, 1, 0))[:33] // signature and IHDR chunk
	b = bytes.Clone(b)
	be := func(off int, v uint32) {
		b[off], b[off+1], b[off+2], b[off+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	be(16, w)
	be(20, h)
	// IHDR's CRC covers its type and data; the decoder checks it.
	be(29, crc32.ChecksumIEEE(b[12:29]))
	return b
}

// ImageFolder's convention: classes are the sorted subfolder names, an
// image's label the index of the top-level folder it lies in.
func TestLoadImageFolderClasses(t *testing.T) {
	dir := t.TempDir()
	img := grey(2, 2, 0, 64, 128, 255)
	for _, p := range []string{"seven/a.png", "one/b.png", "one/deep/c.png", "zero/d.png", ".hidden/e.png"} {
		writePNG(t, filepath.Join(dir, p), img)
	}
	s, err := LoadImageFolder(dir, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.Classes, " "); got != "one seven zero" {
		t.Errorf("classes %q, want sorted subfolders \"one seven zero\"", got)
	}
	// Sorted paths: one/b, one/deep/c, seven/a, zero/d.
	if got := fmt.Sprint(s.Labels); got != "[0 0 1 2]" {
		t.Errorf("labels %s, want [0 0 1 2]", got)
	}
	if sl := s.Slice(2, 4); sl.NumClasses() != 3 || fmt.Sprint(sl.Labels) != "[1 2]" {
		t.Errorf("a slice has %d classes, labels %v", sl.NumClasses(), sl.Labels)
	}
	if s.NumClasses() != 3 || s.CheckLabels(3) != nil {
		t.Errorf("NumClasses %d, CheckLabels(3) %v", s.NumClasses(), s.CheckLabels(3))
	}
	if err := s.CheckLabels(2); err == nil || !strings.Contains(err.Error(), "label 2") {
		t.Errorf("CheckLabels(2) = %v, want an error about label 2", err)
	}

	// A class folder without images is an error, as in torchvision.
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadImageFolder(dir, 1, 2); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty class folder: error %v, want one naming it", err)
	}

	// An image directly in the folder makes it a flat, unlabelled set.
	flat := t.TempDir()
	writePNG(t, filepath.Join(flat, "x.png"), img)
	writePNG(t, filepath.Join(flat, "sub/y.png"), img)
	s, err = LoadImageFolder(flat, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if s.Labels != nil || s.Classes != nil || s.NumClasses() != 0 {
		t.Errorf("flat folder: labels %v classes %v", s.Labels, s.Classes)
	}
	err = s.CheckLabels(10)
	if err == nil || !strings.Contains(err.Error(), flat) || !strings.Contains(err.Error(), "no labels") {
		t.Errorf("CheckLabels on unlabelled data: %v, want an error naming %s", err, flat)
	}
	// one/ holds b.png itself beside deep/: flat too.
	if s, err = LoadImageFolder(filepath.Join(dir, "one"), 1, 2); err != nil || s.Labels != nil {
		t.Errorf("one/: labels %v, error %v; want an unlabelled set", s.Labels, err)
	}
}
