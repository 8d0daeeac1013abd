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
	katDCGSeed, katDCDSeed, katDCBNSeed, katDCRealSeed, katDCZ = 500, 540, 580, 622, 642
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
	"iter1/loss":                                {0.722576737404, 0.479059755802},
	"iter1/d_out":                               {0.619346380234, 0.619378745556},
	"iter1/fakes": {
		0.012348423, -0.07465426, -0.2140801, -0.035198834, -0.17784058, 0.020595651, 0.0045612743,
		0.028744474, -0.065818705, -0.080264986, -0.115325816, 0.088763766, 0.120424375, -0.06757009,
		0.17694926, -0.20502229,
	},
	"iter1/G/l1.0.weight": {
		-14.5564196992, 13027.3174887, -0.0869582322737, 37.7748395344, 0.0593038427552,
	},
	"iter1/G/l1.0.bias": {
		-3.43034709699, 128.82679101, -0.00292713575254, 0.385772497055, 0.0054923780027,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.637079775, 128.637079775, -0.0024379491806, 0.0249081850052, 0.00117377633208,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.321687973919, 8.02769533161, 0.00204303814098, 0.0235409808811, -0.000528563403222,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		-0.0549746210345, 0.434614237227, -0.0549746210345, 0.434614237227, -0.0793516761198,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.332838356, 118.332838356, -9.66716164351, 10.1410591006, -0.251491658661,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		8.60562962889, 2763.47568633, -0.0381980532346, 28.6978095854, -0.0275392130229,
	},
	"iter1/G/conv_blocks.2.bias": {
		0.27231683, 2.40331992693, -7.53789208829e-08, 9.35804564506e-07, -2.66836422633e-08,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.960015059, 128.960015059, -0.0027402639389, 0.0246195793152, -0.000208176482331,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.870249998727, 8.06526542365, -0.000966757565038, 0.0243005749944, -0.000266071206126,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		0.0239405939428, 0.518778135935, 0.0239405939428, 0.518778135935, -0.0460965814537,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.639191985, 120.639191985, -7.36080801487, 7.36080801487, -0.0829448830999,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.7872699385, 1381.89776977, -0.124184350526, 14.4097061328, 0.0135295224718,
	},
	"iter1/G/conv_blocks.6.bias": {
		-0.195037090969, 1.10172748764, 6.82630343363e-08, 2.63929541688e-06, 3.63139087616e-07,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9479307532, 63.9479307532, -0.00117945671082, 0.0125088691711, 0.00104416338912,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.19160098897, 4.19669050851, -0.00151705922326, 0.0125811027247, 0.00162315123491,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.0863945623714, 0.633178431992, -0.0863945623714, 0.633178431992, -0.043400350357,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.0345700383, 58.0345700383, -5.96542996168, 5.96542996168, -0.110938352002,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		-1.24581846432, 44.9705754528, 0.0344622113043, 0.343526240387, -0.00483968417856,
	},
	"iter1/G/conv_blocks.9.bias": {
		0.00593822449446, 0.0620290786028, 0.000199736561626, 0.000599516090006, -0.000174978761392,
	},
	"iter1/D/model.0.weight": {
		-2.67120544064, 51.7064439846, -0.00127645606699, 0.0861055457353, -0.000665485488398,
	},
	"iter1/D/model.0.bias": {
		-0.252913653851, 1.74610758573, -0.00039647705853, 0.003193333745, -0.000514824070428,
	},
	"iter1/D/model.3.weight": {
		4.2964741091, 243.82826773, -0.101968997678, 0.915753023943, -0.0131530237682,
	},
	"iter1/D/model.3.bias": {
		0.51430066023, 1.72904769424, -0.00279886694625, 0.00639565708116, 0.00103221736202,
	},
	"iter1/D/model.6.weight": {
		31.4507111907, 31.4507111907, -0.00279635190964, 0.00637990236282, 0.000676205774456,
	},
	"iter1/D/model.6.bias": {
		-0.138389981934, 1.62221888301, -0.00039626355283, 0.00639278325252, 2.1257894267e-05,
	},
	"iter1/D/model.6.running_mean": {
		0.579230115865, 0.586016542627, 0.579230115865, 0.586016542627, 0.0807478195293,
	},
	"iter1/D/model.6.running_var": {
		23.4780911207, 23.4780911207, -8.52190887928, 8.52190887928, -0.145928497123,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		3.39201934218, 693.095210737, 0.0925253663299, 3.64204208879, 0.0099897658713,
	},
	"iter1/D/model.7.bias": {
		-0.703833260457, 2.47356319183, -0.00120436243014, 0.0127874104655, 0.000777058425907,
	},
	"iter1/D/model.10.weight": {
		63.2818828225, 63.2818828225, -0.00189918279648, 0.012622654438, -0.000899126504564,
	},
	"iter1/D/model.10.bias": {
		1.46644314207, 4.50274795279, -0.0023841552611, 0.0127757459704, -0.000962880210932,
	},
	"iter1/D/model.10.running_mean": {
		0.393538318429, 0.476523338264, 0.393538318429, 0.476523338264, 0.0647609429481,
	},
	"iter1/D/model.10.running_var": {
		46.7307536602, 46.7307536602, -17.2692463398, 17.2692463398, -0.302940155316,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-2.16757651553, 1959.82201388, -0.160480728715, 6.43423499502, 0.0173244068145,
	},
	"iter1/D/model.11.bias": {
		0.424967551065, 3.5369941324, -0.00238804346009, 0.025556656401, -0.00157155143357,
	},
	"iter1/D/model.14.weight": {
		128.799594343, 128.799594343, -0.00169867277145, 0.0247908234596, -0.00157279691484,
	},
	"iter1/D/model.14.bias": {
		0.0997993273195, 7.96077374346, 0.000799993984401, 0.0256001921371, -0.000617328545914,
	},
	"iter1/D/model.14.running_mean": {
		0.705604463175, 0.910288335261, 0.705604463175, 0.910288335261, 0.135780071292,
	},
	"iter1/D/model.14.running_var": {
		93.3531543612, 93.3531543612, -34.6468456388, 34.6468456388, -0.40187280912,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/adv_layer.0.weight": {
		0.0907445449848, 7.03374048858, 0.000800005509518, 0.0256001470843, -0.000617329035406,
	},
	"iter1/D/adv_layer.0.bias": {
		-0.0542853213847, 0.0542853213847, -0.000199999660254, 0.000199999660254, -0.000199999660254,
	},
	"iter1/grad/G/l1.0.weight": {9.78178349427e-05, 0.0730431289461, -9.92802605006e-05},
	"iter1/grad/G/l1.0.bias":   {3.81472631261e-12, 0.00105813080221, -1.01307917566e-06},
	"iter1/grad/G/conv_blocks.0.weight": {
		4.7581667344e-06, 0.000118236416417, -2.81201785967e-07,
	},
	"iter1/grad/G/conv_blocks.0.bias": {
		-4.04904939444e-06, 3.30720245074e-05, 9.11183183341e-07,
	},
	"iter1/grad/G/conv_blocks.2.weight": {
		0.000875992460838, 0.182831246336, 0.000181883287437,
	},
	"iter1/grad/G/conv_blocks.2.bias": {
		3.81805698169e-12, 4.66449101566e-11, 1.29623675798e-12,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		8.08949702513e-06, 9.96874686257e-05, 8.15883176428e-06,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		-1.01609306142e-05, 0.000101097199334, 6.09653091924e-06,
	},
	"iter1/grad/G/conv_blocks.6.weight": {
		0.00157372209901, 0.113869283323, -0.000319198262599,
	},
	"iter1/grad/G/conv_blocks.6.bias": {
		-3.31223937167e-12, 1.31929800418e-10, -1.81701697052e-11,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		8.72232955018e-06, 6.7059758404e-05, -7.31073134575e-06,
	},
	"iter1/grad/G/conv_blocks.7.bias": {
		7.4726474395e-06, 0.000170812552483, -1.76418711244e-05,
	},
	"iter1/grad/G/conv_blocks.9.weight": {
		-0.00220969609533, 0.0114013667528, 5.04363280589e-05,
	},
	"iter1/grad/G/conv_blocks.9.bias": {
		-1.38502223308e-05, 5.0351497066e-05, 7.36707356208e-06,
	},
	"iter1/grad/D/model.0.weight": {
		-0.00024881041017, 0.00797534582816, -0.000111111770421,
	},
	"iter1/grad/D/model.0.bias": {
		7.51473571654e-05, 0.000279870858321, 9.21891001652e-05,
	},
	"iter1/grad/D/model.3.weight": {0.0127805620021, 0.0499592369653, 0.000451143669602},
	"iter1/grad/D/model.3.bias": {
		0.000633267733974, 0.000947568876654, -0.000119576308542,
	},
	"iter1/grad/D/model.6.weight": {
		0.000133340598779, 0.000286428310972, -5.66587999697e-05,
	},
	"iter1/grad/D/model.6.bias": {
		-0.000102526097294, 0.000877080835266, -6.91766637347e-05,
	},
	"iter1/grad/D/model.7.weight": {
		-0.00185413290606, 0.123193604401, -0.000111345309129,
	},
	"iter1/grad/D/model.7.bias": {
		0.000394657877678, 0.00202100086926, -0.000217219518062,
	},
	"iter1/grad/D/model.10.weight": {
		0.000135888068584, 0.000372261837256, 6.00397280722e-05,
	},
	"iter1/grad/D/model.10.bias": {
		0.000658446061834, 0.0018655704323, 0.000159437929547,
	},
	"iter1/grad/D/model.11.weight": {
		0.00761923412343, 0.198950701239, -0.00175968601003,
	},
	"iter1/grad/D/model.11.bias": {
		0.000819073843815, 0.00433412782493, 0.00039160771134,
	},
	"iter1/grad/D/model.14.weight": {
		0.000159491874357, 0.000407149973321, 8.86560046329e-05,
	},
	"iter1/grad/D/model.14.bias":      {0.0107360041584, 0.842620823707, 0.0209124790114},
	"iter1/grad/D/adv_layer.0.weight": {0.0132022877515, 0.95551113601, 0.0235085927006},
	"iter1/grad/D/adv_layer.0.bias":   {0.119362533092, 0.119362533092, 0.119362533092},
	"iter2/loss":                      {0.722194492817, 0.480263024569},
	"iter2/d_out":                     {0.618591785431, 0.618623614311},
	"iter2/G/l1.0.weight": {
		-14.4837032479, 13027.398291, -0.0142417809555, 52.505159659, 0.100228473652,
	},
	"iter2/G/l1.0.bias": {
		-3.43539035783, 128.826380239, -0.00797039659301, 0.522451080131, 0.00320500420205,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.636746645, 128.636746645, -0.00277107954025, 0.0341127514839, 0.00106401284154,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.324893092038, 8.02800346585, 0.00524815625977, 0.03216603084, -0.00285820663145,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		-0.0868034898922, 0.712344873635, -0.0868034898922, 0.712344873635, -0.0930699332176,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.817566276, 109.817566276, -18.1824337244, 19.0589452982, -0.216969490276,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		8.61961295655, 2763.49290094, -0.0242147255702, 39.6425274912, -0.0280999645787,
	},
	"iter2/G/conv_blocks.2.bias": {
		0.272316826857, 2.40331992961, -7.85221345723e-08, 1.28912506625e-06, -6.23777667149e-08,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.957762778, 128.957762778, -0.00499254465103, 0.0336503386497, -0.00074974256709,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.869980032789, 8.06501003238, -0.000696791626979, 0.0323691809899, -0.00144203801748,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		0.0733976691554, 0.972989621427, 0.0733976691554, 0.972989621427, -0.0763700564182,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.113222957, 114.113222957, -13.8867770433, 13.8867770433, -0.168445477417,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-3.8932093517, 1381.9339061, -0.23012376373, 19.7006353839, 0.0102442104955,
	},
	"iter2/G/conv_blocks.6.bias": {
		-0.195036811099, 1.10172735823, 3.48132743966e-07, 3.90441709897e-06, 4.41246045351e-07,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.9467832446, 63.9467832446, -0.00232696533203, 0.0154286623001, 0.00145425829784,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.19048276579, 4.19697518589, -0.000398836040404, 0.0143133391975, 0.00226750707821,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.1657199404, 1.20827074449, -0.1657199404, 1.20827074449, -0.082731879208,
	},
	"iter2/G/conv_blocks.7.running_var": {
		52.6752408147, 52.6752408147, -11.3247591853, 11.3247591853, -0.212534816617,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		-1.31218930818, 44.9636742128, -0.0319086325617, 0.462185946111, -0.000528106651837,
	},
	"iter2/G/conv_blocks.9.bias": {
		0.00546094309539, 0.0621782885864, -0.000277544837445, 0.000543360132724, -0.000372758387157,
	},
	"iter2/D/model.0.weight": {
		-2.66650862782, 51.7000283133, 0.00342035674839, 0.11692178165, -0.000123707969589,
	},
	"iter2/D/model.0.bias": {
		-0.253734350204, 1.7454797402, -0.00121717341244, 0.00403097085655, -0.000743156067633,
	},
	"iter2/D/model.3.weight": {
		4.19166714301, 243.818732407, -0.206775963768, 1.19870367615, -0.0187739111843,
	},
	"iter2/D/model.3.bias": {
		0.511644500773, 1.72835780261, -0.00545502640307, 0.00885436683893, 0.00099565899811,
	},
	"iter2/D/model.6.weight": {
		31.4477085471, 31.4477085471, -0.00579899549484, 0.0102379918098, 0.000942077201477,
	},
	"iter2/D/model.6.bias": {
		-0.13760833675, 1.62214265903, 0.000385381630622, 0.0096153129125, 0.000143907431263,
	},
	"iter2/D/model.6.running_mean": {
		1.00533346401, 1.01582076342, 1.00533346401, 1.01582076342, 0.137262326367,
	},
	"iter2/D/model.6.running_var": {
		17.2625028491, 17.2625028491, -14.7374971509, 14.7374971509, -0.252342296318,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		3.42832467811, 693.033251218, 0.128830702257, 4.75490067855, 0.0116625929318,
	},
	"iter2/D/model.7.bias": {
		-0.706158873334, 2.47458402271, -0.00352997530717, 0.0158474798081, 0.00169711284539,
	},
	"iter2/D/model.10.weight": {
		63.2772582769, 63.2772582769, -0.00652372837067, 0.0164053440094, -0.00153166325364,
	},
	"iter2/D/model.10.bias": {
		1.4674191066, 4.50358621302, -0.0014081907284, 0.016783267929, -0.000290100668052,
	},
	"iter2/D/model.10.running_mean": {
		0.657577875594, 0.793301741418, 0.657577875594, 0.793301741418, 0.0999341635993,
	},
	"iter2/D/model.10.running_var": {
		34.1354853511, 34.1354853511, -29.8645146489, 29.8645146489, -0.52700330111,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-2.26278799729, 1959.78854282, -0.255692210479, 8.40507460846, 0.0318207295044,
	},
	"iter2/D/model.11.bias": {
		0.4225139837, 3.53396077526, -0.00484161082568, 0.0329924725302, -0.00213653718257,
	},
	"iter2/D/model.14.weight": {
		128.794154108, 128.794154108, -0.00713890790939, 0.0317429900169, -0.000429566835336,
	},
	"iter2/D/model.14.bias": {
		0.100599650526, 7.9352324775, 0.00160031719133, 0.0511414580978, -0.00123576328952,
	},
	"iter2/D/model.14.running_mean": {
		1.18306869676, 1.53337864764, 1.18306869676, 1.53337864764, 0.22606460216,
	},
	"iter2/D/model.14.running_var": {
		68.0929524302, 68.0929524302, -59.9070475698, 59.9070475698, -0.696074335488,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/adv_layer.0.weight": {
		0.0915591547964, 7.00820630684, 0.00161461532116, 0.0511343288235, -0.00124459194267,
	},
	"iter2/D/adv_layer.0.bias": {
		-0.0544851087034, 0.0544851087034, -0.00039978697896, 0.00039978697896, -0.00039978697896,
	},
	"iter2/grad/G/l1.0.weight": {
		-0.000223295791366, 0.0397068649228, -5.75707525524e-05,
	},
	"iter2/grad/G/l1.0.bias": {2.80708789546e-12, 0.000543847716058, 4.49648674753e-06},
	"iter2/grad/G/conv_blocks.0.weight": {
		1.47016529395e-07, 5.87787476725e-05, 5.97154302224e-06,
	},
	"iter2/grad/G/conv_blocks.0.bias": {
		-3.67632531706e-06, 1.5314350545e-05, 2.62357675375e-06,
	},
	"iter2/grad/G/conv_blocks.2.weight": {
		0.000119327796697, 0.094438693823, -6.23357572546e-05,
	},
	"iter2/grad/G/conv_blocks.2.bias": {
		-2.10320563049e-12, 1.96352092571e-11, 1.95560968226e-12,
	},
	"iter2/grad/G/conv_blocks.3.weight": {
		1.21468902153e-06, 5.89654850531e-05, -1.87501333776e-07,
	},
	"iter2/grad/G/conv_blocks.3.bias": {
		-1.98381403571e-06, 5.41178567577e-05, -1.91549133998e-06,
	},
	"iter2/grad/G/conv_blocks.6.weight": {
		7.39862809962e-05, 0.06160009659, -6.89637536714e-05,
	},
	"iter2/grad/G/conv_blocks.6.bias": {
		-1.96863914059e-11, 6.79811484883e-11, 3.09399317134e-12,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		1.68403410605e-06, 3.66611198971e-05, 1.27708226247e-06,
	},
	"iter2/grad/G/conv_blocks.7.bias": {
		-1.94431506735e-05, 0.000156090608737, 1.24735375409e-05,
	},
	"iter2/grad/G/conv_blocks.9.weight": {
		0.00411535429057, 0.00706581082817, -0.000232659328446,
	},
	"iter2/grad/G/conv_blocks.9.bias": {
		0.000101477162389, 0.000101477162389, 4.05135990704e-05,
	},
	"iter2/grad/D/model.0.weight": {
		-0.00102779584144, 0.00779804001407, -0.000356690721349,
	},
	"iter2/grad/D/model.0.bias": {
		0.000115246123755, 0.000350533268715, 4.77444648213e-05,
	},
	"iter2/grad/D/model.3.weight": {
		0.00752147708412, 0.0521392416999, 5.21562123389e-05,
	},
	"iter2/grad/D/model.3.bias": {
		0.000327213658011, 0.000689154054044, 4.71892650731e-05,
	},
	"iter2/grad/D/model.6.weight": {
		0.000156766680142, 0.000264336699153, 3.00968112158e-05,
	},
	"iter2/grad/D/model.6.bias": {
		-5.97685598223e-05, 0.000547142956293, -8.43375805602e-06,
	},
	"iter2/grad/D/model.7.weight": {
		-0.000265803049321, 0.117274677529, -0.000738910731689,
	},
	"iter2/grad/D/model.7.bias": {
		0.000424370725455, 0.00140075649153, -0.000179791977577,
	},
	"iter2/grad/D/model.10.weight": {
		0.000167273196965, 0.000270506298463, 2.39797083649e-05,
	},
	"iter2/grad/D/model.10.bias": {
		-0.000126043628143, 0.00190969416349, -0.000173852876043,
	},
	"iter2/grad/D/model.11.weight": {
		0.00496647725164, 0.202378056811, -0.000222198350023,
	},
	"iter2/grad/D/model.11.bias": {
		0.000789359287324, 0.00547561675913, 0.000391742579722,
	},
	"iter2/grad/D/model.14.weight": {
		0.000154015245702, 0.000393176923971, -2.3115112938e-05,
	},
	"iter2/grad/D/model.14.bias": {0.0107629996492, 0.834255494527, 0.0207070173882},
	"iter2/grad/D/adv_layer.0.weight": {
		0.0123944639345, 0.946596586902, 0.0226607471598,
	},
	"iter2/grad/D/adv_layer.0.bias": {0.11860768497, 0.11860768497, 0.11860768497},
	"iter3/loss":                    {0.72177195549, 0.481482475996},
	"iter3/d_out":                   {0.617863953114, 0.617867946625},
	"iter3/G/l1.0.weight": {
		-14.3864420396, 13027.4610576, 0.0830194272855, 61.9692241592, 0.125595115893,
	},
	"iter3/G/l1.0.bias": {
		-3.43418535202, 128.824288613, -0.00676539077904, 0.627763005523, -0.00273805563895,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.635406971, 128.635406971, -0.00411075353622, 0.0410568118095, -2.41007311595e-05,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.327845064516, 8.02837704861, 0.00820012873737, 0.0400839044596, -0.00279296978679,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		-0.0744453218067, 0.724200625555, -0.0744453218067, 0.724200625555, -0.0153594173345,
	},
	"iter3/G/conv_blocks.0.running_var": {
		101.911258996, 101.911258996, -26.0887410045, 27.1616184115, -0.45608043837,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		8.62761928805, 2763.49205545, -0.0162083940712, 46.7796644933, -0.055769811751,
	},
	"iter3/G/conv_blocks.2.bias": {
		0.272316797811, 2.40331996145, -1.07567757368e-07, 1.55088491738e-06, -4.71766104197e-08,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.955577374, 128.955577374, -0.00717794895172, 0.0392466783524, -0.00175713918671,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.870045635849, 8.06503295433, -0.000762394687627, 0.0371934563736, -0.00227427918729,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		0.118205468287, 1.36379250721, 0.118205468287, 1.36379250721, -0.109153653054,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.156545699, 108.156545699, -19.8434543014, 19.8434543014, -0.267452700005,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-4.048612248, 1381.90352091, -0.385526660029, 23.2580932039, 0.00199449872039,
	},
	"iter3/G/conv_blocks.6.bias": {
		-0.195036655314, 1.10172737073, 5.03918272443e-07, 4.74888656754e-06, 4.26867345876e-07,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9455254078, 63.9455254078, -0.00358480215073, 0.0184859633446, 0.0014335461984,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.19116773969, 4.19770692149, -0.00108380994061, 0.0174151938991, 0.00253602811933,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.237376225996, 1.72178465838, -0.237376225996, 1.72178465838, -0.116308041631,
	},
	"iter3/G/conv_blocks.7.running_var": {
		47.8486245871, 47.8486245871, -16.1513754129, 16.1513754129, -0.2984386593,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		-1.32545928852, 44.9616310147, -0.0451786128979, 0.545275644938, 0.0021592161904,
	},
	"iter3/G/conv_blocks.9.bias": {
		0.0053482465446, 0.0621560551226, -0.000390241388232, 0.000700225587934, -0.000416464011003,
	},
	"iter3/D/model.0.weight": {
		-2.6638754743, 51.6956822116, 0.00605351026752, 0.136130581988, -0.000388262566703,
	},
	"iter3/D/model.0.bias": {
		-0.254574416205, 1.74518304504, -0.00205723941326, 0.0049424469471, -0.00068729739155,
	},
	"iter3/D/model.3.weight": {
		4.12019913877, 243.810087209, -0.278243968005, 1.44993579325, -0.0227753027798,
	},
	"iter3/D/model.3.bias": {
		0.5095727304, 1.7277307706, -0.0075267967768, 0.0106965289451, 0.00118056468112,
	},
	"iter3/D/model.6.weight": {
		31.4451706409, 31.4451706409, -0.00833690166473, 0.0127356052399, 0.00145770174301,
	},
	"iter3/D/model.6.bias": {
		-0.136545759626, 1.62240775023, 0.00144795875531, 0.0104125941871, 0.00042143572,
	},
	"iter3/D/model.6.running_mean": {
		1.32868864259, 1.34273547179, 1.32868864259, 1.34273547179, 0.188820125447,
	},
	"iter3/D/model.6.running_var": {
		12.7396374047, 12.7396374047, -19.2603625953, 19.2603625953, -0.328209710631,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		3.45513276406, 692.987364687, 0.155638788206, 5.71001347812, 0.0129189105813,
	},
	"iter3/D/model.7.bias": {
		-0.707587279758, 2.47459186605, -0.00495838173083, 0.0176975484064, 0.00214381610477,
	},
	"iter3/D/model.10.weight": {
		63.2741983533, 63.2741983533, -0.0095836520195, 0.0195364356041, -0.00245484570377,
	},
	"iter3/D/model.10.bias": {
		1.46791449963, 4.50391897064, -0.000912797695491, 0.0196698243381, -0.000183243853217,
	},
	"iter3/D/model.10.running_mean": {
		0.879434304079, 1.04906253214, 0.879434304079, 1.04906253214, 0.108095852033,
	},
	"iter3/D/model.10.running_var": {
		24.9634515643, 24.9634515643, -39.0365484357, 39.0365484357, -0.694400010659,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-2.47335705131, 1959.76320767, -0.466261264502, 10.3511971894, 0.0405128627242,
	},
	"iter3/D/model.11.bias": {
		0.418508052582, 3.53248669276, -0.0088475419434, 0.0414828825051, -0.00256557110159,
	},
	"iter3/D/model.14.weight": {
		128.790615082, 128.790615082, -0.0106779336929, 0.0398310422897, -0.000189814356392,
	},
	"iter3/D/model.14.bias": {
		0.101400567801, 7.90978377371, 0.00240123446565, 0.076590161887, -0.00185599353196,
	},
	"iter3/D/model.14.running_mean": {
		1.56325260014, 2.02356587589, 1.56325260014, 2.02356587589, 0.299328263092,
	},
	"iter3/D/model.14.running_var": {
		49.6837487817, 49.6837487817, -78.3162512183, 78.3162512183, -0.908224145509,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/adv_layer.0.weight": {
		0.0923977605999, 6.98277548281, 0.0024532211246, 0.0765651528491, -0.00186047949686,
	},
	"iter3/D/adv_layer.0.bias": {
		-0.0546845681965, 0.0546845681965, -0.00059924647212, 0.00059924647212, -0.00059924647212,
	},
	"iter3/grad/G/l1.0.weight": {-0.000131561205794, 0.0450668401121, -0.00011147332794},
	"iter3/grad/G/l1.0.bias":   {3.35731442647e-13, 0.000642081663462, 4.79356253778e-06},
	"iter3/grad/G/conv_blocks.0.weight": {
		5.46406811264e-06, 7.35850358309e-05, 4.66523471351e-06,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		-4.03742490462e-06, 2.22578333968e-05, -1.86491673485e-06,
	},
	"iter3/grad/G/conv_blocks.2.weight": {
		-0.000200843694868, 0.115113807834, 5.17887316496e-05,
	},
	"iter3/grad/G/conv_blocks.2.bias": {
		3.22047596923e-12, 2.64138051709e-11, -1.86273020494e-12,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		1.02574874985e-05, 6.92485534861e-05, 5.96963483884e-06,
	},
	"iter3/grad/G/conv_blocks.3.bias": {
		-2.71641701843e-06, 6.77860513996e-05, 1.94971225999e-06,
	},
	"iter3/grad/G/conv_blocks.6.weight": {
		0.00133269037831, 0.0738839106419, -4.79395034434e-05,
	},
	"iter3/grad/G/conv_blocks.6.bias": {
		-2.19447376937e-12, 9.13595518681e-11, 4.38880026238e-12,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		1.14788342813e-05, 4.17886667847e-05, 4.45427943936e-06,
	},
	"iter3/grad/G/conv_blocks.7.bias": {
		3.77128575266e-05, 9.41655620679e-05, 1.86051961328e-06,
	},
	"iter3/grad/G/conv_blocks.9.weight": {
		-0.00179920073497, 0.00796542399374, -5.05264613153e-05,
	},
	"iter3/grad/G/conv_blocks.9.bias": {
		-3.20591881291e-05, 3.20591881291e-05, -1.51681848504e-05,
	},
	"iter3/grad/D/model.0.weight": {
		-0.000211921491974, 0.0039313524105, 0.000121282510557,
	},
	"iter3/grad/D/model.0.bias": {
		9.77883537416e-05, 0.000236121244598, -1.46420704136e-05,
	},
	"iter3/grad/D/model.3.weight": {
		0.00264110309084, 0.0264924806557, 0.000340547744938,
	},
	"iter3/grad/D/model.3.bias": {
		0.000185786457223, 0.000472598839224, -2.48948158675e-05,
	},
	"iter3/grad/D/model.6.weight": {
		5.94694186447e-05, 0.000139465345725, -2.6001674534e-05,
	},
	"iter3/grad/D/model.6.bias": {
		-0.000111050516352, 0.000514949686476, -9.62875018677e-06,
	},
	"iter3/grad/D/model.7.weight": {
		0.00080432276942, 0.0704409103302, -7.70209152086e-05,
	},
	"iter3/grad/D/model.7.bias": {0.000118792628882, 0.00118973503891, 0.00013483898267},
	"iter3/grad/D/model.10.weight": {
		5.67616060465e-05, 0.000175654599971, 1.58636530957e-05,
	},
	"iter3/grad/D/model.10.bias": {
		6.46556934498e-05, 0.00136212879147, 1.33534567089e-05,
	},
	"iter3/grad/D/model.11.weight": {
		0.00433254014868, 0.124034083876, -0.00025679359131,
	},
	"iter3/grad/D/model.11.bias": {
		0.000700719981879, 0.0036577421548, 4.03246204196e-05,
	},
	"iter3/grad/D/model.14.weight": {
		6.82164398356e-05, 0.000260642979093, 2.13845619185e-05,
	},
	"iter3/grad/D/model.14.bias": {0.0107916972775, 0.826028982381, 0.0205035792297},
	"iter3/grad/D/adv_layer.0.weight": {
		0.0125841414556, 0.936226464808, 0.0228076572079,
	},
	"iter3/grad/D/adv_layer.0.bias": {0.11786596477, 0.11786596477, 0.11786596477},
}

// END KAT DATA
