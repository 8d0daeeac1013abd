// Package nearest finds each image's nearest neighbour (L2) in a reference
// set, for the paper's Figure 2 check that G did not memorise its training
// data.
package nearest

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/blas"

	"gogan/engine/gemm"
)

// Result is, for each query, the index of and Euclidean distance to its
// nearest reference image.
type Result struct {
	Index []int
	Dist  []float64
}

// Find computes nearest neighbours of the nq queries (nq×d) among the nr
// references (nr×d) with |q|² - 2q·r + |r|², the products by GEMM in blocks
// of references so memory stays bounded.
func Find(be gemm.Backend, q []float32, nq int, ref []float32, nr int, d int) (Result, error) {
	if nq < 1 || nr < 1 || d < 1 {
		return Result{}, fmt.Errorf("nearest: need at least one query and one reference (got %d and %d)", nq, nr)
	}
	if len(q) < nq*d || len(ref) < nr*d {
		return Result{}, fmt.Errorf("nearest: data shorter than %d×%d queries or %d×%d references", nq, d, nr, d)
	}
	qn := gemm.RowNorms(q, nq, d)
	rn := gemm.RowNorms(ref, nr, d)
	res := Result{Index: make([]int, nq), Dist: make([]float64, nq)}
	for i := range res.Dist {
		res.Dist[i] = math.Inf(1)
	}
	const block = 2048
	dots := make([]float32, nq*block)
	for r0 := 0; r0 < nr; r0 += block {
		nb := min(block, nr-r0)
		be.Sgemm(blas.NoTrans, blas.Trans, nq, nb, d, 1, q, d, ref[r0*d:], d, 0, dots, nb)
		for i := 0; i < nq; i++ {
			row := dots[i*nb : (i+1)*nb]
			for j, dot := range row {
				d2 := qn[i] - 2*float64(dot) + rn[r0+j]
				if d2 < res.Dist[i] {
					res.Dist[i], res.Index[i] = d2, r0+j
				}
			}
		}
	}
	for i, d2 := range res.Dist {
		res.Dist[i] = math.Sqrt(max(d2, 0))
	}
	return res, nil
}

// Summary is the distribution of distances.
type Summary struct {
	Mean   float64 `json:"mean"`
	Min    float64 `json:"min"`
	P5     float64 `json:"p5"`
	Median float64 `json:"median"`
	P95    float64 `json:"p95"`
	Max    float64 `json:"max"`
}

// Summarize describes a set of distances; the quantiles interpolate
// linearly between order statistics, as numpy.percentile does.
func Summarize(d []float64) Summary {
	if len(d) == 0 {
		return Summary{}
	}
	s := append([]float64(nil), d...)
	sort.Float64s(s)
	var sum float64
	for _, v := range s {
		sum += v
	}
	// numpy.percentile's default (linear) rule: the median of an even
	// count is the mean of the two middle values.
	q := func(p float64) float64 {
		h := p * float64(len(s)-1)
		lo := int(h)
		if lo+1 >= len(s) {
			return s[lo]
		}
		return s[lo] + (h-float64(lo))*(s[lo+1]-s[lo])
	}
	return Summary{Mean: sum / float64(len(s)), Min: s[0], P5: q(0.05), Median: q(0.5), P95: q(0.95), Max: s[len(s)-1]}
}
