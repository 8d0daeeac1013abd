package gan

// Known-answer tests: gan.py's training iteration, end to end, against
// PyTorch. Three iterations of the seed's G and D (latent 100, 28x28x1,
// batch 64, Adam lr 0.0002 betas (0.5, 0.999)) from the same weights, real
// batch and noise; after each, the losses and checksums of every tensor in
// both state_dicts must match.
//
// The numbers in katGAN come from testdata/kat.py run with PyTorch 1.13.1
// (Debian python3-torch). To regenerate them after changing a case:
//
//	/usr/bin/python3 testdata/kat.py --write
//
// which rewrites the block between BEGIN KAT DATA and END KAT DATA below.

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
)

// chirpMod is a prime above twice the largest tensor (784·1024): j² ≡ k²
// only for j ≡ ±k, so no two entries of one tensor read the same index.
const chirpMod = 1605677

// chirp is kat.py's chirp: det's formula float32(scale·sin(0.37·k + 1.3·seed
// + 0.1)) read at k = j² mod chirpMod. Along the plain index every weight
// matrix would be rank 2 and G would map the whole batch to one image; the
// quadratic index gives matrices that look random. The explicit conversions
// keep the compiler from fusing a multiply and an add.
func chirp(n int, seed, scale float64) []float32 {
	v := make([]float32, n)
	for j := range v {
		k := int64(j) * int64(j) % chirpMod
		v[j] = float32(scale * math.Sin(float64(0.37*float64(k))+float64(1.3*seed)+0.1))
	}
	return v
}

// Seeds as in kat.py: the k-th Linear of G gets weight seed 40+2k and bias
// seed 41+2k, D's 60+2k and 61+2k, both with scale 1/sqrt(in), PyTorch's
// default init bound; the real batch is seed 103; the k-th noise batch drawn
// (k = 0, 1, ...) is seed 320+k. kat.py picked the last two so that no
// LeakyReLU input comes near the kink, where rounding could flip its slope.
const (
	katGSeed, katDSeed, katRealSeed, katZSeed = 40, 60, 103, 320
	katBatch                                  = 64
)

func katInit(m *nn.Sequential, seed0 float64) {
	k := 0.0
	for _, l := range m.Layers {
		if lin, ok := l.(*nn.Linear); ok {
			s := 1 / math.Sqrt(float64(lin.In()))
			copy(lin.W.W, chirp(len(lin.W.W), seed0+2*k, s))
			copy(lin.B.W, chirp(len(lin.B.W), seed0+2*k+1, s))
			k++
		}
	}
}

// katTrainer builds gan.py's models on backend b with the kat.py weights and a
// Noise func that replays kat.py's noise batches in order.
func katTrainer(b gemm.Backend, loss GLoss, order Order) *Trainer {
	a := SeedArch()
	ctx := nn.Context{BLAS: b, MaxBatch: katBatch, Rand: rand.New(rand.NewPCG(1, 2))}
	g := NewSeedGenerator(ctx, a)
	ctx.MaxBatch = 2 * katBatch
	d := NewSeedDiscriminator(ctx, a)
	katInit(g, katGSeed)
	katInit(d.Sequential, katDSeed)
	draws := 0
	noise := func(z []float32) {
		copy(z, chirp(len(z), katZSeed+float64(draws), 1))
		draws++
	}
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 0.0002, 0.5, 0.999), optim.NewAdam(d.Params(), 0.0002, 0.5, 0.999), katBatch, noise)
	tr.Loss, tr.Order = loss, order
	return tr
}

// tensor is one state_dict entry, a parameter or a BatchNorm buffer, under
// its PyTorch name (the order does not matter: kat.py records by name).
type tensor struct {
	name string
	v    []float32
	n    *int64 // num_batches_tracked
}

func stateDict(m *nn.Sequential) []tensor {
	var ts []tensor
	for _, p := range m.Params() {
		ts = append(ts, tensor{name: p.Name, v: p.W})
	}
	for _, b := range m.Buffers() {
		ts = append(ts, tensor{name: b.Name, v: b.F, n: b.Int})
	}
	return ts
}

func snapshot(m *nn.Sequential) map[string][]float32 {
	s := map[string][]float32{}
	for _, t := range stateDict(m) {
		if t.n == nil {
			s[t.name] = append([]float32(nil), t.v...)
		}
	}
	return s
}

// checksums are kat.py's, in float64: sum x, sum |x|, and over the change
// from the initial value d = x - x0: sum d, sum |d|, sum d·cos(i).
func checksums(x, x0 []float32) [5]float64 {
	var c [5]float64
	for i, v := range x {
		d := float64(v) - float64(x0[i])
		c[0] += float64(v)
		c[1] += math.Abs(float64(v))
		c[2] += d
		c[3] += math.Abs(d)
		c[4] += d * math.Cos(float64(i))
	}
	return c
}

// katKind sorts state_dict tensors by how closely the engines can agree.
type katKind int

const (
	katParam  katKind = iota // a weight, bias, gamma or beta with a real gradient
	katBuffer                // BatchNorm's running mean and variance
	// katNoise is a Linear bias feeding a training-mode BatchNorm (gan.py's
	// G has three). BatchNorm subtracts the batch mean, so its gradient is
	// exactly 0; each engine gets rounding noise of ~1e-11 instead, which
	// Adam turns into steps of lr·g/(|g|+eps), a few percent of lr, in
	// directions that do not match. Those steps cannot change G's output
	// (BatchNorm removes them) but do reach the running means.
	katNoise
	katKinds
)

