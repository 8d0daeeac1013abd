package main

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// AVX-512 micro-kernel tile: up to mr512 rows of C by nr512 = 2 zmm
// registers (32 floats). At 14 rows the 28 accumulators, two B vectors and
// two A broadcasts use all 32 zmm registers; each k step is 28 FMAs against
// 16 loads.
const (
	mr512     = 14
	nr512     = 32
	unroll512 = 4
	prefetchC = true
)

// sgemm512Kernels writes kern1x32 … kern14x32, the AVX-512 counterparts of
// kern6x16, one per row count so that the rows of C can be cut into tiles
// of nearly equal height with none computed in vain.
func sgemm512Kernels() {
	for mr := mr512; mr >= 1; mr-- {
		sgemm512Kernel(mr)
	}
}

// sgemm512Kernel writes kern<mr>x32: it adds the product of an mr-row A
// micro-panel and one packed 32-wide B micro-panel into an mr×cols tile of C,
//
//	C[i][j] = alpha·Σ_p A(i,p)·B[p][j] + beta·C[i][j]   (i < mr, j < cols)
//
// with A(i,p) at a + i·rs + p·ks bytes as in kern6x16. The columns stored are
// the set bits of mask (bit j for column j), so a partial tile is written in
// place through opmask registers: C is neither read nor written past cols.
// With loadC false C is not read at all. k ≥ 1.
func sgemm512Kernel(mr int) {
	name := fmt.Sprintf("kern%dx%d", mr, nr512)
	TEXT(name, NOSPLIT, "func(k int, a *float32, rs, ks int, b, c *float32, ldc int, alpha, beta float32, mask uint32, loadC bool)")
	Doc(fmt.Sprintf("%s is the AVX-512 micro-kernel of the packed SGEMM for %d rows of C (see asm_amd64.go).", name, mr))
	lbl := func(s string) string { return fmt.Sprintf("%s_%d", s, mr) }
	k := Load(Param("k"), GP64())
	a0 := Load(Param("a"), GP64())
	rs := Load(Param("rs"), GP64())
	ks := Load(Param("ks"), GP64())
	b := Load(Param("b"), GP64())
	// Rows 3q..3q+2 of the panel are read from base[q] = a + 3q·rs.
	nb := (mr + 2) / 3
	base := []Register{a0}
	for q := 1; q < nb; q++ {
		r := GP64()
		LEAQ(Mem{Base: base[q-1], Index: rs, Scale: 2}, r)
		ADDQ(rs, r)
		base = append(base, r)
	}
	rowAddr := func(i int) Mem {
		switch i % 3 {
		case 0:
			return Mem{Base: base[i/3]}
		case 1:
			return Mem{Base: base[i/3], Index: rs, Scale: 1}
		}
		return Mem{Base: base[i/3], Index: rs, Scale: 2}
	}

	acc := make([]VecPhysical, 2*mr)
	for i := range acc {
		acc[i] = zmm(i)
	}
	bv := []VecPhysical{zmm(28), zmm(29)}
	av := []VecPhysical{zmm(30), zmm(31)}
	for _, r := range acc {
		VPXORD(r, r, r)
	}
	if prefetchC {
		Comment("Prefetch the tile of C, which the store reads or overwrites.")
		c := Load(Param("c"), GP64())
		ldc := Load(Param("ldc"), GP64())
		SHLQ(U8(2), ldc)
		for i := 0; i < mr; i++ {
			if i > 0 {
				ADDQ(ldc, c)
			}
			PREFETCHT0(Mem{Base: c})
			PREFETCHT0(Mem{Base: c, Disp: 64})
		}
	}

	step := func(off int) {
		VMOVUPS(Mem{Base: b, Disp: off * nr512 * 4}, bv[0])
		VMOVUPS(Mem{Base: b, Disp: off*nr512*4 + 64}, bv[1])
		for i := 0; i < mr; i++ {
			x := av[i%2]
			VBROADCASTSS(rowAddr(i), x)
			VFMADD231PS(bv[0], x, acc[2*i])
			VFMADD231PS(bv[1], x, acc[2*i+1])
		}
		for _, r := range base {
			ADDQ(ks, r)
		}
	}

	Comment("Main loop, unrolled.")
	Label(lbl("unrolled"))
	CMPQ(k, U32(unroll512))
	JL(LabelRef(lbl("tail")))
	for u := 0; u < unroll512; u++ {
		step(u)
	}
	ADDQ(U32(unroll512*nr512*4), b)
	SUBQ(U32(unroll512), k)
	JMP(LabelRef(lbl("unrolled")))

	Label(lbl("tail"))
	TESTQ(k, k)
	JZ(LabelRef(lbl("store")))
	step(0)
	ADDQ(U32(nr512*4), b)
	DECQ(k)
	JMP(LabelRef(lbl("tail")))

	Label(lbl("store"))
	Comment("Column masks: K1 for columns 0-15, K2 for 16-31.")
	mask := Load(Param("mask"), GP32())
	KMOVW(mask, K1)
	SHRL(U8(16), mask)
	KMOVW(mask, K2)
	Comment("Scale by alpha, then add beta·C unless C must not be read.")
	c := Load(Param("c"), GP64())
	ldc := Load(Param("ldc"), GP64())
	SHLQ(U8(2), ldc)
	VBROADCASTSS(paramAddr("alpha"), av[0])
	for _, r := range acc {
		VMULPS(av[0], r, r)
	}
	loadC := Load(Param("loadC"), GP8())
	TESTB(loadC, loadC)
	JZ(LabelRef(lbl("overwrite")))
	VBROADCASTSS(paramAddr("beta"), av[1])
	storeRows512(c, ldc, acc, func(r VecPhysical, m Mem, k Register) { VFMADD231PS(m, av[1], k, r) })
	Label(lbl("overwrite"))
	storeRows512(c, ldc, acc, nil)
}

