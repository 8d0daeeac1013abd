//go:build unix

package runview

import (
	"os"
	"os/exec"
	"strconv"
	"testing"
	"testing/fstest"

	"gogan/rundir"
)

// TestTrainerGone tells a killed trainer from a live one by the PID gogan
// train leaves in its lock file.
func TestTrainerGone(t *testing.T) {
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot start a process: %v", err)
	}
	ended := cmd.ProcessState.Pid() // waited for, so no such process now
	lock := func(s string) fstest.MapFS {
		return fstest.MapFS{"run/" + rundir.LockFile: {Data: []byte(s)}}
	}
	for _, c := range []struct {
		name string
		fsys fstest.MapFS
		want bool
	}{
		{"holder alive (this test)", lock(strconv.Itoa(os.Getpid()) + "\n"), false},
		{"holder ended", lock(strconv.Itoa(ended) + "\n"), true},
		{"no lock file (0.1.0 run)", fstest.MapFS{"run/config.json": {}}, false},
		{"empty lock file (holder between lock and write)", lock(""), false},
		{"garbage", lock("not a pid"), false},
		{"negative", lock("-1"), false},
	} {
		if got := trainerGone(c.fsys, "run"); got != c.want {
			t.Errorf("%s: trainerGone = %v, want %v", c.name, got, c.want)
		}
	}
}
