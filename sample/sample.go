// Package sample draws images from a trained generator checkpoint.
package sample

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/grid"
	"gogan/format/npy"
	"gogan/train"
)

// Options say what to draw and where.
type Options struct {
	Checkpoint string // a run directory or a generator .safetensors file
	N          int
	Out        string // .png or .npy
	NRow       int
	Seed       uint64
	ZFile      string // optional .npy of latent vectors, float32 (N, latent)
	BN         string // running (eval mode) | batch (gan.py's batch statistics)
}

// Generator is a loaded G with the settings it was trained with.
type Generator struct {
	G      *nn.Sequential
	Config train.Config
	Path   string
}

// Load finds the generator and its config.json. A run directory holds both;
// a bare .safetensors file is taken with the config.json beside it, or the
// seed preset's if there is none.
func Load(path string, be gemm.Backend, maxBatch int) (*Generator, error) {
	file, dir := path, filepath.Dir(path)
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("sample: %w", err)
	} else if st.IsDir() {
		// A run with a weight average samples from it, as its own grids do.
		file, dir = filepath.Join(path, train.GeneratorEMAFile), path
		if _, err := os.Stat(file); err != nil {
			file = filepath.Join(path, train.GeneratorFile)
		}
	}
	cfg, err := train.LoadConfig(dir)
	if errors.Is(err, os.ErrNotExist) {
		cfg, err = train.Preset("seed")
	}
	if err != nil {
		return nil, err
	}
	// The paper's G takes its output bias from the data, but the
	// checkpoint overwrites it, so no data is needed here.
	g := train.BuildGenerator(cfg, be, maxBatch, nil)
	if _, err := checkpoint.Load(file, g); err != nil {
		return nil, err
	}
	return &Generator{G: g, Config: cfg, Path: file}, nil
}

// Draw runs G on z (n×latent); train selects batch statistics.
func (g *Generator) Draw(z []float32, n int, batchStats bool) []float32 {
	return append([]float32(nil), g.G.Forward(z, n, batchStats)...)
}

// Noise draws n latent vectors from the generator's noise distribution.
func (g *Generator) Noise(n int, seed uint64) []float32 {
	z := make([]float32, n*g.Config.LatentDim)
	train.FillNoise(g.Config.Noise, rand.New(rand.NewPCG(seed, 0x5a)), z)
	return z
}

// maxSamples bounds one call's batch, which G processes in one pass.
const maxSamples = 1 << 17

// Run draws the samples and writes them.
func Run(o Options, be gemm.Backend) error {
	if o.N < 1 || o.N > maxSamples {
		return fmt.Errorf("sample: -n %d must be in [1, %d]", o.N, maxSamples)
	}
	if o.BN != "running" && o.BN != "batch" {
		return fmt.Errorf("sample: --bn %q must be running or batch", o.BN)
	}
	ext := strings.ToLower(filepath.Ext(o.Out))
	if ext != ".png" && ext != ".npy" {
		return fmt.Errorf("sample: -o %q must end in .png or .npy", o.Out)
	}
	n := o.N
	var z []float32
	if o.ZFile != "" {
		shape, v, err := npy.ReadFile(o.ZFile)
		if err != nil {
			return err
		}
		if len(shape) != 2 {
			return fmt.Errorf("sample: %s: latent vectors must be a 2-d array (N, latent), got shape %v", o.ZFile, shape)
		}
		n, z = shape[0], v
		if n < 1 || n > maxSamples {
			return fmt.Errorf("sample: %s holds %d latent vectors; want 1 to %d", o.ZFile, n, maxSamples)
		}
	}
	if o.BN == "batch" && n < 2 {
		return fmt.Errorf("sample: --bn batch needs at least 2 samples")
	}
	g, err := Load(o.Checkpoint, be, n)
	if err != nil {
		return err
	}
	if z == nil {
		z = g.Noise(n, o.Seed)
	} else if len(z) != n*g.Config.LatentDim {
		return fmt.Errorf("sample: %s: latent vectors have %d dimensions but the generator takes %d", o.ZFile, len(z)/n, g.Config.LatentDim)
	}
	imgs := g.Draw(z, n, o.BN == "batch")
	c := g.Config
	if ext == ".npy" {
		return npy.WriteFile(o.Out, []int{n, c.Channels, c.ImgSize, c.ImgSize}, imgs)
	}
	opt := grid.DefaultOptions()
	if o.NRow > 0 {
		opt.NRow = o.NRow
	}
	opt.Normalize = true
	opt.Range = &[2]float32{c.Lo(), c.Hi()}
	return grid.WritePNG(o.Out, imgs, n, c.Channels, c.ImgSize, c.ImgSize, opt)
}
