package rundir

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A log resumed at a checkpoint's position, after a crash tore its last
// row, ends byte for byte as an uninterrupted one.
func TestLogResumeCutsTornRows(t *testing.T) {
	dir := t.TempDir()
	row := func(i int) string { return fmt.Sprintf("%d,%d.5\n", i, i) }
	header := []byte("i,x\n")

	whole := filepath.Join(dir, "whole.csv")
	l, err := CreateLog(whole, header)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		fmt.Fprint(l, row(i))
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(dir, "metrics.csv")
	l, err = CreateLog(path, header)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		fmt.Fprint(l, row(i))
	}
	at, err := l.Sync() // the checkpoint after row 3
	if err != nil {
		t.Fatal(err)
	}
	for i := 4; i < 7; i++ {
		fmt.Fprint(l, row(i))
	}
	fmt.Fprint(l, "7,7") // torn by kill -9
	l.Sync()
	l.Close()

	l, err = ResumeLog(path, at)
	if err != nil {
		t.Fatal(err)
	}
	for i := 4; i < 10; i++ {
		fmt.Fprint(l, row(i))
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want, _ := os.ReadFile(whole)
	if string(got) != string(want) {
		t.Errorf("resumed log:\n%s\nwant:\n%s", got, want)
	}
}

func TestResumeLogErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "metrics.csv")
	os.WriteFile(path, []byte("a,b\n1,2\n"), 0o644)
	for _, c := range []struct {
		size int64
		want string
	}{
		{100, "is 8 bytes, but the checkpoint was taken when it had 100"},
		{-3, "had -3"},
		{6, "byte 6"},
	} {
		if _, err := ResumeLog(path, c.size); err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("ResumeLog at %d: %v, want %q", c.size, err, c.want)
		}
	}
	if b, _ := os.ReadFile(path); string(b) != "a,b\n1,2\n" {
		t.Errorf("a refused resume changed the file: %q", b)
	}
	if _, err := ResumeLog(filepath.Join(dir, "none.csv"), 0); err == nil || !strings.Contains(err.Error(), "none.csv") {
		t.Errorf("ResumeLog of a missing file: %v", err)
	}
}

func TestTrimPartialLine(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ in, want string }{
		{"a\n1,2\n3,", "a\n1,2\n"}, {"a\n1,2\n", "a\n1,2\n"}, {"abc", ""}, {"", ""},
	} {
		path := filepath.Join(dir, "m.csv")
		os.WriteFile(path, []byte(c.in), 0o644)
		n, err := TrimPartialLine(path)
		got, _ := os.ReadFile(path)
		if err != nil || string(got) != c.want || n != int64(len(c.want)) {
			t.Errorf("TrimPartialLine(%q) = %d, %v, file %q; want %q", c.in, n, err, got, c.want)
		}
	}
	if n, err := TrimPartialLine(filepath.Join(dir, "none")); n != 0 || err != nil {
		t.Errorf("TrimPartialLine of a missing file: %d, %v", n, err)
	}
}
