package gan

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

// newDCGANTrainer builds dcgan.py's G and D with channels c, Adam
// optimisers and the three D calls per iteration.
func newDCGANTrainer(be gemm.Backend, batch, c int, seed uint64) *Trainer {
	rng := rand.New(rand.NewPCG(seed, 0))
	a := DCGAN()
	a.Channels = c
	g, err := NewDCGANGenerator(nn.Context{BLAS: be, MaxBatch: batch, Rand: rng}, a)
	if err != nil {
		panic(err)
	}
	d, err := NewDCGANDiscriminator(nn.Context{BLAS: be, MaxBatch: 2 * batch, Rand: rng}, a)
	if err != nil {
		panic(err)
	}
	d.SetDropoutRand(rand.New(rand.NewPCG(seed, 9)))
	noise := func(z []float32) {
		for i := range z {
			z[i] = float32(rng.NormFloat64())
		}
	}
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 2e-4, 0.5, 0.999), optim.NewAdam(d.Params(), 2e-4, 0.5, 0.999), batch, noise)
	tr.SeparateD = true
	return tr
}

// TestDCGANStateDict checks dcgan.py's state_dict names, shapes and sizes:
// (PyTorch 1.13, dcgan.py with channels 1 and 3:
// sum(p.numel() for p in Generator().parameters()) and the same for D.)
func TestDCGANStateDict(t *testing.T) {
	for _, c := range []struct {
		channels     int
		gParams, dPs int
	}{{1, 1049985, 98113}, {3, 1051139, 98401}} {
		tr := newDCGANTrainer(gemm.Go{}, 4, c.channels, 1)
		if n := tr.G.NumParams(); n != c.gParams {
			t.Errorf("channels %d: G has %d parameters, want %d", c.channels, n, c.gParams)
		}
		if n := tr.D.NumParams(); n != c.dPs {
			t.Errorf("channels %d: D has %d parameters, want %d", c.channels, n, c.dPs)
		}
	}
	tr := newDCGANTrainer(gemm.Go{}, 4, 1, 1)
	names := func(m *nn.Sequential) string {
		var s []string
		for _, p := range m.Params() {
			s = append(s, p.Name)
		}
		for _, b := range m.Buffers() {
			s = append(s, b.Name)
		}
		return strings.Join(s, " ")
	}
	// PyTorch 1.13: " ".join(Generator().state_dict()) with parameters
	// first, then buffers, each in module order.
	wantG := "l1.0.weight l1.0.bias conv_blocks.0.weight conv_blocks.0.bias conv_blocks.2.weight conv_blocks.2.bias conv_blocks.3.weight conv_blocks.3.bias conv_blocks.6.weight conv_blocks.6.bias conv_blocks.7.weight conv_blocks.7.bias conv_blocks.9.weight conv_blocks.9.bias " +
		"conv_blocks.0.running_mean conv_blocks.0.running_var conv_blocks.0.num_batches_tracked conv_blocks.3.running_mean conv_blocks.3.running_var conv_blocks.3.num_batches_tracked conv_blocks.7.running_mean conv_blocks.7.running_var conv_blocks.7.num_batches_tracked"
	if got := names(tr.G); got != wantG {
		t.Errorf("G's state_dict:\n got %s\nwant %s", got, wantG)
	}
	wantD := "model.0.weight model.0.bias model.3.weight model.3.bias model.6.weight model.6.bias model.7.weight model.7.bias model.10.weight model.10.bias model.11.weight model.11.bias model.14.weight model.14.bias adv_layer.0.weight adv_layer.0.bias " +
		"model.6.running_mean model.6.running_var model.6.num_batches_tracked model.10.running_mean model.10.running_var model.10.num_batches_tracked model.14.running_mean model.14.running_var model.14.num_batches_tracked"
	if got := names(tr.D); got != wantD {
		t.Errorf("D's state_dict:\n got %s\nwant %s", got, wantD)
	}
	if w := tr.G.Params()[0]; w.Shape[0] != 128*8*8 || w.Shape[1] != 100 {
		t.Errorf("l1.0.weight has shape %v, want [8192 100]", w.Shape)
	}
}

