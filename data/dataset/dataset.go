// Package dataset holds image datasets as bytes in memory and turns batches
// of them into float32 tensors for training.
//
// Three layouts on disk are understood: a directory of IDX files in the
// MNIST layout (MNIST, Fashion-MNIST, KMNIST, EMNIST), a folder of CIFAR-10
// or CIFAR-100 binary batches (colour, 3x32x32) and a folder of PNG/JPEG
// images (grey or colour). Load picks the right one from the folder's files.
package dataset

import "fmt"

// Set is a dataset of N images, each C channels of H x W bytes, kept as
// bytes (one quarter the memory of float32) and converted per batch.
type Set struct {
	N, C, H, W int
	// Pix holds N*C*H*W bytes: image-major, then channel, row, column
	// (NCHW, the layout of a PyTorch batch). 0 is background, 255 is ink.
	Pix []uint8
	// Labels holds one class per image, or is nil when the data has none.
	Labels []uint8
	// Classes names the classes of an image folder with one subfolder per
	// class (label i is Classes[i]); nil otherwise.
	Classes []string
	// Name says where the data came from, for logs and error messages.
	Name string
}

// Len returns the number of images, N.
func (s *Set) Len() int { return s.N }

// Dim returns the number of values in one image, C*H*W.
func (s *Set) Dim() int { return s.C * s.H * s.W }

// Image returns the Dim bytes of image i, sharing memory with s.
// It panics if i is out of range.
func (s *Set) Image(i int) []uint8 {
	if i < 0 || i >= s.N {
		panic(fmt.Sprintf("dataset: image %d out of range [0, %d)", i, s.N))
	}
	d := s.Dim()
	return s.Pix[i*d : (i+1)*d : (i+1)*d]
}

// Slice returns images [from, to) as a Set sharing memory with s, as the
// seed's train/validation split (train[:50000], train[50000:]) needs.
// It panics unless 0 <= from <= to <= N.
func (s *Set) Slice(from, to int) *Set {
	if from < 0 || from > to || to > s.N {
		panic(fmt.Sprintf("dataset: slice [%d:%d] out of range for %d images", from, to, s.N))
	}
	d := s.Dim()
	t := &Set{N: to - from, C: s.C, H: s.H, W: s.W, Name: s.Name, Classes: s.Classes,
		Pix: s.Pix[from*d : to*d : to*d]}
	if s.Labels != nil {
		t.Labels = s.Labels[from:to:to]
	}
	if from != 0 || to != s.N {
		t.Name = fmt.Sprintf("%s[%d:%d]", s.Name, from, to)
	}
	return t
}

// Head returns the first n images of s (all of them if n <= 0 or n >= N),
// what pylearn2's start: 0, stop: n takes. Where the images have a global
// order (IDX files, CIFAR binary batches: train[0:40000] is the first four
// CIFAR-10 batches) that is Slice(0, n). An image folder with one subfolder
// per class (Classes set) keeps only the order within each class, so its
// head is the first n/k images of each of the k classes in class order (the
// first n mod k classes one more), fewer where a class runs out: the first
// 4,000 of each CIFAR-10 class for train[0:40000], whose first four binary
// batches hold about, not exactly, 4,000 of each (CIFAR-10's batches are not
// balanced by class). The result shares memory with s only when it is a
// Slice.
func (s *Set) Head(n int) *Set {
	if n <= 0 || n >= s.N {
		return s
	}
	if s.Classes == nil || s.Labels == nil {
		return s.Slice(0, n)
	}
	k := len(s.Classes)
	want := make([]int, k)
	for c := range want {
		want[c] = n / k
		if c < n%k {
			want[c]++
		}
	}
	var idx []int
	for c := range k {
		for i, l := range s.Labels {
			if int(l) == c && want[c] > 0 {
				idx = append(idx, i)
				want[c]--
			}
		}
	}
	d := s.Dim()
	t := &Set{N: len(idx), C: s.C, H: s.H, W: s.W, Classes: s.Classes, Name: fmt.Sprintf("%s[first %d of each class]", s.Name, n/k),
		Pix: make([]uint8, len(idx)*d), Labels: make([]uint8, len(idx))}
	if n%k != 0 {
		t.Name = fmt.Sprintf("%s[first %d or %d of each class]", s.Name, n/k, n/k+1)
	}
	for j, i := range idx {
		copy(t.Pix[j*d:(j+1)*d], s.Image(i))
		t.Labels[j] = s.Labels[i]
	}
	return t
}

