package recipe

import (
	"testing"

	"gogan/data/dataset"
	"gogan/internal/kat"
)

// Pixels of a GCN model are each image's bytes, less their mean, scaled to
// L2 norm GCNScale; of a unit model the bytes over 255.
func TestPixels(t *testing.T) {
	s := &dataset.Set{N: 2, C: 1, H: 1, W: 4, Pix: []uint8{0, 0, 255, 255, 7, 7, 7, 7}, Name: "x"}
	p, _ := Preset("paper-cifar10-fc")
	x := make([]float32, 8)
	p.Model.Pixels(s, x, []int{0, 1})
	// Image 0: mean 127.5, deviations ±127.5, norm 255: ±127.5·55/255.
	a := float32(127.5 * 55 / 255.0)
	kat.Slice(t, "gcn pixels", x, []float32{-a, -a, a, a, 0, 0, 0, 0}, 1e-6, 0)
	u, _ := Preset("paper")
	u.Model.Pixels(s, x, []int{1, 0})
	kat.Slice(t, "unit pixels", x, []float32{7 / 255.0, 7 / 255.0, 7 / 255.0, 7 / 255.0, 0, 0, 1, 1}, 1e-7, 0)
}

func TestGridRangeAndToTanh(t *testing.T) {
	p, _ := Preset("paper-cifar10-fc")
	x := []float32{1, -4, 2, 0.5, 0, 0}
	if r := p.Model.GridRange(x); r[0] != -4 || r[1] != 4 {
		t.Errorf("GCN GridRange = %v, want ±4 (the largest magnitude)", *r)
	}
	if r := p.Model.GridRange(make([]float32, 3)); r[0] != -1 || r[1] != 1 {
		t.Errorf("GCN GridRange of zeros = %v, want ±1", *r)
	}
	if lo := p.Model.ToTanh(x, 3); lo != -1 {
		t.Errorf("ToTanh's range starts at %v, want -1", lo)
	}
	kat.Slice(t, "ToTanh", x, []float32{0.25, -1, 1, 0.25, 0, 0}, 0, 0)
	u, _ := Preset("paper")
	y := []float32{0.2, 0.9}
	if r := u.Model.GridRange(y); r[0] != 0 || r[1] != 1 {
		t.Errorf("unit GridRange = %v, want [0 1]", *r)
	}
	if lo := u.Model.ToTanh(y, 1); lo != 0 || y[0] != float32(0.2) || y[1] != float32(0.9) {
		t.Errorf("ToTanh of a unit model changed %v or gave lo %v", y, lo)
	}
}
