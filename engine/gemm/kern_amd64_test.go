package gemm

import "testing"

// BenchmarkMicroKernel runs each micro-kernel alone on packed operands that
// stay in L1 (k = 256), the ceiling for the whole product, and reports
// GFLOPS per CPU-second (one core).
//
//	go test ./engine/gemm -run xxx -bench MicroKernel
func BenchmarkMicroKernel(b *testing.B) {
	const kc = 256
	pa := make([]float32, tile512M*kc)
	pb := make([]float32, tile512N*kc)
	c := make([]float32, tile512M*tile512N)
	fill(pa, 1)
	fill(pb, 2)
	run := func(b *testing.B, flops float64, kern func()) {
		cpu0 := cpuSeconds()
		for b.Loop() {
			kern()
		}
		b.ReportMetric(flops*float64(b.N)/(cpuSeconds()-cpu0)/1e9, "cpuGFLOPS")
	}
	if hasAVX512 {
		b.Run("avx512-14x32", func(b *testing.B) {
			run(b, 2*tile512M*tile512N*kc, func() {
				kern14x32(kc, &pa[0], 4, 4*tile512M, &pb[0], &c[0], tile512N, 1, 0, 1<<tile512N-1, false)
			})
		})
	}
	if hasAVX2FMA {
		b.Run("avx2-6x16", func(b *testing.B) {
			run(b, 2*tileM*tileN*kc, func() {
				kern6x16(kc, &pa[0], 4, 4*tileM, &pb[0], &c[0], tileN, 1, 0, tileM, false)
			})
		})
	}
}
