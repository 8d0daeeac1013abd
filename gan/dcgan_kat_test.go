package gan

// Known-answer test: dcgan.py's training iteration, end to end, against
// PyTorch. Three iterations of its convolutional G and D (latent 100,
// 3x32x32, batch 8, BCE, Adam lr 0.0002 betas (0.5, 0.999)) from the same
// weights, noise and Dropout2d masks; after each, the losses, the mean D
// outputs and checksums of every tensor in both state_dicts must match. D is
// called three times an iteration (Trainer.SeparateD), as dcgan.py calls it.
//
// The numbers in katDCGAN come from testdata/dcgan_kat.py (PyTorch 1.13.1,
// Debian python3-torch), whose doc says how weights and masks are fixed:
//
//	/usr/bin/python3 testdata/dcgan_kat.py --write

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/internal/kat"
)

// Seeds and sizes as in dcgan_kat.py.
const (
	katDCBatch                                                 = 8
	katDCGSeed, katDCDSeed, katDCBNSeed, katDCRealSeed, katDCZ = 500, 540, 580, 622, 680
)

// katDCInit is dcgan_kat.py's det_init: Linear and Conv2d weights and biases
// chirp(n, seed0+2k(+1), 1/sqrt(fan_in)), BatchNorm2d weights 1 + 0.1 chirp
// and biases 0.1 chirp from bnK on. It returns the next BatchNorm index.
func katDCInit(m *nn.Sequential, seed0 float64, bnK int) int {
	k := 0.0
	for _, l := range m.Layers {
		var w, b *nn.Param
		switch l := l.(type) {
		case *nn.Linear:
			w, b = l.W, l.B
		case *nn.Conv2d:
			w, b = l.W, l.B
		case *nn.UpConv2d:
			w, b = l.W, l.B
		case *nn.BatchNorm2d:
			c := len(l.Gamma.W)
			for i, v := range chirp(c, katDCBNSeed+float64(bnK), 0.1) {
				l.Gamma.W[i] = 1 + v
			}
			copy(l.Beta.W, chirp(c, katDCBNSeed+float64(bnK)+50, 0.1))
			bnK++
			continue
		default:
			continue
		}
		s := 1 / math.Sqrt(float64(len(w.W)/w.Shape[0]))
		copy(w.W, chirp(len(w.W), seed0+2*k, s))
		copy(b.W, chirp(len(b.W), seed0+2*k+1, s))
		k++
	}
	return bnK
}

func katDCGANTrainer(b gemm.Backend) *Trainer {
	a := DCGAN()
	a.Channels, a.ImgSize = 3, 16
	ctx := nn.Context{BLAS: b, MaxBatch: katDCBatch, Rand: rand.New(rand.NewPCG(1, 2))}
	g, err := NewDCGANGenerator(ctx, a)
	if err != nil {
		panic(err)
	}
	ctx.MaxBatch = 2 * katDCBatch
	d, err := NewDCGANDiscriminator(ctx, a)
	if err != nil {
		panic(err)
	}
	katDCInit(d.Sequential, katDCDSeed, katDCInit(g, katDCGSeed, 0))
	d.SetDropoutRand(rand.New(&hashUniforms{}))
	draws := 0
	noise := func(z []float32) {
		copy(z, chirp(len(z), katDCZ+float64(draws), 1))
		draws++
	}
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 0.0002, 0.5, 0.999), optim.NewAdam(d.Params(), 0.0002, 0.5, 0.999), katDCBatch, noise)
	tr.SeparateD = true
	return tr
}

// katDCTols are katTols for what the gradients do not already pin down.
// Adam's first steps are lr·sign(g): a gradient component within rounding
// of zero may step either way on two engines (gonum's summation order, say),
// moving a weight by 2·lr, so the parameters' changes are checked through
// their gradients (checkGrads) and here only as values, to what a few such
// steps allow. The running mean of a BatchNorm2d after a convolution whose
// bias only moves by noise (G's conv_blocks.2 and .6) takes that noise in,
// and PyTorch's reaches whole Adam steps (see checkStateIn): 1e-4.
var katDCTols = func() [katKinds][5]float64 {
	t := katTols
	t[katParam] = [5]float64{2e-4, 2e-2, math.Inf(1), math.Inf(1), math.Inf(1)}
	t[katBuffer] = [5]float64{1e-4, 1e-4, 1e-4, 1e-4, 1e-4}
	return t
}()

// katGradTol bounds each gradient checksum's error relative to sum|g|.
const katGradTol = 3e-4

// checkGrads compares the gradient every parameter of m holds after a Step
// (G's step's for G, D's step's for D) with PyTorch's .grad, skipping the
// biases before BatchNorm whose gradient is rounding noise.
func checkGrads(t *testing.T, prefix string, m *nn.Sequential) (worst float64) {
	t.Helper()
	return checkGradsIn(t, katDCGAN, prefix, m)
}

