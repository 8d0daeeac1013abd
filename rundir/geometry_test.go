package rundir

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeometryShortLastBatch: data sets that leave a short last batch. It
// is trained on (an epoch has ⌈N/B⌉ batches) unless it holds one image,
// which BatchNorm cannot train on; with --d-steps k only whole groups of k
// batches are used. Positions across epochs follow: batches_done =
// epoch × used + batch.
func TestGeometryShortLastBatch(t *testing.T) {
	for _, c := range []struct {
		images, batch, k int
		want             Geometry
		used             int
	}{
		{60000, 64, 1, Geometry{938, false, 1}, 938}, // MNIST: a last batch of 32
		{100, 64, 1, Geometry{2, false, 1}, 2},       // a last batch of 36
		{128, 64, 1, Geometry{2, false, 1}, 2},       // no short batch
		{65, 64, 1, Geometry{2, true, 1}, 1},         // a last batch of one image: skipped
		{66, 64, 1, Geometry{2, false, 1}, 2},        // a last batch of two: trained on
		{129, 64, 2, Geometry{3, true, 2}, 2},        // 3 batches, one skipped, one group
		{130, 64, 2, Geometry{3, false, 2}, 2},       // 3 batches, one group of 2
		{193, 64, 2, Geometry{4, true, 2}, 2},        // 4 batches, the last skipped: 3 left, one group
		{250, 50, 3, Geometry{5, false, 3}, 3},       // whole batches, one group of 3
		{1, 64, 1, Geometry{1, true, 1}, 0},          // one image: nothing to train on
		{100, 0, 1, Geometry{0, false, 1}, 0},        // no batch size: no batches
	} {
		g := GeometryFor(c.images, c.batch, c.k)
		if g != c.want || g.Used() != c.used {
			t.Errorf("%d images in batches of %d, d-steps %d: %+v using %d, want %+v using %d", c.images, c.batch, c.k, g, g.Used(), c.want, c.used)
		}
	}

	// 100 images in 64s (2 batches, the last of 36): epoch 3 starts at
	// batches_done 6; a checkpoint at the end of an epoch not yet rolled
	// over is batch 2.
	g := GeometryFor(100, 64, 1)
	for _, c := range []struct {
		p    Position
		want string
	}{
		{Position{Epoch: 3, Batch: 0, BatchesDone: 6, Iterations: 6}, ""},
		{Position{Epoch: 3, Batch: 1, BatchesDone: 7, Iterations: 7}, ""},
		{Position{Epoch: 2, Batch: 2, BatchesDone: 6, Iterations: 6}, ""},
		{Position{Epoch: 3, Batch: 0, BatchesDone: 3, Iterations: 3}, "batches_done is 3"}, // as if the short batch were dropped
		{Position{Epoch: 1, Batch: 3, BatchesDone: 5, Iterations: 5}, "beyond the 2 batches"},
	} {
		if err := c.p.Check("f", g); (c.want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v at %+v: %v, want %q", c.p, g, err, c.want)
		}
	}
	// 129 images in 64s at d-steps 2: one group an epoch, the batch of one
	// image never counted.
	g = GeometryFor(129, 64, 2)
	for _, c := range []struct {
		p    Position
		want string
	}{
		{Position{Epoch: 4, Batch: 0, BatchesDone: 8, Iterations: 4}, ""},
		{Position{Epoch: 4, Batch: 2, BatchesDone: 10, Iterations: 5}, ""},
		{Position{Epoch: 4, Batch: 0, BatchesDone: 12, Iterations: 6}, "batches_done is 12"}, // 3 batches an epoch
		{Position{Epoch: 4, Batch: 3, BatchesDone: 11, Iterations: 5}, "beyond the 2 batches"},
	} {
		if err := c.p.Check("f", g); (c.want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v at %+v: %v, want %q", c.p, g, err, c.want)
		}
	}
}

// syncLog records, through the createFile and syncDir hooks, what Publish
// writes and syncs, and whether the set was already published (its
// directory present) at each sync.
type syncLog struct {
	setDir string
	events []string
}

func (l *syncLog) published() string {
	if _, err := os.Stat(l.setDir); err == nil {
		return "published"
	}
	return "unpublished"
}

type countingFile struct {
	*os.File
	log     *syncLog
	name    string
	written int64
}

func (f *countingFile) Write(p []byte) (int, error) {
	n, err := f.File.Write(p)
	f.written += int64(n)
	return n, err
}

func (f *countingFile) Sync() error {
	f.log.events = append(f.log.events, fmt.Sprintf("sync %s after %d bytes, %s", f.name, f.written, f.log.published()))
	return f.File.Sync()
}

func (f *countingFile) Close() error {
	f.log.events = append(f.log.events, fmt.Sprintf("close %s at %d bytes", f.name, f.written))
	return f.File.Close()
}

// TestPublishSyncsBeforePublishing: every file of a set is synced after its
// last byte is written and before the set is renamed into place, the
// staging directory is synced before the rename too, and the checkpoints
// directory after it, so that a crash or power cut after Publish returns
// finds the whole set.
func TestPublishSyncsBeforePublishing(t *testing.T) {
	dir := t.TempDir()
	log := &syncLog{setDir: filepath.Join(dir, CheckpointsDir, "1")}
	defer func(c func(string) (writeFile, error), s func(string) error) { createFile, syncDir = c, s }(createFile, syncDir)
	createFile = func(path string) (writeFile, error) {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return nil, err
		}
		return &countingFile{File: f, log: log, name: filepath.Base(path)}, nil
	}
	orig := syncDir
	syncDir = func(d string) error {
		rel, _ := filepath.Rel(dir, d)
		log.events = append(log.events, fmt.Sprintf("syncdir %s, %s", filepath.ToSlash(rel), log.published()))
		return orig(d)
	}
	sized := func(name string, n int) File {
		return File{Name: name, Write: func(w io.Writer) error { _, err := w.Write(make([]byte, n)); return err }}
	}
	// One file larger than the 64 KiB write buffer, one smaller.
	files := []File{sized("generator.safetensors", 100_000), sized("training_state.safetensors", 10)}
	if _, err := Publish(dir, files, 1); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"sync generator.safetensors after 100000 bytes, unpublished",
		"close generator.safetensors at 100000 bytes",
		"sync training_state.safetensors after 10 bytes, unpublished",
		"close training_state.safetensors at 10 bytes",
		"syncdir checkpoints/.tmp-1, unpublished",
		"syncdir checkpoints, published",
		"syncdir ., published", // the top-level view
	}
	if strings.Join(log.events, "\n") != strings.Join(want, "\n") {
		t.Errorf("Publish's writes and syncs:\n%s\nwant\n%s", strings.Join(log.events, "\n"), strings.Join(want, "\n"))
	}
}