var katKindNames = [katKinds]string{"parameters", "running stats", "biases before BatchNorm"}

// katTols bounds each checksum's error (see katErr) per kind; the report the
// tests log shows what the Go and OpenBLAS backends reach, about 10x inside.
//
//   - sum|x|, relative, and sum x, relative to sum|x| since a plain sum can
//     cancel: a parameter moves at most ~lr = 2e-4 a step, 1e-2 of a typical
//     weight, so these see updates only coarsely.
//   - sum|x-x0|, relative, and sum(x-x0), sum(x-x0)·cos(i), relative to
//     sum|x-x0|: the updates themselves. Step 1 of Adam is ~lr·sign(g), so
//     these see every sign; later steps depend on the gradients' ratios.
//     float32 rounds a weight of ~0.03 to 2e-9, 1e-5 of a step, and the two
//     engines sum in different orders.
//   - running stats are averages of G's activations, as close as those.
//   - biases before BatchNorm: their x-x0 is noise on both sides, so only
//     sum|x| and sum x are compared; katNoiseMove bounds the noise.
var katTols = [katKinds][5]float64{
	katParam:  {2e-6, 2e-6, 2e-5, 2e-5, 2e-5},
	katBuffer: {2e-5, 2e-5, 2e-5, 2e-5, 2e-5},
	katNoise:  {3e-5, 3e-5, math.Inf(1), math.Inf(1), math.Inf(1)},
}

// katNoiseMove bounds how far a bias before BatchNorm may move, in sum|x-x0|,
// as a fraction of lr·entries·iterations: its steps are noise, not updates.
const katNoiseMove = 0.05

const katLossTol = 1e-4

// katErr is the relative error of each checksum, in the units its tolerance
// is written in.
func katErr(got, want [5]float64) [5]float64 {
	scale := [5]float64{want[1], want[1], want[3], want[3], want[3]}
	var e [5]float64
	for i := range e {
		if d := math.Abs(got[i] - want[i]); d > 0 {
			e[i] = d / math.Abs(scale[i])
		}
	}
	return e
}

var katChecksumNames = [5]string{"sum", "sum|x|", "sum(x-x0)", "sum|x-x0|", "sum(x-x0)cos(i)"}

// katWorst collects the largest error seen per kind of tensor and checksum.
type katWorst struct {
	loss float64
	sum  [katKinds][5]float64
}

func (w *katWorst) report() string {
	s := fmt.Sprintf("losses %.2g", w.loss)
	for k := range katKinds {
		s += "; " + katKindNames[k] + ":"
		for i, e := range w.sum[k] {
			if !math.IsInf(katTols[k][i], 1) {
				s += fmt.Sprintf(" %s %.2g", katChecksumNames[i], e)
			}
		}
	}
	return s
}

// noiseBiases names m's Linear biases that feed a BatchNorm1d.
func noiseBiases(m *nn.Sequential) map[string]bool {
	names := map[string]bool{}
	for i, l := range m.Layers[:len(m.Layers)-1] {
		if lin, ok := l.(*nn.Linear); ok {
			if _, bn := m.Layers[i+1].(*nn.BatchNorm1d); bn {
				names[lin.B.Name] = true
			}
		}
	}
	return names
}

// checkState compares every state_dict tensor of m, after iters iterations,
// to kat.py's record under prefix ("gfirst/iter2/G") and fails on a tensor
// PyTorch has and m lacks, or the reverse.
func checkState(t *testing.T, prefix string, iters int, m *nn.Sequential, init map[string][]float32, worst *katWorst) {
	t.Helper()
	checkStateIn(t, katGAN, prefix, iters, m, init, worst)
}

// checkStateIn is checkState against the records in kat.
func checkStateIn(t *testing.T, kat map[string][]float64, prefix string, iters int, m *nn.Sequential, init map[string][]float32, worst *katWorst) {
	t.Helper()
	noise := noiseBiases(m)
	seen := map[string]bool{}
	for _, ts := range stateDict(m) {
		key := prefix + "/" + ts.name
		seen[key] = true
		want, ok := kat[key]
		if !ok {
			t.Errorf("%s: PyTorch has no such tensor", key)
			continue
		}
		if ts.n != nil {
			if len(want) != 1 || float64(*ts.n) != want[0] {
				t.Errorf("%s = %d, PyTorch %v", key, *ts.n, want)
			}
			continue
		}
		kind := katParam
		switch {
		case noise[ts.name]:
			kind = katNoise
		case strings.Contains(ts.name, "running_"):
			kind = katBuffer
		}
		got := checksums(ts.v, init[ts.name])
		e := katErr(got, [5]float64(want))
		for i := range e {
			if !(e[i] <= katTols[kind][i]) {
				t.Errorf("%s %s = %.10g, PyTorch %.10g (error %.2g, tolerance %.2g)", key, katChecksumNames[i], got[i], want[i], e[i], katTols[kind][i])
			}
			worst.sum[kind][i] = max(worst.sum[kind][i], e[i])
		}
		if kind == katNoise {
			bound := katNoiseMove * 0.0002 * float64(len(ts.v)*iters)
			if got[3] > bound || want[3] > bound {
				t.Errorf("%s moved by sum|x-x0| = %.3g, PyTorch %.3g: more than the %.3g rounding noise explains", key, got[3], want[3], bound)
			}
		}
	}
	for key := range kat {
		if strings.HasPrefix(key, prefix+"/") && !seen[key] {
			t.Errorf("%s: PyTorch's state_dict has it, gogan's does not", key)
		}
	}
}

