package runview

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func appendTo(t *testing.T, path, s string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(s); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestTableReadsOnlyCompleteLines(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "m.csv")
	write(t, p, "a,b\n1,2\n3,4\n5,")
	tab := NewTable(os.DirFS(dir), "m.csv")
	s := tab.Refresh()
	if s.Err != nil || s.Rows != 2 || !reflect.DeepEqual(s.Columns, []string{"a", "b"}) {
		t.Fatalf("rows %d columns %v err %v, want 2 rows of a,b", s.Rows, s.Columns, s.Err)
	}
	if got := s.Col(1, 0, 2); !reflect.DeepEqual(got, []float64{2, 4}) {
		t.Fatalf("column b = %v", got)
	}
	gen := s.Gen
	// The writer finishes the half line and starts another.
	appendTo(t, p, "6\n7,8\n9")
	s = tab.Refresh()
	if s.Rows != 4 || s.Gen != gen {
		t.Fatalf("after append: %d rows, gen %d (was %d); want 4 rows, same gen", s.Rows, s.Gen, gen)
	}
	if got := s.Col(0, 0, 4); !reflect.DeepEqual(got, []float64{1, 3, 5, 7}) {
		t.Fatalf("column a = %v", got)
	}
	// A resumed run replaces the file (rename): read afresh, new generation.
	tmp := filepath.Join(dir, "tmp")
	write(t, tmp, "a,b\n1,2\n")
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
	s = tab.Refresh()
	if s.Rows != 1 || s.Gen == gen {
		t.Fatalf("after replace: %d rows, gen %d (old %d); want 1 row and a new gen", s.Rows, s.Gen, gen)
	}
	// A corrupt line stops reading there with an error naming it.
	appendTo(t, p, "3,x\n5,6\n")
	s = tab.Refresh()
	if s.Rows != 1 || s.Err == nil || !strings.Contains(s.Err.Error(), "line 3") || !strings.Contains(s.Err.Error(), `"x"`) {
		t.Fatalf("corrupt line: %d rows, err %v; want 1 row and an error naming line 3", s.Rows, s.Err)
	}
	// A missing file is an empty table.
	os.Remove(p)
	if s = tab.Refresh(); s.Rows != 0 || s.Err != nil {
		t.Fatalf("missing file: %d rows, err %v", s.Rows, s.Err)
	}
}

func TestLastLine(t *testing.T) {
	long := "h\n" + strings.Repeat("1,2,3\n", 2000) + "7,8,9\n10,1"
	for _, c := range []struct{ in, want string }{
		{"h\n", ""}, {"h\n1,2\n", "1,2"}, {"h\n1,2\n3,", "1,2"}, {"h\r\n1,2\r\n", "1,2"}, {long, "7,8,9"}, {"", ""},
	} {
		fsys := fstest.MapFS{"m.csv": {Data: []byte(c.in)}}
		got, err := LastLine(fsys, "m.csv")
		if err != nil || got != c.want {
			t.Errorf("LastLine(%.20q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestDeriveState(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	yes, no := true, false
	row := func(bd int, loss float64) *Row { return &Row{BatchesDone: bd, DLoss: loss, GLoss: loss} }
	pos := func(epoch, batch, bd int) *Position {
		return &Position{Epoch: epoch, Batch: batch, BatchesDone: bd}
	}
	cases := []struct {
		name string
		f    Facts
		want State
		says string
	}{
		{"all epochs checkpointed", Facts{Epochs: 2, Last: row(1875, 1), Position: pos(2, 0, 1876), Modified: now}, Finished, "all 2 epochs"},
		{"writing now", Facts{Epochs: 5, Last: row(500, 1), Position: pos(0, 0, 0), Modified: now.Add(-5 * time.Second)}, Running, "5s ago"},
		{"live process, long evaluation", Facts{Epochs: 5, Last: row(500, 1), Modified: now.Add(-time.Hour), Live: &yes}, Running, "this process"},
		{"process known gone", Facts{Epochs: 5, Last: row(937, 1), Position: pos(1, 0, 938), Modified: now, Live: &no}, Stopped, "interrupted at epoch 1"},
		{"Ctrl-C", Facts{Epochs: 5, Last: row(999, 1), Position: pos(1, 62, 1000), Modified: now.Add(-time.Hour)}, Stopped, "batch 62"},
		{"max batches", Facts{Epochs: 5, MaxBatches: 300, Last: row(299, 1), Position: pos(0, 300, 300), Modified: now.Add(-time.Hour)}, Stopped, "--max-batches 300"},
		{"ended past its checkpoint", Facts{Epochs: 5, Last: row(1200, 1), Position: pos(1, 0, 938), Modified: now.Add(-time.Hour)}, Diverged, "batches_done 938"},
		{"ended before any checkpoint", Facts{Epochs: 5, Last: row(12, 1), Modified: now.Add(-time.Hour)}, Diverged, "no checkpoint"},
		{"non-finite loss logged", Facts{Epochs: 5, Last: row(12, math.NaN()), Modified: now}, Diverged, "non-finite"},
		{"never started", Facts{Epochs: 5, Modified: now.Add(-time.Hour)}, Stopped, "no training iteration"},
	}
	for _, c := range cases {
		c.f.Now = now
		got, why := DeriveState(c.f)
		if got != c.want || !strings.Contains(why, c.says) {
			t.Errorf("%s: %s (%q), want %s saying %q", c.name, got, why, c.want, c.says)
		}
	}
}

func TestListAndImages(t *testing.T) {
	fsys := fstest.MapFS{
		"a/config.json":               {Data: []byte("{}")},
		"a/images/epoch_002.png":      {},
		"a/images/epoch_001.png":      {},
		"a/images/400.png":            {},
		"a/images/0.png":              {},
		"a/images/.epoch_003.png.tmp": {},
		"a/images/notes.txt":          {},
		"group/b/config.json":         {Data: []byte("{}")},
		"group/c/d/e/config.json":     {Data: []byte("{}")}, // deeper than MaxDepth
		".hidden/config.json":         {Data: []byte("{}")},
		"empty/x.txt":                 {},
	}
	runs, err := List(fsys)
	if err != nil || !reflect.DeepEqual(runs, []string{"a", "group/b"}) {
		t.Fatalf("List = %v, %v; want [a group/b]", runs, err)
	}
	ep, bt, err := Images(fsys, "a")
	if err != nil || !reflect.DeepEqual(ep, []int{1, 2}) || !reflect.DeepEqual(bt, []int{0, 400}) {
		t.Fatalf("Images = %v %v %v", ep, bt, err)
	}
}

func TestReadPositionErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"short":  {Data: []byte{1, 2}},
		"huge":   {Data: []byte{0, 0, 0, 0, 1, 0, 0, 0}},
		"nometa": {Data: append([]byte{2, 0, 0, 0, 0, 0, 0, 0}, "{}"...)},
	}
	for name, want := range map[string]string{"short": "too short", "huge": "too large", "nometa": "no position"} {
		if _, err := ReadPosition(fsys, name); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error saying %q", name, err, want)
		}
	}
}
