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

// sgemmKernel writes kern6x16, which adds the product of one packed A
// micro-panel (k steps of mr floats) and one packed B micro-panel (k steps of
// nr floats) into a rows×16 tile of C:
//
//	C[i][j] = alpha·Σ_p A[p][i]·B[p][j] + beta·C[i][j]   (i < rows)
//
// With loadC false C is not read at all (beta = 0: NaN or Inf in C must not
// survive, as BLAS specifies). k ≥ 1, 1 ≤ rows ≤ 6.
func sgemmKernel() {
	TEXT("kern6x16", NOSPLIT, "func(k int, a, b, c *float32, ldc int, alpha, beta float32, rows int, loadC bool)")
	Doc("kern6x16 is the AVX2/FMA micro-kernel of the packed SGEMM (see sgemm_amd64.go).")
	k := Load(Param("k"), GP64())
	a := Load(Param("a"), GP64())
	b := Load(Param("b"), GP64())

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
			VBROADCASTSS(Mem{Base: a, Disp: (off*mr + i) * 4}, x)
			VFMADD231PS(bv[0], x, acc[2*i])
			VFMADD231PS(bv[1], x, acc[2*i+1])
		}
	}

	Comment("Main loop, unrolled.")
	Label("unrolled")
	CMPQ(k, U32(unroll))
	JL(LabelRef("tail"))
	for u := 0; u < unroll; u++ {
		step(u)
	}
	ADDQ(U32(unroll*mr*4), a)
	ADDQ(U32(unroll*nr*4), b)
	SUBQ(U32(unroll), k)
	JMP(LabelRef("unrolled"))

	Label("tail")
	TESTQ(k, k)
	JZ(LabelRef("store"))
	step(0)
	ADDQ(U32(mr*4), a)
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
