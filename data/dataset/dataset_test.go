package dataset

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// tiny returns 3 images of 1x2x2 whose bytes count up from 0, labelled 7, 8, 9.
func tiny() *Set {
	return &Set{N: 3, C: 1, H: 2, W: 2, Pix: []uint8{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
		Labels: []uint8{7, 8, 9}, Name: "tiny"}
}

func TestSetShape(t *testing.T) {
	s := tiny()
	if s.Len() != 3 || s.Dim() != 4 {
		t.Fatalf("Len, Dim = %d, %d; want 3, 4", s.Len(), s.Dim())
	}
	if got := s.Image(2); !slices.Equal(got, []uint8{8, 9, 10, 11}) {
		t.Errorf("Image(2) = %v", got)
	}
	tests := []struct {
		from, to int
		pix      []uint8
		labels   []uint8
		name     string
	}{
		{0, 3, s.Pix, s.Labels, "tiny"},
		{1, 3, s.Pix[4:], s.Labels[1:], "tiny[1:3]"},
		{1, 2, s.Pix[4:8], s.Labels[1:2], "tiny[1:2]"},
		{3, 3, []uint8{}, []uint8{}, "tiny[3:3]"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.from, ":", tt.to), func(t *testing.T) {
			u := s.Slice(tt.from, tt.to)
			if u.N != tt.to-tt.from || u.C != 1 || u.H != 2 || u.W != 2 || u.Name != tt.name ||
				!slices.Equal(u.Pix, tt.pix) || !slices.Equal(u.Labels, tt.labels) {
				t.Errorf("Slice = %+v", u)
			}
		})
	}
	// Slices share memory with the original but cannot append into it.
	u := s.Slice(1, 2)
	u.Pix[0] = 99
	if s.Pix[4] != 99 {
		t.Error("Slice copied the pixels")
	}
	if cap(u.Pix) != 4 || cap(u.Labels) != 1 {
		t.Errorf("Slice caps %d, %d; want 4, 1", cap(u.Pix), cap(u.Labels))
	}
	noLabels := tiny()
	noLabels.Labels = nil
	if noLabels.Slice(0, 1).Labels != nil {
		t.Error("Slice of an unlabelled set has labels")
	}
}

func TestSetPanics(t *testing.T) {
	tests := []struct {
		name string
		f    func(s *Set)
		want string
	}{
		{"slice negative", func(s *Set) { s.Slice(-1, 2) }, "slice [-1:2] out of range for 3 images"},
		{"slice reversed", func(s *Set) { s.Slice(2, 1) }, "slice [2:1]"},
		{"slice past end", func(s *Set) { s.Slice(0, 4) }, "slice [0:4]"},
		{"image past end", func(s *Set) { s.Image(3) }, "image 3 out of range [0, 3)"},
		{"float short dst", func(s *Set) { s.Float(make([]float32, 7), []int{0, 1}, -1, 1) }, "dst has 7 values, want 2 images x 4"},
		{"float bad index", func(s *Set) { s.Float(make([]float32, 4), []int{-1}, -1, 1) }, "image -1 out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				if msg, _ := r.(string); !strings.Contains(msg, tt.want) {
					t.Errorf("panic %v, want one containing %q", r, tt.want)
				}
			}()
			tt.f(tiny())
		})
	}
}

func TestFloat(t *testing.T) {
	s := tiny()
	tests := []struct {
		name   string
		idx    []int
		lo, hi float32
		want   []float32
	}{
		{"[-1,1]", []int{0}, -1, 1, []float32{-1, -0.99215686, -0.9843137, -0.9764706}},
		{"[0,1] in order given", []int{2, 0}, 0, 1, []float32{8. / 255, 9. / 255, 10. / 255, 11. / 255, 0, 1. / 255, 2. / 255, 3. / 255}},
		{"repeated", []int{1, 1}, 0, 255, []float32{4, 5, 6, 7, 4, 5, 6, 7}},
		{"inverted", []int{0}, 1, 0, []float32{1, 1 - 1./255, 1 - 2./255, 1 - 3./255}},
		{"empty batch", nil, -1, 1, []float32{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := make([]float32, len(tt.want))
			s.Float(dst, tt.idx, tt.lo, tt.hi)
			if !slices.Equal(dst, tt.want) {
				t.Errorf("Float = %v, want %v", dst, tt.want)
			}
		})
	}
}

