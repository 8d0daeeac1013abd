package recipe

import (
	"errors"
	"strings"
	"testing"

	"gogan/gan"
)

func TestValidateNamesSettings(t *testing.T) {
	c, _ := Preset("seed")
	c.Out = "x"
	c.Train.BatchSize, c.Model.MBStdGroup, c.Train.B2 = 1, 1, 1
	err := c.Validate()
	var inv Invalid
	if !errors.As(err, &inv) || len(inv) != 3 {
		t.Fatalf("Validate = %v, want three problems", err)
	}
	for i, want := range []string{"batch_size 1 must be in [2, 65536]", "b2 1 must be in [0, 1)", "mbstd_group 1 must be 0 (off) or ≥ 2"} {
		if !strings.HasPrefix(inv[i].Error(), want) {
			t.Errorf("problem %d: %q, want %q", i, inv[i], want)
		}
	}
	if strings.Contains(err.Error(), "--") {
		t.Errorf("a library error names a flag: %v", err)
	}
	// SGD does not use Adam's betas.
	p, _ := Preset("paper")
	p.Out, p.Train.B1 = "x", 7
	if err := p.Validate(); err != nil {
		t.Errorf("paper preset with an unused b1: %v", err)
	}
	p.Model.MBStdGroup = 4
	if err := p.Validate(); err == nil || !strings.Contains(err.Error(), "mbstd_group applies to the seed's D") {
		t.Errorf("paper with mbstd: %v", err)
	}
}

func TestValidateGCN(t *testing.T) {
	p, _ := Preset("paper-cifar10-fc")
	p.Out = "x"
	if err := p.Validate(); err != nil {
		t.Fatalf("paper-cifar10-fc: %v", err)
	}
	for _, c := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"gcn without a scale", func(c *Config) { c.Model.GCNScale = 0 }, "gcn_scale 0 must be in (0, 1e6]"},
		{"a scale without gcn", func(c *Config) { c.Model.PixelRange = Unit }, "gcn_scale applies to pixel range gcn, not unit"},
		{"gcn on gan.py's G", func(c *Config) { c.Model.Kind = Seed }, "pixel_range gcn needs a paper model"},
	} {
		q := p
		c.edit(&q)
		if err := q.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Validate() = %v, want an error containing %q", c.name, err, c.want)
		}
	}
}

func TestValidatePaperConv(t *testing.T) {
	p, _ := Preset("paper-cifar10-conv")
	p.Out = "x"
	if err := p.Validate(); err != nil {
		t.Fatalf("paper-cifar10-conv: %v", err)
	}
	for _, c := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"pixels in [0, 1]", func(c *Config) { c.Model.PixelRange, c.Model.GCNScale = Unit, 0 }, "pixel_range unit: paper-conv's G is linear"},
		{"64×64", func(c *Config) { c.Model.ImgSize = 64 }, "img_size 64: paper-conv's Deconv draws 32×32"},
		{"g_hidden not maps of 10×10", func(c *Config) { c.Model.GHidden = 8050 }, "g_hidden 8050 must be a multiple of 100"},
		{"gan.py's widths", func(c *Config) { c.Model.GWidths = []int{128} }, "g_widths and d_widths apply to the MLP and cnn models; paper-conv"},
		{"seed's dropout", func(c *Config) { c.Model.DDropout = 0.25 }, "d_dropout applies to the seed's D"},
		{"too wide", func(c *Config) { c.Model.DUnits, c.Model.DPieces = 1<<15, 1<<5 }, "gives D 5034213376 weights"},
		{"too many weights", func(c *Config) { c.Model.GHidden = 12000 }, "gives G 145200000 weights"},
	} {
		q := p
		c.edit(&q)
		if err := q.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Validate() = %v, want an error containing %q", c.name, err, c.want)
		}
	}
	// The kind round-trips by name.
	var k ModelKind
	if err := k.UnmarshalText([]byte("paper-conv")); err != nil || k != PaperConv {
		t.Errorf("UnmarshalText(paper-conv) = %v, %v", k, err)
	}
}