// TestDCGANInit checks weights_init_normal: convolution weights N(0, 0.02),
// BatchNorm2d weights N(1, 0.02) and biases 0, the Linear layers PyTorch's
// default U(±1/sqrt(in)).
func TestDCGANInit(t *testing.T) {
	tr := newDCGANTrainer(gemm.Go{}, 4, 1, 7)
	for _, m := range []*nn.Sequential{tr.G, tr.D} {
		for _, l := range m.Layers {
			switch l := l.(type) {
			case *nn.Conv2d, *nn.UpConv2d:
				w := l.Params()[0]
				mean, std := moments(w.W)
				kat.Within(t, w.Name+" mean", mean, -0.004, 0.004)
				kat.Within(t, w.Name+" std", std, 0.018, 0.022)
			case *nn.BatchNorm2d:
				mean, std := moments(l.Gamma.W)
				kat.Within(t, l.Gamma.Name+" mean", mean, 0.99, 1.01)
				kat.Within(t, l.Gamma.Name+" std", std, 0.012, 0.03)
				for _, b := range l.Beta.W {
					if b != 0 {
						t.Fatalf("%s has %v, want 0", l.Beta.Name, b)
					}
				}
			case *nn.Linear:
				bound := float32(1 / math.Sqrt(float64(l.In())))
				for _, w := range l.W.W {
					if w < -bound || w > bound {
						t.Fatalf("%s has %v outside ±%v", l.W.Name, w, bound)
					}
				}
				_, std := moments(l.W.W)
				kat.Within(t, l.W.Name+" std", std, 0.5*float64(bound), 0.65*float64(bound)) // uniform: bound/sqrt(3)
			}
		}
	}
}

func moments(v []float32) (mean, std float64) {
	for _, x := range v {
		mean += float64(x)
	}
	mean /= float64(len(v))
	for _, x := range v {
		std += (float64(x) - mean) * (float64(x) - mean)
	}
	return mean, math.Sqrt(std / float64(len(v)))
}

// TestDCGANBadSizes: dcgan.py silently builds a broken D for sizes not a
// multiple of 16 (PyTorch-GAN issue 164); gogan refuses them by name.
func TestDCGANBadSizes(t *testing.T) {
	for _, size := range []int{28, 8, 40} {
		a := DCGAN()
		a.ImgSize = size
		ctx := nn.Context{BLAS: gemm.Go{}, MaxBatch: 2, Rand: rand.New(rand.NewPCG(1, 1))}
		if _, err := NewDCGANGenerator(ctx, a); err == nil || !strings.Contains(err.Error(), "multiple of 16") {
			t.Errorf("img_size %d: G built, error %v", size, err)
		}
		if _, err := NewDCGANDiscriminator(ctx, a); err == nil {
			t.Errorf("img_size %d: D built", size)
		}
	}
	a := DCGAN()
	a.ImgSize = 64
	ctx := nn.Context{BLAS: gemm.Go{}, MaxBatch: 2, Rand: rand.New(rand.NewPCG(1, 1))}
	g, err := NewDCGANGenerator(ctx, a)
	if err != nil || g.Out() != 64*64 {
		t.Errorf("img_size 64: G makes %v values, err %v", g, err)
	}
}

