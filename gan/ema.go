package gan

import (
	"gogan/engine/nn"
)

// EMA keeps an exponential moving average of a network's weights in a second
// network of the same architecture: avg = decay·avg + (1-decay)·w after each
// update. Sampling from the average smooths out the oscillation of GAN
// training (Yazıcı et al. 2019).
type EMA struct {
	Decay    float64
	Avg      *nn.Sequential
	src, dst []*nn.Param
}

// NewEMA starts the average at src's current weights; avg must have src's
// architecture.
func NewEMA(src, avg *nn.Sequential, decay float64) *EMA {
	e := &EMA{Decay: decay, Avg: avg, src: src.Params(), dst: avg.Params()}
	for i, p := range e.src {
		copy(e.dst[i].W, p.W)
	}
	return e
}

// Update folds the source's current weights into the average.
func (e *EMA) Update() {
	d := float32(e.Decay)
	c := 1 - d
	for i, p := range e.src {
		a := e.dst[i].W[:len(p.W)]
		for j, w := range p.W {
			a[j] = d*a[j] + c*w
		}
	}
}

// StandingStats recomputes the BatchNorm running statistics of g as the
// plain average over batches forward passes of fresh noise in training mode.
// An averaged G's weights never produced the running statistics the trained
// G accumulated, so its eval-mode samples need their own.
func StandingStats(g *nn.Sequential, noise func(z []float32), z []float32, n, batches int) {
	var bns []*nn.BatchNorm1d
	for _, l := range g.Layers {
		if bn, ok := l.(*nn.BatchNorm1d); ok {
			bns = append(bns, bn)
		}
	}
	if len(bns) == 0 {
		return
	}
	moms := make([]float64, len(bns))
	for i, bn := range bns {
		moms[i] = bn.Momentum
		bn.NumBatches = 0
		clear(bn.RunMean)
		for j := range bn.RunVar {
			bn.RunVar[j] = 0
		}
	}
	for b := range batches {
		for _, bn := range bns {
			// Momentum 1/(b+1) makes the running value the mean of all
			// batches so far.
			bn.Momentum = 1 / float64(b+1)
		}
		noise(z[:n*g.In()])
		g.Forward(z[:n*g.In()], n, true)
	}
	for i, bn := range bns {
		bn.Momentum = moms[i]
	}
}
