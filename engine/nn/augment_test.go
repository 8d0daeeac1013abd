package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gogan/internal/kat"
)

// The transform is fixed by re-seeding the layer's source before every
// forward, so central differences see the same shift, cutout and colours
// as the analytic backward.
func TestDiffAugmentGradient(t *testing.T) {
	const n, c, h, w = 4, 3, 16, 12
	l := NewDiffAugment(testCtx(n), c, h, w)
	rng := rand.New(rand.NewPCG(3, 4))
	x := randVec(rng, n*l.In(), 1)
	r := randVec(rng, n*l.Out(), 1)
	eval := func() float64 {
		l.SetRand(rand.New(rand.NewPCG(9, 9)))
		return lossOf(l.Forward(x, n, true), r)
	}
	eval()
	dx := append([]float32(nil), l.Backward(r, n, Pass{InputGrad: true})...)
	checkGrad(t, "dx", x, dx, eval, nil)
	// Every pixel's gradient, not the 24 sampled ones: the shift and cutout
	// decide which pixels get any, and a wrong boundary shows only there.
	for i := range x {
		old := x[i]
		x[i] = old + 0.01
		lp := eval()
		x[i] = old - 0.01
		lm := eval()
		x[i] = old
		if num := (lp - lm) / 0.02; abs64(num-float64(dx[i])) > 2e-3+1e-2*abs64(num) {
			t.Fatalf("dx[%d] = %v, finite difference %v", i, dx[i], num)
		}
	}
}

func abs64(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// Eval is the identity; training shifts by at most h/8 and w/8 pixels and
// zeroes a square of half the sides in every image.
func TestDiffAugmentTransforms(t *testing.T) {
	const n, c, h, w = 64, 3, 32, 32
	l := NewDiffAugment(testCtx(n), c, h, w)
	x := randVec(rand.New(rand.NewPCG(1, 1)), n*l.In(), 1)
	y := l.Forward(x, n, false)
	for i := range x {
		if y[i] != x[i] {
			t.Fatalf("eval changed element %d: %v to %v", i, x[i], y[i])
		}
	}
	l.Forward(x, n, true)
	for i := range n {
		if l.tx[i] < -4 || l.tx[i] > 4 || l.ty[i] < -4 || l.ty[i] > 4 {
			t.Fatalf("image %d shifted by (%d, %d), want at most 4", i, l.tx[i], l.ty[i])
		}
		_, _, r0, r1, c0, c1 := l.span(i)
		zero := (r1 - r0) * (c1 - c0)
		if zero > 16*16 || zero < 8*8 {
			t.Fatalf("image %d: cutout of %d pixels, want 64 to 256 (16x16 clipped at a corner at most)", i, zero)
		}
	}
}

// Off passes a training forward and its backward through unchanged and
// draws nothing, so the next augmented forward draws what it would have.
func TestDiffAugmentOff(t *testing.T) {
	const n, c, h, w = 4, 3, 8, 8
	l := NewDiffAugment(testCtx(n), c, h, w)
	x := randVec(rand.New(rand.NewPCG(1, 1)), n*l.In(), 1)
	dy := randVec(rand.New(rand.NewPCG(2, 2)), n*l.Out(), 1)
	l.SetRand(rand.New(rand.NewPCG(5, 5)))
	want := append([]float32(nil), l.Forward(x, n, true)...)
	l.SetRand(rand.New(rand.NewPCG(5, 5)))
	l.Off = true
	y := l.Forward(x, n, true)
	dx := l.Backward(dy, n, Pass{InputGrad: true})
	for i := range x {
		if y[i] != x[i] || dx[i] != dy[i] {
			t.Fatalf("Off changed element %d: forward %v to %v, backward %v to %v", i, x[i], y[i], dy[i], dx[i])
		}
	}
	l.Off = false
	for i, v := range l.Forward(x, n, true) {
		if v != want[i] {
			t.Fatalf("the forward after Off differs at %d (%v, want %v): Off drew from the stream", i, v, want[i])
		}
	}
}

// TestDiffAugmentPyTorch feeds the layer the draws that
// testdata/diffaugment_kat.py gives the reference's functions
// (DiffAugment_pytorch.py, policy color,translation,cutout, PyTorch 1.13.1,
// float64) and compares the output and the input gradient of Σ y·g:
//
//	/usr/bin/python3 testdata/diffaugment_kat.py
func TestDiffAugmentPyTorch(t *testing.T) {
	const n, c, h, w = 3, 3, 8, 6
	draws := [][7]float64{{0.10, 0.90, 0.30, -1, 1, 0, 5}, {0.75, 0.20, 0.95, 1, 0, 7, 2}, {0.50, 0.55, 0.05, 0, -1, 3, 3}}
	l := NewDiffAugment(testCtx(n), c, h, w)
	for i, d := range draws {
		l.bright[i], l.sat[i], l.contrast[i] = float32(d[0]-0.5), float32(d[1]*2), float32(d[2]+0.5)
		l.tx[i], l.ty[i], l.ox[i], l.oy[i] = int(d[3]), int(d[4]), int(d[5]), int(d[6])
	}
	x, g := make([]float32, n*c*h*w), make([]float32, n*c*h*w)
	for i := range x {
		x[i] = float32(math.Sin(0.37*float64(i) + 0.1))
		g[i] = float32(math.Cos(0.23*float64(i) + 0.2))
	}
	l.on = true
	y := l.apply(x, n)
	dx := l.Backward(g, n, Pass{InputGrad: true})
	idx := []int{40, 83, 150, 201, 260, 300, 377, 431}
	check := func(what string, v []float32, at []float64, sum, weighted float64) {
		t.Helper()
		for k, i := range idx {
			kat.Scalar(t, fmt.Sprintf("%s[%d], against PyTorch", what, i), float64(v[i]), at[k], 0, 2e-6)
		}
		var s, sw float64
		for i, e := range v {
			s += float64(e)
			sw += float64(e) * math.Sin(0.11*float64(i)+0.3)
		}
		kat.Scalar(t, what+" sum, against PyTorch", s, sum, 0, 2e-5)
		kat.Scalar(t, what+" weighted sum, against PyTorch", sw, weighted, 0, 2e-5)
	}
	check("y", y, []float64{0.5110222259558463, 0.0, 0.9214598629209342, 1.3607549139590298, -0.703195621356372, 0.0, 0.49185354275839266, 0.5339217146973975}, -11.52497894947363, -20.779446088291067)
	check("dx", dx, []float64{-0.40695743754399005, -0.02392109034866976, 0.1062953892568233, 0.43441474869572383, -0.5592832710215695, 0.55799254188965, -0.01022590110312929, -0.01022590110312929}, -4.223109491103006, 5.192393963289232)
	zeros := 0
	for _, v := range y {
		if v == 0 {
			zeros++
		}
	}
	if zeros != 138 {
		t.Errorf("%d zeros in the output, PyTorch 138 (shifted-in and cut-out pixels)", zeros)
	}
}

// BenchmarkDiffAugment is one D call's augmentation at dcgan-plus's size:
// 64 CIFAR-10 images, forward and backward.
func BenchmarkDiffAugment(b *testing.B) {
	const n = 64
	l := NewDiffAugment(testCtx(n), 3, 32, 32)
	x := randVec(rand.New(rand.NewPCG(1, 1)), n*l.In(), 1)
	b.ReportAllocs()
	for b.Loop() {
		l.Forward(x, n, true)
		l.Backward(x, n, Pass{InputGrad: true})
	}
}
