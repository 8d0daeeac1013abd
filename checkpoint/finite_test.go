package checkpoint

import (
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/safetensors"
	"gogan/gan"
)

func TestLoadFiniteRefusesNaNAndInf(t *testing.T) {
	a := gan.SeedArch()
	dir := t.TempDir()
	for _, bad := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))} {
		g := seedG(1, a)
		g.Params()[4].W[17] = bad // model.3.weight, a BatchNorm scale
		path := filepath.Join(dir, "g.safetensors")
		if err := Save(path, g, nil); err != nil {
			t.Fatal(err)
		}
		dst := seedG(2, a)
		before := slices.Clone(dst.Params()[0].W)
		_, err := LoadFinite(path, dst)
		if !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), `"model.3.weight" at element 17`) {
			t.Errorf("LoadFinite with %v: %v", bad, err)
		}
		if !slices.Equal(before, dst.Params()[0].W) {
			t.Error("a refused load changed the model")
		}
		// Resuming keeps the plain Load, which takes the file as it is.
		if _, err := Load(path, seedG(2, a)); err != nil {
			t.Errorf("Load: %v", err)
		}
	}
	g := seedG(1, a)
	path := filepath.Join(dir, "ok.safetensors")
	if err := Save(path, g, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFinite(path, seedG(2, a)); err != nil {
		t.Errorf("LoadFinite of finite weights: %v", err)
	}
}

func TestCheckFiniteF64(t *testing.T) {
	f := &safetensors.File{Tensors: []safetensors.Tensor{{Name: "x", DType: "F64", Shape: []int{2}, Data: make([]byte, 16)}}}
	if err := CheckFinite(f); err != nil {
		t.Fatal(err)
	}
	f.Tensors[0].Data[15] = 0x7f
	f.Tensors[0].Data[14] = 0xf8 // exponent all ones, mantissa non-zero: NaN
	if err := CheckFinite(f); !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), "element 1") {
		t.Errorf("CheckFinite: %v", err)
	}
}

// tinyArch keeps the fuzz target's model small so each input runs fast.
func tinyArch() gan.Arch {
	return gan.Arch{LatentDim: 2, Channels: 1, ImgSize: 2, GWidths: []int{3, 4}, DWidths: []int{3}, BNEps: 0.8, BNMomentum: 0.1, Slope: 0.2}
}

func tinyG(seed uint64) *nn.Sequential {
	return gan.NewSeedGenerator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 2, Rand: rand.New(rand.NewPCG(seed, 0))}, tinyArch())
}

// FuzzLoad feeds arbitrary bytes to the checkpoint loader: it must return an
// error or load exactly the file's tensors, never panic, and never change the
// model when it fails.
func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	safetensors.WriteChecked(&buf, StateDict(tinyG(1)), map[string]string{"format": "pt"})
	f.Add(buf.Bytes())
	buf.Reset()
	safetensors.Write(&buf, StateDict(tinyG(2)), nil)
	f.Add(buf.Bytes())
	g := tinyG(3)
	g.Params()[0].W[0] = float32(math.NaN())
	buf.Reset()
	safetensors.Write(&buf, StateDict(g), nil)
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := safetensors.Read(bytes.NewReader(b), "fuzz")
		if err != nil {
			return
		}
		g := tinyG(4)
		before := StateDict(g)
		finiteErr := CheckFinite(file)
		if err := Apply(file, g); err != nil {
			after := StateDict(g)
			for i := range before {
				if !bytes.Equal(before[i].Data, after[i].Data) {
					t.Fatalf("a failed Apply changed %s", before[i].Name)
				}
			}
			return
		}
		for _, w := range StateDict(g) {
			got, _ := file.Get(w.Name)
			if !bytes.Equal(got.Data, w.Data) {
				// NaN payloads survive a float32 round trip on amd64, so
				// the bytes must be identical.
				t.Fatalf("%s loaded as %x, file has %x", w.Name, w.Data, got.Data)
			}
		}
		if finiteErr != nil && !errors.Is(finiteErr, ErrNonFinite) {
			t.Fatalf("CheckFinite: %v", finiteErr)
		}
	})
}

func TestWriteIsCheckedAndLoads(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, tinyG(1), map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	f, err := safetensors.Read(bytes.NewReader(buf.Bytes()), "g")
	if err != nil {
		t.Fatal(err)
	}
	if f.Metadata[safetensors.ChecksumKey] == "" || f.Metadata["format"] != "pt" {
		t.Errorf("metadata %v", f.Metadata)
	}
	g := tinyG(2)
	if err := Apply(f, g); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(g.Params()[0].W, tinyG(1).Params()[0].W) {
		t.Error("weights differ after Write and Apply")
	}
}
