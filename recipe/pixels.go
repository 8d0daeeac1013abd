package recipe

import (
	"math"

	"gogan/data/dataset"
	"gogan/data/gcn"
)

// Pixels writes images idx of s into dst as G makes them and D sees them:
// bytes mapped onto the pixel range, or for range gcn the bytes as floats
// 0..255 globally contrast-normalised (pylearn2's CIFAR10(gcn=GCNScale)).
func (m Model) Pixels(s *dataset.Set, dst []float32, idx []int) {
	if m.PixelRange != GCN {
		s.Float(dst, idx, m.PixelRange.Lo(), m.PixelRange.Hi())
		return
	}
	s.Float(dst, idx, 0, 255)
	m.gcn().Rows(dst, s.Dim())
}

func (m Model) gcn() gcn.Options {
	o := gcn.Defaults()
	o.Scale = m.GCNScale
	return o
}

// GridRange is the values a picture of imgs shows as black and white: the
// pixel range, or for GCN'd images ±the largest magnitude among them, as
// the authors' show_samples scripts divide samples by np.abs(samples).max()
// before PatchViewer maps [-1, 1] to [0, 1].
func (m Model) GridRange(imgs []float32) *[2]float32 {
	if m.PixelRange != GCN {
		return &[2]float32{m.PixelRange.Lo(), m.PixelRange.Hi()}
	}
	var s float32
	for _, v := range imgs {
		s = max(s, float32(math.Abs(float64(v))))
	}
	if !(s > 0) || math.IsInf(float64(s), 0) {
		s = 1 // all zeros (or non-finite, which the picture shows as 0 anyway)
	}
	return &[2]float32{-s, s}
}

// ToTanh brings images of n rows to [-1, 1] in place for the judges that
// measure them and returns the bottom of their range after: for GCN'd
// images each is divided by its own largest magnitude, as pylearn2's
// CIFAR10.adjust_for_viewer shows GCN'd data (the mean and contrast GCN
// took away cannot be restored); other ranges are left as they are.
func (m Model) ToTanh(x []float32, n int) float32 {
	if m.PixelRange != GCN || n == 0 {
		return m.PixelRange.Lo()
	}
	d := len(x) / n
	for i := 0; i < n; i++ {
		row := x[i*d : (i+1)*d]
		var s float32
		for _, v := range row {
			s = max(s, float32(math.Abs(float64(v))))
		}
		if s > 0 {
			for j := range row {
				row[j] /= s
			}
		}
	}
	return -1
}
