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
	"gogan/internal/kat"
)

var chirp = kat.Chirp

// Seeds as in kat.py: the k-th Linear of G gets weight seed 40+2k and bias
// seed 41+2k, D's 60+2k and 61+2k, both with scale 1/sqrt(in), PyTorch's
// default init bound; the real batch is seed 103 (with k = 2 D steps, the
// second D step's is seed 105); the k-th noise batch drawn (k = 0, 1, ...) is
// seed 320+k. kat.py picked the data seeds so that no LeakyReLU input comes
// near the kink, where rounding could flip its slope.
const (
	katGSeed, katDSeed, katZSeed = 40, 60, 320
	katBatch                     = 64
)

var katRealSeeds = []float64{103, 105}

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
// as a fraction of lr·entries·iterations: its steps are noise, not updates
// (a real gradient moves it by about 1). Noise takes larger Adam steps
// behind a BatchNorm2d at eps 1e-5 (dcgan-plus's G: 10% seen) than at
// gan.py's 0.8.
const katNoiseMove = 0.25

// katLossTol bounds the relative error of the losses and mean D outputs;
// both backends reach ~1e-7.
const katLossTol = 1e-5

// katErr is the relative error of each checksum, in the units its tolerance
// is written in.
func katErr(got, want [5]float64) [5]float64 {
	scale := [5]float64{want[1], want[1], want[3], want[3], want[3]}
	var e [5]float64
	for i := range e {
		// !(d <= 0), not d > 0: a NaN checksum must give a NaN error.
		if d := math.Abs(got[i] - want[i]); !(d <= 0) {
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

// noiseBiases names m's Linear biases that feed a BatchNorm1d and its
// Conv2d, UpConv2d and ConvTranspose2d biases that feed a BatchNorm2d (which
// subtracts each channel's mean, so a per-channel bias has no gradient
// either).
func noiseBiases(m *nn.Sequential) map[string]bool {
	names := map[string]bool{}
	for i, l := range m.Layers[:len(m.Layers)-1] {
		switch l := l.(type) {
		case *nn.Linear:
			if _, bn := m.Layers[i+1].(*nn.BatchNorm1d); bn {
				names[l.B.Name] = true
			}
		case *nn.Conv2d:
			if _, bn := m.Layers[i+1].(*nn.BatchNorm2d); bn && l.B != nil {
				names[l.B.Name] = true
			}
		case *nn.UpConv2d:
			if _, bn := m.Layers[i+1].(*nn.BatchNorm2d); bn && l.B != nil {
				names[l.B.Name] = true
			}
		case *nn.ConvTranspose2d:
			if _, bn := m.Layers[i+1].(*nn.BatchNorm2d); bn && l.B != nil {
				names[l.B.Name] = true
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
	checkStateTols(t, kat, prefix, iters, m, init, worst, katTols)
}

// checkStateTols is checkStateIn with tolerances of its own per kind.
func checkStateTols(t *testing.T, kat map[string][]float64, prefix string, iters int, m *nn.Sequential, init map[string][]float32, worst *katWorst, katTols [katKinds][5]float64) {
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
		tols := katTols[kind]
		if kind == katNoise {
			// Both sides start from the same values and move by noise, so
			// their sums may differ by what both moved (PyTorch's noise
			// can reach whole Adam steps, lr each, in dcgan.py's G).
			for i := range 2 {
				tols[i] += (got[3] + want[3]) / math.Abs(want[1])
			}
		}
		for i := range e {
			if !(e[i] <= tols[i]) {
				t.Errorf("%s %s = %.10g, PyTorch %.10g (error %.2g, tolerance %.2g)", key, katChecksumNames[i], got[i], want[i], e[i], tols[i])
			}
			worst.sum[kind][i] = max(worst.sum[kind][i], e[i])
		}
		if kind == katNoise {
			bound := katNoiseMove * 0.0002 * float64(len(ts.v)*iters)
			if !(got[3] <= bound) {
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

// runKAT runs iters iterations of one kat.py scenario and checks each; it
// returns the losses, for comparing backends.
func runKAT(t *testing.T, b gemm.Backend, scenario string, iters int, loss GLoss, order Order, dSteps int) [][2]float32 {
	tr := katTrainer(b, loss, order)
	tr.DSteps = dSteps
	g0, d0 := snapshot(tr.G), snapshot(tr.D)
	var worst katWorst
	// Iteration 0 checks that both sides start from the same weights, in
	// the same state_dict layout; kat.py records it for gfirst only, as
	// every scenario starts there.
	if scenario == "gfirst" {
		checkState(t, scenario+"/iter0/G", 0, tr.G, g0, &worst)
		checkState(t, scenario+"/iter0/D", 0, tr.D, d0, &worst)
	}
	var reals []Batch
	for _, seed := range katRealSeeds[:dSteps] {
		reals = append(reals, Batch{X: chirp(katBatch*tr.G.Out(), seed, 1), N: katBatch})
	}
	var losses [][2]float32
	for it := 1; it <= iters; it++ {
		st, err := tr.Step(reals)
		if err != nil {
			t.Fatal(err)
		}
		pre := fmt.Sprintf("%s/iter%d", scenario, it)
		want := kat.Want(t, katGAN, pre+"/loss")
		got := []float32{st.DLoss, st.GLoss}
		worst.loss = max(worst.loss, kat.Slice(t, pre+" [d_loss g_loss]", got, want, katLossTol, 0))
		// Stats.DReal and DFake: the last D step's mean outputs.
		dOut := []float32{st.DReal, st.DFake}
		worst.loss = max(worst.loss, kat.Slice(t, pre+" [mean D(real) mean D(fake)]", dOut, kat.Want(t, katGAN, pre+"/d_out"), katLossTol, 0))
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
	for i, b := range kat.Backends(t) {
		losses := runKAT(t, b, "gfirst", 3, NonSaturating, GFirst, 1)
		if i == 0 {
			ref = losses
			continue
		}
		for it := range losses {
			for j := range 2 {
				kat.Scalar(t, fmt.Sprintf("iteration %d %s loss %d, against the Go backend's", it+1, b.Name(), j), float64(losses[it][j]), float64(ref[it][j]), 1e-5, 0)
			}
		}
	}
}

// TestKATMinimax is one gan.py iteration with G minimising log(1 - D(G(z))),
// in PyTorch -BCE(D(G(z)), 0).
func TestKATMinimax(t *testing.T) {
	runKAT(t, gemm.Go{}, "minimax", 1, Minimax, GFirst, 1)
}

// TestKATDFirst is one iteration of the paper's Algorithm 1 with k = 1: a D
// step on the first noise batch, then a G step on the second.
func TestKATDFirst(t *testing.T) {
	runKAT(t, gemm.Go{}, "dfirst", 1, NonSaturating, DFirst, 1)
}

// TestKATTwoDSteps is one iteration with k = 2 D steps, the j-th on real
// batch j: in gan.py's order (G on z_0; D on those fakes, then D on G(z_1)
// made by the updated G), in Algorithm 1's (D on G(z_0), D on G(z_1), G on
// z_2), and Algorithm 1's with the minimax G loss. A step that skips or
// repeats a D step, reuses a real batch or noise, or updates G in between
// changes D's weights, the losses or both.
func TestKATTwoDSteps(t *testing.T) {
	for _, c := range []struct {
		scenario string
		loss     GLoss
		order    Order
	}{
		{"gfirst_k2", NonSaturating, GFirst},
		{"dfirst_k2", NonSaturating, DFirst},
		{"dfirst_k2_minimax", Minimax, DFirst},
	} {
		t.Run(c.scenario, func(t *testing.T) {
			runKAT(t, gemm.Go{}, c.scenario, 1, c.loss, c.order, 2)
		})
	}
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
	"gfirst/iter1/loss":                          {0.689831018448, 0.645391702652},
	"gfirst/iter1/d_out":                         {0.530530154705, 0.524460196495},
	"gfirst/iter1/G/model.0.weight": {
		1.77393033994, 812.308821332, -0.0320709270782, 2.55648066156, 0.00324130301282,
	},
	"gfirst/iter1/G/model.0.bias": {
		-0.526663900528, 7.76943815436, 0.00557247706456, 0.0255493915756, 0.000501256049103,
	},
	"gfirst/iter1/G/model.2.weight": {
		-2.63736184056, 1836.82594261, -0.0185101155428, 6.53790812555, -0.0315615127093,
	},
	"gfirst/iter1/G/model.2.bias": {
		0.119414198169, 14.1766713364, -3.87743057217e-06, 4.66775527457e-05, 4.12895308749e-06,
	},
	"gfirst/iter1/G/model.3.weight": {
		256.015522957, 256.015522957, 0.0155229568481, 0.0510897636414, 0.00132398882552,
	},
	"gfirst/iter1/G/model.3.bias": {
		0.00719628873048, 0.0511579776939, 0.00719628873048, 0.0511579776939, -0.00213094594914,
	},
	"gfirst/iter1/G/model.3.running_mean": {
		-0.0112576273168, 2.63527803712, -0.0112576273168, 2.63527803712, -0.238086457883,
	},
	"gfirst/iter1/G/model.3.running_var": {
		234.184769034, 234.184769034, -21.8152309656, 21.8152309656, 0.0177161579362,
	},
	"gfirst/iter1/G/model.3.num_batches_tracked": {1},
	"gfirst/iter1/G/model.5.weight": {
		-11.5094391299, 5219.84798792, -0.0500017163714, 26.1594904953, -0.0500996861939,
	},
	"gfirst/iter1/G/model.5.bias": {
		0.936793398738, 19.6688985507, -9.31358954404e-07, 0.000131252825668, 1.12323481997e-05,
	},
	"gfirst/iter1/G/model.6.weight": {
		512.022473812, 512.022473812, 0.0224738121033, 0.102061271667, 0.00106490314664,
	},
	"gfirst/iter1/G/model.6.bias": {
		0.0151790437521, 0.102325215004, 0.0151790437521, 0.102325215004, -0.00249425448732,
	},
	"gfirst/iter1/G/model.6.running_mean": {
		-0.0340191258365, 4.1550384409, -0.0340191258365, 4.1550384409, 0.106514138811,
	},
	"gfirst/iter1/G/model.6.running_var": {
		462.459778786, 462.459778786, -49.5402212143, 49.5402212143, -0.113602188359,
	},
	"gfirst/iter1/G/model.6.num_batches_tracked": {1},
	"gfirst/iter1/G/model.8.weight": {
		-22.6164340501, 14757.2324786, -0.345415179173, 104.510712949, 0.0499953722268,
	},
	"gfirst/iter1/G/model.8.bias": {
		-1.10203411234, 28.0715161807, -0.000103839949588, 0.00165068548813, -4.32360239161e-06,
	},
	"gfirst/iter1/G/model.9.weight": {
		1024.01075995, 1024.01075995, 0.0107599496841, 0.204585909843, -0.0012983040597,
	},
	"gfirst/iter1/G/model.9.bias": {
		0.013201578302, 0.204788759394, 0.013201578302, 0.204788759394, 5.36710409377e-05,
	},
	"gfirst/iter1/G/model.9.running_mean": {
		-0.221049663243, 4.56459787842, -0.221049663243, 4.56459787842, -0.0796404056107,
	},
	"gfirst/iter1/G/model.9.running_var": {
		922.429440081, 922.429440081, -101.570559919, 101.570559919, 0.0172010701049,
	},
	"gfirst/iter1/G/model.9.num_batches_tracked": {1},
	"gfirst/iter1/G/model.11.weight": {
		-0.785449283023, 15977.3377527, 4.13465483042, 160.419983406, 0.0855444685464,
	},
	"gfirst/iter1/G/model.11.bias": {
		0.282572001452, 15.9777468886, 0.00519968093431, 0.156796774289, -0.000298245629445,
	},
	"gfirst/iter1/D/model.0.weight": {
		-4.22753243004, 9123.41040801, 0.0308976971642, 80.2491907281, 0.0321925605676,
	},
	"gfirst/iter1/D/model.0.bias": {
		0.115130109829, 11.9013931119, -0.00519803120187, 0.102395716476, -0.00284444491696,
	},
	"gfirst/iter1/D/model.2.weight": {
		19.5336552946, 3681.53810755, 0.814716293074, 26.2104333227, 0.0173813275299,
	},
	"gfirst/iter1/D/model.2.bias": {
		0.384418374044, 7.32322218909, -0.0151978761933, 0.05119761073, -0.00118907768525,
	},
	"gfirst/iter1/D/model.4.weight": {
		0.556445316339, 9.98262959188, 0.0499999370659, 0.0511999257142, 3.42543854215e-05,
	},
	"gfirst/iter1/D/model.4.bias": {
		0.0136223714799, 0.0136223714799, -0.000199999660254, 0.000199999660254, -0.000199999660254,
	},
	"gfirst/iter2/loss":  {0.661586523056, 0.633780360222},
	"gfirst/iter2/d_out": {0.568431437016, 0.53058809042},
	"gfirst/iter2/G/model.0.weight": {
		1.74655303915, 812.671643133, -0.0594482278648, 3.49935261989, 0.0225291604624,
	},
	"gfirst/iter2/G/model.0.bias": {
		-0.511742463903, 7.7695521837, 0.0204939136893, 0.0353126048431, 0.00131658350565,
	},
	"gfirst/iter2/G/model.2.weight": {
		-2.81563941239, 1837.2923226, -0.196787687378, 9.29347915521, -0.046182639275,
	},
	"gfirst/iter2/G/model.2.bias": {
		0.119409962397, 14.1766701337, -8.11320205685e-06, 7.28063896531e-05, 9.37622504364e-07,
	},
	"gfirst/iter2/G/model.3.weight": {
		256.054500699, 256.054500699, 0.0545006990433, 0.0776351690292, 0.00140350703893,
	},
	"gfirst/iter2/G/model.3.bias": {
		0.0399239252874, 0.0715986402793, 0.0399239252874, 0.0715986402793, -0.00171331534305,
	},
	"gfirst/iter2/G/model.3.running_mean": {
		-0.16241511656, 4.96415624628, -0.16241511656, 4.96415624628, -0.404448200848,
	},
	"gfirst/iter2/G/model.3.running_var": {
		213.62305814, 213.62305814, -42.3769418597, 42.3769418597, 0.0524468685187,
	},
	"gfirst/iter2/G/model.3.num_batches_tracked": {2},
	"gfirst/iter2/G/model.5.weight": {
		-11.5992524952, 5220.92181898, -0.139815081643, 38.7755951376, -0.0551029757762,
	},
	"gfirst/iter2/G/model.5.bias": {
		0.936794112858, 19.6689065526, -2.17238266487e-07, 0.000208225908864, 1.45635029358e-05,
	},
	"gfirst/iter2/G/model.6.weight": {
		512.090999067, 512.090999067, 0.0909990668297, 0.150375664234, 0.00271385699135,
	},
	"gfirst/iter2/G/model.6.bias": {
		0.0731096283998, 0.146940733524, 0.0731096283998, 0.146940733524, -0.00246671136481,
	},
	"gfirst/iter2/G/model.6.running_mean": {
		-0.0606869861513, 7.53866015653, -0.0606869861513, 7.53866015653, 0.204006344845,
	},
	"gfirst/iter2/G/model.6.running_var": {
		417.525971055, 417.525971055, -94.474028945, 94.474028945, -0.223214975974,
	},
	"gfirst/iter2/G/model.6.num_batches_tracked": {2},
	"gfirst/iter2/G/model.8.weight": {
		-23.4167104658, 14759.5256437, -1.14569159486, 156.464370913, 0.0655476438255,
	},
	"gfirst/iter2/G/model.8.bias": {
		-1.10205496244, 28.071546918, -0.000124690042867, 0.00241803596873, -0.000115048213683,
	},
	"gfirst/iter2/G/model.9.weight": {
		1024.0507549, 1024.0507549, 0.050754904747, 0.372135281563, -0.00146068199702,
	},
	"gfirst/iter2/G/model.9.bias": {
		0.0525999883539, 0.382117357382, 0.0525999883539, 0.382117357382, -0.000415517296704,
	},
	"gfirst/iter2/G/model.9.running_mean": {
		-0.401023635153, 8.27574033147, -0.401023635153, 8.27574033147, -0.153502224934,
	},
	"gfirst/iter2/G/model.9.running_var": {
		830.856776536, 830.856776536, -193.143223464, 193.143223464, 0.0331462872796,
	},
	"gfirst/iter2/G/model.9.num_batches_tracked": {2},
	"gfirst/iter2/G/model.11.weight": {
		4.61375789825, 15978.3111003, 9.5338620117, 294.863022664, 0.0518721343278,
	},
	"gfirst/iter2/G/model.11.bias": {
		0.289928566388, 15.9901752039, 0.0125562458707, 0.297054144059, 0.00026513287328,
	},
	"gfirst/iter2/D/model.0.weight": {
		-4.14570422697, 9124.3616348, 0.112725900238, 150.129926448, 0.00410655347782,
	},
	"gfirst/iter2/D/model.0.bias": {
		0.108779119648, 11.8974119301, -0.011549021383, 0.194111935798, -0.00682339140741,
	},
	"gfirst/iter2/D/model.2.weight": {
		20.3874606781, 3681.5701315, 1.66852167655, 51.697134429, 0.0295630248582,
	},
	"gfirst/iter2/D/model.2.bias": {
		0.365914243012, 7.32659577599, -0.0337020072257, 0.0988567637614, -0.00264103967197,
	},
	"gfirst/iter2/D/model.4.weight": {
		0.605344171345, 9.98581256479, 0.0988987920719, 0.100740560694, 0.000201570734329,
	},
	"gfirst/iter2/D/model.4.bias": {
		0.0134117780253, 0.0134117780253, -0.000410593114793, 0.000410593114793, -0.000410593114793,
	},
	"gfirst/iter3/loss":  {0.634800314903, 0.626585066319},
	"gfirst/iter3/d_out": {0.604429602623, 0.534422397614},
	"gfirst/iter3/G/model.0.weight": {
		1.72049359551, 813.184946973, -0.0855076715052, 4.45224866063, 0.0400404201969,
	},
	"gfirst/iter3/G/model.0.bias": {
		-0.488699056499, 7.770982471, 0.043537321093, 0.0504351195996, 0.00182141274091,
	},
	"gfirst/iter3/G/model.2.weight": {
		-3.05199234095, 1838.05413935, -0.433140615935, 11.8109427261, -0.057444076497,
	},
	"gfirst/iter3/G/model.2.bias": {
		0.119409623323, 14.1766709082, -8.45227623358e-06, 9.89182735793e-05, 9.35041950823e-08,
	},
	"gfirst/iter3/G/model.3.weight": {
		256.105010509, 256.105010509, 0.105010509491, 0.112623691559, 0.00133543959799,
	},
	"gfirst/iter3/G/model.3.bias": {
		0.0882013588925, 0.103090670404, 0.0882013588925, 0.103090670404, -0.00137958557984,
	},
	"gfirst/iter3/G/model.3.running_mean": {
		-0.293613236805, 6.70059629792, -0.293613236805, 6.70059629792, -0.502411361445,
	},
	"gfirst/iter3/G/model.3.running_var": {
		194.243302524, 194.243302524, -61.7566974759, 61.7566974759, 0.0706502965138,
	},
	"gfirst/iter3/G/model.3.num_batches_tracked": {3},
	"gfirst/iter3/G/model.5.weight": {
		-11.6595363574, 5222.77233325, -0.20009894387, 49.7419221433, -0.0673866518139,
	},
	"gfirst/iter3/G/model.5.bias": {
		0.936797841328, 19.66891031, 3.51123162545e-06, 0.000272562640021, 2.40157727036e-05,
	},
	"gfirst/iter3/G/model.6.weight": {
		512.186430216, 512.186430216, 0.186430215836, 0.213854551315, 0.0029755075647,
	},
	"gfirst/iter3/G/model.6.bias": {
		0.1646626367, 0.203560405469, 0.1646626367, 0.203560405469, -0.00280705074886,
	},
	"gfirst/iter3/G/model.6.running_mean": {
		-0.0573147085088, 10.1219776859, -0.0573147085088, 10.1219776859, 0.259714952907,
	},
	"gfirst/iter3/G/model.6.running_var": {
		376.718356371, 376.718356371, -135.281643629, 135.281643629, -0.309602894836,
	},
	"gfirst/iter3/G/model.6.num_batches_tracked": {3},
	"gfirst/iter3/G/model.8.weight": {
		-24.5073597382, 14763.3357755, -2.23634086723, 200.981413417, 0.0579200518299,
	},
	"gfirst/iter3/G/model.8.bias": {
		-1.10203605229, 28.0714676982, -0.000105779894511, 0.00310891775007, -7.08171304452e-05,
	},
	"gfirst/iter3/G/model.9.weight": {
		1024.11786938, 1024.11786938, 0.117869377136, 0.526445627213, -0.000203825203994,
	},
	"gfirst/iter3/G/model.9.bias": {
		0.117320367681, 0.550414343328, 0.117320367681, 0.550414343328, -0.000873168051308,
	},
	"gfirst/iter3/G/model.9.running_mean": {
		-0.57292484444, 11.1972740461, -0.57292484444, 11.1972740461, -0.22558785691,
	},
	"gfirst/iter3/G/model.9.running_var": {
		748.250673354, 748.250673354, -275.749326646, 275.749326646, 0.0451335887498,
	},
	"gfirst/iter3/G/model.9.num_batches_tracked": {3},
	"gfirst/iter3/G/model.11.weight": {
		10.1039628576, 15979.8049284, 15.024066971, 419.085183503, 0.0650165878845,
	},
	"gfirst/iter3/G/model.11.bias": {
		0.295958255709, 15.9996747781, 0.0185859351914, 0.433080230621, 0.00129023486648,
	},
	"gfirst/iter3/D/model.0.weight": {
		-4.04161227299, 9125.76576811, 0.216817854214, 215.973108057, -0.0316774071223,
	},
	"gfirst/iter3/D/model.0.bias": {
		0.0982697416912, 11.8926819141, -0.0220583993396, 0.281466293822, -0.0117300769116,
	},
	"gfirst/iter3/D/model.2.weight": {
		21.3461895163, 3681.68839312, 2.62725051479, 76.349113765, 0.0465667737189,
	},
	"gfirst/iter3/D/model.2.bias": {
		0.34513444241, 7.33052035279, -0.054481807827, 0.146057269616, -0.00391947454142,
	},
	"gfirst/iter3/D/model.4.weight": {
		0.652309342928, 9.99091322703, 0.145863963655, 0.148438675693, 0.000364067338102,
	},
	"gfirst/iter3/D/model.4.bias": {
		0.0131885660812, 0.0131885660812, -0.000633805058897, 0.000633805058897, -0.000633805058897,
	},
	"minimax/iter1/loss":  {0.689831018448, -0.743312001228},
	"minimax/iter1/d_out": {0.530530154705, 0.524460196495},
	"minimax/iter1/G/model.0.weight": {
		1.77593200154, 812.307736111, -0.0300692654746, 2.55616229619, 0.0031844790495,
	},
	"minimax/iter1/G/model.0.bias": {
		-0.526649178297, 7.76944806072, 0.00558719929541, 0.0255666863522, 0.000490979154159,
	},
	"minimax/iter1/G/model.2.weight": {
		-2.63500462395, 1836.82717767, -0.0161528989327, 6.5405209848, -0.0317430475521,
	},
	"minimax/iter1/G/model.2.bias": {
		0.119423979719, 14.1766742848, 5.90411946177e-06, 4.6651577577e-05, 8.29430898725e-07,
	},
	"minimax/iter1/G/model.3.weight": {
		256.015169621, 256.015169621, 0.0151696205139, 0.0511288642883, 0.00101359846859,
	},
	"minimax/iter1/G/model.3.bias": {
		0.00719679449685, 0.0511627075903, 0.00719679449685, 0.0511627075903, -0.00213015230799,
	},
	"minimax/iter1/G/model.3.running_mean": {
		-0.0112576273168, 2.63527803712, -0.0112576273168, 2.63527803712, -0.238086457883,
	},
	"minimax/iter1/G/model.3.running_var": {
		234.184769034, 234.184769034, -21.8152309656, 21.8152309656, 0.0177161579362,
	},
	"minimax/iter1/G/model.3.num_batches_tracked": {1},
	"minimax/iter1/G/model.5.weight": {
		-11.5074466052, 5219.85914993, -0.0480091916608, 26.1647635277, -0.0538100988952,
	},
	"minimax/iter1/G/model.5.bias": {
		0.936795909947, 19.6689038154, 1.57985050464e-06, 0.000133645160531, -2.99013207759e-06,
	},
	"minimax/iter1/G/model.6.weight": {
		512.022767127, 512.022767127, 0.0227671265602, 0.102092683315, 0.00101562517853,
	},
	"minimax/iter1/G/model.6.bias": {
		0.0151949530118, 0.102344718151, 0.0151949530118, 0.102344718151, -0.00250545151124,
	},
	"minimax/iter1/G/model.6.running_mean": {
		-0.0340191258365, 4.1550384409, -0.0340191258365, 4.1550384409, 0.106514138811,
	},
	"minimax/iter1/G/model.6.running_var": {
		462.459778786, 462.459778786, -49.5402212143, 49.5402212143, -0.113602188359,
	},
	"minimax/iter1/G/model.6.num_batches_tracked": {1},
	"minimax/iter1/G/model.8.weight": {
		-22.6172828379, 14757.2397709, -0.346263966994, 104.540952171, 0.0519721395255,
	},
	"minimax/iter1/G/model.8.bias": {
		-1.10195866411, 28.0715397095, -2.83917106572e-05, 0.00175113318983, 7.62019111198e-05,
	},
	"minimax/iter1/G/model.9.weight": {
		1024.01074034, 1024.01074034, 0.010740339756, 0.20458573103, -0.00129101063909,
	},
	"minimax/iter1/G/model.9.bias": {
		0.0132014536503, 0.20478967372, 0.0132014536503, 0.20478967372, 5.35153733985e-05,
	},
	"minimax/iter1/G/model.9.running_mean": {
		-0.221049663243, 4.56459787842, -0.221049663243, 4.56459787842, -0.0796404056107,
	},
	"minimax/iter1/G/model.9.running_var": {
		922.429440081, 922.429440081, -101.570559919, 101.570559919, 0.0172010701049,
	},
	"minimax/iter1/G/model.9.num_batches_tracked": {1},
	"minimax/iter1/G/model.11.weight": {
		-0.779608175901, 15977.3448261, 4.14049593755, 160.429452754, 0.0840610520182,
	},
	"minimax/iter1/G/model.11.bias": {
		0.282572069642, 15.9777468212, 0.00519974912459, 0.156797249059, -0.000298248489294,
	},
	"minimax/iter1/D/model.0.weight": {
		-4.22753243004, 9123.41040801, 0.0308976971642, 80.2491907281, 0.0321925605676,
	},
	"minimax/iter1/D/model.0.bias": {
		0.115130109829, 11.9013931119, -0.00519803120187, 0.102395716476, -0.00284444491696,
	},
	"minimax/iter1/D/model.2.weight": {
		19.5336552946, 3681.53810755, 0.814716293074, 26.2104333227, 0.0173813275299,
	},
	"minimax/iter1/D/model.2.bias": {
		0.384418374044, 7.32322218909, -0.0151978761933, 0.05119761073, -0.00118907768525,
	},
	"minimax/iter1/D/model.4.weight": {
		0.556445316339, 9.98262959188, 0.0499999370659, 0.0511999257142, 3.42543854215e-05,
	},
	"minimax/iter1/D/model.4.bias": {
		0.0136223714799, 0.0136223714799, -0.000199999660254, 0.000199999660254, -0.000199999660254,
	},
	"dfirst/iter1/loss":  {0.689831018448, 0.644043803215},
	"dfirst/iter1/d_out": {0.530530154705, 0.524460196495},
	"dfirst/iter1/G/model.0.weight": {
		1.79724651362, 812.33044883, -0.0087547533949, 2.55636552228, 0.014370191179,
	},
	"dfirst/iter1/G/model.0.bias": {
		-0.526242938999, 7.77543681656, 0.00599343859358, 0.0255802687607, 0.00168479942967,
	},
	"dfirst/iter1/G/model.2.weight": {
		-2.66225278985, 1836.89336254, -0.0434010648376, 6.53969107354, -0.00993886186698,
	},
	"dfirst/iter1/G/model.2.bias": {
		0.119417803551, 14.1766747559, -2.72048055194e-07, 4.54912806163e-05, -3.1096044788e-06,
	},
	"dfirst/iter1/G/model.3.weight": {
		256.019208074, 256.019208074, 0.019208073616, 0.0510932207108, -0.000723915216064,
	},
	"dfirst/iter1/G/model.3.bias": {
		0.0128010445624, 0.0511639650213, 0.0128010445624, 0.0511639650213, -0.00133377866062,
	},
	"dfirst/iter1/G/model.3.running_mean": {
		-0.162057631649, 4.96277443459, -0.162057631649, 4.96277443459, -0.405300708891,
	},
	"dfirst/iter1/G/model.3.running_var": {
		213.621010542, 213.621010542, -42.3789894581, 42.3789894581, 0.0525500906974,
	},
	"dfirst/iter1/G/model.3.num_batches_tracked": {2},
	"dfirst/iter1/G/model.5.weight": {
		-11.5483048049, 5220.03898714, -0.088867391357, 26.1527495727, -0.02874533744,
	},
	"dfirst/iter1/G/model.5.bias": {
		0.936803068369, 19.6689058605, 8.73827229952e-06, 0.000125441256387, -2.99059018492e-06,
	},
	"dfirst/iter1/G/model.6.weight": {
		512.03442353, 512.03442353, 0.0344235301018, 0.102099478245, 0.00116719548859,
	},
	"dfirst/iter1/G/model.6.bias": {
		0.0208074951661, 0.102314751653, 0.0208074951661, 0.102314751653, -0.00180194713647,
	},
	"dfirst/iter1/G/model.6.running_mean": {
		-0.060660042931, 7.53765008516, -0.060660042931, 7.53765008516, 0.203345378982,
	},
	"dfirst/iter1/G/model.6.running_var": {
		417.524076164, 417.524076164, -94.4759238362, 94.4759238362, -0.223034557879,
	},
	"dfirst/iter1/G/model.6.num_batches_tracked": {2},
	"dfirst/iter1/G/model.8.weight": {
		-22.4300938739, 14757.5489309, -0.159075002911, 104.464819654, 0.244143203667,
	},
	"dfirst/iter1/G/model.8.bias": {
		-1.10201300122, 28.0716429616, -8.27288240544e-05, 0.00158424975962, 1.06499383541e-05,
	},
	"dfirst/iter1/G/model.9.weight": {
		1024.01414984, 1024.01414984, 0.0141498446465, 0.204334795475, 0.00131567401948,
	},
	"dfirst/iter1/G/model.9.bias": {
		0.0152022069524, 0.204784754445, 0.0152022069524, 0.204784754445, -0.000874648809158,
	},
	"dfirst/iter1/G/model.9.running_mean": {
		-0.3992391748, 8.2720478118, -0.3992391748, 8.2720478118, -0.153046653568,
	},
	"dfirst/iter1/G/model.9.running_var": {
		830.854248226, 830.854248226, -193.145751774, 193.145751774, 0.0330151814912,
	},
	"dfirst/iter1/G/model.9.num_batches_tracked": {2},
	"dfirst/iter1/G/model.11.weight": {
		0.842001848388, 15977.5604241, 5.76210596183, 160.4008696, -0.0752590185938,
	},
	"dfirst/iter1/G/model.11.bias": {
		0.284173554348, 15.9730323953, 0.00680123383063, 0.156796145922, 0.000561744742198,
	},
	"dfirst/iter1/D/model.0.weight": {
		-4.22753243004, 9123.41040801, 0.0308976971642, 80.2491907281, 0.0321925605676,
	},
	"dfirst/iter1/D/model.0.bias": {
		0.115130109829, 11.9013931119, -0.00519803120187, 0.102395716476, -0.00284444491696,
	},
	"dfirst/iter1/D/model.2.weight": {
		19.5336552946, 3681.53810755, 0.814716293074, 26.2104333227, 0.0173813275299,
	},
	"dfirst/iter1/D/model.2.bias": {
		0.384418374044, 7.32322218909, -0.0151978761933, 0.05119761073, -0.00118907768525,
	},
	"dfirst/iter1/D/model.4.weight": {
		0.556445316339, 9.98262959188, 0.0499999370659, 0.0511999257142, 3.42543854215e-05,
	},
	"dfirst/iter1/D/model.4.bias": {
		0.0136223714799, 0.0136223714799, -0.000199999660254, 0.000199999660254, -0.000199999660254,
	},
	"gfirst_k2/iter1/loss":  {0.690761268139, 0.645391702652},
	"gfirst_k2/iter1/d_out": {0.535415530205, 0.53058809042},
	"gfirst_k2/iter1/G/model.0.weight": {
		1.77393033994, 812.308821332, -0.0320709270782, 2.55648066156, 0.00324130301282,
	},
	"gfirst_k2/iter1/G/model.0.bias": {
		-0.526663900528, 7.76943815436, 0.00557247706456, 0.0255493915756, 0.000501256049103,
	},
	"gfirst_k2/iter1/G/model.2.weight": {
		-2.63736184056, 1836.82594261, -0.0185101155428, 6.53790812555, -0.0315615127093,
	},
	"gfirst_k2/iter1/G/model.2.bias": {
		0.119414198169, 14.1766713364, -3.87743057217e-06, 4.66775527457e-05, 4.12895308749e-06,
	},
	"gfirst_k2/iter1/G/model.3.weight": {
		256.015522957, 256.015522957, 0.0155229568481, 0.0510897636414, 0.00132398882552,
	},
	"gfirst_k2/iter1/G/model.3.bias": {
		0.00719628873048, 0.0511579776939, 0.00719628873048, 0.0511579776939, -0.00213094594914,
	},
	"gfirst_k2/iter1/G/model.3.running_mean": {
		-0.16241511656, 4.96415624628, -0.16241511656, 4.96415624628, -0.404448200848,
	},
	"gfirst_k2/iter1/G/model.3.running_var": {
		213.62305814, 213.62305814, -42.3769418597, 42.3769418597, 0.0524468685187,
	},
	"gfirst_k2/iter1/G/model.3.num_batches_tracked": {2},
	"gfirst_k2/iter1/G/model.5.weight": {
		-11.5094391299, 5219.84798792, -0.0500017163714, 26.1594904953, -0.0500996861939,
	},
	"gfirst_k2/iter1/G/model.5.bias": {
		0.936793398738, 19.6688985507, -9.31358954404e-07, 0.000131252825668, 1.12323481997e-05,
	},
	"gfirst_k2/iter1/G/model.6.weight": {
		512.022473812, 512.022473812, 0.0224738121033, 0.102061271667, 0.00106490314664,
	},
	"gfirst_k2/iter1/G/model.6.bias": {
		0.0151790437521, 0.102325215004, 0.0151790437521, 0.102325215004, -0.00249425448732,
	},
	"gfirst_k2/iter1/G/model.6.running_mean": {
		-0.0606869861513, 7.53866015653, -0.0606869861513, 7.53866015653, 0.204006344845,
	},
	"gfirst_k2/iter1/G/model.6.running_var": {
		417.525971055, 417.525971055, -94.474028945, 94.474028945, -0.223214975974,
	},
	"gfirst_k2/iter1/G/model.6.num_batches_tracked": {2},
	"gfirst_k2/iter1/G/model.8.weight": {
		-22.6164340501, 14757.2324786, -0.345415179173, 104.510712949, 0.0499953722268,
	},
	"gfirst_k2/iter1/G/model.8.bias": {
		-1.10203411234, 28.0715161807, -0.000103839949588, 0.00165068548813, -4.32360239161e-06,
	},
	"gfirst_k2/iter1/G/model.9.weight": {
		1024.01075995, 1024.01075995, 0.0107599496841, 0.204585909843, -0.0012983040597,
	},
	"gfirst_k2/iter1/G/model.9.bias": {
		0.013201578302, 0.204788759394, 0.013201578302, 0.204788759394, 5.36710409377e-05,
	},
	"gfirst_k2/iter1/G/model.9.running_mean": {
		-0.401023635153, 8.27574033147, -0.401023635153, 8.27574033147, -0.153502224934,
	},
	"gfirst_k2/iter1/G/model.9.running_var": {
		830.856776536, 830.856776536, -193.143223464, 193.143223464, 0.0331462872796,
	},
	"gfirst_k2/iter1/G/model.9.num_batches_tracked": {2},
	"gfirst_k2/iter1/G/model.11.weight": {
		-0.785449283023, 15977.3377527, 4.13465483042, 160.419983406, 0.0855444685464,
	},
	"gfirst_k2/iter1/G/model.11.bias": {
		0.282572001452, 15.9777468886, 0.00519968093431, 0.156796774289, -0.000298245629445,
	},
	"gfirst_k2/iter1/D/model.0.weight": {
		-4.23786135262, 9123.78981832, 0.0205687745906, 101.079441203, 0.0536019528685,
	},
	"gfirst_k2/iter1/D/model.0.bias": {
		0.107887091792, 11.8966854441, -0.012441049239, 0.18348244375, -0.00643154712346,
	},
	"gfirst_k2/iter1/D/model.2.weight": {
		20.42616879, 3681.55483281, 1.70722978846, 50.0073926413, 0.0407804975214,
	},
	"gfirst_k2/iter1/D/model.2.bias": {
		0.36702404244, 7.32548000358, -0.0325922077973, 0.0964545932584, -0.00208748787696,
	},
	"gfirst_k2/iter1/D/model.4.weight": {
		0.590794340475, 9.98234637955, 0.0843489612016, 0.0859699020657, 0.00056465421772,
	},
	"gfirst_k2/iter1/D/model.4.bias": {
		0.0134171610698, 0.0134171610698, -0.000405210070312, 0.000405210070312, -0.000405210070312,
	},
	"dfirst_k2/iter1/loss":  {0.685017466545, 0.644136726856},
	"dfirst_k2/iter1/d_out": {0.535415530205, 0.525167763233},
	"dfirst_k2/iter1/G/model.0.weight": {
		1.78006078376, 812.345485886, -0.0259404832505, 2.55586599031, -0.00584408881792,
	},
	"dfirst_k2/iter1/G/model.0.bias": {
		-0.52265251166, 7.77342745318, 0.00958386593265, 0.0255497733015, 0.00148410395256,
	},
	"dfirst_k2/iter1/G/model.2.weight": {
		-2.66121194068, 1836.97760122, -0.042360215665, 6.53785134447, -0.00728115236731,
	},
	"dfirst_k2/iter1/G/model.2.bias": {
		0.119416771893, 14.1766703934, -1.30370608531e-06, 4.64601034764e-05, 1.72683192411e-06,
	},
	"dfirst_k2/iter1/G/model.3.weight": {
		256.02518332, 256.02518332, 0.0251833200455, 0.0511101484299, -0.00212971296564,
	},
	"dfirst_k2/iter1/G/model.3.bias": {
		0.0195913299685, 0.0511672356224, 0.0195913299685, 0.0511672356224, -0.0012316887981,
	},
	"dfirst_k2/iter1/G/model.3.running_mean": {
		-0.289663026051, 6.69712758, -0.289663026051, 6.69712758, -0.502622602322,
	},
	"dfirst_k2/iter1/G/model.3.running_var": {
		194.233385861, 194.233385861, -61.7666141391, 61.7666141391, 0.0710738923187,
	},
	"dfirst_k2/iter1/G/model.3.num_batches_tracked": {3},
	"dfirst_k2/iter1/G/model.5.weight": {
		-11.46242593, 5220.19533165, -0.00298851640321, 26.1403440572, 0.0109120797714,
	},
	"dfirst_k2/iter1/G/model.5.bias": {
		0.936789471249, 19.6688879623, -4.85884811496e-06, 0.000118456337077, -2.65070454183e-06,
	},
	"dfirst_k2/iter1/G/model.6.weight": {
		512.045357823, 512.045357823, 0.0453578233719, 0.101935982704, -0.000984031714294,
	},
	"dfirst_k2/iter1/G/model.6.bias": {
		0.0355975321581, 0.102274511082, 0.0355975321581, 0.102274511082, -0.000715732856681,
	},
	"dfirst_k2/iter1/G/model.6.running_mean": {
		-0.0567174171738, 10.1128476648, -0.0567174171738, 10.1128476648, 0.2581867842,
	},
	"dfirst_k2/iter1/G/model.6.running_var": {
		376.708846152, 376.708846152, -135.291153848, 135.291153848, -0.309390637077,
	},
	"dfirst_k2/iter1/G/model.6.num_batches_tracked": {3},
	"dfirst_k2/iter1/G/model.8.weight": {
		-21.9826114325, 14757.5181143, 0.288407438415, 104.395162952, -0.0827158519011,
	},
	"dfirst_k2/iter1/G/model.8.bias": {
		-1.10196699132, 28.0714929172, -3.67189277313e-05, 0.00168582642073, 0.00011782326731,
	},
	"dfirst_k2/iter1/G/model.9.weight": {
		1024.01680511, 1024.01680511, 0.0168051123619, 0.204420864582, 0.00395596734021,
	},
	"dfirst_k2/iter1/G/model.9.bias": {
		0.0135962900968, 0.204784234214, 0.0135962900968, 0.204784234214, 0.000903362910302,
	},
	"dfirst_k2/iter1/G/model.9.running_mean": {
		-0.565565862831, 11.1754383915, -0.565565862831, 11.1754383915, -0.224346554578,
	},
	"dfirst_k2/iter1/G/model.9.running_var": {
		748.240469754, 748.240469754, -275.759530246, 275.759530246, 0.0447857541017,
	},
	"dfirst_k2/iter1/G/model.9.num_batches_tracked": {3},
	"dfirst_k2/iter1/G/model.11.weight": {
		-0.584860939314, 15977.7229878, 4.33524317413, 160.368881099, -0.0210826572666,
	},
	"dfirst_k2/iter1/G/model.11.bias": {
		0.28177226441, 15.970631793, 0.00439994389308, 0.156796648895, -0.00267339100503,
	},
	"dfirst_k2/iter1/D/model.0.weight": {
		-4.24362054372, 9123.87748735, 0.0148095834829, 101.03694822, 0.0439426982212,
	},
	"dfirst_k2/iter1/D/model.0.bias": {
		0.111873931586, 11.8958514501, -0.00845420944461, 0.185783864774, -0.0058891350065,
	},
	"dfirst_k2/iter1/D/model.2.weight": {
		20.5044310709, 3681.56244979, 1.78549206939, 50.0721853815, 0.0378239428874,
	},
	"dfirst_k2/iter1/D/model.2.bias": {
		0.369334670278, 7.32460284253, -0.0302815799587, 0.0979768136967, -0.00293056566829,
	},
	"dfirst_k2/iter1/D/model.4.weight": {
		0.591246226453, 9.9830923999, 0.0848008471803, 0.0863071869389, 0.000609228138204,
	},
	"dfirst_k2/iter1/D/model.4.bias": {
		0.0134193878621, 0.0134193878621, -0.000402983278036, 0.000402983278036, -0.000402983278036,
	},
	"dfirst_k2_minimax/iter1/loss":  {0.685017466545, -0.744695007801},
	"dfirst_k2_minimax/iter1/d_out": {0.535415530205, 0.525167763233},
	"dfirst_k2_minimax/iter1/G/model.0.weight": {
		1.78072373923, 812.342739067, -0.0252775277804, 2.55620552533, -0.00729203273645,
	},
	"dfirst_k2_minimax/iter1/G/model.0.bias": {
		-0.521875308244, 7.77420311526, 0.0103610693477, 0.0255474995356, 0.00141299592687,
	},
	"dfirst_k2_minimax/iter1/G/model.2.weight": {
		-2.66881713709, 1836.97111455, -0.0499654120783, 6.53854928212, -0.00745545917073,
	},
	"dfirst_k2_minimax/iter1/G/model.2.bias": {
		0.119422094562, 14.1766679537, 4.01896249969e-06, 5.27462252649e-05, 3.79390813245e-06,
	},
	"dfirst_k2_minimax/iter1/G/model.3.weight": {
		256.025183141, 256.025183141, 0.0251831412315, 0.0511100888252, -0.00213827012409,
	},
	"dfirst_k2_minimax/iter1/G/model.3.bias": {
		0.0195928416069, 0.0511686008977, 0.0195928416069, 0.0511686008977, -0.00123210413484,
	},
	"dfirst_k2_minimax/iter1/G/model.3.running_mean": {
		-0.289663026051, 6.69712758, -0.289663026051, 6.69712758, -0.502622602322,
	},
	"dfirst_k2_minimax/iter1/G/model.3.running_var": {
		194.233385861, 194.233385861, -61.7666141391, 61.7666141391, 0.0710738923187,
	},
	"dfirst_k2_minimax/iter1/G/model.3.num_batches_tracked": {3},
	"dfirst_k2_minimax/iter1/G/model.5.weight": {
		-11.4572198015, 5220.19206783, 0.00221761209184, 26.1447108792, 0.00652647732924,
	},
	"dfirst_k2_minimax/iter1/G/model.5.bias": {
		0.936800219315, 19.6688826945, 5.88921830058e-06, 0.000124592101201, -3.34789473231e-06,
	},
	"dfirst_k2_minimax/iter1/G/model.6.weight": {
		512.044925869, 512.044925869, 0.0449258685112, 0.102022945881, -0.00145063093199,
	},
	"dfirst_k2_minimax/iter1/G/model.6.bias": {
		0.0352331497852, 0.102302559084, 0.0352331497852, 0.102302559084, -0.00116182006055,
	},
	"dfirst_k2_minimax/iter1/G/model.6.running_mean": {
		-0.0567174171738, 10.1128476648, -0.0567174171738, 10.1128476648, 0.2581867842,
	},
	"dfirst_k2_minimax/iter1/G/model.6.running_var": {
		376.708846152, 376.708846152, -135.291153848, 135.291153848, -0.309390637077,
	},
	"dfirst_k2_minimax/iter1/G/model.6.num_batches_tracked": {3},
	"dfirst_k2_minimax/iter1/G/model.8.weight": {
		-21.977625443, 14757.502952, 0.293393427952, 104.429331777, -0.085874361746,
	},
	"dfirst_k2_minimax/iter1/G/model.8.bias": {
		-1.10175706595, 28.0713060216, 0.000173206441104, 0.00186768741696, -3.29775492088e-05,
	},
	"dfirst_k2_minimax/iter1/G/model.9.weight": {
		1024.01677114, 1024.01677114, 0.0167711377144, 0.204431474209, 0.00392604375637,
	},
	"dfirst_k2_minimax/iter1/G/model.9.bias": {
		0.0136068299907, 0.204776714541, 0.0136068299907, 0.204776714541, 0.000899527662682,
	},
	"dfirst_k2_minimax/iter1/G/model.9.running_mean": {
		-0.565565862831, 11.1754383915, -0.565565862831, 11.1754383915, -0.224346554578,
	},
	"dfirst_k2_minimax/iter1/G/model.9.running_var": {
		748.240469754, 748.240469754, -275.759530246, 275.759530246, 0.0447857541017,
	},
	"dfirst_k2_minimax/iter1/G/model.9.num_batches_tracked": {3},
	"dfirst_k2_minimax/iter1/G/model.11.weight": {
		-0.57756270875, 15977.7286546, 4.3425414047, 160.38451718, -0.0306457322261,
	},
	"dfirst_k2_minimax/iter1/G/model.11.bias": {
		0.281772299291, 15.9706318422, 0.00439997877402, 0.156797070973, -0.00267342072247,
	},
	"dfirst_k2_minimax/iter1/D/model.0.weight": {
		-4.24362054372, 9123.87748735, 0.0148095834829, 101.03694822, 0.0439426982212,
	},
	"dfirst_k2_minimax/iter1/D/model.0.bias": {
		0.111873931586, 11.8958514501, -0.00845420944461, 0.185783864774, -0.0058891350065,
	},
	"dfirst_k2_minimax/iter1/D/model.2.weight": {
		20.5044310709, 3681.56244979, 1.78549206939, 50.0721853815, 0.0378239428874,
	},
	"dfirst_k2_minimax/iter1/D/model.2.bias": {
		0.369334670278, 7.32460284253, -0.0302815799587, 0.0979768136967, -0.00293056566829,
	},
	"dfirst_k2_minimax/iter1/D/model.4.weight": {
		0.591246226453, 9.9830923999, 0.0848008471803, 0.0863071869389, 0.000609228138204,
	},
	"dfirst_k2_minimax/iter1/D/model.4.bias": {
		0.0134193878621, 0.0134193878621, -0.000402983278036, 0.000402983278036, -0.000402983278036,
	},
}

// END KAT DATA