// storeRows512 stores the tile's len(acc)/2 rows to C through the column
// masks K1 and K2, row i at c + i·ldc bytes, after combine (if any) has
// merged the old value into the accumulator.
func storeRows512(c, ldc Register, acc []VecPhysical, combine func(VecPhysical, Mem, Register)) {
	p := GP64()
	MOVQ(c, p)
	masks := []Register{K1, K2}
	for i := 0; i < len(acc)/2; i++ {
		if i > 0 {
			ADDQ(ldc, p)
		}
		for h := 0; h < 2; h++ {
			m := Mem{Base: p, Disp: 64 * h}
			if combine != nil {
				combine(acc[2*i+h], m, masks[h])
			}
			VMOVUPS(acc[2*i+h], masks[h], m)
		}
	}
	VZEROUPPER()
	RET()
}

// pack512Kernels writes the 32-wide B-panel packing routines of the AVX-512
// kernel: 32 columns of op(B), k rows, into dst as k runs of 32 floats.
func pack512Kernels() {
	TEXT("packB32N", NOSPLIT, "func(k int, b *float32, ldb int, dst *float32)")
	Doc("packB32N copies 32 columns of a row-major B: row p of the panel is b[p·ldb : p·ldb+32].")
	k := Load(Param("k"), GP64())
	src := Load(Param("b"), GP64())
	ld := Load(Param("ldb"), GP64())
	dst := Load(Param("dst"), GP64())
	SHLQ(U8(2), ld)
	x := []VecVirtual{ZMM(), ZMM(), ZMM(), ZMM()}
	Label("pairs")
	CMPQ(k, U32(2))
	JL(LabelRef("last"))
	VMOVUPS(Mem{Base: src}, x[0])
	VMOVUPS(Mem{Base: src, Disp: 64}, x[1])
	VMOVUPS(Mem{Base: src, Index: ld, Scale: 1}, x[2])
	VMOVUPS(Mem{Base: src, Index: ld, Scale: 1, Disp: 64}, x[3])
	for i := range x {
		VMOVUPS(x[i], Mem{Base: dst, Disp: 64 * i})
	}
	LEAQ(Mem{Base: src, Index: ld, Scale: 2}, src)
	ADDQ(U32(256), dst)
	SUBQ(U32(2), k)
	JMP(LabelRef("pairs"))
	Label("last")
	TESTQ(k, k)
	JZ(LabelRef("done"))
	VMOVUPS(Mem{Base: src}, x[0])
	VMOVUPS(Mem{Base: src, Disp: 64}, x[1])
	VMOVUPS(x[0], Mem{Base: dst})
	VMOVUPS(x[1], Mem{Base: dst, Disp: 64})
	Label("done")
	VZEROUPPER()
	RET()

	TEXT("packB32T", NOSPLIT, "func(k8 int, b *float32, ldb int, dst *float32)")
	Doc("packB32T packs 32 columns of op(B) = Bᵀ, i.e. 32 rows of B, 8·k8 deep:",
		"row p of the panel is b[j·ldb+p] for j < 32, by 8×8 transposes.")
	k8 := Load(Param("k8"), GP64())
	src = Load(Param("b"), GP64())
	ld = Load(Param("ldb"), GP64())
	dst = Load(Param("dst"), GP64())
	SHLQ(U8(2), ld)
	ld3 := GP64()
	LEAQ(Mem{Base: ld, Index: ld, Scale: 2}, ld3)
	// Rows 4q..4q+3 from s[q] = b + 4q·ld.
	s := []Register{src}
	for q := 1; q < nr512/4; q++ {
		r := GP64()
		LEAQ(Mem{Base: s[q-1], Index: ld, Scale: 4}, r)
		s = append(s, r)
	}
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
	for part := 0; part < nr512/8; part++ {
		transpose8x8(func(j int) Mem { return rowAddr(8*part + j) }, func(p int) Mem {
			return Mem{Base: dst, Disp: p*nr512*4 + 32*part}
		})
	}
	for i := range s {
		ADDQ(U32(32), s[i])
	}
	ADDQ(U32(8*nr512*4), dst)
	DECQ(k8)
	JMP(LabelRef("block"))
	Label("tdone")
	VZEROUPPER()
	RET()
}

// transpose8x8 loads eight rows of eight floats from row(0..7) and stores
// column p, as eight contiguous floats, at col(p).
func transpose8x8(row, col func(int) Mem) {
	r := make([]VecVirtual, 8)
	for j := range r {
		r[j] = YMM()
		VMOVUPS(row(j), r[j])
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
		VMOVUPS(o, col(p))
	}
}

// zmm returns the physical register Zi.
func zmm(i int) VecPhysical {
	return []VecPhysical{Z0, Z1, Z2, Z3, Z4, Z5, Z6, Z7, Z8, Z9, Z10, Z11, Z12, Z13, Z14, Z15,
		Z16, Z17, Z18, Z19, Z20, Z21, Z22, Z23, Z24, Z25, Z26, Z27, Z28, Z29, Z30, Z31}[i]
}
