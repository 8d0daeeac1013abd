//go:build darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd

package rundir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

func acquire(path string) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	err = flock(f, syscall.LOCK_EX|syscall.LOCK_NB)
	switch {
	case err == nil:
		return &Lock{f: f, path: path}, nil
	case errors.Is(err, syscall.EWOULDBLOCK):
		f.Close()
		return nil, lockedError(filepath.Dir(path), holder(path))
	case errors.Is(err, syscall.ENOLCK), errors.Is(err, syscall.EOPNOTSUPP), errors.Is(err, syscall.ENOSYS):
		return &Lock{f: f, path: path, Warning: fmt.Sprintf("%s: the file system cannot lock files (%v); nothing stops a second trainer in this directory", path, err)}, nil
	}
	f.Close()
	return nil, fmt.Errorf("rundir: locking %s: %w", path, err)
}

func flock(f *os.File, how int) error {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

func release(l *Lock) error {
	flock(l.f, syscall.LOCK_UN)
	return l.f.Close()
}
