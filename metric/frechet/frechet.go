// Package frechet holds the Fréchet distance between two Gaussians fitted to
// feature sets, the distance behind every FID gogan reports (its judges'
// and Inception's), and the feature statistics it is computed from.
package frechet

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Stats returns the mean (d) and the covariance (d×d, unbiased: divided by
// n-1 as numpy.cov) of n feature rows (n×d, row-major), accumulated in
// float64. It panics if n < 2, d < 1 or len(features) != n·d.
func Stats(features []float32, n, d int) (mu []float64, cov *mat.SymDense) {
	if n < 2 || d < 1 || len(features) != n*d {
		panic(fmt.Sprintf("frechet: Stats: %d values for %d rows of %d features (want at least 2 rows)", len(features), n, d))
	}
	mu = make([]float64, d)
	for i := 0; i < n; i++ {
		for j, v := range features[i*d : (i+1)*d] {
			mu[j] += float64(v)
		}
	}
	for j := range mu {
		mu[j] /= float64(n)
	}
	centred := mat.NewDense(n, d, nil)
	for i := 0; i < n; i++ {
		row := centred.RawRowView(i)
		for j, v := range features[i*d : (i+1)*d] {
			row[j] = float64(v) - mu[j]
		}
	}
	cov = mat.NewSymDense(d, nil)
	cov.SymOuterK(1/float64(n-1), centred.T())
	return mu, cov
}

// RowMajor returns c's d×d entries row by row, both triangles: the layout
// of the covariances that stats files store (pytorch-fid's sigma, the
// judges' reference statistics).
func RowMajor(c *mat.SymDense) []float64 {
	d := c.SymmetricDim()
	out := make([]float64, d*d)
	for i := range d {
		for j := range d {
			out[i*d+j] = c.At(i, j)
		}
	}
	return out
}

// Distance returns the Fréchet distance between the Gaussians N(mu1, cov1)
// and N(mu2, cov2):
//
//	|mu1 - mu2|² + Tr(C1 + C2 - 2·(C1^½·C2·C1^½)^½).
//
// Both square roots come from symmetric eigendecompositions, with eigenvalues
// that rounding made slightly negative clamped to 0, so singular covariances
// (dead ReLU features) are fine. C1^½·C2·C1^½ is symmetric and has the
// eigenvalues of C1·C2, whose square roots the usual scipy sqrtm computes
// through a non-symmetric Schur form. The result can be a rounding error
// below 0 for identical inputs. It returns an error if the sizes disagree, a
// value is not finite or an eigendecomposition fails.
func Distance(mu1 []float64, cov1 mat.Symmetric, mu2 []float64, cov2 mat.Symmetric) (float64, error) {
	d := len(mu1)
	switch {
	case d == 0:
		return 0, errors.New("frechet: empty mean")
	case len(mu2) != d:
		return 0, fmt.Errorf("frechet: means of %d and %d features", d, len(mu2))
	case cov1.SymmetricDim() != d || cov2.SymmetricDim() != d:
		return 0, fmt.Errorf("frechet: covariances of %d and %d features for means of %d", cov1.SymmetricDim(), cov2.SymmetricDim(), d)
	}
	var diff2, trace float64
	for i := range mu1 {
		diff2 += (mu1[i] - mu2[i]) * (mu1[i] - mu2[i])
		trace += cov1.At(i, i) + cov2.At(i, i)
	}
	if math.IsNaN(diff2+trace) || math.IsInf(diff2+trace, 0) {
		return 0, errors.New("frechet: a mean or variance is not finite")
	}
	for _, c := range []mat.Symmetric{cov1, cov2} {
		for i := 0; i < d; i++ {
			for j := i; j < d; j++ {
				if v := c.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
					return 0, fmt.Errorf("frechet: covariance element (%d,%d) is %v", i, j, v)
				}
			}
		}
	}
	root1, err := sqrtSym(cov1)
	if err != nil {
		return 0, err
	}
	var t, m mat.Dense
	t.Mul(root1, cov2)
	m.Mul(&t, root1)
	trRoot, err := TraceRoot(&m)
	if err != nil {
		return 0, err
	}
	return diff2 + trace - 2*trRoot, nil
}

// TraceRoot is tr √M for a square M that is symmetric up to rounding
// (C1^½·C2·C1^½, or a low-rank form with the same nonzero eigenvalues): the
// sum of the square roots of its symmetric part's eigenvalues, those that
// rounding made slightly negative taken as 0.
func TraceRoot(m mat.Matrix) (float64, error) {
	d, c := m.Dims()
	if d != c {
		return 0, fmt.Errorf("frechet: trace root of a %d×%d matrix", d, c)
	}
	// Symmetrise away the rounding before the decomposition.
	sym := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			sym.SetSym(i, j, (m.At(i, j)+m.At(j, i))/2)
		}
	}
	var es mat.EigenSym
	if !es.Factorize(sym, false) {
		return 0, fmt.Errorf("frechet: eigendecomposition of a %d×%d product of covariances failed", d, d)
	}
	var tr float64
	for _, l := range es.Values(nil) {
		tr += math.Sqrt(max(l, 0))
	}
	return tr, nil
}

// sqrtSym returns the symmetric square root V·diag(√max(λ,0))·Vᵀ of c.
func sqrtSym(c mat.Symmetric) (*mat.Dense, error) {
	var es mat.EigenSym
	if !es.Factorize(c, true) {
		return nil, errors.New("frechet: eigendecomposition of a covariance failed")
	}
	vals := es.Values(nil)
	var v mat.Dense
	es.VectorsTo(&v)
	d := len(vals)
	scaled := mat.DenseCopyOf(&v)
	for j, l := range vals {
		s := math.Sqrt(max(l, 0))
		for i := 0; i < d; i++ {
			scaled.Set(i, j, scaled.At(i, j)*s)
		}
	}
	root := mat.NewDense(d, d, nil)
	root.Mul(scaled, v.T())
	return root, nil
}
