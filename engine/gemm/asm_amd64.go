package gemm

import (
	"errors"
	"fmt"
	"runtime"

	"golang.org/x/sys/cpu"
	"gonum.org/v1/gonum/blas"
)

//go:generate go -C ../internal/asmgen run . -kernels sgemm -pkg gemm -out ../../gemm/kern_amd64.s -stubs ../../gemm/kern_amd64.go

// hasAVX2FMA says whether this CPU runs the kernel; tests clear it to check
// the fallback.
var hasAVX2FMA = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// Asm is the pure-Go-toolchain SGEMM: packing and blocking in Go around an
// AVX2/FMA micro-kernel in Go assembly (kern_amd64.s, generated with avo),
// split over the cores like the OpenBLAS path.
type Asm struct {
	split splitter
	slots []asmScratch
	info  string
}

// asmScratch is one goroutine's packing buffers.
type asmScratch struct {
	pa   []float32 // blkM×blkK, micro-panels of tileM rows
	pb   []float32 // blkK×blkN, micro-panels of tileN columns
	tile [tileM * tileN]float32
}

func newAsm() (*Asm, error) {
	if !hasAVX2FMA {
		return nil, errors.New("the assembly SGEMM needs a CPU with AVX2 and FMA")
	}
	parts := min(runtime.GOMAXPROCS(0), maxParts)
	s := &Asm{slots: make([]asmScratch, parts)}
	for i := range s.slots {
		s.slots[i].pa = make([]float32, blkM*blkK)
		s.slots[i].pb = make([]float32, blkK*blkN)
	}
	s.split.init(s, parts, tileM, tileN)
	s.info = fmt.Sprintf("Go assembly SGEMM (AVX2/FMA, %dx%d micro-kernel), split over %d goroutines", tileM, tileN, parts)
	return s, nil
}

// Name implements Backend.
func (*Asm) Name() string { return "asm" }

// Info implements Backend.
func (s *Asm) Info() string { return s.info }

// Sgemm implements Backend with BLAS semantics: beta = 0 leaves C unread
// (NaN in C does not propagate), alpha = 0 or k = 0 only scales C.
func (s *Asm) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	checkGemm(tA, tB, m, n, k, a, lda, b, ldb, c, ldc)
	if alpha == 0 || k == 0 {
		scaleC(m, n, beta, c, ldc)
		return
	}
	s.split.sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

func (s *Asm) runBlock(slot int, j *gemmJob) {
	w := &s.slots[slot]
	for jc := 0; jc < j.n; jc += blkN {
		nc := min(blkN, j.n-jc)
		for pc := 0; pc < j.k; pc += blkK {
			kc := min(blkK, j.k-pc)
			packB(j.tB, j.b, j.ldb, pc, jc, kc, nc, w.pb)
			beta := j.beta
			if pc > 0 {
				beta = 1 // later k blocks add to what the first wrote
			}
			for ic := 0; ic < j.m; ic += blkM {
				mc := min(blkM, j.m-ic)
				// A transposed is packed (its k steps are lda apart, often a
				// multiple of 4 KiB, which thrashes L1's sets); a row-major A
				// is read in place, six rows at a time, and only its last
				// partial micro-panel is packed.
				direct := j.tA == blas.NoTrans
				if direct {
					if full := mc / tileM * tileM; full < mc {
						packA(j.tA, j.a, j.lda, ic+full, pc, mc-full, kc, w.pa[full*kc:])
					}
				} else {
					packA(j.tA, j.a, j.lda, ic, pc, mc, kc, w.pa)
				}
				w.macro(j, direct, ic, jc, pc, mc, nc, kc, beta)
			}
		}
	}
}

// macro runs the micro-kernel over the mc×nc block of C at (ic, jc), the
// k block at pc, from the packed B block and A (packed or in place).
func (w *asmScratch) macro(j *gemmJob, direct bool, ic, jc, pc, mc, nc, kc int, beta float32) {
	alpha, ldc := j.alpha, j.ldc
	c := j.c[ic*ldc+jc:]
	loadC := beta != 0
	for jr := 0; jr < nc; jr += tileN {
		cols := min(tileN, nc-jr)
		pb := &w.pb[jr*kc]
		for ir := 0; ir < mc; ir += tileM {
			rows := min(tileM, mc-ir)
			pa, rs, ks := &w.pa[ir*kc], 4, 4*tileM
			if direct && rows == tileM {
				a := j.a[(ic+ir)*j.lda+pc:]
				_ = a[(tileM-1)*j.lda+kc-1] // the kernel reads six rows of kc
				pa, rs, ks = &a[0], 4*j.lda, 4
			}
			if cols == tileN {
				cc := c[ir*ldc+jr : ir*ldc+jr+(rows-1)*ldc+tileN]
				kern6x16(kc, pa, rs, ks, pb, &cc[0], ldc, alpha, beta, rows, loadC)
				continue
			}
			// A partial tile is computed into scratch, then merged.
			kern6x16(kc, pa, rs, ks, pb, &w.tile[0], tileN, 1, 0, rows, false)
			for i := range rows {
				row := c[(ir+i)*ldc+jr : (ir+i)*ldc+jr+cols]
				t := w.tile[i*tileN : i*tileN+cols]
				if loadC {
					for j, v := range t {
						row[j] = alpha*v + beta*row[j]
					}
				} else {
					for j, v := range t {
						row[j] = alpha * v
					}
				}
			}
		}
	}
}
