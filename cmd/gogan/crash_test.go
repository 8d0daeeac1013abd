//go:build unix

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"gogan/format/safetensors"
	"gogan/rundir"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// goganBinary builds the command once per test binary: the crash tests need
// a real process to kill.
func goganBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gogan-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "gogan")
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		out, err := exec.Command(goTool, "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = err
			binPath = string(out)
		}
	})
	if buildErr != nil {
		t.Fatalf("building gogan: %v\n%s", buildErr, binPath)
	}
	return binPath
}

// crashArgs is a tiny run with every kind of checkpoint file (the improved
// preset has the EMA generator), several checkpoints per epoch and three
// epochs of three batches: five checkpoints.
func crashArgs(data, out string) []string {
	return []string{"train", "--preset", "improved", "--data", data, "--batch-size", "8", "--epochs", "2",
		"--checkpoint-every", "2", "--sample-interval", "4", "--seed", "3", "--out", out}
}

// startPaused starts gogan with the checkpoint pause hook on and returns a
// function that lets it run until it waits in its n-th pause (counting from
// 0), or returns false if it ended first.
func startPaused(t *testing.T, args []string) (*exec.Cmd, func(n int) bool) {
	t.Helper()
	cmd := exec.Command(goganBinary(t), args...)
	cmd.Env = append(os.Environ(), rundir.PauseEnv+"=1")
	in, _ := cmd.StdinPipe()
	errs, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(errs)
	paused := -1 // the pause the process waits in
	return cmd, func(n int) bool {
		for paused < n {
			if paused >= 0 {
				in.Write([]byte("\n")) // let it go on
			}
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					return false
				}
				if strings.HasPrefix(line, "gogan-test-pause: ") {
					break
				}
			}
			paused++
		}
		return true
	}
}

// tensorsOf reads the tensors of a safetensors file (metadata aside: the
// training state records seconds).
func tensorsOf(t *testing.T, path string) []safetensors.Tensor {
	t.Helper()
	f, err := safetensors.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return f.Tensors
}

func sameTensors(t *testing.T, got, want string) {
	t.Helper()
	a, b := tensorsOf(t, got), tensorsOf(t, want)
	if len(a) != len(b) {
		t.Fatalf("%s has %d tensors, %s %d", got, len(a), want, len(b))
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("%s: tensor %s differs from the uninterrupted run's", got, a[i].Name)
		}
	}
}

// withoutSeconds drops metrics.csv's last column, the only one that depends
// on timing.
func withoutSeconds(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.LastIndexByte(line, ','); i >= 0 {
			line = line[:i]
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// TestKillAnywhereThenResume is issue 13's kill test: a real gogan train is
// SIGKILLed inside checkpoint writes (every step of the first checkpoints
// and some of the later ones, found by the pause hook) and at arbitrary
// instants between them; each time --resume finishes the run, whose
// weights, optimiser state and metrics.csv (seconds aside) then equal an
// uninterrupted run's, with no temporary file left behind.
func TestKillAnywhereThenResume(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	data := smallMNIST(t, 20)
	ref := filepath.Join(t.TempDir(), "ref")
	if out, err := exec.Command(goganBinary(t), crashArgs(data, ref)...).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted run: %v\n%s", err, out)
	}
	// Count the pauses of a whole run.
	cmd, next := startPaused(t, crashArgs(data, filepath.Join(t.TempDir(), "count")))
	pauses := 0
	for next(pauses) {
		pauses++
	}
	cmd.Wait()
	const perSet = 2*4 + 1 // four files staged, the commit, four view files
	if pauses != 5*perSet {
		t.Fatalf("a whole run paused %d times, want %d (5 checkpoints)", pauses, 5*perSet)
	}
	// Every step of the first checkpoint, and a different step of each
	// later one.
	points := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, perSet + 2, 2*perSet + 4, 3*perSet + 5, 4*perSet + 8}
	check := func(t *testing.T, out string) {
		// The same command again with --resume added, as a user would.
		args := append(crashArgs(data, out), "--resume")
		if b, err := exec.Command(goganBinary(t), args...).CombinedOutput(); err != nil {
			t.Fatalf("resume: %v\n%s", err, b)
		}
		for _, f := range []string{"generator.safetensors", "discriminator.safetensors", "generator_ema.safetensors", "training_state.safetensors"} {
			sameTensors(t, filepath.Join(out, f), filepath.Join(ref, f))
		}
		if got, want := withoutSeconds(t, filepath.Join(out, "metrics.csv")), withoutSeconds(t, filepath.Join(ref, "metrics.csv")); got != want {
			t.Errorf("metrics.csv:\n%s\nwant:\n%s", got, want)
		}
		filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			if err == nil && (strings.Contains(d.Name(), ".tmp-") || strings.Contains(d.Name(), ".old-")) {
				t.Errorf("%s remains", p)
			}
			return nil
		})
	}
	for _, n := range points {
		t.Run(fmt.Sprintf("pause%d", n), func(t *testing.T) {
			t.Parallel()
			out := filepath.Join(t.TempDir(), "run")
			cmd, next := startPaused(t, crashArgs(data, out))
			if !next(n) {
				t.Fatalf("the run ended before pause %d", n)
			}
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			check(t, out)
		})
	}
	// Between checkpoints, at whatever instant a timer fires; killed before
	// its first checkpoint, the resumed run starts over.
	for _, d := range []time.Duration{100 * time.Millisecond, 700 * time.Millisecond} {
		t.Run(fmt.Sprint("after", d), func(t *testing.T) {
			t.Parallel()
			out := filepath.Join(t.TempDir(), "run")
			cmd := exec.Command(goganBinary(t), crashArgs(data, out)...)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(d)
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			if _, err := os.Stat(filepath.Join(out, "config.json")); err != nil {
				t.Skipf("killed before the run wrote anything")
			}
			check(t, out)
		})
	}
}

