package gan

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/internal/kat"
)

// newCNNTrainer builds the sngan pair (CNN()) with channels c, its
// Adam settings (G 2e-4, D 4e-4) and the hinge loss.
func newCNNTrainer(be gemm.Backend, batch, c int, seed uint64, sn bool) *Trainer {
	rng := rand.New(rand.NewPCG(seed, 0))
	a := CNN()
	a.Channels, a.SpectralNorm = c, sn
	g, err := NewCNNGenerator(nn.Context{BLAS: be, MaxBatch: batch, Rand: rng}, a)
	if err != nil {
		panic(err)
	}
	d, err := NewCNNDiscriminator(nn.Context{BLAS: be, MaxBatch: 2 * batch, Rand: rng}, a)
	if err != nil {
		panic(err)
	}
	noise := func(z []float32) {
		for i := range z {
			z[i] = float32(rng.NormFloat64())
		}
	}
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 2e-4, 0.5, 0.999), optim.NewAdam(d.Params(), 4e-4, 0.5, 0.999), batch, noise)
	tr.Objective = Hinge
	return tr
}

func stateNames(m *nn.Sequential) string {
	var s []string
	for _, p := range m.Params() {
		s = append(s, p.Name)
	}
	for _, b := range m.Buffers() {
		s = append(s, b.Name)
	}
	return strings.Join(s, " ")
}

// TestCNNStateDict checks the state_dict names, and the parameter counts,
// of testdata/cnn_models.py's classes at the preset's widths (PyTorch 1.13:
// parameters in module order, then buffers; sum(p.numel() for p in
// Generator(channels=c).parameters()) and the same for D).
func TestCNNStateDict(t *testing.T) {
	for _, c := range []struct {
		channels     int
		gParams, dPs int
	}{{1, 1217985, 185329}, {3, 1218563, 185617}} {
		tr := newCNNTrainer(gemm.Go{}, 4, c.channels, 1, true)
		if n := tr.G.NumParams(); n != c.gParams {
			t.Errorf("channels %d: G has %d parameters, want %d", c.channels, n, c.gParams)
		}
		if n := tr.D.NumParams(); n != c.dPs {
			t.Errorf("channels %d: D has %d parameters, want %d", c.channels, n, c.dPs)
		}
	}
	wantG := "l1.weight l1.bias conv_blocks.0.weight conv_blocks.0.bias conv_blocks.2.weight conv_blocks.2.bias conv_blocks.3.weight conv_blocks.3.bias conv_blocks.5.weight conv_blocks.5.bias conv_blocks.6.weight conv_blocks.6.bias conv_blocks.8.weight conv_blocks.8.bias conv_blocks.9.weight conv_blocks.9.bias conv_blocks.11.weight conv_blocks.11.bias " +
		"conv_blocks.0.running_mean conv_blocks.0.running_var conv_blocks.0.num_batches_tracked conv_blocks.3.running_mean conv_blocks.3.running_var conv_blocks.3.num_batches_tracked conv_blocks.6.running_mean conv_blocks.6.running_var conv_blocks.6.num_batches_tracked conv_blocks.9.running_mean conv_blocks.9.running_var conv_blocks.9.num_batches_tracked"
	wantD := "model.0.bias model.0.weight_orig model.2.bias model.2.weight_orig model.4.bias model.4.weight_orig model.6.bias model.6.weight_orig model.8.bias model.8.weight_orig model.10.bias model.10.weight_orig model.12.bias model.12.weight_orig adv_layer.bias adv_layer.weight_orig " +
		"model.0.weight_u model.0.weight_v model.2.weight_u model.2.weight_v model.4.weight_u model.4.weight_v model.6.weight_u model.6.weight_v model.8.weight_u model.8.weight_v model.10.weight_u model.10.weight_v model.12.weight_u model.12.weight_v adv_layer.weight_u adv_layer.weight_v"
	// Without spectral norm (Discriminator(sn=False)).
	wantPlainD := "model.0.weight model.0.bias model.2.weight model.2.bias model.4.weight model.4.bias model.6.weight model.6.bias model.8.weight model.8.bias model.10.weight model.10.bias model.12.weight model.12.bias adv_layer.weight adv_layer.bias"
	tr := newCNNTrainer(gemm.Go{}, 4, 3, 1, true)
	if got := stateNames(tr.G); got != wantG {
		t.Errorf("G's state_dict:\n got %s\nwant %s", got, wantG)
	}
	if got := stateNames(tr.D); got != wantD {
		t.Errorf("D's state_dict:\n got %s\nwant %s", got, wantD)
	}
	if got := stateNames(newCNNTrainer(gemm.Go{}, 4, 3, 1, false).D); got != wantPlainD {
		t.Errorf("D's state_dict without spectral norm:\n got %s\nwant %s", got, wantPlainD)
	}
	if w := tr.G.Params()[0]; w.Shape[0] != 256*4*4 || w.Shape[1] != 128 {
		t.Errorf("l1.weight has shape %v, want [4096 128]", w.Shape)
	}
	if w := tr.G.Params()[4]; len(w.Shape) != 4 || w.Shape[0] != 256 || w.Shape[1] != 128 || w.Shape[2] != 4 {
		t.Errorf("conv_blocks.2.weight (ConvTranspose2d) has shape %v, want [256 128 4 4]", w.Shape)
	}
}

