package sample

import (
	"fmt"
	"path/filepath"
	"strings"

	"gogan/engine/gemm"
)

// The paper's Figure 3: DefaultRows rows of DefaultSteps images.
const (
	DefaultRows  = 8
	DefaultSteps = 10
)

// InterpOptions describe the paper's Figure 3: rows of digits from linear
// interpolation between two random points in z space.
type InterpOptions struct {
	Checkpoint string
	Rows       int // pairs of end points
	Steps      int // images per row, end points included
	Seed       uint64
	Out        string       // .png
	Backend    gemm.Backend // nil: gemm.Default()
}

// Interpolation returns rows×steps latent vectors: row r goes linearly from
// its first random end point to its second.
func (g *Generator) Interpolation(rows, steps int, seed uint64) []float32 {
	l := g.Model.LatentDim
	ends := g.Latents(2*rows, seed)
	z := make([]float32, rows*steps*l)
	for r := 0; r < rows; r++ {
		a, b := ends[2*r*l:(2*r+1)*l], ends[(2*r+1)*l:(2*r+2)*l]
		for s := 0; s < steps; s++ {
			t := float32(s) / float32(steps-1)
			dst := z[(r*steps+s)*l : (r*steps+s+1)*l]
			for i := range dst {
				dst[i] = (1-t)*a[i] + t*b[i]
			}
		}
	}
	return z
}

// Interpolate draws the interpolation grid with BatchNorm's running
// statistics, so each image depends only on its own z.
func Interpolate(o InterpOptions) error {
	g, err := Open(o.Checkpoint, o.Backend)
	if err != nil {
		return err
	}
	return g.WriteInterpolation(o.Out, o.Rows, o.Steps, o.Seed)
}

// WriteInterpolation writes the interpolation grid of rows×steps images to
// a PNG.
func (g *Generator) WriteInterpolation(path string, rows, steps int, seed uint64) error {
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".png" {
		return fmt.Errorf("interpolate: output %q must end in .png (the interpolation is a picture; gogan sample writes .npy)", path)
	}
	// Each factor is bounded first, so the product cannot overflow.
	if rows < 1 || steps < 2 || rows > MaxSamples || steps > MaxSamples || rows*steps > MaxSamples {
		return fmt.Errorf("interpolate: need 1 or more rows and 2 or more steps, at most %d images (got %d and %d)", MaxSamples, rows, steps)
	}
	n := rows * steps
	s, err := g.NewSampler(n)
	if err != nil {
		return err
	}
	var imgs []float32
	if g.Model.Conditional() {
		// Hold the class, walk z: row r is class r mod classes, so style
		// varies along a row and class down the rows.
		labels := make([]int, n)
		for i := range labels {
			labels[i] = (i / steps) % g.Model.Classes
		}
		imgs, err = s.DrawLabelled(g.Interpolation(rows, steps, seed), labels, Running)
	} else {
		imgs, err = s.Draw(g.Interpolation(rows, steps, seed), n, Running)
	}
	if err != nil {
		return err
	}
	return g.WriteGrid(path, imgs, n, steps)
}
