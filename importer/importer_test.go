package importer

import (
	"compress/gzip"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/npy"
	"gogan/format/safetensors"
	"gogan/internal/kat"
	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/sample"
)

// fixture returns the path of a testdata file, gunzipped into dir when it
// ends in .gz.
func fixture(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join("testdata", name)
	if !strings.HasSuffix(name, ".gz") {
		return p
	}
	in, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), strings.TrimSuffix(name, ".gz"))
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

func readNpy(t *testing.T, name string) []float32 {
	t.Helper()
	_, v, err := npy.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func f64(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

// TestImport imports each script's checkpoint and checks G(z), and D(x)
// where the file has a D, against what PyTorch computed from the same file
// (testdata/import_fixtures.py).
func TestImport(t *testing.T) {
	cases := []struct {
		file, prefix string
		kind         recipe.ModelKind
		latent, c, s int
		gWidths      []int
		hasD         bool
		gPath, dPath string
	}{
		{"seed.pth", "seed", recipe.Seed, 6, 1, 6, []int{8, 12, 16}, true, "generator", "discriminator"},
		{"seed_rgb.pth", "seed_rgb", recipe.Seed, 5, 3, 4, []int{8, 12}, false, "", ""},
		{"seed_dp.pth", "seed", recipe.Seed, 6, 1, 6, []int{8, 12, 16}, false, "", ""}, // nn.DataParallel's names
		{"cgan.pth", "cgan", recipe.Cond, 5, 1, 6, []int{8, 12}, true, "G", "D"},
		{"dcgan.pth.gz", "dcgan", recipe.DCGAN, 8, 1, 16, nil, true, "generator", "discriminator"},
		{"dcgan_cond.pth.gz", "dcgan_cond", recipe.DCGAN, 8, 3, 16, nil, true, "generator", "discriminator"}, // dcgan-plus --classes
		{"dcgan_cbn.pth.gz", "dcgan_cbn", recipe.DCGAN, 8, 3, 16, nil, true, "generator", "discriminator"},   // dcgan-plus --classes --class-bn
		{"dcgan_aux.pth.gz", "dcgan_aux", recipe.DCGAN, 8, 3, 16, nil, true, "generator", "discriminator"},   // dcgan-plus's class head
		{"cnn.pth", "cnn", recipe.CNN, 8, 3, 16, []int{16, 8, 4}, true, "generator", "discriminator"},
		{"cnn_cond.pth", "cnn_cond", recipe.CNN, 8, 3, 16, []int{16, 8, 4}, true, "generator", "discriminator"},
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.file, ".pth"), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "run")
			res, err := Run(Options{File: fixture(t, c.file), Out: out})
			if err != nil {
				t.Fatal(err)
			}
			if res.Generator != c.gPath || res.HasD != c.hasD || res.Discriminator != c.dPath {
				t.Errorf("found G at %q, D at %q (%v); want %q, %q", res.Generator, res.Discriminator, res.HasD, c.gPath, c.dPath)
			}
			cfg, err := configfile.Load(out)
			if err != nil {
				t.Fatal(err)
			}
			m := cfg.Model
			eps := 0.8 // the three scripts'
			if c.kind == recipe.CNN {
				eps = 1e-5 // the sngan preset's
			}
			if m.Kind != c.kind || m.LatentDim != c.latent || m.Channels != c.c || m.ImgSize != c.s || !slices.Equal(m.GWidths, c.gWidths) || m.BNEps != eps {
				t.Fatalf("config model %+v", m)
			}
			if c.kind == recipe.CNN && (!slices.Equal(m.DWidths, []int{4, 8, 16}) || !m.SpectralNorm) {
				t.Fatalf("config model: d_widths %v, spectral_norm %v; want [4 8 16], true", m.DWidths, m.SpectralNorm)
			}
			if (c.prefix == "cnn_cond" || c.prefix == "dcgan_cond" || c.prefix == "dcgan_cbn") && (m.Classes != 4 || m.EmbedDim != 6 || !m.Conditional()) {
				t.Fatalf("config model: %d classes embedded in %d; want 4 in 6", m.Classes, m.EmbedDim)
			}
			if m.ClassBN != (c.prefix == "dcgan_cbn") {
				t.Fatalf("config model: class_bn %v", m.ClassBN)
			}
			if c.prefix == "dcgan_aux" && (m.AuxClasses != 4 || m.Conditional()) {
				t.Fatalf("config model: aux_classes %d, conditional %v; want a class head of 4, unconditional", m.AuxClasses, m.Conditional())
			}
			if dw := map[string][]int{"dcgan": {16, 32, 64, 128}, "dcgan_cond": {8, 16, 16, 32}, "dcgan_aux": {8, 16, 16, 32}, "dcgan_cbn": {8, 16, 16, 32}}[c.prefix]; dw != nil && !slices.Equal(m.DWidths, dw) {
				t.Fatalf("config model: d_widths %v, want %v", m.DWidths, dw)
			}
			for _, f := range []string{recipe.GeneratorFile, recipe.DiscriminatorFile} {
				w, err := safetensors.ReadFile(filepath.Join(out, f))
				if f == recipe.DiscriminatorFile && !c.hasD {
					if !errors.Is(err, os.ErrNotExist) {
						t.Errorf("%s without a D in the file: %v", f, err)
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				if w.Metadata[safetensors.ChecksumKey] == "" {
					t.Errorf("%s has no checksum", f)
				}
			}

			g, err := sample.Open(out, nil)
			if err != nil {
				t.Fatal(err)
			}
			s, err := g.NewSampler(3)
			if err != nil {
				t.Fatal(err)
			}
			z := readNpy(t, c.prefix+"_z.npy")
			var x []float32
			var labels []int
			if m.Conditional() {
				for _, l := range readNpy(t, c.prefix+"_labels.npy") {
					labels = append(labels, int(l))
				}
				x, err = s.DrawLabelled(z, labels, sample.Running)
			} else {
				x, err = s.Draw(z, 3, sample.Running)
			}
			if err != nil {
				t.Fatal(err)
			}
			kat.Slice(t, "G(z)", x, f64(readNpy(t, c.prefix+"_g.npy")), 0, 1e-5)

			if !c.hasD {
				return
			}
			be, err := gemm.Default()
			if err != nil {
				t.Fatal(err)
			}
			d := m.NewDiscriminator(nn.Context{BLAS: be, MaxBatch: 3, Rand: rand.New(rand.NewPCG(0, 0))})
			if _, err := checkpoint.Load(filepath.Join(out, recipe.DiscriminatorFile), d.Sequential); err != nil {
				t.Fatal(err)
			}
			in := readNpy(t, c.prefix+"_dx.npy")
			if m.Conditional() { // rows [img..., class]
				dim := m.ImgDim()
				var rows []float32
				for i, l := range labels {
					rows = append(append(rows, in[i*dim:(i+1)*dim]...), float32(l))
				}
				in = rows
			}
			kat.Slice(t, "D(x)", d.Forward(in, 3, false), f64(readNpy(t, c.prefix+"_d.npy")), 0, 1e-5)
		})
	}
}

