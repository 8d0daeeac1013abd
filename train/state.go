package train

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"gogan/checkpoint"
	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/recipe"
	"gogan/rundir"
)

// Position is where a run stands (see rundir.Position) and the shuffle
// stream's state before this epoch's permutation was drawn, so a resumed run
// redraws the same order.
type Position struct {
	rundir.Position
	ShuffleAtEpoch []byte
}

// startPosition is a new run's: nothing logged yet.
func startPosition() Position {
	return Position{Position: rundir.Position{MetricsBytes: rundir.NotRecorded, EvalBytes: rundir.NotRecorded}}
}

// state lists what the state file keeps beside the weights, under the names
// gogan 0.1.0 gave them; shuffleAt holds the epoch's shuffle state.
func (m *Models) state(shuffleAt *checkpoint.Bytes) checkpoint.TrainingState {
	s := checkpoint.TrainingState{
		Optimizers: map[string]optim.Optimizer{"g": m.GOpt, "d": m.DOpt},
		Streams: map[string]checkpoint.Stream{
			"noise": m.NoiseSrc, "dropout": m.DropoutSrc, "shuffle": m.ShuffleSrc, "shuffle_at_epoch": shuffleAt,
		},
	}
	// Not a random stream, but like one it is state a resumed run needs
	// to go on as it would have.
	if h := m.Trainer.ClassCounts(); h != nil {
		s.Streams["class_history"] = h
	}
	return s
}

// saveCheckpoint publishes G, D, the EMA G and the training state as one
// checkpoint set (rundir.Publish): a crash at any instant leaves the
// previous set or this one, whole, and only the newest set is kept.
func saveCheckpoint(m *Models, pos Position, cfg recipe.Config) error {
	meta := map[string]string{"format": "pt", "gogan_version": recipe.Version, "batches_done": strconv.Itoa(pos.BatchesDone), "preset": cfg.Preset}
	if m.EMA != nil {
		m.SamplingG() // the average is saved with the statistics samples use
	}
	names, nets := m.files()
	var files []rundir.File
	for i, name := range names {
		net := nets[i]
		files = append(files, rundir.File{Name: name, Write: func(w io.Writer) error { return checkpoint.Write(w, net, meta) }})
	}
	smeta := maps.Clone(meta)
	smeta["position"] = pos.Position.Marshal()
	state := m.state(&checkpoint.Bytes{B: pos.ShuffleAtEpoch})
	files = append(files, rundir.File{Name: recipe.StateFile, Write: func(w io.Writer) error { return checkpoint.WriteState(w, state, smeta) }})
	_, err := rundir.Publish(cfg.Out, files, 1)
	return err
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

// hasCheckpoint reports whether dir holds a checkpoint: a published set, or
// the top-level training state of a gogan 0.1.0 run.
func hasCheckpoint(dir string) bool {
	if _, ok, _ := rundir.Newest(dir); ok {
		return true
	}
	_, err := os.Stat(filepath.Join(dir, recipe.StateFile))
	return err == nil
}

// loadCheckpoint restores G, D, optimisers and random streams from the
// newest checkpoint set in cfg.Out, or from the top-level files of a gogan
// 0.1.0 run, after checking its position against the run's shape g.
func loadCheckpoint(m *Models, cfg recipe.Config, g rundir.Geometry) (Position, error) {
	pos := startPosition()
	dir, legacy := cfg.Out, true
	set, ok, err := rundir.Newest(cfg.Out)
	if err != nil {
		return pos, err
	}
	if ok {
		dir, legacy = set.Dir, false
	}
	statePath := filepath.Join(dir, recipe.StateFile)
	shuffleAt := &checkpoint.Bytes{}
	meta, err := checkpoint.LoadState(statePath, m.state(shuffleAt))
	if errors.Is(err, checkpoint.ErrNoState) {
		return pos, fmt.Errorf("train: %s: %w", cfg.Out, ErrNoCheckpoint)
	}
	if err != nil {
		return pos, err
	}
	if pos.Position, err = rundir.ParsePosition(statePath, meta["position"]); err != nil {
		return pos, err
	}
	if err := pos.Check(statePath, g); err != nil {
		return pos, err
	}
	// Mid-epoch, the epoch's order is redrawn from it: checked now rather
	// than then.
	if err := new(rand.PCG).UnmarshalBinary(shuffleAt.B); err != nil && pos.Batch != 0 {
		return pos, fmt.Errorf("train: %s: rng.shuffle_at_epoch: %w", statePath, err)
	}
	pos.ShuffleAtEpoch = shuffleAt.B
	files, nets := m.files()
	for i, f := range files {
		path := filepath.Join(dir, f)
		wmeta, err := checkpoint.Load(path, nets[i])
		if errors.Is(err, checkpoint.ErrMismatch) {
			return pos, fmt.Errorf("train: the weights do not fit the model %s describes (was it edited?): %w", filepath.Join(cfg.Out, recipe.ConfigFile), err)
		}
		if err != nil {
			return pos, err
		}
		// Only the top-level files of gogan 0.1.0 can be a torn set.
		if legacy && wmeta["batches_done"] != meta["batches_done"] {
			return pos, fmt.Errorf("train: %s is from batch %s but %s from batch %s: the checkpoint set is torn (interrupted while saving?)", path, wmeta["batches_done"], statePath, meta["batches_done"])
		}
	}
	return pos, nil
}
