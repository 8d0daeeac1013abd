package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// activationKernels writes the AVX loops of nn.LeakyReLU and nn.ReLU over n
// elements (a multiple of 8), each giving the scalar loop's bits: LeakyReLU
// multiplies by 1 or the slope, chosen as the scalar loops choose (the sign
// bit of x forward, x > 0 backward); ReLU's forward is max(0, x) + 0, which
// is Go's max(x, 0) for every x (VMAXPS returns x for a NaN and -0 for -0,
// which the + 0 turns into +0), and its backward keeps dy where y > 0.
func activationKernels() {
	loop := func(name string, n, i Register, body func(at func(Register) Mem)) {
		XORQ(i, i)
		Label(name + "loop")
		CMPQ(i, n)
		JGE(LabelRef(name + "done"))
		body(func(b Register) Mem { return Mem{Base: b, Index: i, Scale: 4} })
		ADDQ(U32(8), i)
		JMP(LabelRef(name + "loop"))
		Label(name + "done")
		VZEROUPPER()
		RET()
	}
	consts := func() (one, slope VecVirtual) {
		one, slope = YMM(), YMM()
		VBROADCASTSS(paramAddr("slope"), slope)
		t := GP32()
		MOVL(U32(0x3f800000), t) // 1.0
		x := XMM()
		MOVD(t, x)
		VBROADCASTSS(x, one)
		return one, slope
	}

	TEXT("leakyForward", NOSPLIT, "func(n int, y, x *float32, slope float32)")
	Doc("leakyForward does y[j] = x[j] * (slope if x[j]'s sign bit is set, else 1) for j < n.")
	n := Load(Param("n"), GP64())
	y := Load(Param("y"), GP64())
	x := Load(Param("x"), GP64())
	one, slope := consts()
	loop("fwd", n, GP64(), func(at func(Register) Mem) {
		v, m := YMM(), YMM()
		VMOVUPS(at(x), v)
		VBLENDVPS(v, slope, one, m) // the sign bit of v picks slope
		VMULPS(m, v, v)
		VMOVUPS(v, at(y))
	})

	TEXT("reluForward", NOSPLIT, "func(n int, y, x *float32)")
	Doc("reluForward does y[j] = max(x[j], 0) (Go's max: NaN stays, -0 becomes +0) for j < n.")
	n = Load(Param("n"), GP64())
	y = Load(Param("y"), GP64())
	x = Load(Param("x"), GP64())
	zero := YMM()
	VXORPS(zero, zero, zero)
	loop("relufwd", n, GP64(), func(at func(Register) Mem) {
		v := YMM()
		VMAXPS(at(x), zero, v) // max(0, x): x itself when either is NaN or both are zeros
		VADDPS(zero, v, v)
		VMOVUPS(v, at(y))
	})

	TEXT("reluBackward", NOSPLIT, "func(n int, dx, dy, y *float32)")
	Doc("reluBackward does dx[j] = dy[j] if y[j] > 0, else 0, for j < n.")
	n = Load(Param("n"), GP64())
	dx := Load(Param("dx"), GP64())
	dy := Load(Param("dy"), GP64())
	y = Load(Param("y"), GP64())
	zero = YMM()
	VXORPS(zero, zero, zero)
	loop("relubwd", n, GP64(), func(at func(Register) Mem) {
		m, g := YMM(), YMM()
		VCMPPS(U8(0x11), at(y), zero, m) // 0 < y
		VANDPS(at(dy), m, g)
		VMOVUPS(g, at(dx))
	})

	TEXT("leakyBackward", NOSPLIT, "func(n int, dx, dy, x *float32, slope float32)")
	Doc("leakyBackward does dx[j] = dy[j] * (1 if x[j] > 0, else slope) for j < n.")
	n = Load(Param("n"), GP64())
	dx = Load(Param("dx"), GP64())
	dy = Load(Param("dy"), GP64())
	x = Load(Param("x"), GP64())
	one, slope = consts()
	zero = YMM()
	VXORPS(zero, zero, zero)
	loop("bwd", n, GP64(), func(at func(Register) Mem) {
		m, k, g := YMM(), YMM(), YMM()
		VCMPPS(U8(0x11), at(x), zero, m) // 0 < x (LT_OQ: false for NaN)
		VBLENDVPS(m, one, slope, k)
		VMOVUPS(at(dy), g)
		VMULPS(k, g, g)
		VMOVUPS(g, at(dx))
	})
}
