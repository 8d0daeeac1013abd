package nn

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRows checks addRows and copyRows, vector loops and scalar, bit for
// bit against a plain loop, and that nothing outside the block is written.
func TestRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	vec := rowsAVX512
	defer func() { rowsAVX512 = vec }()
	for _, v := range []bool{false, vec} {
		rowsAVX512 = v
		for cols := 1; cols <= 40; cols++ {
			for _, rows := range []int{1, 2, 5} {
				lds, ldd := cols+rng.IntN(5), cols+rng.IntN(5)
				src := randVec(rng, (rows-1)*lds+cols, 1)
				src[rng.IntN(len(src))] = float32(math.NaN())
				dst := randVec(rng, (rows-1)*ldd+cols+3, 1)
				// A block ending at the slice's end: the tail's mask must
				// keep the reads inside.
				dst = dst[:(rows-1)*ldd+cols]
				for _, add := range []bool{false, true} {
					want, got := slices.Clone(dst), slices.Clone(dst)
					for r := range rows {
						for c := range cols {
							if add {
								want[r*ldd+c] += src[r*lds+c]
							} else {
								want[r*ldd+c] = src[r*lds+c]
							}
						}
					}
					if add {
						addRows(got, ldd, src, lds, rows, cols)
					} else {
						copyRows(got, ldd, src, lds, rows, cols)
					}
					for i := range want {
						if math.Float32bits(want[i]) != math.Float32bits(got[i]) {
							t.Fatalf("vector %v, add %v, %d×%d (ld %d, %d): element %d is %v, want %v", v, add, rows, cols, lds, ldd, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
}
