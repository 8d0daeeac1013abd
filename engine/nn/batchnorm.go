package nn

import (
	"fmt"
	"math"
)

// BatchNorm1d is PyTorch's nn.BatchNorm1d over features (affine, tracking
// running statistics). In training it normalises with the biased batch
// variance and updates the running variance with the unbiased one; in eval it
// uses the running statistics.
//
// The seed's nn.BatchNorm1d(out_feat, 0.8) passes 0.8 as eps, not momentum,
// which is why Eps is a field and not a constant.
type BatchNorm1d struct {
	basic
	bnState

	xhat   []float32 // normalised input, for backward
	invstd []float64
	n      int
	train  bool
	sum    []float64 // per-feature scratch
	sum2   []float64
	vecK   []float64 // per-feature dx scale for the AVX loop (batchnorm_amd64.go)
}

// bnState is what BatchNorm1d and BatchNorm2d share: the affine parameters
// and running statistics of their features (1d) or channels (2d), with
// PyTorch's state_dict names.
type bnState struct {
	Gamma, Beta *Param
	Eps         float64
	Momentum    float64
	RunMean     []float32
	RunVar      []float32
	NumBatches  int64
	names       [3]string
	cumulative  bool // running statistics average all batches (RecomputeStats)
}

// newBNState is PyTorch's initial state of c features: gamma 1, beta 0,
// running mean 0 and running variance 1.
func newBNState(c int, eps, momentum float64) bnState {
	s := bnState{
		Gamma: newParam("weight", c), Beta: newParam("bias", c),
		Eps: eps, Momentum: momentum,
		RunMean: make([]float32, c), RunVar: make([]float32, c),
		names: [3]string{"running_mean", "running_var", "num_batches_tracked"},
	}
	for i := range c {
		s.Gamma.W[i] = 1
		s.RunVar[i] = 1
	}
	return s
}

func (s *bnState) params() []*Param { return []*Param{s.Gamma, s.Beta} }

func (s *bnState) buffers() []Buffer {
	c := len(s.RunMean)
	return []Buffer{
		{Name: s.names[0], Shape: []int{c}, F: s.RunMean},
		{Name: s.names[1], Shape: []int{c}, F: s.RunVar},
		{Name: s.names[2], Shape: []int{}, Int: &s.NumBatches},
	}
}

func (s *bnState) prefix(name string) {
	s.Gamma.Name, s.Beta.Name = name+".weight", name+".bias"
	s.names = [3]string{name + ".running_mean", name + ".running_var", name + ".num_batches_tracked"}
}

// momentum is the weight of this batch's statistics in the running ones:
// Momentum, or with PyTorch's momentum=None (RecomputeStats) the plain mean
// of every batch since the reset.
func (s *bnState) momentum() float64 {
	if s.cumulative {
		return 1 / float64(s.NumBatches+1)
	}
	return s.Momentum
}

// ResetRunningStats restores PyTorch's initial running statistics: mean 0,
// variance 1, no batches tracked.
func (s *bnState) ResetRunningStats() {
	clear(s.RunMean)
	for j := range s.RunVar {
		s.RunVar[j] = 1
	}
	s.NumBatches = 0
}

func (s *bnState) setCumulative(on bool) { s.cumulative = on }

// NewBatchNorm1d builds a BatchNorm1d with gamma 1, beta 0, running mean 0
// and running variance 1.
func NewBatchNorm1d(ctx Context, dim int, eps, momentum float64) *BatchNorm1d {
	return &BatchNorm1d{
		basic: newBasic(dim, dim, ctx.MaxBatch), bnState: newBNState(dim, eps, momentum),
		xhat: make([]float32, ctx.MaxBatch*dim), invstd: make([]float64, dim),
		sum: make([]float64, dim), sum2: make([]float64, dim),
	}
}

func (b *BatchNorm1d) Params() []*Param   { return b.params() }
func (b *BatchNorm1d) Buffers() []Buffer  { return b.buffers() }
func (b *BatchNorm1d) Prefix(name string) { b.prefix(name) }

