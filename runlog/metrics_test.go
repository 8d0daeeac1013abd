package runlog

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gogan/recipe"
)

func TestEvalsRoundTripAndOldFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, recipe.EvalFile)
	want := []EvalPoint{{Epoch: 5, FID: 17.75, ClassScore: 7.5, LargestClassShare: 0.139, SmallestClassShare: 0.07}, {Epoch: 10, FID: 9.625, ClassScore: 7.74, LargestClassShare: 0.125, SmallestClassShare: 0.0625}}
	if err := WriteEvals(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadEvals(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back %+v, want %+v", got, want)
	}
	// eval.csv of a run from before the smallest_class_share column.
	old := "epoch,fid,class_score,largest_class_share\n5,17.8000,7.5000,0.1390\n"
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = ReadEvals(path)
	if err != nil || len(got) != 1 || got[0].FID != 17.8 || got[0].SmallestClassShare != 0 {
		t.Fatalf("old eval.csv read as %+v, %v", got, err)
	}
	if err := os.WriteFile(path, []byte("epoch,fid\n5,17.8\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadEvals(path); err == nil || !strings.Contains(err.Error(), "line 2 has 2 fields") {
		t.Fatalf("two-column eval.csv: err %v", err)
	}
}

// TestLossPlotDrawsSinglePoint checks that one evaluation (a run of one epoch
// with --eval-every 1) shows in the quality panel: a line of one point draws
// nothing. Swapping FID/100 and the largest class share keeps the axes and
// the legend the same, so the two pictures differ only if the points are
// drawn.
func TestLossPlotDrawsSinglePoint(t *testing.T) {
	rows := []Row{{Epoch: 0, Batch: 0, BatchesDone: 1, DLoss: 0.7, GLoss: 0.7}, {Epoch: 0, Batch: 1, BatchesDone: 2, DLoss: 0.6, GLoss: 0.8}}
	dir := t.TempDir()
	draw := func(name string, fid, largest float64) []byte {
		p := filepath.Join(dir, name)
		if err := WriteLossPlot(p, rows, 2, []EvalPoint{{Epoch: 1, FID: fid, ClassScore: 2, LargestClassShare: largest, SmallestClassShare: 0.05}}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a := draw("a.png", 50, 0.3)
	b := draw("b.png", 30, 0.5)
	if bytes.Equal(a, b) {
		t.Fatal("a single evaluation is not drawn: swapping its values leaves loss.png unchanged")
	}
}
