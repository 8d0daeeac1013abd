// Package sample draws images from a trained generator: the API Go programs
// use (Open, then Sample or a Sampler of their own) and the gogan sample and
// interpolate commands built on it.
package sample

import (
	"errors"
	"fmt"
	"image"
	"math/rand/v2"
	"os"
	"path/filepath"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/grid"
	"gogan/format/safetensors"
	"gogan/gan"
	"gogan/internal/enum"
	"gogan/recipe"
	"gogan/recipe/configfile"
)

// BN selects the BatchNorm statistics G samples with.
type BN int

const (
	// Running uses the running statistics (eval mode): a sample depends only
	// on its own latent vector. The default.
	Running BN = iota
	// Batch normalises with the batch's own statistics, as gan.py does when
	// it saves images (it never calls eval()); needs at least 2 samples.
	Batch
)

var bnNames = []string{Running: "running", Batch: "batch"}

func (b BN) String() string               { return enum.Name(bnNames, int(b)) }
func (b BN) MarshalText() ([]byte, error) { return enum.Text(bnNames, int(b)) }
func (b *BN) UnmarshalText(t []byte) error {
	return enum.Parse(bnNames, (*int)(b), t)
}

// MaxSamples bounds one draw, which G computes in one pass.
const MaxSamples = 1 << 17

// Generator is a trained G: its model description and weights. Its methods
// are safe for concurrent use; each call draws with buffers of its own.
type Generator struct {
	Model   recipe.Model
	Path    string // the weights file
	weights *safetensors.File
	be      gemm.Backend
	// cfg is the run's config.json (for its training data); nil for
	// weights without one.
	cfg *recipe.Config
}

// Open loads a generator from a run directory (its weight average when it
// has one, else generator.safetensors, with the run's config.json) or from
// a generator .safetensors file (with the config.json beside it, or the seed
// preset's model when there is none). be nil means gemm.Default().
func Open(path string, be gemm.Backend) (*Generator, error) {
	be, err := gemm.OrDefault(be)
	if err != nil {
		return nil, err
	}
	file, dir := path, filepath.Dir(path)
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("sample: %w", err)
	} else if st.IsDir() {
		// A run with a weight average samples from it, as its own grids do.
		file, dir = filepath.Join(path, recipe.GeneratorEMAFile), path
		if _, err := os.Stat(file); err != nil {
			file = filepath.Join(path, recipe.GeneratorFile)
		}
	}
	cfg, err := configfile.Load(dir)
	own := err == nil
	described := filepath.Join(dir, recipe.ConfigFile)
	if errors.Is(err, os.ErrNotExist) {
		cfg, err = recipe.Preset(recipe.DefaultPreset)
		described = "the seed preset (there is no " + described + ")"
	}
	if err != nil {
		return nil, err
	}
	w, err := safetensors.ReadFile(file)
	if err != nil {
		return nil, err
	}
	// A diverged G would draw blank or garbage images without a word.
	if err := checkpoint.CheckFinite(w); err != nil {
		return nil, fmt.Errorf("sample: %s: %w", file, err)
	}
	g := &Generator{Model: cfg.Model, Path: file, weights: w, be: be}
	if own {
		g.cfg = &cfg
	}
	// Check the weights fit the model now rather than at the first draw.
	if _, err := g.NewSampler(1); err != nil {
		if errors.Is(err, checkpoint.ErrMismatch) {
			return nil, fmt.Errorf("sample: %s does not fit the model %s describes (was config.json edited, or are the weights another run's?): %w", file, described, err)
		}
		return nil, err
	}
	return g, nil
}

// Config is the run's config.json, read when the generator was opened;
// false for weights without one.
func (g *Generator) Config() (recipe.Config, bool) {
	if g.cfg == nil {
		return recipe.Config{}, false
	}
	return *g.cfg, true
}

// Latents draws n latent vectors from the generator's noise distribution,
// the same for the same seed.
func (g *Generator) Latents(n int, seed uint64) []float32 {
	z := make([]float32, n*g.Model.LatentDim)
	g.Model.NoiseStream(seed, recipe.StreamSample)(z)
	return z
}

