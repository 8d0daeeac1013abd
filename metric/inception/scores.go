package inception

import (
	"errors"
	"fmt"
	"math"

	"gogan/metric/frechet"
)

// torch-fidelity's defaults (toshas/torch-fidelity, defaults.py).
const (
	ISSplits      = 10
	KIDSubsets    = 100
	KIDSubsetSize = 1000
	KIDDegree     = 3
	KIDCoef0      = 1
	RNGSeed       = 2020
)

// FID is pytorch-fid's Fréchet distance between the Gaussians of two sets of
// feature rows (n1×d and n2×d): means, np.cov covariances, and the trace of
// the square root of their product (metric/fid's symmetric form, which is
// scipy.linalg.sqrtm's value without its complex detour).
func FID(f1 []float32, n1 int, f2 []float32, n2, d int) (float64, error) {
	if n1 < 2 || n2 < 2 || d < 1 || len(f1) != n1*d || len(f2) != n2*d {
		return 0, fmt.Errorf("inception: FID of %d and %d rows of %d features (%d and %d values): want at least 2 rows each", n1, n2, d, len(f1), len(f2))
	}
	mu1, c1 := frechet.Stats(f1, n1, d)
	mu2, c2 := frechet.Stats(f2, n2, d)
	return frechet.Distance(mu1, c1, mu2, c2)
}