// TestValidateCNN: the cnn model's widths must fit the image size and
// bounds, and its settings stay off the models that do not have them.
func TestValidateCNN(t *testing.T) {
	for _, c := range []struct {
		edit func(*Config)
		want string
	}{
		{func(c *Config) { c.Model.ImgSize = 36 }, "img_size img_size 36 is not a multiple of 8"},
		{func(c *Config) { c.Model.GWidths = nil }, "g_widths [] must be one to 11 channel counts"},
		{func(c *Config) { c.Model.DWidths = []int{1 << 15} }, "d_widths [32768] must be one to 11 channel counts in [1, 16384]"},
		{func(c *Config) { c.Model.DWidths = []int{4, 4, 4, 4, 4, 4, 4} }, "img_size 32 is too small for d_widths"},
		{func(c *Config) { c.Train.Objective = gan.CrossEntropy }, "objective bce must be hinge, logistic or least-squares"},
		{func(c *Config) { c.Model.DDropout = 0.2 }, "d_dropout applies to the seed's and dcgan's D"},
		{func(c *Config) { c.Model.GWidths = []int{16384, 16384, 16384, 16384} }, "g_widths [16384 16384 16384 16384] at img_size 32 gives"},
		{func(c *Config) { c.Train.BatchSize = 1 << 16; c.Model.DWidths = []int{2048, 8, 16, 32} }, "batch_size 65536 times the largest map"},
		{func(c *Config) { c.Model.Classes = 1 }, "classes 1 must be 0 (unconditional) or in [2, 256]"},
		{func(c *Config) { c.Model.Classes, c.Model.Projection = 10, false }, "projection must be on"},
		{func(c *Config) { c.Model.AuxClasses = 10 }, "aux_classes applies to the dcgan model's D"},
		{func(c *Config) { c.Model.ClassBN = true }, "class_bn applies to the dcgan model's G"},
	} {
		cfg, _ := Preset("sngan")
		cfg.Out = "x"
		c.edit(&cfg)
		if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Validate = %v, want %q", err, c.want)
		}
	}
	for _, name := range []string{"seed", "dcgan"} {
		c, _ := Preset(name)
		c.Out, c.Model.SpectralNorm = "x", true
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "spectral_norm applies to the cnn model's D") {
			t.Errorf("%s with spectral_norm: %v", name, err)
		}
	}
	for _, name := range []string{"seed", "sngan", "paper-cifar10-conv"} {
		c, _ := Preset(name)
		c.Out, c.Model.DiffAugment = "x", true
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "diff_augment applies to the dcgan model's D") {
			t.Errorf("%s with diff_augment: %v", name, err)
		}
	}
	for _, name := range []string{"dcgan", "dcgan-plus"} {
		c, _ := Preset(name)
		c.Out, c.Model.DiffAugment, c.Model.MBStdGroup = "x", true, 4
		if err := c.Validate(); err != nil {
			t.Errorf("%s with diff_augment and mbstd_group 4: %v", name, err)
		}
	}
	c, _ := Preset("sngan")
	c.Out, c.Model.Channels, c.Model.ImgSize = "x", 1, 28
	c.Model.GWidths, c.Model.DWidths = []int{64, 32, 16}, []int{16, 32, 64}
	c.Train.Objective, c.Model.SpectralNorm, c.Train.DLR, c.Train.EMA = gan.Logistic, false, 0, 0
	if err := c.Validate(); err != nil {
		t.Errorf("sngan at 1x28x28, every ingredient off: %v", err)
	}
}

