package serve

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/recipe"
	"gogan/recipe/configfile"
)

// colourRun writes a run directory of a colour run without training: the
// preset at 3x32x32 on a CIFAR-10 folder of 20 images, its freshly
// initialised G as the checkpoint.
func colourRun(t *testing.T, preset string) (runs string) {
	t.Helper()
	runs = t.TempDir()
	data := filepath.Join(t.TempDir(), "cifar")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	var b []byte
	for i := range 20 {
		b = append(b, uint8(i%10))
		for p := range 3072 {
			b = append(b, uint8(i*13+p*7))
		}
	}
	if err := os.WriteFile(filepath.Join(data, "data_batch_1.bin"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := recipe.Preset(preset)
	c.Model.Channels, c.Model.ImgSize, c.Train.Data = 3, 32, data
	c.Run.Epochs, c.Out = 1, filepath.Join(runs, "colour")
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := configfile.Save(c); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g := c.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(1, 1))}, nil)
	if err := checkpoint.Save(filepath.Join(c.Out, recipe.GeneratorFile), g, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(c.Out, recipe.MetricsFile), []byte("epoch,batch,batches_done,d_loss,g_loss,d_real,d_fake,seconds\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return runs
}

// TestColourPlayground checks that the playground draws a colour run's
// samples and nearest training images (from its CIFAR folder) as colour
// pictures, for an MLP and a convolutional G (whose sampler runs 64 rows a
// pass: the playground asks it for up to 1,024).
func TestColourPlayground(t *testing.T) {
	for _, preset := range []string{"seed", "dcgan"} {
		t.Run(preset, func(t *testing.T) { colourPlayground(t, preset) })
	}
}

func colourPlayground(t *testing.T, preset string) {
	s, err := New(Options{Runs: colourRun(t, preset), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ts := newServerFor(t, s)
	for _, tc := range []struct {
		url  string
		w, h int
	}{
		{"/api/runs/colour/sample?n=10&nrow=5&seed=3", 5*34 + 2, 2*34 + 2},
		{"/api/runs/colour/nearest?n=10&seed=3&index=2&k=3&format=png", 4*34 + 2, 36},
		{"/api/runs/colour/interpolate?n=10&seed=3&a=0&b=1&steps=4", 4*34 + 2, 36},
		{"/api/runs/colour/sample?n=100&nrow=10&seed=3", 10*34 + 2, 10*34 + 2},
	} {
		code, h, body := get(t, ts.URL+tc.url)
		if code != http.StatusOK || h.Get("Content-Type") != "image/png" {
			t.Errorf("%s: %d %s %.200s", tc.url, code, h.Get("Content-Type"), body)
			continue
		}
		img, err := png.Decode(bytes.NewReader([]byte(body)))
		if err != nil {
			t.Fatalf("%s: %v", tc.url, err)
		}
		if _, ok := img.(*image.RGBA); !ok {
			t.Errorf("%s: %T, want a colour picture", tc.url, img)
		}
		if b := img.Bounds(); b.Dx() != tc.w || b.Dy() != tc.h {
			t.Errorf("%s: %dx%d, want %dx%d", tc.url, b.Dx(), b.Dy(), tc.w, tc.h)
		}
	}
	code, _, body := get(t, ts.URL+"/api/runs/colour/nearest?n=10&seed=3&index=2&k=3")
	var nb struct {
		Images     int `json:"training_images"`
		Neighbours []struct {
			Label *int `json:"label"`
		} `json:"neighbours"`
	}
	if err := json.Unmarshal([]byte(body), &nb); code != http.StatusOK || err != nil || nb.Images != 20 || len(nb.Neighbours) != 3 || nb.Neighbours[0].Label == nil {
		t.Errorf("nearest JSON: %d %v %s", code, err, body)
	}
	// The class histogram comes from the built-in CIFAR-10 judge.
	code, _, body = get(t, ts.URL+"/api/runs/colour/classes?n=30&seed=3")
	var cl struct {
		Counts []int    `json:"counts"`
		Judge  string   `json:"judge"`
		Names  []string `json:"class_names"`
	}
	total := 0
	if err := json.Unmarshal([]byte(body), &cl); err == nil {
		for _, c := range cl.Counts {
			total += c
		}
	}
	if code != http.StatusOK || total != 30 || cl.Judge != "cifar10-vgg" || len(cl.Names) != 10 || cl.Names[9] != "truck" {
		t.Errorf("classes: %d %s", code, body)
	}
}
