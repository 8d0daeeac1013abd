//go:build !amd64

package nn

// rowsAVX512 is false off amd64: addRows and copyRows loop in Go.
var rowsAVX512 = false

func addRowsVec(dst []float32, ldd int, src []float32, lds, rows, cols int) bool  { return false }
func copyRowsVec(dst []float32, ldd int, src []float32, lds, rows, cols int) bool { return false }
