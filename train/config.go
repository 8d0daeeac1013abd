// Package train runs a whole GAN training job: data, models, the iteration
// loop, sample grids, metrics, plots, checkpoints and resumption. The command
// line only fills a Config and calls Run.
package train

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gogan/format/atomicfile"
)

// Config is every setting of a run; config.json records it. Presets fill it;
// flags override single fields.
type Config struct {
	Preset string `json:"preset"` // seed (gan.py), paper (Goodfellow et al.) or improved

	Epochs         int     `json:"epochs"`
	BatchSize      int     `json:"batch_size"`
	LR             float64 `json:"lr"`
	B1             float64 `json:"b1"`
	B2             float64 `json:"b2"`
	LatentDim      int     `json:"latent_dim"`
	ImgSize        int     `json:"img_size"`
	Channels       int     `json:"channels"`
	SampleInterval int     `json:"sample_interval"`

	Seed   uint64 `json:"seed"`
	Out    string `json:"out"`
	Data   string `json:"data"` // "" = the embedded MNIST
	DSteps int    `json:"d_steps"`
	GLoss  string `json:"g_loss"` // nonsaturating | minimax
	Order  string `json:"order"`  // g-first | d-first

	BNEps      float64 `json:"bn_eps"`
	BNMomentum float64 `json:"bn_momentum"`

	MaxBatches      int `json:"max_batches"`      // stop after this many batches in all (0: no limit)
	CheckpointEvery int `json:"checkpoint_every"` // batches between checkpoints (0: each epoch end only)
	EvalEvery       int `json:"eval_every"`       // epochs between quality evaluations (0: never)

	// Techniques of the improved preset (off in seed and paper).
	DLR       float64 `json:"d_lr"`       // D's learning rate if not LR (TTUR)
	RealLabel float64 `json:"real_label"` // D's target for reals (1; 0.9 = one-sided label smoothing)
	EMA       float64 `json:"ema"`        // decay of G's weight average (0: none)

	// Fields the presets other than seed use.
	Model         string  `json:"model"`          // seed | paper
	Optimizer     string  `json:"optimizer"`      // adam | sgd
	Momentum      float64 `json:"momentum"`       // SGD start momentum
	MomentumFinal float64 `json:"momentum_final"` // SGD momentum reached at MomentumEpoch
	MomentumEpoch int     `json:"momentum_epoch"` // epoch at which momentum saturates
	LRDecay       float64 `json:"lr_decay"`       // lr divided by this each step (1: constant)
	LRMin         float64 `json:"lr_min"`
	LRLinear      float64 `json:"lr_linear_decay"` // fraction of the run at its end over which both lrs fall linearly to 0
	MBStdGroup    int     `json:"mbstd_group"`     // rows per minibatch-stddev group in D (0: none)
	DDropout      float64 `json:"d_dropout"`       // drop probability of D's hidden units (0: none)
	Noise         string  `json:"noise"`           // normal | uniform (±sqrt 3)
	LogitLoss     bool    `json:"logit_loss"`      // losses from D's logits (pylearn2) rather than probabilities (PyTorch's BCELoss)
	PixelRange    string  `json:"pixel_range"`     // tanh ([-1,1]) | unit ([0,1])
	TrainImages   int     `json:"train_images"`

	// Recorded, not set: what ran it.
	Backend     string `json:"backend,omitempty"`
	BackendInfo string `json:"backend_info,omitempty"`
	Version     string `json:"version,omitempty"`
}

// Version is gogan's version, recorded in config.json and checkpoints.
const Version = "0.1.0"

// Presets lists the named configurations.
var Presets = []string{"seed", "paper", "improved"}

// Preset returns a named configuration. "seed" holds gan.py's defaults, the
// single source of truth for them.
func Preset(name string) (Config, error) {
	c := Config{
		Preset: "seed", Epochs: 200, BatchSize: 64, LR: 0.0002, B1: 0.5, B2: 0.999,
		LatentDim: 100, ImgSize: 28, Channels: 1, SampleInterval: 400,
		Seed: 1, DSteps: 1, GLoss: "nonsaturating", Order: "g-first",
		BNEps: 0.8, BNMomentum: 0.1,
		Model: "seed", Optimizer: "adam", LRDecay: 1, Noise: "normal", PixelRange: "tanh",
		RealLabel: 1,
	}
	switch name {
	case "", "seed":
		return c, nil
	case "paper":
		// goodfeli/adversarial mnist.yaml (reference.md §2).
		c.Preset, c.Model = "paper", "paper"
		c.BatchSize, c.LR, c.Optimizer = 100, 0.1, "sgd"
		c.Momentum, c.MomentumFinal, c.MomentumEpoch = 0.5, 0.7, 250
		c.LRDecay, c.LRMin = 1.000004, 1e-6
		c.Noise, c.PixelRange, c.TrainImages = "uniform", "unit", 50000
		c.LogitLoss = true
		c.Epochs = 300
		return c, nil
	case "improved":
		// gan.py with BatchNorm's eps at PyTorch's default (the seed's 0.8
		// is most of its mode collapse) plus what measurably helped in
		// docs/quality.md: a moving average of G's weights for sampling, D
		// learning twice as fast as G (TTUR) and a minibatch-stddev feature
		// in D, which stops the late drift towards fewer 2s. One-sided label
		// smoothing and learning-rate decay did not help and are left out;
		// dropout in D helped less than the minibatch feature.
		c.Preset = "improved"
		c.BNEps = 1e-5
		c.EMA = 0.999
		c.DLR = 2 * c.LR
		c.MBStdGroup = 4
		return c, nil
	}
	return Config{}, fmt.Errorf("unknown preset %q (want one of %s)", name, strings.Join(Presets, ", "))
}

