package rundir

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"gogan/format/atomicfile"
)

// CheckpointsDir holds the published checkpoint sets, one directory each,
// named by a sequence number that grows with every checkpoint.
const CheckpointsDir = "checkpoints"

const (
	stagingPrefix = ".tmp-" // a set being written
	retiredPrefix = ".old-" // a set being removed
)

// File is one file of a checkpoint set: its name and what to write in it.
type File struct {
	Name  string
	Write func(w io.Writer) error
}

// Set is a published checkpoint set.
type Set struct {
	Seq int
	Dir string // the set's directory
}

// Path returns the path of the set's file called name.
func (s Set) Path(name string) string { return filepath.Join(s.Dir, name) }

// Newest returns dir's newest published set; ok is false if there is none
// (no checkpoints/ directory: a run of gogan 0.1.0, whose checkpoint is the
// top-level files, or a run that has not reached its first checkpoint).
func Newest(dir string) (s Set, ok bool, err error) {
	seqs, err := published(dir)
	if err != nil || len(seqs) == 0 {
		return Set{}, false, err
	}
	n := seqs[len(seqs)-1]
	return Set{Seq: n, Dir: filepath.Join(dir, CheckpointsDir, strconv.Itoa(n))}, true, nil
}

// published lists the sequence numbers of dir's published sets, in order.
func published(dir string) ([]int, error) {
	ents, err := os.ReadDir(filepath.Join(dir, CheckpointsDir))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("rundir: %w", err)
	}
	var seqs []int
	for _, e := range ents {
		n, err := strconv.Atoi(e.Name())
		if err == nil && n >= 0 && strconv.Itoa(n) == e.Name() && e.IsDir() {
			seqs = append(seqs, n)
		}
	}
	slices.Sort(seqs)
	return seqs, nil
}

// Publish writes files as dir's next checkpoint set and makes it the newest
// with one rename; a crash at any instant leaves either the previous set or
// the new one, each whole. Then it refreshes the top-level copies of the
// files in dir (the convenience view PyTorch users load) and removes all but
// the keep newest sets (keep ≥ 1).
//
// If writing fails (a full disk, say) the staging directory is removed and
// the error says that the previous set is intact.
func Publish(dir string, files []File, keep int) (Set, error) {
	seqs, err := published(dir)
	if err != nil {
		return Set{}, err
	}
	next := 1
	if len(seqs) > 0 {
		next = seqs[len(seqs)-1] + 1
	}
	root := filepath.Join(dir, CheckpointsDir)
	set := Set{Seq: next, Dir: filepath.Join(root, strconv.Itoa(next))}
	if err := stage(root, set, files); err != nil {
		prev := "no earlier file in " + dir + " was touched"
		if len(seqs) > 0 {
			prev = fmt.Sprintf("the previous checkpoint %s is intact", filepath.Join(root, strconv.Itoa(seqs[len(seqs)-1])))
		}
		if errors.Is(err, syscall.ENOSPC) {
			prev += "; free some space and continue with --resume"
		}
		return Set{}, fmt.Errorf("rundir: saving checkpoint %d: %w (%s)", next, err, prev)
	}
	pause("published " + strconv.Itoa(next))
	if err := refreshView(dir, set, files); err != nil {
		return set, err
	}
	return set, prune(root, append(seqs, next), keep)
}

// stage writes the set into root/.tmp-<n>, syncs it and renames it into
// place.
func stage(root string, set Set, files []File) error {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return err
	}
	tmp := filepath.Join(root, stagingPrefix+strconv.Itoa(set.Seq))
	// Left by a crash before Recover ran: never part of a set.
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	if err := os.Mkdir(tmp, 0o755); err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	for _, f := range files {
		if err := writeSynced(filepath.Join(tmp, f.Name), f.Write); err != nil {
			return err
		}
		pause("staged " + f.Name)
	}
	if err := syncDir(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, set.Dir); err != nil {
		return err
	}
	done = true
	return syncDir(root)
}

// createFile opens a new file for writing; tests replace it to inject
// errors such as ENOSPC.
var createFile = func(path string) (writeFile, error) {
	return os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
}

