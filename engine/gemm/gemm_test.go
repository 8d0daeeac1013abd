package gemm

import (
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// backends returns every backend that runs here, plus an assembly backend
// for each micro-kernel other than the default one's, so that an AVX-512
// machine tests the AVX2 kernel too.
func backends(t testing.TB) []Backend {
	bs := Available()
	if _, err := LoadOpenBLAS(); err != nil {
		t.Logf("OpenBLAS not available: %v", err)
	}
	if _, err := LoadAsm(); err != nil {
		t.Logf("assembly SGEMM not available: %v", err)
	}
	return append(bs, otherKernels()...)
}

var (
	otherOnce sync.Once
	otherAsm  []Backend
)

// otherKernels returns assembly backends (made once: each has its worker
// goroutines) for the micro-kernels this CPU runs besides LoadAsm's.
func otherKernels() []Backend {
	otherOnce.Do(func() {
		def, err := LoadAsm()
		for _, want := range []string{"avx512", "avx2"} {
			s, kerr := newAsmKernel(want)
			if kerr == nil && (err != nil || s.Kernel() != def.Kernel()) {
				otherAsm = append(otherAsm, s)
			}
		}
	})
	return otherAsm
}

// label names a backend in failures and benchmarks: the assembly one with
// its kernel (asm-avx512, asm-avx2).
func label(be Backend) string {
	if s, ok := be.(*Asm); ok {
		k := strings.ToLower(s.Kernel())
		k, _, _ = strings.Cut(k, "/")
		return "asm-" + strings.ReplaceAll(k, "-", "")
	}
	return be.Name()
}

func fill(v []float32, seed float64) {
	for i := range v {
		v[i] = float32(math.Sin(float64(i)*0.731 + seed))
	}
}

// naive computes the product in float64 with explicit strides. It is the
// reference: the backends must agree with it to float32 rounding. op(A) and
// op(B)ᵀ are first copied to contiguous float64 rows so that the seed's
// large shapes take a fraction of a second.
func naive(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) []float32 {
	out := append([]float32(nil), c...)
	opA, opBT := make([]float64, m*k), make([]float64, n*k)
	for i := 0; i < m; i++ {
		for p := 0; p < k; p++ {
			if tA == blas.NoTrans {
				opA[i*k+p] = float64(a[i*lda+p])
			} else {
				opA[i*k+p] = float64(a[p*lda+i])
			}
		}
	}
	for j := 0; j < n; j++ {
		for p := 0; p < k; p++ {
			if tB == blas.NoTrans {
				opBT[j*k+p] = float64(b[p*ldb+j])
			} else {
				opBT[j*k+p] = float64(b[j*ldb+p])
			}
		}
	}
	for i := 0; i < m; i++ {
		ra := opA[i*k : (i+1)*k]
		for j := 0; j < n; j++ {
			rb := opBT[j*k : (j+1)*k]
			var s float64
			for p, x := range ra {
				s += x * rb[p]
			}
			r := float64(alpha) * s
			if beta != 0 { // BLAS: beta = 0 means C is not read
				r += float64(beta) * float64(c[i*ldc+j])
			}
			out[i*ldc+j] = float32(r)
		}
	}
	return out
}

// gemmCase is one product with padded leading dimensions.
type gemmCase struct {
	tA, tB      blas.Transpose
	m, n, k     int
	pad         int // added to each leading dimension
	alpha, beta float32
}

func (gc gemmCase) String() string {
	return fmt.Sprintf("%dx%dx%d/%c%c/pad%d/a%v/b%v", gc.m, gc.n, gc.k, gc.tA, gc.tB, gc.pad, gc.alpha, gc.beta)
}

// check runs one case on each backend against one float64 reference; with
// nanC, C starts as NaN (only meaningful with beta 0, where C must not be
// read).
func (gc gemmCase) check(t *testing.T, bes []Backend, nanC bool) {
	t.Helper()
	lda, ldb, ldc := gc.k+gc.pad, gc.n+gc.pad, gc.n+gc.pad
	rowsA, rowsB := gc.m, gc.k
	if gc.tA != blas.NoTrans {
		lda, rowsA = gc.m+gc.pad, gc.k
	}
	if gc.tB != blas.NoTrans {
		ldb, rowsB = gc.k+gc.pad, gc.n
	}
	a := make([]float32, max(1, rowsA*lda))
	b := make([]float32, max(1, rowsB*ldb))
	c := make([]float32, max(1, gc.m*ldc))
	fill(a, 1)
	fill(b, 2)
	fill(c, 3)
	if nanC {
		for i := range c {
			c[i] = float32(math.NaN())
		}
	}
	want := naive(gc.tA, gc.tB, gc.m, gc.n, gc.k, gc.alpha, a, lda, b, ldb, gc.beta, c, ldc)
	c0 := append([]float32(nil), c...)
	for _, be := range bes {
		copy(c, c0)
		be.Sgemm(gc.tA, gc.tB, gc.m, gc.n, gc.k, gc.alpha, a, lda, b, ldb, gc.beta, c, ldc)
		gc.compare(t, be, c, want, ldc)
	}
}

func (gc gemmCase) compare(t *testing.T, be Backend, c, want []float32, ldc int) {
	t.Helper()
	// float32 sums of k terms of size ≤ 1: error grows like k·eps.
	tol := 2e-6 * float64(gc.k+4)
	for i := 0; i < gc.m; i++ {
		for j := 0; j < gc.n; j++ {
			got, w := float64(c[i*ldc+j]), float64(want[i*ldc+j])
			if !(math.Abs(got-w) <= tol*(1+math.Abs(w))) {
				t.Fatalf("%s on %s: c[%d][%d] = %v, want %v", gc, label(be), i, j, got, w)
			}
		}
		// The padding between rows is not C's and must stay untouched.
		for j := gc.n; j < ldc && i*ldc+j < len(c); j++ {
			if got, w := c[i*ldc+j], want[i*ldc+j]; math.Float32bits(got) != math.Float32bits(w) {
				t.Fatalf("%s on %s: padding c[%d][%d] changed to %v", gc, label(be), i, j, got)
			}
		}
	}
}

var transposes = []blas.Transpose{blas.NoTrans, blas.Trans}

func TestSgemmAgainstNaive(t *testing.T) {
	bes := backends(t)
	shapes := []struct{ m, n, k int }{{1, 1, 1}, {3, 5, 7}, {64, 128, 100}, {7, 1, 13}, {1, 9, 4}, {0, 3, 2}, {3, 4, 0}}
	for _, s := range shapes {
		for _, tA := range transposes {
			for _, tB := range transposes {
				gemmCase{tA, tB, s.m, s.n, s.k, 2, 0.7, 0.3}.check(t, bes, false)
			}
		}
	}
}

// TestSgemmSizes crosses every size that meets a micro-tile edge (1, 2, 7,
// 8, 15, 16, 17, 63, 64, 65 against the 6x16 tile) in m, n and k, all four
// transposes, with alpha and beta of 0, 1 and other values and padded
// leading dimensions.
func TestSgemmSizes(t *testing.T) {
	bes := backends(t)
	sizes := []int{1, 2, 7, 8, 15, 16, 17, 63, 64, 65}
	scalars := [][2]float32{{1, 0}, {1, 1}, {0.7, -0.3}, {0, 0.5}, {0, 0}, {-1.5, 1}}
	i := 0
	for _, m := range sizes {
		for _, n := range sizes {
			for _, k := range sizes {
				for _, tA := range transposes {
					for _, tB := range transposes {
						// Every combination of sizes and transposes; the
						// scalars and padding rotate through them.
						sc := scalars[i%len(scalars)]
						gemmCase{tA, tB, m, n, k, i % 3, sc[0], sc[1]}.check(t, bes, false)
						i++
					}
				}
			}
		}
	}
}

// TestSgemmLarge covers k past one 256-deep block (the k blocks accumulate
// with beta 1), n past one 1024-wide block, m past one 144-row block, and
// products large enough to be split over the cores.
func TestSgemmLarge(t *testing.T) {
	bes := backends(t)
	shapes := []struct{ m, n, k int }{{64, 300, 600}, {150, 1030, 257}, {300, 70, 520}, {13, 2100, 40}}
	for i, s := range shapes {
		for _, tA := range transposes {
			for _, tB := range transposes {
				gemmCase{tA, tB, s.m, s.n, s.k, 3 * (i % 2), 0.9, []float32{0, 1, -0.5, 2}[i]}.check(t, bes, false)
			}
		}
	}
}

// TestSgemmSeedShapes runs the products of a seed training step: G's
// layers 100→128→256→512→1024→784 at batch 64 and D's 784→512→256→1 at 128
// rows (fakes and reals together); forward x·Wᵀ, input gradient dy·W and
// weight gradient dyᵀ·x.
func TestSgemmSeedShapes(t *testing.T) {
	bes := backends(t)
	layers := [][3]int{{64, 100, 128}, {64, 128, 256}, {64, 256, 512}, {64, 512, 1024}, {64, 1024, 784}, {128, 784, 512}, {128, 512, 256}, {128, 256, 1}}
	for _, l := range layers {
		batch, in, out := l[0], l[1], l[2]
		gemmCase{blas.NoTrans, blas.Trans, batch, out, in, 0, 1, 0}.check(t, bes, false)
		gemmCase{blas.NoTrans, blas.NoTrans, batch, in, out, 0, 1, 0}.check(t, bes, false)
		gemmCase{blas.Trans, blas.NoTrans, out, in, batch, 0, 1, 1}.check(t, bes, false)
	}
}

// TestSgemmBetaZeroIgnoresC: with beta 0 BLAS does not read C, so NaN there
// must not reach the result, on tile edges and whole tiles, split or not.
func TestSgemmBetaZeroIgnoresC(t *testing.T) {
	bes := backends(t)
	shapes := []struct{ m, n, k int }{{7, 17, 5}, {64, 256, 128}, {6, 16, 300}, {1, 1, 1}}
	for _, s := range shapes {
		for _, tA := range transposes {
			for _, tB := range transposes {
				gemmCase{tA, tB, s.m, s.n, s.k, 1, 0.5, 0}.check(t, bes, true)
				gemmCase{tA, tB, s.m, s.n, s.k, 1, 0, 0}.check(t, bes, true)
			}
		}
	}
}

func TestSelect(t *testing.T) {
	if b, err := Select("go"); err != nil || b.Name() != "go" {
		t.Fatalf("Select(go) = %v, %v", b, err)
	}
	if _, err := Select("mkl"); err == nil {
		t.Fatal("Select(mkl) succeeded, want an error")
	}
	b, err := Select("openblas")
	_, lerr := LoadOpenBLAS()
	if lerr != nil {
		if err == nil {
			t.Fatal("forcing openblas where it cannot load must fail")
		}
	} else if err != nil || b.Name() != "openblas" || b.Info() == "" {
		t.Fatalf("Select(openblas) = %v, %v", b, err)
	} else {
		t.Logf("OpenBLAS kernel %q (OPENBLAS_CORETYPE=%q): %s", b.(*OpenBLAS).Core(), os.Getenv("OPENBLAS_CORETYPE"), b.Info())
	}
	b, err = Select("asm")
	if hasAVX2FMA {
		if err != nil || b.Name() != "asm" || b.Info() == "" {
			t.Fatalf("Select(asm) on an AVX2/FMA CPU = %v, %v", b, err)
		}
	} else if err == nil {
		t.Fatal("forcing asm on a CPU without AVX2/FMA must fail")
	}
	// Automatic choice: the kernel, else OpenBLAS, else Go.
	want := "go"
	switch {
	case hasAVX2FMA:
		want = "asm"
	case lerr == nil:
		want = "openblas"
	}
	if b, err := Select(""); err != nil || b.Name() != want {
		t.Fatalf("Select(\"\") = %v, %v; want %s", b, err, want)
	}
}

// TestFallbackWithoutAVX2 runs the selection as on a CPU without AVX2 or
// FMA (or off amd64): asm is refused by name and never chosen
// automatically, and what is chosen computes correct products.
func TestFallbackWithoutAVX2(t *testing.T) {
	saved := hasAVX2FMA
	hasAVX2FMA = false
	defer func() { hasAVX2FMA = saved }()
	if _, err := Select("asm"); err == nil {
		t.Fatal("Select(asm) without AVX2/FMA succeeded")
	}
	b, err := Select("auto")
	if err != nil {
		t.Fatal(err)
	}
	if b.Name() == "asm" {
		t.Fatal("automatic choice picked the assembly kernel on a CPU without AVX2/FMA")
	}
	if _, err := LoadOpenBLAS(); err != nil && b.Name() != "go" {
		t.Fatalf("without OpenBLAS and AVX2 the choice is %s, want go", b.Name())
	} else if err == nil && b.Name() != "openblas" {
		t.Fatalf("without AVX2 but with OpenBLAS the choice is %s, want openblas", b.Name())
	}
	gemmCase{blas.NoTrans, blas.Trans, 17, 33, 65, 1, 1, 0}.check(t, []Backend{b}, false)
}

func TestZeroAlloc(t *testing.T) {
	// Many runs, so that a rare allocation by the runtime (a new M for a
	// foreign call that ran long) reads 0 while one per call still reads 1.
	// The split product exercises the worker pool.
	a, b, c := make([]float32, 256*512), make([]float32, 512*256), make([]float32, 256*256)
	for _, be := range backends(t) {
		if be.Name() == "go" {
			continue // gonum's GEMM starts goroutines per call
		}
		allocs := testing.AllocsPerRun(200, func() {
			be.Sgemm(blas.NoTrans, blas.Trans, 64, 128, 100, 1, a, 100, b, 100, 0, c, 128)
			be.Sgemm(blas.NoTrans, blas.NoTrans, 256, 256, 512, 1, a, 512, b, 256, 1, c, 256)
		})
		if allocs != 0 {
			t.Errorf("%s Sgemm allocates %v times per call, want 0", label(be), allocs)
		}
	}
}

// BenchmarkSgemm runs the products of the seed's layers at batch 64 on
// each backend and reports GFLOPS: fwd is y = x·Wᵀ, dx is dy·W and dw is
// dyᵀ·x (the three products of a Linear layer), all is the seven layers'
// forward products back to back. cpuGFLOPS is per core (see
// BenchmarkSgemmConv).
//
//	go test ./engine/gemm -run xxx -bench Sgemm
func BenchmarkSgemm(b *testing.B) {
	const m = 64
	layers := [][2]int{{100, 128}, {128, 256}, {256, 512}, {512, 1024}, {1024, 784}, {784, 512}, {512, 256}}
	bufs := make([][4][]float32, len(layers))
	for i, l := range layers {
		in, out := l[0], l[1]
		bufs[i] = [4][]float32{make([]float32, m*in), make([]float32, out*in), make([]float32, m*out), make([]float32, out*in)}
		fill(bufs[i][0], 1)
		fill(bufs[i][1], 2)
		fill(bufs[i][2], 3)
	}
	fwd := func(be Backend, i int) {
		in, out, x := layers[i][0], layers[i][1], bufs[i]
		be.Sgemm(blas.NoTrans, blas.Trans, m, out, in, 1, x[0], in, x[1], in, 0, x[2], out)
	}
	ops := []struct {
		name string
		run  func(be Backend, i int)
	}{
		{"fwd", fwd},
		{"dx", func(be Backend, i int) {
			in, out, x := layers[i][0], layers[i][1], bufs[i]
			be.Sgemm(blas.NoTrans, blas.NoTrans, m, in, out, 1, x[2], out, x[1], in, 0, x[0], in)
		}},
		{"dw", func(be Backend, i int) {
			in, out, x := layers[i][0], layers[i][1], bufs[i]
			be.Sgemm(blas.Trans, blas.NoTrans, out, in, m, 1, x[2], out, x[0], in, 0, x[3], in)
		}},
	}
	for _, be := range backends(b) {
		b.Run(label(be)+"/all", func(b *testing.B) {
			var flops float64
			for _, l := range layers {
				flops += 2 * m * float64(l[0]*l[1])
			}
			cpu0 := cpuSeconds()
			for b.Loop() {
				for i := range layers {
					fwd(be, i)
				}
			}
			b.ReportMetric(flops*float64(b.N)/(cpuSeconds()-cpu0)/1e9, "cpuGFLOPS")
			b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
		})
		for i, l := range layers {
			for _, op := range ops {
				b.Run(fmt.Sprintf("%s/%s/%dx%d", label(be), op.name, l[0], l[1]), func(b *testing.B) {
					cpu0 := cpuSeconds()
					for b.Loop() {
						op.run(be, i)
					}
					flops := 2 * m * float64(l[0]*l[1]) * float64(b.N)
					b.ReportMetric(flops/(cpuSeconds()-cpu0)/1e9, "cpuGFLOPS")
					b.ReportMetric(flops/b.Elapsed().Seconds()/1e9, "GFLOPS")
				})
			}
		}
	}
}