// Forward panics in training mode on a batch of one row, where the unbiased
// variance is undefined; PyTorch raises the same error. Callers avoid it.
func (b *BatchNorm1d) Forward(x []float32, n int, train bool) []float32 {
	checkRows("BatchNorm1d", n, b.max)
	d := b.in
	b.n, b.train = n, train
	y := b.y[:n*d]
	xhat := b.xhat[:n*d]
	if !train {
		for j := 0; j < d; j++ {
			b.invstd[j] = 1 / math.Sqrt(float64(b.RunVar[j])+b.Eps)
			b.sum[j] = float64(b.RunMean[j])
		}
		for i := 0; i < n; i++ {
			r := i * d
			for j := bnNormVec(y[r:r+d], xhat[r:r+d], x[r:r+d], b.sum, b.invstd, b.Gamma.W, b.Beta.W); j < d; j++ {
				h := float32((float64(x[i*d+j]) - float64(b.RunMean[j])) * b.invstd[j])
				xhat[i*d+j] = h
				y[i*d+j] = h*b.Gamma.W[j] + b.Beta.W[j]
			}
		}
		return y
	}
	if n < 2 {
		panic(fmt.Sprintf("nn: BatchNorm1d in training needs more than 1 row per batch, got %d", n))
	}
	mean, m2 := b.sum, b.sum2
	clear(mean)
	clear(m2)
	for i := 0; i < n; i++ {
		row := x[i*d : (i+1)*d]
		for j := bnAccumVec(mean, row); j < d; j++ {
			mean[j] += float64(row[j])
		}
	}
	for j := range mean {
		mean[j] /= float64(n)
	}
	for i := 0; i < n; i++ {
		row := x[i*d : (i+1)*d]
		for j := bnAccumSqVec(m2, row, mean); j < d; j++ {
			c := float64(row[j]) - mean[j]
			m2[j] += c * c
		}
	}
	mom := b.momentum()
	for j := 0; j < d; j++ {
		b.invstd[j] = 1 / math.Sqrt(m2[j]/float64(n)+b.Eps)
		b.RunMean[j] = float32((1-mom)*float64(b.RunMean[j]) + mom*mean[j])
		b.RunVar[j] = float32((1-mom)*float64(b.RunVar[j]) + mom*m2[j]/float64(n-1))
	}
	b.NumBatches++
	for i := 0; i < n; i++ {
		r := i * d
		for j := bnNormVec(y[r:r+d], xhat[r:r+d], x[r:r+d], mean, b.invstd, b.Gamma.W, b.Beta.W); j < d; j++ {
			h := float32((float64(x[i*d+j]) - mean[j]) * b.invstd[j])
			xhat[i*d+j] = h
			y[i*d+j] = h*b.Gamma.W[j] + b.Beta.W[j]
		}
	}
	return y
}

// Backward in training mode differentiates through the batch statistics:
// dx = invstd/n · (n·ĝ - Σĝ - x̂·Σ(ĝ·x̂)) with ĝ = dy·γ. It needs the same
// n as Forward.
func (b *BatchNorm1d) Backward(dy []float32, n int, p Pass) []float32 {
	if n != b.n {
		panic(fmt.Sprintf("nn: BatchNorm1d backward on %d rows after forward on %d", n, b.n))
	}
	d := b.in
	xhat := b.xhat[:n*d]
	sdy, sdyx := b.sum, b.sum2
	clear(sdy)
	clear(sdyx)
	for i := 0; i < n; i++ {
		r := i * d
		for j := bnBackSumsVec(sdy, sdyx, dy[r:r+d], xhat[r:r+d]); j < d; j++ {
			g := float64(dy[i*d+j])
			sdy[j] += g
			sdyx[j] += g * float64(xhat[i*d+j])
		}
	}
	if p.ParamGrads {
		for j := 0; j < d; j++ {
			b.Gamma.G[j] = float32(sdyx[j])
			b.Beta.G[j] = float32(sdy[j])
		}
	}
	if !p.InputGrad {
		return nil
	}
	dx := b.dx[:n*d]
	if !b.train {
		for i := 0; i < n; i++ {
			for j := 0; j < d; j++ {
				dx[i*d+j] = float32(float64(dy[i*d+j]) * float64(b.Gamma.W[j]) * b.invstd[j])
			}
		}
		return dx
	}
	fn := float64(n)
	k := b.dxScale(fn)
	for i := 0; i < n; i++ {
		r := i * d
		for j := bnBackDxVec(dx[r:r+d], dy[r:r+d], xhat[r:r+d], k, sdy, sdyx, fn); j < d; j++ {
			g := float64(dy[i*d+j])
			k := float64(b.Gamma.W[j]) * b.invstd[j] / fn
			dx[i*d+j] = float32(k * (fn*g - sdy[j] - float64(xhat[i*d+j])*sdyx[j]))
		}
	}
	return dx
}

// runningStats is a BatchNorm layer (1d or 2d) whose running statistics
// RecomputeStats can re-estimate.
type runningStats interface {
	ResetRunningStats()
	setCumulative(on bool)
}

// RecomputeStats resets the running statistics of every BatchNorm (1d and
// 2d) in s and re-estimates them as the plain average over batches
// training-mode forward passes (PyTorch's momentum=None), each on the rows
// next returns. Weights that never produced the running statistics they
// carry (an average of G's weights) need this before eval-mode sampling.
func RecomputeStats(s *Sequential, batches int, next func() (x []float32, n int)) {
	var bns []runningStats
	for _, l := range s.Layers {
		if bn, ok := l.(runningStats); ok {
			bns = append(bns, bn)
		}
	}
	if len(bns) == 0 {
		return
	}
	for _, bn := range bns {
		bn.ResetRunningStats()
		bn.setCumulative(true)
	}
	defer func() {
		for _, bn := range bns {
			bn.setCumulative(false)
		}
	}()
	for range batches {
		x, n := next()
		s.Forward(x, n, true)
	}
}
