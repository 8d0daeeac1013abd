package gemm

import "gonum.org/v1/gonum/blas"

// Blocking of the packed product (BLIS's loop order: jc over n, pc over k,
// ic over m, then jr, ir over micro-tiles). A kc×16 B micro-panel (16 KiB)
// stays in L1 while the A block (mc×kc, 144 KiB) streams from L2; the packed
// B block (kc×nc, 1 MiB) lives in L2/L3.
const (
	tileM = 6
	tileN = 16
	blkM  = 144
	blkK  = 256
	blkN  = 1024
)

// Blocking of the AVX-512 kernels' product, in the same loop order: tiles
// of up to 14 rows by 32 columns; a kc×32 B micro-panel (32 KiB) stays in
// L1 while the A block (140 rows, ten full tiles, by kc: 150 KiB) streams
// from L2. Measured against 112 or 280 rows, kc 192 or 320 and nc 512, the
// differences were within this shared machine's noise; kc = 256 also keeps
// the k blocks, and so the rounding, the AVX2 kernel's.
const (
	tile512M = 14
	tile512N = 32
	blk512M  = 140
	blk512K  = 256
	blk512N  = 1024
)

// packA copies the mc×kc block of op(A) at (i0, p0) into dst as micro-panels
// of tileM rows: panel s holds, for each p, the tileM values of column p,
// with rows past mc zeroed.
func packA(tA blas.Transpose, a []float32, lda, i0, p0, mc, kc int, dst []float32) {
	for s := 0; s < mc; s += tileM {
		rows := min(tileM, mc-s)
		d := dst[s*kc : (s+tileM)*kc]
		if rows < tileM {
			clear(d)
		}
		if tA == blas.NoTrans {
			for i := range rows {
				src := a[(i0+s+i)*lda+p0:][:kc]
				for p, v := range src {
					d[p*tileM+i] = v
				}
			}
			continue
		}
		// op(A)[i][p] = a[p*lda+i]: each p gives rows contiguous values.
		if rows == tileM {
			for p := range kc {
				*(*[tileM]float32)(d[p*tileM:]) = *(*[tileM]float32)(a[(p0+p)*lda+i0+s:])
			}
			continue
		}
		for p := range kc {
			src := a[(p0+p)*lda+i0+s:][:rows]
			for i, v := range src {
				d[p*tileM+i] = v
			}
		}
	}
}

// packB copies the kc×nc block of op(B) at (p0, j0) into dst as micro-panels
// of nr columns (tileN or tile512N): panel s holds, for each p, the nr values
// of row p, with columns past nc zeroed. Whole panels are packed by the
// assembly routines; the last partial one here.
func packB(nr int, tB blas.Transpose, b []float32, ldb, p0, j0, kc, nc int, dst []float32) {
	for s := 0; s < nc; s += nr {
		cols := min(nr, nc-s)
		d := dst[s*kc : (s+nr)*kc]
		if tB == blas.NoTrans {
			if cols == nr {
				src := b[p0*ldb+j0+s:]
				_ = src[(kc-1)*ldb+nr-1]
				if nr == tile512N {
					packB32N(kc, &src[0], ldb, &d[0])
				} else {
					packB16N(kc, &src[0], ldb, &d[0])
				}
				continue
			}
			clear(d)
			for p := range kc {
				copy(d[p*nr:p*nr+cols], b[(p0+p)*ldb+j0+s:][:cols])
			}
			continue
		}
		// op(B)[p][j] = b[j*ldb+p]: a transpose, eight k steps at a time.
		done := 0
		if cols == nr {
			if k8 := kc / 8; k8 > 0 {
				src := b[(j0+s)*ldb+p0:]
				_ = src[(nr-1)*ldb+8*k8-1]
				if nr == tile512N {
					packB32T(k8, &src[0], ldb, &d[0])
				} else {
					packB16T(k8, &src[0], ldb, &d[0])
				}
				done = 8 * k8
			}
		} else {
			clear(d)
		}
		for j := range cols {
			src := b[(j0+s+j)*ldb+p0+done:][:kc-done]
			for p, v := range src {
				d[(done+p)*nr+j] = v
			}
		}
	}
}

// scaleC sets C = beta·C, and C = 0 when beta is 0 (without reading C).
func scaleC(m, n int, beta float32, c []float32, ldc int) {
	for i := range m {
		row := c[i*ldc : i*ldc+n]
		if beta == 0 {
			clear(row)
			continue
		}
		for j := range row {
			row[j] *= beta
		}
	}
}
