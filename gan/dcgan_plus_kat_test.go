package gan

// Known-answer test: the dcgan-plus step (dcgan.py's nets with BatchNorm2d
// at eps 1e-5, no dropout, TTUR: Adam G lr 2e-4 and D lr 4e-4, betas (0.5,
// 0.999)), end to end, against PyTorch. Three iterations from the same
// weights and noise (latent 100, 3x16x16, D widths 8-16-16-32, batch 8,
// BCE, D called on the fakes for G's step and on the reals and the fakes
// separately for its own); after each, the losses, the mean D outputs,
// every parameter's gradient and checksums of both state_dicts must match.
// The conditional pair (--classes: label_emb before z, a projection D
// under the sigmoid) runs the same three iterations on rows with classes,
// and the unconditional pair again with DiffAugment in front of D, its
// draws from a stream of uniforms both sides compute; the conditional pair
// once more with the class term and the mode-seeking term; the unconditional
// pair with D's class head, DiffAugment and the clean head (katDCPlusClean:
// a fourth D call on the fakes and a fifth on the reals, both without
// DiffAugment).
//
// Tolerances are sngan's (katCNNTols): G's BatchNorm2d at eps 1e-5, as
// there, passes more of the noise its convolutions' biases move by to the
// running means (2.2e-4 seen).
//
// The numbers in katDCPlus come from testdata/dcgan_plus_kat.py (PyTorch
// 1.13.1, Debian python3-torch), whose doc says how weights are fixed:
//
//	/usr/bin/python3 testdata/dcgan_plus_kat.py --write

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/internal/kat"
)

// Seeds and sizes as in dcgan_plus_kat.py (its BatchNorm seeds are
// dcgan_kat.py's, katDCBNSeed on).
const (
	katDPGSeed, katDPDSeed, katDPRealSeed, katDPZ = 900, 940, 922, 961
	// katDPAugZ is katDCPlusAug's noise seed (AUG_Z_SEED): DiffAugment
	// moves LeakyReLU inputs, and 961's nearest to the kink, 6e-7 of its
	// rms, let the asm and OpenBLAS backends' summation order flip one.
	katDPAugZ                              = 973
	katDPClasses, katDPEmbed, katDPEmbSeed = 4, 6, 980
	katDPClassBNSeed, katDPClassBNZ        = 990, 962 // CBN_SEED, CBN_Z_SEED
	katDPCatGANZ                           = 975      // CATGAN_Z_SEED
	katDPCleanZ                            = 969      // CLEAN_Z_SEED
)

// katDCPlusTrainer builds the pair at the preset's settings with
// dcgan_plus_kat.py's sizes and weights, conditional when classes > 0,
// the fakes' classes then cnn_kat.py's, katCNNFakeLabels; with aux, an
// unconditional pair whose D has a class head of katDPClasses classes; with
// classBN, conditional BatchNorm in G at dcgan_plus_kat.py's class_bn
// weights.
func katDCPlusTrainer(t *testing.T, b gemm.Backend, classes int, augment, aux, classBN bool, zSeed float64) *Trainer {
	a := DCGAN()
	a.Channels, a.ImgSize = 3, 16
	a.BNEps, a.DDropout, a.DWidths, a.DiffAugment = 1e-5, 0, []int{8, 16, 16, 32}, augment
	if classes > 0 {
		a.Classes, a.EmbedDim = classes, katDPEmbed
	}
	if aux {
		a.AuxClasses = katDPClasses
	}
	a.ClassBN = classBN
	ctx := nn.Context{BLAS: b, MaxBatch: katDCBatch, Rand: rand.New(rand.NewPCG(1, 2))}
	g, err := NewDCGANGenerator(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	ctx.MaxBatch = 2 * katDCBatch
	d, err := NewDCGANDiscriminator(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	bnK := katDCInit(g, katDPGSeed, 0)
	draws := 0
	noise := func(z []float32) {
		copy(z, chirp(len(z), zSeed+float64(draws), 1))
		draws++
	}
	if classes > 0 || aux {
		p := d.Layers[0].(*nn.Projection)
		katDCInit(&nn.Sequential{Layers: append(slices.Clone(p.Body.Layers), p.Head)}, katDPDSeed, bnK)
		copy(p.V.W, chirp(len(p.V.W), katDPEmbSeed+1, 1/math.Sqrt(float64(p.Body.Out()))))
	}
	if classes > 0 {
		emb := g.Layers[0].(*nn.ClassEmbedding)
		copy(emb.W.W, chirp(len(emb.W.W), katDPEmbSeed, 1))
		j := 0
		for _, l := range g.Layers {
			if ca, ok := l.(*nn.ClassAffine); ok {
				for i, v := range chirp(len(ca.Gamma.W), katDPClassBNSeed+float64(2*j), 0.5) {
					ca.Gamma.W[i] = 1 + v
				}
				copy(ca.Beta.W, chirp(len(ca.Beta.W), katDPClassBNSeed+float64(2*j+1), 0.5))
				j++
			}
		}
		if classBN && j != 3 {
			t.Fatalf("G has %d class affines, want 3", j)
		}
		cn := &CondNoise{
			Latent: a.LatentDim,
			Noise:  func(z []float32) { copy(z, chirp(len(z), zSeed+float64(draws), 1)) },
			Labels: func(c []int32) { copy(c, katCNNFakeLabels[draws][:]); draws++ },
		}
		noise = cn.Fill
	} else if !aux {
		katDCInit(d.Sequential, katDPDSeed, bnK)
	}
	// DiffAugment's draws: dcgan_plus_kat.py's stream of uniforms.
	d.SetDropoutRand(rand.New(&hashUniforms{}))
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 0.0002, 0.5, 0.999), optim.NewAdam(d.Params(), 0.0004, 0.5, 0.999), katDCBatch, noise)
	tr.SeparateD = true
	return tr
}

func TestKATDCGANPlusIterations(t *testing.T) {
	for _, b := range kat.Backends(t) {
		for _, c := range []struct {
			name    string
			records map[string][]float64
			classes int
			labels  []uint8
			augment bool
			zSeed   float64
			terms   bool // the class term at 0.7 and the mode-seeking term at 0.3
			aux     bool // D's class head, the class term at 0.7, the balance term at 0.9
			classBN bool // conditional BatchNorm in G
			catgan  bool // with aux: the confidence term at 0.6, D's fake entropy at 0.8
			clean   bool // with aux and augment: the clean head
		}{
			{"dcgan-plus", katDCPlus, 0, nil, false, katDPZ, false, false, false, false, false},
			{"dcgan-plus --classes", katDCPlusCond, katDPClasses, katCNNRealLabels, false, katDPZ, false, false, false, false, false},
			{"dcgan-plus --diff-augment", katDCPlusAug, 0, nil, true, katDPAugZ, false, false, false, false, false},
			{"dcgan-plus --classes --class-weight --mode-seeking", katDCPlusTerms, katDPClasses, katCNNRealLabels, false, katDPZ, true, false, false, false, false},
			{"dcgan-plus --aux-classes --class-weight --class-balance", katDCPlusBalance, 0, katCNNRealLabels, false, katDPZ, false, true, false, false, false},
			{"dcgan-plus --classes --class-weight --mode-seeking --class-bn", katDCPlusClassBN, katDPClasses, katCNNRealLabels, false, katDPClassBNZ, true, false, true, false, false},
			{"dcgan-plus --aux-classes --class-weight --class-balance --class-confidence --fake-entropy", katDCPlusCatGAN, 0, katCNNRealLabels, false, katDPCatGANZ, false, true, false, true, false},
			{"dcgan-plus --diff-augment --aux-classes --class-weight --class-balance --clean-head", katDCPlusClean, 0, katCNNRealLabels, true, katDPCleanZ, false, true, false, false, true},
		} {
			tr := katDCPlusTrainer(t, b, c.classes, c.augment, c.aux, c.classBN, c.zSeed)
			if c.terms {
				tr.ClassWeight, tr.ModeSeeking = 0.7, 0.3
			}
			if c.aux {
				tr.ClassWeight, tr.ClassBalance = 0.7, 0.9
			}
			if c.catgan {
				tr.ClassConfidence, tr.FakeEntropy = 0.6, 0.8
			}
			tr.CleanHead = c.clean
			real := Batch{X: chirp(katDCBatch*tr.G.Out(), katDPRealSeed, 1), N: katDCBatch, Labels: c.labels}
			katIterations(t, b, c.name, c.records, tr, real, 97, katCNNTols)
		}
	}
}

