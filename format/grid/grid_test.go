package grid

import (
	"encoding/hex"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// grayRows returns the pixels of a gray image as rows.
func grayRows(t *testing.T, img image.Image) [][]uint8 {
	t.Helper()
	g, ok := img.(*image.Gray)
	if !ok {
		t.Fatalf("image is %T, want *image.Gray", img)
	}
	b := g.Bounds()
	rows := make([][]uint8, b.Dy())
	for y := range rows {
		rows[y] = append([]uint8(nil), g.Pix[y*g.Stride:y*g.Stride+b.Dx()]...)
	}
	return rows
}

func TestSize(t *testing.T) {
	tests := []struct {
		name         string
		n, h, w      int
		opt          Options
		wantW, wantH int
	}{
		{"mnist sheet", 25, 28, 28, Options{NRow: 5, Padding: 2}, 152, 152},
		{"torchvision defaults", 64, 28, 28, DefaultOptions(), 242, 242},
		{"partial last row", 7, 2, 3, Options{NRow: 3, Padding: 1}, 13, 10},
		{"nrow above n", 3, 2, 2, Options{NRow: 8, Padding: 2}, 14, 6},
		{"no padding", 4, 2, 5, Options{NRow: 2}, 10, 4},
		{"single image has no padding", 1, 4, 6, Options{NRow: 5, Padding: 2}, 6, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := Image(make([]float32, tt.n*tt.h*tt.w), tt.n, 1, tt.h, tt.w, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if b := img.Bounds(); b.Dx() != tt.wantW || b.Dy() != tt.wantH {
				t.Errorf("size %dx%d, want %dx%d", b.Dx(), b.Dy(), tt.wantW, tt.wantH)
			}
		})
	}
}

func TestKnownGray(t *testing.T) {
	imgs := []float32{
		0, 0.25, // image 0
		0.5, 1,
		0.75, 2, // image 1: 2 and -1 are clipped
		-1, 0.1,
	}
	// Two 2x2 images side by side with 1 pixel of padding: a 7x4 grid.
	// Pixels are floor(x*255+0.5): 0.25 -> 64.25 -> 64, 0.5 -> 128,
	// 0.75 -> 191.75 -> 191, 0.1 -> 26.
	tests := []struct {
		name string
		pad  float32
		want [][]uint8
	}{
		{"pad 0", 0, [][]uint8{
			{0, 0, 0, 0, 0, 0, 0},
			{0, 0, 64, 0, 191, 255, 0},
			{0, 128, 255, 0, 0, 26, 0},
			{0, 0, 0, 0, 0, 0, 0},
		}},
		{"pad 0.5", 0.5, [][]uint8{
			{128, 128, 128, 128, 128, 128, 128},
			{128, 0, 64, 128, 191, 255, 128},
			{128, 128, 255, 128, 0, 26, 128},
			{128, 128, 128, 128, 128, 128, 128},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := Image(imgs, 2, 1, 2, 2, Options{NRow: 2, Padding: 1, PadValue: tt.pad})
			if err != nil {
				t.Fatal(err)
			}
			if got := grayRows(t, img); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("pixels\n%v\nwant\n%v", got, tt.want)
			}
		})
	}
}

func TestKnownRGB(t *testing.T) {
	// Two 1x1 RGB images in one column with 1 pixel of padding: 3x5.
	imgs := []float32{
		1, 0.5, 0, // image 0: r, g, b
		0, 0.25, 1, // image 1
	}
	img, err := Image(imgs, 2, 3, 1, 1, Options{NRow: 1, Padding: 1})
	if err != nil {
		t.Fatal(err)
	}
	rgba, ok := img.(*image.RGBA)
	if !ok {
		t.Fatalf("image is %T, want *image.RGBA", img)
	}
	if b := rgba.Bounds(); b.Dx() != 3 || b.Dy() != 5 {
		t.Fatalf("size %dx%d, want 3x5", b.Dx(), b.Dy())
	}
	want := map[image.Point][4]uint8{
		{1, 1}: {255, 128, 0, 255},
		{1, 3}: {0, 64, 255, 255},
		{0, 0}: {0, 0, 0, 255},
		{1, 2}: {0, 0, 0, 255},
		{2, 4}: {0, 0, 0, 255},
	}
	for p, w := range want {
		c := rgba.RGBAAt(p.X, p.Y)
		if got := [4]uint8{c.R, c.G, c.B, c.A}; got != w {
			t.Errorf("pixel %v = %v, want %v", p, got, w)
		}
	}
}

