package nn

// Known-answer tests: every layer's forward and backward against PyTorch.
//
// The numbers in katNN come from testdata/kat.py run with PyTorch 1.13.1
// (Debian python3-torch). To regenerate them after changing a case:
//
//	/usr/bin/python3 testdata/kat.py --write
//
// which rewrites the block between BEGIN KAT DATA and END KAT DATA below.
// Inputs are det(n, seed, scale), the same formula on both sides; the seeds
// of each case are listed in its test and in kat.py.

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gogan/engine/gemm"
	"gogan/internal/kat"
)

var det = kat.Det

// katCheck compares got with the PyTorch float32 values under key within
// rtol·|want| + atol and returns the largest relative error.
func katCheck(t *testing.T, key string, got []float32, rtol, atol float64) float64 {
	t.Helper()
	return kat.Float32s(t, key, got, kat.Want(t, katNN, key), rtol, atol)
}

func katContext(b gemm.Backend, maxBatch int) Context {
	return Context{BLAS: b, MaxBatch: maxBatch, Rand: rand.New(rand.NewPCG(1, 2))}
}

// Element-wise results are float32 operations that PyTorch and gogan round
// differently (gogan often goes through float64), so a few ulp apart.
const katRtol, katAtol = 1e-6, 1e-7

var both = Pass{ParamGrads: true, InputGrad: true}

// Linear(5, 3): weight det(15,1,0.4) as [3,5], bias det(3,2,0.4),
// x det(20,3,1) as [4,5], dy det(12,4,1) as [4,3].
func TestKATLinear(t *testing.T) {
	for _, b := range kat.Backends(t) {
		t.Run(b.Name(), func(t *testing.T) {
			l := NewLinear(katContext(b, 4), 5, 3)
			copy(l.W.W, det(15, 1, 0.4))
			copy(l.B.W, det(3, 2, 0.4))
			y := l.Forward(det(20, 3, 1), 4, true)
			worst := katCheck(t, "linear/y", y, katRtol, katAtol)
			dx := l.Backward(det(12, 4, 1), 4, both)
			worst = max(worst, katCheck(t, "linear/dx", dx, katRtol, katAtol))
			worst = max(worst, katCheck(t, "linear/dweight", l.W.G, katRtol, katAtol))
			worst = max(worst, katCheck(t, "linear/dbias", l.B.G, katRtol, katAtol))
			t.Logf("max relative error %.2g", worst)
		})
	}
}

// BatchNorm1d(5, eps, momentum 0.1): gamma 1+det(5,6,0.5), beta det(5,7,0.5),
// running mean det(5,8,0.3), running variance 1+det(5,9,0.5), x det(20,5,2)
// as [4,5], dy det(20,10,1). Train mode checks the batch statistics, the
// gradient through them and the running-statistics update (unbiased variance);
// eval mode normalises with the running statistics and leaves them alone.
func TestKATBatchNorm1d(t *testing.T) {
	for _, mode := range []string{"train", "eval"} {
		for _, c := range []struct {
			eps float64
			tag string
		}{{0.8, "eps0.8"}, {1e-5, "eps1e-5"}} {
			t.Run(mode+"/"+c.tag, func(t *testing.T) {
				b := NewBatchNorm1d(katContext(gemm.Go{}, 4), 5, c.eps, 0.1)
				for j, v := range det(5, 6, 0.5) {
					b.Gamma.W[j] = 1 + v
				}
				copy(b.Beta.W, det(5, 7, 0.5))
				copy(b.RunMean, det(5, 8, 0.3))
				for j, v := range det(5, 9, 0.5) {
					b.RunVar[j] = 1 + v
				}
				k := "batchnorm/" + mode + "/" + c.tag + "/"
				y := b.Forward(det(20, 5, 2), 4, mode == "train")
				worst := katCheck(t, k+"y", y, katRtol, katAtol)
				worst = max(worst, katCheck(t, k+"running_mean", b.RunMean, katRtol, katAtol))
				worst = max(worst, katCheck(t, k+"running_var", b.RunVar, katRtol, katAtol))
				dx := b.Backward(det(20, 10, 1), 4, both)
				// dx sums four terms that nearly cancel; its error is relative
				// to their size (~1), not to dx's.
				worst = max(worst, katCheck(t, k+"dx", dx, katRtol, 1e-6))
				worst = max(worst, katCheck(t, k+"dgamma", b.Gamma.G, katRtol, katAtol))
				worst = max(worst, katCheck(t, k+"dbeta", b.Beta.G, katRtol, katAtol))
				wantBatches := int64(0)
				if mode == "train" {
					wantBatches = 1
				}
				if b.NumBatches != wantBatches {
					t.Errorf("num_batches_tracked %d, want %d", b.NumBatches, wantBatches)
				}
				t.Logf("max relative error %.2g", worst)
			})
		}
	}
}

// LeakyReLU(0.2), ReLU, Tanh and Sigmoid on x det(20,11,3) with x[3] = 0
// exactly (the kink: PyTorch's gradient there is the negative side's),
// dy det(20,12,1).
func TestKATActivations(t *testing.T) {
	ctx := katContext(gemm.Go{}, 4)
	for _, c := range []struct {
		name  string
		layer Layer
	}{
		{"leakyrelu", NewLeakyReLU(ctx, 5, 0.2)},
		{"relu", NewReLU(ctx, 5)},
		{"tanh", NewTanh(ctx, 5)},
		{"sigmoid", NewSigmoid(ctx, 5)},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := det(20, 11, 3)
			x[3] = 0
			y := c.layer.Forward(x, 4, true)
			worst := katCheck(t, c.name+"/y", y, katRtol, katAtol)
			dx := c.layer.Backward(det(20, 12, 1), 4, both)
			worst = max(worst, katCheck(t, c.name+"/dx", dx, katRtol, katAtol))
			t.Logf("max relative error %.2g", worst)
		})
	}
}

