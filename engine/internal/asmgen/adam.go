package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// adamKernel writes adamAVX, Adam's fused update over n elements (a multiple
// of 8), with the scalar loop's operations in the same order so each element
// rounds exactly as in optim.adamUpdate:
//
//	m = b1·m + c1·g;  v = b2·v + (c2·g)·g;  w -= (num·m) / (sqrt(v) + eps)
//
// Square root and division are IEEE-exact in both, so the results are the
// same bits (without FMA contraction, which Go does not do on amd64 v1).
func adamKernel() {
	TEXT("adamAVX", NOSPLIT, "func(n int, w, grad, m, v *float32, b1, b2, c1, c2, num, eps float32)")
	Doc("adamAVX is the AVX update of adamUpdate for the first n (a multiple of 8) elements.")
	n := Load(Param("n"), GP64())
	w := Load(Param("w"), GP64())
	g := Load(Param("grad"), GP64())
	m := Load(Param("m"), GP64())
	v := Load(Param("v"), GP64())
	consts := map[string]VecVirtual{}
	for _, name := range []string{"b1", "b2", "c1", "c2", "num", "eps"} {
		consts[name] = YMM()
		VBROADCASTSS(paramAddr(name), consts[name])
	}
	i := GP64()
	XORQ(i, i)
	Label("loop")
	CMPQ(i, n)
	JGE(LabelRef("done"))
	at := func(base Register) Mem { return Mem{Base: base, Index: i, Scale: 4} }
	gv, mv, vv, wv := YMM(), YMM(), YMM(), YMM()
	t1, t2 := YMM(), YMM()
	VMOVUPS(at(g), gv)
	// m = b1·m + c1·g
	VMULPS(at(m), consts["b1"], mv)
	VMULPS(gv, consts["c1"], t1)
	VADDPS(t1, mv, mv)
	VMOVUPS(mv, at(m))
	// v = b2·v + (c2·g)·g
	VMULPS(at(v), consts["b2"], vv)
	VMULPS(gv, consts["c2"], t1)
	VMULPS(gv, t1, t1)
	VADDPS(t1, vv, vv)
	VMOVUPS(vv, at(v))
	// w -= (num·m) / (sqrt(v) + eps)
	VSQRTPS(vv, t2)
	VADDPS(consts["eps"], t2, t2)
	VMULPS(mv, consts["num"], t1)
	VDIVPS(t2, t1, t1)
	VMOVUPS(at(w), wv)
	VSUBPS(t1, wv, wv)
	VMOVUPS(wv, at(w))
	ADDQ(U32(8), i)
	JMP(LabelRef("loop"))
	Label("done")
	VZEROUPPER()
	RET()
}
