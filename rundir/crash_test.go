//go:build unix

package rundir

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCrashHelper is the child of TestKillDuringPublish: it publishes set b
// over set a, pausing after every step (PauseEnv).
func TestCrashHelper(t *testing.T) {
	dir := os.Getenv("RUNDIR_CRASH_CHILD")
	if dir == "" {
		t.Skip("helper process")
	}
	if _, err := Publish(dir, setFiles("b", 1000), 1); err != nil {
		t.Fatal(err)
	}
	os.Stderr.WriteString("gogan-test-pause: done\n")
}

// Killing the process at every step of a checkpoint write leaves one whole
// set, the old or the new, and after Recover a view equal to it and no
// temporary file.
func TestKillDuringPublish(t *testing.T) {
	a, b := setFiles("a", 1000), setFiles("b", 1000)
	steps := []string{"staged generator.safetensors", "staged discriminator.safetensors", "staged training_state.safetensors", "published 2",
		"view generator.safetensors", "view discriminator.safetensors", "view training_state.safetensors", "done"}
	for i, step := range steps {
		dir := t.TempDir()
		if _, err := Publish(dir, a, 1); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
		cmd.Env = append(os.Environ(), "RUNDIR_CRASH_CHILD="+dir, PauseEnv+"=1")
		errs, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		in, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		r := bufio.NewReader(errs)
		for j := range i + 1 {
			if j > 0 {
				in.Write([]byte("\n")) // go on to the next step
			}
			line, err := r.ReadString('\n')
			if err != nil {
				cmd.Process.Kill()
				t.Fatalf("child ended before %q: %v", step, err)
			}
			if !strings.HasPrefix(line, "gogan-test-pause: ") {
				cmd.Process.Kill()
				t.Fatalf("child said %q", line)
			}
		}
		cmd.Process.Kill()
		cmd.Wait()

		if _, err := Recover(dir); err != nil {
			t.Fatalf("killed after %q: Recover: %v", step, err)
		}
		want, seq := a, 1
		if i >= 3 { // from the rename on, the new set is the checkpoint
			want, seq = b, 2
		}
		checkSet(t, dir, want, seq)
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if strings.Contains(d.Name(), ".tmp-") || strings.Contains(d.Name(), ".old-") {
				t.Errorf("killed after %q: %s remains", step, p)
			}
			return nil
		})
	}
}
