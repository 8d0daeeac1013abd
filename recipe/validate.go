package recipe

import (
	"fmt"
	"slices"
	"strings"

	"gogan/gan"
)

// FieldError is a problem with one setting, named as config.json names it
// (batch_size, lr_linear_decay…); a command line maps the name to its flag.
type FieldError struct {
	Setting string
	Problem string // e.g. "1 must be in [2, 65536]"
}

func (e *FieldError) Error() string { return e.Setting + " " + e.Problem }

// Invalid lists every problem Validate found.
type Invalid []*FieldError

func (v Invalid) Error() string {
	parts := make([]string, len(v))
	for i, e := range v {
		parts[i] = e.Error()
	}
	return "invalid settings: " + strings.Join(parts, "; ")
}

// Validate checks every setting, and the settings the model kind does not
// use only where they were changed from off.
func (c *Config) Validate() error {
	var bad Invalid
	check := func(ok bool, setting, format string, args ...any) {
		if !ok {
			bad = append(bad, &FieldError{Setting: setting, Problem: fmt.Sprintf(format, args...)})
		}
	}
	m, t, r := &c.Model, &c.Train, &c.Run
	check(r.Epochs >= 1, "epochs", "%d must be ≥ 1", r.Epochs)
	check(t.BatchSize >= 2 && t.BatchSize <= 1<<16, "batch_size", "%d must be in [2, 65536] (BatchNorm needs two rows)", t.BatchSize)
	check(t.LR > 0, "lr", "%g must be > 0", t.LR)
	check(m.LatentDim >= 1 && m.LatentDim <= 1<<16, "latent_dim", "%d must be in [1, 65536]", m.LatentDim)
	check(m.ImgSize >= 1 && m.ImgSize <= 1024, "img_size", "%d must be in [1, 1024]", m.ImgSize)
	check(m.Channels == 1 || m.Channels == 3, "channels", "%d must be 1 or 3", m.Channels)
	check(r.SampleInterval >= 0, "sample_interval", "%d must be ≥ 0", r.SampleInterval)
	check(t.DSteps >= 1, "d_steps", "%d must be ≥ 1", t.DSteps)
	check(t.GLoss == gan.NonSaturating || t.GLoss == gan.Minimax, "g_loss", "%v must be nonsaturating or minimax", t.GLoss)
	check(t.Order == gan.GFirst || t.Order == gan.DFirst, "order", "%v must be g-first or d-first", t.Order)
	check(r.MaxBatches >= 0, "max_batches", "%d must be ≥ 0", r.MaxBatches)
	check(r.CheckpointEvery >= 0, "checkpoint_every", "%d must be ≥ 0", r.CheckpointEvery)
	check(r.EvalEvery >= 0, "eval_every", "%d must be ≥ 0", r.EvalEvery)
	check(m.Kind >= Seed && m.Kind <= PaperConv, "model", "%v must be seed, paper, cgan, dcgan, cnn or paper-conv", m.Kind)
	check(t.Optimizer == Adam || t.Optimizer == SGD, "optimizer", "%v must be adam or sgd", t.Optimizer)
	check(m.Noise == Normal || m.Noise == Uniform, "noise", "%v must be normal or uniform", m.Noise)
	check(m.PixelRange >= Tanh && m.PixelRange <= GCN, "pixel_range", "%v must be tanh, unit or gcn", m.PixelRange)
	if m.PixelRange == GCN {
		check(m.Kind == Paper || m.Kind == PaperConv, "pixel_range", "gcn needs a paper model (its G's output is linear); %v's is not", m.Kind)
		check(m.GCNScale > 0 && m.GCNScale <= 1e6, "gcn_scale", "%g must be in (0, 1e6]", m.GCNScale)
	} else {
		check(m.GCNScale == 0, "gcn_scale", "applies to pixel range gcn, not %v", m.PixelRange)
	}
	if t.Optimizer == Adam {
		check(t.B1 >= 0 && t.B1 < 1, "b1", "%g must be in [0, 1)", t.B1)
		check(t.B2 >= 0 && t.B2 < 1, "b2", "%g must be in [0, 1)", t.B2)
	}
	check(t.LRDecay >= 1, "lr_decay", "%g must be ≥ 1", t.LRDecay)
	check(t.LRLinear >= 0 && t.LRLinear <= 1, "lr_linear_decay", "%g must be in [0, 1]", t.LRLinear)
	check(t.DLR >= 0, "d_lr", "%g must be ≥ 0", t.DLR)
	check(t.RealLabel > 0.5 && t.RealLabel <= 1, "real_label", "%g must be in (0.5, 1]", t.RealLabel)
	check(t.EMA >= 0 && t.EMA < 1, "ema", "%g must be in [0, 1)", t.EMA)
	check(t.ClassWeight >= 0 && t.ClassWeight <= 100, "class_weight", "%g must be in [0, 100]", t.ClassWeight)
	check(t.ModeSeeking >= 0 && t.ModeSeeking <= 100, "mode_seeking", "%g must be in [0, 100]", t.ModeSeeking)
	check(t.ClassWeight == 0 || !m.Conditional() || m.Projection, "class_weight", "%g needs a projection D (cgan's D concatenates the label)", t.ClassWeight)
	check(t.ClassBalance >= 0 && t.ClassBalance <= 100, "class_balance", "%g must be in [0, 100]", t.ClassBalance)
	check(t.ClassConfidence >= 0 && t.ClassConfidence <= 100, "class_confidence", "%g must be in [0, 100]", t.ClassConfidence)
	check(t.ClassHistory >= 0 && t.ClassHistory < 1, "class_history", "%g must be in [0, 1)", t.ClassHistory)
	check(t.ClassHistory == 0 || t.ClassBalance > 0, "class_history", "%g weighs the class-balance term: set class_balance above 0", t.ClassHistory)
	check(t.FakeEntropy >= 0 && t.FakeEntropy <= 100, "fake_entropy", "%g must be in [0, 100]", t.FakeEntropy)
	check(!t.CleanHead || m.DiffAugment, "clean_head", "shows the class head images without DiffAugment: set diff_augment")
	check(m.AuxClasses == 0 || m.Kind == DCGAN, "aux_classes", "applies to the dcgan model's D")
	check(!m.ClassBN || m.Kind == DCGAN, "class_bn", "applies to the dcgan model's G")
	check(m.AuxClasses >= 0 && m.AuxClasses <= 256, "aux_classes", "%d must be 0 (no class head) or in [1, 256]", m.AuxClasses)
	if !m.Conditional() {
		check(t.ClassBalance == 0 || m.ClassHead(), "class_balance", "%g needs D's class head: set aux_classes to the data's number of classes", t.ClassBalance)
		check(t.ClassConfidence == 0 || m.ClassHead(), "class_confidence", "%g needs D's class head: set aux_classes to the data's number of classes", t.ClassConfidence)
		check(t.FakeEntropy == 0 || m.ClassHead(), "fake_entropy", "%g needs D's class head: set aux_classes to the data's number of classes", t.FakeEntropy)
		check(!t.CleanHead || m.ClassHead(), "clean_head", "needs D's class head: set aux_classes to the data's number of classes")
		check(!t.CleanHead || t.ClassWeight > 0, "clean_head", "trains D's class head: set class_weight above 0")
		check(t.ClassBalance+t.ClassConfidence+t.FakeEntropy == 0 || t.ClassWeight > 0, "class_weight", "%g: the class-balance, class-confidence and fake-entropy terms read D's class head, which learns the classes only with a class weight > 0", t.ClassWeight)
	}
	check(t.TrainImages >= 0, "train_images", "%d must be ≥ 0", t.TrainImages)
	if m.Kind == Cond {
		check(m.Classes >= 2 && m.Classes <= 256, "classes", "%d must be in [2, 256]", m.Classes)
		check(m.EmbedDim >= 1 && m.EmbedDim <= 1<<16, "embed_dim", "%d must be in [1, 65536]", m.EmbedDim)
		check(t.Objective == gan.LeastSquares || t.Objective == gan.Logistic, "objective", "%v must be least-squares or logistic (the conditional D has no sigmoid)", t.Objective)
		check(t.Labels == UniformLabels || t.Labels == BalancedLabels, "labels", "%v must be uniform or balanced", t.Labels)
		check(!t.LogitLoss, "logit_loss", "applies to a D with a sigmoid; use objective logistic")
	} else if m.Kind == CNN {
		check(t.Objective == gan.Hinge || t.Objective == gan.Logistic || t.Objective == gan.LeastSquares, "objective", "%v must be hinge, logistic or least-squares (the cnn model's D has no sigmoid)", t.Objective)
		check(!t.LogitLoss, "logit_loss", "applies to a D with a sigmoid; use objective logistic")
		check(t.Objective != gan.Hinge || t.RealLabel == 1, "real_label", "%g: the hinge loss has no target to smooth; want 1", t.RealLabel)
	} else {
		check(t.Objective == gan.CrossEntropy, "objective", "%v: the seed, paper and dcgan models train with bce", t.Objective)
	}
	if (m.Kind == CNN || m.Kind == DCGAN) && m.Classes != 0 {
		check(m.Classes >= 2 && m.Classes <= 256, "classes", "%d must be 0 (unconditional) or in [2, 256]", m.Classes)
		check(m.EmbedDim >= 1 && m.EmbedDim <= 1<<16, "embed_dim", "%d must be in [1, 65536]", m.EmbedDim)
		check(m.Projection, "projection", "must be on: the %v model's D takes the class by projection", m.Kind)
		check(t.Labels == UniformLabels || t.Labels == BalancedLabels, "labels", "%v must be uniform or balanced", t.Labels)
	}
	check(!m.SpectralNorm || m.Kind == CNN, "spectral_norm", "applies to the cnn model's D")
	check(!m.DiffAugment || m.Kind == DCGAN, "diff_augment", "applies to the dcgan model's D")
	if m.Kind == DCGAN {
		check(m.BNEps > 0, "bn_eps", "%g must be > 0", m.BNEps)
		check(m.BNMomentum >= 0 && m.BNMomentum <= 1, "bn_momentum", "%g must be in [0, 1]", m.BNMomentum)
		check(m.DDropout >= 0 && m.DDropout < 1, "d_dropout", "%g must be in [0, 1)", m.DDropout)
		check(m.MBStdGroup >= 0 && m.MBStdGroup != 1, "mbstd_group", "%d must be 0 (off) or ≥ 2", m.MBStdGroup)
		check(len(m.GWidths) == 0, "g_widths", "applies to the MLP and cnn models; dcgan's G is dcgan.py's")
		dOK := len(m.DWidths) == 0 || (channels(m.DWidths) && len(m.DWidths) == 4)
		check(dOK, "d_widths", "%v must be dcgan's four D block widths, each in [1, %d] (empty: dcgan.py's 16,32,64,128)", m.DWidths, maxChannels)
		if err := m.DCGANArch().Check(); err != nil && dOK && m.ImgSize >= 1 && m.ImgSize <= 1024 {
			check(false, "img_size", "%v", err)
		}
	} else if m.Kind == CNN {
		check(m.BNEps > 0, "bn_eps", "%g must be > 0", m.BNEps)
		check(m.BNMomentum >= 0 && m.BNMomentum <= 1, "bn_momentum", "%g must be in [0, 1]", m.BNMomentum)
		check(m.DDropout == 0, "d_dropout", "applies to the seed's and dcgan's D, not the cnn model's")
		check(m.MBStdGroup == 0, "mbstd_group", "applies to the seed's D, not the cnn model's")
		gOK, dOK := channels(m.GWidths), channels(m.DWidths)
		check(gOK, "g_widths", "%v must be one to %d channel counts in [1, %d]", m.GWidths, maxConvLayers, maxChannels)
		check(dOK, "d_widths", "%v must be one to %d channel counts in [1, %d]", m.DWidths, maxConvLayers, maxChannels)
		if err := m.CNNArch().Check(); err != nil && gOK && dOK && m.ImgSize >= 1 && m.ImgSize <= 1024 {
			check(false, "img_size", "%v", err)
		}
	} else if m.Kind == Seed || m.Kind == Cond {
		check(m.BNEps > 0, "bn_eps", "%g must be > 0", m.BNEps)
		check(m.BNMomentum >= 0 && m.BNMomentum <= 1, "bn_momentum", "%g must be in [0, 1]", m.BNMomentum)
		check(m.MBStdGroup >= 0 && m.MBStdGroup != 1, "mbstd_group", "%d must be 0 (off) or ≥ 2", m.MBStdGroup)
		check(m.DDropout >= 0 && m.DDropout < 1, "d_dropout", "%g must be in [0, 1)", m.DDropout)
		check(widths(m.GWidths), "g_widths", "%v must be one or more widths ≥ 1", m.GWidths)
		check(widths(m.DWidths), "d_widths", "%v must be one or more widths ≥ 1", m.DWidths)
	} else {
		if m.Kind == PaperConv {
			// Its G is linear and the yaml trains it on GCN'd CIFAR-10; its
			// Deconv draws 32×32 images from maps of 10×10.
			a := gan.DefaultPaperCifarConvArch()
			check(m.PixelRange == GCN, "pixel_range", "%v: paper-conv's G is linear and draws GCN'd pixels; want gcn", m.PixelRange)
			check(m.ImgSize == a.ImgSize, "img_size", "%d: paper-conv's Deconv draws %d×%d images", m.ImgSize, a.ImgSize, a.ImgSize)
			check(m.GHidden%(a.GSize*a.GSize) == 0, "g_hidden", "%d must be a multiple of %d (paper-conv's G views it as maps of %d×%d)", m.GHidden, a.GSize*a.GSize, a.GSize, a.GSize)
			check(len(m.GWidths) == 0 && len(m.DWidths) == 0, "g_widths", "and d_widths apply to the MLP and cnn models; paper-conv's layers are the yaml's")
		}
		check(m.DDropout == 0, "d_dropout", "applies to the seed's D; the paper model has its own")
		check(m.MBStdGroup == 0, "mbstd_group", "applies to the seed's D, not the paper model")
		check(m.GHidden >= 1 && m.DUnits >= 1 && m.DPieces >= 1, "model", "paper sizes g_hidden %d, d_units %d, d_pieces %d must be ≥ 1", m.GHidden, m.DUnits, m.DPieces)
	}
	check(c.Out != "", "out", "must name a directory")
	if len(bad) > 0 {
		return bad
	}
	return c.checkSizes()
}

