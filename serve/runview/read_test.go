package runview

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gogan/format/safetensors"
	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/rundir"
)

// TestDeriveStateAtCheckpointBoundary: a checkpoint's position is the next
// batch to train on, so a last row one iteration before it ended cleanly
// (stopped), while a row at the position itself was trained after the
// checkpoint (diverged or killed). The same at d-steps 2, whose rows are two
// batches apart; and silence for exactly StaleAfter is no longer running.
func TestDeriveStateAtCheckpointBoundary(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	long := now.Add(-time.Hour)
	row := func(bd int) *Row { return &Row{BatchesDone: bd, DLoss: 1, GLoss: 1} }
	pos := &Position{Epoch: 1, Batch: 62, BatchesDone: 1000}
	for _, c := range []struct {
		name string
		f    Facts
		want State
		says string
	}{
		{"last row just before the checkpoint", Facts{Epochs: 5, Last: row(999), Position: pos, Modified: long}, Stopped, "interrupted at epoch 1, batch 62"},
		{"last row at the checkpoint", Facts{Epochs: 5, Last: row(1000), Position: pos, Modified: long}, Diverged, "ended at batches_done 1000"},
		{"d-steps 2, last iteration checkpointed", Facts{Epochs: 5, Last: row(998), Position: pos, Modified: long}, Stopped, "batch 62"},
		{"no checkpoint, one row", Facts{Epochs: 5, Last: row(0), Modified: long}, Diverged, "no checkpoint"},
		{"max batches reached exactly", Facts{Epochs: 5, MaxBatches: 1000, Last: row(999), Position: pos, Modified: long}, Stopped, "--max-batches 1000"},
		{"one batch short of max batches", Facts{Epochs: 5, MaxBatches: 1001, Last: row(999), Position: pos, Modified: long}, Stopped, "interrupted"},
		{"last epoch checkpointed", Facts{Epochs: 1, Last: row(999), Position: pos, Modified: now}, Finished, "all 1 epochs"},
		{"one epoch to go", Facts{Epochs: 2, Last: row(999), Position: pos, Modified: long}, Stopped, "interrupted"},
		{"silent just under StaleAfter", Facts{Epochs: 5, Last: row(999), Position: pos, Modified: now.Add(-StaleAfter + time.Second)}, Running, "1m59s ago"},
		{"silent for StaleAfter", Facts{Epochs: 5, Last: row(999), Position: pos, Modified: now.Add(-StaleAfter)}, Stopped, "interrupted"},
	} {
		c.f.Now = now
		got, why := DeriveState(c.f)
		if got != c.want || !strings.Contains(why, c.says) {
			t.Errorf("%s: %s (%q), want %s saying %q", c.name, got, why, c.want, c.says)
		}
	}
}

