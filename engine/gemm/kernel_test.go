package gemm

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// TestAsmKernelChoice checks how the assembly backend picks its
// micro-kernel: AVX-512 where the CPU and OS have it, AVX2/FMA otherwise or
// when GOGAN_ASM_KERNEL=avx2 forces it, and an error for avx512 on a CPU
// without it or an unknown value. Info names the kernel.
func TestAsmKernelChoice(t *testing.T) {
	if !hasAVX2FMA {
		if _, err := newAsmKernel(""); err == nil {
			t.Fatal("assembly backend built on a CPU without AVX2/FMA")
		}
		t.Skip("no AVX2/FMA: no assembly backend")
	}
	want := KernelAVX2
	if hasAVX512 {
		want = KernelAVX512
	}
	for _, v := range []string{"", "auto"} {
		s, err := newAsmKernel(v)
		if err != nil || s.Kernel() != want || s.Name() != "asm" || !strings.Contains(s.Info(), want) {
			t.Fatalf("newAsmKernel(%q) = %v, %v; want kernel %s", v, s, err, want)
		}
	}
	s, err := newAsmKernel("avx2")
	if err != nil || s.Kernel() != KernelAVX2 || !strings.Contains(s.Info(), KernelAVX2) {
		t.Fatalf("newAsmKernel(avx2) = %v, %v", s, err)
	}
	s, err = newAsmKernel("avx512")
	if hasAVX512 != (err == nil) {
		t.Fatalf("newAsmKernel(avx512) with hasAVX512 %v: %v", hasAVX512, err)
	}
	if err == nil && (s.Kernel() != KernelAVX512 || !strings.Contains(s.Info(), KernelAVX512)) {
		t.Fatalf("newAsmKernel(avx512) = %v", s.Info())
	}
	if _, err := newAsmKernel("sse"); err == nil {
		t.Fatal("newAsmKernel(sse) succeeded, want an error")
	}
	// The environment variable reaches newAsm.
	t.Setenv(KernelEnvVar, "avx2")
	if s, err := newAsm(); err != nil || s.Kernel() != KernelAVX2 {
		t.Fatalf("%s=avx2: newAsm() = %v, %v", KernelEnvVar, s, err)
	}
	// As on a CPU without AVX-512: auto takes AVX2, avx512 is refused.
	saved := hasAVX512
	hasAVX512 = false
	defer func() { hasAVX512 = saved }()
	if s, err := newAsmKernel(""); err != nil || s.Kernel() != KernelAVX2 {
		t.Fatalf("without AVX-512: newAsmKernel(\"\") = %v, %v", s, err)
	}
	if _, err := newAsmKernel("avx512"); err == nil {
		t.Fatal("without AVX-512: newAsmKernel(avx512) succeeded")
	}
}

// TestSgemmTileEdges crosses the sizes around the AVX-512 kernels' 14×32
// tile (every row count from 1 to 14, and the 140-row A block) in m and n
// with k = 1 and other small and block-crossing depths, all four
// transposes, rotating scalars and padding.
func TestSgemmTileEdges(t *testing.T) {
	bes := backends(t)
	ms := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 27, 28, 29, 141, 142}
	ns := []int{1, 3, 31, 32, 33, 48, 63, 65}
	ks := []int{1, 2, 3, 5, 9, 257}
	scalars := [][2]float32{{1, 0}, {0.7, -0.3}, {1, 1}, {-1.5, 0.25}}
	i := 0
	for _, m := range ms {
		for _, n := range ns {
			for _, k := range ks {
				for _, tA := range transposes {
					for _, tB := range transposes {
						sc := scalars[i%len(scalars)]
						gemmCase{tA, tB, m, n, k, i % 3, sc[0], sc[1]}.check(t, bes, i%5 == 0 && sc[1] == 0)
						i++
					}
				}
			}
		}
	}
}

// TestSgemmAliasedA covers a row-major A whose lda is a multiple of 512
// floats, whose rows the AVX-512 path copies apart before reading them
// (one k block and several, row counts that are not multiples of 14,
// partial column panels).
func TestSgemmAliasedA(t *testing.T) {
	bes := backends(t)
	shapes := []struct{ m, n, k, pad int }{{29, 33, 512, 0}, {141, 70, 1024, 0}, {15, 17, 500, 12}, {64, 100, 2048, 0}}
	for i, s := range shapes {
		for _, tB := range transposes {
			gemmCase{blas.NoTrans, tB, s.m, s.n, s.k, s.pad, 0.9, []float32{0, 1, -0.5, 2}[i]}.check(t, bes, false)
		}
	}
}

