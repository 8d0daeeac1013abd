// Package checkpoint saves and loads models as safetensors files whose tensor
// names, shapes and dtypes are exactly PyTorch's state_dict of the same
// nn.Sequential, so `model.load_state_dict(safetensors.torch.load_file(p))`
// works unchanged on gan.py's classes.
package checkpoint

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"gogan/engine/nn"
	"gogan/format/safetensors"
)

// StateDict returns the model's tensors in PyTorch's state_dict order: for
// each layer its parameters, then its buffers. The tensors share nothing
// with the model (they are encoded copies).
func StateDict(s *nn.Sequential) []safetensors.Tensor {
	var ts []safetensors.Tensor
	for _, l := range s.Layers {
		for _, p := range l.Params() {
			ts = append(ts, safetensors.F32(p.Name, p.Shape, p.W))
		}
		for _, b := range l.Buffers() {
			if b.Int != nil {
				ts = append(ts, safetensors.I64(b.Name, b.Shape, []int64{*b.Int}))
			} else {
				ts = append(ts, safetensors.F32(b.Name, b.Shape, b.F))
			}
		}
	}
	return ts
}

// Write writes the model to w in safetensors format with a checksum, for
// files that are part of a checkpoint set (see rundir.Publish).
func Write(w io.Writer, s *nn.Sequential, metadata map[string]string) error {
	return safetensors.WriteChecked(w, StateDict(s), metadata)
}

// Save writes the model to path atomically.
func Save(path string, s *nn.Sequential, metadata map[string]string) error {
	return safetensors.WriteFile(path, StateDict(s), metadata)
}

// Load reads path into the model. Every tensor of the model must be present
// with the same shape and dtype; extra tensors are an error too, as with
// PyTorch's strict load_state_dict. Nothing is changed on error.
func Load(path string, s *nn.Sequential) (map[string]string, error) {
	f, err := safetensors.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := Apply(f, s); err != nil {
		return nil, fmt.Errorf("checkpoint: %s: %w", path, err)
	}
	return f.Metadata, nil
}

// LoadFinite is Load that also refuses a file holding a NaN or infinite
// value in any float tensor, naming the file and the tensor, and leaves the
// model unchanged then. Sampling and evaluation use it: a generator whose
// weights diverged would otherwise draw blank or garbage images without a
// word.
func LoadFinite(path string, s *nn.Sequential) (map[string]string, error) {
	f, err := safetensors.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := CheckFinite(f); err != nil {
		return nil, fmt.Errorf("checkpoint: %s: %w", path, err)
	}
	if err := Apply(f, s); err != nil {
		return nil, fmt.Errorf("checkpoint: %s: %w", path, err)
	}
	return f.Metadata, nil
}

// ErrNonFinite reports a NaN or infinite weight.
var ErrNonFinite = errors.New("non-finite value")

// CheckFinite returns an error wrapping ErrNonFinite naming the first F32 or
// F64 tensor of f that holds a NaN or an infinity, and where.
func CheckFinite(f *safetensors.File) error {
	for _, t := range f.Tensors {
		size := map[string]int{"F32": 4, "F64": 8}[t.DType]
		if size == 0 {
			continue
		}
		for i := 0; i+size <= len(t.Data); i += size {
			var v float64
			if size == 4 {
				v = float64(math.Float32frombits(binary.LittleEndian.Uint32(t.Data[i:])))
			} else {
				v = math.Float64frombits(binary.LittleEndian.Uint64(t.Data[i:]))
			}
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("%w %v in tensor %q at element %d (the weights diverged)", ErrNonFinite, v, t.Name, i/size)
			}
		}
	}
	return nil
}

// ErrMismatch reports weights whose names or shapes are not the model's:
// another architecture, or a config.json that does not describe them.
var ErrMismatch = errors.New("the tensors do not match the model")

// Apply copies the tensors of f into the model after checking them all.
func Apply(f *safetensors.File, s *nn.Sequential) error {
	want := StateDict(s)
	seen := map[string]bool{}
	var errs []error
	for _, w := range want {
		seen[w.Name] = true
		got, ok := f.Get(w.Name)
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("missing tensor %q", w.Name))
		case got.DType != w.DType:
			errs = append(errs, fmt.Errorf("tensor %q is %s, want %s", w.Name, got.DType, w.DType))
		case !slices.Equal(got.Shape, w.Shape):
			errs = append(errs, fmt.Errorf("tensor %q has shape %v, want %v (a checkpoint of another architecture?)", w.Name, got.Shape, w.Shape))
		}
	}
	for _, t := range f.Tensors {
		if !seen[t.Name] {
			errs = append(errs, fmt.Errorf("unexpected tensor %q", t.Name))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrMismatch, errors.Join(errs...))
	}
	for _, l := range s.Layers {
		for _, p := range l.Params() {
			t, _ := f.Get(p.Name)
			v, err := t.Float32s()
			if err != nil {
				return err
			}
			copy(p.W, v)
		}
		for _, b := range l.Buffers() {
			t, _ := f.Get(b.Name)
			if b.Int != nil {
				v, err := t.Int64s()
				if err != nil {
					return err
				}
				*b.Int = v[0]
				continue
			}
			v, err := t.Float32s()
			if err != nil {
				return err
			}
			copy(b.F, v)
		}
	}
	return nil
}
