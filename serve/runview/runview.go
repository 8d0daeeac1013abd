// Package runview reads gogan run directories while training writes them:
// which directories are runs, their settings, progress and state, and their
// CSV logs read incrementally up to the last complete line. Everything goes
// through an fs.FS, which the server opens with os.OpenRoot so nothing
// outside the runs directory can be reached, symbolic links included.
package runview

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/rundir"
	"gogan/runlog"
)

// MaxDepth is how deep below the runs directory List looks for runs
// (runs/<name>, runs/<group>/<name>, ...).
const MaxDepth = 3

// List returns the paths (slash-separated, relative to fsys) of every
// directory holding a config.json, at most MaxDepth deep, sorted. "." is a
// run too when fsys is one run's directory.
func List(fsys fs.FS) ([]string, error) {
	var runs []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			return nil // an unreadable subdirectory is skipped, not fatal
		}
		if !d.IsDir() {
			return nil
		}
		if p != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "images" || d.Name() == "eval") {
			return fs.SkipDir
		}
		if _, err := fs.Stat(fsys, path.Join(p, recipe.ConfigFile)); err == nil {
			runs = append(runs, p)
		}
		if strings.Count(p, "/")+1 >= MaxDepth && p != "." {
			return fs.SkipDir
		}
		return nil
	})
	sort.Strings(runs)
	return runs, err
}

// Info is what the dashboard shows of a run.
type Info struct {
	ID              string            `json:"id"`
	Preset          string            `json:"preset"`
	Epochs          int               `json:"epochs"`
	EpochsDone      float64           `json:"epochs_done"`
	BatchesPerEpoch int               `json:"batches_per_epoch,omitempty"`
	State           State             `json:"state"`
	StateDetail     string            `json:"state_detail"`
	Started         *time.Time        `json:"started,omitempty"`
	Updated         *time.Time        `json:"updated,omitempty"`
	Last            *Row              `json:"last,omitempty"`
	LastEval        *runlog.EvalPoint `json:"last_eval,omitempty"`
	Checkpoint      *Position         `json:"checkpoint,omitempty"`
	EMA             bool              `json:"ema"`
	Error           string            `json:"error,omitempty"`
}

// Read gathers a run's Info from the directory dir of fsys. live, if not
// nil, says whether its training process is known to be alive. A run whose
// files cannot be read still gets an Info, with Error saying why.
func Read(fsys fs.FS, dir, id string, live *bool, now time.Time) (Info, recipe.Config) {
	info := Info{ID: id}
	cfg, err := ReadConfig(fsys, dir)
	if err != nil {
		info.Error = err.Error()
		info.State, info.StateDetail = Stopped, "unreadable config.json"
		return info, cfg
	}
	info.Preset, info.Epochs, info.EMA = cfg.Preset, cfg.Run.Epochs, cfg.Train.EMA > 0
	facts := Facts{Epochs: cfg.Run.Epochs, MaxBatches: cfg.Run.MaxBatches, Now: now, Live: live}
	if live == nil && trainerGone(fsys, dir) {
		gone := false
		facts.Live = &gone
	}
	var errs []error
	var mtimeMetrics time.Time
	for _, name := range []string{recipe.MetricsFile, recipe.StateFile, recipe.EvalFile, "images", recipe.ConfigFile} {
		st, err := fs.Stat(fsys, path.Join(dir, name))
		if err != nil {
			continue
		}
		if st.ModTime().After(facts.Modified) {
			facts.Modified = st.ModTime()
		}
		if name == recipe.MetricsFile {
			mtimeMetrics = st.ModTime()
		}
	}
	if line, err := LastLine(fsys, path.Join(dir, recipe.MetricsFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
	} else if line != "" {
		r, err := parseRow(line)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: last line: %w", recipe.MetricsFile, err))
		} else {
			facts.Last = &r
		}
	}
	if p, err := ReadPosition(fsys, path.Join(dir, recipe.StateFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
	} else if err == nil {
		facts.Position = &p
	}
	if evals, err := readEvals(fsys, path.Join(dir, recipe.EvalFile)); err != nil {
		errs = append(errs, err)
	} else if len(evals) > 0 {
		info.LastEval = &evals[len(evals)-1]
	}
	info.State, info.StateDetail = DeriveState(facts)
	info.Last, info.Checkpoint = facts.Last, facts.Position
	info.BatchesPerEpoch = batchesPerEpoch(cfg, facts)
	if nb := info.BatchesPerEpoch; nb > 0 {
		if l := facts.Last; l != nil {
			info.EpochsDone = float64(l.BatchesDone+max(cfg.Train.DSteps, 1)) / float64(nb)
		}
		if p := facts.Position; p != nil {
			info.EpochsDone = max(info.EpochsDone, float64(p.Epoch)+float64(p.Batch)/float64(nb))
		}
		info.EpochsDone = min(info.EpochsDone, float64(cfg.Run.Epochs))
	}
	if !facts.Modified.IsZero() {
		t := facts.Modified
		info.Updated = &t
	}
	if facts.Last != nil && !mtimeMetrics.IsZero() {
		t := mtimeMetrics.Add(-time.Duration(facts.Last.Seconds * float64(time.Second)))
		if st, err := fs.Stat(fsys, path.Join(dir, "images", "0.png")); err == nil && st.ModTime().Before(t) {
			t = st.ModTime()
		}
		info.Started = &t
	}
	if len(errs) > 0 {
		info.Error = errors.Join(errs...).Error()
	}
	return info, cfg
}

// batchesPerEpoch comes from the log when a row of a later epoch exists
// (batches_done = epoch·nb + batch), else from the size of the embedded
// MNIST; it is 0 when unknown (first epoch on --data).
func batchesPerEpoch(c recipe.Config, f Facts) int {
	if l := f.Last; l != nil && l.Epoch > 0 {
		return (l.BatchesDone - l.Batch) / l.Epoch
	}
	if p := f.Position; p != nil && p.Epoch > 0 && p.BatchesDone > 0 {
		return (p.BatchesDone - p.Batch) / p.Epoch
	}
	if t := c.Train; t.Data == "" && t.BatchSize > 0 {
		n := 60000
		if t.TrainImages > 0 {
			n = min(n, t.TrainImages)
		}
		return (n + t.BatchSize - 1) / t.BatchSize
	}
	return 0
}

// ReadConfig parses dir's config.json (today's layout or gogan 0.1.0's).
func ReadConfig(fsys fs.FS, dir string) (recipe.Config, error) {
	name := path.Join(dir, recipe.ConfigFile)
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return recipe.Config{}, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	c, err := configfile.Unmarshal(b)
	if err != nil {
		return recipe.Config{}, fmt.Errorf("%s: %w", name, err)
	}
	c.Out = dir
	return c, nil
}

// unwrapPath drops the *PathError wrapper, whose path would be the full
// one; callers name the file relative to the runs directory instead.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func parseRow(line string) (Row, error) {
	f := strings.Split(line, ",")
	if len(f) != 8 {
		return Row{}, fmt.Errorf("%d fields, want 8", len(f))
	}
	var v [8]float64
	for i, s := range f {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return Row{}, fmt.Errorf("field %d: %q is not a number", i+1, s)
		}
		v[i] = x
	}
	return Row{Epoch: int(v[0]), Batch: int(v[1]), BatchesDone: int(v[2]), DLoss: v[3], GLoss: v[4], DReal: v[5], DFake: v[6], Seconds: v[7]}, nil
}

