package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// batchNormKernels writes the AVX loops of nn.BatchNorm1d over one row of n
// features (n a multiple of 4). BatchNorm accumulates in float64, so each
// step widens 4 float32 to 4 float64 and does, lane for lane, the scalar
// loop's operations in its order (no FMA contraction): the same bits.
func batchNormKernels() {
	// loop emits a counted loop over n (multiple of 4) with index i; body
	// addresses float32 arrays with f32(base) and float64 ones with f64(base).
	loop := func(name string, n Register, body func(f32, f64 func(Register) Mem)) {
		i := GP64()
		XORQ(i, i)
		Label(name + "loop")
		CMPQ(i, n)
		JGE(LabelRef(name + "done"))
		body(func(b Register) Mem { return Mem{Base: b, Index: i, Scale: 4} },
			func(b Register) Mem { return Mem{Base: b, Index: i, Scale: 8} })
		ADDQ(U32(4), i)
		JMP(LabelRef(name + "loop"))
		Label(name + "done")
		VZEROUPPER()
		RET()
	}

	TEXT("bnAccum", NOSPLIT, "func(n int, dst *float64, x *float32)")
	Doc("bnAccum does dst[j] += float64(x[j]) for j < n.")
	n := Load(Param("n"), GP64())
	dst := Load(Param("dst"), GP64())
	x := Load(Param("x"), GP64())
	loop("accum", n, func(f32, f64 func(Register) Mem) {
		v := YMM()
		VCVTPS2PD(f32(x), v)
		VADDPD(f64(dst), v, v)
		VMOVUPD(v, f64(dst))
	})

	TEXT("bnAccumSq", NOSPLIT, "func(n int, dst *float64, x *float32, mean *float64)")
	Doc("bnAccumSq does c := float64(x[j]) - mean[j]; dst[j] += c*c for j < n.")
	n = Load(Param("n"), GP64())
	dst = Load(Param("dst"), GP64())
	x = Load(Param("x"), GP64())
	mean := Load(Param("mean"), GP64())
	loop("accumsq", n, func(f32, f64 func(Register) Mem) {
		v := YMM()
		VCVTPS2PD(f32(x), v)
		VSUBPD(f64(mean), v, v)
		VMULPD(v, v, v)
		VADDPD(f64(dst), v, v)
		VMOVUPD(v, f64(dst))
	})

	TEXT("bnNorm", NOSPLIT, "func(n int, y, xhat, x *float32, mean, invstd *float64, gamma, beta *float32)")
	Doc("bnNorm does h := float32((float64(x[j]) - mean[j]) * invstd[j]); xhat[j] = h; y[j] = h*gamma[j] + beta[j] for j < n.")
	n = Load(Param("n"), GP64())
	y := Load(Param("y"), GP64())
	xhat := Load(Param("xhat"), GP64())
	x = Load(Param("x"), GP64())
	mean = Load(Param("mean"), GP64())
	invstd := Load(Param("invstd"), GP64())
	gamma := Load(Param("gamma"), GP64())
	beta := Load(Param("beta"), GP64())
	loop("norm", n, func(f32, f64 func(Register) Mem) {
		v, h := YMM(), XMM()
		VCVTPS2PD(f32(x), v)
		VSUBPD(f64(mean), v, v)
		VMULPD(f64(invstd), v, v)
		VCVTPD2PSY(v, h)
		VMOVUPS(h, f32(xhat))
		VMULPS(f32(gamma), h, h)
		VADDPS(f32(beta), h, h)
		VMOVUPS(h, f32(y))
	})

	TEXT("bnBackSums", NOSPLIT, "func(n int, sdy, sdyx *float64, dy, xhat *float32)")
	Doc("bnBackSums does g := float64(dy[j]); sdy[j] += g; sdyx[j] += g*float64(xhat[j]) for j < n.")
	n = Load(Param("n"), GP64())
	sdy := Load(Param("sdy"), GP64())
	sdyx := Load(Param("sdyx"), GP64())
	dy := Load(Param("dy"), GP64())
	xhat = Load(Param("xhat"), GP64())
	loop("sums", n, func(f32, f64 func(Register) Mem) {
		g, s, h := YMM(), YMM(), YMM()
		VCVTPS2PD(f32(dy), g)
		VADDPD(f64(sdy), g, s)
		VMOVUPD(s, f64(sdy))
		VCVTPS2PD(f32(xhat), h)
		VMULPD(h, g, h)
		VADDPD(f64(sdyx), h, h)
		VMOVUPD(h, f64(sdyx))
	})

	TEXT("bnBackDx", NOSPLIT, "func(n int, dx, dy, xhat *float32, k, sdy, sdyx *float64, fn float64)")
	Doc("bnBackDx does dx[j] = float32(k[j] * ((fn*float64(dy[j]) - sdy[j]) - float64(xhat[j])*sdyx[j])) for j < n.")
	n = Load(Param("n"), GP64())
	dx := Load(Param("dx"), GP64())
	dy = Load(Param("dy"), GP64())
	xhat = Load(Param("xhat"), GP64())
	k := Load(Param("k"), GP64())
	sdy = Load(Param("sdy"), GP64())
	sdyx = Load(Param("sdyx"), GP64())
	fn := YMM()
	VBROADCASTSD(paramAddr("fn"), fn)
	loop("dx", n, func(f32, f64 func(Register) Mem) {
		g, h, o := YMM(), YMM(), XMM()
		VCVTPS2PD(f32(dy), g)
		VMULPD(g, fn, g)
		VSUBPD(f64(sdy), g, g)
		VCVTPS2PD(f32(xhat), h)
		VMULPD(f64(sdyx), h, h)
		VSUBPD(h, g, g)
		VMULPD(f64(k), g, g)
		VCVTPD2PSY(g, o)
		VMOVUPS(o, f32(dx))
	})
}
