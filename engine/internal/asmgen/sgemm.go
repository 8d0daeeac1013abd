package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// Micro-kernel tile: mr rows of C by nr = 2 ymm registers (16 floats). The
// 12 accumulators, two B vectors and two A broadcasts use all 16 ymm
// registers, the usual Haswell-class register blocking.
const (
	mr     = 6
	nr     = 16
	unroll = 4
)

// sgemmKernel writes kern6x16, which adds the product of a 6-row A
// micro-panel and one packed B micro-panel (k steps of nr floats) into a
// rows×16 tile of C:
//
//	C[i][j] = alpha·Σ_p A(i,p)·B[p][j] + beta·C[i][j]   (i < rows)
//
// A(i,p) is read at a + i·rs + p·ks bytes, so one kernel serves a packed
// panel (rs 4, ks 24), a row-major A read in place (rs = lda·4, ks 4) and a
// transposed one. With loadC false C is not read at all (beta = 0: NaN or
// Inf in C must not survive, as BLAS specifies). k ≥ 1, 1 ≤ rows ≤ 6; all
// six rows of A must be readable.
func sgemmKernel() {
	TEXT("kern6x16", NOSPLIT, "func(k int, a *float32, rs, ks int, b, c *float32, ldc int, alpha, beta float32, rows int, loadC bool)")
	Doc("kern6x16 is the AVX2/FMA micro-kernel of the packed SGEMM (see asm_amd64.go).")
	k := Load(Param("k"), GP64())
	a0 := Load(Param("a"), GP64())
	rs := Load(Param("rs"), GP64())
	ks := Load(Param("ks"), GP64())
	b := Load(Param("b"), GP64())
	a3 := GP64()
	LEAQ(Mem{Base: rs, Index: rs, Scale: 2}, a3)
	ADDQ(a0, a3)
	// Row i of the panel: rows 0-2 from a0, rows 3-5 from a3 = a0 + 3·rs.
	rowAddr := func(i int) Mem {
		base := a0
		if i >= 3 {
			base = a3
		}
		switch i % 3 {
		case 0:
			return Mem{Base: base}
		case 1:
			return Mem{Base: base, Index: rs, Scale: 1}
		}
		return Mem{Base: base, Index: rs, Scale: 2}
	}

	acc := []VecPhysical{Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11}
	bv := []VecPhysical{Y12, Y13}
	av := []VecPhysical{Y14, Y15}
	for _, r := range acc {
		VXORPS(r, r, r)
	}

	step := func(off int) {
		VMOVUPS(Mem{Base: b, Disp: off * nr * 4}, bv[0])
		VMOVUPS(Mem{Base: b, Disp: off*nr*4 + 32}, bv[1])
		for i := 0; i < mr; i++ {
			x := av[i%2]
			VBROADCASTSS(rowAddr(i), x)
			VFMADD231PS(bv[0], x, acc[2*i])
			VFMADD231PS(bv[1], x, acc[2*i+1])
		}
		ADDQ(ks, a0)
		ADDQ(ks, a3)
	}

	Comment("Main loop, unrolled.")
	Label("unrolled")
	CMPQ(k, U32(unroll))
	JL(LabelRef("tail"))
	for u := 0; u < unroll; u++ {
		step(u)
	}
	ADDQ(U32(unroll*nr*4), b)
	SUBQ(U32(unroll), k)
	JMP(LabelRef("unrolled"))

	Label("tail")
	TESTQ(k, k)
	JZ(LabelRef("store"))
	step(0)
	ADDQ(U32(nr*4), b)
	DECQ(k)
	JMP(LabelRef("tail"))

	Label("store")
	Comment("Scale by alpha, then add beta·C unless C must not be read.")
	c := Load(Param("c"), GP64())
	ldc := Load(Param("ldc"), GP64())
	SHLQ(U8(2), ldc)
	rows := Load(Param("rows"), GP64())
	VBROADCASTSS(paramAddr("alpha"), av[0])
	for _, r := range acc {
		VMULPS(av[0], r, r)
	}
	loadC := Load(Param("loadC"), GP8())
	TESTB(loadC, loadC)
	JZ(LabelRef("overwrite"))
	VBROADCASTSS(paramAddr("beta"), av[1])
	storeRows(c, ldc, rows, acc, func(r VecPhysical, m Mem) { VFMADD231PS(m, av[1], r) }, "accdone")
	Label("overwrite")
	storeRows(c, ldc, rows, acc, nil, "done")
}

