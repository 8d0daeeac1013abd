//go:build !(darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd)

package rundir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Without flock the lock is the file's existence: created exclusively,
// removed on release. A process that is killed leaves it behind, so the
// error says how to clear it.
func acquire(path string) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("%w (if no gogan runs there any more, delete %s)", lockedError(filepath.Dir(path), holder(path)), path)
	}
	if err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	return &Lock{f: f, path: path}, nil
}

func release(l *Lock) error {
	err := l.f.Close()
	return errors.Join(err, os.Remove(l.path))
}
