package nn

import (
	"math"

	"gonum.org/v1/gonum/blas"

	"gogan/engine/gemm"
)

// Linear is y = x·Wᵀ + b with W stored [out, in] as PyTorch's nn.Linear.
type Linear struct {
	basic
	W, B *Param
	blas gemm.Backend
}

// NewLinear builds a Linear layer with PyTorch's default initialisation:
// weight and bias uniform in [-1/sqrt(in), 1/sqrt(in)] (kaiming_uniform with
// a=sqrt(5) reduces to that bound).
func NewLinear(ctx Context, in, out int) *Linear {
	l := &Linear{basic: newBasic(in, out, ctx.MaxBatch), W: newParam("weight", out, in), B: newParam("bias", out), blas: ctx.BLAS}
	bound := 1 / math.Sqrt(float64(in))
	Uniform(ctx, l.W.W, -bound, bound)
	Uniform(ctx, l.B.W, -bound, bound)
	return l
}

// Uniform fills v with draws from U[lo, hi).
func Uniform(ctx Context, v []float32, lo, hi float64) {
	for i := range v {
		v[i] = float32(lo + (hi-lo)*ctx.Rand.Float64())
	}
}

func (l *Linear) Params() []*Param { return []*Param{l.W, l.B} }

func (l *Linear) Prefix(name string) {
	l.W.Name, l.B.Name = name+".weight", name+".bias"
}

func (l *Linear) Forward(x []float32, n int, train bool) []float32 {
	checkRows("Linear", n, l.max)
	l.x = x
	y := l.y[:n*l.out]
	for i := 0; i < n; i++ {
		copy(y[i*l.out:(i+1)*l.out], l.B.W)
	}
	if n > 0 {
		l.blas.Sgemm(blas.NoTrans, blas.Trans, n, l.out, l.in, 1, x, l.in, l.W.W, l.in, 1, y, l.out)
	}
	return y
}

func (l *Linear) Backward(dy []float32, n int, p Pass) []float32 {
	checkRows("Linear", n, l.max)
	if p.ParamGrads {
		// dW = dyᵀ·x, db = column sums of dy.
		if n > 0 {
			l.blas.Sgemm(blas.Trans, blas.NoTrans, l.out, l.in, n, 1, dy, l.out, l.x, l.in, 0, l.W.G, l.in)
		} else {
			clear(l.W.G)
		}
		db := l.B.G
		clear(db)
		for i := 0; i < n; i++ {
			row := dy[i*l.out : (i+1)*l.out]
			for j, v := range row {
				db[j] += v
			}
		}
	}
	if !p.InputGrad {
		return nil
	}
	dx := l.dx[:n*l.in]
	if n > 0 {
		l.blas.Sgemm(blas.NoTrans, blas.NoTrans, n, l.in, l.out, 1, dy, l.out, l.W.W, l.in, 0, dx, l.in)
	}
	return dx
}