// TestFloatSeed checks every byte value against the seed's normalisation
// (ToTensor, then Normalize(0.5, 0.5)) written in float64, bit for bit.
func TestFloatSeed(t *testing.T) {
	s := &Set{N: 1, C: 1, H: 16, W: 16, Pix: make([]uint8, 256)}
	for i := range s.Pix {
		s.Pix[i] = uint8(i)
	}
	dst := make([]float32, 256)
	s.Float(dst, []int{0}, -1, 1)
	for b, got := range dst {
		if want := float32((float64(b)/255 - 0.5) / 0.5); got != want {
			t.Errorf("byte %d: got %v, want %v", b, got, want)
		}
	}
	if dst[0] != -1 || dst[255] != 1 {
		t.Errorf("ends are %v, %v; want exactly -1, 1", dst[0], dst[255])
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(s *Set)
		want string // "" for valid
	}{
		{"valid", func(s *Set) {}, ""},
		{"no labels", func(s *Set) { s.Labels = nil }, ""},
		{"no images", func(s *Set) { s.N, s.Pix, s.Labels = 0, nil, nil }, "shape 0x1x2x2 has an empty dimension"},
		{"zero width", func(s *Set) { s.W = 0 }, "empty dimension"},
		{"short pix", func(s *Set) { s.Pix = s.Pix[:11] }, "dataset: tiny: 3 images of 1x2x2 need 12 bytes, have 11"},
		{"few labels", func(s *Set) { s.Labels = s.Labels[:2] }, "3 images but 2 labels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tiny()
			tt.edit(s)
			err := s.Validate()
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("Validate = %v, want %q", err, tt.want)
			}
		})
	}
}

func ExampleSet_Float() {
	// Two 1x1x2 images; a batch of the second then the first, scaled to
	// [-1, 1] as the generator's tanh output is.
	s := &Set{N: 2, C: 1, H: 1, W: 2, Pix: []uint8{0, 255, 51, 204}}
	batch := make([]float32, 2*s.Dim())
	s.Float(batch, []int{1, 0}, -1, 1)
	fmt.Println(batch)
	// Output: [-0.6 0.6 -1 1]
}

// Head of a class-folder set takes the first images of each class in turn;
// of a set without class folders it is the plain prefix.
func TestHead(t *testing.T) {
	s := &Set{N: 9, C: 1, H: 1, W: 1, Name: "x", Pix: []uint8{10, 20, 11, 21, 12, 22, 13, 30, 31},
		Labels: []uint8{0, 1, 0, 1, 0, 1, 0, 2, 2}, Classes: []string{"a", "b", "c"}}
	for _, c := range []struct {
		n          int
		pix, label string
	}{
		{3, "[10 20 30]", "[0 1 2]"},
		{5, "[10 11 20 21 30]", "[0 0 1 1 2]"},
		// Class c has two images: its share of 3 stops there.
		{8, "[10 11 12 20 21 22 30 31]", "[0 0 0 1 1 1 2 2]"},
		{9, "[10 20 11 21 12 22 13 30 31]", "[0 1 0 1 0 1 0 2 2]"},
		{0, "[10 20 11 21 12 22 13 30 31]", "[0 1 0 1 0 1 0 2 2]"},
	} {
		h := s.Head(c.n)
		if err := h.Validate(); err != nil {
			t.Fatalf("Head(%d): %v", c.n, err)
		}
		if got := fmt.Sprint(h.Pix); got != c.pix {
			t.Errorf("Head(%d) pixels %s, want %s", c.n, got, c.pix)
		}
		if got := fmt.Sprint(h.Labels); got != c.label {
			t.Errorf("Head(%d) labels %s, want %s", c.n, got, c.label)
		}
	}
	s.Classes = nil // IDX or CIFAR batches: a global order
	if got := fmt.Sprint(s.Head(4).Pix); got != "[10 20 11 21]" {
		t.Errorf("Head(4) without class folders %s, want the first four", got)
	}
}
