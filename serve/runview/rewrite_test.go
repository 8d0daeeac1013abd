package runview

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gogan/rundir"
)

// metricsRows returns metrics.csv's header and rows [from, to), each row's
// losses made from tag so that two runs' rows differ.
func metricsRows(header bool, from, to int, tag float64) string {
	var b strings.Builder
	if header {
		b.WriteString("epoch,batch,batches_done,d_loss,g_loss,d_real,d_fake,seconds\n")
	}
	for i := from; i < to; i++ {
		fmt.Fprintf(&b, "0,%d,%d,%.4f,%.4f,0.5,0.5,%d.25\n", i, i, tag+float64(i)/100, tag+float64(i)/50, i)
	}
	return b.String()
}

// rowsOf returns every column of a snapshot, row-major per column.
func rowsOf(s Snapshot) [][]float64 {
	out := make([][]float64, len(s.Columns))
	for c := range s.Columns {
		out[c] = s.Col(c, 0, s.Rows)
	}
	return out
}

// fresh reads name afresh: what a table of the file as it is now holds.
func fresh(t *testing.T, dir, name string) Snapshot {
	t.Helper()
	s := NewTable(os.DirFS(dir), name).Refresh()
	if s.Err != nil {
		t.Fatal(s.Err)
	}
	return s
}

// TestTableSeesResumeRewrite: gogan train --resume cuts metrics.csv back to
// its checkpoint in place (same inode) and appends again. A table that did
// not read the file while it was short, and finds it longer than before,
// must read it afresh: the rows are the new file's, under a new generation,
// without a parse error from resuming in the middle of a line.
func TestTableSeesResumeRewrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "metrics.csv")
	write(t, p, metricsRows(true, 0, 10, 1))
	tab := NewTable(os.DirFS(dir), "metrics.csv")
	s := tab.Refresh()
	if s.Rows != 10 || s.Err != nil {
		t.Fatalf("first read: %d rows, %v", s.Rows, s.Err)
	}
	gen, oldSize := s.Gen, int64(len(metricsRows(true, 0, 10, 1)))

	// Resume from the checkpoint after row 3: cut back, then append more
	// than was cut, so the file ends past its old size.
	ckpt := int64(len(metricsRows(true, 0, 4, 1)))
	l, err := rundir.ResumeLog(p, ckpt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Write([]byte(metricsRows(false, 4, 16, 7))); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Size() <= oldSize {
		t.Fatalf("the rewritten file is %d bytes, not past the old %d", st.Size(), oldSize)
	}
	s = tab.Refresh()
	want := fresh(t, dir, "metrics.csv")
	if s.Err != nil || s.Rows != 16 || s.Gen == gen || !reflect.DeepEqual(rowsOf(s), rowsOf(want)) {
		t.Fatalf("after the resume: %d rows, gen %d (old %d), err %v; want the new file's 16 rows under a new gen\ngot  %v\nwant %v", s.Rows, s.Gen, gen, s.Err, rowsOf(s), rowsOf(want))
	}

	// Appending goes on incrementally in the same generation.
	gen = s.Gen
	appendTo(t, p, metricsRows(false, 16, 18, 7))
	if s = tab.Refresh(); s.Rows != 18 || s.Gen != gen || s.Err != nil {
		t.Fatalf("after an append: %d rows, gen %d (was %d), %v", s.Rows, s.Gen, gen, s.Err)
	}

	// A rewrite to exactly the old size, at once (the modification time
	// may not move at all on a coarse clock), is seen too.
	l, err = rundir.ResumeLog(p, ckpt)
	if err != nil {
		t.Fatal(err)
	}
	l.Write([]byte(metricsRows(false, 4, 18, 3))) // same lengths, other digits
	l.Close()
	s = tab.Refresh()
	want = fresh(t, dir, "metrics.csv")
	if s.Err != nil || s.Gen == gen || !reflect.DeepEqual(rowsOf(s), rowsOf(want)) {
		t.Fatalf("after a same-size rewrite: %d rows, gen %d (old %d), err %v; want the new file's rows under a new gen", s.Rows, s.Gen, gen, s.Err)
	}
}

// TestTableUnchangedFileIsNotRead: a file last written well before it was
// read is not read again while its size and time stay; one written just
// before is (a write within the clock's granularity may not move the time).
func TestTableUnchangedFileIsNotRead(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "m.csv")
	write(t, p, "a\n1\n2\n")
	tab := NewTable(os.DirFS(dir), "m.csv")
	tab.Refresh()
	st, _ := os.Stat(p)
	if tab.unchanged(st) {
		t.Error("a file written just now counts as certainly unchanged")
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	s := tab.Refresh()
	st, _ = os.Stat(p)
	if s.Rows != 2 || !tab.unchanged(st) {
		t.Errorf("an hour-old file: %d rows, unchanged %v; want 2 rows and unchanged", s.Rows, tab.unchanged(st))
	}
}