// Sample draws n images from seed's latent vectors with the running
// statistics: n rows of C·H·W float32 in G's pixel range.
func (g *Generator) Sample(n int, seed uint64) ([]float32, error) {
	s, err := g.NewSampler(n)
	if err != nil {
		return nil, err
	}
	return s.Draw(g.Latents(n, seed), n, Running)
}

// SampleImages is Sample as images (gray for one channel, RGBA for three).
func (g *Generator) SampleImages(n int, seed uint64) ([]image.Image, error) {
	x, err := g.Sample(n, seed)
	if err != nil {
		return nil, err
	}
	return g.Images(x, n)
}

// Images converts n rows of G's output to images, mapping G's pixel range to
// 0-255.
func (g *Generator) Images(x []float32, n int) ([]image.Image, error) {
	c, h, w := g.Model.Shape()
	d := g.Model.ImgDim()
	if n < 0 || len(x) < n*d {
		return nil, fmt.Errorf("sample: %d values are fewer than %d images of %d", len(x), n, d)
	}
	opt := g.gridOptions(1, x[:n*d])
	opt.Padding = 0
	out := make([]image.Image, n)
	for i := range out {
		img, err := grid.Image(x[i*d:(i+1)*d], 1, c, h, w, opt)
		if err != nil {
			return nil, err
		}
		out[i] = img
	}
	return out, nil
}

// WriteGrid writes n rows of G's output as a PNG grid of nrow images per
// row (torchvision's save_image layout, G's pixel range mapped to 0-255).
func (g *Generator) WriteGrid(path string, x []float32, n, nrow int) error {
	c, h, w := g.Model.Shape()
	return grid.WritePNG(path, x, n, c, h, w, g.gridOptions(nrow, x[:min(len(x), max(n, 0)*g.Model.ImgDim())]))
}

func (g *Generator) gridOptions(nrow int, x []float32) grid.Options {
	opt := grid.DefaultOptions()
	if nrow > 0 {
		opt.NRow = nrow
	}
	opt.Normalize = true
	opt.Range = g.Model.GridRange(x)
	return opt
}

// Sampler is G with buffers for up to a fixed number of rows. It is not safe
// for concurrent use: give each goroutine its own (NewSampler).
type Sampler struct {
	net       *nn.Sequential
	max, rows int       // rows per Draw; rows per pass of net (recipe.Model.SampleRows)
	saved     []float32 // the running statistics across a Batch draw
	savedN    []int64   // and the batch counts
}

// NewSampler builds G for up to maxBatch rows per Draw.
func (g *Generator) NewSampler(maxBatch int) (*Sampler, error) {
	if maxBatch < 1 || maxBatch > MaxSamples {
		return nil, fmt.Errorf("sample: %d samples at once; want 1 to %d", maxBatch, MaxSamples)
	}
	// The paper's G takes its output bias from the data, but the weights
	// overwrite it, so no data is needed here.
	rows := min(maxBatch, g.Model.SampleRows())
	net := g.Model.NewGenerator(nn.Context{BLAS: g.be, MaxBatch: rows, Rand: rand.New(rand.NewPCG(0, 0))}, nil)
	if err := checkpoint.Apply(g.weights, net); err != nil {
		return nil, fmt.Errorf("checkpoint: %s: %w", g.Path, err)
	}
	return &Sampler{net: net, max: maxBatch, rows: rows}, nil
}

// Rows is the most rows the sampler's network runs in one pass: Draw splits
// larger requests.
func (s *Sampler) Rows() int { return s.rows }

// DrawLabelled runs a conditional G on n = len(labels) latent vectors z
// (n×latent) with their classes, the rows one batch as given (in passes of
// Rows, as Draw, when a convolutional G holds fewer), and returns a copy of
// its output.
func (s *Sampler) DrawLabelled(z []float32, labels []int, bn BN) ([]float32, error) {
	n, latent := len(labels), s.net.In()-1
	if n < 1 || n > s.max {
		return nil, fmt.Errorf("sample: %d samples; this sampler takes 1 to %d", n, s.max)
	}
	if len(z) != n*latent {
		return nil, fmt.Errorf("sample: latent vectors have %d dimensions but the generator takes %d", len(z)/n, latent)
	}
	if bn == Batch && n < 2 {
		return nil, errors.New("sample: batch statistics need at least 2 samples")
	}
	rows := make([]float32, 0, n*(latent+1))
	for i, c := range labels {
		rows = append(append(rows, float32(c)), z[i*latent:(i+1)*latent]...)
	}
	return s.forward(rows, n, bn), nil
}

