package train

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"

	"gogan/checkpoint"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/recipe"
)

// Position is where a run stands: the next batch to train on.
type Position struct {
	Epoch       int   `json:"epoch"`        // current epoch, from 0
	Batch       int   `json:"batch"`        // next batch index within the epoch
	BatchesDone int   `json:"batches_done"` // gan.py's batches_done of the next batch
	Iterations  int64 `json:"iterations"`   // training iterations so far
	// ShuffleAtEpoch is the shuffle stream's state before this epoch's
	// permutation was drawn, so a resumed run redraws the same order.
	ShuffleAtEpoch []byte  `json:"-"`
	TrainSeconds   float64 `json:"train_seconds"`
}

// state lists what the state file keeps beside the weights, under the names
// gogan 0.1.0 gave them; shuffleAt holds the epoch's shuffle state.
func (m *Models) state(shuffleAt *checkpoint.Bytes) checkpoint.TrainingState {
	return checkpoint.TrainingState{
		Optimizers: map[string]optim.Optimizer{"g": m.GOpt, "d": m.DOpt},
		Streams: map[string]checkpoint.Stream{
			"noise": m.NoiseSrc, "dropout": m.DropoutSrc, "shuffle": m.ShuffleSrc, "shuffle_at_epoch": shuffleAt,
		},
	}
}

// saveCheckpoint writes G, D and the training state. Each file is atomic;
// all three carry batches_done so a resume can tell a torn set (a crash
// between files) from a whole one. The state file is written last.
func saveCheckpoint(m *Models, pos Position, cfg recipe.Config) error {
	meta := map[string]string{"format": "pt", "gogan_version": recipe.Version, "batches_done": strconv.Itoa(pos.BatchesDone), "preset": cfg.Preset}
	if m.EMA != nil {
		m.SamplingG() // the average is saved with the statistics samples use
	}
	files, nets := m.files()
	for i, f := range files {
		if err := checkpoint.Save(filepath.Join(cfg.Out, f), nets[i], meta); err != nil {
			return err
		}
	}
	pj, _ := json.Marshal(pos)
	meta["position"] = string(pj)
	return checkpoint.SaveState(filepath.Join(cfg.Out, recipe.StateFile), m.state(&checkpoint.Bytes{B: pos.ShuffleAtEpoch}), meta)
}

// files are the weight files of a checkpoint and the networks they hold.
func (m *Models) files() ([]string, []*nn.Sequential) {
	files := []string{recipe.GeneratorFile, recipe.DiscriminatorFile}
	nets := []*nn.Sequential{m.G, m.D.Sequential}
	if m.EMA != nil {
		files, nets = append(files, recipe.GeneratorEMAFile), append(nets, m.EMA.Avg)
	}
	return files, nets
}

// ErrNoCheckpoint is returned when resuming a directory without one.
var ErrNoCheckpoint = errors.New("no checkpoint to resume from")

// loadCheckpoint restores G, D, optimisers and random streams from cfg.Out.
func loadCheckpoint(m *Models, cfg recipe.Config) (Position, error) {
	var pos Position
	statePath := filepath.Join(cfg.Out, recipe.StateFile)
	shuffleAt := &checkpoint.Bytes{}
	meta, err := checkpoint.LoadState(statePath, m.state(shuffleAt))
	if errors.Is(err, checkpoint.ErrNoState) {
		return pos, fmt.Errorf("train: %s: %w (%s is missing; start the run afresh instead)", cfg.Out, ErrNoCheckpoint, recipe.StateFile)
	}
	if err != nil {
		return pos, err
	}
	if err := json.Unmarshal([]byte(meta["position"]), &pos); err != nil {
		return pos, fmt.Errorf("train: %s: bad position metadata: %w", statePath, err)
	}
	pos.ShuffleAtEpoch = shuffleAt.B
	files, nets := m.files()
	for i, f := range files {
		path := filepath.Join(cfg.Out, f)
		wmeta, err := checkpoint.Load(path, nets[i])
		if err != nil {
			return pos, err
		}
		if wmeta["batches_done"] != meta["batches_done"] {
			return pos, fmt.Errorf("train: %s is from batch %s but %s from batch %s: the checkpoint set is torn (interrupted while saving?)", path, wmeta["batches_done"], statePath, meta["batches_done"])
		}
	}
	return pos, nil
}
