package gan

import (
	"fmt"

	"gogan/engine/nn"
)

// DCGANArch describes PyTorch-GAN's dcgan.py: a G that maps z through one
// Linear to 128 maps of ImgSize/4 squared, then doubles them twice with
// nearest-neighbour upsampling, each followed by a 3x3 convolution; a D of
// four 3x3 stride-2 convolutions and one Linear.
type DCGANArch struct {
	LatentDim  int
	Channels   int
	ImgSize    int     // a multiple of 16: D halves it four times, G doubles ImgSize/4 twice
	BNEps      float64 // dcgan.py passes 0.8 as eps to every BatchNorm2d but G's first, as gan.py does
	BNMomentum float64
	Slope      float32 // LeakyReLU's negative slope
	DDropout   float64 // Dropout2d's probability after each of D's convolutions
	// DWidths are D's four blocks' channels; nil means dcgan.py's
	// 16-32-64-128, a D with about 2% of G's multiply-adds.
	DWidths []int
	// Classes > 0 makes the pair class-conditional as the cnn model's: G's
	// input is cat(label_emb(c), z), D a projection discriminator
	// (nn.Projection) over its convolutions with no sigmoid.
	Classes, EmbedDim int
	// ClassBN, with Classes > 0, follows each of G's BatchNorm2d with an
	// nn.ClassAffine (class_bn.0, .1, .2): conditional BatchNorm, the
	// class given to every scale of G and not only to its input.
	ClassBN bool
	// AuxClasses > 0 gives an unconditional D a class head over that many
	// classes (nn.NewClassHead: linear and embed after its convolutions),
	// trained on the reals' labels by gan.Trainer's ClassWeight and read by
	// its ClassBalance. Ignored when Classes > 0: a projection D has one.
	AuxClasses int
	// MBStdGroup > 0 appends a minibatch-standard-deviation feature
	// (nn.MinibatchStdDev over groups of that many rows) to D's last
	// block's flattened maps, before its Linear or projection head.
	MBStdGroup int
	// DiffAugment puts nn.DiffAugment in front of D: every image D sees,
	// real or fake, is randomly recoloured, shifted and cut out, and G
	// learns through the same transform.
	DiffAugment bool
}

// DCGAN is dcgan.py at its defaults: 1x32x32 images (MNIST resized), latent
// 100, BatchNorm2d eps 0.8, LeakyReLU 0.2, Dropout2d 0.25.
func DCGAN() DCGANArch {
	return DCGANArch{LatentDim: 100, Channels: 1, ImgSize: 32, BNEps: 0.8, BNMomentum: 0.1, Slope: 0.2, DDropout: 0.25}
}

// dcganG is dcgan.py's fixed G widths (its two convolutions) and dcganD its
// D's four blocks' widths; every block but the first has a BatchNorm2d.
var (
	dcganG = [2]int{128, 64}
	dcganD = []int{16, 32, 64, 128}
)

// dWidths is D's four widths: DWidths, or dcgan.py's.
func (a DCGANArch) dWidths() []int {
	if a.DWidths == nil {
		return dcganD
	}
	return a.DWidths
}

// dcganFirstEps is the eps of G's first BatchNorm2d(128): PyTorch's default,
// the one BatchNorm2d dcgan.py does not give 0.8.
const dcganFirstEps = 1e-5

// Check reports an image size dcgan.py's layers do not fit: dcgan.py itself
// silently builds a D whose Linear does not match its last convolution when
// ImgSize is not a multiple of 16 (PyTorch-GAN issue 164).
func (a DCGANArch) Check() error {
	if a.ImgSize < 16 || a.ImgSize%16 != 0 {
		return fmt.Errorf("%d is not a multiple of 16: dcgan's D halves the image four times and its G doubles img_size/4 twice", a.ImgSize)
	}
	if w := a.dWidths(); len(w) != len(dcganD) {
		return fmt.Errorf("d_widths %v: dcgan's D has %d blocks, want %d widths", w, len(dcganD), len(dcganD))
	}
	return nil
}

// named gives a layer the state_dict name prefix.index.
func named(l nn.Layer, prefix string, i int) nn.Layer {
	l.Prefix(fmt.Sprintf("%s.%d", prefix, i))
	return l
}

