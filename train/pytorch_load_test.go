package train

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gogan/recipe"
)

// TestPyTorchLoadsPaperCIFAR10Conv trains paper-cifar10-conv (cut widths)
// for two batches and runs testdata/pytorch_load.py on the run: the PyTorch
// reimplementation (testdata/paper_cifar_models.py) must load G and D with
// strict=True, config.json's sizes taken for its own, and G(z) must agree
// with `gogan sample --z` to 1e-5. It needs Debian's /usr/bin/python3 with
// python3-torch, and builds gogan.
func TestPyTorchLoadsPaperCIFAR10Conv(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gogan and runs PyTorch")
	}
	c, _ := recipe.Preset("paper-cifar10-conv")
	c.Model.GHidden, c.Model.DUnits, c.Model.DPieces = 300, 20, 3
	pytorchLoad(t, c, "OK: the PyTorch reimplementation of the paper's CIFAR-10 conv pair loads")
}

// TestPyTorchLoadsDCGANPlus is TestPyTorchLoadsPaperCIFAR10Conv for
// dcgan-plus (dcgan.py's nets, d_widths, G's EMA) and its conditional form
// (CondGenerator and the projection CondDiscriminator of
// testdata/dcgan_models.py, G(z, c) against `gogan sample --labels`).
func TestPyTorchLoadsDCGANPlus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gogan and runs PyTorch")
	}
	// The conditional run also has the minibatch-stddev feature in D and
	// conditional BatchNorm in G (ClassBNGenerator).
	for _, classes := range []int{0, 10} {
		c, _ := recipe.Preset("dcgan-plus")
		c.Model.DWidths, c.Model.Classes = []int{8, 16, 16, 32}, classes
		if classes > 0 {
			c.Model.MBStdGroup, c.Model.ClassBN = 4, true
		}
		c.Train.EMA = 0.999 // not the preset's, but its G loads as G does
		pytorchLoad(t, c, "OK: PyTorch's dcgan.py classes load gogan's checkpoints")
	}
}

// pytorchLoad trains c for two batches of 10 CIFAR-10-like images and runs
// testdata/pytorch_load.py on the run, which must print ok. It needs
// Debian's /usr/bin/python3 with python3-torch, and builds gogan.
func pytorchLoad(t *testing.T, c recipe.Config, ok string) {
	t.Helper()
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import torch, numpy").Run(); err != nil {
		t.Skipf("%s cannot import torch and numpy (apt-get install python3-torch): %v", python, err)
	}
	c.Train.Data = cifarDir(t, 20)
	c.Train.BatchSize, c.Run.Epochs, c.Run.SampleInterval = 10, 1, 0
	c.Out = t.TempDir()
	if _, err := Run(context.Background(), c, Options{}); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "gogan")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/gogan").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(python, "../testdata/pytorch_load.py", c.Out, bin).CombinedOutput()
	if err != nil || !strings.Contains(string(out), ok) {
		t.Fatalf("pytorch_load.py: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}