// SampleClasses draws one image of class labels[i] for each i, with latent
// vectors from seed, from a conditional G. With batch statistics each batch
// mixes all classes evenly and keeps the rows asked for (gan.DrawClasses):
// a batch of one class would lose its label to BatchNorm.
func (g *Generator) SampleClasses(labels []int, seed uint64, bn BN) ([]float32, error) {
	if !g.Model.Conditional() {
		return nil, fmt.Errorf("sample: %s is not a conditional generator", g.Path)
	}
	for i, c := range labels {
		if c < 0 || c >= g.Model.Classes {
			return nil, fmt.Errorf("sample: class %d (sample %d) is not one of the generator's classes 0..%d", c, i, g.Model.Classes-1)
		}
	}
	batch := min(max(len(labels), 64), 256) // enough rows for every class in each batch
	s, err := g.NewSampler(batch)
	if err != nil {
		return nil, err
	}
	// s.rows: a convolutional G runs at most recipe.ConvSampleRows rows a
	// pass, fewer than batch.
	return gan.DrawClasses(s.net, g.Model.NoiseStream(seed, recipe.StreamSample), labels, s.rows, bn == Batch)
}

// Net is the sampler's network, for callers that run it themselves.
func (s *Sampler) Net() *nn.Sequential { return s.net }

// Draw runs G on n latent vectors z (n×latent) and returns a copy of its
// n×C·H·W output.
func (s *Sampler) Draw(z []float32, n int, bn BN) ([]float32, error) {
	if n < 1 || n > s.max {
		return nil, fmt.Errorf("sample: %d samples; this sampler takes 1 to %d", n, s.max)
	}
	if len(z) != n*s.net.In() {
		return nil, fmt.Errorf("sample: latent vectors have %d dimensions but the generator takes %d", len(z)/n, s.net.In())
	}
	if bn == Batch && n < 2 {
		return nil, errors.New("sample: batch statistics need at least 2 samples")
	}
	return s.forward(z, n, bn), nil
}

// forward runs G on n input rows and returns a copy of its output.
func (s *Sampler) forward(z []float32, n int, bn BN) []float32 {
	if bn == Batch {
		// A training-mode pass moves BatchNorm's running statistics; a
		// sampler kept for later draws (the playground's) must give the
		// same Running pictures after it as before.
		s.keepRunningStats()
		defer s.restoreRunningStats()
	}
	if n <= s.rows {
		return append([]float32(nil), s.net.Forward(z, n, bn == Batch)...)
	}
	// More rows than one pass holds (a convolutional G): in passes of
	// s.rows, each with its own batch statistics in Batch mode, as G's
	// training batches had; a last pass of one row joins the one before.
	in, out := s.net.In(), s.net.Out()
	x := make([]float32, 0, n*out)
	for r0 := 0; r0 < n; {
		k := min(s.rows, n-r0)
		if bn == Batch && n-r0-k == 1 {
			k--
		}
		x = append(x, s.net.Forward(z[r0*in:(r0+k)*in], k, bn == Batch)...)
		r0 += k
	}
	return x
}

// keepRunningStats copies the net's buffers (BatchNorm's running mean,
// variance and batch count) for restoreRunningStats.
func (s *Sampler) keepRunningStats() {
	s.saved, s.savedN = s.saved[:0], s.savedN[:0]
	for _, b := range s.net.Buffers() {
		s.saved = append(s.saved, b.F...)
		if b.Int != nil {
			s.savedN = append(s.savedN, *b.Int)
		}
	}
}

func (s *Sampler) restoreRunningStats() {
	k, j := 0, 0
	for _, b := range s.net.Buffers() {
		k += copy(b.F, s.saved[k:])
		if b.Int != nil {
			*b.Int = s.savedN[j]
			j++
		}
	}
}
