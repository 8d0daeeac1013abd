package runlog

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"

	"gogan/recipe"
	"gogan/rundir"
)

// csvLog appends CSV records to a rundir.Log, whose size a checkpoint
// records.
type csvLog struct {
	log *rundir.Log
	w   *csv.Writer
}

// Sync writes everything out and returns the file's size: where a resume
// from a checkpoint taken now cuts the file.
func (l *csvLog) Sync() (int64, error) {
	l.w.Flush()
	if err := l.w.Error(); err != nil {
		return 0, err
	}
	return l.log.Sync()
}

// Close writes out what is buffered and closes the file.
func (l *csvLog) Close() error {
	l.w.Flush()
	return errors.Join(l.w.Error(), l.log.Close())
}

func encodeCSV(recs ...[]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(recs) // a bytes.Buffer cannot fail
	return b.Bytes()
}

// openCSV opens a run's CSV log: afresh with header; on resume, cut back to
// the size at the checkpoint recorded; for a checkpoint that recorded none
// (gogan 0.1.0), rewritten with the records kept returns from the old file
// once a line torn by a crash is dropped.
func openCSV(path string, header []string, resume bool, at int64, kept func(path string) ([][]string, error)) (*csvLog, error) {
	var l *rundir.Log
	var err error
	switch {
	case !resume:
		l, err = rundir.CreateLog(path, encodeCSV(header))
	case at != rundir.NotRecorded:
		l, err = rundir.ResumeLog(path, at)
	default:
		if _, err := rundir.TrimPartialLine(path); err != nil {
			return nil, err
		}
		recs, err := kept(path)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		l, err = rundir.CreateLog(path, encodeCSV(append([][]string{header}, recs...)...))
	}
	if err != nil {
		return nil, err
	}
	return &csvLog{log: l, w: csv.NewWriter(l)}, nil
}

// Metrics appends rows to metrics.csv.
type Metrics struct {
	*csvLog
	all []Row
}

// OpenMetrics starts dir's metrics.csv afresh or, on resume, continues it
// from the checkpoint's position: cut back to size at, or for a checkpoint
// that did not record one (gogan 0.1.0, NotRecorded), keeping the rows
// before batch resumeAt. Rows after a checkpoint are redone by the resumed
// run.
func OpenMetrics(dir string, resumeAt int, at int64, resume bool) (*Metrics, error) {
	path := filepath.Join(dir, recipe.MetricsFile)
	l, err := openCSV(path, metricsHeader, resume, at, func(p string) ([][]string, error) {
		rows, err := ReadMetrics(p)
		var recs [][]string
		for _, r := range rows {
			if r.BatchesDone < resumeAt {
				recs = append(recs, r.record())
			}
		}
		return recs, err
	})
	if err != nil {
		return nil, err
	}
	m := &Metrics{csvLog: l}
	if resume {
		if m.all, err = ReadMetrics(path); err != nil {
			l.Close()
			return nil, err
		}
	}
	return m, nil
}

// Add appends a row (written at the next Sync).
func (m *Metrics) Add(r Row) {
	m.all = append(m.all, r)
	m.w.Write(r.record())
}

// Rows are every row of the file, kept rows and added ones, for the plot.
func (m *Metrics) Rows() []Row { return m.all }

// Evals appends rows to eval.csv.
type Evals struct {
	*csvLog
	all []EvalPoint
}

// OpenEvals opens dir's eval.csv as OpenMetrics does metrics.csv, keeping
// the evaluations up to epoch for a checkpoint that recorded no size. A run
// that does not evaluate (enabled false) and has no eval.csv to continue
// gets nil.
func OpenEvals(dir string, epoch int, at int64, resume, enabled bool) (*Evals, error) {
	path := filepath.Join(dir, recipe.EvalFile)
	if !enabled {
		if !resume {
			return nil, nil
		}
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) && at == rundir.NotRecorded {
			return nil, nil
		}
	}
	l, err := openCSV(path, evalHeader, resume, at, func(p string) ([][]string, error) {
		evals, err := ReadEvals(p)
		var recs [][]string
		for _, e := range evals {
			if e.Epoch <= epoch {
				recs = append(recs, e.record())
			}
		}
		return recs, err
	})
	if err != nil {
		return nil, err
	}
	e := &Evals{csvLog: l}
	if resume {
		if e.all, err = ReadEvals(path); err != nil {
			l.Close()
			return nil, err
		}
	}
	return e, nil
}

// Add appends an evaluation (written at the next Sync).
func (e *Evals) Add(p EvalPoint) {
	e.all = append(e.all, p)
	e.w.Write(p.record())
}

// Points are every evaluation of the file, for the plot. Nil-safe.
func (e *Evals) Points() []EvalPoint {
	if e == nil {
		return nil
	}
	return e.all
}
