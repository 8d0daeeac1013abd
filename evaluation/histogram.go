package evaluation

import (
	"fmt"
	"io"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"gogan/format/atomicfile"
)

// writeHistogram draws the samples' class histogram as a bar chart; an even
// one (10% each) means no mode collapse.
func writeHistogram(path string, counts []int, names []string, judge string) error {
	total := 0
	for _, c := range counts {
		total += c
	}
	if total == 0 {
		return nil
	}
	vals := make(plotter.Values, len(counts))
	for i, c := range counts {
		vals[i] = 100 * float64(c) / float64(total)
	}
	p := plot.New()
	p.Title.Text = "samples per class (in-project " + judge + " classifier)"
	p.Y.Label.Text = "% of samples"
	bars, err := plotter.NewBarChart(vals, vg.Points(20))
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	p.Add(bars)
	even, err := plotter.NewLine(plotter.XYs{{X: -0.5, Y: 10}, {X: float64(len(counts)) - 0.5, Y: 10}})
	if err != nil {
		return err
	}
	even.Dashes = []vg.Length{vg.Points(4), vg.Points(4)}
	p.Add(even)
	p.Legend.Add("even (10%)", even)
	p.Legend.Top = true
	p.NominalX(names...)
	width := 5 * vg.Inch
	if len(strings.Join(names, "")) > 20 {
		width = 8 * vg.Inch // CIFAR-10's names
	}
	img := vgimg.New(width, 3*vg.Inch)
	p.Draw(draw.New(img))
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := vgimg.PngCanvas{Canvas: img}.WriteTo(w)
		return err
	})
}
