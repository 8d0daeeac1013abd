package rundir

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// setFiles returns a set of three files whose contents say which set they
// belong to, so a torn set shows.
func setFiles(tag string, size int) []File {
	var fs []File
	for _, name := range []string{"generator.safetensors", "discriminator.safetensors", "training_state.safetensors"} {
		body := bytes.Repeat([]byte(tag+" "+name+"\n"), size)
		fs = append(fs, File{Name: name, Write: func(w io.Writer) error { _, err := w.Write(body); return err }})
	}
	return fs
}

func content(t *testing.T, f File) []byte {
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// checkSet checks that dir's newest set and top-level view hold files
// exactly, and that nothing else is left in checkpoints/.
func checkSet(t *testing.T, dir string, files []File, wantSeq int) {
	t.Helper()
	set, ok, err := Newest(dir)
	if err != nil || !ok || set.Seq != wantSeq {
		t.Fatalf("Newest = %+v, %v, %v; want set %d", set, ok, err, wantSeq)
	}
	for _, f := range files {
		for _, p := range []string{set.Path(f.Name), filepath.Join(dir, f.Name)} {
			got, err := os.ReadFile(p)
			if err != nil || !bytes.Equal(got, content(t, f)) {
				t.Errorf("%s: %.40q, %v; want %.40q", p, got, err, content(t, f))
			}
		}
	}
	// Besides published sets (an older one survives a crash before pruning)
	// nothing may be left in checkpoints/.
	seqs, _ := published(dir)
	ents, _ := os.ReadDir(filepath.Join(dir, CheckpointsDir))
	if len(ents) != len(seqs) {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("checkpoints/ holds %v, want only sets", names)
	}
}

// onlySet checks that seq is dir's only set.
func onlySet(t *testing.T, dir string, seq int) {
	t.Helper()
	if seqs, _ := published(dir); !slices.Equal(seqs, []int{seq}) {
		t.Errorf("sets %v, want [%d]", seqs, seq)
	}
}

func TestPublishReplacesSetAndView(t *testing.T) {
	dir := t.TempDir()
	a, b := setFiles("a", 10), setFiles("b", 20)
	if _, err := Publish(dir, a, 1); err != nil {
		t.Fatal(err)
	}
	checkSet(t, dir, a, 1)
	if _, err := Publish(dir, b, 1); err != nil {
		t.Fatal(err)
	}
	checkSet(t, dir, b, 2)
	onlySet(t, dir, 2)
	// The view is a hard link, so it costs no space.
	s1, _ := os.Stat(filepath.Join(dir, "generator.safetensors"))
	s2, _ := os.Stat(filepath.Join(dir, CheckpointsDir, "2", "generator.safetensors"))
	if !os.SameFile(s1, s2) {
		t.Error("the top-level generator is not a link to the set's")
	}
	// keep 2 keeps the previous set as well.
	if _, err := Publish(dir, a, 2); err != nil {
		t.Fatal(err)
	}
	if seqs, _ := published(dir); !slices.Equal(seqs, []int{2, 3}) {
		t.Errorf("sets %v, want [2 3]", seqs)
	}
}

// failingFile is a file that fails with ENOSPC once limit bytes are written,
// as a full disk does.
type failingFile struct {
	*os.File
	left int
}

func (f *failingFile) Write(p []byte) (int, error) {
	if len(p) > f.left {
		n, _ := f.File.Write(p[:f.left])
		f.left = 0
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	f.left -= len(p)
	return f.File.Write(p)
}

// A full disk while writing a set leaves the previous set and the view as
// they were, removes the partial set and says what happened.
func TestPublishDiskFullKeepsPreviousSet(t *testing.T) {
	dir := t.TempDir()
	a, b := setFiles("a", 10), setFiles("b", 100_000)
	if _, err := Publish(dir, a, 1); err != nil {
		t.Fatal(err)
	}
	for _, budget := range []int{0, 1000, 2_000_000, 3_000_000} { // in the first, second and third file
		defer func(orig func(string) (writeFile, error)) { createFile = orig }(createFile)
		left := budget
		createFile = func(path string) (writeFile, error) {
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil {
				return nil, err
			}
			ff := &failingFile{File: f, left: left}
			left = max(left-len(content(t, b[0])), 0)
			return ff, nil
		}
		_, err := Publish(dir, b, 1)
		if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "previous checkpoint") || !strings.Contains(err.Error(), "intact") {
			t.Fatalf("budget %d: Publish error %v", budget, err)
		}
		checkSet(t, dir, a, 1)
		onlySet(t, dir, 1)
	}
}

// On a real full file system (a 1 MiB tmpfs, where the test may mount one)
// the same holds, and a set that fits afterwards is published.
func TestPublishOnFullTmpfs(t *testing.T) {
	mnt := t.TempDir()
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=1m"); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v); TestPublishDiskFullKeepsPreviousSet injects the error instead", err)
	}
	defer syscall.Unmount(mnt, 0)
	a := setFiles("a", 8_000) // about 200 KB a file, 600 KB a set
	if _, err := Publish(mnt, a, 1); err != nil {
		t.Fatal(err)
	}
	_, err := Publish(mnt, setFiles("b", 8_000), 1)
	if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "intact") {
		t.Fatalf("Publish on a full disk: %v", err)
	}
	checkSet(t, mnt, a, 1)
	onlySet(t, mnt, 1)
	small := setFiles("c", 10)
	if _, err := Publish(mnt, small, 1); err != nil {
		t.Fatalf("Publish after the failure: %v", err)
	}
	checkSet(t, mnt, small, 2) // the failed set's number was never published
}

func TestRecoverRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	a := setFiles("a", 10)
	if _, err := Publish(dir, a, 1); err != nil {
		t.Fatal(err)
	}
	leftovers := []string{
		"checkpoints/.tmp-2/generator.safetensors", // a set being written
		"checkpoints/.old-0/generator.safetensors", // a set being removed
		".generator.safetensors.tmp-12345",         // atomicfile's temporary
		".discriminator.safetensors.tmp-link",      // a view being refreshed
		"images/.100.png.tmp-999",
	}
	for _, p := range leftovers {
		p = filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("partial"), 0o644)
	}
	// A crash while refreshing the view left it half old.
	os.Remove(filepath.Join(dir, "discriminator.safetensors"))
	// (Replaced, not rewritten in place: the view shares its data with the set.)
	os.WriteFile(filepath.Join(dir, "older"), []byte("older"), 0o644)
	os.Rename(filepath.Join(dir, "older"), filepath.Join(dir, "training_state.safetensors"))
	keep := filepath.Join(dir, "images", "100.png")
	os.WriteFile(keep, []byte("png"), 0o644)

	removed, err := Recover(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != len(leftovers) {
		t.Errorf("removed %v, want the %d leftovers", removed, len(leftovers))
	}
	checkSet(t, dir, a, 1)
	if _, err := os.Stat(keep); err != nil {
		t.Error("Recover removed a finished image")
	}
	// A directory without checkpoints (a run of gogan 0.1.0) is left alone.
	old := t.TempDir()
	os.WriteFile(filepath.Join(old, "generator.safetensors"), []byte("g"), 0o644)
	if removed, err := Recover(old); err != nil || len(removed) != 0 {
		t.Errorf("Recover on an old run: %v, %v", removed, err)
	}
	if _, ok, _ := Newest(old); ok {
		t.Error("Newest found a set in an old run")
	}
}

func TestPublishIgnoresStrayNames(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"07", "-1", "x", "+3"} {
		os.MkdirAll(filepath.Join(dir, CheckpointsDir, n), 0o755)
	}
	os.WriteFile(filepath.Join(dir, CheckpointsDir, "9"), []byte("a file, not a set"), 0o644)
	if _, ok, err := Newest(dir); ok || err != nil {
		t.Fatalf("Newest found a set among stray names: %v", err)
	}
	set, err := Publish(dir, setFiles("a", 1), 1)
	if err != nil || set.Seq != 1 {
		t.Fatalf("Publish = %+v, %v", set, err)
	}
}

func ExamplePublish() {
	dir, _ := os.MkdirTemp("", "run")
	defer os.RemoveAll(dir)
	for i := range 3 {
		files := []File{{Name: "state.txt", Write: func(w io.Writer) error {
			_, err := fmt.Fprintf(w, "position %d\n", i)
			return err
		}}}
		if _, err := Publish(dir, files, 1); err != nil {
			panic(err)
		}
	}
	set, _, _ := Newest(dir)
	b, _ := os.ReadFile(set.Path("state.txt"))
	top, _ := os.ReadFile(filepath.Join(dir, "state.txt"))
	fmt.Print(filepath.Base(set.Dir), ": ", string(b), "top level: ", string(top))
	// Output:
	// 3: position 2
	// top level: position 2
}