// TestDiskFullThenResume runs out of space on a small tmpfs (where the test
// may mount one) while writing the second checkpoint: the run stops with a
// clear message, the first checkpoint survives, and once there is room
// --resume finishes with an uninterrupted run's weights.
func TestDiskFullThenResume(t *testing.T) {
	mnt := t.TempDir()
	// One seed-model checkpoint set is about 24 MB (G 6 MB, D 2 MB, Adam's
	// moments 16 MB); 40 MB holds one but not a second beside it.
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=40m"); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v); rundir's tests inject ENOSPC instead", err)
	}
	defer syscall.Unmount(mnt, 0)
	data := smallMNIST(t, 20)
	args := func(out string) []string {
		return []string{"train", "--data", data, "--batch-size", "8", "--epochs", "2", "--checkpoint-every", "2", "--sample-interval", "0", "--out", out}
	}
	ref := filepath.Join(t.TempDir(), "ref")
	mustRun(t, args(ref)...)
	out := filepath.Join(mnt, "run")
	code, _, stderr := gogan(t, args(out)...)
	if code == 0 || !strings.Contains(stderr, "no space left on device") || !strings.Contains(stderr, "is intact") {
		t.Fatalf("exit %d on a full disk, stderr %q", code, stderr)
	}
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", syscall.MS_REMOUNT, "size=300m"); err != nil {
		t.Fatalf("remount: %v", err)
	}
	mustRun(t, append(args(out), "--resume")...)
	for _, f := range []string{"generator.safetensors", "discriminator.safetensors", "training_state.safetensors"} {
		sameTensors(t, filepath.Join(out, f), filepath.Join(ref, f))
	}
	if got, want := withoutSeconds(t, filepath.Join(out, "metrics.csv")), withoutSeconds(t, filepath.Join(ref, "metrics.csv")); got != want {
		t.Errorf("metrics.csv:\n%s\nwant:\n%s", got, want)
	}
}

// TestSecondTrainerRefused: while one gogan train holds a run directory, a
// second one (or a resume of it) exits non-zero naming the holder's PID.
func TestSecondTrainerRefused(t *testing.T) {
	data := smallMNIST(t, 20)
	out := filepath.Join(t.TempDir(), "run")
	cmd, next := startPaused(t, crashArgs(data, out))
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	if !next(0) { // inside its first checkpoint, holding the lock
		t.Fatal("the first trainer ended early")
	}
	pid := fmt.Sprint(cmd.Process.Pid)
	for _, extra := range [][]string{{"--seed", "4"}, {"--resume"}} {
		args := append(crashArgs(data, out), extra...)
		b, err := exec.Command(goganBinary(t), args...).CombinedOutput()
		if err == nil || !strings.Contains(string(b), "in use by process "+pid) {
			t.Errorf("second trainer %v: %v\n%s", extra, err, b)
		}
	}
}

// TestInterruptStopsLongCommands: Ctrl-C stops commands that do not catch
// it, here an MNIST classifier training of a minute, at once (train and
// serve catch it to stop cleanly; they have tests of their own).
func TestInterruptStopsLongCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	cmd := exec.Command(goganBinary(t), "classifier", "train", "--epochs", "50", "-o", filepath.Join(t.TempDir(), "c.safetensors"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("the interrupted command exited 0")
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("classifier train still running 10 s after Ctrl-C")
	}
}
