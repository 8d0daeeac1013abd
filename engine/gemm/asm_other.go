//go:build !amd64

package gemm

import (
	"errors"

	"gonum.org/v1/gonum/blas"
)

// hasAVX2FMA is false off amd64: the kernel is x86 assembly.
var hasAVX2FMA = false

// hasAVX512 is false off amd64.
var hasAVX512 = false

// KernelEnvVar picks the assembly backend's micro-kernel on amd64 (see
// asm_amd64.go); there is no assembly backend here.
const KernelEnvVar = "GOGAN_ASM_KERNEL"

// Kernel names, as Asm.Kernel reports them on amd64.
const (
	KernelAVX512 = "AVX-512"
	KernelAVX2   = "AVX2/FMA"
)

// Asm is the assembly SGEMM, which exists only on amd64.
type Asm struct{ lanes [Lanes]*lane }

func newAsm() (*Asm, error) { return newAsmKernel("") }

func newAsmKernel(string) (*Asm, error) {
	return nil, errors.New("the assembly SGEMM exists only on amd64")
}

// Kernel says which micro-kernel the backend runs; none here.
func (*Asm) Kernel() string { return "" }

// Name implements Backend.
func (*Asm) Name() string { return "asm" }

// Info implements Backend.
func (*Asm) Info() string { return "" }

// Sgemm implements Backend; newAsm never returns an Asm here.
func (*Asm) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	panic("gemm: no assembly SGEMM on this architecture")
}
