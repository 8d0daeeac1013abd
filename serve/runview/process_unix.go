//go:build unix

package runview

import (
	"errors"
	"syscall"
)

// processGone reports whether no process has the ID pid: signal 0 checks
// existence without signalling (EPERM means it exists, owned by another user).
func processGone(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