// runDir writes a run directory: cfg's config.json, metrics.csv with rows
// at every d-steps batch of 10 a epoch up to and including the last, the
// given checkpoint position (nil: none) and an eval.csv, with metrics.csv
// last modified at mtime.
func runDir(t *testing.T, cfg recipe.Config, last int, p *rundir.Position, mtime time.Time) string {
	t.Helper()
	dir := t.TempDir()
	cfg.Out = dir
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	k := cfg.Train.DSteps
	var b strings.Builder
	b.WriteString("epoch,batch,batches_done,d_loss,g_loss,d_real,d_fake,seconds\n")
	for bd := 0; bd <= last; bd += k {
		fmt.Fprintf(&b, "%d,%d,%d,0.6,0.8,0.5,0.4,%g\n", bd/10, bd%10, bd, 0.5*float64(bd+k))
	}
	b.WriteString("1,9,19,0.6") // a row being written: not data yet
	write(t, filepath.Join(dir, recipe.MetricsFile), b.String())
	write(t, filepath.Join(dir, recipe.EvalFile), "epoch,fid,class_score,largest_class_share,smallest_class_share\n1,40.5,8.25,0.125,0.0625\n")
	if p != nil {
		meta := map[string]string{"position": p.Marshal()}
		if err := safetensors.WriteFile(filepath.Join(dir, recipe.StateFile), []safetensors.Tensor{safetensors.F32("x", []int{1}, []float32{0})}, meta); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{recipe.ConfigFile, recipe.EvalFile, recipe.StateFile} {
		os.Chtimes(filepath.Join(dir, f), mtime.Add(-time.Minute), mtime.Add(-time.Minute))
	}
	if err := os.Chtimes(filepath.Join(dir, recipe.MetricsFile), mtime, mtime); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRead: Read's figures for a run stopped at a checkpoint and for one
// that ended past its last checkpoint at d-steps 2, from files whose
// contents and times are known.
func TestRead(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	mtime := now.Add(-time.Hour)
	cfg, _ := recipe.Preset("improved")
	cfg.Run.Epochs, cfg.Train.TrainImages = 5, 640 // 10 batches of 64 an epoch

	// Stopped by Ctrl-C after batches_done 14 (epoch 1, batch 4), the
	// checkpoint at the next batch.
	stopped := runDir(t, cfg, 14, &rundir.Position{Epoch: 1, Batch: 5, BatchesDone: 15, Iterations: 15, TrainSeconds: 7.5}, mtime)
	info, got := Read(os.DirFS(stopped), ".", "stopped", nil, now)
	if info.Error != "" || got.Preset != "improved" {
		t.Fatalf("Read: %+v", info)
	}
	check := func(name string, have, want any) {
		t.Helper()
		if fmt.Sprint(have) != fmt.Sprint(want) {
			t.Errorf("%s: %v, want %v", name, have, want)
		}
	}
	check("id", info.ID, "stopped")
	check("preset", info.Preset, "improved")
	check("epochs", info.Epochs, 5)
	check("ema", info.EMA, true)
	check("state", info.State, Stopped)
	check("state detail", info.StateDetail, "interrupted at epoch 1, batch 5; gogan train --resume continues it")
	check("batches per epoch", info.BatchesPerEpoch, 10)
	check("epochs done", info.EpochsDone, 1.5)
	check("last row", *info.Last, Row{Epoch: 1, Batch: 4, BatchesDone: 14, DLoss: 0.6, GLoss: 0.8, DReal: 0.5, DFake: 0.4, Seconds: 7.5})
	check("checkpoint", *info.Checkpoint, Position{Epoch: 1, Batch: 5, BatchesDone: 15, Iterations: 15, TrainSeconds: 7.5})
	check("last eval", fmt.Sprintf("%+v", *info.LastEval), "{Epoch:1 FID:40.5 ClassScore:8.25 LargestClassShare:0.125 SmallestClassShare:0.0625}")
	check("updated", info.Updated.UTC(), mtime)
	check("started", info.Started.UTC(), mtime.Add(-7500*time.Millisecond))

	// An earlier first sample grid moves the start back to it.
	os.Mkdir(filepath.Join(stopped, "images"), 0o755)
	grid := filepath.Join(stopped, "images", "0.png")
	write(t, grid, "")
	os.Chtimes(grid, mtime.Add(-time.Minute), mtime.Add(-time.Minute))
	info, _ = Read(os.DirFS(stopped), ".", "stopped", nil, now)
	check("started with a grid", info.Started.UTC(), mtime.Add(-time.Minute))

	// d-steps 2, a run without EMA, still writing: rows at every second
	// batch, the last at batches_done 16 (epoch 1, batch 6), the
	// checkpoint at the end of epoch 0.
	cfg, _ = recipe.Preset("seed")
	cfg.Run.Epochs, cfg.Train.TrainImages, cfg.Train.DSteps = 3, 640, 2
	running := runDir(t, cfg, 16, &rundir.Position{Epoch: 1, Batch: 0, BatchesDone: 10, Iterations: 5}, now.Add(-10*time.Second))
	info, _ = Read(os.DirFS(running), ".", "running", nil, now)
	check("ema without", info.EMA, false)
	check("state while writing", info.State, Running)
	check("d-steps 2 epochs done", info.EpochsDone, 1.8) // (16 + 2) / 10
	check("d-steps 2 batches per epoch", info.BatchesPerEpoch, 10)
	// Its process known gone: it ran past its checkpoint.
	gone := false
	info, _ = Read(os.DirFS(running), ".", "running", &gone, now)
	check("state when gone", info.State, Diverged)

	// Finished: the checkpoint at the end of the last epoch caps epochs
	// done at the run's epochs.
	finished := runDir(t, cfg, 28, &rundir.Position{Epoch: 3, Batch: 0, BatchesDone: 30, Iterations: 15}, mtime)
	info, _ = Read(os.DirFS(finished), ".", "finished", nil, now)
	check("finished state", info.State, Finished)
	check("finished epochs done", info.EpochsDone, 3)

	// An unreadable config.json is an Info with the error, not a failure.
	write(t, filepath.Join(finished, recipe.ConfigFile), "{")
	info, _ = Read(os.DirFS(finished), ".", "broken", nil, now)
	if info.Error == "" || info.State != Stopped || info.StateDetail != "unreadable config.json" {
		t.Errorf("broken config.json: %+v", info)
	}
}

// TestBatchesPerEpoch: from a row of a later epoch, else from the
// checkpoint, else from the embedded MNIST's 60,000 images (or the
// train_images limit), rounded up to whole batches; unknown (0) on other
// data in its first epoch.
func TestBatchesPerEpoch(t *testing.T) {
	cfg, _ := recipe.Preset("seed") // batch size 64
	other := cfg
	other.Train.Data = "/data/faces"
	limited := cfg
	limited.Train.TrainImages = 100
	for _, c := range []struct {
		name string
		cfg  recipe.Config
		f    Facts
		want int
	}{
		{"MNIST: 60000/64 rounded up", cfg, Facts{}, 938},
		{"train_images 100: a short last batch", limited, Facts{}, 2},
		{"from a row of epoch 2", other, Facts{Last: &Row{Epoch: 2, Batch: 3, BatchesDone: 27}}, 12},
		{"from the checkpoint", other, Facts{Last: &Row{Epoch: 0, Batch: 5, BatchesDone: 5}, Position: &Position{Epoch: 1, Batch: 2, BatchesDone: 14}}, 12},
		{"other data, first epoch", other, Facts{Last: &Row{Epoch: 0, Batch: 5, BatchesDone: 5}}, 0},
	} {
		if got := batchesPerEpoch(c.cfg, c.f); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}
