package runlog

import (
	"fmt"
	"image/color"
	"io"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"gogan/format/atomicfile"
)

// EvalPoint is one quality evaluation during training.
type EvalPoint struct {
	Epoch             int     `json:"epoch"`
	FID               float64 `json:"fid"`
	ClassScore        float64 `json:"class_score"`
	LargestClassShare float64 `json:"largest_class_share"`
	// SmallestClassShare is the rarest class's fraction of the samples; a
	// class G has dropped shows here first. Files from before this column
	// read as 0.
	SmallestClassShare float64 `json:"smallest_class_share"`
}

// WriteLossPlot draws D's and G's losses against epochs, averaged over
// windows so a 200-epoch run stays readable, and, when evals is not empty, a
// second panel with FID and the largest and smallest class shares.
func WriteLossPlot(path string, rows []Row, batchesPerEpoch int, evals []EvalPoint) error {
	if len(rows) == 0 {
		return nil
	}
	window := max(1, len(rows)/400)
	d, g := plotter.XYs{}, plotter.XYs{}
	for i := 0; i < len(rows); i += window {
		j := min(i+window, len(rows))
		var sd, sg float64
		for _, r := range rows[i:j] {
			sd += float64(r.DLoss)
			sg += float64(r.GLoss)
		}
		x := float64(rows[(i+j-1)/2].BatchesDone) / float64(batchesPerEpoch)
		d = append(d, plotter.XY{X: x, Y: sd / float64(j-i)})
		g = append(g, plotter.XY{X: x, Y: sg / float64(j-i)})
	}
	p := plot.New()
	p.Title.Text = fmt.Sprintf("gogan losses (mean over %d iterations)", window)
	p.X.Label.Text = "epoch"
	p.Y.Label.Text = "loss"
	p.Add(plotter.NewGrid())
	if err := addLine(p, "D loss", d, color.RGBA{R: 31, G: 119, B: 180, A: 255}); err != nil {
		return err
	}
	if err := addLine(p, "G loss", g, color.RGBA{R: 255, G: 127, B: 14, A: 255}); err != nil {
		return err
	}
	p.Legend.Top = true
	plots := []*plot.Plot{p}
	if len(evals) > 0 {
		q := plot.New()
		q.Title.Text = "sample quality (in-project MNIST classifier)"
		q.X.Label.Text = "epoch"
		q.Y.Label.Text = "FID / 100, class shares"
		q.Add(plotter.NewGrid())
		fid, share, least := plotter.XYs{}, plotter.XYs{}, plotter.XYs{}
		for _, e := range evals {
			fid = append(fid, plotter.XY{X: float64(e.Epoch), Y: e.FID / 100})
			share = append(share, plotter.XY{X: float64(e.Epoch), Y: e.LargestClassShare})
			least = append(least, plotter.XY{X: float64(e.Epoch), Y: e.SmallestClassShare})
		}
		if err := addLine(q, "FID / 100", fid, color.RGBA{R: 44, G: 160, B: 44, A: 255}); err != nil {
			return err
		}
		if err := addLine(q, "largest class share", share, color.RGBA{R: 214, G: 39, B: 40, A: 255}); err != nil {
			return err
		}
		if err := addLine(q, "smallest class share", least, color.RGBA{R: 148, G: 103, B: 189, A: 255}); err != nil {
			return err
		}
		plots = append(plots, q)
	}
	const w = 8 * vg.Inch
	h := 4 * vg.Inch * vg.Length(len(plots))
	img := vgimg.New(w, h)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: len(plots), Cols: 1, PadY: vg.Millimeter * 4}
	canvases := plot.Align(colOf(plots), tiles, dc)
	for i, pl := range plots {
		pl.Draw(canvases[i][0])
	}
	return atomicfile.Write(path, func(wr io.Writer) error {
		_, err := vgimg.PngCanvas{Canvas: img}.WriteTo(wr)
		return err
	})
}

func colOf(ps []*plot.Plot) [][]*plot.Plot {
	out := make([][]*plot.Plot, len(ps))
	for i, p := range ps {
		out[i] = []*plot.Plot{p}
	}
	return out
}

// maxMarked is the longest series drawn with a marker at each point.
const maxMarked = 60

func addLine(p *plot.Plot, name string, xy plotter.XYs, c color.Color) error {
	l, pts, err := plotter.NewLinePoints(xy)
	if err != nil {
		return fmt.Errorf("runlog: plotting %s: %w", name, err)
	}
	l.Color = c
	l.Width = vg.Points(1.2)
	p.Add(l)
	// A line needs two points: a series of one (an evaluation after the
	// first epoch) would be invisible, so short series get markers too.
	if len(xy) <= maxMarked {
		pts.Color = c
		pts.Shape = draw.CircleGlyph{}
		pts.Radius = vg.Points(2)
		p.Add(pts)
		p.Legend.Add(name, l, pts)
		return nil
	}
	p.Legend.Add(name, l)
	return nil
}
