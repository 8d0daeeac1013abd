package train

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"gogan/engine/gemm"
	"gogan/recipe"
	"gogan/recipe/configfile"
)

// otherKernel computes as gonum does but calls itself OpenBLAS on a named
// kernel, as a run moved to another machine would see.
type otherKernel struct{ gemm.Go }

func (otherKernel) Name() string { return "openblas" }
func (otherKernel) Info() string {
	return "OpenBLAS 0.3.21, kernel SkylakeX, 1 OpenBLAS thread per call"
}

// TestResumeOnAnotherKernelSaysSo: a run resumed on another backend or
// OpenBLAS kernel than config.json records continues, and says that it
// will not end bit for bit as an uninterrupted run on the first would; on
// the same one it says nothing.
func TestResumeOnAnotherKernelSaysSo(t *testing.T) {
	c, err := recipe.Preset("seed")
	if err != nil {
		t.Fatal(err)
	}
	c.Out = t.TempDir()
	c.Run.Epochs, c.Train.TrainImages, c.Run.SampleInterval = 1, 128, 0
	if _, err := Run(context.Background(), c, Options{Backend: gemm.Go{}}); err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		be   gemm.Backend
		note string
	}{
		{gemm.Go{}, ""},
		{otherKernel{}, "note: the run was trained on go and continues on openblas/SkylakeX"},
		{otherKernel{}, ""},
	} {
		saved, err := configfile.Load(c.Out)
		if err != nil {
			t.Fatal(err)
		}
		saved.Run.Epochs++
		var log bytes.Buffer
		if _, err := Run(context.Background(), saved, Options{Backend: step.be, Resume: true, Log: &log}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(log.String(), "note: the run was trained on"); got != (step.note != "") || !strings.Contains(log.String(), step.note) {
			t.Errorf("resumed on %s: log\n%s\nwant a note %q", gemm.Kernel(step.be.Name(), step.be.Info()), log.String(), step.note)
		}
	}
}
