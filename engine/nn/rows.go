package nn

// rowsMinVec is the narrowest block worth the vector loops' call (D's
// last maxout conv adds rows of at most 7 floats, faster in Go).
const rowsMinVec = 8

// addRows adds a rows×cols block of src (rows ld apart) into dst:
// dst[r·ldd+c] += src[r·lds+c]. The stride-1 col2im of D's maxout convs
// adds rows of 9-33 floats, too short for a Go loop or a call per row to
// keep up; with AVX-512 a block is one call and each row one or three
// vector adds, the tail masked. The sums are the scalar loop's.
func addRows(dst []float32, ldd int, src []float32, lds, rows, cols int) {
	if rows <= 0 || cols <= 0 {
		return
	}
	_, _ = dst[(rows-1)*ldd+cols-1], src[(rows-1)*lds+cols-1]
	if cols >= rowsMinVec && addRowsVec(dst, ldd, src, lds, rows, cols) {
		return
	}
	for r := range rows {
		d, s := dst[r*ldd:][:cols], src[r*lds:][:cols]
		for k, v := range s {
			d[k] += v
		}
	}
}

// copyRows copies a rows×cols block of src into dst, as addRows adds.
func copyRows(dst []float32, ldd int, src []float32, lds, rows, cols int) {
	if rows <= 0 || cols <= 0 {
		return
	}
	_, _ = dst[(rows-1)*ldd+cols-1], src[(rows-1)*lds+cols-1]
	if cols >= rowsMinVec && copyRowsVec(dst, ldd, src, lds, rows, cols) {
		return
	}
	for r := range rows {
		copy(dst[r*ldd:][:cols], src[r*lds:][:cols])
	}
}
