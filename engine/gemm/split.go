package gemm

import (
	"sync"

	"gonum.org/v1/gonum/blas"
)

// maxParts bounds the split: gogan's matrices (at most 1024 wide, batch
// 64-200) stop scaling well beyond it.
const maxParts = 8

// splitMin is the smallest product (m·n·k) worth splitting across cores.
const splitMin = 1 << 18

// gemmJob is one block of C with the operands that produce it.
type gemmJob struct {
	tA, tB                 blas.Transpose
	m, n, k, lda, ldb, ldc int
	alpha, beta            float32
	a, b, c                []float32
}

// blockRunner computes one block of C. slot is 0 for the calling goroutine
// and i for worker i, so a runner can keep per-slot scratch (argument blocks,
// packing buffers) without locking.
type blockRunner interface {
	runBlock(slot int, j *gemmJob)
}

// splitter splits large products into blocks of C computed concurrently on
// persistent worker goroutines: no goroutine starts and nothing allocates
// per call. Each element of C is computed within one block with the whole
// sum over k, so results do not depend on timing.
type splitter struct {
	mu          sync.Mutex
	parts       int
	rowAlign    int // block boundaries are multiples of these (micro-tile sizes)
	colAlign    int
	r           blockRunner
	jobs        []gemmJob
	start, done []chan struct{}
}

func (s *splitter) init(r blockRunner, parts, rowAlign, colAlign int) {
	s.r, s.parts, s.rowAlign, s.colAlign = r, parts, rowAlign, colAlign
	s.jobs = make([]gemmJob, parts)
	s.start, s.done = make([]chan struct{}, parts), make([]chan struct{}, parts)
	for i := 1; i < parts; i++ {
		s.start[i], s.done[i] = make(chan struct{}), make(chan struct{})
		go func() {
			for range s.start[i] {
				j := &s.jobs[i]
				s.r.runBlock(i, j)
				j.a, j.b, j.c = nil, nil, nil
				s.done[i] <- struct{}{}
			}
		}()
	}
}

// sgemm runs the product, split along C's longer side when it is large.
func (s *splitter) sgemm(tA, tB blas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	whole := gemmJob{tA: tA, tB: tB, m: m, n: n, k: k, lda: lda, ldb: ldb, ldc: ldc, alpha: alpha, beta: beta, a: a, b: b, c: c}
	parts := s.parts
	if m*n*k < splitMin {
		parts = 1
	}
	alongM := m >= n
	if alongM {
		parts = min(parts, (m+s.rowAlign-1)/s.rowAlign)
	} else {
		parts = min(parts, (n+s.colAlign-1)/s.colAlign)
	}
	if parts <= 1 {
		s.jobs[0] = whole
		s.r.runBlock(0, &s.jobs[0])
		s.jobs[0].a, s.jobs[0].b, s.jobs[0].c = nil, nil, nil
		return
	}
	for i := parts - 1; i >= 0; i-- {
		j := &s.jobs[i]
		*j = whole
		if alongM {
			lo, hi := bound(i, parts, m, s.rowAlign), bound(i+1, parts, m, s.rowAlign)
			j.m, j.c = hi-lo, c[lo*ldc:]
			if tA == blas.NoTrans {
				j.a = a[lo*lda:]
			} else {
				j.a = a[lo:]
			}
		} else {
			lo, hi := bound(i, parts, n, s.colAlign), bound(i+1, parts, n, s.colAlign)
			j.n, j.c = hi-lo, c[lo:]
			if tB == blas.NoTrans {
				j.b = b[lo:]
			} else {
				j.b = b[lo*ldb:]
			}
		}
		if i > 0 {
			s.start[i] <- struct{}{}
		}
	}
	s.r.runBlock(0, &s.jobs[0])
	s.jobs[0].a, s.jobs[0].b, s.jobs[0].c = nil, nil, nil
	for i := 1; i < parts; i++ {
		<-s.done[i]
	}
}

// bound is where block i of parts starts in a side of length size: the
// micro-tiles (of align elements) are shared out as evenly as they go.
func bound(i, parts, size, align int) int {
	tiles := (size + align - 1) / align
	return min(size, i*tiles/parts*align)
}
