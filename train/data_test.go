package train

import (
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gogan/data/resize"
	"gogan/recipe"
)

// cifarDir writes a CIFAR-10 folder of n records (data_batch_1.bin), image
// i labelled i mod 10 with pixel bytes that differ by channel, and returns it.
func cifarDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	var b []byte
	for i := range n {
		b = append(b, uint8(i%10))
		for c := range 3 {
			for p := range 1024 {
				b = append(b, uint8(i*5+c*80+p%32*3+p/32*2))
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "data_batch_1.bin"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestLoadDataCIFAR checks that a CIFAR folder reaches training as 3x32x32
// images with labels, and is resized for a conditional model of another
// size as an IDX folder is.
func TestLoadDataCIFAR(t *testing.T) {
	dir := cifarDir(t, 12)
	c, _ := recipe.Preset("seed")
	c.Train.Data, c.Model.Channels, c.Model.ImgSize = dir, 3, 32
	s, err := LoadData(c)
	if err != nil {
		t.Fatal(err)
	}
	if s.N != 12 || s.C != 3 || s.H != 32 || s.Labels[11] != 1 {
		t.Fatalf("%d images of %dx%dx%d, label 11 %d", s.N, s.C, s.H, s.W, s.Labels[11])
	}
	c.Model.Channels = 1
	if _, err := LoadData(c); err == nil || !strings.Contains(err.Error(), "images have 3 channel(s) but channels is 1") {
		t.Errorf("CIFAR as 1 channel: %v", err)
	}

	c, _ = recipe.Preset("cgan")
	c.Train.Data, c.Model.Channels, c.Model.ImgSize = dir, 3, 24
	r, err := LoadData(c)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := resize.Set(s, 24)
	if r.N != 12 || r.C != 3 || r.H != 24 || !slices.Equal(r.Pix, want.Pix) || !slices.Equal(r.Labels, s.Labels) {
		t.Errorf("cgan at 24: %d images of %dx%dx%d, pixels as resize.Set's: %v", r.N, r.C, r.H, r.W, slices.Equal(r.Pix, want.Pix))
	}
	c.Model.Classes = 5
	if _, err := LoadData(c); err == nil || !strings.Contains(err.Error(), "has label 5, but the model has 5 classes") {
		t.Errorf("cgan with 5 classes on CIFAR-10: %v", err)
	}
}

// TestRunColour trains the seed MLP for two batches on CIFAR-shaped data
// and checks that the sample grids come out as colour pictures.
func TestRunColour(t *testing.T) {
	if testing.Short() {
		t.Skip("trains for two batches")
	}
	c, _ := recipe.Preset("seed")
	c.Train.Data, c.Model.Channels, c.Model.ImgSize = cifarDir(t, 20), 3, 32
	c.Train.BatchSize, c.Run.Epochs, c.Run.SampleInterval = 10, 1, 1
	c.Out = filepath.Join(t.TempDir(), "run")
	if _, err := Run(context.Background(), c, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"1.png", "epoch_001.png"} {
		f, err := os.Open(filepath.Join(c.Out, recipe.ImagesDir, name))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		// 10 fakes, 5 a row, 2 px padding: 2 rows of 32+2, plus 2.
		if b := img.Bounds(); b.Dx() != 5*34+2 || b.Dy() != 2*34+2 {
			t.Errorf("%s is %dx%d, want %dx%d", name, b.Dx(), b.Dy(), 5*34+2, 2*34+2)
		}
		if _, ok := img.(*image.RGBA); !ok {
			t.Errorf("%s decodes as %T, want colour (*image.RGBA)", name, img)
		}
	}
}

// TestLoadDataClassHead: D's class head needs labels below aux_classes,
// and a folder of images without class subfolders has none to give.
func TestLoadDataClassHead(t *testing.T) {
	c, _ := recipe.Preset("dcgan-plus")
	c.Model.AuxClasses, c.Train.ClassBalance = 10, 1
	c.Train.Data = cifarDir(t, 12)
	if _, err := LoadData(c); err != nil {
		t.Fatal(err)
	}
	c.Model.AuxClasses = 5
	if _, err := LoadData(c); err == nil || !strings.Contains(err.Error(), "has label 5, but the model has 5 classes") || !strings.Contains(err.Error(), "aux_classes 5") {
		t.Errorf("a class head of 5 on CIFAR-10: %v", err)
	}
	flat := t.TempDir()
	for i := range 3 {
		f, err := os.Create(filepath.Join(flat, string(rune('a'+i))+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, image.NewRGBA(image.Rect(0, 0, 32, 32))); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	c.Train.Data, c.Model.AuxClasses = flat, 10
	if _, err := LoadData(c); err == nil || !strings.Contains(err.Error(), "has no labels") || !strings.Contains(err.Error(), "set aux_classes, class_balance and class_confidence to 0 and clean_head to false") {
		t.Errorf("a class head on unlabelled images: %v", err)
	}
	c.Model.AuxClasses, c.Train.ClassBalance = 0, 0
	if _, err := LoadData(c); err != nil {
		t.Errorf("no class head on unlabelled images: %v", err)
	}
}
