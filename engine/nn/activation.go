package nn

import "math"

// LeakyReLU is max(0,x) + slope·min(0,x).
type LeakyReLU struct {
	basic
	Slope float32
	// The pass being split over the cores (split2): its direction and
	// arrays; elements are independent.
	back       bool
	px, py, pg []float32
}

func NewLeakyReLU(ctx Context, dim int, slope float32) *LeakyReLU {
	return &LeakyReLU{basic: newBasic(dim, dim, ctx.MaxBatch), Slope: slope}
}

func (a *LeakyReLU) Forward(x []float32, n int, train bool) []float32 {
	checkRows("LeakyReLU", n, a.max)
	a.x = x
	y := a.y[:n*a.out]
	a.back, a.px, a.py = false, x[:len(y)], y
	split2(a, len(y), len(y)/8) // element-wise work is cheap: only large layers pay for the hand-off
	a.px, a.py = nil, nil
	return y
}

func (a *LeakyReLU) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	dx := a.dx[:n*a.in]
	a.back, a.px, a.pg, a.py = true, a.x[:len(dx)], dy[:len(dx)], dx
	split2(a, len(dx), len(dx)/8)
	a.px, a.pg, a.py = nil, nil, nil
	return dx
}

// part runs elements lo..hi-1 of the pass.
func (a *LeakyReLU) part(lo, hi int) {
	x, y := a.px[lo:hi], a.py[lo:hi]
	if !a.back {
		// Branch-free: activations' signs are random, so a branch
		// mispredicts half the time (3x slower measured).
		mult := [2]float32{1, a.Slope}
		for i := leakyForwardVec(y, x, a.Slope); i < len(x); i++ {
			y[i] = x[i] * mult[math.Float32bits(x[i])>>31]
		}
		return
	}
	mult := [2]float32{a.Slope, 1}
	g := a.pg[lo:hi]
	for i := leakyBackwardVec(y, g, x, a.Slope); i < len(g); i++ {
		// PyTorch's leaky_relu_backward: x > 0 passes the gradient through.
		// The comparison compiles to a flag, not a branch.
		k := 0
		if x[i] > 0 {
			k = 1
		}
		y[i] = g[i] * mult[k]
	}
}

// ReLU is max(0, x).
type ReLU struct {
	basic
	// The pass being split over the cores (split2), as LeakyReLU's.
	back       bool
	px, py, pg []float32
}

func NewReLU(ctx Context, dim int) *ReLU { return &ReLU{basic: newBasic(dim, dim, ctx.MaxBatch)} }

func (a *ReLU) Forward(x []float32, n int, train bool) []float32 {
	checkRows("ReLU", n, a.max)
	a.x = x
	y := a.y[:n*a.out]
	a.back, a.px, a.py = false, x[:len(y)], y
	split2(a, len(y), len(y)/8) // element-wise work is cheap: only large layers pay for the hand-off
	a.px, a.py = nil, nil
	return y
}

func (a *ReLU) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	dx := a.dx[:n*a.in]
	a.back, a.px, a.pg, a.py = true, a.y[:len(dx)], dy[:len(dx)], dx
	split2(a, len(dx), len(dx)/8)
	a.px, a.pg, a.py = nil, nil, nil
	return dx
}

// part runs elements lo..hi-1 of the pass: the forward from x, the
// backward from the output (px is then y).
func (a *ReLU) part(lo, hi int) {
	x, y := a.px[lo:hi], a.py[lo:hi]
	if !a.back {
		for i := reluForwardVec(y, x); i < len(x); i++ {
			// max(x, 0), a NaN passed on as it is (as the AVX loop does).
			v := x[i]
			if !(v > 0) && v == v {
				v = 0
			}
			y[i] = v
		}
		return
	}
	g := a.pg[lo:hi]
	for i := reluBackwardVec(y, g, x); i < len(g); i++ {
		if x[i] > 0 {
			y[i] = g[i]
		} else {
			y[i] = 0
		}
	}
}

// Tanh is tanh(x); its backward uses the output, dy·(1 - y²), as PyTorch.
type Tanh struct{ basic }

func NewTanh(ctx Context, dim int) *Tanh { return &Tanh{newBasic(dim, dim, ctx.MaxBatch)} }

func (a *Tanh) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Tanh", n, a.max)
	y := a.y[:n*a.out]
	for i, v := range x[:len(y)] {
		y[i] = float32(math.Tanh(float64(v)))
	}
	return y
}

func (a *Tanh) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	dx := a.dx[:n*a.in]
	y := a.y[:len(dx)]
	for i, g := range dy[:len(dx)] {
		dx[i] = g * (1 - y[i]*y[i])
	}
	return dx
}

// Sigmoid is 1/(1+exp(-x)); its backward is dy·y·(1-y).
type Sigmoid struct{ basic }

func NewSigmoid(ctx Context, dim int) *Sigmoid { return &Sigmoid{newBasic(dim, dim, ctx.MaxBatch)} }

func (a *Sigmoid) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Sigmoid", n, a.max)
	a.x = x
	y := a.y[:n*a.out]
	for i, v := range x[:len(y)] {
		y[i] = float32(1 / (1 + math.Exp(-float64(v))))
	}
	return y
}

func (a *Sigmoid) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	dx := a.dx[:n*a.in]
	y := a.y[:len(dx)]
	for i, g := range dy[:len(dx)] {
		dx[i] = g * y[i] * (1 - y[i])
	}
	return dx
}

// Output returns the first n rows of the last forward's output.
func (a *Sigmoid) Output(n int) []float32 { return a.y[:n*a.out] }

// Input returns the first n rows of the last forward's input (the logits).
func (a *Sigmoid) Input(n int) []float32 { return a.x[:n*a.in] }