// BEGIN KAT DATA (regenerate with /usr/bin/python3 testdata/dcgan_plus_kat.py --write)
// Generated by testdata/dcgan_plus_kat.py with PyTorch 1.13.1 (Debian python3-torch,
// torch.__version__ 1.13.0a0); do not edit.
var katDCPlus = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-32.8930097717, 13045.1168718, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {4.07972441932, 132.081433038, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {7.89163662225, 2767.34229643, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {-0.122843307443, 2.38065040606, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.21753975309, 1383.52287015, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {0.374496030854, 1.25620472431, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {0.783588380029, 46.39519658, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {-0.100743852556, 0.100743852556, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-0.917189553322, 26.313925784, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.509256005287, 1.24405875802, 0, 0, 0},
	"iter0/D/model.3.weight":                    {-5.06246691273, 87.0091368488, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.23540166812, 1.20276961522, 0, 0, 0},
	"iter0/D/model.6.weight":                    {15.7768802643, 15.7768802643, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.0644591869786, 0.861471419223, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {16, 16, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {5.59234305514, 120.922683089, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.0350958267227, 0.708019870333, 0, 0, 0},
	"iter0/D/model.10.weight":                   {15.7189500332, 15.7189500332, 0, 0, 0},
	"iter0/D/model.10.bias":                     {0.285024274141, 1.12558387592, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {16, 16, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-4.93126650622, 242.082702693, 0, 0, 0},
	"iter0/D/model.11.bias":                     {-0.241845217999, 1.39722217526, 0, 0, 0},
	"iter0/D/model.14.weight":                   {32.1906090975, 32.1906090975, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.507356565446, 1.90526176803, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {32, 32, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/adv_layer.0.weight":                {1.07270766795, 4.04948934913, 0, 0, 0},
	"iter0/D/adv_layer.0.bias":                  {0.132330909371, 0.132330909371, 0, 0, 0},
	"iter1/loss":                                {0.776086568832, 0.679523706436},
	"iter1/d_out":                               {0.552274107933, 0.538231730461},
	"iter1/fakes": {
		0.13312829, 0.6346802, -0.20165697, 0.66645813, 0.33476454, 0.28714457, 0.05420885, -0.522062,
		0.25153643, -0.46389335, -0.06297921, 0.34616604, 0.46634525, -0.067412525, 0.041276168,
		-0.356842,
	},
	"iter1/G/l1.0.weight": {
		-32.8933760434, 13045.1201571, -0.000366271751489, 40.9588745299, -0.0770084105796,
	},
	"iter1/G/l1.0.bias": {
		4.07812408195, 132.072426779, -0.00160033737484, 0.409594724348, -0.00112412070495,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.640717804, 128.640717804, 0.00120007991791, 0.0256005525589, -0.00161120073809,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.320444905607, 8.02631957462, 0.000799969828222, 0.0255995727493, 0.00100251836406,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		-0.0181268054512, 0.44315562152, -0.0181268054512, 0.44315562152, -0.023216199417,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.273073852, 118.273073852, -9.72692614794, 9.99296170473, -0.061648815657,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		8.06453894456, 2767.34913892, 0.172902322306, 29.4909042314, 0.018194207416,
	},
	"iter1/G/conv_blocks.2.bias": {
		-0.122744051376, 2.38060075672, 9.92560671875e-05, 0.00639165511529, -0.000710954394118,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.963554978, 128.963554978, 0.000799655914307, 0.0256004333496, -0.000431261390063,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.870083730406, 8.06898389643, -0.000800489244284, 0.0255993115425, 0.000287741943978,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		-0.0090297710376, 0.549726014327, -0.0090297710376, 0.549726014327, -0.0637496397036,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.736501753, 120.736501753, -7.26349824667, 7.26349824667, -0.13733705634,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.0339418056, 1383.53631284, 0.183597947489, 14.7455310677, -0.00304192309588,
	},
	"iter1/G/conv_blocks.6.bias": {
		0.373533488368, 1.2546104138, -0.000962542486377, 0.00556710350793, -0.000456026762846,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9467104673, 63.9467104673, -0.0023997426033, 0.0128000378609, 0.000981710835042,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.18728397647, 4.19463303732, 0.00279995327583, 0.0127999660908, 0.000974240264148,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.0571270150685, 1.13733809568, -0.0571270150685, 1.13733809568, 0.088611003386,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.8815543056, 58.8815543056, -5.11844569445, 5.11844569445, -0.0875548960194,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		0.834388597032, 46.3976779784, 0.0508002170027, 0.345598952998, 0.00162606511423,
	},
	"iter1/G/conv_blocks.9.bias": {
		-0.100543852895, 0.100543852895, 0.000199999660254, 0.000599998980761, 8.71015672069e-06,
	},
	"iter1/D/model.0.weight": {
		-0.921189583401, 26.3187257662, -0.00400003007962, 0.0864004200848, -0.00472039240336,
	},
	"iter1/D/model.0.bias": {
		-0.510056003928, 1.24485875666, -0.000799998641014, 0.00320002436638, -1.2056257174e-05,
	},
	"iter1/D/model.3.weight": {
		-5.08326687614, 87.0305652416, -0.0207999634149, 0.460798095824, 0.000420084025234,
	},
	"iter1/D/model.3.bias": {
		0.236201667227, 1.20356961433, 0.000799999106675, 0.0063999905251, -0.00031299010684,
	},
	"iter1/D/model.6.weight": {
		15.7784804106, 15.7784804106, 0.00160014629364, 0.00639975070953, -0.00115449736722,
	},
	"iter1/D/model.6.bias": {
		-0.0628591896966, 0.862271410413, 0.00159999728203, 0.00639998167753, 8.67207889101e-05,
	},
	"iter1/D/model.6.running_mean": {
		0.19265833695, 0.255252025905, 0.19265833695, 0.255252025905, 0.0455636930385,
	},
	"iter1/D/model.6.running_var": {
		11.6966848373, 11.6966848373, -4.30331516266, 4.30331516266, -0.192022440232,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		5.57954323085, 120.95320512, -0.0127998242887, 0.92159617703, -0.0199741936524,
	},
	"iter1/D/model.7.bias": {
		-0.0342958117835, 0.707219887991, 0.000800014939159, 0.00639997376129, 0.000367399312177,
	},
	"iter1/D/model.10.weight": {
		15.7173500061, 15.7173500061, -0.00160002708435, 0.00639975070953, -0.000804168641039,
	},
	"iter1/D/model.10.bias": {
		0.285824248567, 1.12798382901, 0.000799974426627, 0.00639994628727, 0.00224896052833,
	},
	"iter1/D/model.10.running_mean": {
		0.756473236717, 0.756473236717, 0.756473236717, 0.756473236717, 0.00431762839571,
	},
	"iter1/D/model.10.running_var": {
		12.2851626277, 12.2851626277, -3.7148373723, 3.7148373723, -0.185730472176,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-4.93126365878, 242.081446097, 2.84743327938e-06, 0.819192213732, -0.00287734367402,
	},
	"iter1/D/model.11.bias": {
		-0.239445345476, 1.39642228093, 0.0023998725228, 0.0127998143435, -0.000407466189287,
	},
	"iter1/D/model.14.weight": {
		32.1858094931, 32.1858094931, -0.00479960441589, 0.0127992630005, 0.00164190678285,
	},
	"iter1/D/model.14.bias": {
		0.504156570882, 1.90126177482, -0.00319999456406, 0.0127999782562, 0.000109415546615,
	},
	"iter1/D/model.14.running_mean": {
		1.45607639011, 1.49237300176, 1.45607639011, 1.49237300176, 0.115350567598,
	},
	"iter1/D/model.14.running_var": {
		24.1335276961, 24.1335276961, -7.86647230387, 7.86647230387, -0.146337764285,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/adv_layer.0.weight": {
		1.06870762259, 4.04548927397, -0.00400004535913, 0.0128001049161, 0.000127014170743,
	},
	"iter1/D/adv_layer.0.bias": {
		0.1319309026, 0.1319309026, -0.000400006771088, 0.000400006771088, -0.000400006771088,
	},
	"iter1/grad/G/l1.0.weight": {-0.45354656975, 751.204151508, 1.68131820809},
	"iter1/grad/G/l1.0.bias":   {-1.67474354384e-08, 9.84124137413, 0.054721147395},
	"iter1/grad/G/conv_blocks.0.weight": {
		0.00743240370866, 1.0069210284, 0.108476190749,
	},
	"iter1/grad/G/conv_blocks.0.bias": {
		-0.0354779426707, 0.352587404486, -0.0138279479074,
	},
	"iter1/grad/G/conv_blocks.2.weight": {-14.8730922363, 1841.92274552, -1.913418488},
	"iter1/grad/G/conv_blocks.2.bias": {
		-1.75368768396e-08, 4.94196683576e-07, 5.52217529259e-08,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		0.000647722666145, 0.940185633856, -0.00800222137213,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		0.0664475401281, 0.661589133728, -0.014883412099,
	},
	"iter1/grad/G/conv_blocks.6.weight": {-24.6800092713, 1190.7805261, -1.80086951736},
	"iter1/grad/G/conv_blocks.6.bias": {
		1.44439582073e-07, 7.08928382664e-07, 7.43856797303e-08,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		0.0157782690367, 0.671522114659, -0.0567000019052,
	},
	"iter1/grad/G/conv_blocks.7.bias":   {-0.1233522119, 0.586087514646, -0.054173370874},
	"iter1/grad/G/conv_blocks.9.weight": {-30.4263789004, 112.377666206, 1.68301129525},
	"iter1/grad/G/conv_blocks.9.bias": {
		-0.0834349952638, 0.229022052139, -0.0875313493765,
	},
	"iter1/grad/D/model.0.weight":  {0.106630283874, 6.10644016694, 0.273939503562},
	"iter1/grad/D/model.0.bias":    {-0.0390476598404, 0.343485562596, 0.0388956964868},
	"iter1/grad/D/model.3.weight":  {1.07913561192, 21.1674961807, -0.333667837256},
	"iter1/grad/D/model.3.bias":    {0.0389091912657, 1.0079288166, 0.182454101648},
	"iter1/grad/D/model.6.weight":  {-0.00948259886354, 0.188421915285, 0.0761740206473},
	"iter1/grad/D/model.6.bias":    {-0.017946719192, 0.0883830180392, 0.00233314091511},
	"iter1/grad/D/model.7.weight":  {-0.466330128256, 34.5519503621, 1.35198715127},
	"iter1/grad/D/model.7.bias":    {-0.0536067195935, 0.130132257123, 0.0139851083841},
	"iter1/grad/D/model.10.weight": {0.00453704065876, 0.118062680529, 0.0401421648091},
	"iter1/grad/D/model.10.bias": {
		-0.000820346351247, 0.0419236376765, -0.0182997335046,
	},
	"iter1/grad/D/model.11.weight":    {-0.794760224235, 22.8803006071, -0.37778275183},
	"iter1/grad/D/model.11.bias":      {0.00774188293144, 0.110285185394, 0.010349254304},
	"iter1/grad/D/model.14.weight":    {0.139091033983, 0.207343233429, -0.02412515298},
	"iter1/grad/D/model.14.bias":      {0.0485431458801, 0.183251135051, 0.00343474182485},
	"iter1/grad/D/adv_layer.0.weight": {0.734291218221, 1.61179626361, -0.10283672353},
	"iter1/grad/D/adv_layer.0.bias":   {0.0452529191971, 0.0452529191971, 0.0452529191971},
	"iter2/loss":                      {0.749307632446, 0.65761333704},
	"iter2/d_out":                     {0.550659120083, 0.542516827583},
	"iter2/G/l1.0.weight": {
		-32.8810917108, 13045.1538302, 0.011918060902, 52.6019605222, -0.107134747993,
	},
	"iter2/G/l1.0.bias": {
		4.07162035271, 132.069261851, -0.00810406661185, 0.518535779047, -0.00157048242378,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.640936017, 128.640936017, 0.00141829252243, 0.032798230648, -0.00286496767746,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.320372568618, 8.02644164296, 0.000727632839698, 0.0357239676523, -5.29167443533e-05,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		0.0267502243514, 0.751059695205, 0.0267502243514, 0.751059695205, 0.0157456433118,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.759741604, 109.759741604, -18.2402583957, 18.962631166, -0.395539419804,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		7.9724261584, 2767.44607513, 0.0807895361517, 37.7159473013, 0.0296827116384,
	},
	"iter2/G/conv_blocks.2.bias": {
		-0.122670651763, 2.38088397088, 0.000172655680217, 0.00923265598249, -0.00083442900236,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.964071751, 128.964071751, 0.00131642818451, 0.0314565896988, 6.1727728259e-06,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.872080077941, 8.07190186431, -0.00279683677945, 0.0353811137611, -2.44836714838e-05,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		-0.00849566695979, 1.01682978432, -0.00849566695979, 1.01682978432, -0.104950162948,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.169887722, 114.169887722, -13.8301122785, 13.8301122785, -0.217653481245,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-3.02952094343, 1383.54435206, 0.188018809661, 18.6930251609, 0.0140924528098,
	},
	"iter2/G/conv_blocks.6.bias": {
		0.372160116152, 1.25318026653, -0.00233591470169, 0.00774714181898, -0.00144630134401,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.9466712475, 63.9466712475, -0.00243896245956, 0.0158724188805, 0.00119561055685,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.18586871936, 4.1929408235, 0.00421521038515, 0.01592869655, 0.000695045623508,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.102091207053, 2.17933682085, -0.102091207053, 2.17933682085, 0.167972229992,
	},
	"iter2/G/conv_blocks.7.running_var": {
		54.2901975513, 54.2901975513, -9.70980244875, 9.70980244875, -0.172218808338,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		0.783806751697, 46.4005467269, 0.00021837166787, 0.436402254785, 0.00400948314256,
	},
	"iter2/G/conv_blocks.9.bias": {
		-0.100795462728, 0.100795462728, -5.16101717949e-05, 0.000748030841351, 0.000101688391933,
	},
	"iter2/D/model.0.weight": {
		-0.933733060665, 26.3218057106, -0.0165435073432, 0.124039885355, -0.00625399665208,
	},
	"iter2/D/model.0.bias": {
		-0.511459298432, 1.24572426826, -0.0022032931447, 0.00461512058973, -0.000124705982214,
	},
	"iter2/D/model.3.weight": {
		-5.09509431648, 87.046052527, -0.0326274037507, 0.675215973766, 0.00333885424062,
	},
	"iter2/D/model.3.bias": {
		0.235904600006, 1.20305980323, 0.000502931885421, 0.00953769963235, 0.000635105361779,
	},
	"iter2/D/model.6.weight": {
		15.7793194056, 15.7793194056, 0.0024391412735, 0.00964665412903, -0.00278236909554,
	},
	"iter2/D/model.6.bias": {
		-0.0616615703329, 0.862018301152, 0.00279761664569, 0.00871691294014, -0.00103969259055,
	},
	"iter2/D/model.6.running_mean": {
		0.337567378359, 0.44558835827, 0.337567378359, 0.44558835827, 0.0752275049077,
	},
	"iter2/D/model.6.running_var": {
		8.5597795248, 8.5597795248, -7.4402204752, 7.4402204752, -0.332101673039,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		5.59023562691, 120.957971338, -0.00210742823305, 1.37248248324, -0.0323883262989,
	},
	"iter2/D/model.7.bias": {
		-0.033348698169, 0.706903856248, 0.00174712855369, 0.0114332195371, 0.00142197913262,
	},
	"iter2/D/model.10.weight": {
		15.716373086, 15.716373086, -0.00257694721222, 0.0092933177948, -0.00150547338013,
	},
	"iter2/D/model.10.bias": {
		0.28607644327, 1.12933456711, 0.00105216912925, 0.00872704572976, 0.00273673583211,
	},
	"iter2/D/model.10.running_mean": {
		1.31540990621, 1.31540990621, 1.31540990621, 1.31540990621, -0.0322224055849,
	},
	"iter2/D/model.10.running_var": {
		9.56676727533, 9.56676727533, -6.43323272467, 6.43323272467, -0.323896048261,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-4.90809372, 242.076405807, 0.0231727862138, 1.24522696649, -0.0118523177904,
	},
	"iter2/D/model.11.bias": {
		-0.241869982565, 1.39642084693, -2.4764565751e-05, 0.0156221913639, -0.000768974931008,
	},
	"iter2/D/model.14.weight": {
		32.1809560061, 32.1809560061, -0.00965309143066, 0.0196855068207, 0.000422081357095,
	},
	"iter2/D/model.14.bias": {
		0.500944938511, 1.89724531025, -0.00641162693501, 0.0256589967757, 0.000219727363174,
	},
	"iter2/D/model.14.running_mean": {
		2.48162294133, 2.51408075122, 2.48162294133, 2.51408075122, 0.127649285541,
	},
	"iter2/D/model.14.running_var": {
		18.4099981189, 18.4099981189, -13.5900018811, 13.5900018811, -0.213091255754,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/adv_layer.0.weight": {
		1.06692452729, 4.0404433459, -0.00578314065933, 0.0189566165209, 0.00211315981314,
	},
	"iter2/D/adv_layer.0.bias": {
		0.131529003382, 0.131529003382, -0.000801905989647, 0.000801905989647, -0.000801905989647,
	},
	"iter2/grad/G/l1.0.weight": {-0.921441035281, 890.790964612, 0.219956250496},
	"iter2/grad/G/l1.0.bias":   {3.09281631417e-08, 11.7357603423, -0.0149690002303},
	"iter2/grad/G/conv_blocks.0.weight": {
		-0.0142511692247, 1.41783908551, 0.119037868049,
	},
	"iter2/grad/G/conv_blocks.0.bias": {
		0.0233160577191, 0.393474569224, 0.0447230180227,
	},
	"iter2/grad/G/conv_blocks.2.weight": {20.7473371017, 2107.53166502, -1.29526050386},
	"iter2/grad/G/conv_blocks.2.bias": {
		-8.18320700091e-09, 4.30263554563e-07, -1.53459665292e-08,
	},
	"iter2/grad/G/conv_blocks.3.weight": {
		-0.00699059321778, 1.14397857376, 0.00952380260154,
	},
	"iter2/grad/G/conv_blocks.3.bias":   {0.0308061623946, 0.72599039803, 0.0517584277198},
	"iter2/grad/G/conv_blocks.6.weight": {3.82770693036, 1357.0756965, -2.98964827278},
	"iter2/grad/G/conv_blocks.6.bias": {
		1.86253799939e-07, 8.18554070747e-07, 1.9147608552e-07,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		-0.0669419311744, 0.817075503553, 0.0238477668108,
	},
	"iter2/grad/G/conv_blocks.7.bias": {
		-0.0293726154778, 0.715924757504, 0.0761395269423,
	},
	"iter2/grad/G/conv_blocks.9.weight": {53.3802055419, 141.233818039, 0.229315870486},
	"iter2/grad/G/conv_blocks.9.bias": {
		0.260027335957, 0.309551296756, -0.0740266025295,
	},
	"iter2/grad/D/model.0.weight":  {1.77167029562, 5.53838348691, 0.0383593612099},
	"iter2/grad/D/model.0.bias":    {0.164738316089, 0.289022371173, -0.0457105114448},
	"iter2/grad/D/model.3.weight":  {0.379303054302, 19.0443268279, -0.303607752777},
	"iter2/grad/D/model.3.bias":    {0.050668079406, 0.639749351889, -0.300535677537},
	"iter2/grad/D/model.6.weight":  {-0.00753126479685, 0.151157027576, 0.0288605524785},
	"iter2/grad/D/model.6.bias":    {-0.0299163536401, 0.102430854342, 0.00653328573826},
	"iter2/grad/D/model.7.weight":  {-0.18257571588, 30.065754684, -0.318229540744},
	"iter2/grad/D/model.7.bias":    {-0.0717873589019, 0.163500527211, -0.0460892741899},
	"iter2/grad/D/model.10.weight": {0.00388061907142, 0.124878085684, 0.0451555610066},
	"iter2/grad/D/model.10.bias": {
		-0.00939659605501, 0.0440932282363, -0.00471532303567,
	},
	"iter2/grad/D/model.11.weight":    {0.00116759817683, 21.0977600231, 0.0222995671296},
	"iter2/grad/D/model.11.bias":      {0.0437511140772, 0.126504025509, -0.00606963195597},
	"iter2/grad/D/model.14.weight":    {0.0929224290885, 0.143180254148, 0.0236317429061},
	"iter2/grad/D/model.14.bias":      {0.0497889183462, 0.188471147791, 0.00354200483949},
	"iter2/grad/D/adv_layer.0.weight": {0.233853887767, 1.10400884971, -0.210999311007},
	"iter2/grad/D/adv_layer.0.bias":   {0.0465879738331, 0.0465879738331, 0.0465879738331},
	"iter3/loss":                      {0.733966827393, 0.646421551704},
	"iter3/d_out":                     {0.550776541233, 0.551234722137},
	"iter3/G/l1.0.weight": {
		-32.8496023868, 13045.1603521, 0.0434073849268, 62.6402889564, -0.14351514642,
	},
	"iter3/G/l1.0.bias": {
		4.0702125532, 132.064101416, -0.00951186611928, 0.613770725868, 0.00165471320494,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.641797006, 128.641797006, 0.00227928161621, 0.03948533535, -0.00436403209624,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.320364284911, 8.02535178582, 0.000719349132851, 0.0432896350976, -0.0002519458764,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		0.102750358201, 0.855764844426, 0.102750358201, 0.855764844426, 0.0737075372936,
	},
	"iter3/G/conv_blocks.0.running_var": {
		101.972660363, 101.972660363, -26.0273396373, 27.0501770377, -0.412697275522,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		7.86406328344, 2767.51973451, -0.0275733388123, 45.1284511528, 0.0330680442092,
	},
	"iter3/G/conv_blocks.2.bias": {
		-0.122623795614, 2.38135618248, 0.000219511828618, 0.011347642605, -0.000971872835981,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.964507282, 128.964507282, 0.00175195932388, 0.0376344323158, 0.00195515833852,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.872651571117, 8.07691112376, -0.00336832995526, 0.0432392980438, 0.00177543625461,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		-0.0586066305987, 1.40527090087, -0.0586066305987, 1.40527090087, -0.129775801286,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.313065112, 108.313065112, -19.6869348884, 19.6869348884, -0.307163942166,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-2.94900393358, 1383.56166198, 0.268535819512, 22.1161412686, 0.0216140764945,
	},
	"iter3/G/conv_blocks.6.bias": {
		0.371149235114, 1.25214093731, -0.00334679574007, 0.0104120270698, -0.00146508789691,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.94735533, 63.94735533, -0.00175487995148, 0.0181556940079, 0.000521179428847,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.18488431018, 4.19046082016, 0.00519961956888, 0.0193226709962, -1.33434715677e-05,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.1411612886, 3.09804200241, -0.1411612886, 3.09804200241, 0.24181026187,
	},
	"iter3/G/conv_blocks.7.running_var": {
		50.1661495566, 50.1661495566, -13.8338504434, 13.8338504434, -0.235102349412,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		0.741986489258, 46.4015729652, -0.0416018907708, 0.530231007811, 0.00354421795201,
	},
	"iter3/G/conv_blocks.9.bias": {
		-0.100947428495, 0.100947428495, -0.00020357593894, 0.000920314341784, 0.000225333562163,
	},
	"iter3/D/model.0.weight": {
		-0.942586760852, 26.326826203, -0.0253972075297, 0.15467381588, -0.00533576520727,
	},
	"iter3/D/model.0.bias": {
		-0.511775240302, 1.24576978385, -0.00251923501492, 0.00566907227039, -0.000220972394561,
	},
	"iter3/D/model.3.weight": {
		-5.10659884519, 87.0560639552, -0.04413193246, 0.848438956047, 0.00177110748197,
	},
	"iter3/D/model.3.bias": {
		0.235350777395, 1.20234396029, -5.0890725106e-05, 0.0112629435025, 0.00103458257848,
	},
	"iter3/D/model.6.weight": {
		15.779584229, 15.779584229, 0.00270396471024, 0.0112335085869, -0.0035320878623,
	},
	"iter3/D/model.6.bias": {
		-0.0618827939034, 0.863420784473, 0.00257639307529, 0.0118488697335, -0.00182763339235,
	},
	"iter3/D/model.6.running_mean": {
		0.439414668712, 0.57975937787, 0.439414668712, 0.57975937787, 0.0999219202768,
	},
	"iter3/D/model.6.running_var": {
		6.27298474312, 6.27298474312, -9.72701525688, 9.72701525688, -0.434375156163,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		5.60696099998, 120.958086264, 0.014617944843, 1.74921322706, -0.0401739897276,
	},
	"iter3/D/model.7.bias": {
		-0.033220410347, 0.706986386329, 0.0018754163757, 0.0145289087668, 0.00186301602617,
	},
	"iter3/D/model.10.weight": {
		15.7165409923, 15.7165409923, -0.00240904092789, 0.0119522213936, -0.00216592090197,
	},
	"iter3/D/model.10.bias": {
		0.286194777116, 1.13136927225, 0.00117050297558, 0.0113600399345, 0.00355206524343,
	},
	"iter3/D/model.10.running_mean": {
		1.76204954274, 1.76204954274, 1.76204954274, 1.76204954274, -0.0299228791734,
	},
	"iter3/D/model.10.running_var": {
		7.57564434409, 7.57564434409, -8.42435565591, 8.42435565591, -0.423970213503,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-4.8958705794, 242.079158411, 0.0353959268123, 1.63304765608, -0.0231644736144,
	},
	"iter3/D/model.11.bias": {
		-0.243620608468, 1.39809523383, -0.00177539046854, 0.0187073233537, -0.00227958394323,
	},
	"iter3/D/model.14.weight": {
		32.1765405536, 32.1765405536, -0.014068543911, 0.0263134837151, 0.000936732917885,
	},
	"iter3/D/model.14.bias": {
		0.49766583927, 1.89314415678, -0.0096907261759, 0.038785988465, 0.000330112871698,
	},
	"iter3/D/model.14.running_mean": {
		3.13754775515, 3.14013435179, 3.13754775515, 3.14013435179, 0.0944821558367,
	},
	"iter3/D/model.14.running_var": {
		14.1806181073, 14.1806181073, -17.8193818927, 17.8193818927, -0.233693620753,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/adv_layer.0.weight": {
		1.06435294449, 4.03593106568, -0.00835472345352, 0.0258392095566, 0.00350754381598,
	},
	"iter3/D/adv_layer.0.bias": {
		0.1311185956, 0.1311185956, -0.00121231377125, 0.00121231377125, -0.00121231377125,
	},
	"iter3/grad/G/l1.0.weight": {0.110942398877, 682.935947606, 0.171948485074},
	"iter3/grad/G/l1.0.bias":   {-8.78480932442e-09, 8.90652203476, -0.135157918372},
	"iter3/grad/G/conv_blocks.0.weight": {
		-0.010385282214, 1.11698788762, 0.0797908785419,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		0.0106446990249, 0.303124605867, -0.0158896258298,
	},
	"iter3/grad/G/conv_blocks.2.weight": {8.32709681645, 1676.24474287, 0.752448088105},
	"iter3/grad/G/conv_blocks.2.bias": {
		-5.86646820011e-09, 3.46132082996e-07, 1.79909348883e-08,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		-0.00285699191591, 0.93814451644, -0.197786809322,
	},
	"iter3/grad/G/conv_blocks.3.bias": {
		-0.00980238374905, 0.609685215488, -0.0991519006937,
	},
	"iter3/grad/G/conv_blocks.6.weight": {-13.2751051215, 1100.49408248, 1.52777726453},
	"iter3/grad/G/conv_blocks.6.bias": {
		1.15576582971e-07, 6.48474966169e-07, -5.53364642772e-08,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		-0.0871334600961, 0.668460413639, 0.0754176233549,
	},
	"iter3/grad/G/conv_blocks.7.bias": {
		-0.153887204622, 0.585833276069, 0.0751967512541,
	},
	"iter3/grad/G/conv_blocks.9.weight": {22.6069701261, 116.531518566, -0.396178107738},
	"iter3/grad/G/conv_blocks.9.bias": {
		0.142322575673, 0.270985459909, -0.0869387978478,
	},
	"iter3/grad/D/model.0.weight":     {0.484976113075, 4.63455787115, -0.0225894768428},
	"iter3/grad/D/model.0.bias":       {-0.101024727337, 0.131556282751, -0.0143444592704},
	"iter3/grad/D/model.3.weight":     {0.712651965267, 14.5181238876, 0.141096263938},
	"iter3/grad/D/model.3.bias":       {0.105252668262, 0.400853687897, -0.0188190645749},
	"iter3/grad/D/model.6.weight":     {0.00115125818411, 0.0819266694016, 0.00691000710895},
	"iter3/grad/D/model.6.bias":       {0.019821379683, 0.049954926013, 0.00789330391772},
	"iter3/grad/D/model.7.weight":     {0.0768734625999, 25.142042258, -0.0743890838355},
	"iter3/grad/D/model.7.bias":       {0.0134894705261, 0.0557838708046, 0.00675368128232},
	"iter3/grad/D/model.10.weight":    {0.00301386625506, 0.0929381928872, 0.0236075131641},
	"iter3/grad/D/model.10.bias":      {0.00125600624597, 0.0396122369566, -0.0114393700664},
	"iter3/grad/D/model.11.weight":    {-0.283150362102, 17.2088203757, 0.022433325215},
	"iter3/grad/D/model.11.bias":      {-0.00345973638468, 0.103771569586, 0.0150266855244},
	"iter3/grad/D/model.14.weight":    {0.0642917984806, 0.0996243140253, -0.0175425595251},
	"iter3/grad/D/model.14.bias":      {0.0544191701338, 0.206085381098, 0.00397917594773},
	"iter3/grad/D/adv_layer.0.weight": {0.388879436068, 0.791494523175, -0.116764865742},
	"iter3/grad/D/adv_layer.0.bias":   {0.0510056465864, 0.0510056465864, 0.0510056465864},
}

var katDCPlusCond = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-43.3410823604, 13425.3883144, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {3.96257877378, 128.288828662, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {7.89163662225, 2767.34229643, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {-0.122843307443, 2.38065040606, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.21753975309, 1383.52287015, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {0.374496030854, 1.25620472431, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {0.783588380029, 46.39519658, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {-0.100743852556, 0.100743852556, 0, 0, 0},
	"iter0/G/label_emb.weight":                  {-5.0582858026, 17.4267698228, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-0.917189553322, 26.313925784, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.509256005287, 1.24405875802, 0, 0, 0},
	"iter0/D/model.3.weight":                    {-5.06246691273, 87.0091368488, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.23540166812, 1.20276961522, 0, 0, 0},
	"iter0/D/model.6.weight":                    {15.7768802643, 15.7768802643, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.0644591869786, 0.861471419223, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {16, 16, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {5.59234305514, 120.922683089, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.0350958267227, 0.708019870333, 0, 0, 0},
	"iter0/D/model.10.weight":                   {15.7189500332, 15.7189500332, 0, 0, 0},
	"iter0/D/model.10.bias":                     {0.285024274141, 1.12558387592, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {16, 16, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-4.93126650622, 242.082702693, 0, 0, 0},
	"iter0/D/model.11.bias":                     {-0.241845217999, 1.39722217526, 0, 0, 0},
	"iter0/D/model.14.weight":                   {32.1906090975, 32.1906090975, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.507356565446, 1.90526176803, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {32, 32, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/linear.weight":                     {1.07270766795, 4.04948934913, 0, 0, 0},
	"iter0/D/linear.bias":                       {0.132330909371, 0.132330909371, 0, 0, 0},
	"iter0/D/embed.weight":                      {0.812199245906, 13.7423233648, 0, 0, 0},
	"iter1/loss":                                {0.891251921654, 0.50438272953},
	"iter1/d_out":                               {0.524097621441, 0.62120705843},
	"iter1/fakes": {
		-0.011211373, 0.46626377, 0.16612695, 0.31622842, 0.6569661, -0.052940298, -0.27783045,
		-0.7741778, 0.21004778, 0.030325722, -0.10095574, -0.4274478, 0.7874947, 0.7376692,
		-0.14771013, -0.772247,
	},
	"iter1/G/l1.0.weight": {
		-43.4166535328, 13425.3985309, -0.0755711724224, 43.4168486936, -0.122015136808,
	},
	"iter1/G/l1.0.bias": {
		3.96417673204, 128.27971654, 0.00159795826039, 0.409595197088, -0.00718724652996,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.639917552, 128.639917552, 0.000399827957153, 0.0256006717682, 0.000757712877755,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.321644936106, 8.01951960719, 0.00200000032783, 0.0255997725762, -0.000405880683053,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		0.0725000863004, 0.4767342143, 0.0725000863004, 0.4767342143, -0.0101435748201,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.392661333, 118.392661333, -9.60733866692, 9.60733866692, -0.121799647476,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		8.01443826743, 2767.35697693, 0.122801645175, 29.4910851788, 0.0035374306463,
	},
	"iter1/G/conv_blocks.2.bias": {
		-0.122484403568, 2.38075563471, 0.000358903875167, 0.00780056589429, -0.000414200782993,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.960755467, 128.960755467, -0.0019998550415, 0.0256009101868, -0.00126298006187,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.87168316904, 8.06658351852, -0.00239992787829, 0.0255999484216, 0.000361200971073,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		-0.0644099965866, 0.540563705261, -0.0644099965866, 0.540563705261, -0.0644498613197,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.689388871, 120.689388871, -7.31061112881, 7.31061112881, -0.0679658125574,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.20670625638, 1383.48634714, 0.0108334967121, 14.7455231047, 0.0236024074153,
	},
	"iter1/G/conv_blocks.6.bias": {
		0.372934831597, 1.25642282987, -0.00156119925668, 0.0073955761618, -0.000561258889142,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9475115538, 63.9475115538, -0.00159865617752, 0.0127989649773, -0.0014619897212,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.19168395107, 4.19343304564, -0.00160002132179, 0.0128000400146, -0.000750873595142,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.0452308283348, 1.12963475717, -0.0452308283348, 1.12963475717, 0.0867871996938,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.8892536163, 58.8892536163, -5.11074638367, 5.11074638367, -0.0996141002068,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		0.696788507128, 46.3923480885, -0.0867998729009, 0.345599367873, -0.00199912362079,
	},
	"iter1/G/conv_blocks.9.bias": {
		-0.101343851537, 0.101343851537, -0.000599998980761, 0.000599998980761, -0.000224830711936,
	},
	"iter1/G/label_emb.weight": {
		-5.05708596855, 17.4251699671, 0.00119983404875, 0.00479953736067, -0.000179062133273,
	},
	"iter1/D/model.0.weight": {
		-0.915589400858, 26.3083257091, 0.00160015246365, 0.0864005144686, 0.00138919252132,
	},
	"iter1/D/model.0.bias": {
		-0.508456006646, 1.24325875938, 0.000799998641014, 0.00320003926754, 0.00045505012135,
	},
	"iter1/D/model.3.weight": {
		-5.06566693855, 87.0081652067, -0.00320002582157, 0.460799134162, 0.00645691256207,
	},
	"iter1/D/model.3.bias": {
		0.234601669014, 1.20196961612, -0.000799999106675, 0.00639998959377, -0.000241266108678,
	},
	"iter1/D/model.6.weight": {
		15.7760803699, 15.7760803699, -0.000799894332886, 0.00639975070953, -0.00145272684725,
	},
	"iter1/D/model.6.bias": {
		-0.0620591910556, 0.859871421941, 0.00239999592304, 0.00639997422695, 0.00131061148676,
	},
	"iter1/D/model.6.running_mean": {
		0.203637813975, 0.263578317885, 0.203637813975, 0.263578317885, 0.0442534428577,
	},
	"iter1/D/model.6.running_var": {
		11.6984630227, 11.6984630227, -4.30153697729, 4.30153697729, -0.191880218213,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		5.56594354066, 120.912252514, -0.0263995144841, 0.921597653977, 0.0146040784223,
	},
	"iter1/D/model.7.bias": {
		-0.0350958188064, 0.708019863348, 7.91624188423e-09, 0.00639998214319, -0.000308087305688,
	},
	"iter1/D/model.10.weight": {
		15.7197500467, 15.7197500467, 0.000800013542175, 0.00639975070953, -0.000812768325813,
	},
	"iter1/D/model.10.bias": {
		0.287424262613, 1.12638388202, 0.00239998847246, 0.00639998167753, -0.00105463186743,
	},
	"iter1/D/model.10.running_mean": {
		0.673786927946, 0.673786927946, 0.673786927946, 0.673786927946, 0.057372155834,
	},
	"iter1/D/model.10.running_var": {
		12.2456464767, 12.2456464767, -3.75435352325, 3.75435352325, -0.130501403601,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-4.95526675046, 242.104124391, -0.0240002442424, 0.819197640549, 0.0092367731069,
	},
	"iter1/D/model.11.bias": {
		-0.238645211095, 1.39722215966, 0.00320000690408, 0.0127999626566, 0.00164562826062,
	},
	"iter1/D/model.14.weight": {
		32.1858095527, 32.1858095527, -0.00479954481125, 0.0127993226051, -0.000291886705704,
	},
	"iter1/D/model.14.bias": {
		0.504156568553, 1.90126177901, -0.00319999689236, 0.0127999740653, -0.000813476272878,
	},
	"iter1/D/model.14.running_mean": {
		1.3455720467, 1.35543379397, 1.3455720467, 1.35543379397, -0.0632133736991,
	},
	"iter1/D/model.14.running_var": {
		24.1646652818, 24.1646652818, -7.83533471823, 7.83533471823, -0.226351075683,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/linear.weight": {
		1.0727076605, 4.04628928751, -7.45058059692e-09, 0.0128000900149, 0.00220885511868,
	},
	"iter1/D/linear.bias": {
		0.1319309026, 0.1319309026, -0.000400006771088, 0.000400006771088, -0.000400006771088,
	},
	"iter1/D/embed.weight": {
		0.814599252102, 13.7335232753, 0.00240000619669, 0.0512003090407, 0.000824179929574,
	},
	"iter1/grad/G/l1.0.weight": {0.50604526744, 1206.99512018, 5.58693472398},
	"iter1/grad/G/l1.0.bias":   {-5.78093022341e-08, 14.9744556586, 0.353938143287},
	"iter1/grad/G/conv_blocks.0.weight": {
		-0.00918548819755, 1.71127809905, -0.151129223215,
	},
	"iter1/grad/G/conv_blocks.0.bias": {
		-0.0581636738498, 0.637206317624, 0.0385432208878,
	},
	"iter1/grad/G/conv_blocks.2.weight": {-10.5524185274, 3262.80335111, -3.43924862396},
	"iter1/grad/G/conv_blocks.2.bias": {
		-9.11336428544e-09, 6.81269966663e-07, 5.75074448735e-08,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		0.0158162549487, 2.0163060301, 0.0277881931807,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		-0.0566016840166, 1.15993264673, -0.00987644911267,
	},
	"iter1/grad/G/conv_blocks.6.weight": {-12.5118821373, 2140.66763096, 0.402549913668},
	"iter1/grad/G/conv_blocks.6.bias": {
		2.97090082313e-07, 1.31852902996e-06, 1.15547450008e-07,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		0.0463947903211, 1.16804544443, 0.170172365347,
	},
	"iter1/grad/G/conv_blocks.7.bias": {0.0943587220972, 1.15668485628, 0.011215990337},
	"iter1/grad/G/conv_blocks.9.weight": {
		90.8490226154, 217.956177316, -0.0538674948916,
	},
	"iter1/grad/G/conv_blocks.9.bias": {0.562640570104, 0.562640570104, 0.119035218791},
	"iter1/grad/G/label_emb.weight":   {-0.0432689101435, 0.309254316147, 0.0189563983303},
	"iter1/grad/D/model.0.weight":     {-1.87232579896, 14.7689897134, -0.455783675933},
	"iter1/grad/D/model.0.bias":       {0.0230892151594, 0.674676470459, 0.0138228727867},
	"iter1/grad/D/model.3.weight":     {-0.763417854556, 56.4357498082, -1.65236791138},
	"iter1/grad/D/model.3.bias":       {-0.265011645854, 1.24019208178, -0.179306951411},
	"iter1/grad/D/model.6.weight":     {-0.0112088948954, 0.379010705976, 0.196632460845},
	"iter1/grad/D/model.6.bias":       {-0.0745331620565, 0.157526348368, -0.0426963238776},
	"iter1/grad/D/model.7.weight":     {1.43444913099, 91.5079348588, -1.39680085404},
	"iter1/grad/D/model.7.bias":       {-0.0682012643665, 0.274669591337, -0.065098699744},
	"iter1/grad/D/model.10.weight":    {-0.0186551236548, 0.365914837923, -0.0133418031469},
	"iter1/grad/D/model.10.bias":      {-0.00932620675303, 0.169883384602, -0.00542241074414},
	"iter1/grad/D/model.11.weight":    {2.42051751804, 63.6863076494, -0.369457828502},
	"iter1/grad/D/model.11.bias":      {-0.15730196907, 0.373409915774, -0.0552762052232},
	"iter1/grad/D/model.14.weight":    {0.25550528965, 0.430585385067, 0.0104106747022},
	"iter1/grad/D/model.14.bias":      {0.1193366074, 0.357129164506, 0.0245056664246},
	"iter1/grad/D/linear.weight":      {-0.0613418980502, 1.14492984815, -0.202881504298},
	"iter1/grad/D/linear.bias":        {0.0726523697376, 0.0726523697376, 0.0726523697376},
	"iter1/grad/D/embed.weight":       {-0.0613419450819, 7.09893316403, 0.055665203178},
	"iter2/loss":                      {0.780877232552, 0.654692709446},
	"iter2/d_out":                     {0.553864181042, 0.557090044022},
	"iter2/G/l1.0.weight": {
		-43.5114101444, 13425.4113048, -0.17032778405, 55.7858246681, -0.12872186342,
	},
	"iter2/G/l1.0.bias": {
		3.96099967902, 128.280900876, -0.0015790947582, 0.529027878285, -0.00478057812467,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.639967501, 128.639967501, 0.000449776649475, 0.0313326120377, -9.86896255614e-05,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.321075748536, 8.01570816629, 0.00143081275746, 0.0353377948049, 0.00153119499355,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		0.128871938825, 0.746266123577, 0.128871938825, 0.746266123577, -0.0203872690752,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.930321217, 109.930321217, -18.0696787834, 18.0696787834, -0.221022699198,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		8.03178118437, 2767.37053025, 0.140144562119, 38.1308988029, -0.0123861942902,
	},
	"iter2/G/conv_blocks.2.bias": {
		-0.12254335203, 2.38169521869, 0.000299955412629, 0.0118874746695, -0.000427602969969,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.960316002, 128.960316002, -0.00243932008743, 0.0319237112999, -0.00273328423225,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.871129169391, 8.06847630322, -0.00184592822916, 0.0297101916804, -0.00190860982178,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		-0.0911753968103, 0.998560378212, -0.0911753968103, 0.998560378212, -0.0963386063044,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.118371069, 114.118371069, -13.8816289306, 13.8816289306, -0.169906122668,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-3.05287243404, 1383.52660979, 0.164667319055, 19.1790541866, -0.00599293387888,
	},
	"iter2/G/conv_blocks.6.bias": {
		0.370725649511, 1.25615230981, -0.0037703813432, 0.0105941799848, -0.000480110716953,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.9470843673, 63.9470843673, -0.00202584266663, 0.0177125930786, -0.0017099926549,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.1931011047, 4.19276440179, -0.00301717495313, 0.0189505176968, -0.00209286656575,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.0952689190453, 2.15476315832, -0.0952689190453, 2.15476315832, 0.159571066546,
	},
	"iter2/G/conv_blocks.7.running_var": {
		54.2921816707, 54.2921816707, -9.70781832933, 9.70781832933, -0.164517016741,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		0.636235411861, 46.4006144698, -0.147352968168, 0.470120053797, -0.00012254395704,
	},
	"iter2/G/conv_blocks.9.bias": {
		-0.101604955271, 0.101604955271, -0.000861102715135, 0.000861102715135, -0.000317287352321,
	},
	"iter2/G/label_emb.weight": {
		-5.05725044757, 17.4250044152, 0.00103535503149, 0.00704842060804, -0.000194530594824,
	},
	"iter2/D/model.0.weight": {
		-0.916947442573, 26.306799667, 0.000242110749241, 0.132557368663, 0.00377669866137,
	},
	"iter2/D/model.0.bias": {
		-0.508486315608, 1.24218957126, 0.000769689679146, 0.00436715781689, 0.000445341094512,
	},
	"iter2/D/model.3.weight": {
		-5.08115632465, 87.0106515198, -0.0186894119252, 0.68421658501, 0.020667048954,
	},
	"iter2/D/model.3.bias": {
		0.23425523378, 1.20130736567, -0.00114643434063, 0.00809688912705, -0.000901731197158,
	},
	"iter2/D/model.6.weight": {
		15.7756836414, 15.7756836414, -0.00119662284851, 0.00934195518494, -0.00240206493424,
	},
	"iter2/D/model.6.bias": {
		-0.0622940175235, 0.860338877887, 0.00216516945511, 0.00852645654231, 0.00183450135626,
	},
	"iter2/D/model.6.running_mean": {
		0.349858651869, 0.452984941192, 0.349858651869, 0.452984941192, 0.083112364509,
	},
	"iter2/D/model.6.running_var": {
		8.56313407421, 8.56313407421, -7.43686592579, 7.43686592579, -0.330547146139,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		5.55642373634, 120.926156088, -0.0359193187969, 1.38401654213, 0.0163826667508,
	},
	"iter2/D/model.7.bias": {
		-0.0349913211539, 0.706427107565, 0.000104505568743, 0.00844605453312, 0.000981451387921,
	},
	"iter2/D/model.10.weight": {
		15.7197884917, 15.7197884917, 0.000838458538055, 0.0108570456505, -0.00176224398909,
	},
	"iter2/D/model.10.bias": {
		0.287409393117, 1.12598397024, 0.00238511897624, 0.00952090509236, 6.30887120261e-05,
	},
	"iter2/D/model.10.running_mean": {
		1.18159325048, 1.18159325048, 1.18159325048, 1.18159325048, 0.103456181401,
	},
	"iter2/D/model.10.running_var": {
		9.49867111444, 9.49867111444, -6.50132888556, 6.50132888556, -0.21376316546,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-4.98563664776, 242.114104279, -0.0543701415427, 1.20876709946, 0.017480953786,
	},
	"iter2/D/model.11.bias": {
		-0.234925759491, 1.39824298443, 0.00691945850849, 0.0182492244057, 0.000715150221669,
	},
	"iter2/D/model.14.weight": {
		32.1813341975, 32.1813341975, -0.00927489995956, 0.0216357111931, -5.8110965919e-05,
	},
	"iter2/D/model.14.bias": {
		0.503055705223, 1.89981502807, -0.00430086022243, 0.0231960830279, -0.000913309286101,
	},
	"iter2/D/model.14.running_mean": {
		2.28506458526, 2.28999081651, 2.28506458526, 2.28999081651, 0.0516226829217,
	},
	"iter2/D/model.14.running_var": {
		18.3330973387, 18.3330973387, -13.6669026613, 13.6669026613, -0.25697755976,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/linear.weight": {
		1.07093534246, 4.04148026928, -0.00177232548594, 0.0203678794205, 0.00400097102715,
	},
	"iter2/D/linear.bias": {
		0.131552144885, 0.131552144885, -0.000778764486313, 0.000778764486313, -0.000778764486313,
	},
	"iter2/D/embed.weight": {
		0.814835387515, 13.7299292178, 0.0026361416094, 0.0791727984324, 0.00233993823485,
	},
	"iter2/grad/G/l1.0.weight": {4.05062594885, 1447.86777929, -3.87292303929},
	"iter2/grad/G/l1.0.bias":   {-8.11633071862e-08, 16.7271399889, -0.143045880962},
	"iter2/grad/G/conv_blocks.0.weight": {
		-0.018864226935, 2.32880596392, 0.213774540572,
	},
	"iter2/grad/G/conv_blocks.0.bias": {
		4.15493850596e-05, 0.87706940918, -0.0996051630439,
	},
	"iter2/grad/G/conv_blocks.2.weight": {4.31442256078, 3877.90406128, 8.92711767579},
	"iter2/grad/G/conv_blocks.2.bias": {
		2.48301148531e-08, 9.51715264819e-07, 9.24076021945e-09,
	},
	"iter2/grad/G/conv_blocks.3.weight": {0.0137032716457, 2.27540538866, 0.11144758085},
	"iter2/grad/G/conv_blocks.3.bias":   {-0.0593532033963, 1.46797248104, 0.197509622682},
	"iter2/grad/G/conv_blocks.6.weight": {-45.8212183985, 2583.64073287, 5.09394484607},
	"iter2/grad/G/conv_blocks.6.bias": {
		6.83052803652e-07, 1.52034363055e-06, -2.04024635118e-07,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		0.0540884526563, 1.51712107641, -0.0848081163424,
	},
	"iter2/grad/G/conv_blocks.7.bias":   {0.134325053892, 1.3601530717, 0.0678718844957},
	"iter2/grad/G/conv_blocks.9.weight": {59.6687912572, 252.154319187, -0.823380861838},
	"iter2/grad/G/conv_blocks.9.bias":   {0.376562967896, 0.51730223, 0.260509369084},
	"iter2/grad/G/label_emb.weight":     {0.130366786383, 0.295356453396, 0.00312454147024},
	"iter2/grad/D/model.0.weight":       {1.99583200458, 14.7619054401, -0.213472877127},
	"iter2/grad/D/model.0.bias":         {-0.166591978632, 0.763800139539, -0.0602348790376},
	"iter2/grad/D/model.3.weight":       {4.78187126128, 52.6964776384, -2.46247798889},
	"iter2/grad/D/model.3.bias":         {0.429629972205, 1.78087769635, -0.00615980621467},
	"iter2/grad/D/model.6.weight":       {-0.00977690983564, 0.368541109376, 0.0343666114038},
	"iter2/grad/D/model.6.bias":         {0.0321678228211, 0.171701999614, 0.0179135184943},
	"iter2/grad/D/model.7.weight":       {2.19418189151, 94.4439813137, -1.6462185095},
	"iter2/grad/D/model.7.bias":         {-0.0153226226103, 0.277797342045, -0.0769550555207},
	"iter2/grad/D/model.10.weight": {
		4.84404154122e-05, 0.422496135812, -0.0236296592636,
	},
	"iter2/grad/D/model.10.bias":   {0.0357877595816, 0.16543645109, -0.0491263214454},
	"iter2/grad/D/model.11.weight": {2.86119417694, 62.2739930177, -0.486984125385},
	"iter2/grad/D/model.11.bias":   {-0.128001756035, 0.351636281237, 0.0834651779797},
	"iter2/grad/D/model.14.weight": {0.157267462229, 0.377626332687, -0.0206289636511},
	"iter2/grad/D/model.14.bias":   {0.0663657311816, 0.309681200655, 0.00517066617958},
	"iter2/grad/D/linear.weight":   {0.113560387865, 1.34579315782, -0.224406269754},
	"iter2/grad/D/linear.bias":     {0.0554771274328, 0.0554771274328, 0.0554771274328},
	"iter2/grad/D/embed.weight":    {0.113560320809, 6.48193212226, -0.237822407126},
	"iter3/loss":                   {0.673461914062, 0.806107521057},
	"iter3/d_out":                  {0.581595718861, 0.4931024611},
	"iter3/G/l1.0.weight": {
		-43.5052506963, 13425.4708587, -0.164168335937, 67.482701209, -0.111661142611,
	},
	"iter3/G/l1.0.bias": {
		3.95557731016, 128.27676716, -0.00700146362215, 0.633249562779, 0.00255448177878,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.640251756, 128.640251756, 0.000734031200409, 0.03747600317, 2.74373338607e-05,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.321094214218, 8.01481376705, 0.0014492784394, 0.0451055933954, 0.00175553920178,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		0.127998463344, 0.927375994623, 0.127998463344, 0.927375994623, 0.0231629388672,
	},
	"iter3/G/conv_blocks.0.running_var": {
		102.122299075, 102.122299075, -25.8777009249, 25.8777009249, -0.374545307788,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		8.08945703882, 2767.41128399, 0.197820416571, 46.1933825436, 0.00582577613037,
	},
	"iter3/G/conv_blocks.2.bias": {
		-0.122503770703, 2.38166292203, 0.000339536740285, 0.0155716964964, -0.000601242334844,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.959637821, 128.959637821, -0.00311750173569, 0.0405934453011, -0.00277292841721,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.869845687761, 8.07119129004, -0.000562446599361, 0.0357550609042, -0.00222505736528,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		-0.094864660874, 1.3990666687, -0.094864660874, 1.3990666687, -0.125930107794,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.118157327, 108.118157327, -19.8818426728, 19.8818426728, -0.260089450419,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-3.03621248953, 1383.5711875, 0.181327263565, 23.4230831274, -0.0141540016674,
	},
	"iter3/G/conv_blocks.6.bias": {
		0.368808661522, 1.25423129735, -0.00568736933201, 0.0136469326171, 0.000145316056004,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9472052455, 63.9472052455, -0.00190496444702, 0.0215280056, -0.00263122425417,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.19342551171, 4.1928899216, -0.00334158196347, 0.0211963565671, -0.00180439633543,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.142352694646, 3.07820214145, -0.142352694646, 3.07820214145, 0.221765364735,
	},
	"iter3/G/conv_blocks.7.running_var": {
		50.163354218, 50.163354218, -13.836645782, 13.836645782, -0.246501565244,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		0.669149299967, 46.4067764555, -0.114439080062, 0.566222513109, -0.001302951104,
	},
	"iter3/G/conv_blocks.9.bias": {
		-0.101417543367, 0.101417543367, -0.0006736908108, 0.000879855826497, -0.000312002915771,
	},
	"iter3/G/label_emb.weight": {
		-5.05703753233, 17.4245943427, 0.00124827027321, 0.00842747092247, 4.94995572245e-07,
	},
	"iter3/D/model.0.weight": {
		-0.91125406092, 26.30443851, 0.00593549240148, 0.179866788036, 0.00652003289126,
	},
	"iter3/D/model.0.bias": {
		-0.509246662259, 1.24149300158, 9.34302806854e-06, 0.00502987205982, 0.00043794793498,
	},
	"iter3/D/model.3.weight": {
		-5.09313364816, 87.0125695087, -0.0306667354307, 0.891288724088, 0.034092344098,
	},
	"iter3/D/model.3.bias": {
		0.232526058797, 1.20083228732, -0.00287560932338, 0.0103239715099, -0.000985442252897,
	},
	"iter3/D/model.6.weight": {
		15.7748157382, 15.7748157382, -0.00206452608109, 0.0125074982643, -0.00336718459543,
	},
	"iter3/D/model.6.bias": {
		-0.0632525980473, 0.860446128994, 0.00120658893138, 0.0108388671651, 0.00232265350881,
	},
	"iter3/D/model.6.running_mean": {
		0.451795722649, 0.587533120357, 0.451795722649, 0.587533120357, 0.101960939983,
	},
	"iter3/D/model.6.running_var": {
		6.27758222818, 6.27758222818, -9.72241777182, 9.72241777182, -0.433037795418,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		5.54183051622, 120.932669388, -0.0505125389217, 1.82093017232, 0.0229492304418,
	},
	"iter3/D/model.7.bias": {
		-0.0341206355952, 0.705126712564, 0.000975191127509, 0.0112035456114, 0.00181532486278,
	},
	"iter3/D/model.10.weight": {
		15.7194686532, 15.7194686532, 0.000518620014191, 0.015716612339, -0.00217155166248,
	},
	"iter3/D/model.10.bias": {
		0.286325233057, 1.12664437108, 0.00130095891654, 0.0122216064483, 0.000664769551034,
	},
	"iter3/D/model.10.running_mean": {
		1.56745770946, 1.56745770946, 1.56745770946, 1.56745770946, 0.11475261356,
	},
	"iter3/D/model.10.running_var": {
		7.48214021325, 7.48214021325, -8.51785978675, 8.51785978675, -0.300882705203,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-5.00722320833, 242.129478906, -0.0759567021141, 1.61231659212, 0.0257041873847,
	},
	"iter3/D/model.11.bias": {
		-0.232027352788, 1.39814980049, 0.00981786521152, 0.0245085600764, 0.00112606754889,
	},
	"iter3/D/model.14.weight": {
		32.17957443, 32.17957443, -0.0110346674919, 0.0277461409569, 0.000747901286951,
	},
	"iter3/D/model.14.bias": {
		0.501867601648, 1.89853698388, -0.00548896379769, 0.0332617554814, -0.00101181424841,
	},
	"iter3/D/model.14.running_mean": {
		3.0050539067, 3.0050539067, 3.0050539067, 3.0050539067, 0.0855548230437,
	},
	"iter3/D/model.14.running_var": {
		14.1948218942, 14.1948218942, -17.8051781058, 17.8051781058, -0.283437225733,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/linear.weight": {
		1.0679853037, 4.03429382294, -0.00472236424685, 0.0276328250766, 0.00466358491617,
	},
	"iter3/D/linear.bias": {
		0.131218314171, 0.131218314171, -0.00111259520054, 0.00111259520054, -0.00111259520054,
	},
	"iter3/D/embed.weight": {
		0.814705986646, 13.7344688763, 0.0025067407405, 0.104604112799, 0.00252969896618,
	},
	"iter3/grad/G/l1.0.weight": {-1.31751027088, 1562.28981241, -2.63869645822},
	"iter3/grad/G/l1.0.bias":   {-2.90747266263e-08, 19.6433506145, -0.717531173044},
	"iter3/grad/G/conv_blocks.0.weight": {
		0.021405476873, 2.69845961305, -0.210102374014,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		-0.0414472323027, 0.715696167375, 0.0381365480109,
	},
	"iter3/grad/G/conv_blocks.2.weight": {-2.20306023588, 4117.79394934, -7.28792549919},
	"iter3/grad/G/conv_blocks.2.bias": {
		-6.31932834949e-08, 9.03958834897e-07, 2.45670955154e-08,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		-0.00656510362296, 2.27702047498, -0.112016599538,
	},
	"iter3/grad/G/conv_blocks.3.bias":   {-0.101322190778, 1.47804153542, -0.10454428336},
	"iter3/grad/G/conv_blocks.6.weight": {15.8458396903, 2633.53725375, -3.57192344803},
	"iter3/grad/G/conv_blocks.6.bias": {
		3.30202794885e-07, 1.76074519231e-06, -2.81688595363e-07,
	},
	"iter3/grad/G/conv_blocks.7.weight": {-0.0170634195674, 1.664889612, 0.194157886591},
	"iter3/grad/G/conv_blocks.7.bias": {
		-0.00394705531653, 1.24499368283, 0.00606737668998,
	},
	"iter3/grad/G/conv_blocks.9.weight": {
		-90.3832837472, 277.622001023, -0.927697635313,
	},
	"iter3/grad/G/conv_blocks.9.bias": {
		-0.523001722991, 0.523001722991, -0.0674977490044,
	},
	"iter3/grad/G/label_emb.weight": {-0.137474780204, 0.356424677419, 0.00400526163623},
	"iter3/grad/D/model.0.weight":   {-1.7321468594, 11.6877089867, -0.738498954919},
	"iter3/grad/D/model.0.bias":     {0.34846531041, 0.517186937854, 0.0207648385393},
	"iter3/grad/D/model.3.weight":   {2.5857467365, 41.2842588823, -1.27447963368},
	"iter3/grad/D/model.3.bias":     {0.508829523809, 1.5958731072, -0.26668240959},
	"iter3/grad/D/model.6.weight":   {-0.0169025750365, 0.294959478313, 0.0513672255468},
	"iter3/grad/D/model.6.bias":     {0.0320296771824, 0.0705804661848, -0.00546632925884},
	"iter3/grad/D/model.7.weight":   {1.07098286407, 74.6460992913, 0.0633781123018},
	"iter3/grad/D/model.7.bias":     {-0.0759401558898, 0.200672743376, -0.0362063757463},
	"iter3/grad/D/model.10.weight": {
		-0.00967233674601, 0.282587049995, -0.0269378197745,
	},
	"iter3/grad/D/model.10.bias":   {0.0395068270154, 0.0997582660057, -0.00102592434567},
	"iter3/grad/D/model.11.weight": {2.00817615559, 54.8652257552, -1.67511175069},
	"iter3/grad/D/model.11.bias":   {-0.0633981668507, 0.249034289562, -0.033666884719},
	"iter3/grad/D/model.14.weight": {0.0451128091663, 0.456947076134, -0.00676749824634},
	"iter3/grad/D/model.14.bias":   {0.0709880208597, 0.21320232423, 0.0145433156168},
	"iter3/grad/D/linear.weight":   {0.43014686089, 1.32082472648, 0.0388780198084},
	"iter3/grad/D/linear.bias":     {0.037349075079, 0.037349075079, 0.037349075079},
	"iter3/grad/D/embed.weight":    {0.430146832485, 6.35551368026, -0.101916984113},
}

var katDCPlusAug = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-32.8930097717, 13045.1168718, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {4.07972441932, 132.081433038, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {7.89163662225, 2767.34229643, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {-0.122843307443, 2.38065040606, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.21753975309, 1383.52287015, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {0.374496030854, 1.25620472431, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {0.783588380029, 46.39519658, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {-0.100743852556, 0.100743852556, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-0.917189553322, 26.313925784, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.509256005287, 1.24405875802, 0, 0, 0},
	"iter0/D/model.3.weight":                    {-5.06246691273, 87.0091368488, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.23540166812, 1.20276961522, 0, 0, 0},
	"iter0/D/model.6.weight":                    {15.7768802643, 15.7768802643, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.0644591869786, 0.861471419223, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {16, 16, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {5.59234305514, 120.922683089, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.0350958267227, 0.708019870333, 0, 0, 0},
	"iter0/D/model.10.weight":                   {15.7189500332, 15.7189500332, 0, 0, 0},
	"iter0/D/model.10.bias":                     {0.285024274141, 1.12558387592, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {16, 16, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-4.93126650622, 242.082702693, 0, 0, 0},
	"iter0/D/model.11.bias":                     {-0.241845217999, 1.39722217526, 0, 0, 0},
	"iter0/D/model.14.weight":                   {32.1906090975, 32.1906090975, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.507356565446, 1.90526176803, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {32, 32, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/adv_layer.0.weight":                {1.07270766795, 4.04948934913, 0, 0, 0},
	"iter0/D/adv_layer.0.bias":                  {0.132330909371, 0.132330909371, 0, 0, 0},
	"iter1/loss":                                {0.838930845261, 0.639077961445},
	"iter1/d_out":                               {0.523005485535, 0.527828037739},
	"iter1/fakes": {
		-0.08542957, -0.7817706, -0.43411213, 0.20596355, 0.13576941, 0.3119053, -0.69527614,
		-0.22641921, 0.472585, 0.30388686, -0.42808697, 0.055781662, 0.38418326, 0.051070426,
		0.17940775, 0.08399441,
	},
	"iter1/G/l1.0.weight": {
		-32.8618457574, 13045.0037997, 0.0311640143175, 40.9578572597, -0.0910753689265,
	},
	"iter1/G/l1.0.bias": {
		4.08692504834, 132.08761584, 0.00720062901382, 0.409592318174, 0.00130303462547,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.641517818, 128.641517818, 0.00200009346008, 0.0256006717682, 0.00149591395228,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.319644882431, 8.0295196049, -5.33473212272e-08, 0.0255992859311, -0.000424023575317,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		0.0721458313214, 0.429854144938, 0.0721458313214, 0.429854144938, 0.0496454939875,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.291166544, 118.291166544, -9.70883345604, 9.98501968384, -0.0376918001867,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		7.81964500995, 2767.38543131, -0.0719916123012, 29.4909081626, -0.0214286344675,
	},
	"iter1/G/conv_blocks.2.bias": {
		-0.123215299718, 2.38048871354, -0.000371992275177, 0.00384811966069, -0.000112561878789,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.960354805, 128.960354805, -0.00240051746368, 0.0256006717682, -0.000883373017613,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.872483078521, 8.06658343958, -0.00319983735972, 0.0255995553016, -0.0015972980056,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		-0.0694326951416, 0.514174955832, -0.0694326951416, 0.514174955832, -0.0344031079358,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.735552609, 120.735552609, -7.26444739103, 7.26444739103, -0.126238254467,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-2.97792170127, 1383.59721036, 0.239618051823, 14.7454964905, -0.0318824509108,
	},
	"iter1/G/conv_blocks.6.bias": {
		0.375038634869, 1.25539089029, 0.000542604015209, 0.00458265200723, 7.91783229299e-05,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9487103224, 63.9487103224, -0.000399887561798, 0.0127999186516, -0.00154051376356,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.19048395962, 4.19863304333, -0.000400029879529, 0.0127999851829, -0.000563544010677,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.052272345034, 1.14048798252, -0.052272345034, 1.14048798252, 0.0879267705796,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.9007286429, 58.9007286429, -5.09927135706, 5.09927135706, -0.0874677162674,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		0.756788393039, 46.3905553695, -0.0267999869902, 0.345599291912, -0.00344714925821,
	},
	"iter1/G/conv_blocks.9.bias": {
		-0.100943852216, 0.100943852216, -0.000199999660254, 0.000599998980761, -0.000391289163786,
	},
	"iter1/D/model.0.weight": {
		-0.9163895401, 26.318725765, 0.000800013222033, 0.086400553264, 0.00499705190978,
	},
	"iter1/D/model.0.bias": {
		-0.509256005287, 1.24405875802, 0, 0.00320002436638, 0.000313108850813,
	},
	"iter1/D/model.3.weight": {
		-5.08082967813, 86.9962025108, -0.0183627654042, 0.460760364396, -0.00529608862227,
	},
	"iter1/D/model.3.bias": {
		0.234601661563, 1.20196960866, -0.000800006557256, 0.00639998307452, 0.000541454803824,
	},
	"iter1/D/model.6.weight": {
		15.7760804892, 15.7760804892, -0.000799775123596, 0.00639963150024, -0.00109044594205,
	},
	"iter1/D/model.6.bias": {
		-0.0644591832533, 0.862271414138, 3.72529029846e-09, 0.00639997795224, -0.00114068091208,
	},
	"iter1/D/model.6.running_mean": {
		0.195616916346, 0.257446813805, 0.195616916346, 0.257446813805, 0.0465338497573,
	},
	"iter1/D/model.6.running_var": {
		11.7028121352, 11.7028121352, -4.29718786478, 4.29718786478, -0.193923801665,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		5.58913941629, 120.963777195, -0.00320363885015, 0.921593028536, 0.00240240206835,
	},
	"iter1/D/model.7.bias": {
		-0.0326958401129, 0.707219862379, 0.00239998660982, 0.00639998074621, 0.000847403699189,
	},
	"iter1/D/model.10.weight": {
		15.7197501659, 15.7197501659, 0.000800132751465, 0.00639975070953, -0.000586116390595,
	},
	"iter1/D/model.10.bias": {
		0.28422421962, 1.12798389047, -0.000800054520369, 0.00639993324876, 0.000457442242486,
	},
	"iter1/D/model.10.running_mean": {
		0.697279554792, 0.697279554792, 0.697279554792, 0.697279554792, 0.0262458551547,
	},
	"iter1/D/model.10.running_var": {
		12.3000193834, 12.3000193834, -3.69998061657, 3.69998061657, -0.130114531004,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-4.94086675852, 242.097753937, -0.00960025230415, 0.819195925038, -0.00342765190565,
	},
	"iter1/D/model.11.bias": {
		-0.242645226186, 1.39482220053, -0.00080000818707, 0.0127999337856, -0.00145157815904,
	},
	"iter1/D/model.14.weight": {
		32.183409512, 32.183409512, -0.00719958543777, 0.0127993226051, -0.000266697796294,
	},
	"iter1/D/model.14.bias": {
		0.504156570416, 1.90126177529, -0.00319999502972, 0.0127999777906, 0.000109415120655,
	},
	"iter1/D/model.14.running_mean": {
		1.22520584799, 1.23096873611, 1.22520584799, 1.23096873611, -0.0114726340033,
	},
	"iter1/D/model.14.running_var": {
		24.0753540397, 24.0753540397, -7.92464596033, 7.92464596033, -0.158572177047,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/adv_layer.0.weight": {
		1.07030764967, 4.0422892794, -0.00240001827478, 0.0128001198173, -0.00026851595205,
	},
	"iter1/D/adv_layer.0.bias": {
		0.1319309026, 0.1319309026, -0.000400006771088, 0.000400006771088, -0.000400006771088,
	},
	"iter1/grad/G/l1.0.weight": {-0.450895711931, 474.372361509, 0.788160242276},
	"iter1/grad/G/l1.0.bias":   {1.38952600537e-08, 7.20111850429, -0.0909396364627},
	"iter1/grad/G/conv_blocks.0.weight": {
		-0.00425294062006, 0.71273280881, 0.00202866663887,
	},
	"iter1/grad/G/conv_blocks.0.bias": {
		-0.0196070883685, 0.246982476339, -0.0132730106483,
	},
	"iter1/grad/G/conv_blocks.2.weight": {6.7692994124, 1216.09027417, 0.770775172677},
	"iter1/grad/G/conv_blocks.2.bias": {
		2.40334259161e-08, 2.47353938221e-07, 1.00511532092e-08,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		-0.00996278152888, 0.57801056913, 0.0544769115565,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		0.0192660366592, 0.416285803396, 0.0315741990263,
	},
	"iter1/grad/G/conv_blocks.6.weight": {
		-12.5959260749, 777.299315882, -0.481885400458,
	},
	"iter1/grad/G/conv_blocks.6.bias": {
		-5.31590060859e-08, 4.2012829482e-07, -2.21277850126e-08,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		0.0193985548976, 0.580691323412, 0.0975451682033,
	},
	"iter1/grad/G/conv_blocks.7.bias": {
		0.0848333560862, 0.515327575849, 0.0402840121309,
	},
	"iter1/grad/G/conv_blocks.9.weight": {7.78864860607, 81.6328334683, -0.383851088441},
	"iter1/grad/G/conv_blocks.9.bias": {
		-0.00625132396817, 0.216628532857, 0.112066115836,
	},
	"iter1/grad/D/model.0.weight":     {0.365754508821, 7.99216330756, -0.587927970782},
	"iter1/grad/D/model.0.bias":       {0.0199555405416, 0.247446158435, -0.0595753442047},
	"iter1/grad/D/model.3.weight":     {2.67666711396, 28.9420816572, 0.539887156869},
	"iter1/grad/D/model.3.bias":       {0.064350402914, 0.618922806345, -0.0858268117589},
	"iter1/grad/D/model.6.weight":     {-0.00610397290438, 0.268730117939, 0.0936938591777},
	"iter1/grad/D/model.6.bias":       {0.000113259768113, 0.112828818848, 0.0377146645725},
	"iter1/grad/D/model.7.weight":     {-0.817344269803, 44.7206885032, 0.0230898215695},
	"iter1/grad/D/model.7.bias":       {-0.0142196796369, 0.130809187191, -0.0138012509599},
	"iter1/grad/D/model.10.weight":    {-0.00645992252976, 0.256011143327, 0.0575983347348},
	"iter1/grad/D/model.10.bias":      {0.0131615898572, 0.049900553422, -0.00515238572463},
	"iter1/grad/D/model.11.weight":    {0.778725619923, 33.3181664784, 0.327525613774},
	"iter1/grad/D/model.11.bias":      {0.010087250761, 0.150851056766, 0.014572980313},
	"iter1/grad/D/model.14.weight":    {0.245168282767, 0.314951216453, 0.0235420588861},
	"iter1/grad/D/model.14.bias":      {0.0272647263482, 0.102924752049, 0.00192916619062},
	"iter1/grad/D/adv_layer.0.weight": {0.799261746928, 2.46250856854, 0.10897367525},
	"iter1/grad/D/adv_layer.0.bias":   {0.0254167020321, 0.0254167020321, 0.0254167020321},
	"iter2/loss":                      {0.755663275719, 0.678971767426},
	"iter2/d_out":                     {0.550799012184, 0.546127915382},
	"iter2/G/l1.0.weight": {
		-32.8286381608, 13045.0538292, 0.0643716108337, 50.2584208985, -0.178998939048,
	},
	"iter2/G/l1.0.bias": {
		4.0944509938, 132.091659746, 0.0147265744745, 0.494482630806, 0.00394143812919,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.643581748, 128.643581748, 0.00406402349472, 0.0337427258492, 0.00162528025682,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.319607863406, 8.03033698912, -3.70723719243e-05, 0.0354606659093, -0.000836574045837,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		0.0784367686538, 0.718685905758, 0.0784367686538, 0.718685905758, 0.0355666239156,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.768100023, 109.768100023, -18.2318999767, 18.9571430683, -0.376408267635,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		7.81520071721, 2767.49784515, -0.0764359050395, 36.0710924, -0.00581019120499,
	},
	"iter2/G/conv_blocks.2.bias": {
		-0.122630040823, 2.3808688872, 0.000213266619539, 0.00672852042044, 0.000175766771781,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.960026562, 128.960026562, -0.00272876024246, 0.0301581025124, -0.00113913614994,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.871987272141, 8.06600371431, -0.00270403097966, 0.0312676207686, -0.00178753441403,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		-0.151099380069, 1.00253290994, -0.151099380069, 1.00253290994, -0.0794112175818,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.187322974, 114.187322974, -13.8126770258, 13.8126770258, -0.206939577493,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-2.75487743706, 1383.62458785, 0.462662316031, 17.7961746025, -0.0397589775197,
	},
	"iter2/G/conv_blocks.6.bias": {
		0.375979075558, 1.25534697215, 0.00148304470349, 0.00815567129757, 6.64727505109e-05,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.9480286241, 63.9480286241, -0.00108158588409, 0.015566110611, -0.0032627090869,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.18883819989, 4.1983874591, 0.00124572985806, 0.0118248213548, -0.00101631980228,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.0991058400541, 2.15924020714, -0.0991058400541, 2.15924020714, 0.165595895909,
	},
	"iter2/G/conv_blocks.7.running_var": {
		54.3079628944, 54.3079628944, -9.69203710556, 9.69203710556, -0.172825087907,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		0.742803953181, 46.3879896519, -0.0407844268484, 0.380527557456, -0.00239752449715,
	},
	"iter2/G/conv_blocks.9.bias": {
		-0.100962875411, 0.100962875411, -0.000219022855163, 0.000398145988584, -0.000314401561852,
	},
	"iter2/D/model.0.weight": {
		-0.914758483908, 26.3240194389, 0.00243106941343, 0.119570173352, 0.00699849083301,
	},
	"iter2/D/model.0.bias": {
		-0.509835749865, 1.24450570345, -0.000579744577408, 0.00416761636734, 0.000706287367253,
	},
	"iter2/D/model.3.weight": {
		-5.0710573777, 86.9915469121, -0.00859046497499, 0.641821294412, -0.0009079120302,
	},
	"iter2/D/model.3.bias": {
		0.233903625049, 1.20283749048, -0.00149804307148, 0.0083566964604, 0.000393909049074,
	},
	"iter2/D/model.6.weight": {
		15.7761518359, 15.7761518359, -0.0007284283638, 0.00930458307266, -0.00192277904516,
	},
	"iter2/D/model.6.bias": {
		-0.0644236141816, 0.863007807173, 3.557279706e-05, 0.0118509363383, -0.00181758579764,
	},
	"iter2/D/model.6.running_mean": {
		0.343602174777, 0.452094167587, 0.343602174777, 0.452094167587, 0.0729091138775,
	},
	"iter2/D/model.6.running_var": {
		8.56327581406, 8.56327581406, -7.43672418594, 7.43672418594, -0.333184499453,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		5.60053783405, 120.962309602, 0.0081947789086, 1.25697663573, 0.0138918055768,
	},
	"iter2/D/model.7.bias": {
		-0.0328529942781, 0.705467538908, 0.00224283244461, 0.00891572609544, 0.00160970953938,
	},
	"iter2/D/model.10.weight": {
		15.719825685, 15.719825685, 0.000875651836395, 0.00911372900009, -0.000602622195142,
	},
	"iter2/D/model.10.bias": {
		0.284558067098, 1.12880774401, -0.000466207042336, 0.00941767729819, 0.000950376387691,
	},
	"iter2/D/model.10.running_mean": {
		1.28138437122, 1.28138437122, 1.28138437122, 1.28138437122, 0.0843561034815,
	},
	"iter2/D/model.10.running_var": {
		9.66472387314, 9.66472387314, -6.33527612686, 6.33527612686, -0.173147878398,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-4.9467643582, 242.107199729, -0.015497851984, 1.17292897742, -0.00465644231556,
	},
	"iter2/D/model.11.bias": {
		-0.24049968319, 1.39478620002, 0.00134553480893, 0.0142698846757, -0.00226804206115,
	},
	"iter2/D/model.14.weight": {
		32.1773723364, 32.1773723364, -0.0132367610931, 0.0198004245758, -0.000519483082431,
	},
	"iter2/D/model.14.bias": {
		0.500784648117, 1.89704679931, -0.00657191732898, 0.0262876148336, 0.000224679815889,
	},
	"iter2/D/model.14.running_mean": {
		2.19050841592, 2.2048681993, 2.19050841592, 2.2048681993, 0.067624586095,
	},
	"iter2/D/model.14.running_var": {
		18.3631049991, 18.3631049991, -13.6368950009, 13.6368950009, -0.236218195786,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/adv_layer.0.weight": {
		1.06810855493, 4.03612699732, -0.00459911301732, 0.0196910537779, -0.000212054666419,
	},
	"iter2/D/adv_layer.0.bias": {
		0.131509408355, 0.131509408355, -0.000821501016617, 0.000821501016617, -0.000821501016617,
	},
	"iter2/grad/G/l1.0.weight": {1.03795928467, 1009.91371025, 2.59649037331},
	"iter2/grad/G/l1.0.bias":   {4.2884494178e-08, 14.1587374611, -0.177801417595},
	"iter2/grad/G/conv_blocks.0.weight": {
		-0.00384939461219, 1.4104814356, -0.0278358327908,
	},
	"iter2/grad/G/conv_blocks.0.bias":   {-0.011249179588, 0.36568820801, 0.0196099733611},
	"iter2/grad/G/conv_blocks.2.weight": {-3.21762698234, 2344.22908497, -1.04499578532},
	"iter2/grad/G/conv_blocks.2.bias": {
		-6.27107965556e-08, 5.33395677849e-07, -3.06079078256e-08,
	},
	"iter2/grad/G/conv_blocks.3.weight": {
		-0.0153207988187, 1.25522108408, 0.00504091064883,
	},
	"iter2/grad/G/conv_blocks.3.bias": {
		0.0159982128534, 0.761988362065, -0.0376662089597,
	},
	"iter2/grad/G/conv_blocks.6.weight": {
		-43.2267806904, 1600.02581185, -0.316556473876,
	},
	"iter2/grad/G/conv_blocks.6.bias": {
		-5.22227310285e-08, 8.83898337634e-07, -5.25005810086e-08,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		0.0107175906887, 0.997995289275, 0.224238537932,
	},
	"iter2/grad/G/conv_blocks.7.bias": {
		-0.137597498833, 0.952868482913, 0.0814104746338,
	},
	"iter2/grad/G/conv_blocks.9.weight": {15.8639869698, 173.822713776, -1.71737020331},
	"iter2/grad/G/conv_blocks.9.bias": {
		-0.011790544726, 0.370699317195, -0.180479915865,
	},
	"iter2/grad/D/model.0.weight": {-0.527875618311, 3.68331781763, -0.00409797708317},
	"iter2/grad/D/model.0.bias":   {0.0191645170562, 0.113646861631, -0.00854820975726},
	"iter2/grad/D/model.3.weight": {-0.490399291622, 14.0747647139, -0.467234200661},
	"iter2/grad/D/model.3.bias":   {-0.0712926755659, 0.260257153306, 0.00632877591535},
	"iter2/grad/D/model.6.weight": {-0.00296911410987, 0.150923572481, -0.0120499185092},
	"iter2/grad/D/model.6.bias":   {0.00622354564257, 0.0803654787596, 0.00792161222178},
	"iter2/grad/D/model.7.weight": {-0.502358861268, 23.4267385439, -0.48225945011},
	"iter2/grad/D/model.7.bias":   {-0.0128260321217, 0.111839721329, -0.0252095954423},
	"iter2/grad/D/model.10.weight": {
		-0.000669817440212, 0.0873194802552, 2.5578875811e-06,
	},
	"iter2/grad/D/model.10.bias":      {-0.0062435643049, 0.0410897535039, -0.00414483287728},
	"iter2/grad/D/model.11.weight":    {-0.382261036695, 19.5783819088, -0.264684483832},
	"iter2/grad/D/model.11.bias":      {-0.0283728051581, 0.139159568178, -0.0183134471297},
	"iter2/grad/D/model.14.weight":    {0.108590420539, 0.155797317304, 0.00541808687369},
	"iter2/grad/D/model.14.bias":      {0.0518708294258, 0.195903385989, 0.00366541905242},
	"iter2/grad/D/adv_layer.0.weight": {0.248611565214, 1.26882041106, 0.0465962539155},
	"iter2/grad/D/adv_layer.0.bias":   {0.0484634488821, 0.0484634488821, 0.0484634488821},
	"iter3/loss":                      {0.773776531219, 0.652646541595},
	"iter3/d_out":                     {0.525335788727, 0.548931896687},
	"iter3/G/l1.0.weight": {
		-32.8218093738, 13045.0711959, 0.0712003979245, 61.9928638125, -0.227705873911,
	},
	"iter3/G/l1.0.bias": {
		4.09715534616, 132.0954071, 0.0174309268405, 0.602166363016, -0.00279299139888,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.644968271, 128.644968271, 0.00545054674149, 0.0425264239311, 0.00122391720209,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.32049242378, 8.03152993653, 0.000847488001455, 0.0405758694396, -0.000683368528606,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		0.0432023659814, 0.825591791887, 0.0432023659814, 0.825591791887, -0.00585525361784,
	},
	"iter3/G/conv_blocks.0.running_var": {
		102.017033398, 102.017033398, -25.9829666018, 27.1014754176, -0.432601571804,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		7.80680106934, 2767.61513593, -0.0848355529106, 44.0508126093, 0.0058056604462,
	},
	"iter3/G/conv_blocks.2.bias": {
		-0.122429536117, 2.3813558283, 0.000413771325839, 0.0090594173671, 0.000368657847569,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.959906995, 128.959906995, -0.00284832715988, 0.0385096669197, -0.000278629769616,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.872004832403, 8.06233264718, -0.00272159124142, 0.0392342934792, -0.00142339916771,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		-0.175025240809, 1.4393970996, -0.175025240809, 1.4393970996, -0.134500598801,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.351297319, 108.351297319, -19.6487026811, 19.6487026811, -0.308585963542,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-2.70530490961, 1383.66248047, 0.512234843484, 21.9626094528, -0.0454656382962,
	},
	"iter3/G/conv_blocks.6.bias": {
		0.376229343208, 1.25449030937, 0.00173331235419, 0.0103719262697, 0.000307141305058,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9481065273, 63.9481065273, -0.00100368261337, 0.0187622904778, -0.00425368959311,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.18842887704, 4.19792975031, 0.00165505270706, 0.0126946388627, -0.00121147492232,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.133951737196, 3.05891062843, -0.133951737196, 3.05891062843, 0.237620499686,
	},
	"iter3/G/conv_blocks.7.running_var": {
		50.1680048704, 50.1680048704, -13.8319951296, 13.8319951296, -0.234651517251,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		0.741535130255, 46.3880330608, -0.0420532497737, 0.471450388191, -0.00345994335064,
	},
	"iter3/G/conv_blocks.9.bias": {
		-0.100804889575, 0.100804889575, -6.10370188951e-05, 7.01267272234e-05, -4.06655893856e-05,
	},
	"iter3/D/model.0.weight": {
		-0.912781892053, 26.3240804079, 0.00440766126849, 0.143410896417, 0.00565370290241,
	},
	"iter3/D/model.0.bias": {
		-0.509503014386, 1.24439398199, -0.00024700909853, 0.00414118915796, 0.00168818449417,
	},
	"iter3/D/model.3.weight": {
		-5.06452600031, 86.9896613376, -0.00205908758653, 0.747249416345, 0.00521369988572,
	},
	"iter3/D/model.3.bias": {
		0.233975640032, 1.20218405733, -0.00142602808774, 0.00880001671612, 0.000928002415664,
	},
	"iter3/D/model.6.weight": {
		15.7758782506, 15.7758782506, -0.00100201368332, 0.0108063817024, -0.00116892641781,
	},
	"iter3/D/model.6.bias": {
		-0.0646791877225, 0.86396867875, -0.000220000743866, 0.0160965807736, -0.00287923397263,
	},
	"iter3/D/model.6.running_mean": {
		0.448712986836, 0.589946425578, 0.448712986836, 0.589946425578, 0.104132170316,
	},
	"iter3/D/model.6.running_var": {
		6.28348061442, 6.28348061442, -9.71651938558, 9.71651938558, -0.433332978031,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		5.62633418872, 120.9596338, 0.0339911335842, 1.48996554748, 0.00820702857358,
	},
	"iter3/D/model.7.bias": {
		-0.033086987678, 0.704271075781, 0.00200883904472, 0.0109493113123, 0.00303614061379,
	},
	"iter3/D/model.10.weight": {
		15.7199524045, 15.7199524045, 0.00100237131119, 0.00975328683853, -0.00227248573356,
	},
	"iter3/D/model.10.bias": {
		0.284053407609, 1.12839570642, -0.000970866531134, 0.0108479596674, 0.00263344941722,
	},
	"iter3/D/model.10.running_mean": {
		1.60785001516, 1.60785001516, 1.60785001516, 1.60785001516, 0.07936241476,
	},
	"iter3/D/model.10.running_var": {
		7.6344922483, 7.6344922483, -8.3655077517, 8.3655077517, -0.250385003162,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-4.97368226478, 242.123210654, -0.0424157585639, 1.46152391536, -0.0125355168616,
	},
	"iter3/D/model.11.bias": {
		-0.239883288275, 1.39752734406, 0.00196192972362, 0.0155074954964, -0.00293234923388,
	},
	"iter3/D/model.14.weight": {
		32.1707868576, 32.1707868576, -0.0198222398758, 0.025318980217, -0.000634748792469,
	},
	"iter3/D/model.14.bias": {
		0.497543970589, 1.89299548371, -0.00981259485707, 0.0392520376481, 0.000334934243876,
	},
	"iter3/D/model.14.running_mean": {
		2.90843954356, 2.91996574076, 2.90843954356, 2.91996574076, 0.15661072461,
	},
	"iter3/D/model.14.running_var": {
		14.1276660562, 14.1276660562, -17.8723339438, 17.8723339438, -0.275454341745,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/adv_layer.0.weight": {
		1.06694381684, 4.02938240021, -0.00576385110617, 0.0253035798669, 0.000290851293882,
	},
	"iter3/D/adv_layer.0.bias": {
		0.131104052067, 0.131104052067, -0.00122685730457, 0.00122685730457, -0.00122685730457,
	},
	"iter3/grad/G/l1.0.weight": {-0.0932853853362, 595.780808042, 1.52782677509},
	"iter3/grad/G/l1.0.bias":   {4.67152858619e-08, 8.07780434878, 0.491456730034},
	"iter3/grad/G/conv_blocks.0.weight": {
		0.012311540082, 0.855233450678, 0.00437653715747,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		-0.0141111876001, 0.214315695106, -0.0014117125283,
	},
	"iter3/grad/G/conv_blocks.2.weight": {
		3.37135871473, 1442.12313606, -0.0984260897924,
	},
	"iter3/grad/G/conv_blocks.2.bias": {
		9.99891369702e-09, 2.57819536387e-07, -5.62702464625e-09,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		-0.00550525491417, 0.813303414106, -0.0337940943874,
	},
	"iter3/grad/G/conv_blocks.3.bias": {
		-0.011095257767, 0.543241595034, -0.0278200752262,
	},
	"iter3/grad/G/conv_blocks.6.weight": {3.60678282608, 978.086113269, 1.43952525012},
	"iter3/grad/G/conv_blocks.6.bias": {
		4.91139076075e-08, 5.09125868575e-07, -5.46267898854e-08,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		0.0292950453149, 0.567730417577, 0.0770624264558,
	},
	"iter3/grad/G/conv_blocks.7.bias": {
		0.00743317994056, 0.457678939158, 0.00362123918925,
	},
	"iter3/grad/G/conv_blocks.9.weight": {
		-0.363865689287, 101.610963595, 0.699729808553,
	},
	"iter3/grad/G/conv_blocks.9.bias": {
		-0.054987384472, 0.163538737688, -0.129995851702,
	},
	"iter3/grad/D/model.0.weight":     {-0.372169244918, 5.68413248204, 0.198020927524},
	"iter3/grad/D/model.0.bias":       {-0.0276670567691, 0.294310700148, -0.125737973016},
	"iter3/grad/D/model.3.weight":     {-0.442495446187, 17.3225980794, -0.508224213837},
	"iter3/grad/D/model.3.bias":       {0.0312855187804, 0.569074852392, -0.0793562849771},
	"iter3/grad/D/model.6.weight":     {0.00212910806295, 0.165790434345, -0.0655442412168},
	"iter3/grad/D/model.6.bias":       {0.0104599073529, 0.0887561324053, 0.025999582367},
	"iter3/grad/D/model.7.weight":     {-1.58521359417, 30.0140995913, 0.989638805336},
	"iter3/grad/D/model.7.bias":       {0.00388163526077, 0.110768266837, -0.0451135123248},
	"iter3/grad/D/model.10.weight":    {0.00910033710534, 0.145719765627, 0.0682260926837},
	"iter3/grad/D/model.10.bias":      {0.00936454476323, 0.044999430771, -0.0200644846585},
	"iter3/grad/D/model.11.weight":    {2.57242926046, 23.496738644, 0.0354089226853},
	"iter3/grad/D/model.11.bias":      {-0.0177283775411, 0.112311995763, 0.0162342765524},
	"iter3/grad/D/model.14.weight":    {0.13182241359, 0.191426247417, 0.00114732883452},
	"iter3/grad/D/model.14.bias":      {0.0396629590541, 0.149876825511, 0.00281064617908},
	"iter3/grad/D/adv_layer.0.weight": {0.173743127845, 1.49875880871, -0.0612086374445},
	"iter3/grad/D/adv_layer.0.bias":   {0.0371338278055, 0.0371338278055, 0.0371338278055},
}

var katDCPlusTerms = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-43.3410823604, 13425.3883144, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {3.96257877378, 128.288828662, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {7.89163662225, 2767.34229643, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {-0.122843307443, 2.38065040606, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.21753975309, 1383.52287015, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {0.374496030854, 1.25620472431, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {0.783588380029, 46.39519658, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {-0.100743852556, 0.100743852556, 0, 0, 0},
	"iter0/G/label_emb.weight":                  {-5.0582858026, 17.4267698228, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-0.917189553322, 26.313925784, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.509256005287, 1.24405875802, 0, 0, 0},
	"iter0/D/model.3.weight":                    {-5.06246691273, 87.0091368488, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.23540166812, 1.20276961522, 0, 0, 0},
	"iter0/D/model.6.weight":                    {15.7768802643, 15.7768802643, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.0644591869786, 0.861471419223, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {16, 16, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {5.59234305514, 120.922683089, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.0350958267227, 0.708019870333, 0, 0, 0},
	"iter0/D/model.10.weight":                   {15.7189500332, 15.7189500332, 0, 0, 0},
	"iter0/D/model.10.bias":                     {0.285024274141, 1.12558387592, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {16, 16, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-4.93126650622, 242.082702693, 0, 0, 0},
	"iter0/D/model.11.bias":                     {-0.241845217999, 1.39722217526, 0, 0, 0},
	"iter0/D/model.14.weight":                   {32.1906090975, 32.1906090975, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.507356565446, 1.90526176803, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {32, 32, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/linear.weight":                     {1.07270766795, 4.04948934913, 0, 0, 0},
	"iter0/D/linear.bias":                       {0.132330909371, 0.132330909371, 0, 0, 0},
	"iter0/D/embed.weight":                      {0.812199245906, 13.7423233648, 0, 0, 0},
	"iter1/loss":                                {2.04086256027, 1.89308965206},
	"iter1/d_out":                               {0.524097621441, 0.62120705843},
	"iter1/fakes": {
		-0.011211373, 0.46626377, 0.16612695, 0.31622842, 0.6569661, -0.052940298, -0.27783045,
		-0.7741778, 0.21004778, 0.030325722, -0.10095574, -0.4274478, 0.7874947, 0.7376692,
		-0.14771013, -0.772247,
	},
	"iter1/G/l1.0.weight": {
		-43.4050817469, 13425.5209929, -0.0639993865507, 43.4174706798, -0.0445636365655,
	},
	"iter1/G/l1.0.bias": {
		3.95977876276, 128.279318929, -0.0028000110251, 0.409600475505, 0.00072076163892,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.639117897, 128.639117897, -0.000399827957153, 0.0256006717682, 0.00112905299363,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.320844954345, 8.02111958433, 0.00120001856703, 0.0255999705987, -0.00169105491276,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		0.0725000863004, 0.4767342143, 0.0725000863004, 0.4767342143, -0.0101435748201,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.392661333, 118.392661333, -9.60733866692, 9.60733866692, -0.121799647476,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		7.96563936812, 2767.36733725, 0.074002745871, 29.4911004082, 0.0440700291207,
	},
	"iter1/G/conv_blocks.2.bias": {
		-0.120443639316, 2.38033416242, 0.0023996681266, 0.0120017326844, 0.000879435469063,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.959955454, 128.959955454, -0.00279986858368, 0.0256009101868, -0.0010003410783,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.870483220351, 8.06618353698, -0.00119997918955, 0.0256001096277, 0.000192839425228,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		-0.0644099965866, 0.540563705261, -0.0644099965866, 0.540563705261, -0.0644498613197,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.689388871, 120.689388871, -7.31061112881, 7.31061112881, -0.0679658125574,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.15914068069, 1383.44922766, 0.0583990724011, 14.7455670952, 0.0290637798144,
	},
	"iter1/G/conv_blocks.6.bias": {
		0.372451500152, 1.25633494242, -0.00204453070182, 0.00877280312125, 0.000256318289411,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9487104416, 63.9487104416, -0.000399768352509, 0.0128000378609, -0.00103589159495,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.19208391407, 4.19383302168, -0.00199998432072, 0.0128000599216, -0.000345640445177,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.0452308283348, 1.12963475717, -0.0452308283348, 1.12963475717, 0.0867871996938,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.8892536163, 58.8892536163, -5.11074638367, 5.11074638367, -0.0996141002068,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		0.706388482351, 46.394679295, -0.0771998976779, 0.345599466855, -0.00540865905351,
	},
	"iter1/G/conv_blocks.9.bias": {
		-0.101343851537, 0.101343851537, -0.000599998980761, 0.000599998980761, -0.000224830711936,
	},
	"iter1/G/label_emb.weight": {
		-5.0570859611, 17.4259698689, 0.00119984149933, 0.00479954481125, -0.000195983537307,
	},
	"iter1/D/model.0.weight": {
		-0.909989407053, 26.3123258424, 0.00720014626859, 0.0864007201162, 0.00330790224355,
	},
	"iter1/D/model.0.bias": {
		-0.511656031013, 1.24485875666, -0.00240002572536, 0.00320003926754, 0.000208704417936,
	},
	"iter1/D/model.3.weight": {
		-5.03286692873, 87.0057651987, 0.0295999840018, 0.460799181892, 0.00802687346682,
	},
	"iter1/D/model.3.bias": {
		0.234601669945, 1.20196961705, -0.000799998175353, 0.00639998866245, 3.3985575695e-05,
	},
	"iter1/D/model.6.weight": {
		15.7760803699, 15.7760803699, -0.000799894332886, 0.00639975070953, 1.85552810415e-05,
	},
	"iter1/D/model.6.bias": {
		-0.0628591971472, 0.860671413131, 0.00159998983145, 0.00639998354018, 0.00164281972601,
	},
	"iter1/D/model.6.running_mean": {
		0.203637813975, 0.263578317885, 0.203637813975, 0.263578317885, 0.0442534428577,
	},
	"iter1/D/model.6.running_var": {
		11.6984630227, 11.6984630227, -4.30153697729, 4.30153697729, -0.191880218213,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		5.59394338244, 120.934393793, 0.0016003272986, 0.921598048814, 0.0109457810111,
	},
	"iter1/D/model.7.bias": {
		-0.0334958350286, 0.708019864745, 0.00159999169409, 0.00639998540282, 0.00219644039022,
	},
	"iter1/D/model.10.weight": {
		15.7181500196, 15.7181500196, -0.000800013542175, 0.00639975070953, -0.00146451556049,
	},
	"iter1/D/model.10.bias": {
		0.287424245849, 1.1247839015, 0.00239997170866, 0.00639996491373, 0.000228195597825,
	},
	"iter1/D/model.10.running_mean": {
		0.673786927946, 0.673786927946, 0.673786927946, 0.673786927946, 0.057372155834,
	},
	"iter1/D/model.10.running_var": {
		12.2456464767, 12.2456464767, -3.75435352325, 3.75435352325, -0.130501403601,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-4.92886660677, 242.111324334, 0.00239989944566, 0.819198420357, 0.0193158774845,
	},
	"iter1/D/model.11.bias": {
		-0.241845464334, 1.39722193172, -2.46334820986e-07, 0.0127997281961, 0.00221342442494,
	},
	"iter1/D/model.14.weight": {
		32.1890092492, 32.1890092492, -0.00159984827042, 0.0127993226051, -0.000209769287147,
	},
	"iter1/D/model.14.bias": {
		0.502556540538, 1.90286171203, -0.00480002490804, 0.012799915392, -0.000528477122205,
	},
	"iter1/D/model.14.running_mean": {
		1.3455720467, 1.35543379397, 1.3455720467, 1.35543379397, -0.0632133736991,
	},
	"iter1/D/model.14.running_var": {
		24.1646652818, 24.1646652818, -7.83533471823, 7.83533471823, -0.226351075683,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/linear.weight": {
		1.0727076605, 4.04628928751, -7.45058059692e-09, 0.0128000900149, 0.00220885511868,
	},
	"iter1/D/linear.bias": {
		0.1319309026, 0.1319309026, -0.000400006771088, 0.000400006771088, -0.000400006771088,
	},
	"iter1/D/embed.weight": {
		0.812999278074, 13.7351232623, 0.000800032168627, 0.0512003444601, 0.00128057690221,
	},
	"iter1/grad/G/l1.0.weight": {0.951993773157, 2748.17856935, 11.2279518406},
	"iter1/grad/G/l1.0.bias":   {-2.98081431538e-07, 32.5002555638, 0.659472693722},
	"iter1/grad/G/conv_blocks.0.weight": {
		-0.0135448443471, 3.82428325876, -0.346573284326,
	},
	"iter1/grad/G/conv_blocks.0.bias":   {-0.117605142761, 1.38386709243, 0.0707540788686},
	"iter1/grad/G/conv_blocks.2.weight": {-12.6403645841, 7424.95552704, -12.8535181466},
	"iter1/grad/G/conv_blocks.2.bias": {
		-2.7274313652e-07, 1.57432464221e-06, -1.5223366589e-07,
	},
	"iter1/grad/G/conv_blocks.3.weight": {0.0359570248984, 4.5486020823, 0.144459162487},
	"iter1/grad/G/conv_blocks.3.bias": {
		-0.0735830675112, 2.59096665995, -0.0407079741815,
	},
	"iter1/grad/G/conv_blocks.6.weight": {-30.6269004061, 4869.29200584, 4.07332807043},
	"iter1/grad/G/conv_blocks.6.bias": {
		8.44509486342e-07, 2.70962846116e-06, -8.33655343452e-08,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		-0.272341581527, 2.62532383623, 0.317151865907,
	},
	"iter1/grad/G/conv_blocks.7.bias":   {0.0372048630379, 2.53361112438, 0.0551941925913},
	"iter1/grad/G/conv_blocks.9.weight": {204.472411162, 492.228541012, -2.10511758404},
	"iter1/grad/G/conv_blocks.9.bias":   {1.29886476696, 1.29886476696, 0.314362856995},
	"iter1/grad/G/label_emb.weight":     {-0.210527875926, 0.745673609432, 0.0466748616275},
	"iter1/grad/D/model.0.weight":       {-4.18562837644, 42.3831486185, -2.08067174995},
	"iter1/grad/D/model.0.bias":         {1.14053019136, 1.54055475444, -0.342384279757},
	"iter1/grad/D/model.3.weight":       {-6.75722539681, 140.96585141, -4.34284636721},
	"iter1/grad/D/model.3.bias":         {-0.859118845314, 2.59923242405, -0.459446584493},
	"iter1/grad/D/model.6.weight":       {-0.0649387296289, 1.16452475544, 0.330398457966},
	"iter1/grad/D/model.6.bias":         {-0.12470219424, 0.317786672618, -0.113454930262},
	"iter1/grad/D/model.7.weight":       {4.21766818685, 247.256347074, -1.4525698517},
	"iter1/grad/D/model.7.bias":         {-0.351031505968, 0.80905517051, -0.326587647052},
	"iter1/grad/D/model.10.weight":      {-0.0280543311965, 0.962529699551, 0.0713549202301},
	"iter1/grad/D/model.10.bias":        {0.032042870298, 0.439373157918, -0.038000801006},
	"iter1/grad/D/model.11.weight":      {8.58487713456, 161.841391569, -2.16827739619},
	"iter1/grad/D/model.11.bias":        {-0.198024799582, 0.905090335291, -0.0952270126222},
	"iter1/grad/D/model.14.weight":      {0.541995457752, 1.03330143486, 0.20013721652},
	"iter1/grad/D/model.14.bias":        {0.144489908824, 0.316337278346, 0.0223618553851},
	"iter1/grad/D/linear.weight":        {-0.0613418980502, 1.14492984815, -0.202881504298},
	"iter1/grad/D/linear.bias":          {0.0726523697376, 0.0726523697376, 0.0726523697376},
	"iter1/grad/D/embed.weight":         {-0.0613420605659, 18.4019810464, -0.701507493491},
	"iter2/loss":                        {1.75731873512, 2.32573318481},
	"iter2/d_out":                       {0.566834688187, 0.556982338428},
	"iter2/G/l1.0.weight": {
		-43.490133791, 13425.6232158, -0.149051430586, 56.0371289856, -0.0259451623875,
	},
	"iter2/G/l1.0.bias": {
		3.9613689212, 128.283732976, -0.001209852584, 0.528684132434, 0.00479483298684,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.638921022, 128.638921022, -0.000596702098846, 0.0311308503151, -0.00129270051483,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.321379836358, 8.01963349694, 0.00173490057932, 0.0325163374073, 0.000971915427167,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		0.128762322915, 0.746419487783, 0.128762322915, 0.746419487783, -0.0202764144831,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.93044436, 109.93044436, -18.0695556402, 18.0695556402, -0.221058004985,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		7.95275697659, 2767.38679939, 0.0611203543367, 38.1123868802, 0.072533836408,
	},
	"iter2/G/conv_blocks.2.bias": {
		-0.120121248998, 2.38083170413, 0.00272205844522, 0.0181872164248, 6.11127845617e-05,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.960190773, 128.960190773, -0.00256454944611, 0.0293880701065, -0.0028658154329,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.869556130929, 8.06876110184, -0.000272889767075, 0.0304402854235, -0.00177668178199,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		-0.0912035781657, 0.997846012353, -0.0912035781657, 0.997846012353, -0.0960756469075,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.118897736, 114.118897736, -13.8811022639, 13.8811022639, -0.169871932356,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-3.0521522743, 1383.4814946, 0.165387478788, 19.1966620725, 0.0244804001669,
	},
	"iter2/G/conv_blocks.6.bias": {
		0.371793024766, 1.2571363941, -0.00270300608827, 0.012480394158, 0.000298850146891,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.9490540028, 63.9490540028, -5.62071800232e-05, 0.0170270800591, -0.00148387310676,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.19280323846, 4.19191063748, -0.00271930871531, 0.0161350048147, -0.00153456230867,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.0938464807405, 2.15363243353, -0.0938464807405, 2.15363243353, 0.161146114969,
	},
	"iter2/G/conv_blocks.7.running_var": {
		54.2921786904, 54.2921786904, -9.70782130957, 9.70782130957, -0.164391702116,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		0.640527987089, 46.4055536153, -0.14306039294, 0.462632133924, -0.00376123614333,
	},
	"iter2/G/conv_blocks.9.bias": {
		-0.101695433259, 0.101695433259, -0.000951580703259, 0.000951580703259, -0.000373186834264,
	},
	"iter2/G/label_emb.weight": {
		-5.05673668534, 17.425779365, 0.00154911726713, 0.00667726248503, -0.00024706260963,
	},
	"iter2/D/model.0.weight": {
		-0.903630472138, 26.3113398867, 0.0135590811842, 0.153539989551, 0.00594038464982,
	},
	"iter2/D/model.0.bias": {
		-0.513233937323, 1.2449330166, -0.00397793203592, 0.00561738759279, 0.000240569704049,
	},
	"iter2/D/model.3.weight": {
		-5.01700075582, 87.0025701086, 0.0454661569092, 0.793790657655, 0.016922488488,
	},
	"iter2/D/model.3.bias": {
		0.233866929077, 1.20128829684, -0.00153473904356, 0.0106664686464, -0.000692577730074,
	},
	"iter2/D/model.6.weight": {
		15.7756593823, 15.7756593823, -0.00122088193893, 0.0108969807625, -0.000128259924508,
	},
	"iter2/D/model.6.bias": {
		-0.0628263764083, 0.861423734576, 0.0016328105703, 0.0111747300252, 0.00288208536168,
	},
	"iter2/D/model.6.running_mean": {
		0.350821997155, 0.453518393566, 0.350821997155, 0.453518393566, 0.083106129001,
	},
	"iter2/D/model.6.running_var": {
		8.563192904, 8.563192904, -7.436807096, 7.436807096, -0.330564029384,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		5.59656911995, 120.946593754, 0.00422606481249, 1.60822945111, 0.0068613309149,
	},
	"iter2/D/model.7.bias": {
		-0.0317267361097, 0.708067592699, 0.00336909061298, 0.0113860233687, 0.00433506928231,
	},
	"iter2/D/model.10.weight": {
		15.7176349759, 15.7176349759, -0.00131505727768, 0.0124550461769, -0.00278486558522,
	},
	"iter2/D/model.10.bias": {
		0.286384603009, 1.1249863822, 0.00136032886803, 0.00928755290806, 0.00139497137086,
	},
	"iter2/D/model.10.running_mean": {
		1.18094277754, 1.18094277754, 1.18094277754, 1.18094277754, 0.102237833773,
	},
	"iter2/D/model.10.running_var": {
		9.4985575676, 9.4985575676, -6.5014424324, 6.5014424324, -0.217809614869,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-4.94226623325, 242.136897954, -0.010999727032, 1.39096476068, 0.0261297900434,
	},
	"iter2/D/model.11.bias": {
		-0.240421058144, 1.39633691823, 0.00142415985465, 0.021241561044, 0.00196505666895,
	},
	"iter2/D/model.14.weight": {
		32.1883542538, 32.1883542538, -0.00225484371185, 0.0245276689529, -0.000591323675921,
	},
	"iter2/D/model.14.bias": {
		0.498905718792, 1.89931326685, -0.00845084665343, 0.0211491272785, -0.00059894466589,
	},
	"iter2/D/model.14.running_mean": {
		2.28417976387, 2.29079971649, 2.28417976387, 2.29079971649, 0.053384310439,
	},
	"iter2/D/model.14.running_var": {
		18.3367549777, 18.3367549777, -13.6632450223, 13.6632450223, -0.257708016792,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/linear.weight": {
		1.07114636153, 4.0414923504, -0.00156130641699, 0.0202580317855, 0.00406046567394,
	},
	"iter2/D/linear.bias": {
		0.131542772055, 0.131542772055, -0.000788137316704, 0.000788137316704, -0.000788137316704,
	},
	"iter2/D/embed.weight": {
		0.809349345102, 13.7322370316, -0.00284990080399, 0.0922244802932, 0.00332706577446,
	},
	"iter2/grad/G/l1.0.weight": {14.7226341599, 3267.00132239, -8.83515419104},
	"iter2/grad/G/l1.0.bias":   {1.66182871908e-07, 39.7489429598, -0.322211021962},
	"iter2/grad/G/conv_blocks.0.weight": {
		-0.0307056508609, 5.80857028026, 0.776447218227,
	},
	"iter2/grad/G/conv_blocks.0.bias":   {0.119151916821, 1.84547958011, -0.28738055588},
	"iter2/grad/G/conv_blocks.2.weight": {22.9139762146, 8861.19331086, 18.2525703937},
	"iter2/grad/G/conv_blocks.2.bias": {
		2.53155405971e-07, 2.39268928226e-06, 3.0051624416e-07,
	},
	"iter2/grad/G/conv_blocks.3.weight": {
		0.0435077322181, 5.17499124724, 0.392663165732,
	},
	"iter2/grad/G/conv_blocks.3.bias":   {-0.112995283213, 3.07578219892, 0.473667321843},
	"iter2/grad/G/conv_blocks.6.weight": {-45.1636623704, 5843.63153592, 6.61981386286},
	"iter2/grad/G/conv_blocks.6.bias": {
		4.18050149165e-07, 4.74339776702e-06, 2.74883415721e-07,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		-0.24784916779, 3.4547650232, -0.00934580006092,
	},
	"iter2/grad/G/conv_blocks.7.bias":   {0.128749367548, 2.82702946221, 0.201982453843},
	"iter2/grad/G/conv_blocks.9.weight": {114.164846023, 578.541469034, -4.17439842125},
	"iter2/grad/G/conv_blocks.9.bias":   {0.800267219543, 0.958298295736, 0.56944763578},
	"iter2/grad/G/label_emb.weight":     {0.109728376498, 0.646417525481, 0.0557967598033},
	"iter2/grad/D/model.0.weight":       {-1.272125463, 38.2818370825, -1.28304689297},
	"iter2/grad/D/model.0.bias":         {0.596217792481, 1.59728453681, -0.468345314497},
	"iter2/grad/D/model.3.weight":       {0.903745816206, 128.724998362, -5.10623328614},
	"iter2/grad/D/model.3.bias":         {0.119745710399, 2.83579539647, 0.0341630239613},
	"iter2/grad/D/model.6.weight":       {-0.0637452024966, 1.23970330693, 0.168247075078},
	"iter2/grad/D/model.6.bias":         {-0.0309481597506, 0.327972453553, -0.0334906491015},
	"iter2/grad/D/model.7.weight":       {4.36018119828, 232.74715286, -1.08130451185},
	"iter2/grad/D/model.7.bias":         {-0.238698175177, 0.822525275871, -0.392749133622},
	"iter2/grad/D/model.10.weight":      {-0.00717334495857, 0.980866059195, 0.0526807611391},
	"iter2/grad/D/model.10.bias":        {0.171356461477, 0.509678497445, -0.0665861858687},
	"iter2/grad/D/model.11.weight":      {7.44800533095, 143.908140063, -1.7098775633},
	"iter2/grad/D/model.11.bias":        {-0.19381522201, 0.914835335687, 0.151939772138},
	"iter2/grad/D/model.14.weight":      {0.250928747933, 0.891319735441, 0.146823958792},
	"iter2/grad/D/model.14.bias":        {0.111004680744, 0.270244322368, 0.00852838754123},
	"iter2/grad/D/linear.weight":        {0.133985018358, 1.35465405323, -0.239316316572},
	"iter2/grad/D/linear.bias":          {0.0619085133076, 0.0619085133076, 0.0619085133076},
	"iter2/grad/D/embed.weight":         {0.133985240944, 16.0578346634, -0.941261896184},
	"iter3/loss":                        {1.53489542007, 2.57984972},
	"iter3/d_out":                       {0.604894578457, 0.505436420441},
	"iter3/G/l1.0.weight": {
		-43.5071696515, 13425.703901, -0.166087291126, 67.7407907338, 0.0132781489445,
	},
	"iter3/G/l1.0.bias": {
		3.95900333452, 128.276172012, -0.00357543926657, 0.637994644385, 0.00653470932396,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.639560759, 128.639560759, 4.30345535278e-05, 0.0387434959412, -0.000933346226199,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.322594020981, 8.01963507826, 0.002949085203, 0.041863115388, 0.00200353679149,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		0.127905892092, 0.927081089118, 0.127905892092, 0.927081089118, 0.0233638402597,
	},
	"iter3/G/conv_blocks.0.running_var": {
		102.123197615, 102.123197615, -25.8768023849, 25.8768023849, -0.374611142228,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		7.96026754587, 2767.40969428, 0.0686309236212, 46.2334636889, 0.111479568779,
	},
	"iter3/G/conv_blocks.2.bias": {
		-0.120463490923, 2.38112459437, 0.00237981652026, 0.0234023921075, -0.000805797267935,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.959141493, 128.959141493, -0.00361382961273, 0.0375386476517, -0.00314123312148,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.868792209367, 8.07109617669, 0.000491031794809, 0.0352497758577, -0.00253493497555,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		-0.0955757251941, 1.39770895964, -0.0955757251941, 1.39770895964, -0.125731674093,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.120213449, 108.120213449, -19.879786551, 19.879786551, -0.259716829084,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-3.07561347259, 1383.52163342, 0.141926280498, 23.4220605084, 0.0266836038146,
	},
	"iter3/G/conv_blocks.6.bias": {
		0.371523495211, 1.25767885862, -0.00297253564349, 0.0159675423929, 0.000420953474809,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9503539205, 63.9503539205, 0.00124371051788, 0.0212552547455, -0.00239908448713,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.19235946657, 4.19136802107, -0.00227553682635, 0.0190942347399, -0.00182356136105,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.140966150211, 3.07820852776, -0.140966150211, 3.07820852776, 0.223262600364,
	},
	"iter3/G/conv_blocks.7.running_var": {
		50.1626806855, 50.1626806855, -13.8373193145, 13.8373193145, -0.24640238262,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		0.65065288384, 46.4159618671, -0.132935496189, 0.563945680256, -0.00414527519459,
	},
	"iter3/G/conv_blocks.9.bias": {
		-0.101610146463, 0.101610146463, -0.000866293907166, 0.000866293907166, -0.000462678472737,
	},
	"iter3/G/label_emb.weight": {
		-5.0561567992, 17.4254965931, 0.00212900340557, 0.00804676115513, -0.000428698404706,
	},
	"iter3/D/model.0.weight": {
		-0.893065459793, 26.309880126, 0.0241240935284, 0.215971922793, 0.00911935606395,
	},
	"iter3/D/model.0.bias": {
		-0.514686346054, 1.24474611878, -0.00543034076691, 0.00762829184532, 0.000371636012972,
	},
	"iter3/D/model.3.weight": {
		-5.01358905766, 86.9933013904, 0.0488778550643, 1.09422451898, 0.0302382126245,
	},
	"iter3/D/model.3.bias": {
		0.232863832265, 1.20104912296, -0.00253783585504, 0.0144949224778, -0.00133958422928,
	},
	"iter3/D/model.6.weight": {
		15.7750543952, 15.7750543952, -0.0018258690834, 0.0159079432487, -0.000361390687024,
	},
	"iter3/D/model.6.bias": {
		-0.064176206477, 0.862256658264, 0.000282980501652, 0.0143250562251, 0.00395709801958,
	},
	"iter3/D/model.6.running_mean": {
		0.453990866081, 0.588441558764, 0.453990866081, 0.588441558764, 0.101881156981,
	},
	"iter3/D/model.6.running_var": {
		6.27765932679, 6.27765932679, -9.72234067321, 9.72234067321, -0.43304158743,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		5.60604434942, 120.946332769, 0.0137012942806, 2.22948635833, 0.00909938427232,
	},
	"iter3/D/model.7.bias": {
		-0.0299510899931, 0.7082245294, 0.00514473672956, 0.01627117116, 0.00589556474012,
	},
	"iter3/D/model.10.weight": {
		15.7170696259, 15.7170696259, -0.00188040733337, 0.0176355838776, -0.00370360681114,
	},
	"iter3/D/model.10.bias": {
		0.285189568996, 1.12510591745, 0.000165294855833, 0.0126933343709, 0.00185740700757,
	},
	"iter3/D/model.10.running_mean": {
		1.57204516791, 1.57204516791, 1.57204516791, 1.57204516791, 0.111781809371,
	},
	"iter3/D/model.10.running_var": {
		7.49516558647, 7.49516558647, -8.50483441353, 8.50483441353, -0.306376176883,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-4.95563935525, 242.163765747, -0.0243728490295, 1.95734682311, 0.0329182079733,
	},
	"iter3/D/model.11.bias": {
		-0.239679435268, 1.39583385177, 0.00216578273103, 0.0292623452842, 0.0026842852468,
	},
	"iter3/D/model.14.weight": {
		32.1893215179, 32.1893215179, -0.00128757953644, 0.0346422195435, -0.00114850977854,
	},
	"iter3/D/model.14.bias": {
		0.494828677736, 1.8958563609, -0.0125278877094, 0.0313432114199, -0.000655765991009,
	},
	"iter3/D/model.14.running_mean": {
		2.99119262421, 2.99119262421, 2.99119262421, 2.99119262421, 0.0671185923345,
	},
	"iter3/D/model.14.running_var": {
		14.1946004033, 14.1946004033, -17.8053995967, 17.8053995967, -0.296930652823,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/linear.weight": {
		1.06778942794, 4.03395109624, -0.00491824001074, 0.0276562348008, 0.0045937838001,
	},
	"iter3/D/linear.bias": {
		0.13116826117, 0.13116826117, -0.00116264820099, 0.00116264820099, -0.00116264820099,
	},
	"iter3/D/embed.weight": {
		0.804320666473, 13.7361130775, -0.00787857943214, 0.130553100957, 0.00536618273112,
	},
	"iter3/grad/G/l1.0.weight": {-2.07008253093, 2874.23903062, -8.9333752659},
	"iter3/grad/G/l1.0.bias":   {3.00933606923e-08, 34.9654568855, -0.734422137964},
	"iter3/grad/G/conv_blocks.0.weight": {
		0.0480783839594, 5.12980866322, -0.50756545637,
	},
	"iter3/grad/G/conv_blocks.0.bias":   {-0.0961833971087, 1.26165380026, 0.027976188937},
	"iter3/grad/G/conv_blocks.2.weight": {4.64790904302, 7675.63468615, -9.77038875393},
	"iter3/grad/G/conv_blocks.2.bias": {
		1.89831197872e-07, 1.66145342462e-06, 1.42925118821e-07,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		0.0151885055529, 4.25266836057, -0.287337736901,
	},
	"iter3/grad/G/conv_blocks.3.bias":   {-0.137581390562, 2.96415510518, -0.157173050628},
	"iter3/grad/G/conv_blocks.6.weight": {27.2285106256, 4916.34536918, -12.918897197},
	"iter3/grad/G/conv_blocks.6.bias": {
		2.8120166462e-07, 2.91951118925e-06, -1.47485758195e-07,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		-0.479481036484, 3.31068996695, 0.349236342897,
	},
	"iter3/grad/G/conv_blocks.7.bias":   {-0.242831625044, 2.65556844696, 0.0649568429801},
	"iter3/grad/G/conv_blocks.9.weight": {-115.597145541, 514.219040374, 3.82511942302},
	"iter3/grad/G/conv_blocks.9.bias":   {-0.649775952101, 1.08513608575, 0.275295500994},
	"iter3/grad/G/label_emb.weight":     {-0.181928075384, 0.702546300832, 0.0135927169828},
	"iter3/grad/D/model.0.weight":       {-4.38621765282, 30.2507323483, -1.74581188026},
	"iter3/grad/D/model.0.bias":         {0.925055615604, 1.18477899581, -0.218622187769},
	"iter3/grad/D/model.3.weight":       {1.19431568671, 99.1439999089, -3.53169511188},
	"iter3/grad/D/model.3.bias":         {0.286490822211, 2.17416384257, -0.434268011815},
	"iter3/grad/D/model.6.weight":       {-0.0494166351855, 1.06101860851, 0.16776822171},
	"iter3/grad/D/model.6.bias":         {0.0656264903955, 0.232451003511, -0.0589262644167},
	"iter3/grad/D/model.7.weight":       {1.92342331493, 185.983704416, -0.503375578028},
	"iter3/grad/D/model.7.bias":         {-0.254180634394, 0.688567781821, -0.280839655602},
	"iter3/grad/D/model.10.weight": {
		-0.0156688457355, 0.675043104216, -0.00499255524142,
	},
	"iter3/grad/D/model.10.bias":   {0.128634822089, 0.286288754083, 0.0233087195201},
	"iter3/grad/D/model.11.weight": {7.13059005281, 125.771098717, -1.6091997041},
	"iter3/grad/D/model.11.bias":   {-0.0496512689278, 0.744691957661, -0.0110186840932},
	"iter3/grad/D/model.14.weight": {0.0244886607397, 0.991344887065, 0.149648816762},
	"iter3/grad/D/model.14.bias":   {0.137024218566, 0.259348441265, 0.0223024431779},
	"iter3/grad/D/linear.weight":   {0.499594798312, 1.42766042612, 0.0453057306102},
	"iter3/grad/D/linear.bias":     {0.0551655143499, 0.0551655143499, 0.0551655143499},
	"iter3/grad/D/embed.weight":    {0.499594760127, 16.20842198, -0.748921141604},
}

var katDCPlusBalance = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-32.8930097717, 13045.1168718, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {4.07972441932, 132.081433038, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {7.89163662225, 2767.34229643, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {-0.122843307443, 2.38065040606, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.21753975309, 1383.52287015, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {0.374496030854, 1.25620472431, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {0.783588380029, 46.39519658, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {-0.100743852556, 0.100743852556, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-0.917189553322, 26.313925784, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.509256005287, 1.24405875802, 0, 0, 0},
	"iter0/D/model.3.weight":                    {-5.06246691273, 87.0091368488, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.23540166812, 1.20276961522, 0, 0, 0},
	"iter0/D/model.6.weight":                    {15.7768802643, 15.7768802643, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.0644591869786, 0.861471419223, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {16, 16, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {5.59234305514, 120.922683089, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.0350958267227, 0.708019870333, 0, 0, 0},
	"iter0/D/model.10.weight":                   {15.7189500332, 15.7189500332, 0, 0, 0},
	"iter0/D/model.10.bias":                     {0.285024274141, 1.12558387592, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {16, 16, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-4.93126650622, 242.082702693, 0, 0, 0},
	"iter0/D/model.11.bias":                     {-0.241845217999, 1.39722217526, 0, 0, 0},
	"iter0/D/model.14.weight":                   {32.1906090975, 32.1906090975, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.507356565446, 1.90526176803, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {32, 32, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/linear.weight":                     {1.07270766795, 4.04948934913, 0, 0, 0},
	"iter0/D/linear.bias":                       {0.132330909371, 0.132330909371, 0, 0, 0},
	"iter0/D/embed.weight":                      {0.812199245906, 13.7423233648, 0, 0, 0},
	"iter1/loss":                                {1.92569708824, 0.681202352047},
	"iter1/d_out":                               {0.552274107933, 0.538231730461},
	"iter1/fakes": {
		0.13312829, 0.6346802, -0.20165697, 0.66645813, 0.33476454, 0.28714457, 0.05420885, -0.522062,
		0.25153643, -0.46389335, -0.06297921, 0.34616604, 0.46634525, -0.067412525, 0.041276168,
		-0.356842,
	},
	"iter1/G/l1.0.weight": {
		-32.8558112128, 13045.0974645, 0.0371985588484, 40.958796999, -0.0592449423507,
	},
	"iter1/G/l1.0.bias": {
		4.07652157925, 132.075626965, -0.00320284007466, 0.409592283657, -0.00210528762541,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.639917791, 128.639917791, 0.000400066375732, 0.0256004333496, -0.00120275361921,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.320844934904, 8.02591953834, 0.00119999912567, 0.0255995977204, 0.00137118628666,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		-0.0181268054512, 0.44315562152, -0.0181268054512, 0.44315562152, -0.023216199417,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.273073852, 118.273073852, -9.72692614794, 9.99296170473, -0.061648815657,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		8.08882818194, 2767.36346707, 0.197191559685, 29.491010418, 0.0124134854645,
	},
	"iter1/G/conv_blocks.2.bias": {
		-0.124032874177, 2.38044489273, -0.00118956673396, 0.00592237752426, -3.52464013057e-05,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.963955402, 128.963955402, 0.00120007991791, 0.0256007909775, -0.000541668174969,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.871283157496, 8.06858346774, -0.00199991633417, 0.0255998088396, 0.000506981314841,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		-0.0090297710376, 0.549726014327, -0.0090297710376, 0.549726014327, -0.0637496397036,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.736501753, 120.736501753, -7.26349824667, 7.26349824667, -0.13733705634,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.04354694272, 1383.54811256, 0.173992810367, 14.7455156586, -0.00532655088443,
	},
	"iter1/G/conv_blocks.6.bias": {
		0.375250977464, 1.25581783103, 0.000754946609959, 0.0067676694598, -0.000641740359829,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9467104673, 63.9467104673, -0.0023997426033, 0.0128000378609, 0.000981710835042,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.18768392643, 4.19423307246, 0.00240000331542, 0.0127999856486, 0.000860796158242,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.0571270150685, 1.13733809568, -0.0571270150685, 1.13733809568, 0.088611003386,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.8815543056, 58.8815543056, -5.11844569445, 5.11844569445, -0.0875548960194,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		0.837588241651, 46.3968782689, 0.0539998616223, 0.345599342261, 0.00222695009688,
	},
	"iter1/G/conv_blocks.9.bias": {
		-0.100543852895, 0.100543852895, 0.000199999660254, 0.000599998980761, 8.71015672069e-06,
	},
	"iter1/D/model.0.weight": {
		-0.904389500036, 26.3147258138, 0.0128000532859, 0.0864006517804, 0.0048906274246,
	},
	"iter1/D/model.0.bias": {
		-0.51085601747, 1.24405874312, -0.00160001218319, 0.00320003926754, 0.00097685365005,
	},
	"iter1/D/model.3.weight": {
		-5.04406687169, 86.9913653251, 0.0184000410372, 0.460799104534, 0.0083663126891,
	},
	"iter1/D/model.3.bias": {
		0.234601668548, 1.20196961565, -0.000799999572337, 0.00639999005944, 3.39845225058e-05,
	},
	"iter1/D/model.6.weight": {
		15.7760804892, 15.7760804892, -0.000799775123596, 0.00639975070953, -0.00020480387524,
	},
	"iter1/D/model.6.bias": {
		-0.0636591967195, 0.861471412703, 0.000799990259111, 0.00639998260885, 0.000924542522821,
	},
	"iter1/D/model.6.running_mean": {
		0.19265833695, 0.255252025905, 0.19265833695, 0.255252025905, 0.0455636930385,
	},
	"iter1/D/model.6.running_var": {
		11.6966848373, 11.6966848373, -4.30331516266, 4.30331516266, -0.192022440232,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		5.60354346791, 120.939456345, 0.0112004127669, 0.921598045395, 0.00243532947155,
	},
	"iter1/D/model.7.bias": {
		-0.0318958321586, 0.708019870333, 0.00319999456406, 0.00639999099076, 0.00147229597843,
	},
	"iter1/D/model.10.weight": {
		15.7173500061, 15.7173500061, -0.00160002708435, 0.00639975070953, -0.00219048527446,
	},
	"iter1/D/model.10.bias": {
		0.28502426669, 1.12558388337, -7.45058059692e-09, 0.00639998167753, 0.00174474467101,
	},
	"iter1/D/model.10.running_mean": {
		0.756473236717, 0.756473236717, 0.756473236717, 0.756473236717, 0.00431762839571,
	},
	"iter1/D/model.10.running_var": {
		12.2851626277, 12.2851626277, -3.7148373723, 3.7148373723, -0.185730472176,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-4.93286677346, 242.105724502, -0.00160026724734, 0.819197940289, 0.00953016893065,
	},
	"iter1/D/model.11.bias": {
		-0.243445212953, 1.3956221831, -0.00159999495372, 0.0127999768592, 0.00196481893409,
	},
	"iter1/D/model.14.weight": {
		32.1882093549, 32.1882093549, -0.0023997426033, 0.0127993226051, -0.000333154147752,
	},
	"iter1/D/model.14.bias": {
		0.504956585821, 1.89886172721, -0.0023999796249, 0.0127998436801, -0.000487336459049,
	},
	"iter1/D/model.14.running_mean": {
		1.45607639011, 1.49237300176, 1.45607639011, 1.49237300176, 0.115350567598,
	},
	"iter1/D/model.14.running_var": {
		24.1335276961, 24.1335276961, -7.86647230387, 7.86647230387, -0.146337764285,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/linear.weight": {
		1.06870762259, 4.04548927397, -0.00400004535913, 0.0128001049161, 0.000127014170743,
	},
	"iter1/D/linear.bias": {
		0.1319309026, 0.1319309026, -0.000400006771088, 0.000400006771088, -0.000400006771088,
	},
	"iter1/D/embed.weight": {
		0.805799201946, 13.7375233039, -0.00640004395973, 0.0512003732147, 0.00360965821771,
	},
	"iter1/grad/G/l1.0.weight": {-0.48833365036, 752.820106396, 1.6112595819},
	"iter1/grad/G/l1.0.bias":   {2.97877704725e-08, 9.89118129978, 0.0647001890319},
	"iter1/grad/G/conv_blocks.0.weight": {
		0.00732327212609, 1.01238773956, 0.102635881301,
	},
	"iter1/grad/G/conv_blocks.0.bias": {
		-0.0336910788319, 0.353437906539, -0.0152252447692,
	},
	"iter1/grad/G/conv_blocks.2.weight": {-14.6411046488, 1845.90100178, -1.89062772844},
	"iter1/grad/G/conv_blocks.2.bias": {
		1.04965465653e-07, 4.49258777735e-07, 3.77708499642e-09,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		0.000371620411897, 0.941787343512, -0.00998804032743,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		0.0651261233725, 0.656064981711, -0.0167814473747,
	},
	"iter1/grad/G/conv_blocks.6.weight": {-25.7662173104, 1192.31477878, -1.75465621843},
	"iter1/grad/G/conv_blocks.6.bias": {
		-6.36964614387e-08, 1.04377886601e-06, 6.38139632321e-08,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		0.0139714186953, 0.671491104964, -0.0527296370507,
	},
	"iter1/grad/G/conv_blocks.7.bias": {
		-0.128414052015, 0.584688765288, -0.0534321738033,
	},
	"iter1/grad/G/conv_blocks.9.weight": {-30.2685227206, 112.45477797, 1.66368270042},
	"iter1/grad/G/conv_blocks.9.bias": {
		-0.083308942616, 0.225888855755, -0.0918350977034,
	},
	"iter1/grad/D/model.0.weight":  {-2.20667584543, 32.4788187325, -1.35094793384},
	"iter1/grad/D/model.0.bias":    {1.07839333266, 1.24244641513, -0.317311003292},
	"iter1/grad/D/model.3.weight":  {-4.91467477818, 100.532538625, -3.02414640013},
	"iter1/grad/D/model.3.bias":    {-0.555197911337, 1.68294212408, -0.0976853152728},
	"iter1/grad/D/model.6.weight":  {-0.0632123700343, 0.974839745555, 0.209939926253},
	"iter1/grad/D/model.6.bias":    {-0.0681156823412, 0.288569199853, -0.0684254495108},
	"iter1/grad/D/model.7.weight":  {2.31688918838, 183.879227831, 1.29621884349},
	"iter1/grad/D/model.7.bias":    {-0.336436899379, 0.640875175595, -0.247503726191},
	"iter1/grad/D/model.10.weight": {-0.00486216042191, 0.688529259525, 0.124838860521},
	"iter1/grad/D/model.10.bias":   {0.0405487637036, 0.322102243546, -0.0508780844386},
	"iter1/grad/D/model.11.weight": {5.3696006391, 115.163678715, -2.17660178045},
	"iter1/grad/D/model.11.bias":   {-0.0329808795359, 0.630021834979, -0.0296016377341},
	"iter1/grad/D/model.14.weight": {0.425581190502, 0.744341782993, 0.165601382104},
	"iter1/grad/D/model.14.bias":   {0.0736964605749, 0.155376834795, 0.0012909644289},
	"iter1/grad/D/linear.weight":   {0.734291218221, 1.61179626361, -0.10283672353},
	"iter1/grad/D/linear.bias":     {0.0452529191971, 0.0452529191971, 0.0452529191971},
	"iter1/grad/D/embed.weight":    {-2.23517417908e-08, 13.3665424287, -0.757172679448},
	"iter2/loss":                   {1.74705648422, 0.660718619823},
	"iter2/d_out":                  {0.551531076431, 0.542900085449},
	"iter2/G/l1.0.weight": {
		-32.8511972347, 13045.1193956, 0.0418125369854, 52.9129545661, -0.107112319006,
	},
	"iter2/G/l1.0.bias": {
		4.06883773153, 132.070603157, -0.0108866877963, 0.520835416955, -0.00156190154557,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.640329123, 128.640329123, 0.000811398029327, 0.0328351855278, -0.00286045183223,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.32055450714, 8.02594895748, 0.000909571361262, 0.0353010191466, 5.20387139212e-05,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		0.0266866636011, 0.751036707101, 0.0266866636011, 0.751036707101, 0.015767627776,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.759695768, 109.759695768, -18.2403042316, 18.9626691341, -0.395537394031,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		8.0139155212, 2767.4574663, 0.122278898947, 37.7986695729, 0.0163367957438,
	},
	"iter2/G/conv_blocks.2.bias": {
		-0.124312758722, 2.37957569021, -0.00146945127926, 0.00913315052458, -0.000268753011989,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.964508653, 128.964508653, 0.00175333023071, 0.0326162576675, -0.000833711817763,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.872790970025, 8.07205115899, -0.00350772886304, 0.0359641281539, 0.000191855634118,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		-0.00835433963221, 1.01678990445, -0.00835433963221, 1.01678990445, -0.104898032081,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.169562042, 114.169562042, -13.8304379582, 13.8304379582, -0.217944749443,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-3.03507614253, 1383.54149588, 0.182463610558, 18.71830365, 0.00798279362334,
	},
	"iter2/G/conv_blocks.6.bias": {
		0.375907256326, 1.25563122827, 0.00141122547211, 0.00975998799549, -0.00140252563903,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.946808815, 63.946808815, -0.00230139493942, 0.0158460736275, 0.000939676282477,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.1867245044, 4.19195786113, 0.0033594253473, 0.0159089486115, 0.000215808729624,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.102254259633, 2.17969220481, -0.102254259633, 2.17969220481, 0.167911613616,
	},
	"iter2/G/conv_blocks.7.running_var": {
		54.290189147, 54.290189147, -9.709810853, 9.709810853, -0.172241581515,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		0.79684440255, 46.4005688477, 0.0132560225211, 0.433970107293, 0.00396770851575,
	},
	"iter2/G/conv_blocks.9.bias": {
		-0.100790450349, 0.100790450349, -4.65977936983e-05, 0.00074522010982, 0.00010446740376,
	},
	"iter2/D/model.0.weight": {
		-0.898666770896, 26.3146220187, 0.0185227824259, 0.153202630871, 0.00953087447132,
	},
	"iter2/D/model.0.bias": {
		-0.512978196144, 1.24467003345, -0.00372219085693, 0.00549510121346, 0.00135718008391,
	},
	"iter2/D/model.3.weight": {
		-5.02826683313, 86.9878892, 0.0342000795936, 0.821996953193, 0.0139958803282,
	},
	"iter2/D/model.3.bias": {
		0.233797671739, 1.20096579427, -0.00160399638116, 0.0125728081912, 7.90615491599e-05,
	},
	"iter2/D/model.6.weight": {
		15.7764855027, 15.7764855027, -0.000394761562347, 0.0112982392311, -0.00104859000608,
	},
	"iter2/D/model.6.bias": {
		-0.0645166179165, 0.86172428634, -5.74309378862e-05, 0.0107117407024, 0.00141272169931,
	},
	"iter2/D/model.6.running_mean": {
		0.337610102957, 0.444988751551, 0.337610102957, 0.444988751551, 0.074850022289,
	},
	"iter2/D/model.6.running_var": {
		8.55975997448, 8.55975997448, -7.44024002552, 7.44024002552, -0.332145650296,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		5.61557831954, 120.95089681, 0.0232352644026, 1.66964777561, 0.00368219814817,
	},
	"iter2/D/model.7.bias": {
		-0.0289262225851, 0.707884130068, 0.00616960413754, 0.0126930065453, 0.00291064475551,
	},
	"iter2/D/model.10.weight": {
		15.7164809108, 15.7164809108, -0.00246912240982, 0.0119015574455, -0.003877508509,
	},
	"iter2/D/model.10.bias": {
		0.284145433456, 1.12628472224, -0.000878840684891, 0.0118909627199, 0.00282464820334,
	},
	"iter2/D/model.10.running_mean": {
		1.31668158621, 1.31668158621, 1.31668158621, 1.31668158621, -0.0316524352162,
	},
	"iter2/D/model.10.running_var": {
		9.56847941875, 9.56847941875, -6.43152058125, 6.43152058125, -0.324158134572,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-4.93329938309, 242.122904381, -0.00203287687145, 1.48910585722, 0.00874085464005,
	},
	"iter2/D/model.11.bias": {
		-0.243340652436, 1.39454906527, -0.00149543443695, 0.0228863051161, 0.00245506271391,
	},
	"iter2/D/model.14.weight": {
		32.1886754632, 32.1886754632, -0.00193363428116, 0.0225962996483, -0.00149161705976,
	},
	"iter2/D/model.14.bias": {
		0.502344862092, 1.89123308798, -0.00501170335338, 0.0243212063797, -0.00124399120032,
	},
	"iter2/D/model.14.running_mean": {
		2.47790845053, 2.50971219072, 2.47790845053, 2.50971219072, 0.125128150979,
	},
	"iter2/D/model.14.running_var": {
		18.4093723893, 18.4093723893, -13.5906276107, 13.5906276107, -0.217359857798,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/linear.weight": {
		1.0666869469, 4.03997299448, -0.00602072104812, 0.0194593630731, 0.0021467504522,
	},
	"iter2/D/linear.bias": {
		0.131528168917, 0.131528168917, -0.000802740454674, 0.000802740454674, -0.000802740454674,
	},
	"iter2/D/embed.weight": {
		0.799667475745, 13.7363690147, -0.0125317701604, 0.0983685869724, 0.00681231811769,
	},
	"iter2/grad/G/l1.0.weight": {-0.738513360844, 848.021225509, 0.405600210508},
	"iter2/grad/G/l1.0.bias":   {-7.86640157457e-08, 11.0490422455, -0.0643294299863},
	"iter2/grad/G/conv_blocks.0.weight": {
		-0.0137320563081, 1.36106164177, 0.0938976555059,
	},
	"iter2/grad/G/conv_blocks.0.bias":   {0.0234908457205, 0.398643363878, 0.051386465808},
	"iter2/grad/G/conv_blocks.2.weight": {16.6519040878, 2007.9811354, -0.248760393247},
	"iter2/grad/G/conv_blocks.2.bias": {
		-2.91049104817e-08, 5.22475090747e-07, 1.83442585137e-08,
	},
	"iter2/grad/G/conv_blocks.3.weight": {
		-0.00444409748161, 1.04294847436, 0.0262039043706,
	},
	"iter2/grad/G/conv_blocks.3.bias": {
		0.0359615374182, 0.673347566568, 0.0694000662948,
	},
	"iter2/grad/G/conv_blocks.6.weight": {2.17646407766, 1288.956535, -3.04547868926},
	"iter2/grad/G/conv_blocks.6.bias": {
		-9.85527321973e-08, 7.06067908141e-07, 8.69893280184e-08,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		-0.0435992177627, 0.785824555071, 0.0235301849088,
	},
	"iter2/grad/G/conv_blocks.7.bias": {
		-0.00372565188445, 0.632840790786, 0.0632414173883,
	},
	"iter2/grad/G/conv_blocks.9.weight": {44.7320853343, 134.089918214, 0.368180899024},
	"iter2/grad/G/conv_blocks.9.bias":   {0.20836642012, 0.259957302362, -0.0623739413},
	"iter2/grad/D/model.0.weight":       {-0.618914825842, 29.1711177547, -0.792634094278},
	"iter2/grad/D/model.0.bias":         {0.966646436602, 1.06034283713, -0.351765573592},
	"iter2/grad/D/model.3.weight":       {-2.90928691847, 94.1853331084, -3.13117927517},
	"iter2/grad/D/model.3.bias":         {-0.170447573066, 1.88547952473, -0.331309125238},
	"iter2/grad/D/model.6.weight":       {-0.0563642475754, 0.968442464247, 0.201355294057},
	"iter2/grad/D/model.6.bias":         {-0.073190793395, 0.349920402281, -0.0492675438864},
	"iter2/grad/D/model.7.weight":       {2.49081462272, 171.114410024, 0.0920094823888},
	"iter2/grad/D/model.7.bias":         {-0.330993226729, 0.742426305078, -0.34932279512},
	"iter2/grad/D/model.10.weight":      {-0.00354754552245, 0.67438124679, 0.117007341399},
	"iter2/grad/D/model.10.bias":        {0.113060457632, 0.353903115727, -0.0235270662426},
	"iter2/grad/D/model.11.weight":      {4.84153316659, 105.713174918, -1.14360903668},
	"iter2/grad/D/model.11.bias":        {-0.00764308311045, 0.677900122479, 0.0720400068921},
	"iter2/grad/D/model.14.weight":      {0.215995503357, 0.700026766164, 0.188183346194},
	"iter2/grad/D/model.14.bias":        {0.0870467312634, 0.167882926762, 0.00654535539132},
	"iter2/grad/D/linear.weight":        {0.291901136981, 1.20622892422, -0.223440987181},
	"iter2/grad/D/linear.bias":          {0.0472155660391, 0.0472155660391, 0.0472155660391},
	"iter2/grad/D/embed.weight":         {3.16649675369e-08, 12.3443358857, -0.691984126503},
	"iter3/loss":                        {1.60540866852, 0.655768275261},
	"iter3/d_out":                       {0.550741493702, 0.551136136055},
	"iter3/G/l1.0.weight": {
		-32.8237397749, 13045.1247051, 0.0692699967606, 62.9285205266, -0.127093065343,
	},
	"iter3/G/l1.0.bias": {
		4.06934412173, 132.065927926, -0.0103802975937, 0.616295693224, 0.00405978983164,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.641435921, 128.641435921, 0.00191819667816, 0.0396467447281, -0.00457583997715,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.319694084697, 8.02518055856, 4.91489190608e-05, 0.0429296188522, -0.00050461576488,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		0.102704094315, 0.855855343107, 0.102704094315, 0.855855343107, 0.0737504478374,
	},
	"iter3/G/conv_blocks.0.running_var": {
		101.972494304, 101.972494304, -26.0275056958, 27.0502730012, -0.412730423396,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		7.90124285248, 2767.5191376, 0.00960623023408, 45.1668965319, 0.0129786055225,
	},
	"iter3/G/conv_blocks.2.bias": {
		-0.124523234961, 2.37923448678, -0.00167992751813, 0.0115407697158, -3.42876326889e-05,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.964855433, 128.964855433, 0.00210011005402, 0.0386239290237, 0.00119917495812,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.873447882463, 8.07723893273, -0.00416464130103, 0.044165011539, 0.00176206609877,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		-0.0585239345091, 1.40531266812, -0.0585239345091, 1.40531266812, -0.129648433409,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.312543571, 108.312543571, -19.687456429, 19.687456429, -0.307498378321,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-2.99200986, 1383.54372906, 0.225529893097, 22.1468640654, 0.00963074727669,
	},
	"iter3/G/conv_blocks.6.bias": {
		0.376450823329, 1.25554997165, 0.00195479247486, 0.0116810956388, -0.00169510267549,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9477265477, 63.9477265477, -0.00138366222382, 0.0176434516907, 0.00016739886487,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.18569445127, 4.18966640701, 0.00438947847579, 0.019641946652, -0.000210003049132,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.141185851535, 3.09920727299, -0.141185851535, 3.09920727299, 0.241885026355,
	},
	"iter3/G/conv_blocks.7.running_var": {
		50.1660710573, 50.1660710573, -13.8339289427, 13.8339289427, -0.235100569692,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		0.767709200729, 46.3999481629, -0.0158791793001, 0.524097955313, 0.00192000183666,
	},
	"iter3/G/conv_blocks.9.bias": {
		-0.10095218569, 0.10095218569, -0.000208333134651, 0.00089617818594, 0.000217604363904,
	},
	"iter3/D/model.0.weight": {
		-0.889249516535, 26.3153837741, 0.0279400367872, 0.21796683775, 0.0124542672142,
	},
	"iter3/D/model.0.bias": {
		-0.514300450683, 1.24452759326, -0.00504444539547, 0.0073526352644, 0.00204910227985,
	},
	"iter3/D/model.3.weight": {
		-5.0186990287, 86.9821697283, 0.0437678840269, 1.15202810761, 0.0197400404403,
	},
	"iter3/D/model.3.bias": {
		0.232969186734, 1.19996010466, -0.00243248138577, 0.0167220914736, -0.000144553524294,
	},
	"iter3/D/model.6.weight": {
		15.7765500546, 15.7765500546, -0.000330209732056, 0.0162825584412, -0.00167101690277,
	},
	"iter3/D/model.6.bias": {
		-0.0664152381942, 0.863287216984, -0.00195605121553, 0.0152798052877, 0.00176534724135,
	},
	"iter3/D/model.6.running_mean": {
		0.439829245559, 0.578785231686, 0.439829245559, 0.578785231686, 0.0991313751938,
	},
	"iter3/D/model.6.running_var": {
		6.27289739251, 6.27289739251, -9.72710260749, 9.72710260749, -0.434490266488,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		5.62827194067, 120.96347252, 0.0359288855335, 2.35421139528, 0.00893216254938,
	},
	"iter3/D/model.7.bias": {
		-0.0264644934796, 0.707771251444, 0.0086313332431, 0.0183337624185, 0.00407784650388,
	},
	"iter3/D/model.10.weight": {
		15.7165738344, 15.7165738344, -0.00237619876862, 0.0163155794144, -0.0044808307092,
	},
	"iter3/D/model.10.bias": {
		0.283050779253, 1.12653738633, -0.00197349488735, 0.0162756368518, 0.00342672398208,
	},
	"iter3/D/model.10.running_mean": {
		1.76392772049, 1.76392772049, 1.76392772049, 1.76392772049, -0.0281837870996,
	},
	"iter3/D/model.10.running_var": {
		7.57451692224, 7.57451692224, -8.42548307776, 8.42548307776, -0.426032639395,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-4.9399004181, 242.149790919, -0.00863391188432, 2.11197427627, 0.00598147859567,
	},
	"iter3/D/model.11.bias": {
		-0.241579190828, 1.39510478452, 0.000266027171165, 0.0313396472484, 0.0023927800582,
	},
	"iter3/D/model.14.weight": {
		32.1896986365, 32.1896986365, -0.000910460948944, 0.0325921177864, -0.00234987955981,
	},
	"iter3/D/model.14.bias": {
		0.498322781175, 1.88321477547, -0.00903378427029, 0.035300988704, -0.00193956496651,
	},
	"iter3/D/model.14.running_mean": {
		3.13982266141, 3.14039028483, 3.13982266141, 3.14039028483, 0.0903836904139,
	},
	"iter3/D/model.14.running_var": {
		14.1825304329, 14.1825304329, -17.8174695671, 17.8174695671, -0.245363503835,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/linear.weight": {
		1.06414144859, 4.0347048156, -0.00856621935964, 0.0275633521378, 0.00331399291912,
	},
	"iter3/D/linear.bias": {
		0.131118133664, 0.131118133664, -0.00121277570724, 0.00121277570724, -0.00121277570724,
	},
	"iter3/D/embed.weight": {
		0.793671865365, 13.7393378714, -0.01852738054, 0.142517405911, 0.00926221861781,
	},
	"iter3/grad/G/l1.0.weight": {0.198999201483, 734.447660652, -0.107544715409},
	"iter3/grad/G/l1.0.bias":   {-5.73254510527e-09, 9.50132567125, -0.189284001346},
	"iter3/grad/G/conv_blocks.0.weight": {
		-0.00993164234933, 1.19076994098, 0.0636466931021,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		0.018042421987, 0.308717623266, -0.0157599790807,
	},
	"iter3/grad/G/conv_blocks.2.weight": {10.6933979648, 1806.49873741, 0.72096697886},
	"iter3/grad/G/conv_blocks.2.bias": {
		1.74929795094e-08, 4.17406013753e-07, -5.35688779372e-08,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		-0.00374193844618, 1.00842342258, -0.207552546267,
	},
	"iter3/grad/G/conv_blocks.3.bias": {
		-0.0147147730459, 0.660965534043, -0.0939063282513,
	},
	"iter3/grad/G/conv_blocks.6.weight": {-4.61151847371, 1186.98182045, 2.45148617411},
	"iter3/grad/G/conv_blocks.6.bias": {
		-3.70381485482e-08, 5.89662363382e-07, -5.57265780147e-09,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		-0.0895350162173, 0.686464763945, 0.0838607664829,
	},
	"iter3/grad/G/conv_blocks.7.bias": {
		-0.133548495185, 0.510804433085, 0.0653143614518,
	},
	"iter3/grad/G/conv_blocks.9.weight": {15.9771205329, 120.851687608, 0.505578820257},
	"iter3/grad/G/conv_blocks.9.bias":   {0.125673685223, 0.252233225852, -0.062861518469},
	"iter3/grad/D/model.0.weight":       {-2.66395355249, 22.6856616451, -0.771700750991},
	"iter3/grad/D/model.0.bias":         {0.512014867738, 0.749159095809, -0.324768380934},
	"iter3/grad/D/model.3.weight":       {-1.54088543115, 73.5463835808, -1.62514036918},
	"iter3/grad/D/model.3.bias":         {-0.145198113285, 1.13470109645, -0.300102271682},
	"iter3/grad/D/model.6.weight":       {-0.0361294045579, 0.824940032559, 0.158308081353},
	"iter3/grad/D/model.6.bias":         {0.0616700043902, 0.26759222243, -0.039835896462},
	"iter3/grad/D/model.7.weight":       {1.31753934809, 135.815569475, -0.546333558792},
	"iter3/grad/D/model.7.bias":         {-0.138295470737, 0.479094001465, -0.218764859727},
	"iter3/grad/D/model.10.weight":      {-0.00177108682692, 0.487203693017, 0.0414476469282},
	"iter3/grad/D/model.10.bias":        {0.0966576765059, 0.221225244575, 0.0115386508059},
	"iter3/grad/D/model.11.weight":      {4.09901195926, 88.3884385339, 0.259570543192},
	"iter3/grad/D/model.11.bias":        {-0.0205528147053, 0.569446853129, 0.0393603958031},
	"iter3/grad/D/model.14.weight":      {0.0591251892038, 0.644495785702, 0.130059958196},
	"iter3/grad/D/model.14.bias":        {0.0953339608386, 0.182474046014, 0.00956860736517},
	"iter3/grad/D/linear.weight":        {0.468843649607, 1.13735731458, -0.139888235464},
	"iter3/grad/D/linear.bias":          {0.0509388297796, 0.0509388297796, 0.0509388297796},
	"iter3/grad/D/embed.weight":         {1.23865902424e-07, 11.6108732158, -0.651781994336},
}

var katDCPlusClassBN = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-43.3410823604, 13425.3883144, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {3.96257877378, 128.288828662, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {7.89163662225, 2767.34229643, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {-0.122843307443, 2.38065040606, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.21753975309, 1383.52287015, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {0.374496030854, 1.25620472431, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {0.783588380029, 46.39519658, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {-0.100743852556, 0.100743852556, 0, 0, 0},
	"iter0/G/label_emb.weight":                  {-5.0582858026, 17.4267698228, 0, 0, 0},
	"iter0/G/class_bn.0.gamma":                  {503.918755114, 503.918755114, 0, 0, 0},
	"iter0/G/class_bn.0.beta":                   {-5.75896503893, 167.782451446, 0, 0, 0},
	"iter0/G/class_bn.1.gamma":                  {517.000213563, 517.000213563, 0, 0, 0},
	"iter0/G/class_bn.1.beta":                   {8.43406716693, 167.252750409, 0, 0, 0},
	"iter0/G/class_bn.2.gamma":                  {250.718945742, 250.718945742, 0, 0, 0},
	"iter0/G/class_bn.2.beta":                   {-0.334681754466, 79.3199587874, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-0.917189553322, 26.313925784, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.509256005287, 1.24405875802, 0, 0, 0},
	"iter0/D/model.3.weight":                    {-5.06246691273, 87.0091368488, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.23540166812, 1.20276961522, 0, 0, 0},
	"iter0/D/model.6.weight":                    {15.7768802643, 15.7768802643, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.0644591869786, 0.861471419223, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {16, 16, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {5.59234305514, 120.922683089, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.0350958267227, 0.708019870333, 0, 0, 0},
	"iter0/D/model.10.weight":                   {15.7189500332, 15.7189500332, 0, 0, 0},
	"iter0/D/model.10.bias":                     {0.285024274141, 1.12558387592, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {16, 16, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-4.93126650622, 242.082702693, 0, 0, 0},
	"iter0/D/model.11.bias":                     {-0.241845217999, 1.39722217526, 0, 0, 0},
	"iter0/D/model.14.weight":                   {32.1906090975, 32.1906090975, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.507356565446, 1.90526176803, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {32, 32, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/linear.weight":                     {1.07270766795, 4.04948934913, 0, 0, 0},
	"iter0/D/linear.bias":                       {0.132330909371, 0.132330909371, 0, 0, 0},
	"iter0/D/embed.weight":                      {0.812199245906, 13.7423233648, 0, 0, 0},
	"iter1/loss":                                {1.94157934189, 2.3406829834},
	"iter1/d_out":                               {0.524097621441, 0.542898237705},
	"iter1/fakes": {
		0.13284375, -0.27044886, 0.48566633, 0.28936854, 0.13964924, 0.47820574, -0.5161764,
		-0.48842835, -0.5928425, 0.29681367, 0.64261705, 0.28252494, 0.29580265, -0.15431468,
		-0.5292247, -0.5307063,
	},
	"iter1/G/l1.0.weight": {
		-43.3679415218, 13425.512529, -0.0268591614613, 43.4172989109, -0.0936779019986,
	},
	"iter1/G/l1.0.bias": {
		3.96457916923, 128.293039117, 0.0020003954487, 0.40960041053, -0.0041715656534,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.640717685, 128.640717685, 0.00119996070862, 0.0256006717682, 0.000589491201656,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.318044928019, 8.02551956743, -0.00160000775941, 0.0256001011003, -0.000732532848697,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		0.0631878121112, 0.519880645132, 0.0631878121112, 0.519880645132, -0.0111871712221,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.588581741, 118.588581741, -9.41141825914, 9.41141825914, -0.10196841621,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		8.06843552276, 2767.4157113, 0.176798900513, 29.4911296016, -0.0552637618331,
	},
	"iter1/G/conv_blocks.2.bias": {
		-0.121894930562, 2.37924401935, 0.000948376880842, 0.0122611952684, 0.000183251272795,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.961155772, 128.961155772, -0.00159955024719, 0.0256009101868, -0.00241562971649,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.8696834578, 8.06378367657, -0.000400216638809, 0.0255999330839, 0.00202304591986,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		-0.258269201418, 1.07853795944, -0.258269201418, 1.07853795944, -0.181792645704,
	},
	"iter1/G/conv_blocks.3.running_var": {
		121.697740614, 121.697740614, -6.30225938559, 6.30225938559, -0.0969529161414,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.17354236701, 1383.5648543, 0.0439973860815, 14.7455683432, 0.0151216764267,
	},
	"iter1/G/conv_blocks.6.bias": {
		0.373734144348, 1.25520839341, -0.000761886505643, 0.00931347688311, -0.000945952422909,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9507104754, 63.9507104754, 0.00160026550293, 0.0128000974655, 0.00193107466011,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.19088389887, 4.19503300427, -0.00079996912973, 0.0128000619006, -0.00163216430065,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.205685198191, 1.34760560712, -0.205685198191, 1.34760560712, -0.0201797067118,
	},
	"iter1/G/conv_blocks.7.running_var": {
		59.3382455111, 59.3382455111, -4.66175448895, 4.66175448895, -0.0859528833086,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		0.662388542463, 46.3998480767, -0.121199837566, 0.345599477529, -0.000493807575376,
	},
	"iter1/G/conv_blocks.9.bias": {
		-0.101343851537, 0.101343851537, -0.000599998980761, 0.000599998980761, -0.000224830711936,
	},
	"iter1/G/label_emb.weight": {
		-5.05748584867, 17.4263697565, 0.000799953937531, 0.00479954481125, -0.000764986502234,
	},
	"iter1/G/class_bn.0.gamma": {
		503.918354869, 503.918354869, -0.000400245189667, 0.102400720119, 0.00715534463841,
	},
	"iter1/G/class_bn.0.beta": {
		-5.762165386, 167.778851706, -0.00320034706965, 0.102401022334, -0.000294840200462,
	},
	"iter1/G/class_bn.1.gamma": {
		517.002213478, 517.002213478, 0.00199991464615, 0.102402508259, 0.000204649248681,
	},
	"iter1/G/class_bn.1.beta": {
		8.4332645752, 167.251152733, -0.0008025917341, 0.102398827381, -0.00233188075676,
	},
	"iter1/G/class_bn.2.gamma": {
		250.716945142, 250.716945142, -0.00200060009956, 0.0512004196644, 0.0012034688013,
	},
	"iter1/G/class_bn.2.beta": {
		-0.335081753321, 79.3247588687, -0.000399998854846, 0.0512007256038, 0.00090191082591,
	},
	"iter1/D/model.0.weight": {
		-0.905989472638, 26.3195258606, 0.0112000806839, 0.0864007351338, 0.00291143922669,
	},
	"iter1/D/model.0.bias": {
		-0.511656031013, 1.24485875666, -0.00240002572536, 0.00320003926754, 0.000208704417936,
	},
	"iter1/D/model.3.weight": {
		-5.04246704665, 87.0089653333, 0.0199998660828, 0.460799145221, 0.00136507377451,
	},
	"iter1/D/model.3.bias": {
		0.23620166583, 1.20196961565, 0.000799997709692, 0.00639999005944, 0.000864034664316,
	},
	"iter1/D/model.6.weight": {
		15.7752804756, 15.7752804756, -0.00159978866577, 0.00639975070953, -0.000208344493565,
	},
	"iter1/D/model.6.bias": {
		-0.0644591916353, 0.862271411344, -4.65661287308e-09, 0.0063999844715, 0.000881260774585,
	},
	"iter1/D/model.6.running_mean": {
		0.213025413745, 0.277126419183, 0.213025413745, 0.277126419183, 0.0483710061619,
	},
	"iter1/D/model.6.running_var": {
		11.7007952929, 11.7007952929, -4.29920470715, 4.29920470715, -0.190504914372,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		5.58674289161, 120.943737522, -0.00560016353023, 0.921598294305, -0.00113005206819,
	},
	"iter1/D/model.7.bias": {
		-0.0334958294407, 0.708019870333, 0.00159999728203, 0.00639999099076, 0.00140496325611,
	},
	"iter1/D/model.10.weight": {
		15.718949914, 15.718949914, -1.19209289551e-07, 0.00639975070953, -0.00164886078696,
	},
	"iter1/D/model.10.bias": {
		0.283424276859, 1.12558387592, -0.00159999728203, 0.00639998912811, 0.000269670297,
	},
	"iter1/D/model.10.running_mean": {
		0.660958947614, 0.660958947614, 0.660958947614, 0.660958947614, 0.0724798266111,
	},
	"iter1/D/model.10.running_var": {
		12.2387881875, 12.2387881875, -3.7612118125, 3.7612118125, -0.11731738685,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-4.93206643105, 242.117724336, -0.000799924831881, 0.819198451178, 0.00155942207474,
	},
	"iter1/D/model.11.bias": {
		-0.242645217106, 1.39802217623, -0.000799999106675, 0.0127999777906, 0.00101256913297,
	},
	"iter1/D/model.14.weight": {
		32.1890092492, 32.1890092492, -0.00159984827042, 0.0127993226051, -0.000881928518518,
	},
	"iter1/D/model.14.bias": {
		0.502556587569, 1.90446173865, -0.00479997787625, 0.0127999437973, -0.000305417234656,
	},
	"iter1/D/model.14.running_mean": {
		1.46612079957, 1.46950251868, 1.46612079957, 1.46950251868, 0.138295531328,
	},
	"iter1/D/model.14.running_var": {
		24.1445721984, 24.1445721984, -7.85542780161, 7.85542780161, -0.109822123122,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/linear.weight": {
		1.07270761952, 4.04308928177, -4.842877388e-08, 0.0128000862896, 0.00275260972166,
	},
	"iter1/D/linear.bias": {
		0.1319309026, 0.1319309026, -0.000400006771088, 0.000400006771088, -0.000400006771088,
	},
	"iter1/D/embed.weight": {
		0.806599192991, 13.738323295, -0.00560005291482, 0.0512003361073, 0.00437008474527,
	},
	"iter1/grad/G/l1.0.weight": {-2.08370139229, 2998.3781547, 8.57697812117},
	"iter1/grad/G/l1.0.bias":   {1.69849954545e-07, 37.5938743481, 0.184558093763},
	"iter1/grad/G/conv_blocks.0.weight": {
		-0.106420852506, 5.13598371224, -0.20861112744,
	},
	"iter1/grad/G/conv_blocks.0.bias":   {0.322092175949, 2.12547809863, 0.0116870915633},
	"iter1/grad/G/conv_blocks.2.weight": {-75.4121746425, 8141.28310226, 2.6434658585},
	"iter1/grad/G/conv_blocks.2.bias": {
		-1.72155523614e-07, 1.58211969392e-06, -5.04352541504e-08,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		0.0534119729418, 5.27411708352, -0.129918923451,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		-0.00997223285958, 2.99114078516, -0.229247968713,
	},
	"iter1/grad/G/conv_blocks.6.weight": {4.95237901179, 5550.60137132, 1.78127998405},
	"iter1/grad/G/conv_blocks.6.bias": {
		7.36697529646e-08, 2.93837069876e-06, 4.23837409432e-07,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		-0.553244811337, 3.08541313451, -0.230498868837,
	},
	"iter1/grad/G/conv_blocks.7.bias":   {0.059004169656, 3.62259728531, 0.151844237914},
	"iter1/grad/G/conv_blocks.9.weight": {361.641183772, 630.291443833, 9.63996886178},
	"iter1/grad/G/conv_blocks.9.bias":   {1.77216154337, 1.77216154337, 0.614122018097},
	"iter1/grad/G/label_emb.weight":     {-0.0836552525871, 0.912784277927, 0.190484825364},
	"iter1/grad/G/class_bn.0.gamma":     {-0.0171620002948, 10.0322147862, -0.441323858411},
	"iter1/grad/G/class_bn.0.beta":      {0.327378489659, 7.1881720972, 0.138645566626},
	"iter1/grad/G/class_bn.1.gamma":     {-0.0111280856654, 9.71314654499, 0.323640767446},
	"iter1/grad/G/class_bn.1.beta":      {0.0175595772453, 7.60989309475, -0.0578560153565},
	"iter1/grad/G/class_bn.2.gamma":     {-0.516597921844, 6.0395969575, -0.0553542838794},
	"iter1/grad/G/class_bn.2.beta":      {0.0591045808978, 5.70555354585, -0.38985287564},
	"iter1/grad/D/model.0.weight":       {-5.3523380477, 43.737088751, -2.17660208487},
	"iter1/grad/D/model.0.bias":         {1.85137257725, 1.99847643822, -0.575610132981},
	"iter1/grad/D/model.3.weight":       {-4.83679861552, 134.470287164, -3.58191800273},
	"iter1/grad/D/model.3.bias":         {-0.801809946075, 2.33442687429, -0.41901907262},
	"iter1/grad/D/model.6.weight":       {-0.0549405736383, 1.1493581126, 0.148480096573},
	"iter1/grad/D/model.6.bias":         {-0.0821293634363, 0.273961234372, -0.0509325209119},
	"iter1/grad/D/model.7.weight":       {6.08184606582, 244.94235564, -0.551451612558},
	"iter1/grad/D/model.7.bias":         {-0.299223651178, 0.761750602163, -0.290601359321},
	"iter1/grad/D/model.10.weight":      {0.0118671501987, 0.981390049215, 0.151491912252},
	"iter1/grad/D/model.10.bias":        {0.0206934963353, 0.442365043331, -0.0812616697678},
	"iter1/grad/D/model.11.weight":      {7.9997058039, 156.151157334, -1.58203931912},
	"iter1/grad/D/model.11.bias":        {-0.0321143150795, 0.867563117528, -0.0458208488394},
	"iter1/grad/D/model.14.weight":      {0.4487223092, 0.993416184327, 0.221215595244},
	"iter1/grad/D/model.14.bias":        {0.109123391216, 0.184134444105, 0.017228603168},
	"iter1/grad/D/linear.weight":        {0.0122427637689, 1.25959288189, -0.270473060346},
	"iter1/grad/D/linear.bias":          {0.0334979295731, 0.0334979295731, 0.0334979295731},
	"iter1/grad/D/embed.weight":         {0.0122425211594, 19.5180651518, -1.33666696203},
	"iter2/loss":                        {1.8529137373, 2.06179499626},
	"iter2/d_out":                       {0.56720250845, 0.591782689095},
	"iter2/G/l1.0.weight": {
		-43.3836957262, 13425.4879239, -0.0426133657894, 57.393815439, -0.11996947001,
	},
	"iter2/G/l1.0.bias": {
		3.96591283601, 128.283536517, 0.00333406222489, 0.548350685094, -0.00208775373702,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.640886962, 128.640886962, 0.00136923789978, 0.0342874526978, 0.000994867621072,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.316672818502, 8.02687153197, -0.00297211727593, 0.036777927191, -0.00171066114023,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		0.0688520169933, 0.868608841614, 0.0688520169933, 0.868608841614, 0.0315608989479,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.90108335, 109.90108335, -18.0989166498, 18.0989166498, -0.261010896653,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		8.17824119476, 2767.46712777, 0.286604572505, 39.5607314445, -0.0436461923096,
	},
	"iter2/G/conv_blocks.2.bias": {
		-0.121692322151, 2.37805403471, 0.00115098529204, 0.0172336360411, -0.000809945543243,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.961773753, 128.961773753, -0.000981569290161, 0.036249756813, -0.00465220887378,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.869836427883, 8.06581261862, -0.000553186720936, 0.0352245981048, 0.00209529275179,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		-0.506278780726, 2.05497890178, -0.506278780726, 2.05497890178, -0.350279338767,
	},
	"iter2/G/conv_blocks.3.running_var": {
		116.145807624, 116.145807624, -11.8541923761, 11.8541923761, -0.228702565504,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-3.09111782101, 1383.60206959, 0.12642193208, 19.7519113317, 0.00521185937126,
	},
	"iter2/G/conv_blocks.6.bias": {
		0.374530819914, 1.25585755237, 3.47890600096e-05, 0.011688082508, -0.00316362383436,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.950981319, 63.950981319, 0.00187110900879, 0.0148248672485, 0.00244756991697,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.1913757493, 4.19399540883, -0.00129181955708, 0.0155123820878, -0.00250970603098,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.384836804238, 2.54638502875, -0.384836804238, 2.54638502875, -0.0384368132867,
	},
	"iter2/G/conv_blocks.7.running_var": {
		55.1401196718, 55.1401196718, -8.85988032818, 8.85988032818, -0.16655784299,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		0.654826795697, 46.4094106222, -0.128761584332, 0.447810368772, -0.000720445964456,
	},
	"iter2/G/conv_blocks.9.bias": {
		-0.101463185623, 0.101463185623, -0.000719333067536, 0.000719333067536, -0.000373796516222,
	},
	"iter2/G/label_emb.weight": {
		-5.05694650859, 17.4260803536, 0.00133929401636, 0.0069772824645, -0.00101802964824,
	},
	"iter2/G/class_bn.0.gamma": {
		503.915488899, 503.915488899, -0.0032662153244, 0.138683319092, 0.0074968864717,
	},
	"iter2/G/class_bn.0.beta": {
		-5.76165773033, 167.778217183, -0.00269269139972, 0.145335431793, -0.00177246823353,
	},
	"iter2/G/class_bn.1.gamma": {
		517.003587097, 517.003587097, 0.00337353348732, 0.139602154493, -0.00322082616572,
	},
	"iter2/G/class_bn.1.beta": {
		8.43183297478, 167.252863335, -0.00223419215763, 0.141757316364, -0.00490024180252,
	},
	"iter2/G/class_bn.2.gamma": {
		250.719306409, 250.719306409, 0.000360667705536, 0.0666293501854, -0.00044133694968,
	},
	"iter2/G/class_bn.2.beta": {
		-0.332093758276, 79.3249807593, 0.00258799619041, 0.070852737641, 0.00177612905225,
	},
	"iter2/D/model.0.weight": {
		-0.900210460182, 26.3223588909, 0.0169790931395, 0.156192883907, 0.00530438580704,
	},
	"iter2/D/model.0.bias": {
		-0.513348348439, 1.24545813352, -0.00409234315157, 0.00572413951159, 0.00027538980165,
	},
	"iter2/D/model.3.weight": {
		-5.0246945828, 87.0008736089, 0.0377723299316, 0.806533762428, 0.0106812953425,
	},
	"iter2/D/model.3.bias": {
		0.235802802257, 1.19975501578, 0.000401134137064, 0.0104191848077, -0.000150573082253,
	},
	"iter2/D/model.6.weight": {
		15.7747746706, 15.7747746706, -0.00210559368134, 0.0116889476776, -1.78249270263e-05,
	},
	"iter2/D/model.6.bias": {
		-0.0635571656749, 0.862218010239, 0.000902021303773, 0.011389778927, 0.00204104614903,
	},
	"iter2/D/model.6.running_mean": {
		0.366119138256, 0.476045176678, 0.366119138256, 0.476045176678, 0.0772258496348,
	},
	"iter2/D/model.6.running_var": {
		8.56797975302, 8.56797975302, -7.43202024698, 7.43202024698, -0.330412924812,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		5.59731618228, 120.964572401, 0.00497312713657, 1.61927027254, -0.000579036438604,
	},
	"iter2/D/model.7.bias": {
		-0.0310835163109, 0.708494693507, 0.00401231041178, 0.011899614241, 0.00331958775645,
	},
	"iter2/D/model.10.weight": {
		15.7180475593, 15.7180475593, -0.000902473926544, 0.0104005932808, -0.00316995364516,
	},
	"iter2/D/model.10.bias": {
		0.282082017511, 1.12609183416, -0.00294225662947, 0.0116548463702, 0.00125664080095,
	},
	"iter2/D/model.10.running_mean": {
		1.20613751188, 1.20613751188, 1.20613751188, 1.20613751188, 0.114742208562,
	},
	"iter2/D/model.10.running_var": {
		9.51724600792, 9.51724600792, -6.48275399208, 6.48275399208, -0.23325814453,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-4.94641197786, 242.137805485, -0.0151454716488, 1.39557314467, 0.00793505099709,
	},
	"iter2/D/model.11.bias": {
		-0.242139018141, 1.39795247372, -0.000293800141662, 0.0210505984724, 0.00121333479584,
	},
	"iter2/D/model.14.weight": {
		32.1872422695, 32.1872422695, -0.00336682796478, 0.0238084793091, -0.00265350915245,
	},
	"iter2/D/model.14.bias": {
		0.499448797666, 1.90099353809, -0.00790776778013, 0.0197549210861, 0.000239849272164,
	},
	"iter2/D/model.14.running_mean": {
		2.28954116721, 2.31107605528, 2.28954116721, 2.31107605528, 0.145576538792,
	},
	"iter2/D/model.14.running_var": {
		18.4270637631, 18.4270637631, -13.5729362369, 13.5729362369, -0.242352795086,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/linear.weight": {
		1.07270846888, 4.03784674779, 8.00937414169e-07, 0.0225825048983, 0.00475709311499,
	},
	"iter2/D/linear.bias": {
		0.131510227919, 0.131510227919, -0.000820681452751, 0.000820681452751, -0.000820681452751,
	},
	"iter2/D/embed.weight": {
		0.802750513656, 13.7347537738, -0.00944873224944, 0.0936279210728, 0.00659386805544,
	},
	"iter2/grad/G/l1.0.weight": {0.729825179346, 2441.81168767, 0.370679097367},
	"iter2/grad/G/l1.0.bias":   {-3.10246832669e-08, 33.4128693335, -0.363660934478},
	"iter2/grad/G/conv_blocks.0.weight": {
		0.0662021112894, 3.72787602098, 0.134408643226,
	},
	"iter2/grad/G/conv_blocks.0.bias":   {0.375518487155, 1.84381983118, 0.0846801674207},
	"iter2/grad/G/conv_blocks.2.weight": {4.84526674976, 6782.13270663, 2.62609360899},
	"iter2/grad/G/conv_blocks.2.bias": {
		1.10446194412e-07, 1.49711934228e-06, 2.35175306719e-07,
	},
	"iter2/grad/G/conv_blocks.3.weight": {0.082452339062, 4.02163817076, 0.428638242624},
	"iter2/grad/G/conv_blocks.3.bias":   {0.0994293401018, 2.42178925127, 0.194516162178},
	"iter2/grad/G/conv_blocks.6.weight": {-2.17662927005, 4474.58803031, 17.9207115999},
	"iter2/grad/G/conv_blocks.6.bias": {
		-8.38281721371e-07, 2.86478780254e-06, 9.59114404699e-07,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		-0.498473679647, 2.68856047699, 0.0726769741617,
	},
	"iter2/grad/G/conv_blocks.7.bias":   {0.114520597854, 2.22081141395, -0.0236675057338},
	"iter2/grad/G/conv_blocks.9.weight": {-130.750912244, 474.083237956, 0.238336142248},
	"iter2/grad/G/conv_blocks.9.bias":   {-0.671772934496, 0.770602665842, 0.178233316428},
	"iter2/grad/G/label_emb.weight":     {-0.071181782987, 0.606157557573, -0.0627138657772},
	"iter2/grad/G/class_bn.0.gamma":     {0.310412566585, 7.24310629658, 0.173241200803},
	"iter2/grad/G/class_bn.0.beta":      {0.177518336102, 6.63929976313, 0.376457034514},
	"iter2/grad/G/class_bn.1.gamma":     {-0.15143684292, 7.282748611, 0.4681118757},
	"iter2/grad/G/class_bn.1.beta":      {-0.108265653369, 6.58061866241, 0.337850950892},
	"iter2/grad/G/class_bn.2.gamma":     {-0.752233397565, 4.95612327603, 0.346919896872},
	"iter2/grad/G/class_bn.2.beta":      {-0.0211808130261, 4.48284926784, 0.195650860622},
	"iter2/grad/D/model.0.weight":       {-1.38769118488, 38.390916232, -0.951993386713},
	"iter2/grad/D/model.0.bias":         {0.972379684448, 1.70481996238, -0.481848211666},
	"iter2/grad/D/model.3.weight":       {-7.70351668447, 131.730044678, -5.94563535972},
	"iter2/grad/D/model.3.bias":         {-0.691724672914, 2.58028334379, 0.620272610206},
	"iter2/grad/D/model.6.weight":       {-0.050133401528, 1.2632392887, 0.106709208578},
	"iter2/grad/D/model.6.bias":         {-0.0993156949989, 0.335815715138, -0.0522602397912},
	"iter2/grad/D/model.7.weight":       {2.29104181961, 239.760177759, -1.48159594563},
	"iter2/grad/D/model.7.bias":         {-0.339524966665, 0.821250441484, -0.315943176509},
	"iter2/grad/D/model.10.weight":      {0.0019963234663, 0.783975820988, 0.0449439995493},
	"iter2/grad/D/model.10.bias":        {0.192583786789, 0.482286476996, -0.0702043295126},
	"iter2/grad/D/model.11.weight":      {9.51135615772, 146.668123166, -1.93816299382},
	"iter2/grad/D/model.11.bias":        {-0.0450970337261, 0.979505565716, 0.152104950666},
	"iter2/grad/D/model.14.weight":      {0.3633909208, 1.13561469957, 0.242589583225},
	"iter2/grad/D/model.14.bias":        {0.142074875068, 0.318541253451, 0.00525716072507},
	"iter2/grad/D/linear.weight":        {0.0245807347819, 1.60645587277, -0.174276841542},
	"iter2/grad/D/linear.bias":          {0.0794925540686, 0.0794925540686, 0.0794925540686},
	"iter2/grad/D/embed.weight":         {0.0245808339678, 17.4938093149, -0.661198487423},
	"iter3/loss":                        {1.50970745087, 2.50668764114},
	"iter3/d_out":                       {0.605134129524, 0.514619708061},
	"iter3/G/l1.0.weight": {
		-43.434436776, 13425.4573051, -0.0933544156423, 68.265958699, -0.137017735808,
	},
	"iter3/G/l1.0.bias": {
		3.96913834348, 128.289300394, 0.00655956969422, 0.661896667094, 0.00502273684662,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.641133785, 128.641133785, 0.0016160607338, 0.0413085818291, 0.00273312613275,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.318665138097, 8.02821188152, -0.000979797681794, 0.044406748144, -0.00125892833485,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		0.0557040323038, 0.955061333254, 0.0557040323038, 0.955061333254, 0.0992892551765,
	},
	"iter3/G/conv_blocks.0.running_var": {
		102.277696133, 102.277696133, -25.7223038673, 25.7223038673, -0.335782673569,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		8.1787472644, 2767.47638709, 0.287110642151, 47.1472173234, -0.0301262628874,
	},
	"iter3/G/conv_blocks.2.bias": {
		-0.121368577937, 2.37727929605, 0.0014747295063, 0.0220655519515, -0.00144471951503,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.961739302, 128.961739302, -0.00101602077484, 0.0413368940353, -0.00447728253251,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.871094852977, 8.06633726397, -0.00181161181536, 0.0431268484099, 0.00204899479881,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		-0.775320397399, 2.94486862171, -0.775320397399, 2.94486862171, -0.511935925453,
	},
	"iter3/G/conv_blocks.3.running_var": {
		111.31030333, 111.31030333, -16.6896966696, 16.6896966696, -0.329207853321,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-3.27867740823, 1383.61325971, -0.0611376551357, 23.6429480592, -0.0188674850911,
	},
	"iter3/G/conv_blocks.6.bias": {
		0.374253634014, 1.25677717419, -0.000242396839894, 0.0150531911058, -0.00346149431179,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9514899254, 63.9514899254, 0.00237971544266, 0.0183208584785, 0.00439928147145,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.19067701127, 4.19406435254, -0.00059308152413, 0.0171483058366, -0.00146193821325,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.551246060524, 3.6397094964, -0.551246060524, 3.6397094964, -0.0522704368628,
	},
	"iter3/G/conv_blocks.7.running_var": {
		51.4040691257, 51.4040691257, -12.5959308743, 12.5959308743, -0.245473624513,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		0.642534711063, 46.4131625229, -0.141053668965, 0.530929994027, 0.00127565497137,
	},
	"iter3/G/conv_blocks.9.bias": {
		-0.101512826979, 0.101512826979, -0.000768974423409, 0.000768974423409, -0.000440504752868,
	},
	"iter3/G/label_emb.weight": {
		-5.0563762188, 17.4269613028, 0.00190958380699, 0.00785112380981, -0.000824778086195,
	},
	"iter3/G/class_bn.0.gamma": {
		503.916535676, 503.916535676, -0.00221943855286, 0.163831710815, 0.00401163349098,
	},
	"iter3/G/class_bn.0.beta": {
		-5.76063185139, 167.777922617, -0.00166681245901, 0.175802008947, -0.00305166889812,
	},
	"iter3/G/class_bn.1.gamma": {
		517.003057063, 517.003057063, 0.00284349918365, 0.165183782578, -0.00417285160828,
	},
	"iter3/G/class_bn.1.beta": {
		8.42931228341, 167.258005992, -0.00475488352822, 0.170673782646, -0.00512470085999,
	},
	"iter3/G/class_bn.2.gamma": {
		250.720759958, 250.720759958, 0.00181421637535, 0.0788905918598, -0.00218571154932,
	},
	"iter3/G/class_bn.2.beta": {
		-0.331456129905, 79.3259427953, 0.00322562456131, 0.0866031683981, 0.00319054383415,
	},
	"iter3/D/model.0.weight": {
		-0.890408226871, 26.3241257501, 0.0267813264509, 0.216961844999, 0.00498746848438,
	},
	"iter3/D/model.0.bias": {
		-0.514668397605, 1.2455374226, -0.00541239231825, 0.00777112692595, 0.000747776011095,
	},
	"iter3/D/model.3.weight": {
		-5.01071669007, 86.9965288843, 0.0517502226576, 1.1055100387, 0.0169102532987,
	},
	"iter3/D/model.3.bias": {
		0.236555307638, 1.19817285193, 0.00115363951772, 0.0143528813496, -0.000639458600629,
	},
	"iter3/D/model.6.weight": {
		15.7749840617, 15.7749840617, -0.00189620256424, 0.0166826844215, -0.000131088004464,
	},
	"iter3/D/model.6.bias": {
		-0.0640894742683, 0.862054259516, 0.000369712710381, 0.0138949882239, 0.00322780943847,
	},
	"iter3/D/model.6.running_mean": {
		0.481757251429, 0.624895486864, 0.481757251429, 0.624895486864, 0.10260262464,
	},
	"iter3/D/model.6.running_var": {
		6.28362256289, 6.28362256289, -9.71637743711, 9.71637743711, -0.431873647739,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		5.6095007757, 120.98277131, 0.0171577205556, 2.2513624163, 0.00192553697533,
	},
	"iter3/D/model.7.bias": {
		-0.0294102076441, 0.70899935253, 0.00568561907858, 0.0170863727108, 0.00532427734304,
	},
	"iter3/D/model.10.weight": {
		15.7173675895, 15.7173675895, -0.00158244371414, 0.0150219798088, -0.00425680445872,
	},
	"iter3/D/model.10.bias": {
		0.28010873124, 1.12586471811, -0.00491554290056, 0.0164340808988, 0.00142662361862,
	},
	"iter3/D/model.10.running_mean": {
		1.69230470061, 1.69230470061, 1.69230470061, 1.69230470061, 0.123272465436,
	},
	"iter3/D/model.10.running_var": {
		7.61641845107, 7.61641845107, -8.38358154893, 8.38358154893, -0.321560685775,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-4.9686045313, 242.162451002, -0.0373380250803, 1.94359915366, 0.0121015969336,
	},
	"iter3/D/model.11.bias": {
		-0.242033753544, 1.39769369829, -0.000188535545021, 0.0296205766499, 0.000893262856055,
	},
	"iter3/D/model.14.weight": {
		32.1882039905, 32.1882039905, -0.00240510702133, 0.033223092556, -0.00352747570189,
	},
	"iter3/D/model.14.bias": {
		0.496517686173, 1.89761311188, -0.0108388792723, 0.0280687715858, 0.000387277957796,
	},
	"iter3/D/model.14.running_mean": {
		2.93706960138, 2.97025332879, 2.93706960138, 2.97025332879, 0.171016384774,
	},
	"iter3/D/model.14.running_var": {
		14.1822442114, 14.1822442114, -17.8177557886, 17.8177557886, -0.339122099328,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/linear.weight": {
		1.07173583657, 4.03361848742, -0.000971831381321, 0.030519194901, 0.00662037410756,
	},
	"iter3/D/linear.bias": {
		0.131103098392, 0.131103098392, -0.00122781097889, 0.00122781097889, -0.00122781097889,
	},
	"iter3/D/embed.weight": {
		0.797525605594, 13.734691422, -0.0146736403112, 0.133774826361, 0.0106473074142,
	},
	"iter3/grad/G/l1.0.weight": {6.95046955739, 3404.18142892, -4.43923379893},
	"iter3/grad/G/l1.0.bias":   {-1.76951289177e-08, 46.0105349278, -1.63590748571},
	"iter3/grad/G/conv_blocks.0.weight": {
		0.146717292404, 5.47683668148, -0.444944817233,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		-0.367936674273, 2.12075143983, -0.0356452438982,
	},
	"iter3/grad/G/conv_blocks.2.weight": {48.5831036451, 9523.9707326, 7.13565624312},
	"iter3/grad/G/conv_blocks.2.bias": {
		-1.61235675478e-07, 1.90036143977e-06, -1.15692175693e-08,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		0.227363110816, 5.43004510191, -0.172355082092,
	},
	"iter3/grad/G/conv_blocks.3.bias":   {0.126569501357, 3.8280266237, -0.107243908505},
	"iter3/grad/G/conv_blocks.6.weight": {268.580027056, 6625.35477405, 19.0496205959},
	"iter3/grad/G/conv_blocks.6.bias": {
		7.36900801712e-07, 3.87150157621e-06, 1.58668714219e-07,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		-0.329613207665, 4.04483826755, -1.06918353126,
	},
	"iter3/grad/G/conv_blocks.7.bias":   {-0.232244169805, 2.65645237966, -0.645817317601},
	"iter3/grad/G/conv_blocks.9.weight": {31.1999801041, 709.697944528, 4.92713678023},
	"iter3/grad/G/conv_blocks.9.bias": {
		0.089376732707, 0.521556600928, 0.00304383677796,
	},
	"iter3/grad/G/label_emb.weight": {-0.287713942118, 1.03767165076, -0.243283929987},
	"iter3/grad/G/class_bn.0.gamma": {-0.391064027441, 10.9193553104, 1.09375706717},
	"iter3/grad/G/class_bn.0.beta":  {-0.285832290887, 8.32681787305, 0.0651191496718},
	"iter3/grad/G/class_bn.1.gamma": {0.734243805811, 10.5346366987, 0.135067991248},
	"iter3/grad/G/class_bn.1.beta":  {0.528853420692, 8.79879204935, 0.295263306655},
	"iter3/grad/G/class_bn.2.gamma": {-0.177768763853, 7.35451552714, -0.106670848757},
	"iter3/grad/G/class_bn.2.beta":  {-0.291763568996, 6.43539920845, -0.202853400963},
	"iter3/grad/D/model.0.weight":   {-6.96958712675, 31.1714394186, -0.204522974632},
	"iter3/grad/D/model.0.bias":     {0.689734913409, 1.03530555218, -0.617226626633},
	"iter3/grad/D/model.3.weight":   {-7.66418140405, 109.005635047, -2.18204192995},
	"iter3/grad/D/model.3.bias":     {-1.28347119316, 2.34767964855, 0.141075820576},
	"iter3/grad/D/model.6.weight":   {-0.0454098270275, 1.26517742267, 0.170549399774},
	"iter3/grad/D/model.6.bias":     {0.0449233129621, 0.25318814069, -0.111291841907},
	"iter3/grad/D/model.7.weight":   {1.7749308549, 186.54596354, -2.21281012449},
	"iter3/grad/D/model.7.bias":     {-0.161676672287, 0.662700071, -0.306112536745},
	"iter3/grad/D/model.10.weight":  {-0.00564815104008, 0.70494440943, -0.0211576482718},
	"iter3/grad/D/model.10.bias":    {0.120315697044, 0.340903712902, 0.0204143030826},
	"iter3/grad/D/model.11.weight":  {4.96926479827, 125.516678222, 1.09945198916},
	"iter3/grad/D/model.11.bias":    {-0.0105359532172, 0.693133078865, 0.0605560603653},
	"iter3/grad/D/model.14.weight":  {-0.032007131842, 0.991449207184, 0.112006864126},
	"iter3/grad/D/model.14.bias":    {0.112254422973, 0.261477102409, 0.0115423839057},
	"iter3/grad/D/linear.weight":    {0.0841352250427, 0.949930908158, -0.232977524404},
	"iter3/grad/D/linear.bias":      {0.0598768889904, 0.0598768889904, 0.0598768889904},
	"iter3/grad/D/embed.weight":     {0.0841352215502, 16.1341998184, -0.641726714789},
}

var katDCPlusCatGAN = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-32.8930097717, 13045.1168718, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {4.07972441932, 132.081433038, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {7.89163662225, 2767.34229643, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {-0.122843307443, 2.38065040606, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.21753975309, 1383.52287015, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {0.374496030854, 1.25620472431, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {0.783588380029, 46.39519658, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {-0.100743852556, 0.100743852556, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-0.917189553322, 26.313925784, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.509256005287, 1.24405875802, 0, 0, 0},
	"iter0/D/model.3.weight":                    {-5.06246691273, 87.0091368488, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.23540166812, 1.20276961522, 0, 0, 0},
	"iter0/D/model.6.weight":                    {15.7768802643, 15.7768802643, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.0644591869786, 0.861471419223, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {16, 16, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {5.59234305514, 120.922683089, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.0350958267227, 0.708019870333, 0, 0, 0},
	"iter0/D/model.10.weight":                   {15.7189500332, 15.7189500332, 0, 0, 0},
	"iter0/D/model.10.bias":                     {0.285024274141, 1.12558387592, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {16, 16, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-4.93126650622, 242.082702693, 0, 0, 0},
	"iter0/D/model.11.bias":                     {-0.241845217999, 1.39722217526, 0, 0, 0},
	"iter0/D/model.14.weight":                   {32.1906090975, 32.1906090975, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.507356565446, 1.90526176803, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {32, 32, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/linear.weight":                     {1.07270766795, 4.04948934913, 0, 0, 0},
	"iter0/D/linear.bias":                       {0.132330909371, 0.132330909371, 0, 0, 0},
	"iter0/D/embed.weight":                      {0.812199245906, 13.7423233648, 0, 0, 0},
	"iter1/loss":                                {0.934163928032, 1.41553711891},
	"iter1/d_out":                               {0.552274107933, 0.543643712997},
	"iter1/fakes": {
		0.14218274, 0.26127535, -0.45900398, 0.32978827, -0.038756408, 0.77384835, -0.32041606,
		-0.5806074, 0.5192049, -0.16763495, 0.36762246, 0.18653132, 0.18720827, 0.3809284, -0.0785995,
		-0.56535864,
	},
	"iter1/G/l1.0.weight": {
		-32.9682743301, 13045.1922585, -0.0752645583795, 40.9589149283, -0.03884806994,
	},
	"iter1/G/l1.0.bias": {
		4.08132512226, 132.087547618, 0.0016007029335, 0.409592733369, 0.0039202384048,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.638717592, 128.638717592, -0.000800132751465, 0.0256005525589, 0.00185547595025,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.320045153028, 8.02751965274, 0.00040021724999, 0.0255994061008, 0.000272059954886,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		-0.0276338870644, 0.44715946064, -0.0276338870644, 0.44715946064, -0.0379035201929,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.424978197, 118.424978197, -9.57502180338, 10.0568006635, -0.0940571198786,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		8.13045722587, 2767.41713882, 0.238820603623, 29.4909570409, -0.0474919765667,
	},
	"iter1/G/conv_blocks.2.bias": {
		-0.123240345158, 2.38099838537, -0.00039703771472, 0.00584581278963, 0.000305874903388,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.961554885, 128.961554885, -0.00120043754578, 0.0256006717682, -0.00116115142072,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.871283197484, 8.07018357312, -0.00199995632283, 0.0255998009816, 0.000123432627438,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		-0.0407859556453, 0.553352572444, -0.0407859556453, 0.553352572444, -0.0632410617182,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.779457033, 120.779457033, -7.22054296732, 7.22054296732, -0.118923184176,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.00355569622, 1383.54581923, 0.213984056875, 14.7455237972, 0.00649081162695,
	},
	"iter1/G/conv_blocks.6.bias": {
		0.374366394768, 1.2561200108, -0.000129636086058, 0.00540321244625, 0.000218933852595,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9491103888, 63.9491103888, 1.78813934326e-07, 0.0128000378609, -5.71163562326e-05,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.19128398015, 4.19463308691, -0.00120005040662, 0.012799970631, -0.00132528564921,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.0593298414024, 1.13324806571, -0.0593298414024, 1.13324806571, 0.0863569076106,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.8896466494, 58.8896466494, -5.11035335064, 5.11035335064, -0.0799322772151,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		0.726788372893, 46.3987916986, -0.0568000071362, 0.345599367254, 0.000973703519212,
	},
	"iter1/G/conv_blocks.9.bias": {
		-0.101343851537, 0.101343851537, -0.000599998980761, 0.000599998980761, -0.000224830711936,
	},
	"iter1/D/model.0.weight": {
		-0.909989527165, 26.3139257787, 0.00720002615708, 0.0864007044293, 0.00450893061092,
	},
	"iter1/D/model.0.bias": {
		-0.511656031013, 1.24485875666, -0.00240002572536, 0.00320003926754, 0.000208704417936,
	},
	"iter1/D/model.3.weight": {
		-5.03526711222, 86.9937653243, 0.0271998005046, 0.460799110035, 0.00657075811701,
	},
	"iter1/D/model.3.bias": {
		0.236201666296, 1.20196961612, 0.000799998175353, 0.0063999905251, 0.000452780159722,
	},
	"iter1/D/model.6.weight": {
		15.7760804892, 15.7760804892, -0.000799775123596, 0.00639975070953, -0.00020480387524,
	},
	"iter1/D/model.6.bias": {
		-0.0644591804594, 0.862271411344, 6.51925802231e-09, 0.00639998074621, 0.000321407978878,
	},
	"iter1/D/model.6.running_mean": {
		0.193823214504, 0.257157370565, 0.193823214504, 0.257157370565, 0.0492324151394,
	},
	"iter1/D/model.6.running_var": {
		11.697091341, 11.697091341, -4.30290865898, 4.30290865898, -0.191731853752,
	},
	"iter1/D/model.6.num_batches_tracked": {3},
	"iter1/D/model.7.weight": {
		5.59794329913, 120.952107015, 0.0056002439897, 0.921598183652, -0.000444251632596,
	},
	"iter1/D/model.7.bias": {
		-0.0326958307996, 0.707219871692, 0.00239999592304, 0.00639999099076, 0.00158869580774,
	},
	"iter1/D/model.10.weight": {
		15.7197499275, 15.7197499275, 0.000799894332886, 0.00639975070953, -0.000283228571346,
	},
	"iter1/D/model.10.bias": {
		0.286624263972, 1.12558386847, 0.00159998983145, 0.00639998167753, 0.000344584453365,
	},
	"iter1/D/model.10.running_mean": {
		0.759944178164, 0.759944178164, 0.759944178164, 0.759944178164, 0.0417414171907,
	},
	"iter1/D/model.10.running_var": {
		12.2969842553, 12.2969842553, -3.70301574469, 3.70301574469, -0.140728261035,
	},
	"iter1/D/model.10.num_batches_tracked": {3},
	"iter1/D/model.11.weight": {
		-4.98326642213, 242.108124499, -0.0519999159133, 0.819198403855, 0.00617022621082,
	},
	"iter1/D/model.11.bias": {
		-0.242645217106, 1.39642216777, -0.000799999106675, 0.01279997034, 0.0011728328173,
	},
	"iter1/D/model.14.weight": {
		32.1850095391, 32.1850095391, -0.00559955835342, 0.0127993226051, -0.00169954659769,
	},
	"iter1/D/model.14.bias": {
		0.504156434909, 1.89806168713, -0.00320013053715, 0.0127997584641, -0.000202535316516,
	},
	"iter1/D/model.14.running_mean": {
		1.45116415527, 1.46635315288, 1.45116415527, 1.46635315288, 0.122614575516,
	},
	"iter1/D/model.14.running_var": {
		24.2057910562, 24.2057910562, -7.79420894384, 7.79420894384, -0.114988620753,
	},
	"iter1/D/model.14.num_batches_tracked": {3},
	"iter1/D/linear.weight": {
		1.0727076456, 4.04308924824, -2.23517417908e-08, 0.0128001198173, 0.00127428242602,
	},
	"iter1/D/linear.bias": {
		0.1319309026, 0.1319309026, -0.000400006771088, 0.000400006771088, -0.000400006771088,
	},
	"iter1/D/embed.weight": {
		0.812199204927, 13.7343232634, -4.09781932831e-08, 0.0512003414333, 0.00187034173103,
	},
	"iter1/grad/G/l1.0.weight": {0.277637311978, 831.180274345, 1.0829770437},
	"iter1/grad/G/l1.0.bias":   {2.32103047892e-08, 11.0028029957, -0.183686279193},
	"iter1/grad/G/conv_blocks.0.weight": {
		-0.00217390725447, 1.23463089623, -0.0771414925947,
	},
	"iter1/grad/G/conv_blocks.0.bias": {
		-0.0856911484443, 0.349678444414, -0.0248165654271,
	},
	"iter1/grad/G/conv_blocks.2.weight": {-15.0730994466, 2077.74383856, -1.50286633439},
	"iter1/grad/G/conv_blocks.2.bias": {
		4.55545432487e-08, 4.45662180937e-07, -1.37413732557e-08,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		0.00416646593658, 1.09041690463, -0.0459369113257,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		-0.0277647826006, 0.771101849095, -0.066629945128,
	},
	"iter1/grad/G/conv_blocks.6.weight": {-27.4173653099, 1379.98035617, 1.66757220142},
	"iter1/grad/G/conv_blocks.6.bias": {
		-3.92435595131e-08, 7.17172270015e-07, -8.58552736584e-08,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		0.0101155744342, 0.706291439797, 0.0328971540822,
	},
	"iter1/grad/G/conv_blocks.7.bias": {
		0.0936026101117, 0.603298735281, 0.0912073983949,
	},
	"iter1/grad/G/conv_blocks.9.weight": {34.6603308, 131.525966837, -1.07694407698},
	"iter1/grad/G/conv_blocks.9.bias":   {0.261276777834, 0.261276777834, 0.143139808932},
	"iter1/grad/D/model.0.weight":       {-0.400341252796, 34.1547797835, -1.68895562729},
	"iter1/grad/D/model.0.bias":         {1.18738949299, 1.24867126346, -0.0961037644896},
	"iter1/grad/D/model.3.weight":       {-6.194780224, 103.91307131, -4.09135593761},
	"iter1/grad/D/model.3.bias":         {-0.434615891427, 2.13260194287, -0.267672815434},
	"iter1/grad/D/model.6.weight":       {-0.0642422614619, 1.04044387396, 0.178311075717},
	"iter1/grad/D/model.6.bias":         {-0.0379337305203, 0.230109267868, -0.0195898255668},
	"iter1/grad/D/model.7.weight":       {1.1161989714, 187.80815595, -0.297491244173},
	"iter1/grad/D/model.7.bias":         {-0.216182827484, 0.654028472025, -0.272454475063},
	"iter1/grad/D/model.10.weight":      {-0.0110861575231, 0.764309795573, 0.0363606117265},
	"iter1/grad/D/model.10.bias":        {0.0149194684345, 0.294636552921, -0.0286444730971},
	"iter1/grad/D/model.11.weight":      {8.75958119758, 123.080299499, -2.72222427457},
	"iter1/grad/D/model.11.bias":        {-0.0375731121749, 0.698497467674, -0.100018643921},
	"iter1/grad/D/model.14.weight":      {0.651229562005, 0.855708877323, 0.205884916254},
	"iter1/grad/D/model.14.bias":        {0.0927231153473, 0.172320990823, 0.00898730532661},
	"iter1/grad/D/linear.weight":        {0.0424202559516, 1.2542203879, -0.0144270427018},
	"iter1/grad/D/linear.bias":          {0.0479588955641, 0.0479588955641, 0.0479588955641},
	"iter1/grad/D/embed.weight":         {-1.95577740669e-08, 15.3896086933, -0.622731982935},
	"iter2/loss":                        {0.772226810455, 1.44317853451},
	"iter2/d_out":                       {0.551520586014, 0.538236141205},
	"iter2/G/l1.0.weight": {
		-33.1730327384, 13045.2406799, -0.280022966727, 51.8397162197, -0.0906984765967,
	},
	"iter2/G/l1.0.bias": {
		4.08212003331, 132.09441954, 0.00239561398485, 0.528769047924, 0.00370424405185,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.636876404, 128.636876404, -0.00264132022858, 0.0296062231064, 0.00266877443836,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.32119285292, 8.02808131347, 0.00154791714158, 0.0339674005518, 9.20358709488e-06,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		-0.0156154151846, 0.710371186382, -0.0156154151846, 0.710371186382, -0.0284689893168,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.716497421, 109.716497421, -18.2835025787, 18.9435436726, -0.309956160481,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		8.26895931645, 2767.53884681, 0.377322694204, 37.5721762374, -0.0558458802975,
	},
	"iter2/G/conv_blocks.2.bias": {
		-0.123356880693, 2.38138109045, -0.000513573249918, 0.00979571884091, 0.000311576364712,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.961265385, 128.961265385, -0.00148993730545, 0.0318993926048, -0.00132977094189,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.871041866834, 8.07196662843, -0.00175862567266, 0.0350219775573, 0.000553844938062,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		-0.0303298414219, 1.02908791264, -0.0303298414219, 1.02908791264, -0.11465316579,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.194624305, 114.194624305, -13.8053756952, 13.8053756952, -0.225446300896,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-2.94594060895, 1383.5871479, 0.27159914414, 18.8157180497, -0.000750839406172,
	},
	"iter2/G/conv_blocks.6.bias": {
		0.374505528045, 1.25615787416, 9.49719105847e-06, 0.00780401562224, -0.00114028200128,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.9499682784, 63.9499682784, 0.000858068466187, 0.0166614055634, -0.000774945960653,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.1922738289, 4.19337106193, -0.00218989915447, 0.0164407485281, -0.0013691783676,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.103351756232, 2.16302893567, -0.103351756232, 2.16302893567, 0.164293612115,
	},
	"iter2/G/conv_blocks.7.running_var": {
		54.2906028032, 54.2906028032, -9.70939719677, 9.70939719677, -0.163166943406,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		0.659095820607, 46.3957622278, -0.124492559422, 0.433276687807, 0.00471705167567,
	},
	"iter2/G/conv_blocks.9.bias": {
		-0.101747116074, 0.101747116074, -0.00100326351821, 0.00100326351821, -0.000240975531703,
	},
	"iter2/D/model.0.weight": {
		-0.898896901999, 26.3165490927, 0.0182926513226, 0.149983205411, 0.0106090604998,
	},
	"iter2/D/model.0.bias": {
		-0.51305475831, 1.24470159411, -0.00379875302315, 0.00537031888962, 0.000516070348758,
	},
	"iter2/D/model.3.weight": {
		-5.02017899399, 86.990038668, 0.042287918739, 0.782718460308, 0.0136012056933,
	},
	"iter2/D/model.3.bias": {
		0.23550964985, 1.20228502247, 0.000107981730253, 0.0100864269771, -0.000467141633326,
	},
	"iter2/D/model.6.weight": {
		15.7758280635, 15.7758280635, -0.00105220079422, 0.0113100409508, -0.000931557818517,
	},
	"iter2/D/model.6.bias": {
		-0.0649331118912, 0.864201487973, -0.000473924912512, 0.00989479292184, 0.000767672493813,
	},
	"iter2/D/model.6.running_mean": {
		0.334771813825, 0.443481016904, 0.334771813825, 0.443481016904, 0.079599489088,
	},
	"iter2/D/model.6.running_var": {
		8.55999445915, 8.55999445915, -7.44000554085, 7.44000554085, -0.331846772815,
	},
	"iter2/D/model.6.num_batches_tracked": {6},
	"iter2/D/model.7.weight": {
		5.60602426806, 120.974421976, 0.0136812129213, 1.59364648689, -0.00275620919091,
	},
	"iter2/D/model.7.bias": {
		-0.0307776741683, 0.707551106811, 0.00431815255433, 0.0105780074373, 0.00330857546114,
	},
	"iter2/D/model.10.weight": {
		15.7206965089, 15.7206965089, 0.00174647569656, 0.0112443566322, -0.000519029226651,
	},
	"iter2/D/model.10.bias": {
		0.286072932184, 1.12568099797, 0.00104865804315, 0.0105102621019, 0.0016403557612,
	},
	"iter2/D/model.10.running_mean": {
		1.30002175644, 1.30002175644, 1.30002175644, 1.30002175644, 0.0118950952125,
	},
	"iter2/D/model.10.running_var": {
		9.54706460238, 9.54706460238, -6.45293539762, 6.45293539762, -0.278769057647,
	},
	"iter2/D/model.10.num_batches_tracked": {6},
	"iter2/D/model.11.weight": {
		-5.0126349497, 242.13323142, -0.0813684434816, 1.40627130681, 0.00591962429086,
	},
	"iter2/D/model.11.bias": {
		-0.242748308461, 1.39574847231, -0.000903090462089, 0.0218087476678, 0.00202215005773,
	},
	"iter2/D/model.14.weight": {
		32.1812480688, 32.1812480688, -0.00936102867126, 0.0222944021225, -0.00315866037977,
	},
	"iter2/D/model.14.bias": {
		0.50125204213, 1.89099833742, -0.00610452331603, 0.0253638457507, -0.000290833679501,
	},
	"iter2/D/model.14.running_mean": {
		2.51186519163, 2.53495295299, 2.51186519163, 2.53495295299, 0.195291381031,
	},
	"iter2/D/model.14.running_var": {
		18.4623781443, 18.4623781443, -13.5376218557, 13.5376218557, -0.234841424654,
	},
	"iter2/D/model.14.num_batches_tracked": {6},
	"iter2/D/linear.weight": {
		1.07170400769, 4.03676246852, -0.00100366026163, 0.0209355503321, 0.00197769455729,
	},
	"iter2/D/linear.bias": {
		0.131535544991, 0.131535544991, -0.000795364379883, 0.000795364379883, -0.000795364379883,
	},
	"iter2/D/embed.weight": {
		0.808540794184, 13.7272203675, -0.003658451722, 0.0864514684072, 0.00408795998667,
	},
	"iter2/grad/G/l1.0.weight": {10.4188500983, 1200.80815895, 2.37752765527},
	"iter2/grad/G/l1.0.bias":   {3.58377292287e-08, 14.8235191947, 0.0527054068974},
	"iter2/grad/G/conv_blocks.0.weight": {
		0.0114042367713, 1.7873615442, -0.0593868176018,
	},
	"iter2/grad/G/conv_blocks.0.bias": {
		-0.0594672595034, 0.504524992255, 0.0292326356773,
	},
	"iter2/grad/G/conv_blocks.2.weight": {-7.57046279377, 2846.71571641, 1.29112191488},
	"iter2/grad/G/conv_blocks.2.bias": {
		-7.51126094656e-09, 5.62092992595e-07, 1.486610131e-08,
	},
	"iter2/grad/G/conv_blocks.3.weight": {
		-0.0162165602378, 1.52299457803, -0.0549370099381,
	},
	"iter2/grad/G/conv_blocks.3.bias": {
		0.0235785139957, 1.00312363624, -0.0503912605365,
	},
	"iter2/grad/G/conv_blocks.6.weight": {19.0264219972, 1872.93978027, 3.08229975518},
	"iter2/grad/G/conv_blocks.6.bias": {
		-2.94216420116e-08, 1.02058623952e-06, 3.36744777758e-07,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		-0.0820294824953, 1.04913424535, 0.109751028484,
	},
	"iter2/grad/G/conv_blocks.7.bias": {
		-0.0251218754565, 1.04054887488, 0.0349947400266,
	},
	"iter2/grad/G/conv_blocks.9.weight": {52.4198085142, 196.707841894, -4.4618247008},
	"iter2/grad/G/conv_blocks.9.bias": {
		0.373707734048, 0.518145866692, -0.0655583199558,
	},
	"iter2/grad/D/model.0.weight":  {-2.31837169267, 29.2083965447, -1.31155869087},
	"iter2/grad/D/model.0.bias":    {0.717403035611, 1.02313701436, -0.16340056067},
	"iter2/grad/D/model.3.weight":  {-0.231865986716, 100.44608857, -3.11047397304},
	"iter2/grad/D/model.3.bias":    {0.522803723812, 2.11266806722, 0.405062492795},
	"iter2/grad/D/model.6.weight":  {-0.0539388656616, 1.11039242893, 0.136563569592},
	"iter2/grad/D/model.6.bias":    {0.0177341420203, 0.228285241872, -0.078738310652},
	"iter2/grad/D/model.7.weight":  {0.762564170356, 180.348405694, 2.12290693937},
	"iter2/grad/D/model.7.bias":    {-0.161484602839, 0.644206315279, -0.272722282125},
	"iter2/grad/D/model.10.weight": {-0.00486666616052, 0.660263127647, 0.0395953755144},
	"iter2/grad/D/model.10.bias":   {0.141542909201, 0.412993897218, -0.0351699190495},
	"iter2/grad/D/model.11.weight": {7.76882981382, 116.025010616, -1.52001511786},
	"iter2/grad/D/model.11.bias":   {-0.102517601568, 0.869709788356, 0.061802778406},
	"iter2/grad/D/model.14.weight": {0.448017500807, 0.75092884386, 0.127699377573},
	"iter2/grad/D/model.14.bias":   {0.072084994521, 0.153399506118, 0.00264192910549},
	"iter2/grad/D/linear.weight":   {0.389257639647, 1.45633729547, -0.103278039199},
	"iter2/grad/D/linear.bias":     {0.0448783636093, 0.0448783636093, 0.0448783636093},
	"iter2/grad/D/embed.weight":    {1.63912773132e-07, 12.5493630543, -0.65903294549},
	"iter3/loss":                   {0.632846593857, 1.43432188034},
	"iter3/d_out":                  {0.550739228725, 0.550992429256},
	"iter3/G/l1.0.weight": {
		-33.2807029716, 13045.3092379, -0.387693199879, 62.7344816407, -0.0855048739777,
	},
	"iter3/G/l1.0.bias": {
		4.08307025216, 132.094991832, 0.0033458328362, 0.638737408412, 0.00691089147683,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.635806859, 128.635806859, -0.00371086597443, 0.0375270843506, 0.00320588739108,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.322306593007, 8.02868888545, 0.0026616572286, 0.0383918559528, -0.000833061055988,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		0.0557935868273, 0.827862307255, 0.0557935868273, 0.827862307255, 0.0317291279697,
	},
	"iter3/G/conv_blocks.0.running_var": {
		102.092860937, 102.092860937, -25.9071390629, 27.1391561031, -0.512226559815,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		8.25909161246, 2767.61923065, 0.367454990206, 45.3700078508, -0.0589323045372,
	},
	"iter3/G/conv_blocks.2.bias": {
		-0.122642864997, 2.38156111521, 0.00020044244593, 0.0125256677857, -4.41449208361e-05,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.960774541, 128.960774541, -0.00198078155518, 0.0386606454849, -0.00114683374691,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.870335380052, 8.07355558596, -0.00105213889037, 0.0417125960521, 0.000833640395611,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		-0.0518035397981, 1.42791270214, -0.0518035397981, 1.42791270214, -0.144962987864,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.326448023, 108.326448023, -19.6735519767, 19.6735519767, -0.300974107857,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-3.16877400798, 1383.63320951, 0.0487657451134, 22.6316497842, -0.00374900550674,
	},
	"iter3/G/conv_blocks.6.bias": {
		0.374291527434, 1.25615883584, -0.000204503419809, 0.00984739151318, -0.00164059656391,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9503637552, 63.9503637552, 0.00125354528427, 0.0209524035454, -0.00133624518629,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.19330438122, 4.1922753508, -0.00322045147186, 0.0200570593006, -0.00144202042487,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.136840550345, 3.09490233927, -0.136840550345, 3.09490233927, 0.236519106377,
	},
	"iter3/G/conv_blocks.7.running_var": {
		50.164352715, 50.164352715, -13.835647285, 13.835647285, -0.231010405109,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		0.625407379528, 46.3951286794, -0.158181000501, 0.533112907811, 0.00506700319067,
	},
	"iter3/G/conv_blocks.9.bias": {
		-0.101883020252, 0.101883020252, -0.00113916769624, 0.00113916769624, -0.000243312759302,
	},
	"iter3/D/model.0.weight": {
		-0.88737348812, 26.3167265219, 0.0298160652019, 0.209555387948, 0.0153666523661,
	},
	"iter3/D/model.0.bias": {
		-0.513843886554, 1.24418138713, -0.00458788126707, 0.00704672187567, 0.00117898196954,
	},
	"iter3/D/model.3.weight": {
		-5.01370338888, 86.9887779269, 0.0487635238533, 1.08941490469, 0.0211851664482,
	},
	"iter3/D/model.3.bias": {
		0.234975378029, 1.2020478351, -0.000426290091127, 0.0129404780455, -0.00036404040025,
	},
	"iter3/D/model.6.weight": {
		15.7759466171, 15.7759466171, -0.000933647155762, 0.0154503583908, -0.00207487115909,
	},
	"iter3/D/model.6.bias": {
		-0.0662216152996, 0.866358520463, -0.00176242832094, 0.0141904959455, 0.00137440628047,
	},
	"iter3/D/model.6.running_mean": {
		0.442433172604, 0.582499446115, 0.442433172604, 0.582499446115, 0.0987703683489,
	},
	"iter3/D/model.6.running_var": {
		6.2730447948, 6.2730447948, -9.7269552052, 9.7269552052, -0.434223499424,
	},
	"iter3/D/model.6.num_batches_tracked": {9},
	"iter3/D/model.7.weight": {
		5.61649358076, 120.988924372, 0.0241505256209, 2.22531300053, 0.000471900663621,
	},
	"iter3/D/model.7.bias": {
		-0.0291614360176, 0.707866194192, 0.00593439070508, 0.0153559087776, 0.0049384609584,
	},
	"iter3/D/model.10.weight": {
		15.7210538387, 15.7210538387, 0.00210380554199, 0.0148415565491, -0.00119600333264,
	},
	"iter3/D/model.10.bias": {
		0.285623038188, 1.12566023879, 0.000598764047027, 0.0145476106554, 0.00203538089266,
	},
	"iter3/D/model.10.running_mean": {
		1.74781245925, 1.74781245925, 1.74781245925, 1.74781245925, -0.00289977639964,
	},
	"iter3/D/model.10.running_var": {
		7.63463664055, 7.63463664055, -8.36536335945, 8.36536335945, -0.385386896804,
	},
	"iter3/D/model.10.num_batches_tracked": {9},
	"iter3/D/model.11.weight": {
		-5.03615943719, 242.156453861, -0.104892930975, 1.9646621733, 0.00297703609973,
	},
	"iter3/D/model.11.bias": {
		-0.242536067031, 1.39607035834, -0.000690849032253, 0.0294016646221, 0.00270755768045,
	},
	"iter3/D/model.14.weight": {
		32.1792831421, 32.1792831421, -0.0113259553909, 0.0293061733246, -0.00483125586256,
	},
	"iter3/D/model.14.bias": {
		0.498851581942, 1.88310561376, -0.00850498350337, 0.0373637094162, -0.000655690761677,
	},
	"iter3/D/model.14.running_mean": {
		3.13871451654, 3.14754688926, 3.13871451654, 3.14754688926, 0.0664925724719,
	},
	"iter3/D/model.14.running_var": {
		14.2592417896, 14.2592417896, -17.7407582104, 17.7407582104, -0.33845332895,
	},
	"iter3/D/model.14.num_batches_tracked": {9},
	"iter3/D/linear.weight": {
		1.0699775815, 4.02973023802, -0.00273008644581, 0.0296885147691, 0.0034556412829,
	},
	"iter3/D/linear.bias": {
		0.131129071116, 0.131129071116, -0.00120183825493, 0.00120183825493, -0.00120183825493,
	},
	"iter3/D/embed.weight": {
		0.804721626628, 13.7248584809, -0.00747761927778, 0.123777024739, 0.00575142974008,
	},
	"iter3/grad/G/l1.0.weight": {0.433367361935, 732.222492007, -1.38030380115},
	"iter3/grad/G/l1.0.bias":   {5.6519638747e-08, 9.78105563678, -0.332496852651},
	"iter3/grad/G/conv_blocks.0.weight": {
		-0.000542876237887, 1.09764802379, 0.0452929138002,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		-0.00648677683785, 0.307109988556, 0.0159728881354,
	},
	"iter3/grad/G/conv_blocks.2.weight": {8.66295062066, 1785.20873582, 2.15144779576},
	"iter3/grad/G/conv_blocks.2.bias": {
		-9.97176970302e-08, 3.9022934413e-07, 4.50039156717e-08,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		-0.00150092775584, 0.925822646415, 0.0224628589929,
	},
	"iter3/grad/G/conv_blocks.3.bias": {
		-0.0271398084878, 0.619557254104, 0.00431784174718,
	},
	"iter3/grad/G/conv_blocks.6.weight": {37.6826945371, 1151.30465458, -1.300042171},
	"iter3/grad/G/conv_blocks.6.bias": {
		3.65722812035e-08, 7.85660496661e-07, 3.34240888341e-09,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		0.000888907132321, 0.724405501955, 0.0708753495064,
	},
	"iter3/grad/G/conv_blocks.7.bias": {
		0.0815383919689, 0.591065783257, 0.0408290702862,
	},
	"iter3/grad/G/conv_blocks.9.weight": {-0.624924887648, 114.302302847, 2.59688278264},
	"iter3/grad/G/conv_blocks.9.bias": {
		-0.0617849864066, 0.210056442767, 0.0231482989895,
	},
	"iter3/grad/D/model.0.weight":  {-3.54454069864, 23.4459126228, -1.0191280945},
	"iter3/grad/D/model.0.bias":    {0.394006866962, 0.934737864882, -0.408299357222},
	"iter3/grad/D/model.3.weight":  {0.174003854801, 79.2815671564, -2.1214814711},
	"iter3/grad/D/model.3.bias":    {-0.0486877858639, 0.986702136695, -0.404649561089},
	"iter3/grad/D/model.6.weight":  {-0.0303860788699, 0.814097773517, 0.263387806274},
	"iter3/grad/D/model.6.bias":    {0.0848867455497, 0.266243041493, -0.0309183698538},
	"iter3/grad/D/model.7.weight":  {1.51266532508, 145.18295234, -0.618716467797},
	"iter3/grad/D/model.7.bias":    {-0.0521181910299, 0.418566514272, -0.211072214293},
	"iter3/grad/D/model.10.weight": {0.00599617604166, 0.570154917426, 0.0787848533415},
	"iter3/grad/D/model.10.bias":   {0.0602817907929, 0.239451771602, -0.0155261928207},
	"iter3/grad/D/model.11.weight": {5.23288028473, 95.7512753152, 0.441464858902},
	"iter3/grad/D/model.11.bias":   {0.0474180686288, 0.6071217875, -0.0225643246529},
	"iter3/grad/D/model.14.weight": {0.277949435636, 0.716301219538, 0.176476869799},
	"iter3/grad/D/model.14.bias":   {0.0600488488562, 0.16270464519, -0.00489951016821},
	"iter3/grad/D/linear.weight":   {0.257805777714, 1.41684580967, -0.185226052264},
	"iter3/grad/D/linear.bias":     {0.0508658140898, 0.0508658140898, 0.0508658140898},
	"iter3/grad/D/embed.weight":    {1.49942934513e-07, 12.3107722243, -0.731473050709},
}

var katDCPlusClean = map[string][]float64{
	"iter0/G/l1.0.weight":                       {-32.8930097717, 13045.1168718, 0, 0, 0},
	"iter0/G/l1.0.bias":                         {4.07972441932, 132.081433038, 0, 0, 0},
	"iter0/G/conv_blocks.0.weight":              {128.639517725, 128.639517725, 0, 0, 0},
	"iter0/G/conv_blocks.0.bias":                {0.319644935778, 8.02551959234, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.0.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.0.num_batches_tracked": {0},
	"iter0/G/conv_blocks.2.weight":              {7.89163662225, 2767.34229643, 0, 0, 0},
	"iter0/G/conv_blocks.2.bias":                {-0.122843307443, 2.38065040606, 0, 0, 0},
	"iter0/G/conv_blocks.3.weight":              {128.962755322, 128.962755322, 0, 0, 0},
	"iter0/G/conv_blocks.3.bias":                {-0.869283241162, 8.0661835217, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.3.running_var":         {128, 128, 0, 0, 0},
	"iter0/G/conv_blocks.3.num_batches_tracked": {0},
	"iter0/G/conv_blocks.6.weight":              {-3.21753975309, 1383.52287015, 0, 0, 0},
	"iter0/G/conv_blocks.6.bias":                {0.374496030854, 1.25620472431, 0, 0, 0},
	"iter0/G/conv_blocks.7.weight":              {63.9491102099, 63.9491102099, 0, 0, 0},
	"iter0/G/conv_blocks.7.bias":                {-1.19008392975, 4.1962330541, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_mean":        {0, 0, 0, 0, 0},
	"iter0/G/conv_blocks.7.running_var":         {64, 64, 0, 0, 0},
	"iter0/G/conv_blocks.7.num_batches_tracked": {0},
	"iter0/G/conv_blocks.9.weight":              {0.783588380029, 46.39519658, 0, 0, 0},
	"iter0/G/conv_blocks.9.bias":                {-0.100743852556, 0.100743852556, 0, 0, 0},
	"iter0/D/model.0.weight":                    {-0.917189553322, 26.313925784, 0, 0, 0},
	"iter0/D/model.0.bias":                      {-0.509256005287, 1.24405875802, 0, 0, 0},
	"iter0/D/model.3.weight":                    {-5.06246691273, 87.0091368488, 0, 0, 0},
	"iter0/D/model.3.bias":                      {0.23540166812, 1.20276961522, 0, 0, 0},
	"iter0/D/model.6.weight":                    {15.7768802643, 15.7768802643, 0, 0, 0},
	"iter0/D/model.6.bias":                      {-0.0644591869786, 0.861471419223, 0, 0, 0},
	"iter0/D/model.6.running_mean":              {0, 0, 0, 0, 0},
	"iter0/D/model.6.running_var":               {16, 16, 0, 0, 0},
	"iter0/D/model.6.num_batches_tracked":       {0},
	"iter0/D/model.7.weight":                    {5.59234305514, 120.922683089, 0, 0, 0},
	"iter0/D/model.7.bias":                      {-0.0350958267227, 0.708019870333, 0, 0, 0},
	"iter0/D/model.10.weight":                   {15.7189500332, 15.7189500332, 0, 0, 0},
	"iter0/D/model.10.bias":                     {0.285024274141, 1.12558387592, 0, 0, 0},
	"iter0/D/model.10.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.10.running_var":              {16, 16, 0, 0, 0},
	"iter0/D/model.10.num_batches_tracked":      {0},
	"iter0/D/model.11.weight":                   {-4.93126650622, 242.082702693, 0, 0, 0},
	"iter0/D/model.11.bias":                     {-0.241845217999, 1.39722217526, 0, 0, 0},
	"iter0/D/model.14.weight":                   {32.1906090975, 32.1906090975, 0, 0, 0},
	"iter0/D/model.14.bias":                     {0.507356565446, 1.90526176803, 0, 0, 0},
	"iter0/D/model.14.running_mean":             {0, 0, 0, 0, 0},
	"iter0/D/model.14.running_var":              {32, 32, 0, 0, 0},
	"iter0/D/model.14.num_batches_tracked":      {0},
	"iter0/D/linear.weight":                     {1.07270766795, 4.04948934913, 0, 0, 0},
	"iter0/D/linear.bias":                       {0.132330909371, 0.132330909371, 0, 0, 0},
	"iter0/D/embed.weight":                      {0.812199245906, 13.7423233648, 0, 0, 0},
	"iter1/loss":                                {2.8938293457, 0.632279574871},
	"iter1/d_out":                               {0.523005485535, 0.548937380314},
	"iter1/fakes": {
		-0.11202389, -0.72333914, 0.22779079, -0.011280356, 0.33567372, 0.13848642, -0.16712181,
		0.04803167, 0.3068069, 0.7195188, 0.45084044, -0.41477355, -0.44119835, -0.22499904, 0.2722352,
		-0.25178155,
	},
	"iter1/G/l1.0.weight": {
		-32.9094077682, 13045.1573885, -0.016397996567, 40.957369399, -0.114522949503,
	},
	"iter1/G/l1.0.bias": {
		4.08812670407, 132.089545474, 0.00840228474408, 0.409587470334, 0.00574826919798,
	},
	"iter1/G/conv_blocks.0.weight": {
		128.637917936, 128.637917936, -0.00159978866577, 0.0256005525589, -0.00203558980375,
	},
	"iter1/G/conv_blocks.0.bias": {
		0.319245699444, 8.02752004575, -0.000399236334488, 0.0255983248353, -0.00255683590388,
	},
	"iter1/G/conv_blocks.0.running_mean": {
		0.0247994432275, 0.477536997306, 0.0247994432275, 0.477536997306, 0.00104193388214,
	},
	"iter1/G/conv_blocks.0.running_var": {
		118.444361746, 118.444361746, -9.55563825369, 10.1137394309, -0.310039554287,
	},
	"iter1/G/conv_blocks.0.num_batches_tracked": {1},
	"iter1/G/conv_blocks.2.weight": {
		7.7620982977, 2767.41618472, -0.129538324556, 29.49069276, -0.0030539993388,
	},
	"iter1/G/conv_blocks.2.bias": {
		-0.121970405991, 2.37970958652, 0.000872901451658, 0.00322443670302, -8.7509133053e-05,
	},
	"iter1/G/conv_blocks.3.weight": {
		128.965554595, 128.965554595, 0.00279927253723, 0.0256007909775, 0.00161049597644,
	},
	"iter1/G/conv_blocks.3.bias": {
		-0.867283644722, 8.06778340404, 0.00199959643942, 0.0255990323349, 0.00386322592814,
	},
	"iter1/G/conv_blocks.3.running_mean": {
		-0.0919486674456, 0.546652788536, -0.0919486674456, 0.546652788536, -0.0450547261564,
	},
	"iter1/G/conv_blocks.3.running_var": {
		120.708024621, 120.708024621, -7.29197537899, 7.29197537899, -0.0999291843398,
	},
	"iter1/G/conv_blocks.3.num_batches_tracked": {1},
	"iter1/G/conv_blocks.6.weight": {
		-3.22790457903, 1383.56230694, -0.0103648259425, 14.745417057, 0.0510416147665,
	},
	"iter1/G/conv_blocks.6.bias": {
		0.374630687525, 1.25713624014, 0.000134656671435, 0.00346419378184, -0.000317849700799,
	},
	"iter1/G/conv_blocks.7.weight": {
		63.9471102357, 63.9471102357, -0.00199997425079, 0.0128000974655, -0.00118045240182,
	},
	"iter1/G/conv_blocks.7.bias": {
		-1.18968252989, 4.19623438886, 0.000401399855036, 0.0127984077553, 0.000946762745063,
	},
	"iter1/G/conv_blocks.7.running_mean": {
		-0.058114638814, 1.13852711188, -0.058114638814, 1.13852711188, 0.0831430282267,
	},
	"iter1/G/conv_blocks.7.running_var": {
		58.8935735822, 58.8935735822, -5.10642641783, 5.10642641783, -0.0976428127955,
	},
	"iter1/G/conv_blocks.7.num_batches_tracked": {1},
	"iter1/G/conv_blocks.9.weight": {
		0.807589410266, 46.3835261331, 0.0240010302368, 0.345597715845, -0.00815019039411,
	},
	"iter1/G/conv_blocks.9.bias": {
		-0.100543852895, 0.100543852895, 0.000199999660254, 0.000599998980761, 0.000391289163786,
	},
	"iter1/D/model.0.weight": {
		-0.8955893729, 26.312325782, 0.021600180422, 0.0864007016644, 0.00344653897911,
	},
	"iter1/D/model.0.bias": {
		-0.510056033731, 1.24325875938, -0.000800028443336, 0.00320002436638, -7.88709833235e-05,
	},
	"iter1/D/model.3.weight": {
		-5.07606687161, 87.0067368832, -0.013599958882, 0.460799233377, 0.00590408793308,
	},
	"iter1/D/model.3.bias": {
		0.235401667655, 1.20436961204, -4.65661287308e-10, 0.0063999905251, -0.000486847927036,
	},
	"iter1/D/model.6.weight": {
		15.7768803835, 15.7768803835, 1.19209289551e-07, 0.00639975070953, -0.000321188527719,
	},
	"iter1/D/model.6.bias": {
		-0.0636591883376, 0.858271424659, 0.000799998641014, 0.00639998912811, -0.00126652779889,
	},
	"iter1/D/model.6.running_mean": {
		0.316466710414, 0.404283269891, 0.316466710414, 0.404283269891, 0.0662084556121,
	},
	"iter1/D/model.6.running_var": {
		9.51172465086, 9.51172465086, -6.48827534914, 6.48827534914, -0.292525351064,
	},
	"iter1/D/model.6.num_batches_tracked": {5},
	"iter1/D/model.7.weight": {
		5.59554323542, 120.955891161, 0.00320018028384, 0.921598350315, -0.00433505625606,
	},
	"iter1/D/model.7.bias": {
		-0.0350958285853, 0.706419871189, -1.86264514923e-09, 0.00639999192208, 0.000574912064216,
	},
	"iter1/D/model.10.weight": {
		15.7189501524, 15.7189501524, 1.19209289551e-07, 0.00639975070953, -0.000665145431108,
	},
	"iter1/D/model.10.bias": {
		0.285824267194, 1.12478392012, 0.000799993053079, 0.00639993883669, -0.000819776508071,
	},
	"iter1/D/model.10.running_mean": {
		1.04801145941, 1.04801145941, 1.04801145941, 1.04801145941, 0.064141506112,
	},
	"iter1/D/model.10.running_var": {
		10.3368353844, 10.3368353844, -5.66316461563, 5.66316461563, -0.232351072317,
	},
	"iter1/D/model.10.num_batches_tracked": {5},
	"iter1/D/model.11.weight": {
		-4.94086661997, 242.1009247, -0.00960011375537, 0.819198094801, 0.00162590064169,
	},
	"iter1/D/model.11.bias": {
		-0.241045220289, 1.39322218252, 0.000799997709692, 0.0127999819815, 0.00137628692976,
	},
	"iter1/D/model.14.weight": {
		32.1866093278, 32.1866093278, -0.00399976968765, 0.0127993226051, -0.0031724987253,
	},
	"iter1/D/model.14.bias": {
		0.504156584851, 1.89806178678, -0.00319998059422, 0.012799940072, -0.0010363399456,
	},
	"iter1/D/model.14.running_mean": {
		1.88115862291, 1.88115862291, 1.88115862291, 1.88115862291, 0.00318480957429,
	},
	"iter1/D/model.14.running_var": {
		20.0704030991, 20.0704030991, -11.9295969009, 11.9295969009, -0.245559328161,
	},
	"iter1/D/model.14.num_batches_tracked": {5},
	"iter1/D/linear.weight": {
		1.07110764831, 4.04308924824, -0.00160001963377, 0.0128000900149, -0.00132528729636,
	},
	"iter1/D/linear.bias": {
		0.1319309026, 0.1319309026, -0.000400006771088, 0.000400006771088, -0.000400006771088,
	},
	"iter1/D/embed.weight": {
		0.80819922089, 13.7383233128, -0.00400002501556, 0.0512003369222, 0.0014154687464,
	},
	"iter1/grad/G/l1.0.weight": {-0.481018324245, 326.953120984, 1.86117308551},
	"iter1/grad/G/l1.0.bias":   {3.72674548998e-08, 4.20305773158, -0.0470643999606},
	"iter1/grad/G/conv_blocks.0.weight": {
		0.00105198937308, 0.511462948594, 0.0797103432125,
	},
	"iter1/grad/G/conv_blocks.0.bias": {
		0.00493509279477, 0.11884481072, 0.00533366032298,
	},
	"iter1/grad/G/conv_blocks.2.weight": {5.31067903966, 803.451576546, 0.317011997917},
	"iter1/grad/G/conv_blocks.2.bias": {
		-5.90926561017e-08, 2.01592285975e-07, 3.94894652708e-09,
	},
	"iter1/grad/G/conv_blocks.3.weight": {
		-0.00271589624572, 0.454252344452, -0.0377365012256,
	},
	"iter1/grad/G/conv_blocks.3.bias": {
		-0.0269303436071, 0.27638340283, -0.0432493331509,
	},
	"iter1/grad/G/conv_blocks.6.weight": {5.55965428991, 514.192888573, -2.45153259834},
	"iter1/grad/G/conv_blocks.6.bias": {
		-2.49324809687e-08, 2.92500969223e-07, 3.42003070839e-08,
	},
	"iter1/grad/G/conv_blocks.7.weight": {
		0.0376335980036, 0.270347727921, 0.0183417196185,
	},
	"iter1/grad/G/conv_blocks.7.bias": {
		-0.012074272061, 0.196114981227, -0.00155265602765,
	},
	"iter1/grad/G/conv_blocks.9.weight": {-0.24803345375, 47.2794538178, 0.691029959835},
	"iter1/grad/G/conv_blocks.9.bias": {
		-0.0154823623598, 0.0663747452199, -0.0393909750729,
	},
	"iter1/grad/D/model.0.weight":  {-9.20950596035, 41.0787753239, -2.47259129399},
	"iter1/grad/D/model.0.bias":    {0.391105659306, 1.29959166795, -0.240571822553},
	"iter1/grad/D/model.3.weight":  {12.0557895433, 126.357546807, -3.33740926922},
	"iter1/grad/D/model.3.bias":    {0.0716859493405, 1.80875599571, 0.0527477645454},
	"iter1/grad/D/model.6.weight":  {-0.0633614975959, 1.24813671224, 0.147494732913},
	"iter1/grad/D/model.6.bias":    {-0.0926652271301, 0.467617141083, 0.123110686651},
	"iter1/grad/D/model.7.weight":  {5.04155195062, 230.696630369, 2.17526534815},
	"iter1/grad/D/model.7.bias":    {-0.0190899199806, 0.740809292998, -0.132009690555},
	"iter1/grad/D/model.10.weight": {-0.0401331335306, 0.979348912835, 0.152901999239},
	"iter1/grad/D/model.10.bias":   {0.0343909217045, 0.32884797547, -0.0224479451501},
	"iter1/grad/D/model.11.weight": {1.17011972622, 162.906761064, -0.460755449388},
	"iter1/grad/D/model.11.bias":   {0.0633887993172, 1.15471234825, -0.104202747626},
	"iter1/grad/D/model.14.weight": {0.512905491516, 0.997378308326, 0.365942205002},
	"iter1/grad/D/model.14.bias":   {0.0924458904192, 0.167806769721, 0.0194196156713},
	"iter1/grad/D/linear.weight":   {0.504136760719, 1.9193969788, 0.156263470986},
	"iter1/grad/D/linear.bias":     {0.0359714031219, 0.0359714031219, 0.0359714031219},
	"iter1/grad/D/embed.weight":    {-4.28408384323e-08, 16.205008911, -0.86565121251},
	"iter2/loss":                   {2.86609697342, 0.621081352234},
	"iter2/d_out":                  {0.550785541534, 0.54462659359},
	"iter2/G/l1.0.weight": {
		-32.986185551, 13045.1708855, -0.093175779303, 52.9030558948, -0.0510671467893,
	},
	"iter2/G/l1.0.bias": {
		4.09144250218, 132.09876818, 0.0117180828602, 0.508795328824, 0.00663753531696,
	},
	"iter2/G/conv_blocks.0.weight": {
		128.638398588, 128.638398588, -0.0011191368103, 0.0319157838821, -0.00236690215744,
	},
	"iter2/G/conv_blocks.0.bias": {
		0.31973794318, 8.02913336357, 9.30074020289e-05, 0.0303125850041, -0.0035204404946,
	},
	"iter2/G/conv_blocks.0.running_mean": {
		-0.00347295217216, 0.745623897063, -0.00347295217216, 0.745623897063, -0.0374997695353,
	},
	"iter2/G/conv_blocks.0.running_var": {
		109.889856815, 109.889856815, -18.1101431847, 19.0654494762, -0.429622047583,
	},
	"iter2/G/conv_blocks.0.num_batches_tracked": {2},
	"iter2/G/conv_blocks.2.weight": {
		7.73780764803, 2767.53220596, -0.153828974218, 37.6532195645, -0.0543518714161,
	},
	"iter2/G/conv_blocks.2.bias": {
		-0.121656539755, 2.37935303096, 0.00118676768761, 0.00474784003018, -7.12075095581e-06,
	},
	"iter2/G/conv_blocks.3.weight": {
		128.96571058, 128.96571058, 0.00295525789261, 0.0319823622704, 0.00219741631487,
	},
	"iter2/G/conv_blocks.3.bias": {
		-0.866009573496, 8.06901713689, 0.00327366766578, 0.0334430207586, 0.00440304053839,
	},
	"iter2/G/conv_blocks.3.running_mean": {
		-0.132863944105, 1.04084180394, -0.132863944105, 1.04084180394, -0.102681022766,
	},
	"iter2/G/conv_blocks.3.running_var": {
		114.223374903, 114.223374903, -13.7766250968, 13.7766250968, -0.202140520101,
	},
	"iter2/G/conv_blocks.3.num_batches_tracked": {2},
	"iter2/G/conv_blocks.6.weight": {
		-3.3185199675, 1383.57047762, -0.100980214403, 18.8580718449, 0.0515503735962,
	},
	"iter2/G/conv_blocks.6.bias": {
		0.37462957768, 1.25759490143, 0.000133546825964, 0.00517718592891, -0.000243849142332,
	},
	"iter2/G/conv_blocks.7.weight": {
		63.9459431171, 63.9459431171, -0.00316709280014, 0.0158453583717, -0.00089797381496,
	},
	"iter2/G/conv_blocks.7.bias": {
		-1.19010575709, 4.1960228117, -2.18273489736e-05, 0.0177948003984, 0.00099290584442,
	},
	"iter2/G/conv_blocks.7.running_mean": {
		-0.111840043712, 2.16120361074, -0.111840043712, 2.16120361074, 0.159804736921,
	},
	"iter2/G/conv_blocks.7.running_var": {
		54.2997427583, 54.2997427583, -9.70025724173, 9.70025724173, -0.166905115208,
	},
	"iter2/G/conv_blocks.7.num_batches_tracked": {2},
	"iter2/G/conv_blocks.9.weight": {
		0.798383454585, 46.38501809, 0.0147950745559, 0.438627356551, -0.00978413114559,
	},
	"iter2/G/conv_blocks.9.bias": {
		-0.100552864373, 0.100552864373, 0.000190988183022, 0.000909246504307, 0.000632584794892,
	},
	"iter2/D/model.0.weight": {
		-0.889485087158, 26.3153683282, 0.0277044661634, 0.132633559318, 0.00480592136739,
	},
	"iter2/D/model.0.bias": {
		-0.51146478951, 1.24307234585, -0.0022087842226, 0.00349675118923, -0.000180117259072,
	},
	"iter2/D/model.3.weight": {
		-5.05946775613, 86.9962578053, 0.00299915659707, 0.714437607792, 0.0101529749436,
	},
	"iter2/D/model.3.bias": {
		0.236170002259, 1.20290029887, 0.000768334139138, 0.00851357588544, -0.00117470472517,
	},
	"iter2/D/model.6.weight": {
		15.7766222954, 15.7766222954, -0.000257968902588, 0.0118194818497, -0.00065766698916,
	},
	"iter2/D/model.6.bias": {
		-0.0642831688747, 0.857709678821, 0.000176018103957, 0.00858237035573, -0.000984039959743,
	},
	"iter2/D/model.6.running_mean": {
		0.501929033315, 0.643227847992, 0.501929033315, 0.643227847992, 0.0992992499689,
	},
	"iter2/D/model.6.running_var": {
		5.67337703705, 5.67337703705, -10.326622963, 10.326622963, -0.462181237185,
	},
	"iter2/D/model.6.num_batches_tracked": {10},
	"iter2/D/model.7.weight": {
		5.59479594741, 120.978766734, 0.00245289226683, 1.45766564732, -0.00442335551113,
	},
	"iter2/D/model.7.bias": {
		-0.0346097238362, 0.705679852515, 0.000486102886498, 0.0110517367721, 0.00209549454207,
	},
	"iter2/D/model.10.weight": {
		15.7189358473, 15.7189358473, -1.41859054565e-05, 0.00933599472046, -0.000427371508927,
	},
	"iter2/D/model.10.bias": {
		0.284380825236, 1.12386348657, -0.000643448904157, 0.00816751085222, -0.000351001401147,
	},
	"iter2/D/model.10.running_mean": {
		1.74341233447, 1.74341233447, 1.74341233447, 1.74341233447, 0.0750150434548,
	},
	"iter2/D/model.10.running_var": {
		7.07506087422, 7.07506087422, -8.92493912578, 8.92493912578, -0.334078520178,
	},
	"iter2/D/model.10.num_batches_tracked": {10},
	"iter2/D/model.11.weight": {
		-4.94619878645, 242.125495918, -0.0149322802299, 1.27244103304, -0.00772931469183,
	},
	"iter2/D/model.11.bias": {
		-0.239367504604, 1.39402429853, 0.00247771339491, 0.0176357557066, 0.00105912400177,
	},
	"iter2/D/model.14.weight": {
		32.1825787425, 32.1825787425, -0.00803035497665, 0.0217083096504, -0.00544431513643,
	},
	"iter2/D/model.14.bias": {
		0.501635062974, 1.88962986181, -0.00572150247172, 0.0228585614823, -0.00231828323251,
	},
	"iter2/D/model.14.running_mean": {
		3.11967506073, 3.11967506073, 3.11967506073, 3.11967506073, 0.187460618588,
	},
	"iter2/D/model.14.running_var": {
		13.1142598987, 13.1142598987, -18.8857401013, 18.8857401013, -0.322641354721,
	},
	"iter2/D/model.14.num_batches_tracked": {10},
	"iter2/D/linear.weight": {
		1.06825754791, 4.03549940884, -0.00445012003183, 0.019725009799, -0.00167464822796,
	},
	"iter2/D/linear.bias": {
		0.131516292691, 0.131516292691, -0.000814616680145, 0.000814616680145, -0.000814616680145,
	},
	"iter2/D/embed.weight": {
		0.805901118278, 13.7341223333, -0.00629812762782, 0.0831564423133, 0.000912047815001,
	},
	"iter2/grad/G/l1.0.weight": {1.2456554524, 347.857351243, -1.01702021288},
	"iter2/grad/G/l1.0.bias":   {1.94268068299e-08, 4.99799296426, 0.0528179616481},
	"iter2/grad/G/conv_blocks.0.weight": {
		-0.0022956064804, 0.548665932421, -0.0136941274181,
	},
	"iter2/grad/G/conv_blocks.0.bias": {
		-0.0153838126498, 0.143951887054, 0.00857786237817,
	},
	"iter2/grad/G/conv_blocks.2.weight": {0.34467431865, 907.260964299, 3.48762471189},
	"iter2/grad/G/conv_blocks.2.bias": {
		2.09155359698e-09, 1.55861300755e-07, -1.16825380503e-08,
	},
	"iter2/grad/G/conv_blocks.3.weight": {
		0.000139044812386, 0.51302548069, 0.0172906998249,
	},
	"iter2/grad/G/conv_blocks.3.bias": {
		-0.000719304574886, 0.325346204889, -0.0111944085884,
	},
	"iter2/grad/G/conv_blocks.6.weight": {7.20551239592, 581.42472277, 0.389821456368},
	"iter2/grad/G/conv_blocks.6.bias": {
		-1.99901251108e-09, 3.1038501902e-07, -2.98288107692e-08,
	},
	"iter2/grad/G/conv_blocks.7.weight": {
		0.0028424948905, 0.319953132908, -0.00598309839233,
	},
	"iter2/grad/G/conv_blocks.7.bias": {
		0.0247734129662, 0.206797463237, 7.49498444595e-05,
	},
	"iter2/grad/G/conv_blocks.9.weight": {4.73942510814, 52.2280536252, 0.253759697235},
	"iter2/grad/G/conv_blocks.9.bias": {
		0.0169339915738, 0.050734414719, -0.00866716962521,
	},
	"iter2/grad/D/model.0.weight":  {0.229654219002, 33.3850109056, 0.677258156741},
	"iter2/grad/D/model.0.bias":    {1.26347763836, 1.80107988417, -0.485675275314},
	"iter2/grad/D/model.3.weight":  {-9.7158860137, 116.604077652, -2.02180818624},
	"iter2/grad/D/model.3.bias":    {-0.963937258348, 2.20390263759, -0.152903440249},
	"iter2/grad/D/model.6.weight":  {-0.0417170180008, 0.922727770172, 0.145902023534},
	"iter2/grad/D/model.6.bias":    {0.0332168326713, 0.372065419797, -0.111366012113},
	"iter2/grad/D/model.7.weight":  {3.59053813509, 207.134919053, -2.04639091225},
	"iter2/grad/D/model.7.bias":    {-0.13501512818, 0.851508097723, -0.344832416687},
	"iter2/grad/D/model.10.weight": {0.0233377944678, 0.876507686451, -0.0639225362587},
	"iter2/grad/D/model.10.bias":   {0.192919810303, 0.446817348711, -0.0495059992323},
	"iter2/grad/D/model.11.weight": {2.84228242119, 148.431379405, -0.813690256841},
	"iter2/grad/D/model.11.bias":   {-0.209391299635, 1.16761180758, 0.111791233616},
	"iter2/grad/D/model.14.weight": {0.493121352978, 1.10167729948, 0.25223015827},
	"iter2/grad/D/model.14.bias":   {0.0874485773966, 0.172490107827, 0.00726778347776},
	"iter2/grad/D/linear.weight":   {0.438033040613, 1.93177299947, 0.0266899723037},
	"iter2/grad/D/linear.bias":     {0.0477060824633, 0.0477060824633, 0.0477060824633},
	"iter2/grad/D/embed.weight":    {-8.94069671631e-08, 17.7051512972, -0.413927997228},
	"iter3/loss":                   {2.80813932419, 0.662026405334},
	"iter3/d_out":                  {0.522926926613, 0.545517146587},
	"iter3/G/l1.0.weight": {
		-33.0176346923, 13045.178349, -0.124624920581, 62.9017111563, -0.0291719983748,
	},
	"iter3/G/l1.0.bias": {
		4.09381028056, 132.110626508, 0.0140858612413, 0.612778281704, 0.000670368059699,
	},
	"iter3/G/conv_blocks.0.weight": {
		128.638794959, 128.638794959, -0.000722765922546, 0.0372394323349, -0.0011651315412,
	},
	"iter3/G/conv_blocks.0.bias": {
		0.322843285976, 8.03153570392, 0.00319835019764, 0.0393326004269, -0.0042957831356,
	},
	"iter3/G/conv_blocks.0.running_mean": {
		-0.00442767314962, 0.818289147603, -0.00442767314962, 0.818289147603, -0.0383645677011,
	},
	"iter3/G/conv_blocks.0.running_var": {
		101.99034375, 101.99034375, -26.0096562505, 27.0609491467, -0.547823536506,
	},
	"iter3/G/conv_blocks.0.num_batches_tracked": {3},
	"iter3/G/conv_blocks.2.weight": {
		7.7493287322, 2767.61043182, -0.142307890055, 45.1156086558, -0.0568834035565,
	},
	"iter3/G/conv_blocks.2.bias": {
		-0.122010223895, 2.37942160367, 0.000833083548059, 0.00620742237516, 8.22219209945e-06,
	},
	"iter3/G/conv_blocks.3.weight": {
		128.966022015, 128.966022015, 0.00326669216156, 0.040384888649, 0.00259221630481,
	},
	"iter3/G/conv_blocks.3.bias": {
		-0.865028972737, 8.07055355143, 0.00425426842412, 0.0409059633384, 0.00335182740719,
	},
	"iter3/G/conv_blocks.3.running_mean": {
		-0.114565692958, 1.44743309345, -0.114565692958, 1.44743309345, -0.152697650637,
	},
	"iter3/G/conv_blocks.3.running_var": {
		108.30807656, 108.30807656, -19.6919234395, 19.6919234395, -0.307703287032,
	},
	"iter3/G/conv_blocks.3.num_batches_tracked": {3},
	"iter3/G/conv_blocks.6.weight": {
		-3.12709378066, 1383.59720679, 0.0904459724292, 22.555636621, 0.0577660514961,
	},
	"iter3/G/conv_blocks.6.bias": {
		0.374961433932, 1.25785148283, 0.000465403078124, 0.00655344035476, -2.34032862742e-05,
	},
	"iter3/G/conv_blocks.7.weight": {
		63.9451159239, 63.9451159239, -0.00399428606033, 0.0195046067238, -0.00147033201646,
	},
	"iter3/G/conv_blocks.7.bias": {
		-1.18933699594, 4.19523789396, 0.000746933801565, 0.0215906360536, 0.000938457605292,
	},
	"iter3/G/conv_blocks.7.running_mean": {
		-0.161046565147, 3.09574315268, -0.161046565147, 3.09574315268, 0.227550357752,
	},
	"iter3/G/conv_blocks.7.running_var": {
		50.1571100354, 50.1571100354, -13.8428899646, 13.8428899646, -0.24157914944,
	},
	"iter3/G/conv_blocks.7.num_batches_tracked": {3},
	"iter3/G/conv_blocks.9.weight": {
		0.767668432803, 46.3873846971, -0.0159199472255, 0.533687822754, -0.0121108185569,
	},
	"iter3/G/conv_blocks.9.bias": {
		-0.100786158815, 0.100786158815, -4.23062592745e-05, 0.00110170431435, 0.000636610529565,
	},
	"iter3/D/model.0.weight": {
		-0.877578835119, 26.31755187, 0.0396107182023, 0.186236798472, 0.00633210366298,
	},
	"iter3/D/model.0.bias": {
		-0.512627512217, 1.24311515689, -0.0033715069294, 0.0048792809248, -0.000382366455334,
	},
	"iter3/D/model.3.weight": {
		-5.04567373899, 86.9844012223, 0.0167931737378, 0.948765359877, 0.013313239195,
	},
	"iter3/D/model.3.bias": {
		0.236408229917, 1.2023862116, 0.00100656179711, 0.0118204145692, -0.00314762191944,
	},
	"iter3/D/model.6.weight": {
		15.7760592699, 15.7760592699, -0.000820994377136, 0.0163371562958, -0.00116124914729,
	},
	"iter3/D/model.6.bias": {
		-0.0646657859907, 0.857078402303, -0.000206599012017, 0.0119839478284, -0.000611886583517,
	},
	"iter3/D/model.6.running_mean": {
		0.610685356776, 0.780241365428, 0.610685356776, 0.780241365428, 0.127210085785,
	},
	"iter3/D/model.6.running_var": {
		3.41300618649, 3.41300618649, -12.5869938135, 12.5869938135, -0.562650977091,
	},
	"iter3/D/model.6.num_batches_tracked": {15},
	"iter3/D/model.7.weight": {
		5.58108900359, 120.981558543, -0.0112540515537, 1.93225787366, -0.00104952160823,
	},
	"iter3/D/model.7.bias": {
		-0.034635853488, 0.704159657937, 0.000459973234683, 0.0151823223568, 0.00358605079587,
	},
	"iter3/D/model.10.weight": {
		15.7182408571, 15.7182408571, -0.000709176063538, 0.0115858316422, -0.000989640522635,
	},
	"iter3/D/model.10.bias": {
		0.283187903464, 1.1237892285, -0.00183637067676, 0.0110193863511, 0.000456919038407,
	},
	"iter3/D/model.10.running_mean": {
		2.05898414552, 2.05898414552, 2.05898414552, 2.05898414552, 0.119217515231,
	},
	"iter3/D/model.10.running_var": {
		5.07555943727, 5.07555943727, -10.9244405627, 10.9244405627, -0.375786094121,
	},
	"iter3/D/model.10.num_batches_tracked": {15},
	"iter3/D/model.11.weight": {
		-4.94949832891, 242.132116327, -0.0182318226925, 1.67249559449, -0.00398802783857,
	},
	"iter3/D/model.11.bias": {
		-0.238992281025, 1.39492810867, 0.0028529369738, 0.024054804584, 0.00138172804586,
	},
	"iter3/D/model.14.weight": {
		32.1792442799, 32.1792442799, -0.0113648176193, 0.0304473638535, -0.00846097968401,
	},
	"iter3/D/model.14.bias": {
		0.498643362429, 1.88468780229, -0.00871320301667, 0.0305068804882, -0.00341378877272,
	},
	"iter3/D/model.14.running_mean": {
		3.84889983945, 3.84889983945, 3.84889983945, 3.84889983945, 0.227704618942,
	},
	"iter3/D/model.14.running_var": {
		8.91394771636, 8.91394771636, -23.0860522836, 23.0860522836, -0.378654769002,
	},
	"iter3/D/model.14.num_batches_tracked": {15},
	"iter3/D/linear.weight": {
		1.06655858085, 4.02807563916, -0.00614908710122, 0.0266831703484, -0.00116682200114,
	},
	"iter3/D/linear.bias": {
		0.131130665541, 0.131130665541, -0.00120024383068, 0.00120024383068, -0.00120024383068,
	},
	"iter3/D/embed.weight": {
		0.805411655587, 13.732947929, -0.00678759031871, 0.106964015969, 0.00113657348987,
	},
	"iter3/grad/G/l1.0.weight": {-0.256808044971, 562.615876394, -0.0370420498898},
	"iter3/grad/G/l1.0.bias":   {2.47291609412e-08, 7.26341666493, 0.263758261662},
	"iter3/grad/G/conv_blocks.0.weight": {
		0.00167643941677, 0.85186964395, -0.0661081314794,
	},
	"iter3/grad/G/conv_blocks.0.bias": {
		-0.0288800678536, 0.261873644937, 0.00450372809048,
	},
	"iter3/grad/G/conv_blocks.2.weight": {3.32433189205, 1369.62757422, -0.883715112434},
	"iter3/grad/G/conv_blocks.2.bias": {
		5.60560238227e-08, 2.79042751572e-07, 1.99549459314e-09,
	},
	"iter3/grad/G/conv_blocks.3.weight": {
		-0.00143943315197, 0.720648013186, -0.0152139563216,
	},
	"iter3/grad/G/conv_blocks.3.bias": {
		0.0170664592006, 0.441522552486, 0.0310410899528,
	},
	"iter3/grad/G/conv_blocks.6.weight": {-24.8969586984, 905.895368877, 1.67411873131},
	"iter3/grad/G/conv_blocks.6.bias": {
		-8.59661639652e-08, 4.2774526321e-07, -4.96177074823e-08,
	},
	"iter3/grad/G/conv_blocks.7.weight": {
		-0.00856577658885, 0.582146346613, 0.0357216329799,
	},
	"iter3/grad/G/conv_blocks.7.bias": {
		-0.0359271563939, 0.463862311619, 0.0101683644849,
	},
	"iter3/grad/G/conv_blocks.9.weight": {20.827959848, 93.219316169, -0.426775868469},
	"iter3/grad/G/conv_blocks.9.bias": {
		0.0774058625102, 0.169016726315, 0.0323414862157,
	},
	"iter3/grad/D/model.0.weight":  {-12.4945632275, 40.7951663528, -1.02182527398},
	"iter3/grad/D/model.0.bias":    {0.431523803622, 1.06808617339, 0.260945364061},
	"iter3/grad/D/model.3.weight":  {-0.679316646652, 127.463849323, -2.90294901048},
	"iter3/grad/D/model.3.bias":    {0.0868647675961, 2.09287902899, 0.914819057961},
	"iter3/grad/D/model.6.weight":  {-0.0657626772299, 1.22291406896, 0.29554552553},
	"iter3/grad/D/model.6.bias":    {0.0173362654168, 0.367353483336, -0.0431325961421},
	"iter3/grad/D/model.7.weight":  {8.85393423203, 226.866196452, -0.506371566856},
	"iter3/grad/D/model.7.bias":    {0.113007498905, 0.763387115672, -0.260406219579},
	"iter3/grad/D/model.10.weight": {0.0295782517642, 0.732509734109, 0.200783857246},
	"iter3/grad/D/model.10.bias":   {0.205896100961, 0.568136231042, -0.0110641770923},
	"iter3/grad/D/model.11.weight": {-2.87168299372, 153.057493338, -1.75152861323},
	"iter3/grad/D/model.11.bias":   {0.219155887142, 1.27112179995, 0.108203456664},
	"iter3/grad/D/model.14.weight": {0.442433647811, 0.934826932847, 0.362103800831},
	"iter3/grad/D/model.14.bias":   {0.0843704016879, 0.173577048816, 0.00588929557626},
	"iter3/grad/D/linear.weight":   {0.25768893538, 1.74317839043, -0.11947646616},
	"iter3/grad/D/linear.bias":     {0.0342220067978, 0.0342220067978, 0.0342220067978},
	"iter3/grad/D/embed.weight":    {8.38190317154e-09, 16.4602961605, -0.260058401353},
}

// END KAT DATA