// The cnn model's widths: a list per network of channel counts, each
// doubling or halving the image once (1024 pixels need ten).
const (
	maxChannels   = 1 << 14
	maxConvLayers = 11
)

func channels(w []int) bool {
	for _, v := range w {
		if v < 1 || v > maxChannels {
			return false
		}
	}
	return len(w) > 0 && len(w) <= maxConvLayers
}

func widths(w []int) bool {
	for _, v := range w {
		if v < 1 {
			return false
		}
	}
	return len(w) > 0
}

// Sizes that each setting's range allows can still multiply to more memory
// than a machine has (img_size 1024 with 3 channels feeding 1024 units is
// 3.2e9 weights), so the products are bounded too, before anything is
// allocated.
const (
	MaxWeights     = 1 << 27 // per network: 512 MB of float32, 1.5 GB with Adam's moments
	MaxActivations = 1 << 28 // batch_size × the widest layer
	maxLayers      = 64
)

// checkSizes bounds G's and D's weights and the widest batch of
// activations. Every factor is already bounded (widths are checked below),
// so no product overflows.
func (c *Config) checkSizes() error {
	m := &c.Model
	img := m.Channels * m.ImgSize * m.ImgSize
	var g, d []int // layer widths from input to output
	if m.Kind == DCGAN {
		return c.checkDCGANSizes()
	}
	if m.Kind == CNN {
		return c.checkCNNSizes()
	}
	if m.Kind == Seed {
		if len(m.GWidths) > maxLayers || len(m.DWidths) > maxLayers {
			return Invalid{{Setting: "g_widths", Problem: fmt.Sprintf("and d_widths: at most %d layers each", maxLayers)}}
		}
		for _, w := range append(slices.Clone(m.GWidths), m.DWidths...) {
			if w > 1<<20 {
				return Invalid{{Setting: "g_widths", Problem: fmt.Sprintf("and d_widths: width %d is more than %d", w, 1<<20)}}
			}
		}
		g = append(append([]int{m.LatentDim}, m.GWidths...), img)
		d = append(append([]int{img}, m.DWidths...), 1)
	} else {
		if m.GHidden > 1<<20 || m.DUnits > 1<<20 || m.DPieces > 1<<20 || m.DUnits*m.DPieces > 1<<20 {
			return Invalid{{Setting: "model", Problem: fmt.Sprintf("paper sizes g_hidden %d, d_units %d, d_pieces %d: each layer at most %d wide", m.GHidden, m.DUnits, m.DPieces, 1<<20)}}
		}
		h := m.DUnits * m.DPieces
		g = []int{m.LatentDim, m.GHidden, m.GHidden, img}
		d = []int{img, h, h, 1} // maxout: units×pieces outputs, units inputs to the next
		if m.Kind == PaperConv {
			// Its convolutions are fixed at 32×32 (Validate): what grows is
			// G's hidden layers and D's maxout layer on the last pooled maps.
			g = []int{m.LatentDim, m.GHidden, m.GHidden}
			d = []int{m.PaperConvArch().DFlat(), h, 1}
		}
	}
	for _, net := range []struct {
		name   string
		widths []int
	}{{"G", g}, {"D", d}} {
		weights, widest := 0, 0
		for i := 1; i < len(net.widths); i++ {
			weights += net.widths[i-1] * net.widths[i]
			widest = max(widest, net.widths[i-1], net.widths[i])
		}
		if weights > MaxWeights {
			return Invalid{{Setting: "img_size", Problem: fmt.Sprintf("%d with channels %d (%d values an image) gives %s %d weights, more than the %d a run may have", m.ImgSize, m.Channels, img, net.name, weights, MaxWeights)}}
		}
		if a := c.Train.BatchSize * widest; a > MaxActivations {
			return Invalid{{Setting: "batch_size", Problem: fmt.Sprintf("%d times %s's widest layer of %d is %d activations, more than %d", c.Train.BatchSize, net.name, widest, a, MaxActivations)}}
		}
	}
	return nil
}

