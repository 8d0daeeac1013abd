package rundir

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// LockFile is the lock's name in a run directory. It holds the PID of the
// process that last held the lock; the file itself stays.
const LockFile = ".gogan.lock"

// ErrLocked reports a run directory another process holds.
var ErrLocked = errors.New("the run directory is in use")

// Lock is a held run-directory lock.
type Lock struct {
	f    *os.File
	path string
	// Warning is set when the file system cannot lock (some network file
	// systems): the run goes on, but unguarded.
	Warning string
}

// Acquire takes dir's lock for this process, without waiting. If another
// process holds it, the error wraps ErrLocked and names that process's PID.
// The operating system releases the lock when the process ends, however it
// ends, so a crashed run never leaves its directory locked (except with the
// fallback of systems without flock; see lock_other.go).
func Acquire(dir string) (*Lock, error) {
	path := filepath.Join(dir, LockFile)
	l, err := acquire(path)
	if err != nil {
		return nil, err
	}
	// Record who holds it for the error message of the next one.
	if err := l.f.Truncate(0); err == nil {
		l.f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return l, nil
}

// Release gives the lock up. It is safe to call on nil and more than once.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := release(l)
	l.f = nil
	return err
}

// holder reads the PID recorded in the lock file, or "" if there is none
// yet (the holder may be between locking and writing it).
func holder(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	pid := string(bytes.TrimSpace(b))
	if _, err := strconv.Atoi(pid); err != nil {
		return ""
	}
	return pid
}

func lockedError(dir, pid string) error {
	who := "another process"
	if pid != "" {
		who = "process " + pid
	}
	return fmt.Errorf("%s: %w by %s (a gogan train there?); wait for it to finish or stop it, or choose another --out", dir, ErrLocked, who)
}
