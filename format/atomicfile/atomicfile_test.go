package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// leftovers returns the names of temporary files left in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var tmp []string
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			tmp = append(tmp, e.Name())
		}
	}
	return tmp
}

func TestWrite(t *testing.T) {
	tests := []struct {
		name     string
		old      string // existing content; "" means no file
		fn       func(w io.Writer) error
		want     string // content of path afterwards
		wantErr  bool
		wantMode os.FileMode
	}{
		{
			name:     "new file",
			fn:       func(w io.Writer) error { _, err := io.WriteString(w, "hello"); return err },
			want:     "hello",
			wantMode: 0o644,
		},
		{
			name:     "replace",
			old:      "old",
			fn:       func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err },
			want:     "new",
			wantMode: 0o640,
		},
		{
			name: "fn error keeps old file",
			old:  "old",
			fn: func(w io.Writer) error {
				io.WriteString(w, "partial")
				return errors.New("boom")
			},
			want:    "old",
			wantErr: true,
		},
		{
			name: "fn error without old file",
			fn: func(w io.Writer) error {
				return errors.New("boom")
			},
			wantErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.bin")
			if tt.old != "" {
				if err := os.WriteFile(path, []byte(tt.old), 0o640); err != nil {
					t.Fatal(err)
				}
			}
			err := Write(path, tt.fn)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Write error = %v, want error %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name %s", err, path)
			}
			if tmp := leftovers(t, dir); len(tmp) > 0 {
				t.Errorf("temporary files left: %v", tmp)
			}
			got, rerr := os.ReadFile(path)
			if tt.old == "" && tt.wantErr {
				if !errors.Is(rerr, os.ErrNotExist) {
					t.Errorf("file exists after failed write: %q, %v", got, rerr)
				}
				return
			}
			if rerr != nil {
				t.Fatal(rerr)
			}
			if string(got) != tt.want {
				t.Errorf("content = %q, want %q", got, tt.want)
			}
			if tt.wantMode != 0 {
				fi, err := os.Stat(path)
				if err != nil {
					t.Fatal(err)
				}
				if fi.Mode().Perm() != tt.wantMode {
					t.Errorf("mode = %v, want %v", fi.Mode().Perm(), tt.wantMode)
				}
			}
		})
	}
}

func TestWriteFnErrorWrapped(t *testing.T) {
	sentinel := errors.New("sentinel")
	err := Write(filepath.Join(t.TempDir(), "x"), func(io.Writer) error { return sentinel })
	if !errors.Is(err, sentinel) {
		t.Errorf("error %v does not wrap the fn error", err)
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "data")
	for _, content := range []string{"first", "second, longer", ""} {
		if err := WriteFile(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != content {
			t.Errorf("content = %q, want %q", got, content)
		}
	}
	if tmp := leftovers(t, dir); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestWriteUnwritableDir(t *testing.T) {
	base := t.TempDir()
	notDir := filepath.Join(base, "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	readOnly := filepath.Join(base, "ro")
	if err := os.Mkdir(readOnly, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(readOnly, 0o755) })

	tests := []struct {
		name string
		dir  string
		// inject makes creating the temporary file fail with EACCES, as
		// the kernel does for a read-only directory to anyone but root.
		inject bool
	}{
		{"missing directory", filepath.Join(base, "missing"), false},
		{"parent is a file", notDir, false},
		{"read-only directory", readOnly, os.Geteuid() == 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.inject {
				t.Log("running as root, which ignores permissions: the EACCES is injected")
				injectCreateError(t, tt.dir)
			}
			path := filepath.Join(tt.dir, "out.png")
			err := WriteFile(path, []byte("x"))
			if err == nil {
				t.Fatal("WriteFile succeeded, want error")
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name %s", err, path)
			}
			if tt.dir == readOnly && !errors.Is(err, fs.ErrPermission) {
				t.Errorf("error %q does not wrap the permission error", err)
			}
		})
	}
}

// injectCreateError makes createTemp fail in dir as the kernel does for a
// directory without write permission, until the test ends.
func injectCreateError(t *testing.T, dir string) {
	t.Cleanup(func() { createTemp = os.CreateTemp })
	createTemp = func(d, pattern string) (*os.File, error) {
		if filepath.Clean(d) == filepath.Clean(dir) {
			return nil, &fs.PathError{Op: "open", Path: filepath.Join(d, pattern), Err: syscall.EACCES}
		}
		return os.CreateTemp(d, pattern)
	}
}

// TestWriteReadOnlyDirKeepsFile replaces a file in a directory that cannot
// be written (for real as an ordinary user, injected as root): the error
// names the file and the old contents stay.
func TestWriteReadOnlyDirKeepsFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "run.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		injectCreateError(t, dir)
	} else {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
	}
	err := WriteFile(path, []byte("new"))
	if err == nil || !strings.Contains(err.Error(), path) || !errors.Is(err, fs.ErrPermission) {
		t.Errorf("error %v, want a permission error naming %s", err, path)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("file holds %q after the failed write, want the old contents", got)
	}
}

// TestWriteRenameFails makes the last step fail, for root too: renaming a
// file over a directory is refused. The temporary file must go and the
// directory stay.
func TestWriteRenameFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "taken")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v, want one naming %s", err, path)
	}
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		t.Errorf("the directory at %s is gone: %v", path, err)
	}
	if tmp := leftovers(t, dir); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestWriteRelativePath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := WriteFile("rel.txt", []byte("ok")); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "rel.txt"))
	if err != nil || string(got) != "ok" {
		t.Fatalf("got %q, %v", got, err)
	}
}
