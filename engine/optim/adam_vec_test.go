package optim

import (
	"math"
	"testing"

	"gogan/internal/kat"
)

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
					// ULPDist fails NaN; Inf must fail too, as in any other value.
					if d := kat.ULPDist(p[0], p[1]); d > 1 || math.IsInf(float64(p[0]), 0) {
						t.Fatalf("n=%d step %d element %d: AVX %v, scalar %v (%d ulps)", n, step, i, p[0], p[1], d)
					}
				}
			}
		}
	}
}