// TestDCGANStepDeterministicAndZeroAlloc: the same seed gives the same
// losses, and an iteration allocates nothing once warm, on every backend.
func TestDCGANStepDeterministicAndZeroAlloc(t *testing.T) {
	for _, be := range gemm.Available() {
		run := func() []Stats {
			tr := newDCGANTrainer(be, 4, 3, 5)
			b := realBatch(4, 3*32*32, 1)
			var out []Stats
			for range 2 {
				st, err := tr.Step([]Batch{b})
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, st)
			}
			// gonum's Sgemm starts goroutines of its own for products
			// as large as a convolution's, so the pure-Go backend is
			// exempt: gogan's layers allocate nothing on any backend.
			// OpenBLAS called through purego on an OS thread that has
			// not called it before was seen to allocate an object, once
			// per thread: the average over 4 steps (an integer) counts
			// what every step allocates, not that.
			if allocs := testing.AllocsPerRun(4, func() { tr.Step([]Batch{b}) }); allocs != 0 && be.Name() != "go" {
				t.Errorf("%s: a dcgan step allocates %v times", be.Name(), allocs)
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

// BenchmarkDCGANStep is one dcgan.py iteration at batch 64: MNIST (1
// channel) and CIFAR-10 (3 channels).
func BenchmarkDCGANStep(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		channels int
	}{{"mnist", 1}, {"cifar10", 3}} {
		b.Run(c.name, func(b *testing.B) {
			tr := newDCGANTrainer(be, 64, c.channels, 1)
			benchSteps(b, tr)
		})
	}
	// The dcgan-plus preset's iteration: the same G, D at twice its widths
	// without Dropout2d, eps 1e-5, DiffAugment in front of D, D's learning
	// rate 4e-4, D's class head with the class term on the reals (labels i mod 10),
	// the class-balance and class-confidence terms on G and the EMA of G's weights;
	// dcgan_pytorch.py --plus is PyTorch's counterpart. cifar10-plus-clean adds
	// the clean head's two passes of D (--clean-head; dcgan_pytorch.py --plus
	// --clean).
	plus := func(b *testing.B, clean bool) {
		rng := rand.New(rand.NewPCG(1, 0))
		a := DCGAN()
		a.Channels, a.BNEps, a.DDropout, a.DiffAugment, a.AuxClasses = 3, 1e-5, 0, true, 10
		a.DWidths = []int{32, 64, 128, 256}
		g, err := NewDCGANGenerator(nn.Context{BLAS: be, MaxBatch: 64, Rand: rng}, a)
		if err != nil {
			b.Fatal(err)
		}
		d, err := NewDCGANDiscriminator(nn.Context{BLAS: be, MaxBatch: 128, Rand: rng}, a)
		if err != nil {
			b.Fatal(err)
		}
		noise := func(z []float32) {
			for i := range z {
				z[i] = float32(rng.NormFloat64())
			}
		}
		tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 2e-4, 0.5, 0.999), optim.NewAdam(d.Params(), 4e-4, 0.5, 0.999), 64, noise)
		tr.SeparateD, tr.ClassWeight, tr.ClassBalance, tr.ClassConfidence = true, 1, 1, 0.5
		tr.CleanHead = clean
		avg, err := NewDCGANGenerator(nn.Context{BLAS: be, MaxBatch: 64, Rand: rng}, a)
		if err != nil {
			b.Fatal(err)
		}
		tr.AfterG = NewEMA(g, avg, 0.999).Update
		benchLabelledSteps(b, tr)
	}
	b.Run("cifar10-plus", func(b *testing.B) { plus(b, false) })
	b.Run("cifar10-plus-clean", func(b *testing.B) { plus(b, true) })
}

// BenchmarkDCGANGenerate is drawing 1,024 MNIST-sized images from dcgan.py's
// G with running statistics, in passes of 64 rows as gogan's samplers run a
// conv G (recipe.ConvSampleRows); dcgan_pytorch.py --sample 1024 is
// PyTorch's counterpart.
func BenchmarkDCGANGenerate(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	const n, rows = 1024, 64
	rng := rand.New(rand.NewPCG(1, 0))
	g, err := NewDCGANGenerator(nn.Context{BLAS: be, MaxBatch: rows, Rand: rng}, DCGAN())
	if err != nil {
		b.Fatal(err)
	}
	z := make([]float32, n*100)
	for i := range z {
		z[i] = float32(rng.NormFloat64())
	}
	b.ReportAllocs()
	for b.Loop() {
		for r0 := 0; r0 < n; r0 += rows {
			g.Forward(z[r0*100:(r0+rows)*100], rows, false)
		}
	}
	b.ReportMetric(n*float64(b.N)/b.Elapsed().Seconds(), "images/s")
}

