package sample

import (
	"fmt"
	"path/filepath"
	"strings"

	"gogan/engine/gemm"
	"gogan/format/npy"
)

// Defaults of gogan sample.
const (
	DefaultN    = 64
	DefaultNRow = 8
	DefaultSeed = 1
)

// Options say what gogan sample draws and where.
type Options struct {
	Checkpoint string // a run directory or a generator .safetensors file
	N          int
	Out        string // .png or .npy
	NRow       int
	Seed       uint64
	ZFile      string // optional .npy of latent vectors, float32 (N, latent)
	BN         BN
	Backend    gemm.Backend // nil: gemm.Default()
}

// Run draws the samples and writes them: a PNG grid, or a .npy of
// (N, C, H, W) float32 in G's pixel range.
func Run(o Options) error {
	if o.N < 1 || o.N > MaxSamples {
		return fmt.Errorf("sample: n %d must be in [1, %d]", o.N, MaxSamples)
	}
	ext := strings.ToLower(filepath.Ext(o.Out))
	if ext != ".png" && ext != ".npy" {
		return fmt.Errorf("sample: output %q must end in .png or .npy", o.Out)
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
		if n < 1 || n > MaxSamples {
			return fmt.Errorf("sample: %s holds %d latent vectors; want 1 to %d", o.ZFile, n, MaxSamples)
		}
	}
	g, err := Open(o.Checkpoint, o.Backend)
	if err != nil {
		return err
	}
	if z == nil {
		z = g.Latents(n, o.Seed)
	}
	s, err := g.NewSampler(n)
	if err != nil {
		return err
	}
	imgs, err := s.Draw(z, n, o.BN)
	if err != nil {
		if o.ZFile != "" {
			return fmt.Errorf("%s: %w", o.ZFile, err)
		}
		return err
	}
	if ext == ".npy" {
		c, h, w := g.Model.Shape()
		return npy.WriteFile(o.Out, []int{n, c, h, w}, imgs)
	}
	return g.WriteGrid(o.Out, imgs, n, o.NRow)
}