func katBackends(t *testing.T) []gemm.Backend {
	bs := []gemm.Backend{gemm.Go{}}
	if ob, err := gemm.LoadOpenBLAS(); err == nil {
		bs = append(bs, ob)
	} else {
		t.Logf("OpenBLAS not available, Go backend only: %v", err)
	}
	return bs
}

// runKAT runs iters iterations of one kat.py scenario and checks each; it
// returns the losses, for comparing backends.
func runKAT(t *testing.T, b gemm.Backend, scenario string, iters int, loss GLoss, order Order) [][2]float32 {
	tr := katTrainer(b, loss, order)
	g0, d0 := snapshot(tr.G), snapshot(tr.D)
	var worst katWorst
	// Iteration 0 checks that both sides start from the same weights, in
	// the same state_dict layout; kat.py records it for gfirst only, as
	// every scenario starts there.
	if scenario == "gfirst" {
		checkState(t, scenario+"/iter0/G", 0, tr.G, g0, &worst)
		checkState(t, scenario+"/iter0/D", 0, tr.D, d0, &worst)
	}
	real := Batch{X: chirp(katBatch*tr.G.Out(), katRealSeed, 1), N: katBatch}
	var losses [][2]float32
	for it := 1; it <= iters; it++ {
		st, err := tr.Step([]Batch{real})
		if err != nil {
			t.Fatal(err)
		}
		pre := fmt.Sprintf("%s/iter%d", scenario, it)
		want := katGAN[pre+"/loss"]
		for i, got := range []float32{st.DLoss, st.GLoss} {
			e := math.Abs(float64(got)-want[i]) / math.Abs(want[i])
			if !(e <= katLossTol) {
				t.Errorf("%s %s = %.8g, PyTorch %.8g (relative error %.2g)", pre, [2]string{"d_loss", "g_loss"}[i], got, want[i], e)
			}
			worst.loss = max(worst.loss, e)
		}
		losses = append(losses, [2]float32{st.DLoss, st.GLoss})
		checkState(t, pre+"/G", it, tr.G, g0, &worst)
		checkState(t, pre+"/D", it, tr.D, d0, &worst)
	}
	t.Logf("%s on %s, max errors: %s", scenario, b.Name(), worst.report())
	return losses
}

// TestKATSeedIterations is gan.py: G step first (g_loss = BCE(D(G(z)), 1)),
// then D on the fakes made before G's update, three times, on each backend;
// the backends must also agree with each other.
func TestKATSeedIterations(t *testing.T) {
	var ref [][2]float32
	for i, b := range katBackends(t) {
		losses := runKAT(t, b, "gfirst", 3, NonSaturating, GFirst)
		if i == 0 {
			ref = losses
			continue
		}
		for it := range losses {
			for j := range 2 {
				if e := math.Abs(float64(losses[it][j]-ref[it][j])) / math.Abs(float64(ref[it][j])); e > 1e-5 {
					t.Errorf("iteration %d: %s loss %.8g, Go backend %.8g", it+1, b.Name(), losses[it][j], ref[it][j])
				}
			}
		}
	}
}

// TestKATMinimax is one gan.py iteration with G minimising log(1 - D(G(z))),
// in PyTorch -BCE(D(G(z)), 0).
func TestKATMinimax(t *testing.T) {
	runKAT(t, gemm.Go{}, "minimax", 1, Minimax, GFirst)
}

// TestKATDFirst is one iteration of the paper's Algorithm 1 with k = 1: a D
// step on the first noise batch, then a G step on the second.
func TestKATDFirst(t *testing.T) {
	runKAT(t, gemm.Go{}, "dfirst", 1, NonSaturating, DFirst)
}

