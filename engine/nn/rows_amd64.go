package nn

import "golang.org/x/sys/cpu"

// rowsAVX512 says whether addRows and copyRows run rows_amd64.s's loops;
// tests clear it to compare with the scalar ones.
var rowsAVX512 = cpu.X86.HasAVX512F

//go:noescape
func add2D(dst *float32, ldd int, src *float32, lds int, rows int, cols int)

//go:noescape
func copy2D(dst *float32, ldd int, src *float32, lds int, rows int, cols int)

func addRowsVec(dst []float32, ldd int, src []float32, lds, rows, cols int) bool {
	if !rowsAVX512 {
		return false
	}
	add2D(&dst[0], ldd, &src[0], lds, rows, cols)
	return true
}

func copyRowsVec(dst []float32, ldd int, src []float32, lds, rows, cols int) bool {
	if !rowsAVX512 {
		return false
	}
	copy2D(&dst[0], ldd, &src[0], lds, rows, cols)
	return true
}