// checkGradsIn is checkGrads against the records in want.
func checkGradsIn(t *testing.T, records map[string][]float64, prefix string, m *nn.Sequential) (worst float64) {
	t.Helper()
	noise := noiseBiases(m)
	for _, p := range m.Params() {
		want := kat.Want(t, records, prefix+"/"+p.Name)
		if noise[p.Name] || len(want) != 3 {
			continue
		}
		var got [3]float64
		for i, g := range p.G {
			got[0] += float64(g)
			got[1] += math.Abs(float64(g))
			got[2] += float64(g) * math.Cos(float64(i))
		}
		scale := want[1]
		if scale == 0 {
			// An exactly zero gradient (the hinge loss's on D's output
			// bias while every output is inside the margin: +1/n and -1/n
			// per row) must stay near zero in absolute terms.
			scale = 1
		}
		for i, name := range []string{"sum g", "sum|g|", "sum g·cos(i)"} {
			e := math.Abs(got[i]-want[i]) / scale
			if !(e <= katGradTol) {
				t.Errorf("%s/%s %s = %.10g, PyTorch %.10g (error %.2g of sum|g|, tolerance %.2g)", prefix, p.Name, name, got[i], want[i], e, katGradTol)
			}
			worst = max(worst, e)
		}
	}
	return worst
}

func TestKATDCGANIterations(t *testing.T) {
	for _, b := range kat.Backends(t) {
		tr := katDCGANTrainer(b)
		g0, d0 := snapshot(tr.G), snapshot(tr.D)
		var worst katWorst
		var grads float64
		checkStateIn(t, katDCGAN, "iter0/G", 0, tr.G, g0, &worst)
		checkStateIn(t, katDCGAN, "iter0/D", 0, tr.D, d0, &worst)
		real := Batch{X: chirp(katDCBatch*tr.G.Out(), katDCRealSeed, 1), N: katDCBatch}
		for it := 1; it <= 3; it++ {
			st, err := tr.Step([]Batch{real})
			if err != nil {
				t.Fatal(err)
			}
			pre := fmt.Sprintf("iter%d", it)
			if it == 1 {
				// G's output itself, every 97th value of the first two fakes.
				fakes := tr.Fakes(2)
				var got []float32
				for i := 0; i < len(fakes); i += 97 {
					got = append(got, fakes[i])
				}
				kat.Slice(t, "iter1 fakes", got, kat.Want(t, katDCGAN, "iter1/fakes"), 1e-5, 1e-6)
			}
			worst.loss = max(worst.loss, kat.Slice(t, pre+" [d_loss g_loss]", []float32{st.DLoss, st.GLoss}, kat.Want(t, katDCGAN, pre+"/loss"), katLossTol, 0))
			worst.loss = max(worst.loss, kat.Slice(t, pre+" [mean D(real) mean D(fake)]", []float32{st.DReal, st.DFake}, kat.Want(t, katDCGAN, pre+"/d_out"), katLossTol, 0))
			grads = max(grads, checkGrads(t, pre+"/grad/G", tr.G), checkGrads(t, pre+"/grad/D", tr.D))
			checkStateTols(t, katDCGAN, pre+"/G", it, tr.G, g0, &worst, katDCTols)
			checkStateTols(t, katDCGAN, pre+"/D", it, tr.D, d0, &worst, katDCTols)
		}
		t.Logf("dcgan.py on %s, max errors: gradients %.2g; %s", b.Name(), grads, worst.report())
	}
}

