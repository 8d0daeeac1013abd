package gemm

import "gonum.org/v1/gonum/blas"

// Lanes is how many lanes a backend offers (see Lane).
const Lanes = 2

// lane computes each product on the calling goroutine alone, in a scratch
// slot of its backend's that the backend's own split never uses.
type lane struct {
	r    blockRunner
	slot int
	be   Backend
	job  gemmJob // the product being run: a field, so that calls allocate nothing
}

// Lane returns lane i (0 ≤ i < Lanes) of be: a backend that computes each
// product on the calling goroutine alone, with scratch of its own, for a
// caller that splits its work over the cores itself (a convolution's
// images, one lane per core) and so saves the hand-offs of be's own split
// of every product. Different lanes may run at the same time as each other
// and as be; one lane must not run two products at once. Its products are
// bit for bit be's: each element of C is summed over all of k in one block
// either way. Only gogan's own kernel has lanes; for the others the lane is
// be itself, whose products are safe to run concurrently (OpenBLAS's split
// serialises them): OpenBLAS called through purego from a third goroutine
// was seen to allocate now and then, breaking the allocation-free step.
func Lane(be Backend, i int) Backend {
	switch b := be.(type) {
	case *Asm:
		if b.lanes[i] != nil {
			return b.lanes[i]
		}
	}
	return be
}

// laneOpenBLAS gives OpenBLAS lanes; off, its lanes are the backend.
var laneOpenBLAS = false

func newLanes(r blockRunner, be Backend, first int) (l [Lanes]*lane) {
	for i := range l {
		l[i] = &lane{r: r, slot: first + i, be: be}
	}
	return l
}

// Sgemm implements Backend with the semantics of its backend's Sgemm.
func (l *lane) Sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	checkGemm(tA, tB, m, n, k, a, lda, b, ldb, c, ldc)
	if alpha == 0 || k == 0 {
		l.be.Sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc) // only scales C
		return
	}
	l.job = gemmJob{tA: tA, tB: tB, m: m, n: n, k: k, lda: lda, ldb: ldb, ldc: ldc, alpha: alpha, beta: beta, a: a, b: b, c: c}
	l.r.runBlock(l.slot, &l.job)
	l.job.a, l.job.b, l.job.c = nil, nil, nil
}

// Name implements Backend: the backend's.
func (l *lane) Name() string { return l.be.Name() }

// Info implements Backend: the backend's.
func (l *lane) Info() string { return l.be.Info() }
