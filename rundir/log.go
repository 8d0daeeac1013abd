package rundir

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"gogan/format/atomicfile"
)

// Log is an append-only text file (metrics.csv, eval.csv) whose size a
// checkpoint records: resuming cuts it back to that size, which drops a line
// a crash tore and the lines the resumed run will write again, so the file
// ends as an uninterrupted run's would.
type Log struct {
	f    *os.File
	w    *bufio.Writer
	path string
	size int64 // bytes written, buffered ones included
}

// CreateLog starts the log at path afresh (atomically replacing any file
// there) with header as its first bytes.
func CreateLog(path string, header []byte) (*Log, error) {
	if err := atomicfile.WriteFile(path, header); err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	return openAppend(path, int64(len(header)))
}

// ResumeLog continues the log at path from size bytes, the position a
// checkpoint recorded, cutting off everything after it. The file must hold
// at least size bytes, ending a line there.
func ResumeLog(path string, size int64) (*Log, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	if size < 0 || st.Size() < size {
		return nil, fmt.Errorf("rundir: %s is %d bytes, but the checkpoint was taken when it had %d (was it edited or truncated?)", path, st.Size(), size)
	}
	if size > 0 {
		var last [1]byte
		if _, err := f.ReadAt(last[:], size-1); err != nil {
			return nil, fmt.Errorf("rundir: %s: %w", path, err)
		}
		if last[0] != '\n' {
			return nil, fmt.Errorf("rundir: %s: byte %d, where the checkpoint's rows end, is not the end of a line (was the file edited?)", path, size)
		}
	}
	if st.Size() > size {
		if err := f.Truncate(size); err != nil {
			return nil, fmt.Errorf("rundir: %s: %w", path, err)
		}
		if err := f.Sync(); err != nil {
			return nil, fmt.Errorf("rundir: %s: %w", path, err)
		}
	}
	return openAppend(path, size)
}

// TrimPartialLine cuts a last line that has no newline off the file at path
// (a row a crash tore) and returns the size left. A missing file is size 0.
// It serves runs whose checkpoints recorded no log position.
func TrimPartialLine(path string) (int64, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("rundir: %w", err)
	}
	keep := int64(bytes.LastIndexByte(b, '\n') + 1)
	if keep < int64(len(b)) {
		if err := os.Truncate(path, keep); err != nil {
			return 0, fmt.Errorf("rundir: %w", err)
		}
	}
	return keep, nil
}

func openAppend(path string, size int64) (*Log, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	return &Log{f: f, w: bufio.NewWriter(f), path: path, size: size}, nil
}

// Write appends p (buffered; Sync writes it out).
func (l *Log) Write(p []byte) (int, error) {
	n, err := l.w.Write(p)
	l.size += int64(n)
	if err != nil {
		return n, fmt.Errorf("rundir: writing %s: %w", l.path, err)
	}
	return n, nil
}

// Sync writes out the buffered bytes and syncs the file, and returns its
// size: the position a checkpoint taken now records.
func (l *Log) Sync() (int64, error) {
	if err := l.w.Flush(); err != nil {
		return 0, fmt.Errorf("rundir: writing %s: %w", l.path, err)
	}
	if err := l.f.Sync(); err != nil {
		return 0, fmt.Errorf("rundir: writing %s: %w", l.path, err)
	}
	return l.size, nil
}

// Path is the log's file.
func (l *Log) Path() string { return l.path }

// Close writes out what is buffered and closes the file.
func (l *Log) Close() error {
	err := l.w.Flush()
	if err != nil {
		err = fmt.Errorf("rundir: writing %s: %w", l.path, err)
	}
	return errors.Join(err, l.f.Close())
}

var _ io.Writer = (*Log)(nil)
