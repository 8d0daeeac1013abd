package rundir

import (
	"bufio"
	"fmt"
	"os"
)

// PauseEnv names a test hook: when it is set (to anything), every step of
// Publish (each staged file, the commit, each refreshed view file) prints
// "gogan-test-pause: <step>" on stderr and waits for a line on stdin, so a
// test can kill the process at a known point inside a checkpoint write, or
// let it go on.
const PauseEnv = "GOGAN_TEST_CHECKPOINT_PAUSE"

var pauseOn = os.Getenv(PauseEnv) != ""

var stdin = bufio.NewReader(os.Stdin)

func pause(step string) {
	if pauseOn {
		fmt.Fprintf(os.Stderr, "gogan-test-pause: %s\n", step)
		stdin.ReadString('\n')
	}
}