// checkCNNSizes bounds the cnn model's weights and its largest batch of
// maps. Widths, channels, latent_dim and img_size are bounded already, so no
// sum or product overflows an int.
// checkDCGANSizes bounds D's weights and maps when d_widths widens them; G's
// widths are dcgan.py's, and img_size ≤ 1024 bounds its largest map (64·1024²
// a row).
func (c *Config) checkDCGANSizes() error {
	m := &c.Model
	h, in, dw, widest := m.ImgSize, m.Channels, 0, 0
	for _, w := range m.DWidths {
		h /= 2
		dw += in * w * 9
		widest = max(widest, w*h*h)
		in = w
	}
	if dw += in * h * h; dw > MaxWeights {
		return Invalid{{Setting: "d_widths", Problem: fmt.Sprintf("%v at img_size %d gives %d weights, more than the %d a network may have", m.DWidths, m.ImgSize, dw, MaxWeights)}}
	}
	if a := c.Train.BatchSize * widest; a > MaxActivations {
		return Invalid{{Setting: "batch_size", Problem: fmt.Sprintf("%d times D's largest map of %d values is %d activations, more than %d", c.Train.BatchSize, widest, a, MaxActivations)}}
	}
	return nil
}

func (c *Config) checkCNNSizes() error {
	m := &c.Model
	g, d := m.GWidths, m.DWidths
	s := m.ImgSize >> (len(g) - 1)
	gw, widest := m.LatentDim*g[0]*s*s, g[0]*s*s
	for i := 1; i < len(g); i++ {
		s *= 2
		gw += g[i-1] * g[i] * 16
		widest = max(widest, g[i]*s*s)
	}
	gw += g[len(g)-1] * m.Channels * 9
	h, in, dw := m.ImgSize, m.Channels, 0
	for i, w := range d {
		dw += in * w * 9
		widest = max(widest, w*h*h)
		if i < len(d)-1 {
			dw += w * w * 16
			h /= 2
		}
		in = w
	}
	dw += in * h * h
	for _, n := range []struct {
		setting string
		weights int
	}{{"g_widths", gw}, {"d_widths", dw}} {
		if n.weights > MaxWeights {
			return Invalid{{Setting: n.setting, Problem: fmt.Sprintf("%v at img_size %d gives %d weights, more than the %d a network may have", map[string][]int{"g_widths": g, "d_widths": d}[n.setting], m.ImgSize, n.weights, MaxWeights)}}
		}
	}
	if a := c.Train.BatchSize * widest; a > MaxActivations {
		return Invalid{{Setting: "batch_size", Problem: fmt.Sprintf("%d times the largest map of %d values is %d activations, more than %d", c.Train.BatchSize, widest, a, MaxActivations)}}
	}
	return nil
}
