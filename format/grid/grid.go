// Package grid tiles a batch of images into one picture, pixel for pixel as
// torchvision's save_image(tensor, path, nrow=..., normalize=...) does it
// (make_grid as of torchvision 0.14), so that gogan's sample sheets can be
// compared with PyTorch's byte for byte.
package grid

import (
	"fmt"
	"image"
	"image/png"
	"io"
	"math"

	"gogan/format/atomicfile"
)

// Options control the layout and the mapping of values to pixels. The zero
// value is not usable (NRow must be at least 1); DefaultOptions gives
// torchvision's defaults.
type Options struct {
	// NRow is the number of images per row of the grid.
	NRow int
	// Padding is the number of pixels between images and around the
	// edge of the grid.
	Padding int
	// Normalize maps values to [0, 1] by min-max scaling over all the
	// images together (every channel of a colour image alike, as make_grid
	// without scale_each), before they are placed in the grid. Without it,
	// values are taken to be in [0, 1] already and are clipped.
	Normalize bool
	// Range is torchvision's value_range: if Normalize is set and Range
	// is not nil, values are clipped to [Range[0], Range[1]] and scaled
	// from that range instead of from the images' own min and max.
	Range *[2]float32
	// PadValue is the value of the padding pixels. It is not normalized.
	PadValue float32
}

// DefaultOptions returns torchvision's make_grid defaults: 8 images per
// row, 2 pixels of padding, no normalization, padding value 0.
func DefaultOptions() Options {
	return Options{NRow: 8, Padding: 2}
}

// maxPixels bounds the grid's size so a huge Padding gives an error rather
// than an out-of-memory crash.
const maxPixels = 1 << 30

// Image tiles n images of c channels, h rows and w columns, given as imgs in
// (n, c, h, w) row-major order, into an image of
// ceil(n/min(NRow, n))*(h+Padding)+Padding rows and
// min(NRow, n)*(w+Padding)+Padding columns; like torchvision, a single
// image (n == 1) is returned alone, without padding. c must be 1, giving an
// *image.Gray (torchvision writes the same values to three channels), or 3,
// giving an opaque *image.RGBA.
//
// Each value x becomes the pixel floor(x*255 + 0.5) clipped to [0, 255],
// computed in float32 like save_image on the CPU; NaN becomes 0.
func Image(imgs []float32, n, c, h, w int, opt Options) (image.Image, error) {
	img, err := build(imgs, n, c, h, w, opt)
	if err != nil {
		return nil, fmt.Errorf("grid: %w", err)
	}
	return img, nil
}

// WritePNG writes the grid Image makes to path as a PNG, atomically: on
// error any existing file at path is left untouched.
func WritePNG(path string, imgs []float32, n, c, h, w int, opt Options) error {
	img, err := build(imgs, n, c, h, w, opt)
	if err != nil {
		return fmt.Errorf("grid: %s: %w", path, err)
	}
	if err := atomicfile.Write(path, func(w io.Writer) error {
		return png.Encode(w, img)
	}); err != nil {
		return fmt.Errorf("grid: %w", err)
	}
	return nil
}

// mul returns a*b for non-negative a and b, and whether it is at most
// maxPixels.
func mul(a, b int) (int, bool) {
	if b != 0 && a > maxPixels/b {
		return 0, false
	}
	return a * b, a*b <= maxPixels
}