// Maxout with 3 units of 4 pieces against PyTorch's x.view(n, 3, 4).max(2):
// unit j pools inputs 4j..4j+3, consecutive as in pylearn2. x det(48,13,1)
// as [4,12], dy det(12,14,1) as [4,3]. Max and routing are exact.
func TestKATMaxout(t *testing.T) {
	m := NewMaxout(katContext(gemm.Go{}, 4), 3, 4)
	y := m.Forward(det(48, 13, 1), 4, true)
	katCheck(t, "maxout/y", y, 0, 0)
	dx := m.Backward(det(12, 14, 1), 4, both)
	katCheck(t, "maxout/dx", dx, 0, 0)
}

// BCELoss (mean) with target 0 or 1 for the whole vector, on probabilities
// that include exactly 0 and 1, the float32 neighbours of 1 and 0, and values
// whose log is below the -100 clamp. The loss is scaled by w before backward:
// PyTorch's gradient there is w·(p-t)/max(p(1-p), 1e-12)/n, up to 1e12/n.
func TestKATBCE(t *testing.T) {
	pw := kat.Want(t, katNN, "bce/p")
	p := make([]float32, len(pw))
	for i, v := range pw {
		p[i] = float32(v)
	}
	for _, c := range []struct{ t, w float32 }{{1, 1}, {0, 1}, {1, 0.5}, {0, 0.5}, {0, -1}} {
		k := "bce/t" + kat.Key(float64(c.t)) + "/w" + kat.Key(float64(c.w)) + "/"
		t.Run(k, func(t *testing.T) {
			grad := make([]float32, len(p))
			loss := BCE(p, c.t, grad, c.w)
			// PyTorch computes log(1-p) after rounding 1-p to float32; gogan
			// keeps 1-p exact in float64. For p = 1e-6 that moves the term
			// by 6%, but the loss, dominated by the clamped terms, by 1e-8.
			worst := katCheck(t, k+"loss", []float32{loss}, 1e-6, 0)
			worst = max(worst, katCheck(t, k+"dp", grad, katRtol, katAtol))
			t.Logf("max relative error %.2g", worst)
		})
	}
}

// CrossEntropyLoss (mean) with label smoothing 0 and 0.1 on logits
// det(20,19,3) as [4,5], labels [2,0,4,2]. gogan sums in float64.
func TestKATCrossEntropy(t *testing.T) {
	logits := det(20, 19, 3)
	labels := []uint8{2, 0, 4, 2}
	for _, eps := range []float64{0, 0.1} {
		k := "ce/eps" + kat.Key(eps) + "/"
		grad := make([]float32, len(logits))
		loss := SoftmaxCrossEntropySmoothed(logits, 4, 5, labels, eps, grad)
		worst := katCheck(t, k+"loss", []float32{loss}, 1e-6, 0)
		worst = max(worst, katCheck(t, k+"dlogits", grad, katRtol, katAtol))
		t.Logf("eps %g: max relative error %.2g", eps, worst)
	}
}

func TestKATEmbedding(t *testing.T) {
	// kat.py: nn.Embedding(5, 3), weight det(15,15,1), labels [3,0,3,1,4,3],
	// the rest of each row det(12,16,1) as [6,2], dy det(30,17,1) as [6,5].
	labels := []float32{3, 0, 3, 1, 4, 3}
	x := det(12, 16, 1)
	for _, c := range []struct {
		order string
		at    int
	}{{"first", 0}, {"last", 2}} {
		t.Run(c.order, func(t *testing.T) {
			e := NewClassEmbedding(testCtx(6), "emb", 5, 3, 2, c.at)
			copy(e.W.W, det(15, 15, 1))
			in := make([]float32, 0, 18)
			for i, l := range labels {
				row := append([]float32(nil), x[2*i:2*i+2]...)
				in = append(in, slices.Insert(row, c.at, l)...)
			}
			k := "embedding/" + c.order + "/"
			worst := katCheck(t, k+"y", e.Forward(in, 6, true), 0, 0)
			dx := e.Backward(det(30, 17, 1), 6, Pass{ParamGrads: true, InputGrad: true})
			var dxRest []float32
			for i := range 6 {
				row := append([]float32(nil), dx[3*i:3*i+3]...)
				dxRest = append(dxRest, slices.Delete(row, c.at, c.at+1)...)
			}
			worst = max(worst, katCheck(t, k+"dx", dxRest, 0, 0))
			worst = max(worst, katCheck(t, k+"dweight", e.W.G, katRtol, katAtol))
			t.Logf("max relative error %.2g", worst)
		})
	}
}

