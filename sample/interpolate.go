package sample

import (
	"fmt"

	"gogan/engine/gemm"
	"gogan/format/grid"
)

// InterpOptions describe the paper's Figure 3: rows of digits from linear
// interpolation between two random points in z space.
type InterpOptions struct {
	Checkpoint string
	Rows       int // pairs of end points
	Steps      int // images per row, end points included
	Seed       uint64
	Out        string // .png
}

// Latents returns rows×steps latent vectors: row r goes linearly from its
// first random end point to its second.
func (g *Generator) Latents(rows, steps int, seed uint64) []float32 {
	l := g.Config.LatentDim
	ends := g.Noise(2*rows, seed)
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
func Interpolate(o InterpOptions, be gemm.Backend) error {
	if o.Rows < 1 || o.Steps < 2 || o.Rows*o.Steps > maxSamples {
		return fmt.Errorf("interpolate: need 1 or more rows and 2 or more steps, at most %d images (got %d and %d)", maxSamples, o.Rows, o.Steps)
	}
	n := o.Rows * o.Steps
	g, err := Load(o.Checkpoint, be, n)
	if err != nil {
		return err
	}
	imgs := g.Draw(g.Latents(o.Rows, o.Steps, o.Seed), n, false)
	c := g.Config
	opt := grid.DefaultOptions()
	opt.NRow = o.Steps
	opt.Normalize = true
	opt.Range = &[2]float32{c.Lo(), c.Hi()}
	return grid.WritePNG(o.Out, imgs, n, c.Channels, c.ImgSize, c.ImgSize, opt)
}