func TestNormalize(t *testing.T) {
	r := func(lo, hi float32) *[2]float32 { return &[2]float32{lo, hi} }
	tests := []struct {
		name string
		imgs []float32
		opt  Options
		want []uint8
	}{
		// min -1, max 3 over both images: (x+1)/4.
		{"min-max over all images", []float32{-1, 0, 1, 3}, Options{Normalize: true}, []uint8{0, 64, 128, 255}},
		{"value range clips", []float32{-2, -0.5, 0.5, 2}, Options{Normalize: true, Range: r(-1, 1)}, []uint8{0, 64, 191, 255}},
		{"constant images", []float32{5, 5, 5, 5}, Options{Normalize: true}, []uint8{0, 0, 0, 0}},
		{"no normalize clips", []float32{-1, 0, 1, 3}, Options{}, []uint8{0, 0, 255, 255}},
		{"NaN poisons min-max", []float32{0, float32(math.NaN()), 1, 2}, Options{Normalize: true}, []uint8{0, 0, 0, 0}},
		{"NaN alone with a range", []float32{0, float32(math.NaN()), 1, 2}, Options{Normalize: true, Range: r(0, 2)}, []uint8{0, 0, 128, 255}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.NRow = 2
			img, err := Image(tt.imgs, 2, 1, 1, 2, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := grayRows(t, img)[0]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("pixels %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNormalizeLeavesPadding(t *testing.T) {
	// Values in [10, 20]; the padding value 1 is not normalized.
	img, err := Image([]float32{10, 20}, 2, 1, 1, 1, Options{NRow: 2, Padding: 1, Normalize: true, PadValue: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]uint8{{255, 255, 255, 255, 255}, {255, 0, 255, 255, 255}, {255, 255, 255, 255, 255}}
	if got := grayRows(t, img); !reflect.DeepEqual(got, want) {
		t.Errorf("pixels %v, want %v", got, want)
	}
}

func TestToPixel(t *testing.T) {
	tests := []struct {
		x    float32
		want uint8
	}{
		{0, 0},
		{0.0019, 0}, // 0.48 + 0.5 < 1
		{0.002, 1},  // 0.51 + 0.5 > 1
		{0.5, 128},  // 127.5 + 0.5 rounds half up
		{0.25, 64},  // 63.75 + 0.5
		{254.4 / 255, 254},
		{254.6 / 255, 255},
		{1, 255},
		{1.5, 255},
		{-0.3, 0},
		{-0.001, 0}, // -0.255 + 0.5 truncates to 0
		{float32(math.Inf(1)), 255},
		{float32(math.Inf(-1)), 0},
		{float32(math.NaN()), 0},
	}
	for _, tt := range tests {
		if got := toPixel(tt.x); got != tt.want {
			t.Errorf("toPixel(%v) = %d, want %d", tt.x, got, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	ok := Options{NRow: 2, Padding: 1}
	tests := []struct {
		name       string
		imgs       int
		n, c, h, w int
		opt        Options
		want       string
	}{
		{"no images", 0, 0, 1, 2, 2, ok, "at least one image"},
		{"zero height", 0, 1, 1, 0, 2, ok, "at least one image"},
		{"two channels", 8, 1, 2, 2, 2, ok, "2 channels"},
		{"too few values", 7, 2, 1, 2, 2, ok, "7 values do not hold 2 images of 1x2x2"},
		{"too many values", 9, 2, 1, 2, 2, ok, "9 values"},
		{"zero nrow", 8, 2, 1, 2, 2, Options{}, "NRow is 0"},
		{"negative padding", 8, 2, 1, 2, 2, Options{NRow: 1, Padding: -1}, "padding is -1"},
		{"huge padding", 8, 2, 1, 2, 2, Options{NRow: 1, Padding: 1 << 29}, "too large"},
		{"empty range", 8, 2, 1, 2, 2, Options{NRow: 1, Normalize: true, Range: &[2]float32{1, -1}}, "range [1, -1] is empty"},
		{"overflowing shape", 8, 1 << 40, 3, 1 << 40, 1 << 40, ok, "do not hold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Image(make([]float32, tt.imgs), tt.n, tt.c, tt.h, tt.w, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestWritePNG(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "samples.png")
	imgs := make([]float32, 25*28*28)
	for i := range imgs {
		imgs[i] = float32(i%97)/48 - 1 // in [-1, 1]
	}
	opt := Options{NRow: 5, Padding: 2, Normalize: true}
	if err := WritePNG(path, imgs, 25, 1, 28, 28, opt); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Image(imgs, 25, 1, 28, 28, opt)
	if !reflect.DeepEqual(grayRows(t, got), grayRows(t, want)) {
		t.Error("decoded PNG differs from Image")
	}

	bad := filepath.Join(dir, "bad.png")
	if err := WritePNG(bad, imgs[:10], 25, 1, 28, 28, opt); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("WritePNG with bad input: %v, want an error naming %s", err, bad)
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Error("WritePNG with bad input created the file")
	}
	missing := filepath.Join(dir, "no", "such", "dir", "x.png")
	if err := WritePNG(missing, imgs, 25, 1, 28, 28, opt); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("WritePNG into a missing directory: %v", err)
	}
}

// torchvisionRGB are testdata/grid_torchvision.py's known answers:
// save_image(x, nrow=2, normalize=True) of three 3x2x3 colour images, the
// PNG's RGB bytes.
var torchvisionRGB = []struct {
	name string
	rng  *[2]float32
	w, h int
	hex  string
}{
	{"minmax", nil, 12, 10, "" +
		"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000000000000000000000000075ea7535aa35aa6a00000000000035aa6a" +
		"aa6adf6a2b9f0000000000000000000000002095559555ca55ca8a00000000000055ca8a158aff8a4abf000000000000" +
		"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000000000000000000000006a2b9f2b9f609f60d5000000000000000000" +
		"0000000000000000000000000000000000008a4abf4abf800b80f4000000000000000000000000000000000000000000" +
		"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
		"000000000000000000000000000000000000000000000000"},
	{"range", &[2]float32{-1, 1}, 12, 10, "" +
		"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
		"00000000000000000000000000000000000000000000000000000000000000afffaf50ff50ff9f00000000000050ff9f" +
		"ff9fff9f40ef00000000000000000000000030df80df80ff80ffcf00000000000080ffcf20cfffcf70ff000000000000" +
		"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000000000000000000000009f40ef40ef8fef8fff000000000000000000" +
		"000000000000000000000000000000000000cf70ff70ffbf10bfff000000000000000000000000000000000000000000" +
		"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" +
		"000000000000000000000000000000000000000000000000"},
}

// TestColourMatchesTorchvision checks a colour grid byte for byte against
// torchvision's save_image: normalize maps the min and max over all the
// images and all three channels together, not channel by channel.
func TestColourMatchesTorchvision(t *testing.T) {
	imgs := make([]float32, 3*3*2*3)
	for k := range 3 {
		for c := range 3 {
			for y := range 2 {
				for x := range 3 {
					imgs[((k*3+c)*2+y)*3+x] = float32((5*k+7*c+3*y+11*x)%17)/8 - 1 + float32(c)/2
				}
			}
		}
	}
	for _, tc := range torchvisionRGB {
		t.Run(tc.name, func(t *testing.T) {
			want, err := hex.DecodeString(tc.hex)
			if err != nil {
				t.Fatal(err)
			}
			img, err := Image(imgs, 3, 3, 2, 3, Options{NRow: 2, Padding: 2, Normalize: true, Range: tc.rng})
			if err != nil {
				t.Fatal(err)
			}
			rgba, ok := img.(*image.RGBA)
			if !ok {
				t.Fatalf("image is %T, want *image.RGBA", img)
			}
			if b := rgba.Bounds(); b.Dx() != tc.w || b.Dy() != tc.h {
				t.Fatalf("size %dx%d, torchvision's %dx%d", b.Dx(), b.Dy(), tc.w, tc.h)
			}
			for y := range tc.h {
				for x := range tc.w {
					c := rgba.RGBAAt(x, y)
					w := want[(y*tc.w+x)*3:]
					if c.R != w[0] || c.G != w[1] || c.B != w[2] || c.A != 255 {
						t.Errorf("pixel (%d, %d) = %v, torchvision's %v", x, y, c, w[:3])
					}
				}
			}
		})
	}
}
