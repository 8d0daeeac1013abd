package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// condRows makes n rows of width+1 normal values with a class index 0..classes-1
// in column at, every class appearing more than once when n > classes.
func condRows(rng *rand.Rand, n, width, at, classes int) []float32 {
	x := randVec(rng, n*(width+1), 1)
	for i := range n {
		x[i*(width+1)+at] = float32((i * 7) % classes)
	}
	return x
}

func TestClassEmbeddingGradient(t *testing.T) {
	for _, at := range []int{0, 3, 6} { // first (G), middle, last (D)
		t.Run(fmt.Sprint("label at ", at), func(t *testing.T) {
			ctx := testCtx(8)
			e := NewClassEmbedding(ctx, "emb", 4, 3, 6, at)
			rng := rand.New(rand.NewPCG(3, 4))
			x := condRows(rng, 8, 6, at, 4)
			r := randVec(rng, 8*e.Out(), 1)
			eval := func() float64 { return lossOf(e.Forward(x, 8, true), r) }
			eval()
			dx := append([]float32(nil), e.Backward(r, 8, Pass{ParamGrads: true, InputGrad: true})...)
			isLabel := func(i int) bool { return i%7 == at }
			checkGrad(t, "dx", x, dx, eval, isLabel)
			for i := range 8 {
				if dx[i*7+at] != 0 {
					t.Errorf("gradient of row %d's label column = %v, want 0", i, dx[i*7+at])
				}
			}
			checkGrad(t, "weight", e.W.W, append([]float32(nil), e.W.G...), eval, nil)
		})
	}
}

// The layout is cgan.py's: at 0, cat(emb(c), z); at the end, cat(img, emb(c)).
func TestClassEmbeddingLayout(t *testing.T) {
	ctx := testCtx(2)
	g := NewClassEmbedding(ctx, "label_emb", 3, 2, 2, 0)
	copy(g.W.W, []float32{0, 1, 10, 11, 20, 21})
	if got := fmt.Sprint(g.Forward([]float32{2, 7, 8, 1, 5, 6}, 2, true)); got != "[20 21 7 8 10 11 5 6]" {
		t.Errorf("label first: %s, want [20 21 7 8 10 11 5 6]", got)
	}
	d := NewClassEmbedding(ctx, "label_embedding", 3, 2, 2, 2)
	copy(d.W.W, g.W.W)
	if got := fmt.Sprint(d.Forward([]float32{7, 8, 0, 5, 6, 2}, 2, true)); got != "[7 8 0 1 5 6 20 21]" {
		t.Errorf("label last: %s, want [7 8 0 1 5 6 20 21]", got)
	}
	// Rows with the same class add their gradients into its one vector.
	g.Forward([]float32{1, 0, 0, 1, 0, 0}, 2, true)
	g.Backward([]float32{1, 2, 0, 0, 10, 20, 0, 0}, 2, Pass{ParamGrads: true})
	if got := fmt.Sprint(g.W.G); got != "[0 0 11 22 0 0]" {
		t.Errorf("weight gradient %s, want [0 0 11 22 0 0]", got)
	}
}

func TestClassEmbeddingInitAndNames(t *testing.T) {
	ctx := testCtx(4)
	e := NewClassEmbedding(ctx, "label_emb", 100, 100, 5, 0)
	var s, s2 float64
	for _, v := range e.W.W {
		s += float64(v)
		s2 += float64(v) * float64(v)
	}
	// nn.Embedding's N(0, 1): over 10,000 draws the mean's std is 0.01.
	if m, v := s/1e4, s2/1e4-(s/1e4)*(s/1e4); math.Abs(m) > 0.04 || math.Abs(v-1) > 0.06 {
		t.Errorf("init mean %.3f variance %.3f, want N(0, 1)", m, v)
	}
	seq := NewSequential("model", NewClassEmbedding(ctx, "label_emb", 10, 10, 5, 0), NewLinear(ctx, 15, 4), NewLeakyReLU(ctx, 4, 0.2), NewLinear(ctx, 4, 1))
	var names []string
	for _, p := range seq.Params() {
		names = append(names, p.Name)
	}
	if got, want := strings.Join(names, " "), "label_emb.weight model.0.weight model.0.bias model.2.weight model.2.bias"; got != want {
		t.Errorf("names %q, want %q", got, want)
	}
	if seq.In() != 6 {
		t.Errorf("In = %d, want 5 values plus the label", seq.In())
	}
}

func TestClassEmbeddingBadLabel(t *testing.T) {
	for _, v := range []float32{-1, 10, 2.5, float32(math.NaN())} {
		func() {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(fmt.Sprint(r), "label_emb") {
					t.Errorf("label %v: panic %v, want one naming the layer", v, r)
				}
			}()
			e := NewClassEmbedding(testCtx(1), "label_emb", 10, 2, 1, 0)
			e.Forward([]float32{v, 0}, 1, true)
		}()
	}
}

func TestMSEGradient(t *testing.T) {
	p := []float32{-0.4, 0.1, 0.5, 1.3, 2}
	for _, target := range []float32{0, 1} {
		grad := make([]float32, len(p))
		MSE(p, target, grad, 0.5)
		eval := func() float64 { return 0.5 * float64(MSE(p, target, nil, 1)) }
		checkGrad(t, fmt.Sprintf("dp(target %v)", target), p, grad, eval, nil)
	}
	if got := MSE([]float32{1, 3}, 1, nil, 1); got != 2 {
		t.Errorf("MSE([1 3], 1) = %v, want 2", got)
	}
}

func TestProjectionGradient(t *testing.T) {
	ctx := testCtx(8)
	body := NewSequential("model", NewLinear(ctx, 6, 5), NewLeakyReLU(ctx, 5, 0.2))
	p := NewProjection(ctx, body, 4)
	rng := rand.New(rand.NewPCG(3, 4))
	x := condRows(rng, 8, 6, 6, 4)
	r := randVec(rng, 8, 1)
	eval := func() float64 { return lossOf(p.Forward(x, 8, true), r) }
	eval()
	dx := append([]float32(nil), p.Backward(r, 8, Pass{ParamGrads: true, InputGrad: true})...)
	checkGrad(t, "dx", x, dx, eval, func(i int) bool { return i%7 == 6 })
	for _, q := range p.Params() {
		checkGrad(t, q.Name, q.W, append([]float32(nil), q.G...), eval, nil)
	}
	var names []string
	for _, q := range NewSequential("model", p).Params() {
		names = append(names, q.Name)
	}
	if got := strings.Join(names, " "); got != "model.0.weight model.0.bias linear.weight linear.bias embed.weight" {
		t.Errorf("names %s", got)
	}
	// D(x, c) = ψ(φ(x)) + ⟨V_c, φ(x)⟩: the label changes the output by
	// ⟨V_c - V_c', φ(x)⟩.
	y := append([]float32(nil), p.Forward(x, 2, false)...)
	x2 := append([]float32(nil), x[:7]...)
	x2[6] = float32((int(x[6]) + 1) % 4)
	y2 := p.Forward(x2, 1, false)[0]
	c0, c1 := int(x[6]), int(x2[6])
	var want float64
	for j := range 5 {
		want += float64(p.V.W[c1*5+j]-p.V.W[c0*5+j]) * float64(body.Forward(x[:6], 1, false)[j])
	}
	if d := float64(y2-y[0]) - want; !(math.Abs(d) < 1e-5) {
		t.Errorf("changing the label moved D by %v, want %v", y2-y[0], want)
	}
}
