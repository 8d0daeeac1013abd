package nn

import "golang.org/x/sys/cpu"

//go:generate go -C ../internal/asmgen run . -kernels activation -pkg nn -out ../../nn/activation_amd64.s -stubs ../../nn/activation_stub_amd64.go

// leakyAVX says whether LeakyReLU and ReLU run the AVX loops (activation_amd64.s);
// tests clear it to compare with the scalar loops. Each helper handles the
// longest prefix that is a multiple of 8 and returns its length.
var leakyAVX = cpu.X86.HasAVX

func leakyLen(n int) int {
	if !leakyAVX {
		return 0
	}
	return n &^ 7
}

func leakyForwardVec(y, x []float32, slope float32) int {
	n := leakyLen(len(y))
	if n > 0 {
		_ = x[n-1]
		leakyForward(n, &y[0], &x[0], slope)
	}
	return n
}

func leakyBackwardVec(dx, dy, x []float32, slope float32) int {
	n := leakyLen(len(dx))
	if n > 0 {
		_, _ = dy[n-1], x[n-1]
		leakyBackward(n, &dx[0], &dy[0], &x[0], slope)
	}
	return n
}

func reluForwardVec(y, x []float32) int {
	n := leakyLen(len(y))
	if n > 0 {
		_ = x[n-1]
		reluForward(n, &y[0], &x[0])
	}
	return n
}

func reluBackwardVec(dx, dy, y []float32) int {
	n := leakyLen(len(dx))
	if n > 0 {
		_, _ = dy[n-1], y[n-1]
		reluBackward(n, &dx[0], &dy[0], &y[0])
	}
	return n
}
