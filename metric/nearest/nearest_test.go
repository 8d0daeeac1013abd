package nearest

import (
	"math"
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"
)

func TestFindAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const nq, nr, d = 7, 5000, 13 // more references than one GEMM block
	q := make([]float32, nq*d)
	ref := make([]float32, nr*d)
	for i := range q {
		q[i] = float32(rng.Float64())
	}
	for i := range ref {
		ref[i] = float32(rng.Float64())
	}
	copy(ref[3000*d:], q[2*d:3*d]) // an exact copy: distance 0
	for _, be := range gemm.Available() {
		res, err := Find(be, q, nq, ref, nr, d)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < nq; i++ {
			best, at := math.Inf(1), -1
			for j := 0; j < nr; j++ {
				var s float64
				for k := 0; k < d; k++ {
					x := float64(q[i*d+k] - ref[j*d+k])
					s += x * x
				}
				if s < best {
					best, at = s, j
				}
			}
			if res.Index[i] != at || math.Abs(res.Dist[i]-math.Sqrt(best)) > 1e-3 {
				t.Errorf("query %d: got %d at %.5f, want %d at %.5f", i, res.Index[i], res.Dist[i], at, math.Sqrt(best))
			}
		}
		if res.Index[2] != 3000 || res.Dist[2] > 1e-3 {
			t.Errorf("the copied image is not its own nearest neighbour: %d at %v", res.Index[2], res.Dist[2])
		}
	}
	if _, err := Find(gemm.Go{}, q, nq, ref, 0, d); err == nil {
		t.Error("an empty reference set must be an error")
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize([]float64{5, 1, 3, 2, 4})
	if s.Mean != 3 || s.Min != 1 || s.Median != 3 {
		t.Fatalf("%+v", s)
	}
}