// BEGIN KAT DATA (regenerate with /usr/bin/python3 testdata/dcgan_kat.py --write)
// Generated by testdata/dcgan_kat.py with PyTorch 1.13.1 (Debian python3-torch,
// torch.__version__ 1.13.0a0); do not edit.
var katDCGAN = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-14.4694614669, 13027.3187496, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {-3.42741996124, 128.823359483, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {8.64382768212, 2763.46261899, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {0.272316905379, 2.4033198781, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.66308558797, 1381.94428228, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {-0.195037159232, 1.10172767899, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {-1.28028067562, 44.9689384784, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {0.00573848793283, 0.0618294044398, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-2.66992898457, 51.7139569266, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.252517176792, 1.74610392936, 0, 0, 0},
	"iter0/D/model.3.weight":                    {4.39844310678, 243.829528037, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.517099527176, 1.72744826367, 0, 0, 0},
	"iter0/D/model.6.weight":                    {31.4535075426, 31.4535075426, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.137993718381, 1.62182242528, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {32, 32, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {3.29949397585, 693.140669242, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.702628898027, 2.4735585312, 0, 0, 0},
	"iter0/D/model.10.weight":                   {63.2837820053, 63.2837820053, 0, 0, 0},
	"iter0/D/model.10.bias":                     {1.46882729733, 4.50274255371, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {64, 64, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-2.00709578681, 1959.82449333, 0, 0, 0},
	"iter0/D/model.11.bias":                     {0.427355594526, 3.53860699321, 0, 0, 0},
	"iter0/D/model.14.weight":                   {128.801293015, 128.801293015, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.0989993333351, 7.98637393559, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {128, 128, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/adv_layer.0.weight":                {0.0899445394753, 7.05934063566, 0, 0, 0},
	"iter0/D/adv_layer.0.bias":                  {-0.0540853217244, 0.0540853217244, 0, 0, 0},
	"iter1/loss":                                {0.722573399544, 0.479046612978},
	"iter1/d_out":                               {0.619346380234, 0.619380295277},
	"iter1/fakes": {
		-0.024173977, -0.009460823, -0.02059918, 0.04025608, -0.029671796, 0.0036761998, 0.009321066,
		0.06568335, -0.09749516, 0.005752962, -0.14105467, 0.15225461, 0.12020364, -0.05853821,
		0.051132668, -0.319267,
	},
	"iter1/G/l1.0.weight": {
		-14.401653981, 13027.3648273, 0.067807485899, 36.8108363265, -0.0184323824271,
	},
	"iter1/G/l1.0.bias": {
		-3.4281587657, 128.832229358, -0.000738804465072, 0.377248838548, -0.00147088036927,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.641139209, 128.641139209, 0.00162148475647, 0.0243691205978, -0.000206466154989,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.321082821698, 8.02664910757, 0.00143788591959, 0.0228135504294, -0.000499427046675,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		-0.0376813887997, 0.42584981359, -0.0376813887997, 0.42584981359, -0.050659614133,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.314082026, 118.314082026, -9.68591797352, 10.0433768034, -0.211043569333,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		8.58078033121, 2763.51522885, -0.0630473509172, 28.3897209544, -0.0174772818629,
	},
	"iter1/G/conv_blocks.2.bias": {
		0.272316883114, 2.40331981724, -2.22644302994e-08, 5.58880856261e-07, 2.56081140237e-08,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.966079593, 128.966079593, 0.00332427024841, 0.0242394208908, -0.00219087028399,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.865666394515, 8.06402924292, 0.00361684664676, 0.0241679907631, -0.00389493738157,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		0.00307381708262, 0.520699293025, 0.00307381708262, 0.520699293025, -0.0538819465692,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.679178238, 120.679178238, -7.32082176208, 7.32082176208, -0.0997738510494,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.77090568643, 1382.01931967, -0.107820098455, 14.2922502752, 0.0133797046431,
	},
	"iter1/G/conv_blocks.6.bias": {
		-0.195037218698, 1.10172776126, -5.94664015807e-08, 1.67420512298e-06, 1.44414221936e-07,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9517889023, 63.9517889023, 0.00267869234085, 0.0122285485268, -0.000443627241968,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.19165140548, 4.19769069616, -0.00156747573055, 0.0121835183818, -0.00080344969233,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.0841143652797, 0.623548290459, -0.0841143652797, 0.623548290459, -0.0423209114209,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.0317030549, 58.0317030549, -5.9682969451, 5.9682969451, -0.107452023595,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		-1.25416987065, 44.9631456732, 0.0261108049745, 0.342212722819, 0.0022523123793,
	},
	"iter1/G/conv_blocks.9.bias": {
		0.00554488133639, 0.0616237865761, -0.00019360659644, 0.000593197066337, -2.77177710528e-06,
	},
	"iter1/D/model.0.weight": {
		-2.67223594937, 51.7069782843, -0.00230696480139, 0.0860097612313, 0.000671991810379,
	},
	"iter1/D/model.0.bias": {
		-0.252916950732, 1.74610380456, -0.000399773940444, 0.00319606997073, -0.000137608110052,
	},
	"iter1/D/model.3.weight": {
		4.29710657497, 243.827686691, -0.101336531803, 0.916383875079, -0.0132122293676,
	},
	"iter1/D/model.3.bias": {
		0.514300345909, 1.72904728306, -0.00279918126762, 0.0063959993422, 0.00103233530611,
	},
	"iter1/D/model.6.weight": {
		31.4507141709, 31.4507141709, -0.0027933716774, 0.00638097524643, 0.000678109239015,
	},
	"iter1/D/model.6.bias": {
		-0.137594265398, 1.62222182052, 0.000399452983402, 0.00639530958142, 0.000453815836302,
	},
	"iter1/D/model.6.running_mean": {
		0.577187309158, 0.584303458571, 0.577187309158, 0.584303458571, 0.0789875446137,
	},
	"iter1/D/model.6.running_var": {
		23.4778487682, 23.4778487682, -8.52215123177, 8.52215123177, -0.145830710452,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		3.4026202699, 693.09423736, 0.103126294052, 3.64169391253, 0.0113733925823,
	},
	"iter1/D/model.7.bias": {
		-0.703813181201, 2.47354346089, -0.00118428317364, 0.0127736489521, 0.000151516102941,
	},
	"iter1/D/model.10.weight": {
		63.2825644016, 63.2825644016, -0.00121760368347, 0.012721657753, -0.00140299364107,
	},
	"iter1/D/model.10.bias": {
		1.46683526839, 4.50154532903, -0.00199202893418, 0.0127821138303, -0.00122377616238,
	},
	"iter1/D/model.10.running_mean": {
		0.392612645053, 0.478526343824, 0.392612645053, 0.478526343824, 0.0675728865774,
	},
	"iter1/D/model.10.running_var": {
		46.7310054302, 46.7310054302, -17.2689945698, 17.2689945698, -0.302529611176,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-2.19430602297, 1959.82029904, -0.187210236159, 6.43734502548, 0.0383857394635,
	},
	"iter1/D/model.11.bias": {
		0.422558378777, 3.53780680089, -0.00479721574811, 0.025554803171, 0.000179755163955,
	},
	"iter1/D/model.14.weight": {
		128.799478889, 128.799478889, -0.00181412696838, 0.02492415905, -0.00106400785516,
	},
	"iter1/D/model.14.bias": {
		0.0997993273195, 7.96077374346, 0.000799993984401, 0.0256001921371, -0.000617328545914,
	},
	"iter1/D/model.14.running_mean": {
		0.707980957857, 0.913613316996, 0.707980957857, 0.913613316996, 0.135620319367,
	},
	"iter1/D/model.14.running_var": {
		93.353204608, 93.353204608, -34.646795392, 34.646795392, -0.401581848166,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/adv_layer.0.weight": {
		0.0907445449848, 7.03374048905, 0.000800005509518, 0.0256001466187, -0.000617328967438,
	},
	"iter1/D/adv_layer.0.bias": {
		-0.0542853213847, 0.0542853213847, -0.000199999660254, 0.000199999660254, -0.000199999660254,
	},
	"iter1/grad/G/l1.0.weight": {-9.14009741575e-05, 0.0516181687118, -4.6021843549e-06},
	"iter1/grad/G/l1.0.bias":   {2.24709140184e-13, 0.000706060744439, 8.4442430091e-06},
	"iter1/grad/G/conv_blocks.0.weight": {
		-6.01311037152e-06, 7.66813216878e-05, 3.78758385146e-06,
	},
	"iter1/grad/G/conv_blocks.0.bias": {
		-3.50176368968e-06, 2.11877601295e-05, -1.15724293547e-07,
	},
	"iter1/grad/G/conv_blocks.2.weight": {
		0.000477310979985, 0.122429636477, -1.57858755456e-05,
	},
	"iter1/grad/G/conv_blocks.2.bias": {
		1.26787469412e-12, 2.81088763376e-11, -9.96866216229e-13,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		-8.35319522929e-06, 7.41251990575e-05, 1.06198841365e-05,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		-4.93039658167e-06, 6.92843444092e-05, 6.01812400985e-06,
	},
	"iter1/grad/G/conv_blocks.6.weight": {
		0.00162007162672, 0.0774854439075, -0.000259042080379,
	},
	"iter1/grad/G/conv_blocks.6.bias": {
		3.17581985015e-12, 8.3797220031e-11, -7.15162704581e-12,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		-8.37858735991e-06, 3.56234697421e-05, 4.70108703605e-06,
	},
	"iter1/grad/G/conv_blocks.7.bias": {
		4.57617825589e-06, 8.95967655907e-05, 8.53270365617e-06,
	},
	"iter1/grad/G/conv_blocks.9.weight": {
		-0.00137639500914, 0.00749162001112, -5.22106012938e-05,
	},
	"iter1/grad/G/conv_blocks.9.bias": {
		-4.29472476071e-06, 1.5208150387e-05, -7.09765884038e-06,
	},
	"iter1/grad/D/model.0.weight": {
		-0.00020281386784, 0.00796411961332, -0.000123107028802,
	},
	"iter1/grad/D/model.0.bias": {
		6.76657305121e-05, 0.000283143076103, 0.000114274539778,
	},
	"iter1/grad/D/model.3.weight": {0.0124827971329, 0.0496607695699, 0.000487779128508},
	"iter1/grad/D/model.3.bias": {
		0.000589154144109, 0.00089571299668, -0.000104374612869,
	},
	"iter1/grad/D/model.6.weight": {
		0.000126013224133, 0.000287843874332, -6.08654117371e-05,
	},
	"iter1/grad/D/model.6.bias": {
		-0.000102775306459, 0.00080513817511, -0.000103653817472,
	},
	"iter1/grad/D/model.7.weight": {
		-0.00163107583294, 0.12248101394, -5.74820767881e-05,
	},
	"iter1/grad/D/model.7.bias": {
		0.00017737589701, 0.00198276644073, -0.000140020550973,
	},
	"iter1/grad/D/model.10.weight": {
		0.000128462420477, 0.000377387370648, 6.59960264392e-05,
	},
	"iter1/grad/D/model.10.bias": {
		0.000667159580189, 0.00199450882383, 0.000156701998525,
	},
	"iter1/grad/D/model.11.weight": {
		0.00764969168285, 0.199355859137, -0.00172256625579,
	},
	"iter1/grad/D/model.11.bias": {
		0.000782600787772, 0.00457250533685, 0.000240705137871,
	},
	"iter1/grad/D/model.14.weight": {
		0.000153485329979, 0.000412564894549, 8.03698528417e-05,
	},
	"iter1/grad/D/model.14.bias":      {0.0107360886177, 0.842626296799, 0.0209126249406},
	"iter1/grad/D/adv_layer.0.weight": {0.013243714493, 0.955363797169, 0.0234667899078},
	"iter1/grad/D/adv_layer.0.bias":   {0.119363307953, 0.119363307953, 0.119363307953},
	"iter2/loss":                      {0.722193479538, 0.480258584023},
	"iter2/d_out":                     {0.618591427803, 0.618624448776},
	"iter2/G/l1.0.weight": {
		-14.3481121235, 13027.3732817, 0.121349343369, 50.8752147626, -0.0448248058483,
	},
	"iter2/G/l1.0.bias": {
		-3.42676894987, 128.83611199, 0.000651011370792, 0.512118937349, -0.00772086963859,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.642556906, 128.642556906, 0.00303918123245, 0.0344985127449, -0.000786378270498,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.323796013661, 8.0276816375, 0.00415107788285, 0.0321434602956, -0.000948176269174,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		-0.0889529329579, 0.68546202693, -0.0889529329579, 0.68546202693, -0.117849859021,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.717879295, 109.717879295, -18.2821207047, 19.061961174, -0.333722756437,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		8.47940708388, 2763.591986, -0.164420598241, 38.8405713193, -0.057474557648,
	},
	"iter2/G/conv_blocks.2.bias": {
		0.272316882852, 2.40331979957, -2.25263647735e-08, 7.57456291467e-07, 2.33571713366e-08,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.968732834, 128.968732834, 0.00597751140594, 0.0330709218979, -0.00285639750878,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.862708916233, 8.06225402914, 0.00657432492881, 0.0340000543365, -0.00525721321072,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		0.0380555687298, 0.973955721449, 0.0380555687298, 0.973955721449, -0.0901569492457,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.076453745, 114.076453745, -13.9235462546, 13.9235462546, -0.165929407889,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-3.96640598396, 1382.06594006, -0.303320395982, 19.4119952445, 0.0227082461806,
	},
	"iter2/G/conv_blocks.6.bias": {
		-0.195037279344, 1.10172776767, -1.20111508295e-07, 2.29876604863e-06, 2.33067911547e-07,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.9539421201, 63.9539421201, 0.00483191013336, 0.0159538984299, -0.00018572739552,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.18974151002, 4.1972172801, 0.000342419720255, 0.015100210323, -0.00191375759909,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.164575094823, 1.19924531854, -0.164575094823, 1.19924531854, -0.0843371618351,
	},
	"iter2/G/conv_blocks.7.running_var": {
		52.6679412723, 52.6679412723, -11.3320587277, 11.3320587277, -0.211932746355,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		-1.30748552953, 44.9689405302, -0.0272048539082, 0.460065569041, 0.00519746283837,
	},
	"iter2/G/conv_blocks.9.bias": {
		0.00504486309364, 0.0617045159452, -0.000693624839187, 0.000891322270036, -0.000159497831571,
	},
	"iter2/D/model.0.weight": {
		-2.66750398147, 51.7008784719, 0.00242500309832, 0.118492243346, 0.000769731312071,
	},
	"iter2/D/model.0.bias": {
		-0.253897582181, 1.7451454429, -0.00138040538877, 0.00374741386622, -0.000650861714053,
	},
	"iter2/D/model.3.weight": {
		4.19179151506, 243.819829451, -0.206651591714, 1.19722686282, -0.0195806599212,
	},
	"iter2/D/model.3.bias": {
		0.51194252912, 1.72888168413, -0.00515699805692, 0.0085708857514, 0.00102531297722,
	},
	"iter2/D/model.6.weight": {
		31.447888732, 31.447888732, -0.00561881065369, 0.0101339817047, 0.00105139749693,
	},
	"iter2/D/model.6.bias": {
		-0.137239090167, 1.62232200522, 0.000754628214054, 0.00953923899215, 0.000750139461477,
	},
	"iter2/D/model.6.running_mean": {
		1.00685941998, 1.01747957815, 1.00685941998, 1.01747957815, 0.136585905486,
	},
	"iter2/D/model.6.running_var": {
		17.263035953, 17.263035953, -14.736964047, 14.736964047, -0.252471081472,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		3.44611506917, 693.034697422, 0.146621093325, 4.75889867171, 0.0142584986212,
	},
	"iter2/D/model.7.bias": {
		-0.705099155777, 2.4734828138, -0.00247025775025, 0.0161960821715, 0.00103234279185,
	},
	"iter2/D/model.10.weight": {
		63.2782214284, 63.2782214284, -0.00556057691574, 0.0167000889778, -0.00203339343375,
	},
	"iter2/D/model.10.bias": {
		1.46770080255, 4.50206893793, -0.00112649478251, 0.0169030888355, -0.000961870481904,
	},
	"iter2/D/model.10.running_mean": {
		0.657801879453, 0.794059784967, 0.657801879453, 0.794059784967, 0.101817783659,
	},
	"iter2/D/model.10.running_var": {
		34.1360240579, 34.1360240579, -29.8639759421, 29.8639759421, -0.526474541889,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-2.2535243901, 1959.79422949, -0.246428603286, 8.35452138428, 0.0508465643034,
	},
	"iter2/D/model.11.bias": {
		0.420305707885, 3.53550082647, -0.00704988664074, 0.0335016202444, 0.000132717074347,
	},
	"iter2/D/model.14.weight": {
		128.794561625, 128.794561625, -0.00673139095306, 0.0315883159637, 0.000340278397518,
	},
	"iter2/D/model.14.bias": {
		0.100599665195, 7.93523249682, 0.00160033185966, 0.0511414387729, -0.00123576194365,
	},
	"iter2/D/model.14.running_mean": {
		1.19040434803, 1.54046360431, 1.19040434803, 1.54046360431, 0.229412489378,
	},
	"iter2/D/model.14.running_var": {
		68.0932364464, 68.0932364464, -59.9067635536, 59.9067635536, -0.695899199928,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/adv_layer.0.weight": {
		0.0915595880942, 7.00820628426, 0.00161504861899, 0.0511343514081, -0.001245092999,
	},
	"iter2/D/adv_layer.0.bias": {
		-0.0544851087034, 0.0544851087034, -0.00039978697896, 0.00039978697896, -0.00039978697896,
	},
	"iter2/grad/G/l1.0.weight": {
		-1.87115331284e-05, 0.0302942709635, -1.63962114647e-06,
	},
	"iter2/grad/G/l1.0.bias": {-2.54124499222e-12, 0.000387233978378, 1.11234315815e-05},
	"iter2/grad/G/conv_blocks.0.weight": {
		-3.50357823131e-06, 4.82379164344e-05, 6.0238183185e-07,
	},
	"iter2/grad/G/conv_blocks.0.bias": {
		-3.233754442e-06, 1.28643829802e-05, -3.93380914218e-08,
	},
	"iter2/grad/G/conv_blocks.2.weight": {
		0.000592326282872, 0.0734288021895, 6.86725833341e-05,
	},
	"iter2/grad/G/conv_blocks.2.bias": {
		-7.62053614656e-13, 1.68253848354e-11, 3.84206619268e-13,
	},
	"iter2/grad/G/conv_blocks.3.weight": {
		-3.65396115809e-06, 3.83843838683e-05, -7.81151171781e-07,
	},
	"iter2/grad/G/conv_blocks.3.bias": {
		-6.94240695864e-06, 4.20817850397e-05, 1.93249240186e-07,
	},
	"iter2/grad/G/conv_blocks.6.weight": {
		0.000815012105576, 0.0471944347715, -1.61410903654e-05,
	},
	"iter2/grad/G/conv_blocks.6.bias": {
		2.92506990851e-12, 4.42956851754e-11, -3.21158269203e-12,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		-4.25517078306e-06, 2.73174855676e-05, -4.01333073098e-06,
	},
	"iter2/grad/G/conv_blocks.7.bias": {
		-2.31621636431e-05, 8.79736052184e-05, 3.37138218825e-06,
	},
	"iter2/grad/G/conv_blocks.9.weight": {
		0.00204826976719, 0.00537088602621, -8.19568474208e-05,
	},
	"iter2/grad/G/conv_blocks.9.bias": {
		5.62290842936e-05, 5.62290842936e-05, 3.09825482102e-05,
	},
	"iter2/grad/D/model.0.weight": {
		-0.00109016069349, 0.00783406551663, -0.000318513893746,
	},
	"iter2/grad/D/model.0.bias": {
		0.000104770974758, 0.000358492855412, 7.26147868459e-05,
	},
	"iter2/grad/D/model.3.weight": {
		0.00741775040132, 0.0519981865824, 5.18904669735e-05,
	},
	"iter2/grad/D/model.3.bias": {
		0.000316633386547, 0.000667962789748, 3.5348611365e-05,
	},
	"iter2/grad/D/model.6.weight": {
		0.000154683139087, 0.00026021479438, 2.64304817484e-05,
	},
	"iter2/grad/D/model.6.bias": {
		-1.38795212479e-05, 0.000562520041967, 1.3085252449e-05,
	},
	"iter2/grad/D/model.7.weight": {
		-0.000337418863102, 0.116636175653, -0.000657911361526,
	},
	"iter2/grad/D/model.7.bias": {
		0.000407294677757, 0.0013797461587, -0.000211578361603,
	},
	"iter2/grad/D/model.10.weight": {
		0.000164761005877, 0.000267386598168, 1.60616761042e-05,
	},
	"iter2/grad/D/model.10.bias": {
		-0.00012946717186, 0.00195185866153, -0.000155866586966,
	},
	"iter2/grad/D/model.11.weight": {
		0.00432103860952, 0.200765678598, -0.00028192805517,
	},
	"iter2/grad/D/model.11.bias": {0.00070852202029, 0.0052771463821, 0.000359727708385},
	"iter2/grad/D/model.14.weight": {
		0.000152697869007, 0.000388340566131, -2.97162623891e-05,
	},
	"iter2/grad/D/model.14.bias":      {0.0107630192651, 0.834257411014, 0.0207070541608},
	"iter2/grad/D/adv_layer.0.weight": {0.0124943057599, 0.94647406452, 0.0226643212644},
	"iter2/grad/D/adv_layer.0.bias":   {0.118607908487, 0.118607908487, 0.118607908487},
	"iter3/loss":                      {0.721773028374, 0.481490343809},
	"iter3/d_out":                     {0.617863357067, 0.617868006229},
	"iter3/G/l1.0.weight": {
		-14.225488437, 13027.3937472, 0.243973029947, 60.1123203156, -0.0768275459611,
	},
	"iter3/G/l1.0.bias": {
		-3.42183269332, 128.826153298, 0.0055872679186, 0.593009946057, -0.00997047810631,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.642779589, 128.642779589, 0.00326186418533, 0.0424041152, 0.000192173318867,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.32486757997, 8.02710684866, 0.00522264419124, 0.04035690194, 3.53069244307e-05,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		-0.103174252348, 0.749880982185, -0.103174252348, 0.749880982185, -0.0933456408798,
	},
	"iter3/G/conv_blocks.0.running_var": {
		101.985601544, 101.985601544, -26.0143984556, 27.0855821371, -0.35081299785,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		8.54494393012, 2763.62120062, -0.0988837520052, 45.6796762696, -0.0519864638088,
	},
	"iter3/G/conv_blocks.2.bias": {
		0.272316879418, 2.40331981162, -2.59606167674e-08, 9.00239683688e-07, 5.42674758591e-08,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.968375027, 128.968375027, 0.00561970472336, 0.039294064045, -0.00230513407599,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.859889577405, 8.05845498785, 0.00939366375678, 0.0383958596212, -0.0040636678019,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		0.0904988346592, 1.37619033172, 0.0904988346592, 1.37619033172, -0.11552052367,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.212212145, 108.212212145, -19.7877878547, 19.7877878547, -0.259535058461,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-4.13236855943, 1382.05569493, -0.469282971458, 22.6617769184, 0.0367972297162,
	},
	"iter3/G/conv_blocks.6.bias": {
		-0.195037741702, 1.10172764576, -5.82469510846e-07, 2.70466262009e-06, 2.89623108336e-07,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9531412125, 63.9531412125, 0.00403100252151, 0.0195645689964, -0.000170104345081,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.19022620306, 4.19724220852, -0.000142273318488, 0.0212940974743, -0.00191685520481,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.238580728415, 1.71253155451, -0.238580728415, 1.71253155451, -0.122396745544,
	},
	"iter3/G/conv_blocks.7.running_var": {
		47.8465008736, 47.8465008736, -16.1534991264, 16.1534991264, -0.299529283883,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		-1.39670369949, 44.9597065168, -0.116423023865, 0.541929837571, 0.00498654370182,
	},
	"iter3/G/conv_blocks.9.bias": {
		0.00469912169501, 0.0616052490659, -0.00103936623782, 0.0013943137601, -0.000226284449933,
	},
	"iter3/D/model.0.weight": {
		-2.66498847307, 51.6968288235, 0.00494051150599, 0.137290062696, 0.000347789392749,
	},
	"iter3/D/model.0.bias": {
		-0.254476586357, 1.74473465793, -0.00195940956473, 0.00398480333388, -0.000892323983436,
	},
	"iter3/D/model.3.weight": {
		4.12226127473, 243.812643858, -0.276181832047, 1.45006561434, -0.0239018094454,
	},
	"iter3/D/model.3.bias": {
		0.509787167888, 1.72801394714, -0.00731235928833, 0.0106512140483, 0.00124846008435,
	},
	"iter3/D/model.6.weight": {
		31.4453713298, 31.4453713298, -0.00813621282578, 0.012555539608, 0.00151865857982,
	},
	"iter3/D/model.6.bias": {
		-0.136488244869, 1.62274343427, 0.00150547351222, 0.0110097116558, 0.00129561227097,
	},
	"iter3/D/model.6.running_mean": {
		1.33206474641, 1.3463519928, 1.33206474641, 1.3463519928, 0.188097768133,
	},
	"iter3/D/model.6.running_var": {
		12.7407164872, 12.7407164872, -19.2592835128, 19.2592835128, -0.328030705318,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		3.47052936375, 692.992821265, 0.171035387904, 5.73411528304, 0.0147697005543,
	},
	"iter3/D/model.7.bias": {
		-0.70624344176, 2.47353221927, -0.00361454373342, 0.0180731366563, 0.00163133600105,
	},
	"iter3/D/model.10.weight": {
		63.2754542828, 63.2754542828, -0.00832772254944, 0.0195698738098, -0.00280750397217,
	},
	"iter3/D/model.10.bias": {
		1.46830008278, 4.50248359976, -0.000527214549948, 0.0197756321286, -0.000810151714645,
	},
	"iter3/D/model.10.running_mean": {
		0.88123841997, 1.04896004155, 0.88123841997, 1.04896004155, 0.10987745265,
	},
	"iter3/D/model.10.running_var": {
		24.9640296102, 24.9640296102, -39.0359703898, 39.0359703898, -0.694224544264,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-2.42478942678, 1959.76542176, -0.417693639973, 10.3302963795, 0.0607962861443,
	},
	"iter3/D/model.11.bias": {
		0.417087425361, 3.53439855331, -0.0102681691642, 0.0417488502571, -0.000410170866005,
	},
	"iter3/D/model.14.weight": {
		128.791414559, 128.791414559, -0.00987845659256, 0.0390316843987, 0.000577335877057,
	},
	"iter3/D/model.14.bias": {
		0.10140057723, 7.90978385019, 0.00240124389529, 0.0765900854021, -0.00185600632469,
	},
	"iter3/D/model.14.running_mean": {
		1.5645116575, 2.02551036603, 1.5645116575, 2.02551036603, 0.305750390868,
	},
	"iter3/D/model.14.running_var": {
		49.6838802397, 49.6838802397, -78.3161197603, 78.3161197603, -0.907981852569,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/adv_layer.0.weight": {
		0.0924020265229, 6.98277576081, 0.00245748704765, 0.0765648748493, -0.00185969689806,
	},
	"iter3/D/adv_layer.0.bias": {
		-0.0546845644712, 0.0546845644712, -0.00059924274683, 0.00059924274683, -0.00059924274683,
	},
	"iter3/grad/G/l1.0.weight": {-0.000323875547778, 0.0573014501742, 2.31631331077e-05},
	"iter3/grad/G/l1.0.bias":   {1.64890323617e-12, 0.000780845904773, -2.31454938371e-06},
	"iter3/grad/G/conv_blocks.0.weight": {
		6.06033788797e-06, 8.13242884417e-05, -6.70570073541e-06,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		-1.32501301486e-06, 2.33478956364e-05, -2.93450259245e-06,
	},
	"iter3/grad/G/conv_blocks.2.weight": {
		-0.000942787212437, 0.136016308314, -8.06751281732e-05,
	},
	"iter3/grad/G/conv_blocks.2.bias": {
		2.7018665083e-13, 2.70841543637e-11, -2.93276075212e-12,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		1.01667044921e-05, 6.9114902264e-05, -3.43228894651e-06,
	},
	"iter3/grad/G/conv_blocks.3.bias": {
		-7.93093929374e-06, 8.67706583669e-05, -3.02831716113e-06,
	},
	"iter3/grad/G/conv_blocks.6.weight": {
		0.00134481742903, 0.0863557926994, -1.57718090529e-06,
	},
	"iter3/grad/G/conv_blocks.6.bias": {
		3.81039817754e-11, 1.04866577227e-10, -1.58297374636e-12,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		1.28494571516e-05, 5.16223524283e-05, 6.89502569824e-07,
	},
	"iter3/grad/G/conv_blocks.7.bias": {
		1.04484054901e-05, 0.000163373214875, -1.18225578454e-05,
	},
	"iter3/grad/G/conv_blocks.9.weight": {
		0.00331131397778, 0.00917785871798, 3.46243086199e-05,
	},
	"iter3/grad/G/conv_blocks.9.bias": {
		5.28288428541e-05, 7.91288448454e-05, -1.31882252524e-06,
	},
	"iter3/grad/D/model.0.weight": {
		-0.000262938258601, 0.00400831617023, 0.000152333313671,
	},
	"iter3/grad/D/model.0.bias": {
		7.22599284018e-05, 0.000273443883543, 9.17123351153e-06,
	},
	"iter3/grad/D/model.3.weight": {
		0.00238455399547, 0.0268869482736, 0.000380322060797,
	},
	"iter3/grad/D/model.3.bias": {
		0.000174346174617, 0.000384936271757, -2.58504660041e-05,
	},
	"iter3/grad/D/model.6.weight": {
		5.98293543987e-05, 0.000136031047049, -2.69159028775e-05,
	},
	"iter3/grad/D/model.6.bias": {
		-0.000105490585327, 0.000496153527195, -2.85838288559e-05,
	},
	"iter3/grad/D/model.7.weight": {
		0.000911566315655, 0.0719303061235, -5.00811069674e-05,
	},
	"iter3/grad/D/model.7.bias": {
		0.000123774500366, 0.00106954349064, 0.000149568071289,
	},
	"iter3/grad/D/model.10.weight": {
		5.82371973934e-05, 0.000180408826466, 1.67901977838e-05,
	},
	"iter3/grad/D/model.10.bias": {
		9.78527975803e-05, 0.00136610350933, 3.03174457527e-06,
	},
	"iter3/grad/D/model.11.weight": {
		0.00278230201784, 0.129236101273, -0.000168276319606,
	},
	"iter3/grad/D/model.11.bias": {
		0.000501582491694, 0.00372942442263, 0.000162844159094,
	},
	"iter3/grad/D/model.14.weight": {
		7.00319866271e-05, 0.000270896887355, 2.4199409775e-05,
	},
	"iter3/grad/D/model.14.bias": {0.0107917556015, 0.826026928582, 0.0205034749017},
	"iter3/grad/D/adv_layer.0.weight": {
		0.0125828033488, 0.936262834206, 0.0228030141688,
	},
	"iter3/grad/D/adv_layer.0.bias": {0.117865711451, 0.117865711451, 0.117865711451},
}

// END KAT DATA
