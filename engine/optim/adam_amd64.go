package optim

import "golang.org/x/sys/cpu"

//go:generate go -C ../internal/asmgen run . -kernels adam -pkg optim -out ../../optim/adam_amd64.s -stubs ../../optim/adam_stub_amd64.go

// useAVX says whether adamVector runs the AVX kernel; tests clear it to
// compare with the scalar loop.
var useAVX = cpu.X86.HasAVX

// adamVector updates the longest prefix of w whose length is a multiple of 8
// with the AVX kernel (adam_amd64.s) and returns that length; adamUpdate's
// scalar loop does the rest. The update is memory-bound once vectorised:
// four streams in, three out.
func adamVector(w, g, m, v []float32, b1, b2, c1, c2, num, eps float32) int {
	n := len(w) &^ 7
	if !useAVX || n == 0 {
		return 0
	}
	_, _, _ = g[n-1], m[n-1], v[n-1]
	adamAVX(n, &w[0], &g[0], &m[0], &v[0], b1, b2, c1, c2, num, eps)
	return n
}
