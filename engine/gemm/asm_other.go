//go:build !amd64

package gemm

import (
	"errors"

	"gonum.org/v1/gonum/blas"
)

// hasAVX2FMA is false off amd64: the kernel is x86 assembly.
var hasAVX2FMA = false

// Asm is the assembly SGEMM, which exists only on amd64.
type Asm struct{}

func newAsm() (*Asm, error) {
	return nil, errors.New("the assembly SGEMM exists only on amd64")
}

// Name implements Backend.
func (*Asm) Name() string { return "asm" }

// Info implements Backend.
func (*Asm) Info() string { return "" }

// Sgemm implements Backend; newAsm never returns an Asm here.
func (*Asm) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	panic("gemm: no assembly SGEMM on this architecture")
}
