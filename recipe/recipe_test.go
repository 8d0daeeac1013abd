package recipe

import (
	"testing"

	"gogan/gan"
)

func TestSeedPresetIsGanPy(t *testing.T) {
	c, _ := Preset("seed")
	// reference.md §1, gan.py's argparse defaults.
	if c.Run.Epochs != 200 || c.Train.BatchSize != 64 || c.Train.LR != 0.0002 || c.Train.B1 != 0.5 || c.Train.B2 != 0.999 || c.Model.LatentDim != 100 || c.Model.ImgSize != 28 || c.Model.Channels != 1 || c.Run.SampleInterval != 400 || c.Model.BNEps != 0.8 || c.Model.BNMomentum != 0.1 || c.Train.Order != gan.GFirst || c.Train.GLoss != gan.NonSaturating || c.Train.EMA != 0 || c.Train.RealLabel != 1 {
		t.Fatalf("seed preset %+v", c)
	}
	imp, _ := Preset("improved")
	if imp.Model.BNEps != 1e-5 || imp.Model.Kind != Seed || imp.Train.EMA != 0.999 || imp.Train.DLR != 0.0004 || imp.Train.RealLabel != 1 || imp.Model.MBStdGroup != 4 || imp.Model.DDropout != 0 || imp.Train.LRLinear != 0 {
		t.Fatalf("improved preset %+v", imp)
	}
	if _, err := Preset("nope"); err == nil {
		t.Fatal("unknown preset accepted")
	}
}

// A convolutional G is sampled in passes of ConvSampleRows; the MLPs' in one.
func TestSampleRows(t *testing.T) {
	for _, name := range Presets {
		c, _ := Preset(name)
		want := 1 << 17
		if c.Model.Kind == DCGAN || c.Model.Kind == CNN || c.Model.Kind == PaperConv {
			want = ConvSampleRows
		}
		if got := c.Model.SampleRows(); got != want {
			t.Errorf("%s: SampleRows %d, want %d", name, got, want)
		}
	}
}