// kat.py's class-affine case: TestKATEmbedding's labels read by the
// affine from the embedding in front of it, two channels of three pixels.
func TestKATClassAffine(t *testing.T) {
	labels := []float32{3, 0, 3, 1, 4, 3}
	ctx := testCtx(6)
	e := NewClassEmbedding(ctx, "label_emb", 5, 1, 0, 0)
	e.Forward(labels, 6, true)
	a := NewClassAffine(ctx, "class_bn.0", e, 2, 3)
	for i, v := range det(10, 61, 1) {
		a.Gamma.W[i] = 1 + v
	}
	copy(a.Beta.W, det(10, 62, 1))
	worst := katCheck(t, "classaffine/y", a.Forward(det(36, 60, 1), 6, true), katRtol, katAtol)
	dx := a.Backward(det(36, 63, 1), 6, both)
	worst = max(worst, katCheck(t, "classaffine/dx", dx, katRtol, katAtol))
	worst = max(worst, katCheck(t, "classaffine/dgamma", a.Gamma.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "classaffine/dbeta", a.Beta.G, katRtol, katAtol))
	t.Logf("max relative error %.2g", worst)
	if names := []string{a.Params()[0].Name, a.Params()[1].Name}; names[0] != "class_bn.0.gamma" || names[1] != "class_bn.0.beta" {
		t.Errorf("parameter names %v", names)
	}
}

// katProjection is kat.py's projection case: φ = Linear(4,3) +
// LeakyReLU(0.2), weights and inputs (five rows [img..., c]) as listed there.
func katProjection() (p *Projection, lin *Linear, x []float32) {
	ctx := testCtx(5)
	lin = NewLinear(ctx, 4, 3)
	copy(lin.W.W, det(12, 20, 0.5))
	copy(lin.B.W, det(3, 21, 0.5))
	p = NewProjection(ctx, NewSequential("model", lin, NewLeakyReLU(ctx, 3, 0.2)), 3)
	copy(p.Head.W.W, det(3, 22, 0.5))
	copy(p.Head.B.W, det(1, 23, 0.5))
	copy(p.V.W, det(9, 24, 1))
	img := det(20, 25, 1)
	for i, c := range []float32{2, 0, 2, 1, 0} {
		x = append(append(x, img[4*i:4*i+4]...), c)
	}
	return p, lin, x
}

