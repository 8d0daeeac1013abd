// Package parzen estimates a generator's log-likelihood with the Gaussian
// Parzen window of Goodfellow et al. (2014), Table 1, as the paper's
// parzen_ll.py does it: the model's samples are the kernel centres, sigma is
// chosen from logspace(-1, 0, 10) on validation images, and the score is the
// mean log-likelihood of the test images with its standard error.
//
// Every image is a row of d float32 pixels in [0, 1] (not the [-1, 1] the GAN
// trains on: the paper's numbers are for [0, 1]).
//
// The squared distances |x - mu|² = |x|² - 2x·mu + |mu|² come from one GEMM
// per block of rows, so scoring 10,000 test images against 10,000 centres is
// a 10,000×10,000×784 matrix product; the norms and the log-sum-exp are in
// float64.
package parzen

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"time"

	"gonum.org/v1/gonum/blas"

	"gogan/engine/gemm"
)

// blockFloats bounds the float32 scratch of x·muᵀ: 10,000,000 values
// (40 MB), i.e. 1,000 rows against 10,000 centres. Tests lower it to
// exercise several blocks.
var blockFloats = 10_000_000

// Sigmas returns the paper's candidate widths, numpy.logspace(-1, 0, 10):
// 10^(-1 + i/9) for i = 0..9, from 0.1 to 1.
func Sigmas() []float64 {
	const num = 10
	s := make([]float64, num)
	step := 1.0 / (num - 1)
	for i := range s {
		// As numpy's linspace: start + i*step, the last one exactly stop.
		e := -1 + float64(i)*step
		if i == num-1 {
			e = 0
		}
		s[i] = math.Pow(10, e)
	}
	return s
}

// LogLikelihood returns, for each of the nx rows of x (nx×d), the log density
// of the mixture of nc isotropic Gaussians of width sigma centred on the rows
// of centres (nc×d):
//
//	log p(x) = logmeanexp_i(-|x - mu_i|² / (2σ²)) - d·log(σ·sqrt(2π)).
//
// It returns an error if a set is empty, a length disagrees with its row
// count and d, or sigma is not a positive finite number.
func LogLikelihood(be gemm.Backend, centres []float32, nc int, x []float32, nx int, d int, sigma float64) ([]float64, error) {
	ll, err := logLikelihoods(be, centres, nc, x, nx, d, []float64{sigma}, "x")
	if err != nil {
		return nil, err
	}
	return ll[0], nil
}

// SelectSigma scores the nv validation rows (nv×d) under each width in sigmas
// and returns the width with the highest mean log-likelihood (the first on a
// tie) and the mean for every width, in the order of sigmas. The distances
// are computed once for all widths.
func SelectSigma(be gemm.Backend, centres []float32, nc int, valid []float32, nv int, d int, sigmas []float64) (best float64, perSigma []float64, err error) {
	if len(sigmas) == 0 {
		return 0, nil, errors.New("parzen: no sigma to choose from")
	}
	ll, err := logLikelihoods(be, centres, nc, valid, nv, d, sigmas, "validation set")
	if err != nil {
		return 0, nil, err
	}
	perSigma = make([]float64, len(sigmas))
	bi := 0
	for s := range sigmas {
		perSigma[s], _ = meanStdErr(ll[s])
		if perSigma[s] > perSigma[bi] {
			bi = s
		}
	}
	return sigmas[bi], perSigma, nil
}

// Result is the outcome of Evaluate.
type Result struct {
	Sigma    float64   `json:"sigma"`     // the width chosen on the validation set
	Mean     float64   `json:"mean"`      // mean test log-likelihood, in nats
	StdErr   float64   `json:"std_err"`   // std/sqrt(n), the std with ddof=0 as numpy's default
	PerSigma []float64 `json:"per_sigma"` // mean validation log-likelihood for each of Sigmas()
	Seconds  float64   `json:"seconds"`   // wall time of the whole evaluation
}

func (r Result) String() string {
	return fmt.Sprintf("%.1f ± %.1f (sigma %.4f)", r.Mean, r.StdErr, r.Sigma)
}

// Evaluate is the paper's protocol: choose sigma from Sigmas() on the nv
// validation rows, then score the nt test rows with it. centres (nc×d) are
// the model's samples, valid (nv×d) and test (nt×d) real images, all in
// [0, 1]. The paper uses 10,000 samples, train[50000:51000] and the 10,000
// MNIST test images.
func Evaluate(be gemm.Backend, centres []float32, nc int, valid []float32, nv int, test []float32, nt int, d int) (Result, error) {
	start := time.Now()
	sigma, per, err := SelectSigma(be, centres, nc, valid, nv, d, Sigmas())
	if err != nil {
		return Result{}, err
	}
	ll, err := logLikelihoods(be, centres, nc, test, nt, d, []float64{sigma}, "test set")
	if err != nil {
		return Result{}, err
	}
	mean, se := meanStdErr(ll[0])
	return Result{Sigma: sigma, Mean: mean, StdErr: se, PerSigma: per, Seconds: time.Since(start).Seconds()}, nil
}

