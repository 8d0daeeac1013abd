package nn

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"
	"gogan/internal/kat"
)

// dcganConvs are the convolutions of the DCGAN of issue 21 at batch 64: G's
// 3×3 convs after each upsampling (as Conv2d on the upsampled maps and as
// the UpConv2d dcgan's G runs) and its output conv, D's four 3×3 stride-2
// convs.
var dcganConvs = []struct {
	name string
	o    Conv2dOpts
	up   bool // the upsampling and conv fused: InC×H/2×W/2 in
}{
	{"G1_128to128_16x16", Conv2dOpts{InC: 128, OutC: 128, H: 16, W: 16, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true}, false},
	{"G1up_128to128_8to16", Conv2dOpts{InC: 128, OutC: 128, H: 16, W: 16, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true}, true},
	{"G2_128to64_32x32", Conv2dOpts{InC: 128, OutC: 64, H: 32, W: 32, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true}, false},
	{"G2up_128to64_16to32", Conv2dOpts{InC: 128, OutC: 64, H: 32, W: 32, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true}, true},
	{"G3_64to3_32x32", Conv2dOpts{InC: 64, OutC: 3, H: 32, W: 32, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true}, false},
	{"D1_3to16_32x32s2", Conv2dOpts{InC: 3, OutC: 16, H: 32, W: 32, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}, false},
	{"D2_16to32_16x16s2", Conv2dOpts{InC: 16, OutC: 32, H: 16, W: 16, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}, false},
	{"D3_32to64_8x8s2", Conv2dOpts{InC: 32, OutC: 64, H: 8, W: 8, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}, false},
	{"D4_64to128_4x4s2", Conv2dOpts{InC: 64, OutC: 128, H: 4, W: 4, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true}, false},
}

// BenchmarkConv2d runs the DCGAN convolutions at batch 64 on the assembly
// and OpenBLAS backends and reports GFLOPS (2·OutC·InC·KH·KW·OH·OW·n per
// product, for the fused UpConv2d too, whose products are 4/9 of that: its
// figure is the direct convolution's rate that would take as long): fwd is
// Forward, dx the input gradient alone, dw the weight and bias gradients
// alone.
//
//	go test ./engine/nn -run xxx -bench Conv2d
func BenchmarkConv2d(b *testing.B) {
	const n = 64
	for _, be := range kat.Backends(b) {
		if be.Name() == "go" {
			continue
		}
		for _, c := range dcganConvs {
			ctx := Context{BLAS: be, MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}
			var l Layer = must(NewConv2d(ctx, c.o))
			if c.up {
				l = must(NewUpConv2d(ctx, UpConv2dOpts{InC: c.o.InC, OutC: c.o.OutC, H: c.o.H / 2, W: c.o.W / 2, Scale: 2, K: 3, Bias: true}))
			}
			rng := rand.New(rand.NewPCG(3, 4))
			x, dy := randVec(rng, n*l.In(), 1), randVec(rng, n*l.Out(), 1)
			oh, ow := c.o.H/max(c.o.SH, 1), c.o.W/max(c.o.SW, 1)
			flops := 2 * float64(c.o.OutC*c.o.InC*c.o.KH*c.o.KW*oh*ow*n)
			for _, op := range []struct {
				name string
				run  func()
			}{
				{"fwd", func() { l.Forward(x, n, true) }},
				{"dx", func() { l.Backward(dy, n, Pass{InputGrad: true}) }},
				{"dw", func() { l.Backward(dy, n, Pass{ParamGrads: true}) }},
			} {
				b.Run(fmt.Sprintf("%s/%s/%s", be.Name(), c.name, op.name), func(b *testing.B) {
					l.Forward(x, n, true)
					b.ReportAllocs()
					for b.Loop() {
						op.run()
					}
					b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
				})
			}
		}
	}
}

// BenchmarkDCGANGenerator runs a DCGAN generator's forward and backward at
// batch 64 (PyTorch-GAN's dcgan.py at 32×32: Linear to 128×8×8, then
// BatchNorm2d, two Upsample→Conv3×3→BatchNorm2d→LeakyReLU stages, Conv3×3
// to 3 channels, Tanh), so a profile shows the element-wise layers beside
// the convolutions.
//
//	go test ./engine/nn -run xxx -bench DCGANGenerator -cpuprofile cpu.out
func BenchmarkDCGANGenerator(b *testing.B) {
	const n = 64
	for _, be := range kat.Backends(b) {
		if be.Name() == "go" {
			continue
		}
		ctx := Context{BLAS: be, MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}
		conv := func(in, out, hw int) Layer {
			return must(NewConv2d(ctx, Conv2dOpts{InC: in, OutC: out, H: hw, W: hw, KH: 3, KW: 3, PH: 1, PW: 1, Bias: true}))
		}
		g := NewSequential("model",
			NewLinear(ctx, 100, 128*8*8),
			NewBatchNorm2d(ctx, 128, 64, 1e-5, 0.1),
			NewUpsample(ctx, 128, 8, 8, 2),
			conv(128, 128, 16),
			NewBatchNorm2d(ctx, 128, 256, 0.8, 0.1),
			NewLeakyReLU(ctx, 128*256, 0.2),
			NewUpsample(ctx, 128, 16, 16, 2),
			conv(128, 64, 32),
			NewBatchNorm2d(ctx, 64, 1024, 0.8, 0.1),
			NewLeakyReLU(ctx, 64*1024, 0.2),
			conv(64, 3, 32),
			NewTanh(ctx, 3*1024),
		)
		rng := rand.New(rand.NewPCG(3, 4))
		z, dy := randVec(rng, n*100, 1), randVec(rng, n*g.Out(), 1)
		b.Run(be.Name(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.Forward(z, n, true)
				g.Backward(dy, n, Pass{ParamGrads: true})
			}
		})
	}
}

// BenchmarkPaperCifarConv runs the maxout convolutions of the paper's
// CIFAR-10 D (gan.PaperCifarConvArch) at batch 128 on the default backend.
//
//	go test ./engine/nn -run xxx -bench PaperCifarConv
func BenchmarkPaperCifarConv(b *testing.B) {
	const n = 128
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		o    Conv2dOpts
	}{
		{"h0_3to64_k8p4_32", Conv2dOpts{InC: 3, OutC: 64, H: 32, W: 32, KH: 8, KW: 8, PH: 4, PW: 4, Bias: true}},
		{"h1_32to64_k8p3_16", Conv2dOpts{InC: 32, OutC: 64, H: 16, W: 16, KH: 8, KW: 8, PH: 3, PW: 3, Bias: true}},
		{"h2_32to384_k5p3_7", Conv2dOpts{InC: 32, OutC: 384, H: 7, W: 7, KH: 5, KW: 5, PH: 3, PW: 3, Bias: true}},
	} {
		ctx := Context{BLAS: be, MaxBatch: n, Rand: rand.New(rand.NewPCG(1, 2))}
		l := must(NewConv2d(ctx, c.o))
		rng := rand.New(rand.NewPCG(3, 4))
		x, dy := randVec(rng, n*l.In(), 1), randVec(rng, n*l.Out(), 1)
		for _, op := range []struct {
			name string
			run  func()
		}{
			{"fwd", func() { l.Forward(x, n, true) }},
			{"dx", func() { l.Backward(dy, n, Pass{InputGrad: true}) }},
			{"dw", func() { l.Backward(dy, n, Pass{ParamGrads: true}) }},
		} {
			b.Run(c.name+"/"+op.name, func(b *testing.B) {
				l.Forward(x, n, true)
				b.ReportAllocs()
				for b.Loop() {
					op.run()
				}
			})
		}
	}
}