// TestDCGANDOptions: DiffAugment and the minibatch feature leave D's
// state_dict names as dcgan.py's (the augmentation has no parameters and
// takes no index) and widen adv_layer by one input; in eval mode the
// augmentation is the identity, so D's verdict equals that of the same
// weights without it.
func TestDCGANDOptions(t *testing.T) {
	build := func(aug bool, group int) *Discriminator {
		a := DCGAN()
		a.Channels, a.DiffAugment, a.MBStdGroup = 3, aug, group
		d, err := NewDCGANDiscriminator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 8, Rand: rand.New(rand.NewPCG(4, 0))}, a)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	plain, opt := build(false, 0), build(true, 4)
	pp, op := plain.Params(), opt.Params()
	if len(pp) != len(op) {
		t.Fatalf("%d parameters with the options, %d without", len(op), len(pp))
	}
	for i := range pp {
		if pp[i].Name != op[i].Name {
			t.Errorf("parameter %d is %s with the options, %s without", i, op[i].Name, pp[i].Name)
		}
	}
	if w := op[len(op)-2]; w.Name != "adv_layer.0.weight" || w.Shape[1] != 128*2*2+1 {
		t.Errorf("%s has shape %v, want [1 %d]: the minibatch feature widens it by one", w.Name, w.Shape, 128*2*2+1)
	}
	if len(opt.Dropouts) != len(plain.Dropouts)+1 {
		t.Errorf("%d maskers with DiffAugment, %d without: the augmentation's draws must follow the checkpointed stream", len(opt.Dropouts), len(plain.Dropouts))
	}
	aug := build(true, 0)
	for i, p := range aug.Params() {
		copy(p.W, pp[i].W)
	}
	x := make([]float32, 8*3*32*32)
	for i := range x {
		x[i] = float32(math.Sin(0.1 * float64(i)))
	}
	want := append([]float32(nil), plain.Forward(x, 8, false)...)
	got := aug.Forward(x, 8, false)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("eval D(x)[%d] = %v with DiffAugment, %v without", i, got[i], want[i])
		}
	}
}

// newCondDCGANTrainer is dcgan-plus's conditional pair without dropout or
// DiffAugment (so that a D pass can be repeated exactly): G's input
// cat(label_emb(c), z), a projection D, the class weight w.
func newCondDCGANTrainer(batch int, w float32) (*Trainer, func() *Discriminator) {
	a := DCGAN()
	a.Channels, a.BNEps, a.DDropout, a.Classes, a.EmbedDim = 3, 1e-5, 0, 10, a.LatentDim
	build := func() (*nn.Sequential, *Discriminator, *rand.Rand) {
		rng := rand.New(rand.NewPCG(5, 0))
		g, err := NewDCGANGenerator(nn.Context{BLAS: gemm.Go{}, MaxBatch: batch, Rand: rng}, a)
		if err != nil {
			panic(err)
		}
		d, err := NewDCGANDiscriminator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 2 * batch, Rand: rng}, a)
		if err != nil {
			panic(err)
		}
		return g, d, rng
	}
	g, d, rng := build()
	cn := &CondNoise{Latent: a.LatentDim, Labels: UniformLabels(rng, a.Classes), Noise: func(z []float32) {
		for i := range z {
			z[i] = float32(rng.NormFloat64())
		}
	}}
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 2e-4, 0.5, 0.999), optim.NewAdam(d.Params(), 4e-4, 0.5, 0.999), batch, cn.Fill)
	tr.SeparateD, tr.ClassWeight = true, w
	return tr, func() *Discriminator { _, d, _ := build(); return d }
}

