// Package atomicfile writes files so that readers never see a partial file:
// the data goes to a temporary file in the same directory, which is synced
// and then renamed over the destination.
package atomicfile

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// createTemp is os.CreateTemp. Tests replace it to fail as it does in a
// read-only directory, since CI runs as root and root ignores permissions.
var createTemp = os.CreateTemp

// Write creates or replaces the file at path with what fn writes to w.
// The bytes go to a temporary file ".<base>.tmp-*" in the same directory, which
// is synced, closed and renamed over path; the directory is then synced, best
// effort. If fn or any step fails, the temporary file is removed, the file at
// path is left as it was, and the error names path.
//
// A new file gets mode 0644; a replaced file keeps its mode.
func Write(path string, fn func(w io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := createTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("atomicfile: %s: %w", path, err)
	}
	tmp := f.Name()
	// The deferred cleanup also runs if fn panics, so no temporary file is
	// left behind in that case either.
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()

	// CreateTemp makes the file 0600, which would surprise anyone sharing
	// sample images or checkpoints; use what a plain os.Create would give
	// (modulo umask) or keep the mode of the file being replaced.
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := f.Chmod(mode); err != nil {
		return fmt.Errorf("atomicfile: %s: %w", path, err)
	}

	bw := bufio.NewWriterSize(f, 1<<16)
	if err := fn(bw); err != nil {
		return fmt.Errorf("atomicfile: %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("atomicfile: %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("atomicfile: %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("atomicfile: %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("atomicfile: %s: %w", path, err)
	}
	done = true

	// Syncing the directory makes the rename itself durable. Some systems
	// cannot open or sync a directory; the data is already safe, so failures
	// here are ignored.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// WriteFile creates or replaces the file at path with data, atomically, as
// Write does.
func WriteFile(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