// Float writes images idx[0], idx[1], ... into dst, one after the other,
// each as Dim values in NCHW order, mapping byte b linearly so that 0 becomes
// lo and 255 becomes hi: float32(lo + (hi-lo)*b/255), computed in float64.
// With lo=-1, hi=1 this is bit for bit float32((b/255 - 0.5)/0.5), the
// seed's ToTensor+Normalize((0.5,), (0.5,)) done in float64 and rounded once.
// It panics if len(dst) != len(idx)*Dim or an index is out of range.
func (s *Set) Float(dst []float32, idx []int, lo, hi float32) {
	d := s.Dim()
	if len(dst) != len(idx)*d {
		panic(fmt.Sprintf("dataset: Float: dst has %d values, want %d images x %d", len(dst), len(idx), d))
	}
	// 256 values cover every byte, so build them once per call rather than
	// doing float64 arithmetic per pixel.
	var lut [256]float32
	for b := range lut {
		lut[b] = float32(float64(lo) + (float64(hi)-float64(lo))*float64(b)/255)
	}
	for k, i := range idx {
		src := s.Image(i)
		out := dst[k*d : (k+1)*d]
		for j, b := range src {
			out[j] = lut[b]
		}
	}
}

// Validate reports whether the fields of s agree: every dimension at least
// 1, len(Pix) == N*C*H*W and Labels nil or of length N. Loaders call it
// before returning a Set, so code holding one can trust its shape.
func (s *Set) Validate() error {
	if s.N < 1 || s.C < 1 || s.H < 1 || s.W < 1 {
		return fmt.Errorf("dataset: %s: shape %dx%dx%dx%d has an empty dimension", s.Name, s.N, s.C, s.H, s.W)
	}
	if len(s.Pix) != s.N*s.Dim() {
		return fmt.Errorf("dataset: %s: %d images of %dx%dx%d need %d bytes, have %d", s.Name, s.N, s.C, s.H, s.W, s.N*s.Dim(), len(s.Pix))
	}
	if s.Labels != nil && len(s.Labels) != s.N {
		return fmt.Errorf("dataset: %s: %d images but %d labels", s.Name, s.N, len(s.Labels))
	}
	return nil
}

// NumClasses is the number of classes the labels use: len(Classes) when the
// classes are named, else the largest label plus one; 0 without labels.
func (s *Set) NumClasses() int {
	if s.Labels == nil {
		return 0
	}
	if s.Classes != nil {
		return len(s.Classes)
	}
	n := 0
	for _, c := range s.Labels {
		n = max(n, int(c)+1)
	}
	return n
}

// CheckLabels reports, naming the data, why s cannot train a model of
// classes classes: no labels at all, or a label outside 0..classes-1.
func (s *Set) CheckLabels(classes int) error {
	if s.Labels == nil {
		return fmt.Errorf("dataset: %s has no labels, and a conditional model needs one class per image: use the embedded MNIST, an IDX directory with its *train-labels-idx1-ubyte* file, or an image folder with one subfolder per class", s.Name)
	}
	for i, c := range s.Labels {
		if int(c) >= classes {
			return fmt.Errorf("dataset: %s: image %d has label %d, but the model has %d classes (0 to %d)", s.Name, i, c, classes, classes-1)
		}
	}
	return nil
}
