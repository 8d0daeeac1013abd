package optim

import (
	"runtime"
	"sync"
)

// parallelMin is the smallest tensor worth splitting: below it the hand-off
// costs more than the second core saves.
const parallelMin = 1 << 15

// adamJob is one slice of an Adam update.
type adamJob struct {
	w, g, m, v                             []float32
	b1, b2, c1, c2, stepSize, bc2sqrt, eps float32
}

func (j *adamJob) run() {
	adamUpdate(j.w, j.g, j.m, j.v, j.b1, j.b2, j.c1, j.c2, j.stepSize, j.bc2sqrt, j.eps)
}

var (
	helperOnce sync.Once
	helperMu   sync.Mutex
	jobs       chan *adamJob
	done       chan struct{}
)

// adamParallel runs the update in two halves, one on a long-lived helper
// goroutine. Adam's update is element-wise, so the halves are disjoint and
// every element's arithmetic is the same as serially: results do not depend
// on the split. A persistent helper (not a goroutine per call) keeps the step
// allocation-free; the job struct is the caller's.
func adamParallel(j *adamJob, half *adamJob) {
	n := len(j.w)
	if n < parallelMin || runtime.GOMAXPROCS(0) < 2 {
		j.run()
		return
	}
	helperOnce.Do(func() {
		jobs, done = make(chan *adamJob), make(chan struct{})
		go func() {
			for j := range jobs {
				j.run()
				done <- struct{}{}
			}
		}()
	})
	helperMu.Lock()
	defer helperMu.Unlock()
	mid := n / 2
	*half = *j
	half.w, half.g, half.m, half.v = j.w[mid:], j.g[mid:n], j.m[mid:n], j.v[mid:n]
	first := *j
	first.w, first.g, first.m, first.v = j.w[:mid], j.g[:mid], j.m[:mid], j.v[:mid]
	jobs <- half
	first.run()
	<-done
}
