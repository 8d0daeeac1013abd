package sample

import (
	"fmt"
	"path/filepath"
	"strings"

	"gogan/engine/gemm"
	"gogan/engine/nn"
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
	// Classes, for a conditional generator, are the classes to draw, in
	// turn (nil: every class in turn, one per column).
	Classes []int
	// LabelsFile, with ZFile, gives each latent vector's class (.npy,
	// float32, (N,)); the rows then form one batch as given, as
	// G(z, labels) in PyTorch.
	LabelsFile string
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
	if g.Model.Conditional() {
		imgs, nrow, err := drawConditional(g, o, n, z)
		if err != nil {
			return err
		}
		return write(g, o, imgs, n, nrow, ext)
	}
	if len(o.Classes) > 0 || o.LabelsFile != "" {
		return fmt.Errorf("sample: %s is not a conditional generator: it takes no class", g.Path)
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
	return write(g, o, imgs, n, o.NRow, ext)
}

func write(g *Generator, o Options, imgs []float32, n, nrow int, ext string) error {
	if ext == ".npy" {
		c, h, w := g.Model.Shape()
		return npy.WriteFile(o.Out, []int{n, c, h, w}, imgs)
	}
	return g.WriteGrid(o.Out, imgs, n, nrow)
}

// drawConditional draws n images of the classes o asks for and returns them
// with the grid's row length: one class per column when several classes
// take turns.
func drawConditional(g *Generator, o Options, n int, z []float32) ([]float32, int, error) {
	if o.LabelsFile != "" {
		if z == nil {
			return nil, 0, fmt.Errorf("sample: --labels goes with --z (the rows of one batch)")
		}
		shape, v, err := npy.ReadFile(o.LabelsFile)
		if err != nil {
			return nil, 0, err
		}
		if len(shape) != 1 || shape[0] != n {
			return nil, 0, fmt.Errorf("sample: %s: labels must be a 1-d array of the %d classes of the latent vectors, got shape %v", o.LabelsFile, n, shape)
		}
		labels := make([]int, n)
		for i, c := range v {
			if labels[i] = nn.Label(c, g.Model.Classes); labels[i] < 0 {
				return nil, 0, fmt.Errorf("sample: %s: label %g of row %d is not a class 0..%d", o.LabelsFile, c, i, g.Model.Classes-1)
			}
		}
		s, err := g.NewSampler(n)
		if err != nil {
			return nil, 0, err
		}
		x, err := s.DrawLabelled(z, labels, o.BN)
		return x, o.NRow, err
	}
	if z != nil {
		return nil, 0, fmt.Errorf("sample: %s: a conditional generator needs --labels beside --z", o.ZFile)
	}
	classes := o.Classes
	nrow := o.NRow
	if len(classes) == 0 {
		classes = make([]int, g.Model.Classes)
		for i := range classes {
			classes[i] = i
		}
	}
	if len(classes) > 1 {
		nrow = len(classes)
	}
	labels := make([]int, n)
	for i := range labels {
		labels[i] = classes[i%len(classes)]
	}
	x, err := g.SampleClasses(labels, o.Seed, o.BN)
	return x, nrow, err
}
