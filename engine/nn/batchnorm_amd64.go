package nn

import "golang.org/x/sys/cpu"

//go:generate go -C ../internal/asmgen run . -kernels batchnorm -pkg nn -out ../../nn/batchnorm_amd64.s -stubs ../../nn/batchnorm_stub_amd64.go

// bnAVX says whether BatchNorm1d's row loops run the AVX kernels
// (batchnorm_amd64.s); tests clear it to compare with the scalar loops. Each
// helper below handles the longest prefix of the row that is a multiple of 4
// and returns its length; the scalar loop finishes the row.
var bnAVX = cpu.X86.HasAVX

func vecLen(n int) int {
	if !bnAVX {
		return 0
	}
	return n &^ 3
}

// bnAccumVec: dst[j] += float64(x[j]).
func bnAccumVec(dst []float64, x []float32) int {
	n := vecLen(len(dst))
	if n > 0 {
		_ = x[n-1]
		bnAccum(n, &dst[0], &x[0])
	}
	return n
}

// bnAccumSqVec: c := float64(x[j]) - mean[j]; dst[j] += c*c.
func bnAccumSqVec(dst []float64, x []float32, mean []float64) int {
	n := vecLen(len(dst))
	if n > 0 {
		_, _ = x[n-1], mean[n-1]
		bnAccumSq(n, &dst[0], &x[0], &mean[0])
	}
	return n
}

// bnNormVec: h := float32((float64(x[j]) - mean[j]) * invstd[j]); xhat[j] = h;
// y[j] = h*gamma[j] + beta[j].
func bnNormVec(y, xhat, x []float32, mean, invstd []float64, gamma, beta []float32) int {
	n := vecLen(len(y))
	if n > 0 {
		_, _, _, _, _, _ = xhat[n-1], x[n-1], mean[n-1], invstd[n-1], gamma[n-1], beta[n-1]
		bnNorm(n, &y[0], &xhat[0], &x[0], &mean[0], &invstd[0], &gamma[0], &beta[0])
	}
	return n
}

// bnBackSumsVec: g := float64(dy[j]); sdy[j] += g; sdyx[j] += g*float64(xhat[j]).
func bnBackSumsVec(sdy, sdyx []float64, dy, xhat []float32) int {
	n := vecLen(len(sdy))
	if n > 0 {
		_, _, _ = sdyx[n-1], dy[n-1], xhat[n-1]
		bnBackSums(n, &sdy[0], &sdyx[0], &dy[0], &xhat[0])
	}
	return n
}

// bnBackDxVec: dx[j] = float32(k[j] * (fn*float64(dy[j]) - sdy[j] - float64(xhat[j])*sdyx[j])).
func bnBackDxVec(dx, dy, xhat []float32, k, sdy, sdyx []float64, fn float64) int {
	n := vecLen(len(dx))
	if n > 0 && len(k) >= n {
		_, _, _, _, _ = dy[n-1], xhat[n-1], k[n-1], sdy[n-1], sdyx[n-1]
		bnBackDx(n, &dx[0], &dy[0], &xhat[0], &k[0], &sdy[0], &sdyx[0], fn)
		return n
	}
	return 0
}

// dxScale returns k[j] = γ[j]·invstd[j]/n, the scalar backward's per-feature
// factor, for bnBackDxVec; nil when the vector loop does not run.
func (b *BatchNorm1d) dxScale(fn float64) []float64 {
	if vecLen(b.in) == 0 {
		return nil
	}
	if len(b.vecK) != b.in {
		b.vecK = make([]float64, b.in)
	}
	for j := range b.vecK {
		b.vecK[j] = float64(b.Gamma.W[j]) * b.invstd[j] / fn
	}
	return b.vecK
}