type writeFile interface {
	io.Writer
	Sync() error
	Close() error
}

func writeSynced(path string, fn func(io.Writer) error) error {
	f, err := createFile(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	err = fn(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// syncDir makes the entries of a directory (a rename, a new file) durable.
// Some systems cannot sync a directory; there the data is synced already
// and the error is ignored. A variable so that tests can see when each sync
// happens, as createFile lets them see the files'.
var syncDir = func(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	d.Sync()
	return d.Close()
}

// refreshView points dir/<name> at the set's file for each file of the set:
// a hard link under a temporary name renamed over the old one, so each file
// is replaced atomically and costs no space; a copy where links fail.
func refreshView(dir string, set Set, files []File) error {
	for _, f := range files {
		dst := filepath.Join(dir, f.Name)
		tmp := filepath.Join(dir, "."+f.Name+".tmp-link")
		os.Remove(tmp)
		src := set.Path(f.Name)
		if sameFile(src, dst) {
			continue
		}
		var err error
		if err = os.Link(src, tmp); err == nil {
			err = os.Rename(tmp, dst)
			// Renaming a link over another link to the same file does
			// nothing and succeeds, leaving tmp.
			os.Remove(tmp)
		} else {
			err = copyFile(src, dst)
		}
		if err != nil {
			return fmt.Errorf("rundir: checkpoint %d is saved, but refreshing %s from it failed: %w", set.Seq, dst, err)
		}
		pause("view " + f.Name)
	}
	syncDir(dir)
	return nil
}

func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return atomicfile.Write(dst, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// prune removes all but the keep newest of seqs. A set is renamed out of
// the published names before it is deleted, so a crash half-way through a
// deletion never leaves a partial set that looks published.
func prune(root string, seqs []int, keep int) error {
	keep = max(keep, 1)
	for _, n := range seqs[:max(len(seqs)-keep, 0)] {
		old := filepath.Join(root, retiredPrefix+strconv.Itoa(n))
		if err := os.Rename(filepath.Join(root, strconv.Itoa(n)), old); err != nil {
			return fmt.Errorf("rundir: removing checkpoint %d: %w", n, err)
		}
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("rundir: removing checkpoint %d: %w", n, err)
		}
	}
	return nil
}

// Recover removes what an interrupted run left in dir: staging and retired
// sets under checkpoints/, and the temporary files of atomic writes
// (".<name>.tmp-*") in dir and dir/images. It then refreshes the top-level
// view from the newest set, which a crash may have left half-refreshed. It
// returns the paths it removed. Only the holder of dir's lock may call it:
// in a live run those files are work in progress.
func Recover(dir string) ([]string, error) {
	var removed []string
	sweep := func(d string, match func(string) bool) error {
		ents, err := os.ReadDir(d)
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("rundir: %w", err)
		}
		for _, e := range ents {
			if !match(e.Name()) {
				continue
			}
			p := filepath.Join(d, e.Name())
			if err := os.RemoveAll(p); err != nil {
				return fmt.Errorf("rundir: removing %s: %w", p, err)
			}
			removed = append(removed, p)
		}
		return nil
	}
	isTemp := func(name string) bool {
		return strings.HasPrefix(name, ".") && (strings.Contains(name, ".tmp-"))
	}
	isSetLeftover := func(name string) bool {
		return strings.HasPrefix(name, stagingPrefix) || strings.HasPrefix(name, retiredPrefix)
	}
	for _, s := range []struct {
		dir   string
		match func(string) bool
	}{{dir, isTemp}, {filepath.Join(dir, "images"), isTemp}, {filepath.Join(dir, CheckpointsDir), isSetLeftover}} {
		if err := sweep(s.dir, s.match); err != nil {
			return removed, err
		}
	}
	set, ok, err := Newest(dir)
	if err != nil || !ok {
		return removed, err
	}
	ents, err := os.ReadDir(set.Dir)
	if err != nil {
		return removed, fmt.Errorf("rundir: %w", err)
	}
	var files []File
	for _, e := range ents {
		files = append(files, File{Name: e.Name()})
	}
	return removed, refreshView(dir, set, files)
}
