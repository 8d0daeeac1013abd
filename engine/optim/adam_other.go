//go:build !amd64

package optim

// useAVX is false off amd64; the scalar loop does all the work.
var useAVX = false

func adamVector(w, g, m, v []float32, b1, b2, c1, c2, num, eps float32) int { return 0 }
