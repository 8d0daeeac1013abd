package gan

import (
	"math/rand/v2"

	"gogan/engine/nn"
)

// CondArch describes a class-conditional pair in the manner of PyTorch-GAN's
// cgan.py (Mirza & Osindero 2014): G is gan.py's generator fed
// cat(label_emb(c), z), D an MLP fed cat(img, label_embedding(c)) with its
// own embedding and no sigmoid, trained with least squares.
//
// Both networks are plain Sequentials whose input rows carry the class index
// as one float column (nn.ClassEmbedding): G's rows are [c, z...], D's
// [img..., c].
type CondArch struct {
	Arch          // G's sizes and BatchNorm, D's hidden widths, the slope
	Classes   int // labels 0..Classes-1
	EmbedDim  int // cgan.py: Embedding(n_classes, n_classes)
	DDropout  float64
	DropFirst bool // dropout on D's first hidden layer too (cgan.py: no)
	// Projection conditions D by projection (nn.Projection) instead of
	// cgan.py's input concatenation: D's body sees the image alone.
	Projection bool
}

// CGANArch is cgan.py at its defaults: 10 classes embedded in 10 values,
// 32x32 images, G as gan.py's (BatchNorm eps 0.8), D 1034→512→512→512→1 with
// dropout 0.4 on the second and third hidden layers.
func CGANArch() CondArch {
	a := SeedArch()
	a.ImgSize = 32
	a.DWidths = []int{512, 512, 512}
	return CondArch{Arch: a, Classes: 10, EmbedDim: 10, DDropout: 0.4}
}

// NewCondGenerator builds cgan.py's Generator: label_emb.weight, then
// model.0.weight... as gan.py's, the first Linear EmbedDim wider.
func NewCondGenerator(ctx nn.Context, a CondArch) *nn.Sequential {
	emb := nn.NewClassEmbedding(ctx, "label_emb", a.Classes, a.EmbedDim, a.LatentDim, 0)
	g := a.Arch
	g.LatentDim += a.EmbedDim
	return nn.NewSequential("model", append([]nn.Layer{emb}, NewSeedGenerator(ctx, g).Layers...)...)
}

// NewCondDiscriminator builds cgan.py's Discriminator: label_embedding.weight,
// then Linear, [Dropout,] LeakyReLU per hidden width and a Linear to one
// unbounded output. With MBStdGroup the minibatch-stddev feature comes before
// the output layer, as in the seed's D. With Projection the same hidden
// layers see the image alone and an nn.Projection head adds the label.
func NewCondDiscriminator(ctx nn.Context, a CondArch) *Discriminator {
	dim := a.ImgDim()
	var layers []nn.Layer
	in := dim
	if !a.Projection {
		layers = append(layers, nn.NewClassEmbedding(ctx, "label_embedding", a.Classes, a.EmbedDim, dim, dim))
		in += a.EmbedDim
	}
	for i, w := range a.DWidths {
		layers = append(layers, nn.NewLinear(ctx, in, w))
		if a.DDropout > 0 && (i > 0 || a.DropFirst) {
			layers = append(layers, nn.NewDropout(ctx, w, 1-a.DDropout))
		}
		layers = append(layers, nn.NewLeakyReLU(ctx, w, a.Slope))
		in = w
	}
	if a.MBStdGroup > 0 {
		layers = append(layers, nn.NewMinibatchStdDev(ctx, in, a.MBStdGroup))
		in++
	}
	var s *nn.Sequential
	if a.Projection {
		s = nn.NewSequential("model", nn.NewProjection(ctx, nn.NewSequential("model", layers...), a.Classes))
	} else {
		s = nn.NewSequential("model", append(layers, nn.NewLinear(ctx, in, 1))...)
	}
	// No sigmoid: the objective is least squares or logistic on D's value.
	return &Discriminator{Sequential: s, Dropouts: Dropouts(s)}
}

// Dropouts lists the dropout layers of s, also those inside a projection
// head, so a trainer can give their masks a stream of their own.
func Dropouts(s *nn.Sequential) []Masker {
	var ds []Masker
	for _, l := range s.Layers {
		switch l := l.(type) {
		case *nn.Dropout:
			ds = append(ds, l)
		case *nn.Projection:
			ds = append(ds, Dropouts(l.Body)...)
		}
	}
	return ds
}

// CondNoise fills a conditional G's input rows [c, z...]: first every latent
// value of the batch from Noise, then every label from Labels, the order in
// which cgan.py draws np.random.normal and then np.random.randint from one
// stream. Its buffers grow to the largest batch once.
type CondNoise struct {
	Latent int
	Noise  func(z []float32)
	Labels func(c []int32)
	z      []float32
	c      []int32
}

// Fill writes len(rows)/(Latent+1) rows.
func (f *CondNoise) Fill(rows []float32) {
	w := f.Latent + 1
	n := len(rows) / w
	if cap(f.z) < n*f.Latent {
		f.z, f.c = make([]float32, n*f.Latent), make([]int32, n)
	}
	z, c := f.z[:n*f.Latent], f.c[:n]
	f.Noise(z)
	f.Labels(c)
	for i := range n {
		rows[i*w] = float32(c[i])
		copy(rows[i*w+1:(i+1)*w], z[i*f.Latent:(i+1)*f.Latent])
	}
}

// UniformLabels draws each label uniformly, cgan.py's
// np.random.randint(0, n_classes, batch_size).
func UniformLabels(r *rand.Rand, classes int) func([]int32) {
	return func(c []int32) {
		for i := range c {
			c[i] = int32(r.IntN(classes))
		}
	}
}

// BalancedLabels gives every class the same share of a batch, up to one
// (the classes that get the extra rows rotate from batch to batch), in a
// random order: G's step then sees every class every batch instead of a
// multinomial draw whose rarest class has about half its share.
func BalancedLabels(r *rand.Rand, classes int) func([]int32) {
	return func(c []int32) {
		off := r.IntN(classes)
		for i := range c {
			c[i] = int32((i + off) % classes)
		}
		for i := len(c) - 1; i > 0; i-- { // Fisher-Yates; rand.Shuffle's closure would allocate
			j := r.IntN(i + 1)
			c[i], c[j] = c[j], c[i]
		}
	}
}

// FixedLabels fills rows with the given classes in turn: the sample grid's
// [0..9] * 10, one class per column.
func FixedLabels(classes []int32) func([]int32) {
	return func(c []int32) {
		for i := range c {
			c[i] = classes[i%len(classes)]
		}
	}
}