// TestValidateDCGANPlus: dcgan's D widths and its conditional form.
func TestValidateDCGANPlus(t *testing.T) {
	for _, c := range []struct {
		edit func(*Config)
		want string
	}{
		{func(c *Config) { c.Model.DWidths = []int{16, 32, 64} }, "d_widths [16 32 64] must be dcgan's four D block widths"},
		{func(c *Config) { c.Model.DWidths = []int{16, 32, 0, 128} }, "d_widths [16 32 0 128] must be dcgan's four D block widths"},
		{func(c *Config) { c.Model.GWidths = []int{64, 32} }, "g_widths applies to the MLP and cnn models"},
		{func(c *Config) { c.Model.DWidths = []int{16384, 16384, 16384, 16384}; c.Model.ImgSize = 512 }, "d_widths [16384 16384 16384 16384] at img_size 512 gives"},
		{func(c *Config) { c.Train.BatchSize = 1 << 16; c.Model.DWidths = []int{4096, 8, 16, 32} }, "batch_size 65536 times D's largest map"},
		{func(c *Config) { c.Model.Classes = 1 }, "classes 1 must be 0 (unconditional) or in [2, 256]"},
		{func(c *Config) { c.Model.Classes, c.Model.Projection = 10, false }, "projection must be on: the dcgan model's D"},
		{func(c *Config) { c.Model.Classes, c.Model.EmbedDim = 10, 0 }, "embed_dim 0 must be in [1, 65536]"},
		{func(c *Config) { c.Train.Objective = gan.Hinge }, "the seed, paper and dcgan models train with bce"},
		{func(c *Config) { c.Model.Classes, c.Train.ClassWeight = 10, -1 }, "class_weight -1 must be in [0, 100]"},
		{func(c *Config) { c.Train.ModeSeeking = -0.5 }, "mode_seeking -0.5 must be in [0, 100]"},
		{func(c *Config) { c.Model.AuxClasses, c.Train.ClassBalance = 0, 1 }, "class_balance 1 needs D's class head: set aux_classes"},
		{func(c *Config) { c.Model.AuxClasses, c.Train.ClassBalance, c.Train.ClassWeight = 10, 1, 0 }, "class_weight 0: the class-balance, class-confidence and fake-entropy terms read D's class head"},
		{func(c *Config) { c.Model.AuxClasses = -1 }, "aux_classes -1 must be 0 (no class head) or in [1, 256]"},
		{func(c *Config) { c.Model.AuxClasses, c.Train.ClassBalance = 10, 101 }, "class_balance 101 must be in [0, 100]"},
		{func(c *Config) { c.Train.ClassConfidence = -1 }, "class_confidence -1 must be in [0, 100]"},
		{func(c *Config) { c.Model.AuxClasses, c.Train.ClassBalance, c.Train.ClassConfidence = 0, 0, 1 }, "class_confidence 1 needs D's class head"},
		{func(c *Config) { c.Train.ClassWeight, c.Train.ClassBalance, c.Train.ClassConfidence = 0, 0, 1 }, "class_weight 0: the class-balance, class-confidence and fake-entropy terms read D's class head"},
		{func(c *Config) { c.Train.ClassHistory = 1 }, "class_history 1 must be in [0, 1)"},
		{func(c *Config) { c.Train.ClassBalance, c.Train.ClassHistory = 0, 0.99 }, "class_history 0.99 weighs the class-balance term: set class_balance above 0"},
		{func(c *Config) { c.Train.FakeEntropy = 101 }, "fake_entropy 101 must be in [0, 100]"},
		{func(c *Config) { c.Model.AuxClasses, c.Train.ClassBalance, c.Train.FakeEntropy = 0, 0, 1 }, "fake_entropy 1 needs D's class head"},
		{func(c *Config) { c.Train.ClassWeight, c.Train.ClassBalance, c.Train.FakeEntropy = 0, 0, 1 }, "class_weight 0: the class-balance, class-confidence and fake-entropy terms read D's class head"},
		{func(c *Config) { c.Model.DiffAugment, c.Train.CleanHead = false, true }, "clean_head shows the class head images without DiffAugment: set diff_augment"},
		{func(c *Config) {
			c.Model.AuxClasses, c.Train.ClassBalance, c.Train.ClassConfidence, c.Train.CleanHead = 0, 0, 0, true
		}, "clean_head needs D's class head"},
		{func(c *Config) {
			c.Train.ClassWeight, c.Train.ClassBalance, c.Train.ClassConfidence, c.Train.CleanHead = 0, 0, 0, true
		}, "clean_head trains D's class head: set class_weight above 0"},
	} {
		cfg, _ := Preset("dcgan-plus")
		cfg.Out = "x"
		c.edit(&cfg)
		if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Validate = %v, want %q", err, c.want)
		}
	}
	c, _ := Preset("dcgan-plus")
	c.Out, c.Model.Classes, c.Model.DWidths, c.Train.ClassWeight = "x", 10, []int{32, 64, 128, 256}, 1
	if err := c.Validate(); err != nil {
		t.Errorf("dcgan-plus --classes 10 --d-widths 32,64,128,256 --class-weight 1: %v", err)
	}
	if !c.Model.Conditional() {
		t.Error("dcgan-plus with classes is not Conditional")
	}
}
