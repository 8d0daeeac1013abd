// Package runlog reads and writes a run's logs, which the trainer appends to
// and other tools (plots, dashboards) read: metrics.csv, one row per
// training iteration; eval.csv, one row per quality evaluation; and the loss
// plot drawn from them.
package runlog

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"gogan/format/atomicfile"
	"gogan/recipe"
)

var metricsHeader = []string{"epoch", "batch", "batches_done", "d_loss", "g_loss", "d_real", "d_fake", "seconds"}

// Row is one line of metrics.csv.
type Row struct {
	Epoch, Batch, BatchesDone int
	DLoss, GLoss              float32
	DReal, DFake              float32
	Seconds                   float64
}

func (r Row) record() []string {
	f := func(v float32) string { return strconv.FormatFloat(float64(v), 'g', 7, 32) }
	return []string{strconv.Itoa(r.Epoch), strconv.Itoa(r.Batch), strconv.Itoa(r.BatchesDone), f(r.DLoss), f(r.GLoss), f(r.DReal), f(r.DFake), strconv.FormatFloat(r.Seconds, 'f', 3, 64)}
}

// ReadMetrics parses a metrics.csv.
func ReadMetrics(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("runlog: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("runlog: %s: %w", path, err)
	}
	if len(head) != len(metricsHeader) || head[0] != metricsHeader[0] {
		return nil, fmt.Errorf("runlog: %s: header %v, want %v", path, head, metricsHeader)
	}
	var rows []Row
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("runlog: %s: %w", path, err)
		}
		var row Row
		var perr error
		atoi := func(s string) int {
			v, err := strconv.Atoi(s)
			perr = errors.Join(perr, err)
			return v
		}
		atof := func(s string) float64 {
			v, err := strconv.ParseFloat(s, 64)
			perr = errors.Join(perr, err)
			return v
		}
		row.Epoch, row.Batch, row.BatchesDone = atoi(rec[0]), atoi(rec[1]), atoi(rec[2])
		row.DLoss, row.GLoss = float32(atof(rec[3])), float32(atof(rec[4]))
		row.DReal, row.DFake = float32(atof(rec[5])), float32(atof(rec[6]))
		row.Seconds = atof(rec[7])
		if perr != nil {
			return nil, fmt.Errorf("runlog: %s: line %d: %w", path, line, perr)
		}
		rows = append(rows, row)
	}
}

// Metrics appends rows to metrics.csv.
type Metrics struct {
	f   *os.File
	w   *csv.Writer
	all []Row
}

// OpenMetrics starts dir's metrics.csv afresh, or on resume keeps the rows
// before batch resumeAt (rows logged after a checkpoint are redone by the
// resumed run).
func OpenMetrics(dir string, resumeAt int, resume bool) (*Metrics, error) {
	path := filepath.Join(dir, recipe.MetricsFile)
	var keep []Row
	if resume {
		rows, err := ReadMetrics(path)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		for _, r := range rows {
			if r.BatchesDone < resumeAt {
				keep = append(keep, r)
			}
		}
	}
	err := atomicfile.Write(path, func(w io.Writer) error {
		cw := csv.NewWriter(w)
		cw.Write(metricsHeader)
		for _, r := range keep {
			cw.Write(r.record())
		}
		cw.Flush()
		return cw.Error()
	})
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return nil, fmt.Errorf("runlog: %w", err)
	}
	return &Metrics{f: f, w: csv.NewWriter(f), all: keep}, nil
}

// Add appends a row (written at the next Flush).
func (m *Metrics) Add(r Row) {
	m.all = append(m.all, r)
	m.w.Write(r.record())
}

// Flush writes the rows added so far.
func (m *Metrics) Flush() error {
	m.w.Flush()
	if err := m.w.Error(); err != nil {
		return fmt.Errorf("runlog: writing %s: %w", m.f.Name(), err)
	}
	return nil
}

// Rows are every row of the file, kept rows and added ones, for the plot.
func (m *Metrics) Rows() []Row { return m.all }

// Close flushes and closes the file.
func (m *Metrics) Close() error {
	err := m.Flush()
	return errors.Join(err, m.f.Close())
}

// WriteEvals rewrites eval.csv with every evaluation so far.
func WriteEvals(path string, evals []EvalPoint) error {
	return atomicfile.Write(path, func(w io.Writer) error {
		cw := csv.NewWriter(w)
		cw.Write([]string{"epoch", "fid", "class_score", "largest_class_share", "smallest_class_share"})
		for _, e := range evals {
			cw.Write([]string{strconv.Itoa(e.Epoch), strconv.FormatFloat(e.FID, 'f', 4, 64), strconv.FormatFloat(e.ClassScore, 'f', 4, 64), strconv.FormatFloat(e.LargestClassShare, 'f', 4, 64), strconv.FormatFloat(e.SmallestClassShare, 'f', 4, 64)})
		}
		cw.Flush()
		return cw.Error()
	})
}

// ReadEvals parses eval.csv; a missing file is no evaluations.
func ReadEvals(path string) ([]EvalPoint, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("runlog: %w", err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("runlog: %s: %w", path, err)
	}
	var out []EvalPoint
	for i, r := range recs {
		if i == 0 {
			continue
		}
		// Runs from before smallest_class_share have four columns.
		if len(r) != 4 && len(r) != 5 {
			return nil, fmt.Errorf("runlog: %s: line %d has %d fields, want 5 (4 from runs before smallest_class_share)", path, i+1, len(r))
		}
		var e EvalPoint
		var errs [5]error
		e.Epoch, errs[0] = strconv.Atoi(r[0])
		e.FID, errs[1] = strconv.ParseFloat(r[1], 64)
		e.ClassScore, errs[2] = strconv.ParseFloat(r[2], 64)
		e.LargestClassShare, errs[3] = strconv.ParseFloat(r[3], 64)
		if len(r) == 5 {
			e.SmallestClassShare, errs[4] = strconv.ParseFloat(r[4], 64)
		}
		if err := errors.Join(errs[:]...); err != nil {
			return nil, fmt.Errorf("runlog: %s: line %d: %w", path, i+1, err)
		}
		out = append(out, e)
	}
	return out, nil
}