func TestOptions(t *testing.T) {
	// The shape given where the weights cannot tell: 3x4x4 is also 48x1x1.
	out := filepath.Join(t.TempDir(), "run")
	res, err := Run(Options{File: "testdata/seed_rgb.pth", Out: out, Channels: 3, BNEps: 1e-5, Kind: "seed"})
	if err != nil {
		t.Fatal(err)
	}
	if m := res.Config.Model; m.Channels != 3 || m.ImgSize != 4 || m.BNEps != 1e-5 {
		t.Errorf("model %+v", m)
	}
	// An empty run directory made beforehand is filled.
	empty := filepath.Join(t.TempDir(), "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(Options{File: "testdata/seed_rgb.pth", Out: empty}); err != nil {
		t.Fatal(err)
	}
	if _, err := sample.Open(empty, nil); err != nil {
		t.Fatal(err)
	}
	// The discriminator named by its place.
	res, err = Run(Options{File: "testdata/seed.pth", Out: filepath.Join(t.TempDir(), "run"), Generator: "generator", Discriminator: "discriminator"})
	if err != nil || !res.HasD {
		t.Fatalf("%v, %+v", err, res)
	}
}

func TestErrors(t *testing.T) {
	full := t.TempDir()
	os.WriteFile(filepath.Join(full, "x"), nil, 0o644)
	cases := []struct {
		name  string
		o     Options
		parts []string
	}{
		{"fits no kind", Options{File: "../format/torchfile/testdata/state_dict.pth"},
			[]string{"no state_dict in it is a generator", `(the file's state_dict): fits no kind [0.weight [2 3], 0.bias [2]`}},
		{"no state_dict", Options{File: "../format/torchfile/testdata/reduce.pth"},
			[]string{"torchfile:", `"posix.system"`, "refused"}},
		{"other kind", Options{File: "testdata/seed.pth", Kind: "dcgan"},
			[]string{"no state_dict in it is a generator", `"generator": seed's generator (not --kind dcgan) [model.0.weight [8 6]`}},
		{"bad kind", Options{File: "testdata/seed.pth", Kind: "paper"}, []string{`kind "paper"`}},
		{"the paper conv kind", Options{File: "testdata/seed.pth", Kind: "paper-conv"}, []string{`kind "paper-conv": want seed, cgan, dcgan or cnn`}},
		{"wrong channels", Options{File: "testdata/seed.pth", Channels: 3},
			[]string{"36 values an image", "--channels"}},
		{"wrong latent", Options{File: "testdata/seed.pth", LatentDim: 100},
			[]string{"takes 6 latent values, not the --latent-dim 100"}},
		{"wrong dcgan size", Options{File: "testdata/seed.pth", Generator: "discriminator"},
			[]string{`no generator's state_dict at "discriminator"`}},
		{"not empty", Options{File: "testdata/seed.pth", Out: full}, []string{"is not empty"}},
		{"missing", Options{File: "testdata/nothing.pth"}, []string{"no such file"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.o.Out == "" {
				c.o.Out = filepath.Join(t.TempDir(), "run")
			}
			_, err := Run(c.o)
			if err == nil {
				t.Fatalf("no error; want %q", c.parts)
			}
			if !strings.HasPrefix(err.Error(), "import: ") || strings.Count(err.Error(), c.o.File) != 1 {
				t.Errorf("error %q does not name the file once", err)
			}
			for _, p := range c.parts {
				if !strings.Contains(err.Error(), p) {
					t.Errorf("error %q does not say %q", err, p)
				}
			}
			if c.o.Out != full {
				if _, err := os.Stat(c.o.Out); !os.IsNotExist(err) {
					t.Errorf("a failed import left %s: %v", c.o.Out, err)
				}
			}
		})
	}
}
