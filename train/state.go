package train

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"gogan/checkpoint"
	"gogan/engine/nn"
	"gogan/format/safetensors"
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

// saveCheckpoint writes G, D and the training state. Each file is atomic;
// all three carry batches_done so a resume can tell a torn set (a crash
// between files) from a whole one. The state file is written last.
func saveCheckpoint(m *recipe.Models, pos Position, cfg recipe.Config) error {
	meta := map[string]string{"format": "pt", "gogan_version": recipe.Version, "batches_done": strconv.Itoa(pos.BatchesDone), "preset": cfg.Preset}
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.GeneratorFile), m.G, meta); err != nil {
		return err
	}
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.DiscriminatorFile), m.D.Sequential, meta); err != nil {
		return err
	}
	if m.EMA != nil {
		if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.GeneratorEMAFile), m.SamplingG(), meta); err != nil {
			return err
		}
	}
	var ts []safetensors.Tensor
	addOpt := func(prefix string, st map[string][]float32, steps int64) {
		names := make([]string, 0, len(st))
		for k := range st {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			ts = append(ts, safetensors.F32(prefix+k, []int{len(st[k])}, st[k]))
		}
		ts = append(ts, safetensors.I64(prefix+"step", []int{}, []int64{steps}))
	}
	gst, gsteps := m.GOpt.State()
	dst, dsteps := m.DOpt.State()
	addOpt("optimizer_g.", gst, gsteps)
	addOpt("optimizer_d.", dst, dsteps)
	for name, src := range map[string]interface{ MarshalBinary() ([]byte, error) }{
		"rng.noise": m.NoiseSrc, "rng.dropout": m.DropoutSrc, "rng.shuffle": m.ShuffleSrc,
	} {
		b, err := src.MarshalBinary()
		if err != nil {
			return err
		}
		ts = append(ts, u8(name, b))
	}
	ts = append(ts, u8("rng.shuffle_at_epoch", pos.ShuffleAtEpoch))
	sort.Slice(ts, func(i, j int) bool { return ts[i].Name < ts[j].Name })
	pj, _ := json.Marshal(pos)
	meta["position"] = string(pj)
	return safetensors.WriteFile(filepath.Join(cfg.Out, recipe.StateFile), ts, meta)
}

func u8(name string, b []byte) safetensors.Tensor {
	return safetensors.Tensor{Name: name, DType: "U8", Shape: []int{len(b)}, Data: b}
}

// ErrNoCheckpoint is returned when resuming a directory without one.
var ErrNoCheckpoint = errors.New("no checkpoint to resume from")

// loadCheckpoint restores G, D, optimisers and random streams from cfg.Out.
func loadCheckpoint(m *recipe.Models, cfg recipe.Config) (Position, error) {
	var pos Position
	statePath := filepath.Join(cfg.Out, recipe.StateFile)
	if _, err := os.Stat(statePath); errors.Is(err, os.ErrNotExist) {
		return pos, fmt.Errorf("train: %s: %w (%s is missing; start the run afresh instead)", cfg.Out, ErrNoCheckpoint, recipe.StateFile)
	}
	st, err := safetensors.ReadFile(statePath)
	if err != nil {
		return pos, err
	}
	if err := json.Unmarshal([]byte(st.Metadata["position"]), &pos); err != nil {
		return pos, fmt.Errorf("train: %s: bad position metadata: %w", statePath, err)
	}
	files := []string{recipe.GeneratorFile, recipe.DiscriminatorFile}
	nets := []*nn.Sequential{m.G, m.D.Sequential}
	if m.EMA != nil {
		files, nets = append(files, recipe.GeneratorEMAFile), append(nets, m.EMA.Avg)
	}
	for i, f := range files {
		path := filepath.Join(cfg.Out, f)
		net := nets[i]
		meta, err := checkpoint.Load(path, net)
		if err != nil {
			return pos, err
		}
		if meta["batches_done"] != st.Metadata["batches_done"] {
			return pos, fmt.Errorf("train: %s is from batch %s but %s from batch %s: the checkpoint set is torn (interrupted while saving?)", path, meta["batches_done"], statePath, st.Metadata["batches_done"])
		}
	}
	readOpt := func(prefix string, o interface {
		SetState(map[string][]float32, int64) error
	}) error {
		tensors := map[string][]float32{}
		var steps int64
		for _, t := range st.Tensors {
			if len(t.Name) <= len(prefix) || t.Name[:len(prefix)] != prefix {
				continue
			}
			name := t.Name[len(prefix):]
			if name == "step" {
				v, err := t.Int64s()
				if err != nil || len(v) != 1 {
					return fmt.Errorf("%s: bad step tensor", t.Name)
				}
				steps = v[0]
				continue
			}
			v, err := t.Float32s()
			if err != nil {
				return err
			}
			tensors[name] = v
		}
		return o.SetState(tensors, steps)
	}
	if err := readOpt("optimizer_g.", m.GOpt); err != nil {
		return pos, fmt.Errorf("train: %s: %w", statePath, err)
	}
	if err := readOpt("optimizer_d.", m.DOpt); err != nil {
		return pos, fmt.Errorf("train: %s: %w", statePath, err)
	}
	for name, dst := range map[string]interface{ UnmarshalBinary([]byte) error }{
		"rng.noise": m.NoiseSrc, "rng.dropout": m.DropoutSrc, "rng.shuffle": m.ShuffleSrc,
	} {
		t, ok := st.Get(name)
		if !ok {
			return pos, fmt.Errorf("train: %s: missing %s", statePath, name)
		}
		if err := dst.UnmarshalBinary(t.Data); err != nil {
			return pos, fmt.Errorf("train: %s: %s: %w", statePath, name, err)
		}
	}
	t, ok := st.Get("rng.shuffle_at_epoch")
	if !ok {
		return pos, fmt.Errorf("train: %s: missing rng.shuffle_at_epoch", statePath)
	}
	pos.ShuffleAtEpoch = append([]byte(nil), t.Data...)
	return pos, nil
}
