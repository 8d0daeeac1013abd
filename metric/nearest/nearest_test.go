package nearest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"
	"gogan/internal/kat"
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
			if res.Index[i] != at {
				t.Errorf("query %d: nearest %d, want %d", i, res.Index[i], at)
			}
			kat.Scalar(t, fmt.Sprintf("query %d: distance", i), res.Dist[i], math.Sqrt(best), 0, 1e-3)
		}
		if res.Index[2] != 3000 || !(res.Dist[2] <= 1e-3) {
			t.Errorf("the copied image is not its own nearest neighbour: %d at %v", res.Index[2], res.Dist[2])
		}
	}
	if _, err := Find(gemm.Go{}, q, nq, ref, 0, d); err == nil {
		t.Error("an empty reference set must be an error")
	}
}

// TestSummarize checks against numpy: np.mean, np.min, np.percentile(d,
// [5, 50, 95]) (linear interpolation) and np.max, on odd and even lengths
// and one value; an even count's median is the mean of the middle two.
func TestSummarize(t *testing.T) {
	for _, c := range []struct {
		d    []float64
		want Summary
	}{
		{[]float64{5, 1, 3, 2, 4}, Summary{Mean: 3, Min: 1, P5: 1.2, Median: 3, P95: 4.8, Max: 5}},
		{[]float64{4, 1, 3, 2}, Summary{Mean: 2.5, Min: 1, P5: 1.15, Median: 2.5, P95: 3.85, Max: 4}},
		{[]float64{0.5, 0.25}, Summary{Mean: 0.375, Min: 0.25, P5: 0.2625, Median: 0.375, P95: 0.4875, Max: 0.5}},
		{[]float64{7}, Summary{Mean: 7, Min: 7, P5: 7, Median: 7, P95: 7, Max: 7}},
		{nil, Summary{}},
	} {
		s := Summarize(c.d)
		got := []float64{s.Mean, s.Min, s.P5, s.Median, s.P95, s.Max}
		want := []float64{c.want.Mean, c.want.Min, c.want.P5, c.want.Median, c.want.P95, c.want.Max}
		kat.Slice(t, fmt.Sprintf("Summarize(%v) [mean min p5 median p95 max]", c.d), got, want, 1e-12, 0)
	}
	d := []float64{3, 1, 2}
	Summarize(d)
	if d[0] != 3 || d[1] != 1 {
		t.Errorf("Summarize sorted its argument: %v", d)
	}
}
