package gemm

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/blas"
)

func backends(t testing.TB) []Backend {
	bs := []Backend{Go{}}
	if ob, err := LoadOpenBLAS(); err == nil {
		bs = append(bs, ob)
	} else {
		t.Logf("OpenBLAS not available, testing the Go backend only: %v", err)
	}
	return bs
}

func fill(v []float32, seed float64) {
	for i := range v {
		v[i] = float32(math.Sin(float64(i)*0.731 + seed))
	}
}

// naive computes the product in float64 with explicit strides.
func naive(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) []float32 {
	out := append([]float32(nil), c...)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float64
			for p := 0; p < k; p++ {
				var av, bv float32
				if tA == blas.NoTrans {
					av = a[i*lda+p]
				} else {
					av = a[p*lda+i]
				}
				if tB == blas.NoTrans {
					bv = b[p*ldb+j]
				} else {
					bv = b[j*ldb+p]
				}
				s += float64(av) * float64(bv)
			}
			out[i*ldc+j] = float32(float64(alpha)*s + float64(beta)*float64(c[i*ldc+j]))
		}
	}
	return out
}

func TestSgemmAgainstNaive(t *testing.T) {
	shapes := []struct{ m, n, k int }{{1, 1, 1}, {3, 5, 7}, {64, 128, 100}, {7, 1, 13}, {1, 9, 4}, {0, 3, 2}, {3, 4, 0}}
	for _, be := range backends(t) {
		for _, s := range shapes {
			for _, tA := range []blas.Transpose{blas.NoTrans, blas.Trans} {
				for _, tB := range []blas.Transpose{blas.NoTrans, blas.Trans} {
					name := fmt.Sprintf("%s/%dx%dx%d/%c%c", be.Name(), s.m, s.n, s.k, tA, tB)
					t.Run(name, func(t *testing.T) {
						lda, ldb, ldc := s.k+2, s.n+1, s.n+3 // padded strides
						if tA != blas.NoTrans {
							lda = s.m + 2
						}
						if tB != blas.NoTrans {
							ldb = s.k + 1
						}
						rowsA, rowsB := s.m, s.k
						if tA != blas.NoTrans {
							rowsA = s.k
						}
						if tB != blas.NoTrans {
							rowsB = s.n
						}
						a := make([]float32, max(1, rowsA*lda))
						b := make([]float32, max(1, rowsB*ldb))
						c := make([]float32, max(1, s.m*ldc))
						fill(a, 1)
						fill(b, 2)
						fill(c, 3)
						want := naive(tA, tB, s.m, s.n, s.k, 0.7, a, lda, b, ldb, 0.3, c, ldc)
						be.Sgemm(tA, tB, s.m, s.n, s.k, 0.7, a, lda, b, ldb, 0.3, c, ldc)
						for i := range c {
							if d := math.Abs(float64(c[i] - want[i])); !(d <= 1e-4*(1+math.Abs(float64(want[i])))) {
								t.Fatalf("c[%d] = %v, want %v", i, c[i], want[i])
							}
						}
					})
				}
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
	if _, lerr := LoadOpenBLAS(); lerr != nil {
		if err == nil {
			t.Fatal("forcing openblas where it cannot load must fail")
		}
	} else if err != nil || b.Name() != "openblas" || b.Info() == "" {
		t.Fatalf("Select(openblas) = %v, %v", b, err)
	}
}

func TestOpenBLASZeroAlloc(t *testing.T) {
	// Many runs, so that a rare allocation by the runtime (a new M for a
	// foreign call that ran long) reads 0 while one per call still reads 1.
	ob, err := LoadOpenBLAS()
	if err != nil {
		t.Skip(err)
	}
	a, b, c := make([]float32, 64*100), make([]float32, 100*128), make([]float32, 64*128)
	allocs := testing.AllocsPerRun(200, func() {
		ob.Sgemm(blas.NoTrans, blas.Trans, 64, 128, 100, 1, a, 100, b, 100, 0, c, 128)
	})
	if allocs != 0 {
		t.Fatalf("OpenBLAS Sgemm allocates %v times per call, want 0", allocs)
	}
}

// BenchmarkSgemm runs the seed's layer shapes (batch 64, forward: x·Wᵀ) on
// each backend and reports GFLOPS.
func BenchmarkSgemm(b *testing.B) {
	layers := [][2]int{{100, 128}, {128, 256}, {256, 512}, {512, 1024}, {1024, 784}, {784, 512}, {512, 256}}
	for _, be := range backends(b) {
		b.Run(be.Name(), func(b *testing.B) {
			const m = 64
			var flops float64
			bufs := make([][3][]float32, len(layers))
			for i, l := range layers {
				bufs[i] = [3][]float32{make([]float32, m*l[0]), make([]float32, l[1]*l[0]), make([]float32, m*l[1])}
				fill(bufs[i][0], 1)
				fill(bufs[i][1], 2)
				flops += 2 * m * float64(l[0]*l[1])
			}
			b.ResetTimer()
			for b.Loop() {
				for i, l := range layers {
					be.Sgemm(blas.NoTrans, blas.Trans, m, l[1], l[0], 1, bufs[i][0], l[0], bufs[i][1], l[0], 0, bufs[i][2], l[1])
				}
			}
			b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
		})
	}
}
