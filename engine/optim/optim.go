// Package optim holds optimisers that know parameters and gradients, not
// networks: Adam and SGD with momentum, both in PyTorch's exact form. The
// learning rate and momentum are fields so a schedule can drive them.
package optim

import (
	"fmt"
	"math"

	"gogan/engine/nn"
)

// Optimizer updates parameters from their gradients.
type Optimizer interface {
	Step()
	// SetLR sets the learning rate of the following steps (a schedule).
	SetLR(lr float64)
	// State returns the tensors needed to resume exactly (moments, momentum
	// buffers), named after the parameters, and the step count.
	State() (tensors map[string][]float32, steps int64)
	// SetState restores what State returned.
	SetState(tensors map[string][]float32, steps int64) error
}

// Adam is torch.optim.Adam without weight decay or amsgrad:
// m = β1·m + (1-β1)·g; v = β2·v + (1-β2)·g²;
// p -= lr/(1-β1ᵗ) · m / (sqrt(v)/sqrt(1-β2ᵗ) + eps).
type Adam struct {
	LR, Beta1, Beta2, Eps float64
	params                []*nn.Param
	m, v                  [][]float32
	t                     int64
	job, half             adamJob // reused so a step allocates nothing
}

// NewAdam builds Adam over params with PyTorch's eps of 1e-8.
func NewAdam(params []*nn.Param, lr, beta1, beta2 float64) *Adam {
	a := &Adam{LR: lr, Beta1: beta1, Beta2: beta2, Eps: 1e-8, params: params}
	for _, p := range params {
		a.m = append(a.m, make([]float32, len(p.W)))
		a.v = append(a.v, make([]float32, len(p.W)))
	}
	return a
}

// Step applies one update. The bias corrections are computed in float64 as
// Python does; the tensor arithmetic is float32 as in PyTorch.
func (a *Adam) Step() {
	a.t++
	bc1 := 1 - math.Pow(a.Beta1, float64(a.t))
	bc2 := 1 - math.Pow(a.Beta2, float64(a.t))
	stepSize := float32(a.LR / bc1)
	bc2sqrt := float32(math.Sqrt(bc2))
	b1, b2, eps := float32(a.Beta1), float32(a.Beta2), float32(a.Eps)
	// 1-β in float64 then rounded, as PyTorch passes the Python float 1-β2
	// to addcmul_: 1-float32(0.999) would be 1.3e-5 smaller than
	// float32(1-0.999) and make every update 6e-6 too large.
	c1, c2 := float32(1-a.Beta1), float32(1-a.Beta2)
	for i, p := range a.params {
		a.job = adamJob{w: p.W, g: p.G, m: a.m[i], v: a.v[i], b1: b1, b2: b2, c1: c1, c2: c2, stepSize: stepSize, bc2sqrt: bc2sqrt, eps: eps}
		adamParallel(&a.job, &a.half)
	}
}

// adamUpdate is the fused element loop over one slice of a parameter.
func adamUpdate(w, g, m, v []float32, b1, b2, c1, c2, stepSize, bc2sqrt, eps float32) {
	g, m, v = g[:len(w)], m[:len(w)], v[:len(w)]
	// lr/bc1 · m / (sqrt(v)/sqrt(bc2) + eps) with sqrt(bc2) moved to the
	// numerator: one division per element instead of two (division, not
	// memory, bounds this loop); the result differs from PyTorch's only in
	// the last bit or two.
	num := stepSize * bc2sqrt
	epsScaled := eps * bc2sqrt
	for j := adamVector(w, g, m, v, b1, b2, c1, c2, num, epsScaled); j < len(w); j++ {
		mj := b1*m[j] + c1*g[j]
		vj := b2*v[j] + c2*g[j]*g[j]
		m[j], v[j] = mj, vj
		w[j] -= num * mj / (float32(math.Sqrt(float64(vj))) + epsScaled)
	}
}

func (a *Adam) SetLR(lr float64) { a.LR = lr }

func (a *Adam) State() (map[string][]float32, int64) {
	st := map[string][]float32{}
	for i, p := range a.params {
		st[p.Name+".exp_avg"] = a.m[i]
		st[p.Name+".exp_avg_sq"] = a.v[i]
	}
	return st, a.t
}

func (a *Adam) SetState(st map[string][]float32, steps int64) error {
	for i, p := range a.params {
		if err := restore(st, p.Name+".exp_avg", a.m[i]); err != nil {
			return err
		}
		if err := restore(st, p.Name+".exp_avg_sq", a.v[i]); err != nil {
			return err
		}
	}
	a.t = steps
	return nil
}

func restore(st map[string][]float32, name string, dst []float32) error {
	src, ok := st[name]
	if !ok {
		return fmt.Errorf("optimizer state has no %q", name)
	}
	if len(src) != len(dst) {
		return fmt.Errorf("optimizer state %q has %d values, want %d", name, len(src), len(dst))
	}
	copy(dst, src)
	return nil
}

// SGD is torch.optim.SGD with momentum, no dampening: with d = g +
// WeightDecay·p, buf = momentum·buf + d (buf = d on the first step), then
// p -= lr·buf, or with Nesterov p -= lr·(d + momentum·buf).
type SGD struct {
	LR, Momentum float64
	// WeightDecay is torch's weight_decay (L2, added to the gradient);
	// Nesterov its nesterov=True. Both are off in the GAN presets.
	WeightDecay float64
	Nesterov    bool
	params      []*nn.Param
	buf         [][]float32
	t           int64
}

// NewSGD builds SGD over params.
func NewSGD(params []*nn.Param, lr, momentum float64) *SGD {
	s := &SGD{LR: lr, Momentum: momentum, params: params}
	for _, p := range params {
		s.buf = append(s.buf, make([]float32, len(p.W)))
	}
	return s
}

func (s *SGD) Step() {
	lr, mom, wd := float32(s.LR), float32(s.Momentum), float32(s.WeightDecay)
	first := s.t == 0
	s.t++
	for i, p := range s.params {
		b, g, w := s.buf[i], p.G, p.W
		b, g = b[:len(w)], g[:len(w)]
		if wd == 0 && !s.Nesterov {
			// The GAN presets' loop, kept apart so that their
			// arithmetic stays the one their stored losses came from;
			// the momentum test is hoisted, as the paper's 64M-weight
			// G runs it on every float (it runs beside D's step).
			if first || mom == 0 {
				for j, v := range g {
					b[j] = v
					w[j] -= lr * v
				}
				continue
			}
			for j, v := range g {
				m := mom*b[j] + v
				b[j] = m
				w[j] -= lr * m
			}
			continue
		}
		for j := range w {
			d := g[j] + wd*w[j]
			if first || mom == 0 {
				b[j] = d
			} else {
				b[j] = mom*b[j] + d
			}
			if s.Nesterov {
				d += mom * b[j]
			} else {
				d = b[j]
			}
			w[j] -= lr * d
		}
	}
}

func (s *SGD) SetLR(lr float64) { s.LR = lr }

// SetMomentum sets the momentum of the following steps (a schedule).
func (s *SGD) SetMomentum(m float64) { s.Momentum = m }

func (s *SGD) State() (map[string][]float32, int64) {
	st := map[string][]float32{}
	for i, p := range s.params {
		st[p.Name+".momentum_buffer"] = s.buf[i]
	}
	return st, s.t
}

func (s *SGD) SetState(st map[string][]float32, steps int64) error {
	for i, p := range s.params {
		if err := restore(st, p.Name+".momentum_buffer", s.buf[i]); err != nil {
			return err
		}
	}
	s.t = steps
	return nil
}
