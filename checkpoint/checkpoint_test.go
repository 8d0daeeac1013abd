package checkpoint

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/gan"
)

func seedG(seed uint64, a gan.Arch) *nn.Sequential {
	return gan.NewSeedGenerator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 4, Rand: rand.New(rand.NewPCG(seed, 0))}, a)
}

// TestStateDictMatchesPyTorch checks the names, shapes and dtypes of gan.py's
// Generator().state_dict() and Discriminator().state_dict() as PyTorch 1.13.1
// prints them, from testdata/state_dict.py:
//
//	/usr/bin/python3 testdata/state_dict.py
func TestStateDictMatchesPyTorch(t *testing.T) {
	wantG := []string{
		"model.0.weight [128 100] F32", "model.0.bias [128] F32",
		"model.2.weight [256 128] F32", "model.2.bias [256] F32",
		"model.3.weight [256] F32", "model.3.bias [256] F32", "model.3.running_mean [256] F32", "model.3.running_var [256] F32", "model.3.num_batches_tracked [] I64",
		"model.5.weight [512 256] F32", "model.5.bias [512] F32",
		"model.6.weight [512] F32", "model.6.bias [512] F32", "model.6.running_mean [512] F32", "model.6.running_var [512] F32", "model.6.num_batches_tracked [] I64",
		"model.8.weight [1024 512] F32", "model.8.bias [1024] F32",
		"model.9.weight [1024] F32", "model.9.bias [1024] F32", "model.9.running_mean [1024] F32", "model.9.running_var [1024] F32", "model.9.num_batches_tracked [] I64",
		"model.11.weight [784 1024] F32", "model.11.bias [784] F32",
	}
	wantD := []string{
		"model.0.weight [512 784] F32", "model.0.bias [512] F32",
		"model.2.weight [256 512] F32", "model.2.bias [256] F32",
		"model.4.weight [1 256] F32", "model.4.bias [1] F32",
	}
	d := gan.NewSeedDiscriminator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 4, Rand: rand.New(rand.NewPCG(1, 0))}, gan.SeedArch())
	for _, c := range []struct {
		name string
		m    *nn.Sequential
		want []string
	}{{"Generator", seedG(1, gan.SeedArch()), wantG}, {"Discriminator", d.Sequential, wantD}} {
		var got []string
		for _, ts := range StateDict(c.m) {
			got = append(got, fmt.Sprint(ts.Name, " ", ts.Shape, " ", ts.DType))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s state dict:\n%s\nwant:\n%s", c.name, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

func TestRoundTrip(t *testing.T) {
	a := gan.SeedArch()
	src, dst := seedG(1, a), seedG(2, a)
	bn := src.Layers[3].(*nn.BatchNorm1d)
	bn.RunVar[7], bn.NumBatches = 3.5, 42
	path := filepath.Join(t.TempDir(), "g.safetensors")
	if err := Save(path, src, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	meta, err := Load(path, dst)
	if err != nil {
		t.Fatal(err)
	}
	if meta["format"] != "pt" {
		t.Errorf("metadata %v", meta)
	}
	for i, p := range src.Params() {
		q := dst.Params()[i]
		for j := range p.W {
			if p.W[j] != q.W[j] {
				t.Fatalf("%s[%d] = %v after load, want %v", p.Name, j, q.W[j], p.W[j])
			}
		}
	}
	if got := dst.Layers[3].(*nn.BatchNorm1d); got.RunVar[7] != 3.5 || got.NumBatches != 42 {
		t.Fatalf("buffers not restored: %v %v", got.RunVar[7], got.NumBatches)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	a := gan.SeedArch()
	good := filepath.Join(dir, "g.safetensors")
	if err := Save(good, seedG(1, a), nil); err != nil {
		t.Fatal(err)
	}
	wide := a
	wide.GWidths = []int{128, 256, 512, 2048}
	widePath := filepath.Join(dir, "wide.safetensors")
	if err := Save(widePath, seedG(1, wide), nil); err != nil {
		t.Fatal(err)
	}
	d := gan.NewSeedDiscriminator(nn.Context{BLAS: gemm.Go{}, MaxBatch: 4, Rand: rand.New(rand.NewPCG(1, 0))}, a)
	dPath := filepath.Join(dir, "d.safetensors")
	if err := Save(dPath, d.Sequential, nil); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(good)
	corrupt := filepath.Join(dir, "corrupt.safetensors")
	os.WriteFile(corrupt, append([]byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}, raw[8:]...), 0o644)
	truncated := filepath.Join(dir, "truncated.safetensors")
	os.WriteFile(truncated, raw[:len(raw)/2], 0o644)
	for _, c := range []struct{ name, path, want string }{
		{"missing", filepath.Join(dir, "nope.safetensors"), "nope.safetensors"},
		{"wrong shapes", widePath, `tensor "model.8.weight" has shape [2048 512], want [1024 512]`},
		{"discriminator as generator", dPath, `missing tensor "model.11.weight"`},
		{"corrupt header", corrupt, "corrupt.safetensors"},
		{"truncated", truncated, "truncated.safetensors"},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := seedG(3, a)
			before := append([]float32(nil), g.Params()[0].W...)
			_, err := Load(c.path, g)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want it to mention %q", err, c.want)
			}
			for i, v := range g.Params()[0].W {
				if v != before[i] {
					t.Fatal("a failed load changed the model")
				}
			}
		})
	}
}