// InceptionScore is torch-fidelity's isc_features_to_metric over n rows of
// k logits: the rows shuffled by numpy's RandomState(seed).permutation(n)
// (when shuffle), softmax in float64, and for each of splits chunks
// exp(mean KL(p(y|x) ‖ p(y))); the mean and the (population) standard
// deviation over the chunks.
func InceptionScore(logits []float32, n, k, splits int, shuffle bool, seed uint32) (mean, std float64, err error) {
	if n < 1 || k < 1 || len(logits) != n*k || splits < 1 || splits > n {
		return 0, 0, fmt.Errorf("inception: Inception Score of %d values as %d rows of %d in %d splits", len(logits), n, k, splits)
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if shuffle {
		order = newNumpyRand(seed).permutation(n)
	}
	p := make([]float64, n*k)
	logp := make([]float64, n*k)
	for i, r := range order {
		row := logits[r*k : (r+1)*k]
		m := math.Inf(-1)
		for _, v := range row {
			m = math.Max(m, float64(v))
		}
		var s float64
		for _, v := range row {
			s += math.Exp(float64(v) - m)
		}
		ls := m + math.Log(s)
		for j, v := range row {
			logp[i*k+j] = float64(v) - ls
			p[i*k+j] = math.Exp(logp[i*k+j])
		}
	}
	scores := make([]float64, splits)
	for c := range splits {
		lo, hi := c*n/splits, (c+1)*n/splits
		q := make([]float64, k)
		for i := lo; i < hi; i++ {
			for j := range k {
				q[j] += p[i*k+j]
			}
		}
		for j := range q {
			q[j] = math.Log(q[j] / float64(hi-lo))
		}
		var kl float64
		for i := lo; i < hi; i++ {
			for j := range k {
				kl += p[i*k+j] * (logp[i*k+j] - q[j])
			}
		}
		scores[c] = math.Exp(kl / float64(hi-lo))
	}
	mean, std = meanStd(scores)
	return mean, std, nil
}

// KID is torch-fidelity's kid_features_to_metric: over subsets draws of
// size rows from each set (numpy's RandomState(seed).choice without
// replacement, the first set's draw then the second's), the unbiased MMD²
// with the polynomial kernel (x·y/d + 1)³; the mean and the population
// standard deviation.
func KID(f1 []float32, n1 int, f2 []float32, n2, d, subsets, size int, seed uint32) (mean, std float64, err error) {
	switch {
	case d < 1 || len(f1) != n1*d || len(f2) != n2*d:
		return 0, 0, fmt.Errorf("inception: KID of %d and %d values as rows of %d features", len(f1), len(f2), d)
	case size < 2 || n1 < size || n2 < size:
		return 0, 0, fmt.Errorf("inception: KID subsets of %d rows need at least that many in each set (%d and %d) and at least 2", size, n1, n2)
	case subsets < 1:
		return 0, 0, errors.New("inception: KID needs at least one subset")
	}
	r := newNumpyRand(seed)
	mmds := make([]float64, subsets)
	x, y := make([]float64, size*d), make([]float64, size*d)
	for s := range subsets {
		for i, row := range r.permutation(n1)[:size] {
			for j, v := range f1[row*d : (row+1)*d] {
				x[i*d+j] = float64(v)
			}
		}
		for i, row := range r.permutation(n2)[:size] {
			for j, v := range f2[row*d : (row+1)*d] {
				y[i*d+j] = float64(v)
			}
		}
		mmds[s] = mmd2(x, y, size, d)
	}
	mean, std = meanStd(mmds)
	return mean, std, nil
}

// mmd2 is the unbiased MMD² estimate of m rows each with the polynomial
// kernel of degree 3, gamma 1/d, coef0 1.
func mmd2(x, y []float64, m, d int) float64 {
	kern := func(a, b []float64) float64 {
		var s float64
		for j := range a {
			s += a[j] * b[j]
		}
		v := s/float64(d) + KIDCoef0
		return v * v * v
	}
	var xx, yy, xy float64
	for i := range m {
		xi, yi := x[i*d:(i+1)*d], y[i*d:(i+1)*d]
		for j := range m {
			xj, yj := x[j*d:(j+1)*d], y[j*d:(j+1)*d]
			if i != j {
				xx += kern(xi, xj)
				yy += kern(yi, yj)
			}
			xy += kern(xi, yj)
		}
	}
	mf := float64(m)
	return (xx+yy)/(mf*(mf-1)) - 2*xy/(mf*mf)
}

func meanStd(v []float64) (mean, std float64) {
	for _, x := range v {
		mean += x
	}
	mean /= float64(len(v))
	for _, x := range v {
		std += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(std / float64(len(v)))
}

// numpyRand is numpy's legacy RandomState: MT19937 seeded by init_genrand,
// and permutation's Fisher-Yates with masked rejection sampling, so that
// shuffles and subsets are torch-fidelity's.
type numpyRand struct {
	mt  [624]uint32
	idx int
}

func newNumpyRand(seed uint32) *numpyRand {
	r := &numpyRand{idx: 624}
	r.mt[0] = seed
	for i := 1; i < 624; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	return r
}

func (r *numpyRand) uint32() uint32 {
	if r.idx >= 624 {
		for i := range 624 {
			y := r.mt[i]&0x80000000 | r.mt[(i+1)%624]&0x7fffffff
			v := r.mt[(i+397)%624] ^ y>>1
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			r.mt[i] = v
		}
		r.idx = 0
	}
	y := r.mt[r.idx]
	r.idx++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	return y ^ y>>18
}

// interval is numpy's rk_interval: a uniform integer in [0, max].
func (r *numpyRand) interval(max uint64) uint64 {
	if max == 0 {
		return 0
	}
	mask := max
	for s := uint(1); s <= 32; s *= 2 {
		mask |= mask >> s
	}
	if max <= 0xffffffff {
		for {
			if v := uint64(r.uint32()) & mask; v <= max {
				return v
			}
		}
	}
	for {
		if v := (uint64(r.uint32())<<32 | uint64(r.uint32())) & mask; v <= max {
			return v
		}
	}
}

// permutation is RandomState.permutation(n): arange(n) shuffled from the
// end.
func (r *numpyRand) permutation(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := r.interval(uint64(i))
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// float64 is RandomState.random_sample: 53 random bits from two draws.
func (r *numpyRand) float64() float64 {
	a, b := r.uint32()>>5, r.uint32()>>6
	return (float64(a)*67108864 + float64(b)) / 9007199254740992
}