func readEvals(fsys fs.FS, name string) ([]runlog.EvalPoint, error) {
	s := NewTable(fsys, name).Refresh()
	if s.Err != nil {
		return nil, s.Err
	}
	col := func(n string, i int) float64 {
		if j := s.Index(n); j >= 0 {
			return s.Col(j, i, i+1)[0]
		}
		return 0
	}
	out := make([]runlog.EvalPoint, s.Rows)
	for i := range out {
		out[i] = runlog.EvalPoint{Epoch: int(col("epoch", i)), FID: col("fid", i), ClassScore: col("class_score", i), LargestClassShare: col("largest_class_share", i), SmallestClassShare: col("smallest_class_share", i)}
	}
	return out, nil
}

// Position is where a checkpoint was saved: the next batch to train on, as
// train records it in training_state.safetensors's metadata.
type Position struct {
	Epoch        int     `json:"epoch"` // from 0
	Batch        int     `json:"batch"`
	BatchesDone  int     `json:"batches_done"`
	Iterations   int64   `json:"iterations"`
	TrainSeconds float64 `json:"train_seconds"`
}

// ReadPosition reads the position a checkpoint was saved at from the
// metadata of training_state.safetensors, without reading its tensors.
func ReadPosition(fsys fs.FS, name string) (Position, error) {
	var p Position
	f, err := fsys.Open(name)
	if err != nil {
		return p, err
	}
	defer f.Close()
	var nb [8]byte
	if _, err := io.ReadFull(f, nb[:]); err != nil {
		return p, fmt.Errorf("%s: too short for a safetensors header", name)
	}
	n := binary.LittleEndian.Uint64(nb[:])
	if n > 1<<20 {
		return p, fmt.Errorf("%s: header of %d bytes is too large for a training state", name, n)
	}
	head := make([]byte, n)
	if _, err := io.ReadFull(f, head); err != nil {
		return p, fmt.Errorf("%s: header cut short", name)
	}
	var h struct {
		Meta map[string]string `json:"__metadata__"`
	}
	if err := json.Unmarshal(head, &h); err != nil {
		return p, fmt.Errorf("%s: header: %w", name, err)
	}
	pos, ok := h.Meta["position"]
	if !ok {
		return p, fmt.Errorf("%s: no position in its metadata", name)
	}
	if err := json.Unmarshal([]byte(pos), &p); err != nil {
		return p, fmt.Errorf("%s: position: %w", name, err)
	}
	return p, nil
}

// Images lists a run's grids: the fixed-noise grid of each finished epoch
// (images/epoch_NNN.png) and gan.py's sample-interval grids
// (images/<batches_done>.png), both ascending.
func Images(fsys fs.FS, dir string) (epochs, batches []int, err error) {
	entries, err := fs.ReadDir(fsys, path.Join(dir, "images"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		if m := imageName.FindStringSubmatch(e.Name()); m != nil && e.Type().IsRegular() {
			if m[1] != "" {
				v, _ := strconv.Atoi(m[1])
				epochs = append(epochs, v)
			} else {
				v, _ := strconv.Atoi(m[2])
				batches = append(batches, v)
			}
		}
	}
	sort.Ints(epochs)
	sort.Ints(batches)
	return epochs, batches, nil
}

var imageName = regexp.MustCompile(`^(?:epoch_(\d{1,9})|(\d{1,12}))\.png$`)

// trainerGone says whether the process that last locked the run (gogan train
// records its PID in rundir.LockFile) has ended, which tells a killed run
// from a running one at once instead of after StaleAfter. Only reading the
// PID, never taking the lock, keeps the server read-only and never in a
// starting trainer's way. False when unknown (no lock file, a PID of
// another machine's process would look alive or gone alike; the file times
// decide then).
func trainerGone(fsys fs.FS, dir string) bool {
	b, err := fs.ReadFile(fsys, path.Join(dir, rundir.LockFile))
	if err != nil {
		return false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return false
	}
	return processGone(pid)
}
