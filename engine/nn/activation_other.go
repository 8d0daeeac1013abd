//go:build !amd64

package nn

// leakyAVX is false off amd64: LeakyReLU's and ReLU's scalar loops do all the work.
var leakyAVX = false

func leakyForwardVec(y, x []float32, slope float32) int       { return 0 }
func leakyBackwardVec(dx, dy, x []float32, slope float32) int { return 0 }
func reluForwardVec(y, x []float32) int                       { return 0 }
func reluBackwardVec(dx, dy, y []float32) int                 { return 0 }
