package sample

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"path/filepath"
	"strings"

	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/format/atomicfile"
	"gogan/metric/nearest"
	"gogan/recipe"
)

// The paper's Figure 2 as the authors drew it (goodfeli/adversarial's
// show_samples_cifar_full_paper.py and show_samples_cifar_conv_paper.py,
// through pylearn2's PatchViewer): 4 rows of 5 samples, each row ended by
// the training image nearest its fifth sample, framed in yellow.
const (
	DefaultFigureRows = 4
	DefaultFigureCols = 5 // samples a row; one more column holds the nearest training image
	figurePad         = 5 // PatchViewer's default padding, between and around patches
	figureBackground  = 127
)

// ErrNoData says a figure was asked of weights whose training data is unknown.
var ErrNoData = errors.New("the figure's nearest column needs the run's training data")

// FigureOptions say what gogan sample --figure draws and where.
type FigureOptions struct {
	Checkpoint string // a run directory or a generator .safetensors file with its config.json
	Out        string // .png
	Rows, Cols int    // 0: DefaultFigureRows, DefaultFigureCols
	Seed       uint64
	BN         BN
	Backend    gemm.Backend // nil: gemm.Default()
	// LoadData returns the images the run trained on, as it chose them
	// (train.LoadData): the nearest column is searched among them. sample
	// does not load training data itself; the command line passes it in.
	LoadData func(recipe.Config) (*dataset.Set, error)
}

// FigureRow is one row's nearest training image.
type FigureRow struct {
	Index    int     // in the training images LoadData gave
	Distance float64 // Euclidean, in the model's pixel space (GCN'd values for a gcn model)
}

// Figure draws Rows×Cols samples and, for each row, the training image
// nearest (L2 in the model's pixel space: what D sees, so for a GCN model
// the GCN'd values, as the authors' np.square(X - sample).sum(axis=1)) to
// the row's last sample, and writes them as one PNG in PatchViewer's
// layout: patches 5 pixels apart on grey. Values map to [0, 1] over the
// samples' GridRange (for GCN'd images ±the samples' largest magnitude,
// the authors' np.abs(samples).max(); the training images use the same
// scale and are clipped to it) and to bytes by truncation, as PatchViewer's
// uint8(image*255).
func Figure(o FigureOptions) ([]FigureRow, error) {
	if ext := strings.ToLower(filepath.Ext(o.Out)); ext != ".png" {
		return nil, fmt.Errorf("sample: figure %q must be a .png", o.Out)
	}
	if o.Rows == 0 {
		o.Rows = DefaultFigureRows
	}
	if o.Cols == 0 {
		o.Cols = DefaultFigureCols
	}
	if o.Rows < 1 || o.Cols < 1 || o.Rows > 64 || o.Cols > 64 {
		return nil, fmt.Errorf("sample: figure of %d rows of %d samples; want 1 to 64 of each", o.Rows, o.Cols)
	}
	g, err := Open(o.Checkpoint, o.Backend)
	if err != nil {
		return nil, err
	}
	m := g.Model
	if m.Conditional() {
		return nil, fmt.Errorf("sample: %s is a conditional generator; the figure draws unconditional samples", g.Path)
	}
	if g.cfg == nil {
		return nil, fmt.Errorf("sample: %s has no config.json beside it: %w", g.Path, ErrNoData)
	}
	if o.LoadData == nil {
		return nil, fmt.Errorf("sample: %w, and no loader was given", ErrNoData)
	}
	set, err := o.LoadData(*g.cfg)
	if err != nil {
		return nil, fmt.Errorf("sample: %w: %w", ErrNoData, err)
	}
	d := m.ImgDim()
	if set.Dim() != d {
		return nil, fmt.Errorf("sample: %s's images have %d values, the generator's %d", set.Name, set.Dim(), d)
	}
	n := o.Rows * o.Cols
	s, err := g.NewSampler(n)
	if err != nil {
		return nil, err
	}
	x, err := s.Draw(g.Latents(n, o.Seed), n, o.BN)
	if err != nil {
		return nil, err
	}
	q := make([]float32, 0, o.Rows*d)
	for r := range o.Rows {
		last := (r+1)*o.Cols - 1
		q = append(q, x[last*d:(last+1)*d]...)
	}
	rows, err := nearestIn(g.be, m, set, q, o.Rows)
	if err != nil {
		return nil, err
	}
	// The training images of the figure, as the model sees them.
	idx := make([]int, o.Rows)
	for i, r := range rows {
		idx[i] = r.Index
	}
	near := make([]float32, o.Rows*d)
	m.Pixels(set, near, idx)
	img := figureImage(m, x, near, o.Rows, o.Cols)
	err = atomicfile.Write(o.Out, func(w io.Writer) error { return png.Encode(w, img) })
	if err != nil {
		return nil, fmt.Errorf("sample: %w", err)
	}
	return rows, nil
}

