package checkpoint

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"gogan/engine/optim"
	"gogan/format/safetensors"
)

// Stream is state a training checkpoint keeps as bytes: a random stream
// (*rand.PCG) or a saved copy of one (Bytes).
type Stream interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

// Bytes is a byte string kept as a Stream.
type Bytes struct{ B []byte }

func (b *Bytes) MarshalBinary() ([]byte, error) { return b.B, nil }

func (b *Bytes) UnmarshalBinary(d []byte) error {
	b.B = append([]byte(nil), d...)
	return nil
}

// TrainingState is what a training checkpoint keeps beside the weights to
// continue bit for bit: each optimiser's moments and step count, saved as
// optimizer_<name>.<parameter>.<moment> (PyTorch's names) and
// optimizer_<name>.step, and each stream as rng.<name> (U8).
type TrainingState struct {
	Optimizers map[string]optim.Optimizer
	Streams    map[string]Stream
}

// ErrNoState is returned by LoadState for a missing file.
var ErrNoState = errors.New("no training state")

// SaveState writes the state atomically, tensors sorted by name.
func SaveState(path string, s TrainingState, meta map[string]string) error {
	var ts []safetensors.Tensor
	for name, o := range s.Optimizers {
		st, steps := o.State()
		prefix := "optimizer_" + name + "."
		for k, v := range st {
			ts = append(ts, safetensors.F32(prefix+k, []int{len(v)}, v))
		}
		ts = append(ts, safetensors.I64(prefix+"step", []int{}, []int64{steps}))
	}
	for name, src := range s.Streams {
		b, err := src.MarshalBinary()
		if err != nil {
			return err
		}
		ts = append(ts, safetensors.Tensor{Name: "rng." + name, DType: "U8", Shape: []int{len(b)}, Data: b})
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Name < ts[j].Name })
	return safetensors.WriteFile(path, ts, meta)
}

// LoadState restores the optimisers and streams of s from path and returns
// the file's metadata.
func LoadState(path string, s TrainingState) (map[string]string, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("checkpoint: %s: %w", path, ErrNoState)
	}
	f, err := safetensors.ReadFile(path)
	if err != nil {
		return nil, err
	}
	for name, o := range s.Optimizers {
		if err := restoreOptimizer(f, "optimizer_"+name+".", o); err != nil {
			return nil, fmt.Errorf("checkpoint: %s: %w", path, err)
		}
	}
	for name, dst := range s.Streams {
		t, ok := f.Get("rng." + name)
		if !ok {
			return nil, fmt.Errorf("checkpoint: %s: missing rng.%s", path, name)
		}
		if err := dst.UnmarshalBinary(t.Data); err != nil {
			return nil, fmt.Errorf("checkpoint: %s: rng.%s: %w", path, name, err)
		}
	}
	return f.Metadata, nil
}

func restoreOptimizer(f *safetensors.File, prefix string, o optim.Optimizer) error {
	tensors := map[string][]float32{}
	var steps int64
	for _, t := range f.Tensors {
		name, ok := strings.CutPrefix(t.Name, prefix)
		if !ok || name == "" {
			continue
		}
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