// TestKernelsBitIdentical: with beta 0 or 1 the two micro-kernels round the
// same operations in the same order (one FMA per k step, k blocks of 256,
// alpha then C), so their products agree bit for bit; and each is
// deterministic from call to call and whatever the number of goroutines
// the product is split over (each element's sum does not depend on the
// tile or block it falls in).
func TestKernelsBitIdentical(t *testing.T) {
	type variant struct {
		s     *Asm
		procs int // GOMAXPROCS when it was made: the goroutines it splits over
	}
	var asms []variant
	for _, procs := range []int{runtime.GOMAXPROCS(0), 1, 3} {
		prev := runtime.GOMAXPROCS(procs)
		for _, want := range []string{"avx2", "avx512"} {
			if s, err := newAsmKernel(want); err == nil {
				asms = append(asms, variant{s, procs})
			}
		}
		runtime.GOMAXPROCS(prev)
	}
	if len(asms) < 6 {
		t.Skip("this CPU does not run both kernels")
	}
	shapes := []struct{ m, n, k int }{{64, 784, 1024}, {128, 256, 1152}, {1152, 256, 128}, {29, 65, 300}, {1, 1, 1}}
	for _, sh := range shapes {
		for _, tA := range transposes {
			for _, tB := range transposes {
				for _, beta := range []float32{0, 1} {
					gc := gemmCase{tA, tB, sh.m, sh.n, sh.k, 1, 0.75, beta}
					a, lda, b, ldb, c, ldc := gc.operands()
					var first []float32
					for _, v := range asms {
						s := v.s
						for range 2 {
							got := append([]float32(nil), c...)
							s.Sgemm(tA, tB, sh.m, sh.n, sh.k, gc.alpha, a, lda, b, ldb, beta, got, ldc)
							if first == nil {
								first = got
								continue
							}
							for i := range got {
								if math.Float32bits(got[i]) != math.Float32bits(first[i]) {
									t.Fatalf("%s: %s over %d goroutines gives c[%d] = %v, the AVX2 kernel's first call %v", gc, s.Kernel(), v.procs, i, got[i], first[i])
								}
							}
						}
					}
				}
			}
		}
	}
}

// operands returns filled A, B and C for the case, with their leading
// dimensions.
func (gc gemmCase) operands() (a []float32, lda int, b []float32, ldb int, c []float32, ldc int) {
	lda, ldb, ldc = gc.k+gc.pad, gc.n+gc.pad, gc.n+gc.pad
	rowsA, rowsB := gc.m, gc.k
	if gc.tA != blas.NoTrans {
		lda, rowsA = gc.m+gc.pad, gc.k
	}
	if gc.tB != blas.NoTrans {
		ldb, rowsB = gc.k+gc.pad, gc.n
	}
	a = make([]float32, max(1, rowsA*lda))
	b = make([]float32, max(1, rowsB*ldb))
	c = make([]float32, max(1, gc.m*ldc))
	fill(a, 1)
	fill(b, 2)
	fill(c, 3)
	return a, lda, b, ldb, c, ldc
}

// BenchmarkSgemmConv runs the products of DCGAN's convolutions lowered by
// im2col, per image, on each backend (both assembly kernels where the CPU
// runs them) and reports GFLOPS. fwd128 is a 128-channel 3×3 layer on 16×16
// positions, W (128×1152) · cols (1152×256); fwd64 a 64-channel layer on
// 32×32 positions, W (64×1152) · cols (1152×1024); dw the weight gradient
// dY (128×256) · colsᵀ (256×1152); dcols the input gradient Wᵀ (1152×128,
// A transposed) · dY (128×256); big a 2048² square product, for comparison
// with other libraries. cpuGFLOPS divides by the process's CPU time instead
// of the wall time (both cores' together, so it is per core), which other
// work on a shared machine disturbs less.
//
//	go test ./engine/gemm -run xxx -bench SgemmConv
func BenchmarkSgemmConv(b *testing.B) {
	type op struct {
		name    string
		tA, tB  blas.Transpose
		m, n, k int
	}
	ops := []op{
		{"fwd128", blas.NoTrans, blas.NoTrans, 128, 256, 1152},
		{"fwd64", blas.NoTrans, blas.NoTrans, 64, 1024, 1152},
		{"dw", blas.NoTrans, blas.Trans, 128, 1152, 256},
		{"dcols", blas.Trans, blas.NoTrans, 1152, 256, 128},
		{"big", blas.NoTrans, blas.NoTrans, 2048, 2048, 2048},
	}
	for _, be := range backends(b) {
		if be.Name() == "go" {
			continue
		}
		for _, o := range ops {
			gc := gemmCase{o.tA, o.tB, o.m, o.n, o.k, 0, 1, 0}
			a, lda, bb, ldb, c, ldc := gc.operands()
			b.Run(fmt.Sprintf("%s/%s/%dx%dx%d", label(be), o.name, o.m, o.n, o.k), func(b *testing.B) {
				cpu0 := cpuSeconds()
				for b.Loop() {
					be.Sgemm(o.tA, o.tB, o.m, o.n, o.k, 1, a, lda, bb, ldb, 0, c, ldc)
				}
				flops := 2 * float64(o.m) * float64(o.n) * float64(o.k) * float64(b.N)
				b.ReportMetric(flops/(cpuSeconds()-cpu0)/1e9, "cpuGFLOPS")
				b.ReportMetric(flops/b.Elapsed().Seconds()/1e9, "GFLOPS")
			})
		}
	}
}

// cpuSeconds is the process's user and system CPU time so far.
func cpuSeconds() float64 {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return math.NaN()
	}
	return float64(r.Utime.Sec+r.Stime.Sec) + float64(r.Utime.Usec+r.Stime.Usec)/1e6
}