// nearestIn finds each query's nearest image of set in the model's pixel
// space, converting the set a block at a time.
func nearestIn(be gemm.Backend, m recipe.Model, set *dataset.Set, q []float32, nq int) ([]FigureRow, error) {
	const block = 4096
	d := set.Dim()
	rows := make([]FigureRow, nq)
	for i := range rows {
		rows[i].Distance = math.Inf(1)
	}
	buf := make([]float32, min(block, set.N)*d)
	idx := make([]int, 0, block)
	for r0 := 0; r0 < set.N; r0 += block {
		nb := min(block, set.N-r0)
		idx = idx[:0]
		for i := range nb {
			idx = append(idx, r0+i)
		}
		ref := buf[:nb*d]
		m.Pixels(set, ref, idx)
		res, err := nearest.Find(be, q, nq, ref, nb, d)
		if err != nil {
			return nil, fmt.Errorf("sample: %w", err)
		}
		for i := range rows {
			if res.Dist[i] < rows[i].Distance {
				rows[i] = FigureRow{Index: r0 + res.Index[i], Distance: res.Dist[i]}
			}
		}
	}
	return rows, nil
}

// figureImage lays out rows×cols samples and one nearest image a row.
func figureImage(m recipe.Model, x, near []float32, rows, cols int) *image.RGBA {
	c, h, w := m.Shape()
	d := m.ImgDim()
	gr := m.GridRange(x[:rows*cols*d])
	lo, span := float64(gr[0]), float64(gr[1]-gr[0])
	W := figurePad*(cols+2) + (cols+1)*w
	H := figurePad*(rows+1) + rows*h
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	for i := range img.Pix {
		img.Pix[i] = figureBackground
		if i%4 == 3 {
			img.Pix[i] = 255
		}
	}
	level := func(v float32) uint8 {
		u := (float64(v) - lo) / span
		if !(u > 0) { // NaN too
			return 0
		}
		return uint8(min(u, 1) * 255)
	}
	patch := func(row, col int, px []float32) (x0, y0 int) {
		x0, y0 = figurePad+col*(w+figurePad), figurePad+row*(h+figurePad)
		for yy := range h {
			for xx := range w {
				var rgb [3]uint8
				for k := range 3 {
					rgb[k] = level(px[min(k, c-1)*h*w+yy*w+xx])
				}
				img.SetRGBA(x0+xx, y0+yy, color.RGBA{rgb[0], rgb[1], rgb[2], 255})
			}
		}
		return x0, y0
	}
	yellow := color.RGBA{255, 255, 0, 255}
	for r := range rows {
		for k := range cols {
			i := r*cols + k
			patch(r, k, x[i*d:(i+1)*d])
		}
		x0, y0 := patch(r, cols, near[r*d:(r+1)*d])
		// PatchViewer's activation shell: one pixel just outside the patch.
		for xx := x0 - 1; xx <= x0+w; xx++ {
			img.SetRGBA(xx, y0-1, yellow)
			img.SetRGBA(xx, y0+h, yellow)
		}
		for yy := y0 - 1; yy <= y0+h; yy++ {
			img.SetRGBA(x0-1, yy, yellow)
			img.SetRGBA(x0+w, yy, yellow)
		}
	}
	return img
}