// TestCNNSizes: G reaches img_size from img_size/2^(widths-1) exactly, D
// halves it per width after the first; sizes that do not fit are refused
// by name, and MNIST's own 28 works with three widths.
func TestCNNSizes(t *testing.T) {
	ctx := nn.Context{BLAS: gemm.Go{}, MaxBatch: 2, Rand: rand.New(rand.NewPCG(1, 1))}
	for _, c := range []struct {
		size   int
		gw, dw []int
		want   string
	}{
		{28, []int{32, 16, 8, 4}, []int{4, 8}, "not a multiple of 8"},
		{36, []int{32, 16, 8, 4}, []int{4}, "not a multiple of 8"},
		{4, []int{8}, []int{2, 4, 8, 16}, "too small"},
		{32, nil, []int{4}, "at least one width"},
	} {
		a := CNN()
		a.ImgSize, a.GWidths, a.DWidths = c.size, c.gw, c.dw
		if _, err := NewCNNGenerator(ctx, a); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("img_size %d, g_widths %v, d_widths %v: G error %v, want %q", c.size, c.gw, c.dw, err, c.want)
		}
		if _, err := NewCNNDiscriminator(ctx, a); err == nil {
			t.Errorf("img_size %d, g_widths %v, d_widths %v: D built", c.size, c.gw, c.dw)
		}
	}
	a := CNN()
	a.Channels, a.ImgSize, a.GWidths, a.DWidths = 1, 28, []int{64, 32, 16}, []int{16, 32, 64}
	g, err := NewCNNGenerator(ctx, a)
	if err != nil || g.Out() != 28*28 {
		t.Fatalf("img_size 28: G %v, err %v", g, err)
	}
	d, err := NewCNNDiscriminator(ctx, a)
	if err != nil || d.In() != 28*28 || d.Sequential.Out() != 1 {
		t.Fatalf("img_size 28: D %v, err %v", d, err)
	}
	// 28 → 14 → 7: the Linear sees 64 maps of 7x7.
	if adv := d.Layers[len(d.Layers)-1].(*nn.SpectralNorm); adv.In() != 64*7*7 {
		t.Errorf("img_size 28: D's Linear takes %d values, want %d", adv.In(), 64*7*7)
	}
}

// TestCNNStepDeterministicAndZeroAlloc: the same seed gives the same
// losses, and an iteration (spectral norm's power iteration included)
// allocates nothing once warm, on every backend but the pure-Go one
// (gonum starts goroutines of its own; see the dcgan test).
func TestCNNStepDeterministicAndZeroAlloc(t *testing.T) {
	for _, be := range gemm.Available() {
		run := func() []Stats {
			tr := newCNNTrainer(be, 4, 3, 5, true)
			b := realBatch(4, 3*32*32, 1)
			var out []Stats
			for range 2 {
				st, err := tr.Step([]Batch{b})
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, st)
			}
			// 20 runs: the runtime may allocate now and then on a
			// loaded machine (see TestStepDeterministicAndZeroAlloc); the
			// truncated mean reads such rare events as 0 and an
			// allocation every step as 1.
			if allocs := testing.AllocsPerRun(20, func() { tr.Step([]Batch{b}) }); allocs != 0 && be.Name() != "go" {
				t.Errorf("%s: a sngan step allocates %v times", be.Name(), allocs)
			}
			return out
		}
		a, b := run(), run()
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("%s: iteration %d: %+v then %+v", be.Name(), i, a[i], b[i])
			}
			kat.Finite(t, "losses", []float32{a[i].DLoss, a[i].GLoss})
		}
	}
}

