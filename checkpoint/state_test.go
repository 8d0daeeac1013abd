package checkpoint

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"gogan/engine/nn"
	"gogan/engine/optim"
	"gogan/format/safetensors"
)

// params returns two parameters with the given weights' seed, named as
// gan.py's first Linear's.
func params(seed uint64) []*nn.Param {
	r := rand.New(rand.NewPCG(seed, 7))
	mk := func(name string, shape ...int) *nn.Param {
		n := 1
		for _, d := range shape {
			n *= d
		}
		p := &nn.Param{Name: name, Shape: shape, W: make([]float32, n), G: make([]float32, n)}
		for i := range p.W {
			p.W[i] = float32(r.NormFloat64())
		}
		return p
	}
	return []*nn.Param{mk("model.0.weight", 3, 4), mk("model.0.bias", 3)}
}

// steps runs n optimiser steps on gradients drawn from r.
func steps(o optim.Optimizer, ps []*nn.Param, r *rand.Rand, n int) {
	for range n {
		for _, p := range ps {
			for i := range p.G {
				p.G[i] = float32(r.NormFloat64())
			}
		}
		o.Step()
	}
}

// TestStateRoundTrip: Adam's step count and both moments and SGD's
// momentum buffer and step count (its first step differs from the others)
// survive SaveState and LoadState, as do the streams, under PyTorch's names;
// optimisers restored so take the same next step as the originals. The
// same through WriteState, the checkpoint set's writer.
func TestStateRoundTrip(t *testing.T) {
	gp, dp := params(1), params(2)
	adam, sgd := optim.NewAdam(gp, 0.0002, 0.5, 0.999), optim.NewSGD(dp, 0.1, 0.5)
	r := rand.New(rand.NewPCG(3, 3))
	steps(adam, gp, r, 3)
	steps(sgd, dp, r, 5)
	pcg := rand.NewPCG(9, 10)
	pcg.Uint64()
	stream := &Bytes{B: []byte("a saved stream")}
	src := TrainingState{Optimizers: map[string]optim.Optimizer{"G": adam, "D": sgd}, Streams: map[string]Stream{"noise": pcg, "extra": stream}}

	dir := t.TempDir()
	saved := filepath.Join(dir, "state.safetensors")
	if err := SaveState(saved, src, map[string]string{"position": "p"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteState(&buf, src, map[string]string{"position": "p"}); err != nil {
		t.Fatal(err)
	}
	written := filepath.Join(dir, "written.safetensors")
	if err := os.WriteFile(written, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	f, err := safetensors.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, ts := range f.Tensors {
		names = append(names, ts.Name+" "+ts.DType)
	}
	want := []string{
		"optimizer_D.model.0.bias.momentum_buffer F32", "optimizer_D.model.0.weight.momentum_buffer F32", "optimizer_D.step I64",
		"optimizer_G.model.0.bias.exp_avg F32", "optimizer_G.model.0.bias.exp_avg_sq F32",
		"optimizer_G.model.0.weight.exp_avg F32", "optimizer_G.model.0.weight.exp_avg_sq F32", "optimizer_G.step I64",
		"rng.extra U8", "rng.noise U8",
	}
	if !slices.Equal(names, want) {
		t.Errorf("tensors:\n%s\nwant\n%s", strings.Join(names, "\n"), strings.Join(want, "\n"))
	}

	for _, path := range []string{saved, written} {
		gq, dq := params(1), params(2) // the same weights, fresh optimisers
		adam2, sgd2 := optim.NewAdam(gq, 0.0002, 0.5, 0.999), optim.NewSGD(dq, 0.1, 0.5)
		pcg2, stream2 := rand.NewPCG(0, 0), &Bytes{}
		meta, err := LoadState(path, TrainingState{Optimizers: map[string]optim.Optimizer{"G": adam2, "D": sgd2}, Streams: map[string]Stream{"noise": pcg2, "extra": stream2}})
		if err != nil {
			t.Fatal(err)
		}
		if meta["position"] != "p" {
			t.Errorf("%s: metadata %v", path, meta)
		}
		for name, pair := range map[string][2]optim.Optimizer{"Adam": {adam, adam2}, "SGD": {sgd, sgd2}} {
			a, an := pair[0].State()
			b, bn := pair[1].State()
			if an != bn {
				t.Errorf("%s: %s's step count %d, want %d", path, name, bn, an)
			}
			keys := make([]string, 0, len(a))
			for k := range a {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if !slices.Equal(a[k], b[k]) {
					t.Errorf("%s: %s's %s = %v, want %v", path, name, k, b[k], a[k])
				}
				if len(a[k]) > 0 && &a[k][0] == &b[k][0] {
					t.Errorf("%s: %s's %s shares memory with the original", path, name, k)
				}
			}
		}
		ref := *pcg
		if got, wantV := pcg2.Uint64(), ref.Uint64(); got != wantV {
			t.Errorf("%s: the restored stream draws %d, want %d", path, got, wantV)
		}
		if string(stream2.B) != "a saved stream" {
			t.Errorf("%s: rng.extra = %q", path, stream2.B)
		}
		// One more step of each, on the same gradients: the same weights.
		for _, c := range []struct {
			o, o2   optim.Optimizer
			ps, ps2 []*nn.Param
		}{{adam, adam2, gp, gq}, {sgd, sgd2, dp, dq}} {
			ws := make([][]float32, len(c.ps))
			for i, p := range c.ps {
				ws[i] = slices.Clone(p.W)
				copy(c.ps2[i].W, p.W)
			}
			r1, r2 := rand.New(rand.NewPCG(5, 5)), rand.New(rand.NewPCG(5, 5))
			steps(c.o, c.ps, r1, 1)
			steps(c.o2, c.ps2, r2, 1)
			for i := range c.ps {
				if !slices.Equal(c.ps[i].W, c.ps2[i].W) {
					t.Errorf("%s: after one more step %s differs from the original's", path, c.ps[i].Name)
				}
				copy(c.ps[i].W, ws[i]) // undo, for the next file
			}
		}
		// Undo the extra step of the originals' state: reload it.
		if _, err := LoadState(saved, src); err != nil {
			t.Fatal(err)
		}
	}

	// A state without one optimiser's tensors is refused, naming the file.
	other := filepath.Join(dir, "other.safetensors")
	if err := SaveState(other, TrainingState{Optimizers: map[string]optim.Optimizer{"G": adam}}, nil); err != nil {
		t.Fatal(err)
	}
	_, err = LoadState(other, TrainingState{Optimizers: map[string]optim.Optimizer{"D": optim.NewSGD(params(2), 0.1, 0.5)}})
	if err == nil || !strings.Contains(err.Error(), other) || !strings.Contains(err.Error(), "momentum_buffer") {
		t.Errorf("a state without D's tensors: %v", err)
	}
}