func TestKATProjection(t *testing.T) {
	p, lin, x := katProjection()
	worst := katCheck(t, "projection/y", p.Forward(x, 5, true), katRtol, katAtol)
	dx := p.Backward(det(5, 26, 1), 5, both)
	var dimg []float32
	for i := range 5 {
		dimg = append(dimg, dx[5*i:5*i+4]...)
		if dx[5*i+4] != 0 {
			t.Errorf("row %d: label column gradient %v", i, dx[5*i+4])
		}
	}
	worst = max(worst, katCheck(t, "projection/dx", dimg, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/dbody_weight", lin.W.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/dbody_bias", lin.B.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/dlinear_weight", p.Head.W.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/dlinear_bias", p.Head.B.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/dembed", p.V.G, katRtol, katAtol))
	t.Logf("max relative error %.2g", worst)
}

// kat.py's projection case with the class term over rows 1..4, weight 0.7.
func TestKATProjectionClassLoss(t *testing.T) {
	p, lin, x := katProjection()
	p.Forward(x, 5, true)
	loss := p.ClassLoss(1, 4, 0.7)
	worst := katCheck(t, "projection/class/loss", []float32{loss}, katRtol, katAtol)
	dx := p.Backward(det(5, 26, 1), 5, both)
	var dimg []float32
	for i := range 5 {
		dimg = append(dimg, dx[5*i:5*i+4]...)
	}
	worst = max(worst, katCheck(t, "projection/class/dx", dimg, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/class/dbody_weight", lin.W.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/class/dbody_bias", lin.B.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/class/dlinear_weight", p.Head.W.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "projection/class/dembed", p.V.G, katRtol, katAtol))
	// The term is added by one Backward only: the next one is the plain
	// head's again.
	p.Forward(x, 5, true)
	p.Backward(det(5, 26, 1), 5, both)
	worst = max(worst, katCheck(t, "projection/dembed", p.V.G, katRtol, katAtol))
	t.Logf("max relative error %.2g", worst)
}

// kat.py's class-head case: katProjection's weights as an unconditional
// head (rows without a label column), the class term over rows 0..2 and the
// balance and confidence terms over rows 2..5 added by one Backward.
func TestKATClassHead(t *testing.T) {
	pp, _, xl := katProjection()
	ctx := testCtx(5)
	lin := NewLinear(ctx, 4, 3)
	copy(lin.W.W, det(12, 20, 0.5))
	copy(lin.B.W, det(3, 21, 0.5))
	p := NewClassHead(ctx, NewSequential("model", lin, NewLeakyReLU(ctx, 3, 0.2)), 3)
	copy(p.Head.W.W, pp.Head.W.W)
	copy(p.Head.B.W, pp.Head.B.W)
	copy(p.V.W, pp.V.W)
	var x []float32
	for i := range 5 {
		x = append(x, xl[5*i:5*i+4]...)
	}
	worst := katCheck(t, "classhead/y", p.Forward(x, 5, true), katRtol, katAtol)
	p.SetLabels(0, []uint8{2, 0})
	loss := p.ClassLoss(0, 2, 0.7)
	bal := p.BalanceLoss(2, 5, 0.6, 0.5, nil)
	worst = max(worst, katCheck(t, "classhead/loss", []float32{loss}, katRtol, katAtol))
	worst = max(worst, katCheck(t, "classhead/balance", []float32{bal}, katRtol, katAtol))
	dx := p.Backward(det(5, 26, 1), 5, both)
	worst = max(worst, katCheck(t, "classhead/dx", dx, katRtol, katAtol))
	worst = max(worst, katCheck(t, "classhead/dbody_weight", lin.W.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "classhead/dbody_bias", lin.B.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "classhead/dlinear_weight", p.Head.W.G, katRtol, katAtol))
	worst = max(worst, katCheck(t, "classhead/dembed", p.V.G, katRtol, katAtol))
	// The same balance weighed class by class, over all five rows.
	for _, q := range []*Param{lin.W, lin.B, p.Head.W, p.Head.B, p.V} {
		clear(q.G)
	}
	p.Forward(x, 5, true)
	bal = p.BalanceLoss(0, 5, 0.6, 0, []float64{0.5, 1.1, 1.4})
	worst = max(worst, katCheck(t, "classhead/weighted/balance", []float32{bal}, katRtol, katAtol))
	dx = p.Backward(det(5, 26, 1), 5, both)
	worst = max(worst, katCheck(t, "classhead/weighted/dx", dx, katRtol, katAtol))
	worst = max(worst, katCheck(t, "classhead/weighted/dembed", p.V.G, katRtol, katAtol))
	t.Logf("max relative error %.2g", worst)
	// The weighted balance's rows are those CountArgmax reads.
	counts := make([]float64, 3)
	p.CountArgmax(counts)
	want := make([]float64, 3)
	logits := p.logits[:15]
	for i := range 5 {
		row := logits[3*i : 3*i+3]
		want[slices.Index(row, slices.Max(row))]++
	}
	if !slices.Equal(counts, want) {
		t.Errorf("CountArgmax = %v, want %v (the most probable class of each of the 5 rows)", counts, want)
	}
	// Evenly spread predictions cost nothing: V = 0 gives uniform rows.
	clear(p.V.W)
	p.Forward(x, 5, true)
	if b := p.BalanceLoss(0, 5, 1, 0, nil); math.Abs(float64(b)) > 1e-7 {
		t.Errorf("balance of uniform predictions = %g, want 0", b)
	}
}

// kat.py's mode-seeking case: six rows, pairs (0,3), (4,1), (2,5), weight
// 0.5, row 5 equal to row 2 in its first two values.
func TestKATModeSeeking(t *testing.T) {
	x, z := det(36, 40, 1), det(24, 41, 1)
	copy(x[30:32], x[12:14])
	pairs := [][2]int{{0, 3}, {4, 1}, {2, 5}}
	grad := make([]float32, len(x))
	grad[0] = 1 // added to, not overwritten
	loss := ModeSeeking(x, 6, z, 4, pairs, 0.5, grad)
	grad[0]--
	worst := katCheck(t, "modeseeking/loss", []float32{loss}, katRtol, katAtol)
	worst = max(worst, katCheck(t, "modeseeking/dx", grad, katRtol, katAtol))
	t.Logf("max relative error %.2g", worst)
	// Finite differences of the same loss, away from the tied values.
	eval := func() float64 { return float64(ModeSeeking(x, 6, z, 4, pairs, 0.5, nil)) }
	clear(grad)
	ModeSeeking(x, 6, z, 4, pairs, 0.5, grad)
	checkGradStep(t, "dx", x, grad, eval, func(i int) bool { return i == 12 || i == 13 || i == 30 || i == 31 }, 1e-3)
}

func TestKATMSE(t *testing.T) {
	pw := kat.Want(t, katNN, "mse/p")
	p := make([]float32, len(pw))
	for i, v := range pw {
		p[i] = float32(v)
	}
	for _, c := range []struct{ t, w float32 }{{1, 1}, {0, 1}, {1, 0.5}, {0, 0.5}} {
		k := "mse/t" + kat.Key(float64(c.t)) + "/w" + kat.Key(float64(c.w)) + "/"
		t.Run(k, func(t *testing.T) {
			grad := make([]float32, len(p))
			loss := MSE(p, c.t, grad, c.w)
			// PyTorch sums the squares in float32, gogan in float64.
			worst := katCheck(t, k+"loss", []float32{loss}, 1e-6, 0)
			worst = max(worst, katCheck(t, k+"dp", grad, katRtol, katAtol))
			t.Logf("max relative error %.2g", worst)
		})
	}
}

// BEGIN KAT DATA (regenerate with /usr/bin/python3 testdata/kat.py --write)
// Generated by testdata/kat.py with PyTorch 1.13.1 (Debian python3-torch,
// torch.__version__ 1.13.0a0); do not edit.
var katNN = map[string][]float64{
	"linear/y": {
		-1.1256856, 1.1687174, 0.55063456, 0.31997946, -0.6136384, 0.08736938, 1.3854482, -0.757496,
		-0.89880794, -0.6474823, 1.1041514, 0.10801892,
	},
	"linear/dx": {
		-0.21398489, -0.15037867, -0.06641942, 0.026529368, 0.11588754, -0.2530623, -0.25968948,
		-0.23116893, -0.17136073, -0.08835966, -0.011069292, -0.08056917, -0.1391644, -0.17892441,
		-0.19446781, 0.24321814, 0.18803747, 0.1074068, 0.012239128, -0.08458505,
	},
	"linear/dweight": {
		1.4212004, 1.3595867, 1.1139594, 0.71756285, 0.22404754, 1.1715058, 1.2922513, 1.238097,
		1.016372, 0.65708566, 0.76325333, 1.050016, 1.194664, 1.1776198, 1.0011904,
	},
	"linear/dbias": {0.9526603, 1.3126223, 1.4949269},
	"batchnorm/train/eps0.8/y": {
		0.73911804, 1.0191495, 1.0218627, 0.7930283, 0.45958462, 1.751963, 0.8962845, -0.035836283,
		-0.7774028, -1.2231679, -1.3791257, -1.9476118, -2.0771596, -1.8675057, -1.4813575, -0.6661756,
		-0.25724655, 0.10567696, 0.3037689, 0.34370413,
	},
	"batchnorm/train/eps0.8/dx": {
		0.27184516, 0.28888032, 0.22989254, 0.15001085, 0.08190507, 0.12411828, -0.05165143,
		-0.16878146, -0.2075458, -0.20154415, -0.42248324, -0.3791302, -0.25314122, -0.1281226,
		-0.0363903, 0.026519768, 0.14190139, 0.1920302, 0.18565755, 0.15602934,
	},
	"batchnorm/train/eps0.8/dgamma": {
		1.9501343, 2.0974455, 2.3395777, 2.540415, 2.6078691,
	},
	"batchnorm/train/eps0.8/dbeta": {
		0.11030412, 0.33941016, 0.52257866, 0.63501865, 0.6615118,
	},
	"batchnorm/train/eps0.8/running_mean": {
		-0.23916838, -0.2574322, -0.24085377, -0.19167691, -0.11655748,
	},
	"batchnorm/train/eps0.8/running_var": {
		0.7925252, 0.941504, 1.1370608, 1.3396655, 1.5067251,
	},
	"batchnorm/train/eps1e-5/y": {
		0.885624, 1.2624837, 1.2694187, 0.9943386, 0.607593, 2.1348784, 1.1122278, 0.0052584074,
		-0.8439984, -1.3415657, -1.7270417, -2.365671, -2.4345284, -2.120066, -1.6406307, -0.84768105,
		-0.29846504, 0.17439482, 0.42161453, 0.4733668,
	},
	"batchnorm/train/eps1e-5/dx": {
		0.20652194, 0.13004257, 0.042141557, -0.013205029, -0.041242674, -0.1834839, -0.2612766,
		-0.24034357, -0.18049255, -0.12456828, -0.21528642, -0.0801166, 0.03326137, 0.086894214,
		0.10432279, 0.19224836, 0.21135063, 0.16494076, 0.106803365, 0.06148811,
	},
	"batchnorm/train/eps1e-5/dgamma": {
		2.4053175, 2.5650384, 2.7962599, 2.973794, 3.020736,
	},
	"batchnorm/train/eps1e-5/dbeta": {
		0.11030412, 0.33941016, 0.52257866, 0.63501865, 0.6615118,
	},
	"batchnorm/train/eps1e-5/running_mean": {
		-0.23916838, -0.2574322, -0.24085377, -0.19167691, -0.11655748,
	},
	"batchnorm/train/eps1e-5/running_var": {
		0.7925252, 0.941504, 1.1370608, 1.3396655, 1.5067251,
	},
	"batchnorm/eval/eps0.8/y": {
		1.2147336, 1.7277405, 1.8115731, 1.5179013, 1.0073377, 2.4984813, 1.5771426, 0.51937443,
		-0.40799955, -1.037488, -1.4700705, -1.9086711, -1.9745255, -1.7448491, -1.3512316, -0.5664298,
		0.16323924, 0.6922622, 0.91789716, 0.8665235,
	},
	"batchnorm/eval/eps0.8/dx": {
		0.63270104, 0.90313125, 0.9680552, 0.8540945, 0.63335556, 0.8550802, 0.434913, 0.018185576,
		-0.29528347, -0.4632814, -1.1040046, -1.1428467, -0.9780787, -0.69134, -0.37800387,
		-0.24657443, 0.19500184, 0.52091235, 0.6763366, 0.6716297,
	},
	"batchnorm/eval/eps0.8/dgamma": {
		2.4943683, 2.6785245, 3.0546458, 3.3573825, 3.3932543,
	},
	"batchnorm/eval/eps0.8/dbeta": {
		0.11030412, 0.33941016, 0.52257866, 0.63501865, 0.6615118,
	},
	"batchnorm/eval/eps0.8/running_mean": {
		-0.2639087, -0.29763776, -0.29108295, -0.24513139, -0.16600247,
	},
	"batchnorm/eval/eps0.8/running_var": {
		0.65323746, 0.80696356, 0.9868162, 1.1684532, 1.3272909,
	},
	"batchnorm/eval/eps1e-5/y": {
		1.7570232, 2.4678514, 2.5228195, 2.0854583, 1.4017004, 3.6717598, 2.255335, 0.7840223,
		-0.4142479, -1.1870195, -2.2474186, -2.6636734, -2.5717976, -2.1494, -1.5842142, -0.8996195,
		0.26010445, 1.016662, 1.3066882, 1.2234317,
	},
	"batchnorm/eval/eps1e-5/dx": {
		0.94368696, 1.2744541, 1.302626, 1.1085644, 0.80181897, 1.2753702, 0.6137277, 0.024470715,
		-0.38326058, -0.5865075, -1.6466461, -1.612729, -1.3161138, -0.89731866, -0.47854745,
		-0.36777097, 0.27517697, 0.7009455, 0.87784517, 0.85027355,
	},
	"batchnorm/eval/eps1e-5/dgamma": {
		3.7204032, 3.7798014, 4.110366, 4.357685, 4.295811,
	},
	"batchnorm/eval/eps1e-5/dbeta": {
		0.11030412, 0.33941016, 0.52257866, 0.63501865, 0.6615118,
	},
	"batchnorm/eval/eps1e-5/running_mean": {
		-0.2639087, -0.29763776, -0.29108295, -0.24513139, -0.16600247,
	},
	"batchnorm/eval/eps1e-5/running_var": {
		0.65323746, 0.80696356, 0.9868162, 1.1684532, 1.3272909,
	},
	"leakyrelu/y": {
		2.8969734, 2.4190655, 1.6137487, 0, -0.10271362, -0.30952913, -0.4744513, -0.5751587,
		-0.5980211, -0.5399441, -0.40878826, -0.22230482, -0.005733466, 1.0580695, 2.0016015, 2.674226,
		2.984907, 2.8915944, 2.4069183, 1.5964769,
	},
	"leakyrelu/dx": {
		0.007963183, -0.35417968, -0.668386, -0.17842588, -0.19902545, -0.19268785, -0.16027087,
		-0.106161974, -0.037684556, 0.03589329, 0.10461315, 0.15917413, 0.1921916, 0.9959843,
		0.8962088, 0.6751357, 0.36268604, 0.0011485749, -0.36054435, -0.67343926,
	},
	"relu/y": {
		2.8969734, 2.4190655, 1.6137487, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.0580695, 2.0016015, 2.674226,
		2.984907, 2.8915944, 2.4069183, 1.5964769,
	},
	"relu/dx": {
		0.007963183, -0.35417968, -0.668386, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.9959843, 0.8962088,
		0.6751357, 0.36268604, 0.0011485749, -0.36054435, -0.67343926,
	},
	"tanh/y": {
		0.99392664, 0.9842808, 0.9237121, 0, -0.47272062, -0.9133962, -0.9827514, -0.9936647,
		-0.9949562, -0.99100244, -0.96700406, -0.8046005, -0.028659478, 0.78492385, 0.96414053,
		0.990534, 0.99490356, 0.99386114, 0.9838974, 0.9211365,
	},
	"tanh/dx": {
		9.643276e-05, -0.011047309, -0.09808966, -0.89212936, -0.77275133, -0.15964904, -0.027406022,
		-0.0067043942, -0.0018959419, 0.0032149914, 0.03394861, 0.28063837, 0.9601687, 0.38235295,
		0.063122705, 0.012721163, 0.0036873918, 1.4058598e-05, -0.011517924, -0.102031134,
	},
	"sigmoid/y": {
		0.9476966, 0.91826963, 0.8339312, 0.5, 0.37435746, 0.17542659, 0.08531289, 0.053363234,
		0.047874883, 0.062989846, 0.114666015, 0.24758685, 0.49283364, 0.74232143, 0.8809651,
		0.9354885, 0.95188755, 0.94742936, 0.91735333, 0.83152544,
	},
	"sigmoid/dx": {
		0.00039471695, -0.026581366, -0.09256474, -0.22303234, -0.23307268, -0.13936351, -0.06253336,
		-0.02681418, -0.008588853, 0.010592492, 0.05310044, 0.14826082, 0.24019016, 0.1905122,
		0.09398146, 0.040744267, 0.016610166, 5.720703e-05, -0.0273351, -0.0943427,
	},
	"maxout/y": {
		-0.6739599, 0.6746158, 0.995921, 0.5236661, -0.80093277, 0.3683734, 0.9965128, 0.7921562,
		-0.5359783, 0.014072999, 0.9970583, 0.9573016,
	},
	"maxout/dx": {
		0, 0, 0, -0.5223086, 0, 0, 0, -0.17859265, 0, 0.18929496, 0, 0, 0.5315624, 0, 0, 0, 0.80188537,
		0, 0, 0, 0, 0, 0, 0.96367687, 0, 0, 0.9950393, 0, 0.89172775, 0, 0, 0, 0.6677251, 0, 0, 0, 0,
		0, 0, 0.35334894, 0, 0, 0, -0.008851309, -0.3698536, 0, 0, 0,
	},
	"bce/p":          {0, 1, 0.5, 0.3, 0.999, 1e-06, 0.7, 0.01, 1e-44, 0.99999994, 1e-45, 0.2},
	"bce/t1/w1/loss": {26.857079},
	"bce/t1/w1/dp": {
		-8.333333e+10, 0, -0.16666667, -0.27777776, -0.08341675, -83333.336, -0.11904762, -8.333333,
		-8.333333e+10, -0.08333334, -8.333333e+10, -0.41666663,
	},
	"bce/t0/w1/loss": {10.502523},
	"bce/t0/w1/dp": {
		0, 8.333333e+10, 0.16666667, 0.11904762, 83.334404, 0.083333425, 0.27777776, 0.08417508,
		8.174241e-34, 1.3981014e+06, 1.1677487e-34, 0.10416666,
	},
	"bce/t1/w0.5/loss": {26.857079},
	"bce/t1/w0.5/dp": {
		-4.1666666e+10, 0, -0.083333336, -0.13888888, -0.041708376, -41666.668, -0.05952381,
		-4.1666665, -4.1666666e+10, -0.04166667, -4.1666666e+10, -0.20833331,
	},
	"bce/t0/w0.5/loss": {10.502523},
	"bce/t0/w0.5/dp": {
		0, 4.1666666e+10, 0.083333336, 0.05952381, 41.667202, 0.041666713, 0.13888888, 0.04208754,
		4.670995e-34, 699050.7, 0, 0.05208333,
	},
	"bce/t0/w-1/loss": {10.502523},
	"bce/t0/w-1/dp": {
		-0, -8.333333e+10, -0.16666667, -0.11904762, -83.334404, -0.083333425, -0.27777776,
		-0.08417508, -8.174241e-34, -1.3981014e+06, -1.1677487e-34, -0.10416666,
	},
	"embedding/first/y": {
		-0.8068802, -0.96588814, -0.99416775, 0.8871575, 0.66024774, 0.6819636, 0.9002938, 0.9967735,
		0.34397653, -0.018850308, -0.8068802, -0.96588814, -0.99416775, -0.37912583, -0.6880885,
		0.9583445, 0.79020816, 0.5151208, -0.90392154, -0.9974131, -0.88789135, -0.66144305,
		-0.34547156, -0.95590943, -0.7850279, -0.8068802, -0.96588814, -0.99416775, -0.5078966,
		-0.16202383,
	},
	"embedding/first/dx": {
		-0.9684294, -0.9930396, 0.027255395, 0.38689205, 0.95340675, 0.77979225, -0.5527546,
		-0.8166983, -0.6487392, -0.32964405, 0.910327, 0.9983917,
	},
	"embedding/first/dweight": {
		-0.8832465, -0.65391016, -0.33607015, 0.50063646, 0.15372193, -0.21399817, 0, 0, 0, 0.5208951,
		0.7535896, 0.8842891, -0.9701057, -0.9922139, -0.8800306,
	},
	"embedding/last/y": {
		0.8871575, 0.66024774, -0.8068802, -0.96588814, -0.99416775, 0.34397653, -0.018850308,
		0.6819636, 0.9002938, 0.9967735, -0.37912583, -0.6880885, -0.8068802, -0.96588814, -0.99416775,
		-0.90392154, -0.9974131, 0.9583445, 0.79020816, 0.5151208, -0.95590943, -0.7850279,
		-0.88789135, -0.66144305, -0.34547156, -0.5078966, -0.16202383, -0.8068802, -0.96588814,
		-0.99416775,
	},
	"embedding/last/dx": {
		-0.20733643, -0.5470628, -0.8832465, -0.65391016, 0.6941647, 0.90748537, 0.50063646,
		0.15372193, -0.9701057, -0.9922139, 0.03406687, 0.39316702,
	},
	"embedding/last/dweight": {
		-0.33607015, 0.027255395, 0.38689205, -0.21399817, -0.5527546, -0.8166983, 0, 0, 0, 0.8842891,
		0.8953044, 0.7851443, -0.8800306, -0.6487392, -0.32964405,
	},
	"classaffine/y": {
		1.3449688, 1.0108039, 0.6677767, 0.1895085, -0.125166, -0.28765124, -1.0680325, -1.033818,
		-0.97219115, -0.58831346, -0.5672247, -0.54705584, 1.6557953, 1.8295305, 1.8835926, 2.201205,
		1.937237, 1.5463219, -0.23904382, -0.23920149, -0.23934148, 0.060088024, 0.050465256,
		0.051368512, -0.4379515, -0.020576477, 0.5238302, 0.9459472, 1.5998808, 2.1337066, 1.8316563,
		1.883393, 1.8081666, 1.9310447, 1.5382447, 1.0724992,
	},
	"classaffine/dx": {
		0.2940058, 0.5964521, 0.8181713, 1.2905566, 1.2700374, 1.0776244, 0.1372637, 0.05588626,
		-0.033055127, -0.027895069, -0.044168737, -0.054464374, -0.93762803, -0.85849977, -0.6631776,
		-0.5251613, -0.05811906, 0.41678932, 0.0002766376, 0.00037779773, 0.0004278247, 0.07654462,
		0.06474889, 0.044189703, 0.36503255, -0.23327798, -0.8000154, -1.4432794, -1.7737213,
		-1.8640984, -0.85589385, -0.6586357, -0.37223423, -0.049242184, 0.42519778, 0.84208924,
	},
	"classaffine/dgamma": {
		-0.66843796, -0.41516107, -0.8448045, -2.2036364, 0, 0, -4.3309107, -2.396206, 0.0148423165,
		-1.3086984,
	},
	"classaffine/dbeta": {
		0.66144615, -2.2024121, 2.5065312, 2.3568208, 0, 0, -2.8098836, 3.5972333, -0.4105561,
		-2.721938,
	},
	"projection/y": {1.032617, -0.59377265, -0.9464772, -0.27594465, -1.2340274},
	"projection/dx": {
		0.22310933, 0.2294314, 0.20470105, 0.15226533, -0.059722796, -0.065410025, -0.06224432,
		-0.05065413, -0.016191095, -0.01495661, -0.011697819, -0.006855783, -0.049588613, -0.037567556,
		-0.020461882, -0.00058680214, 0.12846138, 0.13555676, 0.12430518, 0.09622948,
	},
	"projection/dbody_weight": {
		0.67957795, 0.69881654, 0.6234736, 0.4637465, 0.24264751, 0.26546717, 0.25235707, 0.20509163,
		0.113642044, 0.018746128, -0.07868699, -0.16547018,
	},
	"projection/dbody_bias":     {0.2578284, 0.13166252, -0.22000742},
	"projection/dlinear_weight": {-0.2554266, 0.17614679, -0.09881109},
	"projection/dlinear_bias":   {-0.35769215},
	"projection/dembed": {
		-1.4282849, -0.15129258, 0.30375674, -0.09763591, 0.007832375, -0.073074535, 1.2704942,
		0.319607, -0.32949328,
	},
	"projection/class/loss": {1.012493},
	"projection/class/dx": {
		0.22310933, 0.2294314, 0.20470105, 0.15226533, 0.038146526, 0.02638197, 0.011046737,
		-0.005783621, -0.055188946, -0.068512574, -0.07256334, -0.066793, -0.051215068, -0.032880522,
		-0.010095758, 0.014055421, 0.12846138, 0.13555676, 0.12430518, 0.09622948,
	},
	"projection/class/dbody_weight": {
		0.81092215, 0.75049645, 0.5884946, 0.34684277, 0.2877649, 0.26643303, 0.2090407, 0.12335571,
		0.08441075, -0.05934236, -0.19506378, -0.3043842,
	},
	"projection/class/dbody_bias":     {0.35470653, 0.23640448, -0.17434822},
	"projection/class/dlinear_weight": {-0.2554266, 0.17614679, -0.09881109},
	"projection/class/dembed": {
		-1.4764483, -0.24784014, 0.39837644, -0.13604096, 0.06868571, 0.13674904, 1.3570627, 0.3553012,
		-0.6339365,
	},
	"classhead/y":       {-0.96158254, -0.85460657, -1.2308155, -0.6105315, -0.9192074},
	"classhead/loss":    {0.7727073},
	"classhead/balance": {0.5147265},
	"classhead/dx": {
		-0.10237679, -0.08310874, -0.052592307, -0.014957762, 0.13638148, 0.15269129, 0.14833507,
		0.12390238, 0.0038730544, -0.0047685686, -0.012764789, -0.019033354, -0.019474447, -0.03854257,
		-0.052394144, -0.05915441, 0.115884855, 0.07699097, 0.027676703, -0.025383467,
	},
	"classhead/dbody_weight": {
		-0.012046562, -0.03401667, -0.051382795, -0.06179448, 0.010718536, 0.035849884, 0.05612909,
		0.06881152, -0.17772637, -0.06838411, 0.050213616, 0.16201517,
	},
	"classhead/dbody_bias":     {0.30671608, 0.22119977, 0.17742643},
	"classhead/dlinear_weight": {-0.2554266, 0.17614679, -0.09881109},
	"classhead/dembed": {
		4.1575888e-05, -0.129683, -0.120341085, 0.39443102, 0.17416593, -0.008929316, -0.39447254,
		-0.044482924, 0.12927037,
	},
	"classhead/weighted/balance": {0.018734476},
	"classhead/weighted/dx": {
		-0.100122415, -0.06923095, -0.028969401, 0.015213022, -0.006099957, 0.018264808, 0.040157523,
		0.0566151, -0.00041193655, -0.010793565, -0.019714335, -0.025966862, -0.020763295,
		-0.039856896, -0.05355606, -0.060006656, 0.12407308, 0.08578928, 0.03589429, -0.018858828,
	},
	"classhead/weighted/dembed": {
		-0.011479083, -0.0073279864, -0.025367208, 0.03555071, 0.013724893, 0.023197813, -0.024071628,
		-0.0063969092, 0.0021693932,
	},
	"modeseeking/loss": {2.8217041},
	"modeseeking/dx": {
		-0.79798895, -0.79798895, -0.79798895, -0.79798895, -0.79798895, -0.79798895, -0.79798895,
		-0.79798895, 0.79798895, 0.79798895, 0.79798895, 0.79798895, 0, 0, 0.79798895, 0.79798895,
		-0.79798895, -0.79798895, 0.79798895, 0.79798895, 0.79798895, 0.79798895, 0.79798895,
		0.79798895, 0.79798895, 0.79798895, -0.79798895, -0.79798895, -0.79798895, -0.79798895, 0, 0,
		-0.79798895, -0.79798895, 0.79798895, 0.79798895,
	},
	"mse/p": {
		-1.497123, -1.4293876, -1.1681913, -0.74888575, -0.22822203, 0.32333046, 0.8311217, 1.2264245,
	},
	"mse/t1/w1/loss": {2.7429254},
	"mse/t1/w1/dp": {
		-0.62428075, -0.6073469, -0.54204786, -0.43722144, -0.3070555, -0.16916738, -0.04221958,
		0.056606114,
	},
	"mse/t0/w1/loss": {1.0701919},
	"mse/t0/w1/dp": {
		-0.37428075, -0.3573469, -0.29204783, -0.18722144, -0.057055507, 0.080832615, 0.20778042,
		0.3066061,
	},
	"mse/t1/w0.5/loss": {2.7429254},
	"mse/t1/w0.5/dp": {
		-0.31214038, -0.30367345, -0.27102393, -0.21861072, -0.15352775, -0.08458369, -0.02110979,
		0.028303057,
	},
	"mse/t0/w0.5/loss": {1.0701919},
	"mse/t0/w0.5/dp": {
		-0.18714038, -0.17867345, -0.14602391, -0.09361072, -0.028527753, 0.040416308, 0.10389021,
		0.15330306,
	},
	"ce/logits": {
		-0.97990537, 0.11175045, 1.1882814, 2.103984, 2.7349222, 2.9957016, 2.8510268, 2.320479,
		1.4758651, 0.4314998, -0.6712669, -1.6831808, -2.4672842, -2.917452, -2.9727566, -2.6257124,
		-1.9232904, -0.96056, 0.13217759, 1.2070256,
	},
	"ce/eps0/loss": {2.144843},
	"ce/eps0/dlogits": {
		0.0033061644, 0.009849735, -0.22109613, 0.0722172, 0.13572304, -0.15636967, 0.081018664,
		0.04766187, 0.020481413, 0.007207718, 0.14405961, 0.052368924, 0.023907924, 0.015241803,
		-0.23557825, 0.0035581873, 0.007182686, -0.23118971, 0.056100305, 0.16434853,
	},
	"ce/eps0.1/loss": {2.1493533},
	"ce/eps0.1/dlogits": {
		-0.0016938357, 0.0048497343, -0.20109612, 0.0672172, 0.13072303, -0.13636968, 0.076018654,
		0.042661864, 0.015481411, 0.0022077174, 0.1390596, 0.04736892, 0.018907923, 0.010241802,
		-0.21557824, -0.0014418128, 0.0021826858, -0.2111897, 0.051100302, 0.15934852,
	},
}

// END KAT DATA
