package gan

import (
	"fmt"

	"gogan/engine/nn"
)

// CNNArch describes the "standard CNN" of Miyato et al. 2018 (Table 3, the
// SN-GAN paper's DCGAN-like pair) with its widths settable: G maps z through
// one Linear to GWidths[0] maps of ImgSize/2^(len-1) squared, BatchNorm2d and
// ReLU, then doubles them with 4x4 stride-2 transposed convolutions (each
// followed by BatchNorm2d and ReLU) through GWidths[1:], and ends with a 3x3
// convolution to the image and tanh. D has, per width, a 3x3 convolution
// and, except after the last, a 4x4 stride-2 one halving the image, each
// followed by LeakyReLU, then one Linear to an unbounded score; with
// SpectralNorm every layer of D is spectrally normalised and D has no
// BatchNorm.
type CNNArch struct {
	LatentDim  int
	Channels   int
	ImgSize    int
	GWidths    []int // G's channels from the first maps up to ImgSize
	DWidths    []int // D's channels from ImgSize down
	BNEps      float64
	BNMomentum float64
	Slope      float32 // D's LeakyReLU slope
	// SpectralNorm wraps every convolution and the Linear of D in
	// nn.SpectralNorm (torch.nn.utils.spectral_norm).
	SpectralNorm bool
	// Classes > 0 makes the pair class-conditional: G's input is
	// cat(label_emb(c), z) as cgan.py's, D a projection discriminator
	// (nn.Projection, Miyato & Koyama 2018) over its convolutions, whose
	// head and class vectors are not spectrally normalised.
	Classes, EmbedDim int
}

// CNN is the sngan preset's architecture: the standard CNN with G at
// half the paper's widths (256-128-64-32 where it has 512-…-64) and D at a
// quarter (16-…-128 where it has 64-…-512), so that an iteration costs
// fewer multiply-adds than gogan's dcgan (README, "sngan"), latent 128,
// BatchNorm2d at PyTorch's eps, LeakyReLU 0.1 and spectral normalisation
// in D.
func CNN() CNNArch {
	return CNNArch{
		LatentDim: 128, Channels: 3, ImgSize: 32,
		GWidths: []int{256, 128, 64, 32}, DWidths: []int{16, 32, 64, 128},
		BNEps: 1e-5, BNMomentum: 0.1, Slope: 0.1, SpectralNorm: true,
	}
}

// Check reports widths and an image size the layers do not fit: G doubles
// its first maps len(GWidths)-1 times to reach ImgSize exactly, and D halves
// the image len(DWidths)-1 times, each time to at least one pixel.
func (a CNNArch) Check() error {
	if len(a.GWidths) < 1 || len(a.DWidths) < 1 {
		return fmt.Errorf("g_widths %v and d_widths %v: want at least one width each", a.GWidths, a.DWidths)
	}
	up := 1 << (len(a.GWidths) - 1)
	if len(a.GWidths) > 11 || a.ImgSize%up != 0 {
		return fmt.Errorf("img_size %d is not a multiple of %d: G doubles its first maps %d times (one per width of g_widths %v after the first)", a.ImgSize, up, len(a.GWidths)-1, a.GWidths)
	}
	if len(a.DWidths) > 11 || a.ImgSize>>(len(a.DWidths)-1) < 1 {
		return fmt.Errorf("img_size %d is too small for d_widths %v: D halves the image %d times", a.ImgSize, a.DWidths, len(a.DWidths)-1)
	}
	return nil
}

