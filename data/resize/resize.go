// Package resize resamples 8-bit images exactly as PIL's Image.resize does
// with Image.BILINEAR, which is what torchvision's transforms.Resize calls on
// the PIL images its MNIST dataset returns (cgan.py's Resize(32) before
// ToTensor): the result is bytes, as PIL's.
//
// PIL's bilinear filter is a triangle scaled to the output pixel's footprint
// (support 1 when enlarging, the scale factor when shrinking, so shrinking
// averages), applied separably, horizontal pass first. Each pass rounds to
// bytes: the weights of an output pixel are normalised to sum 1, converted to
// 22-bit fixed point (rounded half away from zero), the byte-weighted sum
// starts at half a unit and is shifted down and clamped to 0..255.
//
// Colour images are resized channel by channel with the same weights, which
// is what PIL does with an RGB image (checked against PIL by
// testdata/resize_pil_rgb.py).
package resize

import (
	"fmt"

	"gogan/data/dataset"
)

// precisionBits is PIL's PRECISION_BITS: 32 - 8 - 2.
const precisionBits = 22

// taps are the fixed-point weights of each output position along one axis.
type taps struct {
	lo []int       // first source index per output
	k  [][]int32   // weights per output
	w  [][]float64 // the same before fixed point
}

// coeffs is PIL's precompute_coeffs followed by normalize_coeffs_8bpc for
// the bilinear filter over the whole input (box 0..in).
func coeffs(in, out int) taps {
	scale := float64(float32(in)) / float64(out)
	filterscale := max(scale, 1)
	support := 1 * filterscale
	t := taps{lo: make([]int, out), k: make([][]int32, out), w: make([][]float64, out)}
	for o := range out {
		center := (float64(o) + 0.5) * scale
		ss := 1 / filterscale
		xmin := max(int(center-support+0.5), 0)
		xmax := min(int(center+support+0.5), in) - xmin
		w := make([]float64, max(xmax, 0))
		var sum float64
		for x := range w {
			d := (float64(x+xmin) - center + 0.5) * ss
			if d < 0 {
				d = -d
			}
			if d < 1 {
				w[x] = 1 - d
			}
			sum += w[x]
		}
		k := make([]int32, len(w))
		for x, v := range w {
			if sum != 0 {
				v /= sum
				w[x] = v
			}
			if v < 0 {
				k[x] = int32(-0.5 + v*(1<<precisionBits))
			} else {
				k[x] = int32(0.5 + v*(1<<precisionBits))
			}
		}
		t.lo[o], t.k[o], t.w[o] = xmin, k, w
	}
	return t
}

// clip8 is PIL's: the sum shifted down (arithmetically) and clamped.
func clip8(ss int32) uint8 {
	return uint8(min(max(ss>>precisionBits, 0), 255))
}

// plan holds the weights of one resize, for many images of one size.
type plan struct {
	sw, sh, dw, dh int
	h, v           taps
	tmp            []uint8
}

func newPlan(sw, sh, dw, dh int) *plan {
	return &plan{sw: sw, sh: sh, dw: dw, dh: dh, h: coeffs(sw, dw), v: coeffs(sh, dh), tmp: make([]uint8, dw*sh)}
}

// Bilinear resizes one plane of sw x sh bytes to dw x dh bytes in dst.
func Bilinear(dst []uint8, dw, dh int, src []uint8, sw, sh int) {
	newPlan(sw, sh, dw, dh).apply(dst, src)
}

func (p *plan) apply(dst, src []uint8) {
	sw, sh, dw, dh := p.sw, p.sh, p.dw, p.dh
	if len(src) != sw*sh || len(dst) != dw*dh {
		panic(fmt.Sprintf("resize: %dx%d source has %d bytes, %dx%d destination %d", sw, sh, len(src), dw, dh, len(dst)))
	}
	tmp := src
	if dw != sw {
		h := p.h
		tmp = p.tmp
		for y := range sh {
			row := src[y*sw : (y+1)*sw]
			for x := range dw {
				ss := int32(1 << (precisionBits - 1))
				for i, k := range h.k[x] {
					ss += int32(row[h.lo[x]+i]) * k
				}
				tmp[y*dw+x] = clip8(ss)
			}
		}
	}
	if dh == sh {
		copy(dst, tmp)
		return
	}
	v := p.v
	for y := range dh {
		for x := range dw {
			ss := int32(1 << (precisionBits - 1))
			for i, k := range v.k[y] {
				ss += int32(tmp[(v.lo[y]+i)*dw+x]) * k
			}
			dst[y*dw+x] = clip8(ss)
		}
	}
}

// Set returns a copy of s with every image resized to size x size
// (torchvision's Resize(size) of a square image; each of a colour image's
// planes alike, as PIL resizes an RGB image), labels and classes kept.
func Set(s *dataset.Set, size int) (*dataset.Set, error) {
	if size < 1 || size > dataset.MaxSize {
		return nil, fmt.Errorf("resize: image size %d, want 1 to %d", size, dataset.MaxSize)
	}
	if s.H != s.W {
		return nil, fmt.Errorf("resize: %s has %dx%d images; only square images are resized", s.Name, s.W, s.H)
	}
	if s.H == size {
		return s, nil
	}
	t := *s
	t.H, t.W = size, size
	t.Pix = make([]uint8, s.N*s.C*size*size)
	in, out := s.H*s.W, size*size
	p := newPlan(s.W, s.H, size, size)
	for i := range s.N * s.C {
		p.apply(t.Pix[i*out:(i+1)*out], s.Pix[i*in:(i+1)*in])
	}
	t.Name = fmt.Sprintf("%s (resized to %dx%d)", s.Name, size, size)
	return &t, t.Validate()
}

// Floats resizes n planes of sw x sw float values (src, n·sw·sw) to dw x dw
// with PIL's bilinear weights but no rounding: what scores cgan.py's 32x32
// samples with gogan's 28x28 classifier (32→28, where the filter widens to
// an area average as PIL's does when shrinking).
func Floats(src []float32, n, sw, dw int) []float32 {
	if len(src) != n*sw*sw {
		panic(fmt.Sprintf("resize: %d values for %d planes of %dx%d", len(src), n, sw, sw))
	}
	if sw == dw {
		return append([]float32(nil), src...)
	}
	c := coeffs(sw, dw)
	dst := make([]float32, n*dw*dw)
	tmp := make([]float64, dw*sw)
	for p := range n {
		plane := src[p*sw*sw : (p+1)*sw*sw]
		for y := range sw {
			for x := range dw {
				var v float64
				for i, w := range c.w[x] {
					v += w * float64(plane[y*sw+c.lo[x]+i])
				}
				tmp[y*dw+x] = v
			}
		}
		out := dst[p*dw*dw : (p+1)*dw*dw]
		for y := range dw {
			for x := range dw {
				var v float64
				for i, w := range c.w[y] {
					v += w * tmp[(c.lo[y]+i)*dw+x]
				}
				out[y*dw+x] = float32(v)
			}
		}
	}
	return dst
}