// packKernels writes the B-panel packing routines: 16 columns of op(B),
// k rows, into dst as k runs of 16 contiguous floats.
func packKernels() {
	TEXT("packB16N", NOSPLIT, "func(k int, b *float32, ldb int, dst *float32)")
	Doc("packB16N copies 16 columns of a row-major B: row p of the panel is b[p·ldb : p·ldb+16].")
	k := Load(Param("k"), GP64())
	src := Load(Param("b"), GP64())
	ld := Load(Param("ldb"), GP64())
	dst := Load(Param("dst"), GP64())
	SHLQ(U8(2), ld)
	x := []VecVirtual{YMM(), YMM(), YMM(), YMM()}
	Label("pairs")
	CMPQ(k, U32(2))
	JL(LabelRef("last"))
	VMOVUPS(Mem{Base: src}, x[0])
	VMOVUPS(Mem{Base: src, Disp: 32}, x[1])
	VMOVUPS(Mem{Base: src, Index: ld, Scale: 1}, x[2])
	VMOVUPS(Mem{Base: src, Index: ld, Scale: 1, Disp: 32}, x[3])
	for i := range x {
		VMOVUPS(x[i], Mem{Base: dst, Disp: 32 * i})
	}
	LEAQ(Mem{Base: src, Index: ld, Scale: 2}, src)
	ADDQ(U32(128), dst)
	SUBQ(U32(2), k)
	JMP(LabelRef("pairs"))
	Label("last")
	TESTQ(k, k)
	JZ(LabelRef("done"))
	VMOVUPS(Mem{Base: src}, x[0])
	VMOVUPS(Mem{Base: src, Disp: 32}, x[1])
	VMOVUPS(x[0], Mem{Base: dst})
	VMOVUPS(x[1], Mem{Base: dst, Disp: 32})
	Label("done")
	VZEROUPPER()
	RET()

	TEXT("packB16T", NOSPLIT, "func(k8 int, b *float32, ldb int, dst *float32)")
	Doc("packB16T packs 16 columns of op(B) = Bᵀ, i.e. 16 rows of B, 8·k8 deep:",
		"row p of the panel is b[j·ldb+p] for j < 16, by 8×8 transposes.")
	k8 := Load(Param("k8"), GP64())
	src = Load(Param("b"), GP64())
	ld = Load(Param("ldb"), GP64())
	dst = Load(Param("dst"), GP64())
	SHLQ(U8(2), ld)
	ld3 := GP64()
	LEAQ(Mem{Base: ld, Index: ld, Scale: 2}, ld3)
	// Rows 0-7 from s0 and s1 = s0 + 4·ld, rows 8-15 from s2 = s0 + 8·ld and s3.
	s := []Register{GP64(), GP64(), GP64(), GP64()}
	MOVQ(src, s[0])
	LEAQ(Mem{Base: src, Index: ld, Scale: 4}, s[1])
	LEAQ(Mem{Base: src, Index: ld, Scale: 8}, s[2])
	LEAQ(Mem{Base: s[2], Index: ld, Scale: 4}, s[3])
	rowAddr := func(j int) Mem {
		base := s[j/4]
		switch j % 4 {
		case 0:
			return Mem{Base: base}
		case 1:
			return Mem{Base: base, Index: ld, Scale: 1}
		case 2:
			return Mem{Base: base, Index: ld, Scale: 2}
		}
		return Mem{Base: base, Index: ld3, Scale: 1}
	}
	Label("block")
	TESTQ(k8, k8)
	JZ(LabelRef("tdone"))
	for half := 0; half < 2; half++ {
		r := make([]VecVirtual, 8)
		for j := range r {
			r[j] = YMM()
			VMOVUPS(rowAddr(8*half+j), r[j])
		}
		t := make([]VecVirtual, 8)
		for q := 0; q < 4; q++ {
			t[2*q], t[2*q+1] = YMM(), YMM()
			VUNPCKLPS(r[2*q+1], r[2*q], t[2*q])
			VUNPCKHPS(r[2*q+1], r[2*q], t[2*q+1])
		}
		u := make([]VecVirtual, 8)
		for q := 0; q < 2; q++ {
			lo, hi := t[4*q:4*q+2], t[4*q+2:4*q+4]
			for h := 0; h < 2; h++ {
				u[4*q+2*h], u[4*q+2*h+1] = YMM(), YMM()
				VSHUFPS(U8(0x44), hi[h], lo[h], u[4*q+2*h])
				VSHUFPS(U8(0xEE), hi[h], lo[h], u[4*q+2*h+1])
			}
		}
		// u[0..3] hold columns 0-3 of rows 0-3 (and 4-7 in the high lanes),
		// u[4..7] the same for rows 4-7.
		for p := 0; p < 8; p++ {
			o := YMM()
			imm := uint8(0x20)
			if p >= 4 {
				imm = 0x31
			}
			VPERM2F128(U8(imm), u[4+p%4], u[p%4], o)
			VMOVUPS(o, Mem{Base: dst, Disp: p*nr*4 + 32*half})
		}
	}
	for i := range s {
		ADDQ(U32(32), s[i])
	}
	ADDQ(U32(8*nr*4), dst)
	DECQ(k8)
	JMP(LabelRef("block"))
	Label("tdone")
	VZEROUPPER()
	RET()
}

// storeRows stores the first rows tile rows to C, row i at c + i·ldc bytes,
// after combine (if any) has merged the old value into the accumulator.
func storeRows(c, ldc, rows Register, acc []VecPhysical, combine func(VecPhysical, Mem), done string) {
	p := GP64()
	MOVQ(c, p)
	for i := 0; i < mr; i++ {
		if i > 0 {
			CMPQ(rows, U32(i))
			JLE(LabelRef(done))
			ADDQ(ldc, p)
		}
		for h := 0; h < 2; h++ {
			m := Mem{Base: p, Disp: 32 * h}
			if combine != nil {
				combine(acc[2*i+h], m)
			}
			VMOVUPS(acc[2*i+h], m)
		}
	}
	Label(done)
	VZEROUPPER()
	RET()
}

// paramAddr is the stack address of a scalar argument, for instructions
// that take it straight from memory (VBROADCASTSS).
func paramAddr(name string) Mem {
	b, err := Param(name).Resolve()
	if err != nil {
		panic(fmt.Sprintf("asmgen: %s: %v", name, err))
	}
	return b.Addr
}
