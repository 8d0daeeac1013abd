package nn

import (
	"runtime"
	"sync"
)

// splitMin is the least work (floats written) worth handing half of to the
// second core: below it the hand-off costs more than it saves.
const splitMin = 1 << 14

// ranged is work over items 0..n that can run as disjoint ranges.
type ranged interface {
	part(lo, hi int)
}

// splitTask is one range for the helper goroutine.
type splitTask struct {
	job    ranged
	lo, hi int
}

var (
	helperOnce sync.Once
	helperMu   sync.Mutex
	helperJobs chan splitTask
	helperDone chan struct{}
)

// split2 runs job over items 0..n in two halves, the second on a long-lived
// helper goroutine (a goroutine per call would allocate), when work floats
// are enough to pay for it, and reports whether it split. The halves must
// write disjoint memory; each item's arithmetic is then the same whatever
// the split, so results do not depend on it. job should be a pointer, so
// that passing it allocates nothing. Calls are serialised, split or not, so
// a job may use the GEMM lanes (gemm.Lane) of its half, 0 for the part from
// item 0 and 1 for the other; split2 must not be called from a job.
func split2(job ranged, n, work int) bool {
	helperMu.Lock()
	defer helperMu.Unlock()
	if n < 2 || work < splitMin || runtime.GOMAXPROCS(0) < 2 {
		job.part(0, n)
		return false
	}
	helperOnce.Do(func() {
		helperJobs, helperDone = make(chan splitTask), make(chan struct{})
		go func() {
			for t := range helperJobs {
				t.job.part(t.lo, t.hi)
				helperDone <- struct{}{}
			}
		}()
	})
	mid := n / 2
	helperJobs <- splitTask{job, mid, n}
	job.part(0, mid)
	<-helperDone
	return true
}
