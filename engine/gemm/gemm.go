// Package gemm holds gogan's single matrix-product primitive, SGEMM, behind a
// small interface with three implementations chosen once at start-up:
// gogan's own AVX2/FMA kernel in Go assembly on amd64 CPUs that have it,
// OpenBLAS loaded at run time (no cgo), and gonum's pure-Go BLAS as the
// fallback everywhere else.
//
// Results are deterministic for one backend on one CPU kernel, not across
// them: OpenBLAS picks its kernel by CPU (or OPENBLAS_CORETYPE), and each
// kernel sums in its own order, so the low bits of a product differ between
// backends and between OpenBLAS's kernels. A byte-for-byte claim in a test
// names the backend and kernel it holds for (see OpenBLAS.Core).
//
// Every matrix in gogan is float32 and row-major, so the interface takes the
// row-major convention of CBLAS: C = alpha*op(A)*op(B) + beta*C where op(A) is
// m×k, op(B) is k×n and C is m×n.
package gemm

import (
	"fmt"
	"os"
	"sync"

	"gonum.org/v1/gonum/blas"
	gonumblas "gonum.org/v1/gonum/blas/gonum"
)

// Backend computes single-precision matrix products. The signature is gonum's
// blas.Float32Level3.Sgemm, row-major.
type Backend interface {
	Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int)
	// Name is "openblas", "asm" or "go".
	Name() string
	// Info describes the backend for logs and config files: the library's
	// own configuration string for OpenBLAS, the Go version for the fallback.
	Info() string
}

// Go is the pure-Go backend (gonum). It is always available.
type Go struct{ impl gonumblas.Implementation }

// Sgemm implements Backend.
func (g Go) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	g.impl.Sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// Name implements Backend.
func (Go) Name() string { return "go" }

// Info implements Backend.
func (Go) Info() string { return "gonum pure-Go BLAS" }

// EnvVar forces a backend: "openblas", "asm" or "go". Unset or "auto" means
// the assembly kernel when the CPU has AVX2 and FMA, else OpenBLAS when it
// loads, else Go. gogan's kernel comes first because it was the faster in
// training wherever it was measured (10.1 against OpenBLAS's 11.3 ms per
// seed iteration on a Zen 5 VM with OpenBLAS's own choice of kernel), and
// its results do not depend on which kernel OpenBLAS would pick.
const EnvVar = "GOGAN_BLAS"

var (
	defaultOnce sync.Once
	defaultBack Backend
	defaultErr  error
)

// Default returns the process-wide backend chosen from GOGAN_BLAS, deciding
// once. It fails only when OpenBLAS is forced and cannot be loaded, or when
// GOGAN_BLAS has an unknown value.
func Default() (Backend, error) {
	defaultOnce.Do(func() { defaultBack, defaultErr = Select(os.Getenv(EnvVar)) })
	return defaultBack, defaultErr
}

var (
	asmOnce sync.Once
	asmBack *Asm
	asmErr  error
)

// LoadAsm returns the process's assembly backend (one worker pool), or why
// this CPU cannot run it.
func LoadAsm() (*Asm, error) {
	asmOnce.Do(func() { asmBack, asmErr = newAsm() })
	return asmBack, asmErr
}

// Available returns every backend that runs here, the fallback first; tests
// run their known answers and allocation checks on each.
func Available() []Backend {
	bs := []Backend{Go{}}
	if s, err := LoadAsm(); err == nil {
		bs = append(bs, s)
	}
	if ob, err := LoadOpenBLAS(); err == nil {
		bs = append(bs, ob)
	}
	return bs
}

// Select returns the backend named by want ("", "auto", "openblas", "asm" or
// "go").
func Select(want string) (Backend, error) {
	switch want {
	case "", "auto":
		if hasAVX2FMA {
			if s, err := LoadAsm(); err == nil {
				return s, nil
			}
		}
		if ob, err := LoadOpenBLAS(); err == nil {
			return ob, nil
		}
		return Go{}, nil
	case "asm":
		if !hasAVX2FMA {
			return nil, fmt.Errorf("gemm: %s=asm but the assembly SGEMM needs an amd64 CPU with AVX2 and FMA", EnvVar)
		}
		return LoadAsm()
	case "openblas":
		ob, err := LoadOpenBLAS()
		if err != nil {
			return nil, fmt.Errorf("gemm: %s=openblas but %w (on Debian/Ubuntu: apt-get install libopenblas0)", EnvVar, err)
		}
		return ob, nil
	case "go":
		return Go{}, nil
	}
	return nil, fmt.Errorf("gemm: %s=%q: want openblas, asm, go or auto", EnvVar, want)
}

// RowNorms returns |row|² of each of the n rows of v (n×d), accumulated in
// float64: the outer terms of |x - y|² = |x|² - 2x·y + |y|², whose middle
// term is one GEMM (nearest-neighbour search, Parzen windows).
func RowNorms(v []float32, n, d int) []float64 {
	out := make([]float64, n)
	for i := range out {
		var s float64
		for _, x := range v[i*d : (i+1)*d] {
			s += float64(x) * float64(x)
		}
		out[i] = s
	}
	return out
}
