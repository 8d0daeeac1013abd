package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gogan/format/npy"
	"gogan/internal/kat"
	"gogan/serve/runview"
)

// TestImport: gogan import, then sample, eval and the dashboard's reader on
// the run it wrote. The numbers are importer's fixtures', from PyTorch.
func TestImport(t *testing.T) {
	dir := t.TempDir()
	td := filepath.Join("..", "..", "importer", "testdata")
	seed := filepath.Join(dir, "seed")
	out := mustRun(t, "import", filepath.Join(td, "seed.pth"), "--out", seed)
	if !strings.Contains(out, "imported a generator and a discriminator of kind seed (latent_dim 6, 1x6x6 images)") {
		t.Errorf("import printed %q", out)
	}
	got := filepath.Join(dir, "g.npy")
	mustRun(t, "sample", "--checkpoint", seed, "--z", filepath.Join(td, "seed_z.npy"), "-o", got)
	_, x, err := npy.ReadFile(got)
	if err != nil {
		t.Fatal(err)
	}
	_, want, err := npy.ReadFile(filepath.Join(td, "seed_g.npy"))
	if err != nil {
		t.Fatal(err)
	}
	w := make([]float64, len(want))
	for i, v := range want {
		w[i] = float64(v)
	}
	kat.Slice(t, "sample of the imported G", x, w, 0, 1e-5)

	// dcgan.py's 1x16x16 G through gogan eval (resized to MNIST's 28x28).
	in, err := os.Open(filepath.Join(td, "dcgan.pth.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	pth := filepath.Join(dir, "dcgan.pth")
	if err := os.WriteFile(pth, b, 0o644); err != nil {
		t.Fatal(err)
	}
	dc := filepath.Join(dir, "runs", "dc")
	mustRun(t, "import", pth, "--out", dc, "--kind", "dcgan")
	mustRun(t, "eval", "--checkpoint", dc, "--n", "100", "--parzen=false")
	if _, err := os.Stat(filepath.Join(dc, "eval", "report.json")); err != nil {
		t.Error(err)
	}
	// The dashboard lists and reads it.
	runs, err := runview.List(os.DirFS(filepath.Join(dir, "runs")))
	if err != nil || len(runs) != 1 || runs[0] != "dc" {
		t.Fatalf("runview.List: %v, %v", runs, err)
	}
	if info, _ := runview.Read(os.DirFS(filepath.Join(dir, "runs")), "dc", "dc", nil, time.Now()); info.Error != "" || info.Preset != "dcgan" {
		t.Errorf("runview.Read: %+v", info)
	}

	// Bad input: no file (a usage error), a file that runs code, a taken directory.
	if code, _, e := gogan(t, "import"); code != 2 || !strings.Contains(e, "give the PyTorch file") {
		t.Errorf("import without a file: exit %d, %q", code, e)
	}
	evil := filepath.Join("..", "..", "format", "torchfile", "testdata", "reduce.pth")
	if code, _, e := gogan(t, "import", evil, "--out", filepath.Join(dir, "evil")); code != 1 || !strings.Contains(e, evil) || !strings.Contains(e, `"posix.system"`) {
		t.Errorf("import of a __reduce__ payload: exit %d, %q", code, e)
	}
	if code, _, e := gogan(t, "import", filepath.Join(td, "seed.pth"), "--out", seed); code != 1 || !strings.Contains(e, "is not empty") {
		t.Errorf("import into a run: exit %d, %q", code, e)
	}
}