func build(imgs []float32, n, c, h, w int, opt Options) (image.Image, error) {
	switch {
	case n < 1 || h < 1 || w < 1:
		return nil, fmt.Errorf("need at least one image of at least 1x1 pixels, got n=%d h=%d w=%d", n, h, w)
	case c != 1 && c != 3:
		return nil, fmt.Errorf("images have %d channels, want 1 or 3", c)
	case opt.NRow < 1:
		return nil, fmt.Errorf("NRow is %d, want at least 1", opt.NRow)
	case opt.Padding < 0 || opt.Padding > maxPixels:
		return nil, fmt.Errorf("padding is %d, want 0 to %d", opt.Padding, maxPixels)
	case opt.Normalize && opt.Range != nil && !(opt.Range[0] <= opt.Range[1]):
		return nil, fmt.Errorf("range [%v, %v] is empty", opt.Range[0], opt.Range[1])
	}
	size, ok1 := mul(n, c)
	size, ok2 := mul(size, h)
	size, ok3 := mul(size, w)
	if !ok1 || !ok2 || !ok3 || size != len(imgs) {
		return nil, fmt.Errorf("%d values do not hold %d images of %dx%dx%d", len(imgs), n, c, h, w)
	}

	// make_grid returns a lone image as is, without padding.
	pad, xmaps, ymaps := opt.Padding, 1, 1
	if n == 1 {
		pad = 0
	} else {
		xmaps = min(opt.NRow, n)
		ymaps = (n + xmaps - 1) / xmaps
	}
	cellH, cellW := h+pad, w+pad
	gh, ok1 := mul(ymaps, cellH)
	gw, ok2 := mul(xmaps, cellW)
	gh, gw = gh+pad, gw+pad
	if _, ok3 := mul(gh, gw); !ok1 || !ok2 || !ok3 || gh > maxPixels || gw > maxPixels {
		return nil, fmt.Errorf("a grid of %d images of %dx%d with padding %d is too large", n, h, w, pad)
	}

	conv := converter(imgs, opt)
	fill := toPixel(opt.PadValue)
	bounds := image.Rect(0, 0, gw, gh)
	var (
		pix    []uint8
		stride int
		bpp    int // bytes per pixel
	)
	var out image.Image
	if c == 1 {
		g := image.NewGray(bounds)
		pix, stride, bpp, out = g.Pix, g.Stride, 1, g
		for i := range pix {
			pix[i] = fill
		}
	} else {
		g := image.NewRGBA(bounds)
		pix, stride, bpp, out = g.Pix, g.Stride, 4, g
		for i := 0; i < len(pix); i += 4 {
			pix[i], pix[i+1], pix[i+2], pix[i+3] = fill, fill, fill, 255
		}
	}
	plane := h * w
	for k := range n {
		top := (k/xmaps)*cellH + pad
		left := (k%xmaps)*cellW + pad
		for ch := range c {
			src := imgs[(k*c+ch)*plane : (k*c+ch+1)*plane]
			for y := range h {
				row := pix[(top+y)*stride+left*bpp+ch:]
				for x, v := range src[y*w : (y+1)*w] {
					row[x*bpp] = toPixel(conv(v))
				}
			}
		}
	}
	return out, nil
}

// converter returns the function make_grid applies to each value before
// save_image scales it: the identity, or the min-max normalization.
func converter(imgs []float32, opt Options) func(float32) float32 {
	if !opt.Normalize {
		return func(x float32) float32 { return x }
	}
	var lo, hi float32
	if opt.Range != nil {
		lo, hi = opt.Range[0], opt.Range[1]
	} else {
		// torch.min and torch.max propagate NaN, which then turns every
		// pixel of every image into NaN (and so 0).
		lo, hi = imgs[0], imgs[0]
		for _, x := range imgs {
			if x != x {
				lo, hi = x, x
				break
			}
			lo, hi = min(lo, x), max(hi, x)
		}
	}
	// torchvision computes max(high - low, 1e-5) with Python floats, that
	// is in float64, and PyTorch rounds the divisor to float32.
	d := float32(math.Max(float64(hi)-float64(lo), 1e-5))
	return func(x float32) float32 {
		// clamp_(min=lo, max=hi) is min(max(x, lo), hi), keeping NaN.
		if x < lo {
			x = lo
		}
		if x > hi {
			x = hi
		}
		return float32(x-lo) / d
	}
}

// toPixel is save_image's grid.mul(255).add_(0.5).clamp_(0, 255) followed
// by the conversion to uint8, which truncates.
func toPixel(x float32) uint8 {
	// The explicit conversions round after each step, as PyTorch's
	// separate kernels do; without them Go may fuse x*255+0.5 into one
	// FMA on some architectures and round differently.
	y := float32(float32(x*255) + 0.5)
	switch {
	case y >= 255:
		return 255
	case y >= 0:
		return uint8(y)
	default: // negative or NaN
		return 0
	}
}
