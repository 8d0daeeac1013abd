package gemm

import (
	"errors"
	"fmt"
	"os"
	"runtime"

	"golang.org/x/sys/cpu"
	"gonum.org/v1/gonum/blas"
)

//go:generate go -C ../internal/asmgen run . -kernels sgemm -pkg gemm -out ../../gemm/kern_amd64.s -stubs ../../gemm/kern_amd64.go
//go:generate go -C ../internal/asmgen run . -kernels sgemm512 -pkg gemm -out ../../gemm/kern512_amd64.s -stubs ../../gemm/kern512_amd64.go

// hasAVX2FMA says whether this CPU runs the kernel; tests clear it to check
// the fallback.
var hasAVX2FMA = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// hasAVX512 says whether this CPU and OS run the AVX-512 kernel: AVX-512F
// in CPUID and the opmask and zmm state enabled in XCR0 (x/sys/cpu checks
// both with XGETBV). Tests clear it to check the AVX2 choice.
var hasAVX512 = cpu.X86.HasAVX512F

// KernelEnvVar picks the assembly backend's micro-kernel: "avx512", "avx2",
// or unset / "auto" for AVX-512 where the CPU and OS support it, else
// AVX2/FMA. It is read once, when the asm backend is first loaded; forcing
// avx512 on a CPU without it, or an unknown value, makes the asm backend
// unavailable (and GOGAN_BLAS=asm fail with the reason).
const KernelEnvVar = "GOGAN_ASM_KERNEL"

// Kernel names, as Asm.Kernel reports them.
const (
	KernelAVX512 = "AVX-512"
	KernelAVX2   = "AVX2/FMA"
)

// Asm is the pure-Go-toolchain SGEMM: packing and blocking in Go around a
// micro-kernel in Go assembly generated with avo (kern_amd64.s: 6×16,
// AVX2/FMA; kern512_amd64.s: 14×32, AVX-512), split over the cores like the
// OpenBLAS path.
type Asm struct {
	split  splitter
	slots  []asmScratch
	lanes  [Lanes]*lane
	info   string
	kernel string // KernelAVX512 or KernelAVX2
	// The micro-tile (mr×nr) and the block sizes of the chosen kernel.
	mr, nr, bm, bk, bn int
}

// asmScratch is one goroutine's packing buffers.
type asmScratch struct {
	pa   []float32 // bm×(bk+aPad): A's micro-panels or rows
	pb   []float32 // bk×bn, micro-panels of nr columns
	tile [tileM * tileN]float32
}

func newAsm() (*Asm, error) {
	return newAsmKernel(os.Getenv(KernelEnvVar))
}

// newAsmKernel builds an assembly backend with the micro-kernel named by
// want ("", "auto", "avx512" or "avx2"); tests use it to run both kernels
// on an AVX-512 machine.
func newAsmKernel(want string) (*Asm, error) {
	if !hasAVX2FMA {
		return nil, errors.New("the assembly SGEMM needs a CPU with AVX2 and FMA")
	}
	avx512 := false
	switch want {
	case "", "auto":
		avx512 = hasAVX512
	case "avx512":
		if !hasAVX512 {
			return nil, fmt.Errorf("%s=avx512 but this CPU or OS does not support AVX-512F", KernelEnvVar)
		}
		avx512 = true
	case "avx2":
	default:
		return nil, fmt.Errorf("%s=%q: want avx512, avx2 or auto", KernelEnvVar, want)
	}
	parts := min(runtime.GOMAXPROCS(0), maxParts)
	s := &Asm{slots: make([]asmScratch, parts+Lanes)} // the split's slots, then the lanes'
	if avx512 {
		s.kernel, s.mr, s.nr, s.bm, s.bk, s.bn = KernelAVX512, tile512M, tile512N, blk512M, blk512K, blk512N
	} else {
		s.kernel, s.mr, s.nr, s.bm, s.bk, s.bn = KernelAVX2, tileM, tileN, blkM, blkK, blkN
	}
	for i := range s.slots {
		s.slots[i].pa = make([]float32, s.bm*(s.bk+aPad))
		s.slots[i].pb = make([]float32, s.bk*s.bn)
	}
	s.split.init(s, parts, s.mr, s.nr)
	s.lanes = newLanes(s, s, parts)
	s.info = fmt.Sprintf("Go assembly SGEMM (%s, %dx%d micro-kernel), split over %d goroutines", s.kernel, s.mr, s.nr, parts)
	return s, nil
}

