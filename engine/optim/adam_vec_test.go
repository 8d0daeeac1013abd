package optim

import (
	"math"
	"testing"
)

// vecULPs is the distance between two finite float32s in units in the last
// place; NaN or Inf anywhere reads as a huge distance, so it cannot pass.
func vecULPs(a, b float32) int64 {
	if math.IsNaN(float64(a)) || math.IsNaN(float64(b)) || math.IsInf(float64(a), 0) || math.IsInf(float64(b), 0) {
		return math.MaxInt64
	}
	key := func(x float32) int64 {
		u := int64(math.Float32bits(x))
		if u&(1<<31) != 0 {
			return -(u &^ (1 << 31))
		}
		return u
	}
	d := key(a) - key(b)
	if d < 0 {
		d = -d
	}
	return d
}

// TestAdamVectorMatchesScalar runs adamUpdate with the AVX kernel and with
// the scalar loop alone over the same state, at lengths around the kernel's
// 8-wide steps, for several steps (so moments build up), gradients spanning
// magnitudes from 1e-8 to 1e3, zeros and negative zeros. The kernel keeps the
// scalar loop's operation order, and square root and division are exact in
// both, so they agree bit for bit; 1 ulp is allowed only because Go fuses
// x·y+z into FMA when built with GOAMD64=v3.
func TestAdamVectorMatchesScalar(t *testing.T) {
	if !useAVX {
		t.Skip("no AVX on this CPU: adamUpdate runs the scalar loop only")
	}
	for _, n := range []int{1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4099} {
		state := func() (w, g, m, v []float32) {
			w, g, m, v = make([]float32, n), make([]float32, n), make([]float32, n), make([]float32, n)
			for i := range w {
				w[i] = float32(math.Sin(float64(i) * 0.37))
			}
			return
		}
		wa, ga, ma, va := state()
		ws, gs, ms, vs := state()
		for step := 1; step <= 4; step++ {
			for i := range ga {
				mag := math.Pow(10, float64((i+step)%12)-8)
				x := float32(mag * math.Cos(float64(i*step)*0.71))
				if (i+step)%13 == 0 {
					x = 0
				}
				if (i+step)%17 == 0 {
					x = float32(math.Copysign(0, -1))
				}
				ga[i], gs[i] = x, x
			}
			bc1, bc2 := 1-math.Pow(0.5, float64(step)), 1-math.Pow(0.999, float64(step))
			args := func() (float32, float32, float32, float32, float32, float32, float32) {
				return 0.5, 0.999, float32(1 - 0.5), float32(1 - 0.999), float32(2e-4 / bc1), float32(math.Sqrt(bc2)), 1e-8
			}
			b1, b2, c1, c2, ss, bs, eps := args()
			adamUpdate(wa, ga, ma, va, b1, b2, c1, c2, ss, bs, eps)
			useAVX = false
			adamUpdate(ws, gs, ms, vs, b1, b2, c1, c2, ss, bs, eps)
			useAVX = true
			for i := range wa {
				for _, p := range [][2]float32{{wa[i], ws[i]}, {ma[i], ms[i]}, {va[i], vs[i]}} {
					if d := vecULPs(p[0], p[1]); d > 1 {
						t.Fatalf("n=%d step %d element %d: AVX %v, scalar %v (%d ulps)", n, step, i, p[0], p[1], d)
					}
				}
			}
		}
	}
}
