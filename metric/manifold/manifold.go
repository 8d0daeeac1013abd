// Package manifold measures precision and recall of generated images as
// Kynkäänniemi et al. (2019, "Improved Precision and Recall Metric for
// Assessing Generative Models") define them: each set of feature vectors
// spans a manifold, the union of balls around its points reaching each
// point's k-th nearest neighbour in the same set; precision is the share
// of generated points inside the real manifold (are samples realistic?),
// recall the share of real points inside the generated one (is the data's
// variety covered?).
package manifold

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/blas"

	"gogan/engine/gemm"
)

// DefaultK is the paper's neighbourhood size.
const DefaultK = 3

// Result is precision and recall with the counts they came from.
type Result struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	K         int     `json:"k"`
	Real      int     `json:"real"` // real feature vectors
	Fake      int     `json:"fake"` // generated feature vectors
}

// PrecisionRecall computes both measures for nr real and nf generated
// feature vectors of d values each (row-major), with neighbourhoods of k.
// A point is inside a ball when its distance is at most the radius (the
// paper's code, <=); a point's own zero distance does not count among its
// neighbours. Distances are |a|² - 2a·b + |b|², the products by GEMM.
func PrecisionRecall(be gemm.Backend, real []float32, nr int, fake []float32, nf, d, k int) (Result, error) {
	if k < 1 || nr <= k || nf <= k || d < 1 {
		return Result{}, fmt.Errorf("manifold: %d real and %d generated vectors with k = %d: each set needs more than k vectors", nr, nf, k)
	}
	if len(real) != nr*d || len(fake) != nf*d {
		return Result{}, fmt.Errorf("manifold: %d real and %d generated values, want %d×%d and %d×%d", len(real), len(fake), nr, d, nf, d)
	}
	for _, v := range [][]float32{real, fake} {
		for _, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return Result{}, fmt.Errorf("manifold: a feature is %v", x)
			}
		}
	}
	rr := radii(be, real, nr, d, k)
	fr := radii(be, fake, nf, d, k)
	return Result{
		Precision: inside(be, fake, nf, real, nr, rr, d),
		Recall:    inside(be, real, nr, fake, nf, fr, d),
		K:         k, Real: nr, Fake: nf,
	}, nil
}

// block is the rows of a distance matrix computed at once.
const block = 512

// dist2 calls f with each block of squared distances between rows
// q0..q0+nq-1 of a and all n rows of b: f(i, row) for query i.
func dist2(be gemm.Backend, a []float32, na int, b []float32, nb, d int, f func(i int, d2 []float64)) {
	an := gemm.RowNorms(a, na, d)
	bn := gemm.RowNorms(b, nb, d)
	dots := make([]float32, block*nb)
	d2 := make([]float64, nb)
	for q0 := 0; q0 < na; q0 += block {
		nq := min(block, na-q0)
		be.Sgemm(blas.NoTrans, blas.Trans, nq, nb, d, 1, a[q0*d:], d, b, d, 0, dots, nb)
		for i := range nq {
			for j, dot := range dots[i*nb : (i+1)*nb] {
				d2[j] = max(an[q0+i]-2*float64(dot)+bn[j], 0)
			}
			f(q0+i, d2)
		}
	}
}

// radii returns each point's squared distance to its k-th nearest
// neighbour in the same set: the (k+1)-th smallest, its own being first.
func radii(be gemm.Backend, x []float32, n, d, k int) []float64 {
	r := make([]float64, n)
	dist2(be, x, n, x, n, d, func(i int, d2 []float64) {
		d2[i] = -1 // itself, whatever rounding made of its zero
		r[i] = kth(d2, k+1)
	})
	return r
}

// kth is the k-th smallest value of v (from 1), reordering v.
func kth(v []float64, k int) float64 {
	// A partial selection: keep the k smallest seen in a sorted window.
	w := make([]float64, 0, k)
	for _, x := range v {
		if len(w) == k && x >= w[k-1] {
			continue
		}
		at, _ := slices.BinarySearch(w, x)
		if len(w) < k {
			w = append(w, 0)
		}
		copy(w[at+1:], w[at:len(w)-1])
		w[at] = x
	}
	return w[k-1]
}

// inside is the share of the nq points of q within some ball of the set
// m (centres m, squared radii r).
func inside(be gemm.Backend, q []float32, nq int, m []float32, nm int, r []float64, d int) float64 {
	in := 0
	dist2(be, q, nq, m, nm, d, func(i int, d2 []float64) {
		for j, v := range d2 {
			if v <= r[j] {
				in++
				return
			}
		}
	})
	return float64(in) / float64(nq)
}
