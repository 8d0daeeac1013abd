package gan

import (
	"math/rand/v2"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/engine/optim"
)

// newCondTrainer builds cgan.py's pair with PCG noise, uniform labels and
// dropout masks from their own stream, as a training run would.
func newCondTrainer(be gemm.Backend, a CondArch, batch int, seed uint64) *Trainer {
	rng := rand.New(rand.NewPCG(seed, 0))
	g := NewCondGenerator(nn.Context{BLAS: be, MaxBatch: batch, Rand: rng}, a)
	d := NewCondDiscriminator(nn.Context{BLAS: be, MaxBatch: 2 * batch, Rand: rand.New(rand.NewPCG(seed, 1))}, a)
	noise := rand.New(rand.NewPCG(seed, 2))
	cn := &CondNoise{Latent: a.LatentDim, Labels: UniformLabels(noise, a.Classes), Noise: func(z []float32) {
		for i := range z {
			z[i] = float32(noise.NormFloat64())
		}
	}}
	tr := NewTrainer(g, d, optim.NewAdam(g.Params(), 2e-4, 0.5, 0.999), optim.NewAdam(d.Params(), 2e-4, 0.5, 0.999), batch, cn.Fill)
	tr.Objective = LeastSquares
	return tr
}

func condBatch(batch, dim int, seed uint64) Batch {
	b := realBatch(batch, dim, seed)
	b.Labels = make([]uint8, batch)
	for i := range b.Labels {
		b.Labels[i] = uint8(i % 10)
	}
	return b
}

// cgan.py's Generator and Discriminator sizes, counted by PyTorch
// (sum(p.numel()) of cgan_kat.py's classes), and its state_dict names.
func TestCGANParameterCounts(t *testing.T) {
	tr := newCondTrainer(gemm.Go{}, CGANArch(), 4, 1)
	if n := tr.G.NumParams(); n != 1757412 {
		t.Errorf("G has %d parameters, want 1757412", n)
	}
	if n := tr.D.NumParams(); n != 1055845 {
		t.Errorf("D has %d parameters, want 1055845", n)
	}
	var names []string
	for _, p := range tr.D.Params() {
		names = append(names, p.Name)
	}
	want := "label_embedding.weight model.0.weight model.0.bias model.2.weight model.2.bias model.5.weight model.5.bias model.8.weight model.8.bias"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("D's state_dict %s, want %s", got, want)
	}
	if p := tr.G.Params()[0]; p.Name != "label_emb.weight" || tr.G.Params()[1].Name != "model.0.weight" || len(tr.G.Params()[1].W) != 128*110 {
		t.Errorf("G starts with %s then %s", p.Name, tr.G.Params()[1].Name)
	}
	if tr.Classes() != 10 {
		t.Errorf("Classes = %d, want 10", tr.Classes())
	}
}

func TestCondStepDeterministicAndZeroAlloc(t *testing.T) {
	a := CGANArch()
	run := func(be gemm.Backend) ([]Stats, *Trainer) {
		tr := newCondTrainer(be, a, 16, 3)
		b := condBatch(16, a.ImgDim(), 1)
		var out []Stats
		for range 3 {
			st, err := tr.Step([]Batch{b})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, st)
		}
		return out, tr
	}
	x, _ := run(gemm.Go{})
	y, tr := run(gemm.Go{})
	for i := range x {
		if x[i] != y[i] {
			t.Fatalf("iteration %d: %+v then %+v from the same seed", i, x[i], y[i])
		}
	}
	// The fakes' classes are the ones G was given, and the fakes G's output.
	labels := make([]int, 16)
	tr.FakeLabels(labels)
	for i, c := range labels {
		if c < 0 || c > 9 {
			t.Fatalf("fake %d has class %d", i, c)
		}
	}
	ob, err := gemm.LoadOpenBLAS()
	if err != nil {
		t.Skipf("zero-allocation check needs OpenBLAS: %v", err)
	}
	tr = newCondTrainer(ob, a, 16, 3)
	batch := []Batch{condBatch(16, a.ImgDim(), 1)}
	for range 5 {
		tr.Step(batch)
	}
	if allocs := testing.AllocsPerRun(50, func() { tr.Step(batch) }); allocs != 0 {
		t.Errorf("conditional Step allocates %v times per iteration, want 0", allocs)
	}
}

func TestCondStepBadLabels(t *testing.T) {
	a := CGANArch()
	tr := newCondTrainer(gemm.Go{}, a, 8, 1)
	b := realBatch(8, a.ImgDim(), 1)
	if _, err := tr.Step([]Batch{b}); err == nil || !strings.Contains(err.Error(), "labels") {
		t.Errorf("a batch without labels: error %v, want one about labels", err)
	}
	b = condBatch(8, a.ImgDim(), 1)
	b.Labels[3] = 10
	if _, err := tr.Step([]Batch{b}); err == nil || !strings.Contains(err.Error(), "label 10") {
		t.Errorf("label 10 of 10 classes: error %v", err)
	}
}