// meanStdErr returns the mean of v and std(v)/sqrt(len(v)), std with ddof=0.
func meanStdErr(v []float64) (mean, stderr float64) {
	n := float64(len(v))
	for _, x := range v {
		mean += x
	}
	mean /= n
	var ss float64
	for _, x := range v {
		ss += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(ss/n) / math.Sqrt(n)
}

func checkArgs(centres []float32, nc int, x []float32, nx int, d int, sigmas []float64, what string) error {
	switch {
	case d < 1:
		return fmt.Errorf("parzen: dimension %d, want at least 1", d)
	case nc < 1:
		return fmt.Errorf("parzen: %d centres, want at least 1", nc)
	case nx < 1:
		return fmt.Errorf("parzen: %s is empty", what)
	case len(centres) != nc*d:
		return fmt.Errorf("parzen: centres have %d values, want %d×%d", len(centres), nc, d)
	case len(x) != nx*d:
		return fmt.Errorf("parzen: %s has %d values, want %d×%d", what, len(x), nx, d)
	}
	for _, s := range sigmas {
		if !(s > 0) || math.IsInf(s, 0) {
			return fmt.Errorf("parzen: sigma %v, want a positive finite width", s)
		}
	}
	return nil
}

// logLikelihoods returns ll[s][i], the log-likelihood of row i of x under
// width sigmas[s]. Rows are scored in blocks that bound the GEMM scratch to
// blockFloats; within a block, workers take disjoint row ranges and each row
// is summed in a fixed order, so the result does not depend on the number of
// workers.
func logLikelihoods(be gemm.Backend, centres []float32, nc int, x []float32, nx int, d int, sigmas []float64, what string) ([][]float64, error) {
	if be == nil {
		return nil, errors.New("parzen: no GEMM backend")
	}
	if err := checkArgs(centres, nc, x, nx, d, sigmas, what); err != nil {
		return nil, err
	}
	cn := gemm.RowNorms(centres, nc, d)
	xn := gemm.RowNorms(x, nx, d)
	// Per width: -1/(2σ²) scales the distance, and the constant is
	// -log(nc) (the mean) - d·log(σ·sqrt(2π)).
	scale := make([]float64, len(sigmas))
	konst := make([]float64, len(sigmas))
	for s, sg := range sigmas {
		scale[s] = -1 / (2 * sg * sg)
		konst[s] = -math.Log(float64(nc)) - float64(d)*math.Log(sg*math.Sqrt(2*math.Pi))
	}
	ll := make([][]float64, len(sigmas))
	for s := range ll {
		ll[s] = make([]float64, nx)
	}

	rows := min(nx, max(1, blockFloats/nc))
	dot := make([]float32, rows*nc)
	workers := min(runtime.GOMAXPROCS(0), rows)
	dist := make([][]float64, workers)
	for w := range dist {
		dist[w] = make([]float64, nc)
	}
	for r0 := 0; r0 < nx; r0 += rows {
		r1 := min(r0+rows, nx)
		m := r1 - r0
		be.Sgemm(blas.NoTrans, blas.Trans, m, nc, d, 1, x[r0*d:r1*d], d, centres, d, 0, dot[:m*nc], nc)
		var wg sync.WaitGroup
		per := (m + workers - 1) / workers
		for w := 0; w < workers; w++ {
			lo, hi := w*per, min((w+1)*per, m)
			if lo >= hi {
				break
			}
			wg.Go(func() {
				buf := dist[w]
				for i := lo; i < hi; i++ {
					row := dot[i*nc : (i+1)*nc]
					x2 := xn[r0+i]
					dmin := math.Inf(1)
					for j, v := range row {
						// Rounding can make a tiny distance negative.
						dd := max(x2-2*float64(v)+cn[j], 0)
						buf[j] = dd
						dmin = min(dmin, dd)
					}
					for s := range sigmas {
						// The largest exponent is scale·dmin; shift by it.
						top := scale[s] * dmin
						var sum float64
						for _, dd := range buf {
							sum += math.Exp(scale[s]*dd - top)
						}
						ll[s][r0+i] = top + math.Log(sum) + konst[s]
					}
				}
			})
		}
		wg.Wait()
	}
	return ll, nil
}