// NewCNNGenerator builds the standard CNN's G with the state_dict names of
// testdata/cnn_models.py's Generator: l1 (Linear), the view to GWidths[0]
// maps, conv_blocks.0..k; a conditional G (CondGenerator) has label_emb
// first, its rows [c, z...].
func NewCNNGenerator(ctx nn.Context, a CNNArch) (*nn.Sequential, error) {
	if err := a.Check(); err != nil {
		return nil, err
	}
	s := a.ImgSize >> (len(a.GWidths) - 1)
	c0 := a.GWidths[0]
	var head []nn.Layer
	in := a.LatentDim
	if a.Classes > 0 {
		head = append(head, nn.NewClassEmbedding(ctx, "label_emb", a.Classes, a.EmbedDim, a.LatentDim, 0))
		in += a.EmbedDim
	}
	l1 := nn.NewLinear(ctx, in, c0*s*s)
	l1.Prefix("l1")
	blocks := []nn.Layer{nn.NewBatchNorm2d(ctx, c0, s*s, a.BNEps, a.BNMomentum), nn.NewReLU(ctx, c0*s*s)}
	in = c0
	for _, out := range a.GWidths[1:] {
		up, err := nn.NewConvTranspose2d(ctx, nn.ConvTranspose2dOpts{InC: in, OutC: out, H: s, W: s, KH: 4, KW: 4, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true})
		if err != nil {
			return nil, err
		}
		s *= 2
		blocks = append(blocks, up, nn.NewBatchNorm2d(ctx, out, s*s, a.BNEps, a.BNMomentum), nn.NewReLU(ctx, out*s*s))
		in = out
	}
	conv, err := nn.NewConv2d(ctx, nn.Conv2dOpts{InC: in, OutC: a.Channels, H: s, W: s, KH: 3, KW: 3, SH: 1, SW: 1, PH: 1, PW: 1, Bias: true})
	if err != nil {
		return nil, err
	}
	blocks = append(blocks, conv, nn.NewTanh(ctx, a.Channels*s*s))
	for i, l := range blocks {
		named(l, "conv_blocks", i)
	}
	return &nn.Sequential{Layers: append(append(head, l1), blocks...)}, nil
}

// NewCNNDiscriminator builds the standard CNN's D with the state_dict names
// of testdata/cnn_models.py's Discriminator: model.0..k (convolutions and
// LeakyReLUs), adv_layer (Linear to one value); a conditional D
// (CondDiscriminator) has a projection head, linear and embed, instead of
// adv_layer, its rows [img..., c]. Each layer keeps PyTorch's
// default initialisation and is wrapped, with SpectralNorm, only after it,
// since the wrapper takes the weight it finds as weight_orig.
func NewCNNDiscriminator(ctx nn.Context, a CNNArch) (*Discriminator, error) {
	if err := a.Check(); err != nil {
		return nil, err
	}
	wrap := func(l nn.Weighted) nn.Layer {
		if a.SpectralNorm {
			return nn.NewSpectralNorm(ctx, l)
		}
		return l
	}
	var layers []nn.Layer
	in, h := a.Channels, a.ImgSize
	for i, w := range a.DWidths {
		conv, err := nn.NewConv2d(ctx, nn.Conv2dOpts{InC: in, OutC: w, H: h, W: h, KH: 3, KW: 3, SH: 1, SW: 1, PH: 1, PW: 1, Bias: true})
		if err != nil {
			return nil, err
		}
		layers = append(layers, wrap(conv), nn.NewLeakyReLU(ctx, w*h*h, a.Slope))
		if i < len(a.DWidths)-1 {
			down, err := nn.NewConv2d(ctx, nn.Conv2dOpts{InC: w, OutC: w, H: h, W: h, KH: 4, KW: 4, SH: 2, SW: 2, PH: 1, PW: 1, Bias: true})
			if err != nil {
				return nil, err
			}
			_, h, _ = down.OutShape()
			layers = append(layers, wrap(down), nn.NewLeakyReLU(ctx, w*h*h, a.Slope))
		}
		in = w
	}
	if a.Classes > 0 {
		// CondDiscriminator's names: model.*, linear, embed.weight.
		p := nn.NewProjection(ctx, nn.NewSequential("model", layers...), a.Classes)
		return &Discriminator{Sequential: nn.NewSequential("model", p)}, nil
	}
	for i, l := range layers {
		named(l, "model", i)
	}
	adv := wrap(nn.NewLinear(ctx, in*h*h, 1))
	adv.Prefix("adv_layer")
	// No sigmoid: the objective (hinge, or logistic for BCE) takes D's
	// score as it is.
	return &Discriminator{Sequential: &nn.Sequential{Layers: append(layers, adv)}}, nil
}