// Validate checks every field a user can set.
func (c *Config) Validate() error {
	var bad []string
	check := func(ok bool, format string, args ...any) {
		if !ok {
			bad = append(bad, fmt.Sprintf(format, args...))
		}
	}
	check(c.Epochs >= 1, "--epochs %d must be ≥ 1", c.Epochs)
	check(c.BatchSize >= 2 && c.BatchSize <= 1<<16, "--batch-size %d must be in [2, 65536] (BatchNorm needs two rows)", c.BatchSize)
	check(c.LR > 0, "--lr %g must be > 0", c.LR)
	check(c.B1 >= 0 && c.B1 < 1, "--b1 %g must be in [0, 1)", c.B1)
	check(c.B2 >= 0 && c.B2 < 1, "--b2 %g must be in [0, 1)", c.B2)
	check(c.LatentDim >= 1 && c.LatentDim <= 1<<16, "--latent-dim %d must be in [1, 65536]", c.LatentDim)
	check(c.ImgSize >= 1 && c.ImgSize <= 1024, "--img-size %d must be in [1, 1024]", c.ImgSize)
	check(c.Channels == 1 || c.Channels == 3, "--channels %d must be 1 or 3", c.Channels)
	check(c.SampleInterval >= 0, "--sample-interval %d must be ≥ 0", c.SampleInterval)
	check(c.DSteps >= 1, "--d-steps %d must be ≥ 1", c.DSteps)
	check(c.GLoss == "nonsaturating" || c.GLoss == "minimax", "--g-loss %q must be nonsaturating or minimax", c.GLoss)
	check(c.Order == "g-first" || c.Order == "d-first", "--order %q must be g-first or d-first", c.Order)
	check(c.BNEps > 0, "--bn-eps %g must be > 0", c.BNEps)
	check(c.BNMomentum >= 0 && c.BNMomentum <= 1, "--bn-momentum %g must be in [0, 1]", c.BNMomentum)
	check(c.MaxBatches >= 0, "--max-batches %d must be ≥ 0", c.MaxBatches)
	check(c.CheckpointEvery >= 0, "--checkpoint-every %d must be ≥ 0", c.CheckpointEvery)
	check(c.EvalEvery >= 0, "--eval-every %d must be ≥ 0", c.EvalEvery)
	check(c.Model == "seed" || c.Model == "paper", "model %q must be seed or paper", c.Model)
	check(c.Optimizer == "adam" || c.Optimizer == "sgd", "optimizer %q must be adam or sgd", c.Optimizer)
	check(c.Noise == "normal" || c.Noise == "uniform", "noise %q must be normal or uniform", c.Noise)
	check(c.PixelRange == "tanh" || c.PixelRange == "unit", "pixel range %q must be tanh or unit", c.PixelRange)
	check(c.LRDecay >= 1, "lr decay %g must be ≥ 1", c.LRDecay)
	check(c.LRLinear >= 0 && c.LRLinear <= 1, "--lr-linear-decay %g must be in [0, 1]", c.LRLinear)
	check(c.MBStdGroup >= 0 && c.MBStdGroup != 1, "--mbstd-group %d must be 0 (off) or ≥ 2", c.MBStdGroup)
	check(c.DDropout >= 0 && c.DDropout < 1, "--d-dropout %g must be in [0, 1)", c.DDropout)
	check(c.DDropout == 0 || c.Model == "seed", "--d-dropout applies to the seed's D; the paper model has its own")
	check(c.MBStdGroup == 0 || c.Model == "seed", "--mbstd-group applies to the seed's D, not the paper model")
	check(c.DLR >= 0, "--d-lr %g must be ≥ 0", c.DLR)
	check(c.RealLabel > 0.5 && c.RealLabel <= 1, "--real-label %g must be in (0.5, 1]", c.RealLabel)
	check(c.EMA >= 0 && c.EMA < 1, "--ema %g must be in [0, 1)", c.EMA)
	check(c.Out != "", "--out must name a directory")
	if len(bad) > 0 {
		return fmt.Errorf("invalid settings: %s", strings.Join(bad, "; "))
	}
	return nil
}

// ConfigFile is the name of the settings file in a run directory.
const ConfigFile = "config.json"

// SaveConfig writes config.json atomically.
func SaveConfig(c Config) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(c.Out, ConfigFile), append(b, '\n'))
}

// LoadConfig reads a run directory's config.json.
func LoadConfig(dir string) (Config, error) {
	path := filepath.Join(dir, ConfigFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("train: %w", err)
	}
	var c Config
	if err := json.Unmarshal(b, &c); err != nil {
		return Config{}, fmt.Errorf("train: %s: %w", path, err)
	}
	c.Out = dir
	return c, nil
}
