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
// plain average over batches forward passes of n rows of fresh noise in
// training mode (see nn.RecomputeStats).
func StandingStats(g *nn.Sequential, noise func(z []float32), z []float32, n, batches int) {
	zn := z[:n*g.In()]
	nn.RecomputeStats(g, batches, func() ([]float32, int) {
		noise(zn)
		return zn, n
	})
}
