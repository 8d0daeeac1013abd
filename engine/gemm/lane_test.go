package gemm

import (
	"math/rand/v2"
	"sync"
	"testing"

	"gonum.org/v1/gonum/blas"
)

// TestLanesMatchBackend: each lane's products are its backend's, bit for
// bit (both sum every element of C over all of k in one block), also with
// both lanes running at once beside a product of the backend's own.
func TestLanesMatchBackend(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	shapes := [][3]int{{128, 256, 1152}, {64, 1024, 576}, {3, 1024, 576}, {7, 5, 3}, {1152, 256, 128}}
	for _, be := range backends(t) {
		for _, sh := range shapes {
			m, n, k := sh[0], sh[1], sh[2]
			for _, tA := range []blas.Transpose{blas.NoTrans, blas.Trans} {
				a, b := randMat(rng, m*k), randMat(rng, k*n)
				lda := k
				if tA == blas.Trans {
					lda = m
				}
				want := make([]float32, m*n)
				be.Sgemm(tA, blas.NoTrans, m, n, k, 1, a, lda, b, n, 0, want, n)
				var got [Lanes + 1][]float32
				var wg sync.WaitGroup
				for i := range Lanes + 1 {
					got[i] = make([]float32, m*n)
					wg.Add(1)
					go func() {
						defer wg.Done()
						l := be
						if i < Lanes {
							l = Lane(be, i)
						}
						l.Sgemm(tA, blas.NoTrans, m, n, k, 1, a, lda, b, n, 0, got[i], n)
					}()
				}
				wg.Wait()
				for i := range got {
					for j := range want {
						if got[i][j] != want[j] {
							t.Fatalf("%s %v %dx%dx%d: lane %d gives %v at %d, the backend %v", be.Name(), tA, m, n, k, i, got[i][j], j, want[j])
						}
					}
				}
			}
		}
	}
}

func randMat(rng *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	return v
}