// A class the trained D sees only with its own images: after training on
// real batches where class c always shows pattern c, D's verdict on an image
// must depend on the label it is shown with, i.e. the label reaches D.
func TestCondLabelsReachD(t *testing.T) {
	a := CGANArch()
	a.ImgSize = 4
	a.GWidths, a.DWidths = []int{16, 16}, []int{32, 32}
	tr := newCondTrainer(gemm.Go{}, a, 20, 7)
	b := Batch{X: make([]float32, 20*16), N: 20, Labels: make([]uint8, 20)}
	for i := range 20 {
		c := i % 2
		b.Labels[i] = uint8(c)
		for j := range 16 {
			b.X[i*16+j] = float32(2*c - 1) // class 0 all -1, class 1 all +1
		}
	}
	for range 300 {
		if _, err := tr.Step([]Batch{b}); err != nil {
			t.Fatal(err)
		}
	}
	row := func(v float32, c float32) []float32 {
		r := make([]float32, 17)
		for j := range 16 {
			r[j] = v
		}
		r[16] = c
		return r
	}
	x := append(append(row(-1, 0), row(-1, 1)...), append(row(1, 1), row(1, 0)...)...)
	out := tr.D.Forward(x, 4, false)
	if !(out[0] > out[1]+0.2 && out[2] > out[3]+0.2) {
		t.Errorf("D(img, right class) %v, %v vs D(img, wrong class) %v, %v: the label does not matter to D", out[0], out[2], out[1], out[3])
	}
}

func TestBalancedLabels(t *testing.T) {
	f := BalancedLabels(rand.New(rand.NewPCG(1, 1)), 10)
	c := make([]int32, 64)
	extra := map[int32]int{}
	for range 100 {
		f(c)
		var n [10]int
		for _, v := range c {
			n[v]++
		}
		for k, m := range n {
			if m != 6 && m != 7 {
				t.Fatalf("class %d drawn %d times in 64, want 6 or 7", k, m)
			}
			if m == 7 {
				extra[int32(k)]++
			}
		}
	}
	if len(extra) != 10 {
		t.Errorf("the extra rows went to only %d classes over 100 batches", len(extra))
	}
	if allocs := testing.AllocsPerRun(10, func() { f(c) }); allocs != 0 {
		t.Errorf("BalancedLabels allocates %v times", allocs)
	}
}

// The projection D trains in the same step, allocation-free, and its
// dropout layers are reachable for their own random stream.
func TestCondProjectionStep(t *testing.T) {
	a := CGANArch()
	a.Projection, a.MBStdGroup = true, 4
	tr := newCondTrainer(gemm.Go{}, a, 16, 3)
	if n := len(Dropouts(tr.D)); n != 2 {
		t.Fatalf("Dropouts found %d layers, want 2", n)
	}
	b := condBatch(16, a.ImgDim(), 1)
	first, err := tr.Step([]Batch{b})
	if err != nil {
		t.Fatal(err)
	}
	var last Stats
	for range 20 {
		if last, err = tr.Step([]Batch{b}); err != nil {
			t.Fatal(err)
		}
	}
	// D learns to tell this fixed real batch from G's early fakes.
	if !(last.DLoss < first.DLoss) {
		t.Errorf("D's loss went from %v to %v in 20 steps", first.DLoss, last.DLoss)
	}
	names := map[string]bool{}
	for _, p := range tr.D.Params() {
		names[p.Name] = true
	}
	for _, n := range []string{"model.0.weight", "linear.weight", "embed.weight", "model.8.weight"} {
		if !names[n] == (n != "model.8.weight") {
			t.Errorf("projection D: parameter %s present %v", n, names[n])
		}
	}
}

// Logistic on a D without a sigmoid is gan.py's loss computed from logits:
// the same losses and updates as the seed D with its sigmoid and Logits.
func TestLogisticObjective(t *testing.T) {
	a, b := newSeedTrainer(gemm.Go{}, 8, 2), newSeedTrainer(gemm.Go{}, 8, 2)
	a.Logits = true
	b.D.Layers = b.D.Layers[:len(b.D.Layers)-1]
	b.Objective = Logistic
	batch := []Batch{realBatch(8, 784, 1)}
	for it := range 3 {
		sa, err := a.Step(batch)
		if err != nil {
			t.Fatal(err)
		}
		sb, err := b.Step(batch)
		if err != nil {
			t.Fatal(err)
		}
		if sa.DLoss != sb.DLoss || sa.GLoss != sb.GLoss {
			t.Fatalf("iteration %d: sigmoid+Logits losses %v %v, Logistic %v %v", it, sa.DLoss, sa.GLoss, sb.DLoss, sb.GLoss)
		}
	}
	wa, wb := a.D.Params()[0].W, b.D.Params()[0].W
	for i := range wa {
		if wa[i] != wb[i] {
			t.Fatalf("D weight %d: %v vs %v", i, wa[i], wb[i])
		}
	}
}