// Kernel says which micro-kernel the backend runs: KernelAVX512 or
// KernelAVX2.
func (s *Asm) Kernel() string { return s.kernel }

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
	mr, nr := s.mr, s.nr
	for jc := 0; jc < j.n; jc += s.bn {
		nc := min(s.bn, j.n-jc)
		for pc := 0; pc < j.k; pc += s.bk {
			kc := min(s.bk, j.k-pc)
			packB(nr, j.tB, j.b, j.ldb, pc, jc, kc, nc, w.pb)
			beta := j.beta
			if pc > 0 {
				beta = 1 // later k blocks add to what the first wrote
			}
			for ic := 0; ic < j.m; ic += s.bm {
				mc := min(s.bm, j.m-ic)
				if mr == tile512M {
					w.block512(j, ic, jc, pc, mc, nc, kc, beta)
					continue
				}
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

// aPad is what the AVX-512 path adds to kc for the leading dimension of
// the rows of A it copies (see block512): 64 bytes, so that the 14 rows of
// a tile start in different L1 sets.
const aPad = 16

// block512 runs the AVX-512 kernels over the mc×nc block of C at (ic, jc),
// the k block at pc, from the packed B block. A row-major A is read in place
// when its rows fall into different L1 sets; when lda is a multiple of 512
// floats (2 KiB), they would share one or two of L1's 64 sets (64-byte lines,
// 4 KiB per way) and evict one another, so the block's rows are first copied
// kc+aPad apart. A transposed A is packed into micro-panels. The kernels
// take any number of rows, so there is never a partial panel to pad.
func (w *asmScratch) block512(j *gemmJob, ic, jc, pc, mc, nc, kc int, beta float32) {
	if j.tA != blas.NoTrans {
		packA512(j.a, j.lda, ic, pc, mc, kc, w.pa)
		w.macro512(j, w.pa, 0, ic, jc, mc, nc, kc, beta)
		return
	}
	if j.lda%512 != 0 {
		w.macro512(j, j.a[ic*j.lda+pc:], j.lda, ic, jc, mc, nc, kc, beta)
		return
	}
	ld := kc + aPad
	for i := range mc {
		copy(w.pa[i*ld:i*ld+kc], j.a[(ic+i)*j.lda+pc:][:kc])
	}
	w.macro512(j, w.pa, ld, ic, jc, mc, nc, kc, beta)
}

// kern512 holds the AVX-512 micro-kernels by the number of rows of C.
var kern512 = [tile512M + 1]func(k int, a *float32, rs, ks int, b, c *float32, ldc int, alpha, beta float32, mask uint32, loadC bool){
	nil, kern1x32, kern2x32, kern3x32, kern4x32, kern5x32, kern6x32, kern7x32,
	kern8x32, kern9x32, kern10x32, kern11x32, kern12x32, kern13x32, kern14x32,
}

// rowTile returns where tile t of the mc rows of an A block starts and how
// many rows it has: the rows are cut into ceil(mc/14) tiles of nearly equal
// height (a 128-row block is 8 tiles of 13 rows and 2 of 12, not 9 of 14
// and one of 2), so no kernel computes rows that are not there.
func rowTile(t, mc int) (start, rows int) {
	nt := (mc + tile512M - 1) / tile512M
	base, extra := mc/nt, mc%nt
	start, rows = t*base+min(t, extra), base
	if t < extra {
		rows++
	}
	return start, rows
}

// packA512 copies the mc×kc block of op(A) = Aᵀ at (i0, p0) into dst as
// the micro-panels of rowTile's tiles: the tile of r rows starting at row s
// holds, at dst[s·kc:], for each p the r values of column p. (A row-major A
// is never packed: see block512.)
func packA512(a []float32, lda, i0, p0, mc, kc int, dst []float32) {
	nt := (mc + tile512M - 1) / tile512M
	for t := range nt {
		s, rows := rowTile(t, mc)
		d := dst[s*kc : (s+rows)*kc]
		// op(A)[i][p] = a[p*lda+i]: each p gives rows contiguous values,
		// copied as arrays for the usual tile heights (no memmove call).
		switch rows {
		case 14:
			for p := range kc {
				*(*[14]float32)(d[p*14:]) = *(*[14]float32)(a[(p0+p)*lda+i0+s:])
			}
		case 13:
			for p := range kc {
				*(*[13]float32)(d[p*13:]) = *(*[13]float32)(a[(p0+p)*lda+i0+s:])
			}
		case 12:
			for p := range kc {
				*(*[12]float32)(d[p*12:]) = *(*[12]float32)(a[(p0+p)*lda+i0+s:])
			}
		default:
			for p := range kc {
				copy(d[p*rows:p*rows+rows], a[(p0+p)*lda+i0+s:][:rows])
			}
		}
	}
}

// macro512 is macro for the AVX-512 kernels, which write partial tiles of C
// in place through column masks. With ld > 0 the mc×kc block of A is read
// from a, rows ld apart; with ld = 0 a holds packA512's micro-panels.
func (w *asmScratch) macro512(j *gemmJob, a []float32, ld, ic, jc, mc, nc, kc int, beta float32) {
	alpha, ldc := j.alpha, j.ldc
	c := j.c[ic*ldc+jc:]
	loadC := beta != 0
	nt := (mc + tile512M - 1) / tile512M
	for jr := 0; jr < nc; jr += tile512N {
		cols := min(tile512N, nc-jr)
		mask := uint32(uint64(1)<<cols - 1)
		pb := &w.pb[jr*kc]
		for t := range nt {
			ir, rows := rowTile(t, mc)
			var pa *float32
			var rs, ks int
			if ld > 0 {
				ar := a[ir*ld:]
				_ = ar[(rows-1)*ld+kc-1] // the kernel reads rows rows of kc
				pa, rs, ks = &ar[0], 4*ld, 4
			} else {
				ar := a[ir*kc : (ir+rows)*kc]
				pa, rs, ks = &ar[0], 4, 4*rows
			}
			cc := c[ir*ldc+jr : ir*ldc+jr+(rows-1)*ldc+cols]
			kern512[rows](kc, pa, rs, ks, pb, &cc[0], ldc, alpha, beta, mask, loadC)
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