// NewDCGANGenerator builds dcgan.py's Generator: l1.0 (Linear), the view to
// 128 maps, conv_blocks.0..10; a conditional G has label_emb first, its
// rows [c, z...]. The view is free: a Linear's output row is
// already the NCHW layout of its 128 maps. Each Upsample and the Conv2d after
// it (conv_blocks.1 and .2, .5 and .6) run as one nn.UpConv2d, which
// computes the pair on the small maps at 4/9 of the cost; it holds the
// Conv2d's parameters under the Conv2d's name, so the state_dict is
// dcgan.py's.
func NewDCGANGenerator(ctx nn.Context, a DCGANArch) (*nn.Sequential, error) {
	if err := a.Check(); err != nil {
		return nil, err
	}
	s := a.ImgSize / 4
	c0 := dcganG[0]
	var layers []nn.Layer
	in := a.LatentDim
	var emb *nn.ClassEmbedding
	if a.Classes > 0 {
		emb = nn.NewClassEmbedding(ctx, "label_emb", a.Classes, a.EmbedDim, a.LatentDim, 0)
		layers = append(layers, emb)
		in += a.EmbedDim
	}
	// classBN follows the i-th BatchNorm2d with its class affine, if any.
	classBN := func(i, ch, hw int) {
		if a.ClassBN && emb != nil {
			layers = append(layers, nn.NewClassAffine(ctx, fmt.Sprintf("class_bn.%d", i), emb, ch, hw))
		}
	}
	layers = append(layers, named(nn.NewLinear(ctx, in, c0*s*s), "l1", 0))
	idx := 0 // the next layer's index in dcgan.py's conv_blocks
	block := func(l nn.Layer) {
		layers = append(layers, named(l, "conv_blocks", idx))
		idx++
	}
	bn0 := nn.NewBatchNorm2d(ctx, c0, s*s, dcganFirstEps, a.BNMomentum)
	block(bn0)
	in = c0
	var convs []*nn.Param
	var bns = []*nn.BatchNorm2d{bn0}
	classBN(0, c0, s*s)
	for _, out := range dcganG {
		idx++ // conv_blocks' Upsample, inside the UpConv2d
		conv, err := nn.NewUpConv2d(ctx, nn.UpConv2dOpts{InC: in, OutC: out, H: s, W: s, Scale: 2, K: 3, Bias: true})
		if err != nil {
			return nil, err
		}
		s *= 2
		bn := nn.NewBatchNorm2d(ctx, out, s*s, a.BNEps, a.BNMomentum)
		block(conv)
		block(bn)
		convs, bns = append(convs, conv.W), append(bns, bn)
		classBN(len(bns)-1, out, s*s)
		block(nn.NewLeakyReLU(ctx, out*s*s, a.Slope))
		in = out
	}
	conv, err := nn.NewConv2d(ctx, nn.Conv2dOpts{InC: in, OutC: a.Channels, H: s, W: s, KH: 3, KW: 3, SH: 1, SW: 1, PH: 1, PW: 1, Bias: true})
	if err != nil {
		return nil, err
	}
	convs = append(convs, conv.W)
	block(conv)
	block(nn.NewTanh(ctx, a.Channels*s*s))
	initNormal(ctx, convs, bns)
	return &nn.Sequential{Layers: layers}, nil
}

// NewDCGANDiscriminator builds dcgan.py's Discriminator: model.0..14 (per
// block Conv2d 3x3 stride 2 padding 1, LeakyReLU, Dropout2d and, after the
// first, BatchNorm2d) and adv_layer.0 (Linear to one value), adv_layer.1
// (Sigmoid). A conditional D has a projection head, linear and embed,
// before the sigmoid instead of adv_layer.0, its rows [img..., c].
func NewDCGANDiscriminator(ctx nn.Context, a DCGANArch) (*Discriminator, error) {
	if err := a.Check(); err != nil {
		return nil, err
	}
	var layers []nn.Layer
	var convs []*nn.Param
	var bns []*nn.BatchNorm2d
	var drops []Masker
	in, h := a.Channels, a.ImgSize
	if a.DiffAugment {
		aug := nn.NewDiffAugment(ctx, a.Channels, h, h)
		layers, drops = append(layers, aug), append(drops, aug)
	}
	for i, out := range a.dWidths() {
		conv, err := nn.NewConv2d(ctx, nn.Conv2dOpts{InC: in, OutC: out, H: h, W: h, KH: 3, KW: 3, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true})
		if err != nil {
			return nil, err
		}
		_, h, _ = conv.OutShape()
		drop := nn.NewDropout2d(ctx, out, h*h, a.DDropout)
		layers = append(layers, conv, nn.NewLeakyReLU(ctx, out*h*h, a.Slope), drop)
		if i > 0 {
			bn := nn.NewBatchNorm2d(ctx, out, h*h, a.BNEps, a.BNMomentum)
			layers = append(layers, bn)
			bns = append(bns, bn)
		}
		convs, drops = append(convs, conv.W), append(drops, drop)
		in = out
	}
	feat := in * h * h
	if a.MBStdGroup > 0 {
		layers = append(layers, nn.NewMinibatchStdDev(ctx, feat, a.MBStdGroup))
		feat++
	}
	out := nn.NewSigmoid(ctx, 1)
	if a.Classes > 0 || a.AuxClasses > 0 {
		// testdata/dcgan_models.py's CondDiscriminator names: model.*,
		// linear, embed.weight (AuxDiscriminator's too, without the
		// projection); the sigmoid after the head keeps dcgan.py's BCE.
		initNormal(ctx, convs, bns)
		var p *nn.Projection
		if body := nn.NewSequential("model", layers...); a.Classes > 0 {
			p = nn.NewProjection(ctx, body, a.Classes)
		} else {
			p = nn.NewClassHead(ctx, body, a.AuxClasses)
		}
		return &Discriminator{Sequential: &nn.Sequential{Layers: []nn.Layer{p, out}}, Out: out, Dropouts: drops}, nil
	}
	i := 0
	for _, l := range layers {
		if _, own := l.(nn.OwnNamed); !own {
			named(l, "model", i)
			i++
		}
	}
	layers = append(layers, named(nn.NewLinear(ctx, feat, 1), "adv_layer", 0), out)
	initNormal(ctx, convs, bns)
	return &Discriminator{Sequential: &nn.Sequential{Layers: layers}, Out: out, Dropouts: drops}, nil
}

// initNormal is dcgan.py's weights_init_normal, applied after every layer
// has PyTorch's default initialisation: each convolution's weight from
// N(0, 0.02) (its bias keeps the default), each BatchNorm2d's weight from
// N(1, 0.02) and its bias 0. Linear layers keep the default.
func initNormal(ctx nn.Context, convs []*nn.Param, bns []*nn.BatchNorm2d) {
	for _, w := range convs {
		for i := range w.W {
			w.W[i] = float32(0.02 * ctx.Rand.NormFloat64())
		}
	}
	for _, b := range bns {
		for i := range b.Gamma.W {
			b.Gamma.W[i] = float32(1 + 0.02*ctx.Rand.NormFloat64())
			b.Beta.W[i] = 0
		}
	}
}
