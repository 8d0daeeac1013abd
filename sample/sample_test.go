package sample

import (
	"math"
	"testing"

	"gogan/recipe"
)

func TestLatentsInterpolateLinearly(t *testing.T) {
	cfg, _ := recipe.Preset("seed")
	g := &Generator{Model: cfg.Model}
	z := g.Interpolation(2, 5, 1)
	l := cfg.Model.LatentDim
	ends := g.Latents(4, 1)
	for r := 0; r < 2; r++ {
		a, b := ends[2*r*l:], ends[(2*r+1)*l:]
		for i := 0; i < l; i++ {
			first, mid, last := z[(r*5)*l+i], z[(r*5+2)*l+i], z[(r*5+4)*l+i]
			if first != a[i] || last != b[i] || !(math.Abs(float64(mid-(a[i]+b[i])/2)) <= 1e-6) {
				t.Fatalf("row %d dim %d: %v %v %v, ends %v %v", r, i, first, mid, last, a[i], b[i])
			}
		}
	}
}

// TestSampleMatchesSampler checks the convenience methods draw what a
// Sampler draws from the same latent vectors, and images carry G's pixels.
func TestSampleMatchesSampler(t *testing.T) {
	g, err := Open("testdata/tiny", nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := g.Sample(5, 3)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := g.NewSampler(5)
	y, err := s.Draw(g.Latents(5, 3), 5, Running)
	if err != nil {
		t.Fatal(err)
	}
	for i := range x {
		if x[i] != y[i] || !(x[i] >= -1 && x[i] <= 1) {
			t.Fatalf("value %d: Sample %v, Sampler %v", i, x[i], y[i])
		}
	}
	imgs, err := g.Images(x, 5)
	if err != nil {
		t.Fatal(err)
	}
	// Pixel (3, 14) of sample 2: (x+1)/2·255, rounded as torchvision does.
	v := x[2*784+3*28+14]
	r, _, _, _ := imgs[2].At(14, 3).RGBA()
	want := uint32(math.Min(255, math.Max(0, math.Floor(float64((v+1)/2)*255+0.5))))
	if r>>8 != want {
		t.Errorf("pixel %d, want %d from %v", r>>8, want, v)
	}
	if _, err := s.Draw(g.Latents(6, 3), 6, Running); err == nil {
		t.Error("a sampler for 5 drew 6")
	}
	if _, err := s.Draw(g.Latents(1, 3), 1, Batch); err == nil {
		t.Error("batch statistics over one sample accepted")
	}
	if _, err := Open("testdata/nope", nil); err == nil {
		t.Error("opened a missing run")
	}
}

// TestBatchDrawKeepsRunningStats: a draw with batch statistics runs G in
// training mode, which moves BatchNorm's running statistics; a sampler
// kept for later draws (the playground keeps one per generator) must draw
// the same Running pictures after it as before, and the same Batch ones
// every time.
func TestBatchDrawKeepsRunningStats(t *testing.T) {
	g, err := Open("testdata/tiny", nil)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := g.NewSampler(8)
	z := g.Latents(8, 5)
	before, _ := s.Draw(z, 8, Running)
	b1, _ := s.Draw(z, 8, Batch)
	b2, _ := s.Draw(z, 8, Batch)
	after, _ := s.Draw(z, 8, Running)
	same := func(what string, a, b []float32) {
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("%s: value %d is %v, then %v", what, i, a[i], b[i])
			}
		}
	}
	same("Running draws around two Batch draws", before, after)
	same("two Batch draws", b1, b2)
	if b1[0] == before[0] && b1[1] == before[1] {
		t.Error("Batch and Running draws agree: the test no longer exercises batch statistics")
	}
}
