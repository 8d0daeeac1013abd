package grid

import (
	"encoding/binary"
	"image"
	"math"
	"strings"
	"testing"
)

// FuzzImage feeds Image arbitrary shapes, options and values (NaN and ±Inf
// included): it must either refuse them with a "grid: " error or return a
// grid of exactly the size make_grid gives, never panic or allocate beyond
// maxPixels.
func FuzzImage(f *testing.F) {
	f.Add(25, 1, 28, 28, 5, 2, true, false, float32(0), float32(0), []byte{1, 2, 3, 4})
	f.Add(1, 3, 2, 2, 8, 2, false, false, float32(0), float32(0), []byte{0xff, 0xc0, 0x7f})
	f.Add(7, 1, 3, 5, 3, 0, true, true, float32(-1), float32(1), []byte{0, 0, 0xc0, 0x7f})
	f.Add(3, 1, 1, 1, 1, 1<<30, false, false, float32(0), float32(0), []byte{})
	f.Add(-1, 2, 0, 4, 0, -3, true, true, float32(1), float32(-1), []byte{9})
	f.Fuzz(func(t *testing.T, n, c, h, w, nrow, pad int, norm, useRange bool, lo, hi float32, raw []byte) {
		// Bound the shape so the fuzzer spends its time on logic, not on
		// allocating large valid grids; invalid sizes still reach build.
		if n > 64 || h > 64 || w > 64 {
			return
		}
		size := 0
		if n > 0 && (c == 1 || c == 3) && h > 0 && w > 0 {
			size = n * c * h * w
		}
		imgs := make([]float32, size)
		for i := range imgs {
			j := 4 * i % max(len(raw)-3, 1)
			if len(raw) >= 4 {
				imgs[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[j:]))
			}
		}
		opt := Options{NRow: nrow, Padding: pad, Normalize: norm}
		if useRange {
			opt.Range = &[2]float32{lo, hi}
		}
		img, err := Image(imgs, n, c, h, w, opt)
		if err != nil {
			if img != nil {
				t.Fatalf("Image returned a picture with error %v", err)
			}
			if !strings.HasPrefix(err.Error(), "grid: ") {
				t.Fatalf("error %q lacks the package prefix", err)
			}
			return
		}
		wantW, wantH := w, h
		if n > 1 {
			cols := min(nrow, n)
			rows := (n + cols - 1) / cols
			wantW, wantH = cols*(w+pad)+pad, rows*(h+pad)+pad
		}
		if b := img.Bounds(); b != image.Rect(0, 0, wantW, wantH) {
			t.Fatalf("%d images of %dx%d, nrow %d, padding %d: bounds %v, want %dx%d", n, h, w, nrow, pad, b, wantW, wantH)
		}
		switch img.(type) {
		case *image.Gray:
			if c != 1 {
				t.Fatalf("%d channels gave a gray image", c)
			}
		case *image.RGBA:
			if c != 3 {
				t.Fatalf("%d channels gave an RGBA image", c)
			}
		default:
			t.Fatalf("unexpected image type %T", img)
		}
	})
}