// BEGIN KAT DATA (regenerate with /usr/bin/python3 testdata/kat.py --write)
// Generated by testdata/kat.py with PyTorch 1.13.1 (Debian python3-torch,
// torch.__version__ 1.13.0a0); do not edit.
var katGAN = map[string][]float64{
	"gfirst/iter0/G/model.0.weight":              {1.80600126701, 812.204100724, 0, 0, 0},
	"gfirst/iter0/G/model.0.bias":                {-0.532236377592, 7.77343726868, 0, 0, 0},
	"gfirst/iter0/G/model.2.weight":              {-2.61885172501, 1836.69132386, 0, 0, 0},
	"gfirst/iter0/G/model.2.bias":                {0.119418075599, 14.1766753181, 0, 0, 0},
	"gfirst/iter0/G/model.3.weight":              {256, 256, 0, 0, 0},
	"gfirst/iter0/G/model.3.bias":                {0, 0, 0, 0, 0},
	"gfirst/iter0/G/model.3.running_mean":        {0, 0, 0, 0, 0},
	"gfirst/iter0/G/model.3.running_var":         {256, 256, 0, 0, 0},
	"gfirst/iter0/G/model.3.num_batches_tracked": {0},
	"gfirst/iter0/G/model.5.weight":              {-11.4594374136, 5219.55077874, 0, 0, 0},
	"gfirst/iter0/G/model.5.bias":                {0.936794330097, 19.6689003566, 0, 0, 0},
	"gfirst/iter0/G/model.6.weight":              {512, 512, 0, 0, 0},
	"gfirst/iter0/G/model.6.bias":                {0, 0, 0, 0, 0},
	"gfirst/iter0/G/model.6.running_mean":        {0, 0, 0, 0, 0},
	"gfirst/iter0/G/model.6.running_var":         {512, 512, 0, 0, 0},
	"gfirst/iter0/G/model.6.num_batches_tracked": {0},
	"gfirst/iter0/G/model.8.weight":              {-22.2710188709, 14756.3785168, 0, 0, 0},
	"gfirst/iter0/G/model.8.bias":                {-1.10193027239, 28.0715309347, 0, 0, 0},
	"gfirst/iter0/G/model.9.weight":              {1024, 1024, 0, 0, 0},
	"gfirst/iter0/G/model.9.bias":                {0, 0, 0, 0, 0},
	"gfirst/iter0/G/model.9.running_mean":        {0, 0, 0, 0, 0},
	"gfirst/iter0/G/model.9.running_var":         {1024, 1024, 0, 0, 0},
	"gfirst/iter0/G/model.9.num_batches_tracked": {0},
	"gfirst/iter0/G/model.11.weight":             {-4.92010411345, 15977.0932365, 0, 0, 0},
	"gfirst/iter0/G/model.11.bias":               {0.277372320517, 15.962947083, 0, 0, 0},
	"gfirst/iter0/D/model.0.weight":              {-4.25843012721, 9122.94692357, 0, 0, 0},
	"gfirst/iter0/D/model.0.bias":                {0.120328141031, 11.9054177056, 0, 0, 0},
	"gfirst/iter0/D/model.2.weight":              {18.7189390015, 3681.59058052, 0, 0, 0},
	"gfirst/iter0/D/model.2.bias":                {0.399616250237, 7.32131362613, 0, 0, 0},
	"gfirst/iter0/D/model.4.weight":              {0.506445379273, 9.98102957306, 0, 0, 0},
	"gfirst/iter0/D/model.4.bias":                {0.0138223711401, 0.0138223711401, 0, 0, 0},
	"gfirst/iter1/loss":                          {0.689831018448, 0.645391821861},
	"gfirst/iter1/G/model.0.weight": {
		1.77393022661, 812.308821433, -0.0320710404085, 2.55648047297, 0.00324125352782,
	},
	"gfirst/iter1/G/model.0.bias": {
		-0.526663907993, 7.76943814689, 0.00557246959943, 0.0255493841396, 0.000501261891729,
	},
	"gfirst/iter1/G/model.2.weight": {
		-2.63736185563, 1836.82594199, -0.0185101306186, 6.53790739592, -0.0315616159898,
	},
	"gfirst/iter1/G/model.2.bias": {
		0.119418382223, 14.1766746915, 3.06623405777e-07, 4.6632005251e-05, 1.48829976722e-06,
	},
	"gfirst/iter1/G/model.3.weight": {
		256.015522957, 256.015522957, 0.0155229568481, 0.0510897636414, 0.00132398882552,
	},
	"gfirst/iter1/G/model.3.bias": {
		0.00719628910883, 0.0511579777522, 0.00719628910883, 0.0511579777522, -0.00213094561947,
	},
	"gfirst/iter1/G/model.3.running_mean": {
		-0.0112576593747, 2.6352779985, -0.0112576593747, 2.6352779985, -0.2380864446,
	},
	"gfirst/iter1/G/model.3.running_var": {
		234.184768856, 234.184768856, -21.8152311444, 21.8152311444, 0.0177162644799,
	},
	"gfirst/iter1/G/model.3.num_batches_tracked": {1},
	"gfirst/iter1/G/model.5.weight": {
		-11.5094371655, 5219.84798624, -0.0499997519647, 26.1594909962, -0.0501006281096,
	},
	"gfirst/iter1/G/model.5.bias": {
		0.936792158209, 19.6689026255, -2.17188789975e-06, 0.000120476397569, -2.30289328322e-06,
	},
	"gfirst/iter1/G/model.6.weight": {
		512.022473812, 512.022473812, 0.0224738121033, 0.102061271667, 0.00106490314664,
	},
	"gfirst/iter1/G/model.6.bias": {
		0.0151790511591, 0.102325221975, 0.0151790511591, 0.102325221975, -0.00249425980145,
	},
	"gfirst/iter1/G/model.6.running_mean": {
		-0.0340192001822, 4.15503840375, -0.0340192001822, 4.15503840375, 0.106514144182,
	},
	"gfirst/iter1/G/model.6.running_var": {
		462.459778666, 462.459778666, -49.5402213335, 49.5402213335, -0.113602291171,
	},
	"gfirst/iter1/G/model.6.num_batches_tracked": {1},
	"gfirst/iter1/G/model.8.weight": {
		-22.6164320979, 14757.2324796, -0.345413226954, 104.510716566, 0.0499965211171,
	},
	"gfirst/iter1/G/model.8.bias": {
		-1.10192436893, 28.0715313815, 5.90346462559e-06, 0.00163845687348, -4.74699551171e-05,
	},
	"gfirst/iter1/G/model.9.weight": {
		1024.01075983, 1024.01075983, 0.0107598304749, 0.204585790634, -0.00129841962827,
	},
	"gfirst/iter1/G/model.9.bias": {
		0.0132015777344, 0.204788759118, 0.0132015777344, 0.204788759118, 5.36709811585e-05,
	},
	"gfirst/iter1/G/model.9.running_mean": {
		-0.221049696869, 4.56459791449, -0.221049696869, 4.56459791449, -0.0796403961905,
	},
	"gfirst/iter1/G/model.9.running_var": {
		922.429440081, 922.429440081, -101.570559919, 101.570559919, 0.0172010460318,
	},
	"gfirst/iter1/G/model.9.num_batches_tracked": {1},
	"gfirst/iter1/G/model.11.weight": {
		-0.785447722454, 15977.3377523, 4.13465639099, 160.41998405, 0.0855441220615,
	},
	"gfirst/iter1/G/model.11.bias": {
		0.282572000782, 15.9777468852, 0.00519968026492, 0.156796773677, -0.000298243442585,
	},
	"gfirst/iter1/D/model.0.weight": {
		-4.22753250552, 9123.41041087, 0.0308976216834, 80.2491916722, 0.0321923944214,
	},
	"gfirst/iter1/D/model.0.bias": {
		0.115130110775, 11.901393111, -0.005198030256, 0.102395717422, -0.00284444897008,
	},
	"gfirst/iter1/D/model.2.weight": {
		19.5336553459, 3681.53810753, 0.814716344312, 26.2104332759, 0.0173813069111,
	},
	"gfirst/iter1/D/model.2.bias": {
		0.384418374975, 7.32322218816, -0.0151978752619, 0.0511976097987, -0.00118907777166,
	},
	"gfirst/iter1/D/model.4.weight": {
		0.556445316804, 9.98262959141, 0.0499999375315, 0.0511999261798, 3.42541133895e-05,
	},
	"gfirst/iter1/D/model.4.bias": {
		0.0136223714799, 0.0136223714799, -0.000199999660254, 0.000199999660254, -0.000199999660254,
	},
	"gfirst/iter2/loss": {0.661586523056, 0.633780479431},
	"gfirst/iter2/G/model.0.weight": {
		1.74655289423, 812.671643069, -0.0594483727873, 3.49935274586, 0.0225293203278,
	},
	"gfirst/iter2/G/model.0.bias": {
		-0.511742477989, 7.76955216962, 0.020493899603, 0.0353126058908, 0.00131658714203,
	},
	"gfirst/iter2/G/model.2.weight": {
		-2.81563928674, 1837.29232179, -0.196787561729, 9.29347890417, -0.0461828475526,
	},
	"gfirst/iter2/G/model.2.bias": {
		0.119418037299, 14.1766714423, -3.83006408811e-08, 7.20493262634e-05, -8.98710186354e-07,
	},
	"gfirst/iter2/G/model.3.weight": {
		256.054500699, 256.054500699, 0.0545006990433, 0.0776351690292, 0.00140350703893,
	},
	"gfirst/iter2/G/model.3.bias": {
		0.0399239255639, 0.0715986400319, 0.0399239255639, 0.0715986400319, -0.00171331331786,
	},
	"gfirst/iter2/G/model.3.running_mean": {
		-0.162414673599, 4.96415605105, -0.162414673599, 4.96415605105, -0.404448462585,
	},
	"gfirst/iter2/G/model.3.running_var": {
		213.62305814, 213.62305814, -42.3769418597, 42.3769418597, 0.0524469082252,
	},
	"gfirst/iter2/G/model.3.num_batches_tracked": {2},
	"gfirst/iter2/G/model.5.weight": {
		-11.5992504656, 5220.92181728, -0.139813052016, 38.7755963195, -0.05510384782,
	},
	"gfirst/iter2/G/model.5.bias": {
		0.936793761983, 19.6689026643, -5.68114046473e-07, 0.000182308263902, -8.65985621646e-06,
	},
	"gfirst/iter2/G/model.6.weight": {
		512.090999126, 512.090999126, 0.0909991264343, 0.15037560463, 0.00271387540883,
	},
	"gfirst/iter2/G/model.6.bias": {
		0.0731096362288, 0.146940739622, 0.0731096362288, 0.146940739622, -0.00246671336195,
	},
	"gfirst/iter2/G/model.6.running_mean": {
		-0.0606871621276, 7.53865952196, -0.0606871621276, 7.53865952196, 0.204004935147,
	},
	"gfirst/iter2/G/model.6.running_var": {
		417.525970817, 417.525970817, -94.4740291834, 94.4740291834, -0.223214931998,
	},
	"gfirst/iter2/G/model.6.num_batches_tracked": {2},
	"gfirst/iter2/G/model.8.weight": {
		-23.4167070541, 14759.5256444, -1.14568818315, 156.464369368, 0.0655485631074,
	},
	"gfirst/iter2/G/model.8.bias": {
		-1.10185026583, 28.0715186545, 8.00065608928e-05, 0.00246611503826, -0.000124006778728,
	},
	"gfirst/iter2/G/model.9.weight": {
		1024.05075485, 1024.05075485, 0.0507548451424, 0.372135102749, -0.00146076063927,
	},
	"gfirst/iter2/G/model.9.bias": {
		0.0525999939273, 0.382117359564, 0.0525999939273, 0.382117359564, -0.000415519298079,
	},
	"gfirst/iter2/G/model.9.running_mean": {
		-0.401012704329, 8.27573917805, -0.401012704329, 8.27573917805, -0.153506532362,
	},
	"gfirst/iter2/G/model.9.running_var": {
		830.856776476, 830.856776476, -193.143223524, 193.143223524, 0.0331462529428,
	},
	"gfirst/iter2/G/model.9.num_batches_tracked": {2},
	"gfirst/iter2/G/model.11.weight": {
		4.61376062928, 15978.3110998, 9.53386474272, 294.863021286, 0.0518719031712,
	},
	"gfirst/iter2/G/model.11.bias": {
		0.289928573489, 15.990175204, 0.012556252972, 0.297054146038, 0.000265131077398,
	},
	"gfirst/iter2/D/model.0.weight": {
		-4.14570443048, 9124.36163775, 0.112725696724, 150.129924323, 0.00410610198429,
	},
	"gfirst/iter2/D/model.0.bias": {
		0.108779124253, 11.8974119266, -0.0115490167773, 0.194111937581, -0.00682339388523,
	},
	"gfirst/iter2/D/model.2.weight": {
		20.3874608658, 3681.57013145, 1.66852186429, 51.6971345105, 0.0295629268456,
	},
	"gfirst/iter2/D/model.2.bias": {
		0.365914243477, 7.32659577552, -0.03370200676, 0.0988567623644, -0.00264104022183,
	},
	"gfirst/iter2/D/model.4.weight": {
		0.605344168143, 9.98581256054, 0.0988987888704, 0.100740557493, 0.000201567433433,
	},
	"gfirst/iter2/D/model.4.bias": {
		0.0134117780253, 0.0134117780253, -0.000410593114793, 0.000410593114793, -0.000410593114793,
	},
	"gfirst/iter3/loss": {0.634800314903, 0.626585066319},
	"gfirst/iter3/G/model.0.weight": {
		1.72049357251, 813.184946881, -0.0855076945045, 4.4522487643, 0.0400406440189,
	},
	"gfirst/iter3/G/model.0.bias": {
		-0.488699066918, 7.77098246058, 0.0435373106739, 0.0504351091804, 0.00182141984318,
	},
	"gfirst/iter3/G/model.2.weight": {
		-3.05199240543, 1838.05413856, -0.433140680415, 11.8109425183, -0.0574442130738,
	},
	"gfirst/iter3/G/model.2.bias": {
		0.119414785397, 14.1766741252, -3.29020258505e-06, 0.000103178594145, -2.61228352885e-06,
	},
	"gfirst/iter3/G/model.3.weight": {
		256.105010509, 256.105010509, 0.105010509491, 0.112623691559, 0.00133543959799,
	},
	"gfirst/iter3/G/model.3.bias": {
		0.0882013577138, 0.103090669734, 0.0882013577138, 0.103090669734, -0.00137958458069,
	},
	"gfirst/iter3/G/model.3.running_mean": {
		-0.293612040812, 6.70059578214, -0.293612040812, 6.70059578214, -0.502411799287,
	},
	"gfirst/iter3/G/model.3.running_var": {
		194.243302286, 194.243302286, -61.7566977143, 61.7566977143, 0.0706501569843,
	},
	"gfirst/iter3/G/model.3.num_batches_tracked": {3},
	"gfirst/iter3/G/model.5.weight": {
		-11.6595342125, 5222.77233117, -0.200096798884, 49.7419235513, -0.0673874967684,
	},
	"gfirst/iter3/G/model.5.bias": {
		0.936795737463, 19.6689075867, 1.40736665344e-06, 0.000238713553699, -8.34782128438e-06,
	},
	"gfirst/iter3/G/model.6.weight": {
		512.186430275, 512.186430275, 0.18643027544, 0.213854491711, 0.00297552598219,
	},
	"gfirst/iter3/G/model.6.bias": {
		0.164662644092, 0.203560406459, 0.164662644092, 0.203560406459, -0.00280705158982,
	},
	"gfirst/iter3/G/model.6.running_mean": {
		-0.0573148547264, 10.1219781719, -0.0573148547264, 10.1219781719, 0.259711367081,
	},
	"gfirst/iter3/G/model.6.running_var": {
		376.718356133, 376.718356133, -135.281643867, 135.281643867, -0.309602795374,
	},
	"gfirst/iter3/G/model.6.num_batches_tracked": {3},
	"gfirst/iter3/G/model.8.weight": {
		-24.5073559959, 14763.3357764, -2.23633712496, 200.981415444, 0.0579205318958,
	},
	"gfirst/iter3/G/model.8.bias": {
		-1.10182561121, 28.0714626451, 0.000104661186924, 0.00313998779166, -0.000103689671564,
	},
	"gfirst/iter3/G/model.9.weight": {
		1024.11786944, 1024.11786944, 0.117869436741, 0.526445567608, -0.000203832495614,
	},
	"gfirst/iter3/G/model.9.bias": {
		0.117320372286, 0.550414347119, 0.117320372286, 0.550414347119, -0.000873177200927,
	},
	"gfirst/iter3/G/model.9.running_mean": {
		-0.572894549026, 11.1972684917, -0.572894549026, 11.1972684917, -0.22559258127,
	},
	"gfirst/iter3/G/model.9.running_var": {
		748.250673175, 748.250673175, -275.749326825, 275.749326825, 0.045133567042,
	},
	"gfirst/iter3/G/model.9.num_batches_tracked": {3},
	"gfirst/iter3/G/model.11.weight": {
		10.1039664568, 15979.8049279, 15.0240705703, 419.085181776, 0.0650163932116,
	},
	"gfirst/iter3/G/model.11.bias": {
		0.295958271556, 15.9996747792, 0.0185859510384, 0.433080238203, 0.00129023566053,
	},
	"gfirst/iter3/D/model.0.weight": {
		-4.04161248183, 9125.76577095, 0.216817645379, 215.97310605, -0.0316776648177,
	},
	"gfirst/iter3/D/model.0.bias": {
		0.0982697480795, 11.892681913, -0.0220583929513, 0.281466294477, -0.0117300762733,
	},
	"gfirst/iter3/D/model.2.weight": {
		21.3461897266, 3681.68839302, 2.62725072505, 76.3491138988, 0.0465667278541,
	},
	"gfirst/iter3/D/model.2.bias": {
		0.345134443356, 7.33052035187, -0.0544818068811, 0.146057269834, -0.00391947404587,
	},
	"gfirst/iter3/D/model.4.weight": {
		0.65230933603, 9.99091321891, 0.145863956757, 0.148438668795, 0.000364063809391,
	},
	"gfirst/iter3/D/model.4.bias": {
		0.0131885660812, 0.0131885660812, -0.000633805058897, 0.000633805058897, -0.000633805058897,
	},
	"minimax/iter1/loss": {0.689831018448, -0.743312001228},
	"minimax/iter1/G/model.0.weight": {
		1.77593161667, 812.307736559, -0.0300696503436, 2.55616205125, 0.00318475661527,
	},
	"minimax/iter1/G/model.0.bias": {
		-0.526649194071, 7.76944805984, 0.00558718352113, 0.0255666723242, 0.000490985424768,
	},
	"minimax/iter1/G/model.2.weight": {
		-2.63500383462, 1836.82717833, -0.0161521096077, 6.54052009154, -0.0317424946466,
	},
	"minimax/iter1/G/model.2.bias": {
		0.119418916584, 14.1766707425, 8.40984284878e-07, 5.26658259332e-05, -8.53887501347e-07,
	},
	"minimax/iter1/G/model.3.weight": {
		256.015169621, 256.015169621, 0.0151696205139, 0.0511288642883, 0.00101359846859,
	},
	"minimax/iter1/G/model.3.bias": {
		0.00719679446775, 0.0511627075321, 0.00719679446775, 0.0511627075321, -0.00213015236741,
	},
	"minimax/iter1/G/model.3.running_mean": {
		-0.0112576593747, 2.6352779985, -0.0112576593747, 2.6352779985, -0.2380864446,
	},
	"minimax/iter1/G/model.3.running_var": {
		234.184768856, 234.184768856, -21.8152311444, 21.8152311444, 0.0177162644799,
	},
	"minimax/iter1/G/model.3.num_batches_tracked": {1},
	"minimax/iter1/G/model.5.weight": {
		-11.5074466631, 5219.85915145, -0.0480092495192, 26.1647622726, -0.0538089278708,
	},
	"minimax/iter1/G/model.5.bias": {
		0.936797209841, 19.6689100618, 2.87974398816e-06, 0.000144200028444, 6.09909945884e-06,
	},
	"minimax/iter1/G/model.6.weight": {
		512.022767127, 512.022767127, 0.0227671265602, 0.102092683315, 0.00101562517853,
	},
	"minimax/iter1/G/model.6.bias": {
		0.0151949518768, 0.102344717743, 0.0151949518768, 0.102344717743, -0.00250545106939,
	},
	"minimax/iter1/G/model.6.running_mean": {
		-0.0340192001822, 4.15503840375, -0.0340192001822, 4.15503840375, 0.106514144182,
	},
	"minimax/iter1/G/model.6.running_var": {
		462.459778666, 462.459778666, -49.5402213335, 49.5402213335, -0.113602291171,
	},
	"minimax/iter1/G/model.6.num_batches_tracked": {1},
	"minimax/iter1/G/model.8.weight": {
		-22.6172829858, 14757.2397734, -0.346264114856, 104.540952522, 0.0519729108715,
	},
	"minimax/iter1/G/model.8.bias": {
		-1.10200691293, 28.0714630845, -7.66405355535e-05, 0.00190843738528, 9.70346959406e-05,
	},
	"minimax/iter1/G/model.9.weight": {
		1024.01074034, 1024.01074034, 0.010740339756, 0.20458573103, -0.00129101063909,
	},
	"minimax/iter1/G/model.9.bias": {
		0.0132014531555, 0.204789673662, 0.0132014531555, 0.204789673662, 5.3515433261e-05,
	},
	"minimax/iter1/G/model.9.running_mean": {
		-0.221049696869, 4.56459791449, -0.221049696869, 4.56459791449, -0.0796403961905,
	},
	"minimax/iter1/G/model.9.running_var": {
		922.429440081, 922.429440081, -101.570559919, 101.570559919, 0.0172010460318,
	},
	"minimax/iter1/G/model.9.num_batches_tracked": {1},
	"minimax/iter1/G/model.11.weight": {
		-0.779607433702, 15977.3448274, 4.14049667974, 160.42945538, 0.0840620319991,
	},
	"minimax/iter1/G/model.11.bias": {
		0.282572067954, 15.9777468227, 0.00519974743656, 0.156797247022, -0.000298248610319,
	},
	"minimax/iter1/D/model.0.weight": {
		-4.22753250552, 9123.41041087, 0.0308976216834, 80.2491916722, 0.0321923944214,
	},
	"minimax/iter1/D/model.0.bias": {
		0.115130110775, 11.901393111, -0.005198030256, 0.102395717422, -0.00284444897008,
	},
	"minimax/iter1/D/model.2.weight": {
		19.5336553459, 3681.53810753, 0.814716344312, 26.2104332759, 0.0173813069111,
	},
	"minimax/iter1/D/model.2.bias": {
		0.384418374975, 7.32322218816, -0.0151978752619, 0.0511976097987, -0.00118907777166,
	},
	"minimax/iter1/D/model.4.weight": {
		0.556445316804, 9.98262959141, 0.0499999375315, 0.0511999261798, 3.42541133895e-05,
	},
	"minimax/iter1/D/model.4.bias": {
		0.0136223714799, 0.0136223714799, -0.000199999660254, 0.000199999660254, -0.000199999660254,
	},
	"dfirst/iter1/loss": {0.689831018448, 0.644043803215},
	"dfirst/iter1/G/model.0.weight": {
		1.79724727337, 812.330448226, -0.0087539936394, 2.55636489836, 0.0143709885,
	},
	"dfirst/iter1/G/model.0.bias": {
		-0.526242946449, 7.77543682401, 0.005993431143, 0.0255802762113, 0.00168480253021,
	},
	"dfirst/iter1/G/model.2.weight": {
		-2.66225335249, 1836.89336303, -0.0434016274728, 6.53969179452, -0.00993996911664,
	},
	"dfirst/iter1/G/model.2.bias": {
		0.11941664193, 14.176673399, -1.43366924021e-06, 4.49986109743e-05, -2.16769412984e-06,
	},
	"dfirst/iter1/G/model.3.weight": {
		256.019208074, 256.019208074, 0.019208073616, 0.0510932207108, -0.000723915216064,
	},
	"dfirst/iter1/G/model.3.bias": {
		0.0128010442859, 0.0511639649776, 0.0128010442859, 0.0511639649776, -0.00133377904696,
	},
	"dfirst/iter1/G/model.3.running_mean": {
		-0.162057701033, 4.96277435496, -0.162057701033, 4.96277435496, -0.405300688461,
	},
	"dfirst/iter1/G/model.3.running_var": {
		213.621010542, 213.621010542, -42.3789894581, 42.3789894581, 0.052550145528,
	},
	"dfirst/iter1/G/model.3.num_batches_tracked": {2},
	"dfirst/iter1/G/model.5.weight": {
		-11.5483045914, 5220.03898634, -0.0888671777785, 26.1527485189, -0.0287449462227,
	},
	"dfirst/iter1/G/model.5.bias": {
		0.936807688158, 19.6688937031, 1.33580615511e-05, 0.000121635050164, -7.15909372776e-07,
	},
	"dfirst/iter1/G/model.6.weight": {
		512.03442353, 512.03442353, 0.0344235301018, 0.102099478245, 0.00116719548859,
	},
	"dfirst/iter1/G/model.6.bias": {
		0.0208074936527, 0.102314752352, 0.0208074936527, 0.102314752352, -0.0018019475991,
	},
	"dfirst/iter1/G/model.6.running_mean": {
		-0.0606601767649, 7.53765000848, -0.0606601767649, 7.53765000848, 0.203345364493,
	},
	"dfirst/iter1/G/model.6.running_var": {
		417.524076045, 417.524076045, -94.4759239554, 94.4759239554, -0.22303477048,
	},
	"dfirst/iter1/G/model.6.num_batches_tracked": {2},
	"dfirst/iter1/G/model.8.weight": {
		-22.4300942708, 14757.5489305, -0.159075399902, 104.464815935, 0.244143829449,
	},
	"dfirst/iter1/G/model.8.bias": {
		-1.10188638372, 28.0715734513, 4.38886781922e-05, 0.00167354584846, 2.93374614587e-06,
	},
	"dfirst/iter1/G/model.9.weight": {
		1024.0141502, 1024.0141502, 0.0141502022743, 0.204335153103, 0.00131571904986,
	},
	"dfirst/iter1/G/model.9.bias": {
		0.0152022102557, 0.204784750618, 0.0152022102557, 0.204784750618, -0.000874645516153,
	},
	"dfirst/iter1/G/model.9.running_mean": {
		-0.399239243543, 8.27204781081, -0.399239243543, 8.27204781081, -0.153046645358,
	},
	"dfirst/iter1/G/model.9.running_var": {
		830.854248226, 830.854248226, -193.145751774, 193.145751774, 0.0330151677472,
	},
	"dfirst/iter1/G/model.9.num_batches_tracked": {2},
	"dfirst/iter1/G/model.11.weight": {
		0.842001688739, 15977.5604228, 5.76210580219, 160.400869592, -0.0752590725113,
	},
	"dfirst/iter1/G/model.11.bias": {
		0.284173550113, 15.9730323995, 0.00680122959602, 0.156796145413, 0.000561747108886,
	},
	"dfirst/iter1/D/model.0.weight": {
		-4.22753250552, 9123.41041087, 0.0308976216834, 80.2491916722, 0.0321923944214,
	},
	"dfirst/iter1/D/model.0.bias": {
		0.115130110775, 11.901393111, -0.005198030256, 0.102395717422, -0.00284444897008,
	},
	"dfirst/iter1/D/model.2.weight": {
		19.5336553459, 3681.53810753, 0.814716344312, 26.2104332759, 0.0173813069111,
	},
	"dfirst/iter1/D/model.2.bias": {
		0.384418374975, 7.32322218816, -0.0151978752619, 0.0511976097987, -0.00118907777166,
	},
	"dfirst/iter1/D/model.4.weight": {
		0.556445316804, 9.98262959141, 0.0499999375315, 0.0511999261798, 3.42541133895e-05,
	},
	"dfirst/iter1/D/model.4.bias": {
		0.0136223714799, 0.0136223714799, -0.000199999660254, 0.000199999660254, -0.000199999660254,
	},
}

// END KAT DATA
