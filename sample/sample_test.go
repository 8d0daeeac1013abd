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
			if first != a[i] || last != b[i] || math.Abs(float64(mid-(a[i]+b[i])/2)) > 1e-6 {
				t.Fatalf("row %d dim %d: %v %v %v, ends %v %v", r, i, first, mid, last, a[i], b[i])
			}
		}
	}
}