// The class term adds weight × cross-entropy to both losses; D's is over
// the reals (their pass alone, as dcgan.py's separate calls), G's over the
// fakes with the classes they were drawn for, and both nets learn from it.
func TestClassWeight(t *testing.T) {
	const n = 8
	b := condBatch(n, 3*32*32, 1)
	var st [3]Stats
	var tr [3]*Trainer
	var freshD func() *Discriminator
	for i, w := range []float32{0, 0.5, 1} {
		tr[i], freshD = newCondDCGANTrainer(n, w)
		var err error
		if st[i], err = tr[i].Step([]Batch{b}); err != nil {
			t.Fatal(err)
		}
	}
	// D's class term on the reals, from an identical D's pass over them.
	d := freshD()
	rows := make([]float32, 0, n*(3*32*32+1))
	for i := range n {
		rows = append(append(rows, b.X[i*3*32*32:(i+1)*3*32*32]...), float32(b.Labels[i]))
	}
	d.Forward(rows, n, true)
	wantD := float64(findProjection(d.Sequential).ClassLoss(0, n, 1))
	lnk := math.Log(10)
	if !(wantD > 0.5*lnk && wantD < 2*lnk) {
		t.Fatalf("initial class cross-entropy %v, want near ln 10", wantD)
	}
	for i, w := range []float64{0, 0.5, 1} {
		kat.Scalar(t, fmt.Sprintf("D loss at class weight %g, less the adversarial part", w), float64(st[i].DLoss-st[0].DLoss), w*wantD, 1e-5, 1e-6)
	}
	cg := float64(st[2].GLoss - st[0].GLoss)
	if !(cg > 0.5*lnk && cg < 2*lnk) {
		t.Errorf("G's class term %v, want near ln 10", cg)
	}
	kat.Scalar(t, "G's class term at weight 0.5", float64(st[1].GLoss-st[0].GLoss), cg/2, 1e-5, 1e-6)
	for _, net := range []struct {
		name string
		a, b []*nn.Param
	}{{"G", tr[0].G.Params(), tr[2].G.Params()}, {"D", tr[0].D.Params(), tr[2].D.Params()}} {
		same := true
		for i, p := range net.a {
			for j, v := range p.W {
				same = same && v == net.b[i].W[j]
			}
		}
		if same {
			t.Errorf("%s's weights after a step do not depend on the class weight", net.name)
		}
	}
	plain, _ := newCondDCGANTrainer(n, 0)
	plain.proj = nil
	plain.ClassWeight = 1
	if _, err := plain.Step([]Batch{b}); err == nil || !strings.Contains(err.Error(), "projection") {
		t.Errorf("a class weight without a projection D: error %v", err)
	}
}

// The mode-seeking term adds MSGAN's 1/(lz+ε) over the last fakes to G's
// loss, pairing a conditional G's rows in order within each class and an
// unconditional G's row i with row i+n/2, and changes G's update.
func TestModeSeeking(t *testing.T) {
	const n = 8
	for _, cond := range []bool{true, false} {
		var tr [2]*Trainer
		var st [2]Stats
		for i, w := range []float32{0, 0.5} {
			if cond {
				tr[i], _ = newCondDCGANTrainer(n, 0)
			} else {
				tr[i] = newDCGANTrainer(gemm.Go{}, n, 3, 5)
			}
			tr[i].ModeSeeking = w
			b := condBatch(n, 3*32*32, 1)
			if !cond {
				b.Labels = nil
			}
			var err error
			if st[i], err = tr[i].Step([]Batch{b}); err != nil {
				t.Fatal(err)
			}
		}
		lat := tr[1].latent
		var pairs [][2]int
		var z []float32
		if cond {
			lat--
			labels := make([]int, n)
			tr[1].FakeLabels(labels)
			open := map[int]int{}
			for i, c := range labels {
				z = append(z, tr[1].z[i*(lat+1)+1:(i+1)*(lat+1)]...)
				if j, ok := open[c]; ok {
					pairs = append(pairs, [2]int{j, i})
					delete(open, c)
				} else {
					open[c] = i
				}
			}
		} else {
			z = tr[1].z[:n*lat]
			for i := range n / 2 {
				pairs = append(pairs, [2]int{i, i + n/2})
			}
		}
		if len(pairs) == 0 {
			t.Fatalf("conditional %v: no pairs in the batch", cond)
		}
		want := float64(nn.ModeSeeking(tr[1].Fakes(n), 3*32*32, z, lat, pairs, 0.5, nil))
		kat.Scalar(t, fmt.Sprintf("conditional %v: G's mode-seeking term", cond), float64(st[1].GLoss-st[0].GLoss), want, 1e-5, 1e-6)
		if st[1].DLoss != st[0].DLoss {
			t.Errorf("conditional %v: D's loss %v with the term, %v without", cond, st[1].DLoss, st[0].DLoss)
		}
		same := true
		for i, p := range tr[0].G.Params() {
			for j, v := range p.W {
				same = same && v == tr[1].G.Params()[i].W[j]
			}
		}
		if same {
			t.Errorf("conditional %v: G's weights after a step do not depend on the mode-seeking term", cond)
		}
	}
}
