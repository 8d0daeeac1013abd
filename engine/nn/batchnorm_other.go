//go:build !amd64

package nn

// bnAVX is false off amd64: BatchNorm1d's scalar loops do all the work.
var bnAVX = false

func bnAccumVec(dst []float64, x []float32) int                                         { return 0 }
func bnAccumSqVec(dst []float64, x []float32, mean []float64) int                       { return 0 }
func bnNormVec(y, xhat, x []float32, mean, invstd []float64, gamma, beta []float32) int { return 0 }
func bnBackSumsVec(sdy, sdyx []float64, dy, xhat []float32) int                         { return 0 }
func bnBackDxVec(dx, dy, xhat []float32, k, sdy, sdyx []float64, fn float64) int        { return 0 }

func (b *BatchNorm1d) dxScale(fn float64) []float64 { return nil }

func vecLen(n int) int { return 0 }