// BenchmarkCNNStep is one sngan iteration at batch 64 on CIFAR-10-sized
// images, the EMA of G's weights included; testdata/cnn_pytorch.py is
// PyTorch's counterpart.
func BenchmarkCNNStep(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	tr := newCNNTrainer(be, 64, 3, 1, true)
	avg, err := NewCNNGenerator(nn.Context{BLAS: be, MaxBatch: 64, Rand: rand.New(rand.NewPCG(1, 1))}, CNN())
	if err != nil {
		b.Fatal(err)
	}
	tr.AfterG = NewEMA(tr.G, avg, 0.999).Update
	benchSteps(b, tr)
}

// TestCNNConditional: with classes the pair is cgan-plus's kind of
// conditional one (label_emb before z, a projection D), with the
// state_dict names and sizes of cnn_models.py's CondGenerator and
// CondDiscriminator (PyTorch 1.13, at the preset's widths, 10 classes,
// embedding 128), and a conditional step runs.
func TestCNNConditional(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 0))
	a := CNN()
	a.Classes, a.EmbedDim = 10, 128
	g, err := NewCNNGenerator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 4, Rand: rng}, a)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewCNNDiscriminator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 8, Rand: rng}, a)
	if err != nil {
		t.Fatal(err)
	}
	if n, m := g.NumParams(), d.NumParams(); n != 1744131 || m != 206097 {
		t.Errorf("G has %d parameters, D %d; want 1744131, 206097", n, m)
	}
	sorted := func(s string) string {
		f := strings.Fields(s)
		slices.Sort(f)
		return strings.Join(f, " ")
	}
	// " ".join(sorted(CondGenerator().state_dict())) and the same for D.
	wantG := "conv_blocks.0.bias conv_blocks.0.num_batches_tracked conv_blocks.0.running_mean conv_blocks.0.running_var conv_blocks.0.weight conv_blocks.11.bias conv_blocks.11.weight conv_blocks.2.bias conv_blocks.2.weight conv_blocks.3.bias conv_blocks.3.num_batches_tracked conv_blocks.3.running_mean conv_blocks.3.running_var conv_blocks.3.weight conv_blocks.5.bias conv_blocks.5.weight conv_blocks.6.bias conv_blocks.6.num_batches_tracked conv_blocks.6.running_mean conv_blocks.6.running_var conv_blocks.6.weight conv_blocks.8.bias conv_blocks.8.weight conv_blocks.9.bias conv_blocks.9.num_batches_tracked conv_blocks.9.running_mean conv_blocks.9.running_var conv_blocks.9.weight l1.bias l1.weight label_emb.weight"
	wantD := "embed.weight linear.bias linear.weight model.0.bias model.0.weight_orig model.0.weight_u model.0.weight_v model.10.bias model.10.weight_orig model.10.weight_u model.10.weight_v model.12.bias model.12.weight_orig model.12.weight_u model.12.weight_v model.2.bias model.2.weight_orig model.2.weight_u model.2.weight_v model.4.bias model.4.weight_orig model.4.weight_u model.4.weight_v model.6.bias model.6.weight_orig model.6.weight_u model.6.weight_v model.8.bias model.8.weight_orig model.8.weight_u model.8.weight_v"
	if got := sorted(stateNames(g)); got != wantG {
		t.Errorf("G's state_dict:\n got %s\nwant %s", got, wantG)
	}
	if got := sorted(stateNames(d.Sequential)); got != wantD {
		t.Errorf("D's state_dict:\n got %s\nwant %s", got, wantD)
	}
	noise := func(z []float32) {
		for i := range z {
			z[i] = float32(rng.NormFloat64())
		}
	}
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 2e-4, 0.5, 0.999), optim.NewAdam(d.Params(), 4e-4, 0.5, 0.999), 4,
		(&CondNoise{Latent: a.LatentDim, Noise: noise, Labels: BalancedLabels(rng, 10)}).Fill)
	tr.Objective = Hinge
	if tr.Classes() != 10 {
		t.Fatalf("the trainer sees %d classes, want 10", tr.Classes())
	}
	b := realBatch(4, 3*32*32, 1)
	b.Labels = []uint8{0, 3, 9, 3}
	st, err := tr.Step([]Batch{b})
	if err != nil {
		t.Fatal(err)
	}
	kat.Finite(t, "losses", []float32{st.DLoss, st.GLoss})
}
