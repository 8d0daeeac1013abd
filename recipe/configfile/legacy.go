package configfile

import (
	"encoding/json"
	"fmt"

	"gogan/recipe"
)

// legacyConfig is config.json as gogan 0.1.0 wrote it: one flat object with
// every setting, enums as strings.
type legacyConfig struct {
	Preset          string  `json:"preset"`
	Epochs          int     `json:"epochs"`
	BatchSize       int     `json:"batch_size"`
	LR              float64 `json:"lr"`
	B1              float64 `json:"b1"`
	B2              float64 `json:"b2"`
	LatentDim       int     `json:"latent_dim"`
	ImgSize         int     `json:"img_size"`
	Channels        int     `json:"channels"`
	SampleInterval  int     `json:"sample_interval"`
	Seed            uint64  `json:"seed"`
	Data            string  `json:"data"`
	DSteps          int     `json:"d_steps"`
	GLoss           string  `json:"g_loss"`
	Order           string  `json:"order"`
	BNEps           float64 `json:"bn_eps"`
	BNMomentum      float64 `json:"bn_momentum"`
	MaxBatches      int     `json:"max_batches"`
	CheckpointEvery int     `json:"checkpoint_every"`
	EvalEvery       int     `json:"eval_every"`
	DLR             float64 `json:"d_lr"`
	RealLabel       float64 `json:"real_label"`
	EMA             float64 `json:"ema"`
	Model           string  `json:"model"`
	Optimizer       string  `json:"optimizer"`
	Momentum        float64 `json:"momentum"`
	MomentumFinal   float64 `json:"momentum_final"`
	MomentumEpoch   int     `json:"momentum_epoch"`
	LRDecay         float64 `json:"lr_decay"`
	LRMin           float64 `json:"lr_min"`
	LRLinear        float64 `json:"lr_linear_decay"`
	MBStdGroup      int     `json:"mbstd_group"`
	DDropout        float64 `json:"d_dropout"`
	Noise           string  `json:"noise"`
	LogitLoss       bool    `json:"logit_loss"`
	PixelRange      string  `json:"pixel_range"`
	TrainImages     int     `json:"train_images"`
	Backend         string  `json:"backend"`
	BackendInfo     string  `json:"backend_info"`
	Version         string  `json:"version"`
}

// fromLegacy converts a 0.1.0 config.json. Its layer sizes were fixed, so
// they are the presets' (gan's architectures').
func fromLegacy(b []byte) (recipe.Config, error) {
	var o legacyConfig
	if err := json.Unmarshal(b, &o); err != nil {
		return recipe.Config{}, err
	}
	n, err := recipe.Preset(o.Preset)
	if err != nil {
		return recipe.Config{}, err
	}
	m, t := &n.Model, &n.Train
	for _, e := range []struct {
		name string
		dst  interface{ UnmarshalText([]byte) error }
		val  string
	}{{"model", &m.Kind, o.Model}, {"noise", &m.Noise, o.Noise}, {"pixel_range", &m.PixelRange, o.PixelRange}, {"optimizer", &t.Optimizer, o.Optimizer}, {"g_loss", &t.GLoss, o.GLoss}, {"order", &t.Order, o.Order}} {
		if err := e.dst.UnmarshalText([]byte(e.val)); err != nil {
			return recipe.Config{}, fmt.Errorf("%s: %w", e.name, err)
		}
	}
	m.LatentDim, m.ImgSize, m.Channels = o.LatentDim, o.ImgSize, o.Channels
	m.BNEps, m.BNMomentum, m.MBStdGroup, m.DDropout = o.BNEps, o.BNMomentum, o.MBStdGroup, o.DDropout
	t.Seed, t.Data, t.TrainImages, t.BatchSize, t.DSteps = o.Seed, o.Data, o.TrainImages, o.BatchSize, o.DSteps
	t.LogitLoss, t.RealLabel, t.EMA = o.LogitLoss, o.RealLabel, o.EMA
	t.LR, t.DLR, t.B1, t.B2 = o.LR, o.DLR, o.B1, o.B2
	t.Momentum, t.MomentumFinal, t.MomentumEpoch = o.Momentum, o.MomentumFinal, o.MomentumEpoch
	t.LRDecay, t.LRMin, t.LRLinear = o.LRDecay, o.LRMin, o.LRLinear
	n.Run = recipe.Run{Epochs: o.Epochs, MaxBatches: o.MaxBatches, SampleInterval: o.SampleInterval, CheckpointEvery: o.CheckpointEvery, EvalEvery: o.EvalEvery}
	n.Backend, n.BackendInfo, n.Version = o.Backend, o.BackendInfo, o.Version
	return n, nil
}
