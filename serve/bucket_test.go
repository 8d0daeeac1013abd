package serve

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/serve/runview"
)

// longTable writes a metrics.csv of n rows (d_loss = row number, g_loss
// NaN in row 7) and returns its snapshot.
func longTable(t *testing.T, n int) runview.Snapshot {
	t.Helper()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("epoch,batch,batches_done,d_loss,g_loss,d_real,d_fake,seconds\n")
	for i := range n {
		g := "0.5"
		if i == 7 {
			g = "NaN"
		}
		fmt.Fprintf(&b, "%d,%d,%d,%d,%s,0.25,0.75,%d.5\n", i/1000, i%1000, i, i, g, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "m.csv"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	s := runview.NewTable(os.DirFS(dir), "m.csv").Refresh()
	if s.Err != nil || s.Rows != n {
		t.Fatalf("%d rows, %v", s.Rows, s.Err)
	}
	return s
}

func encoded(t *testing.T, s runview.Snapshot, q tableQuery) tableAnswer {
	t.Helper()
	body, next := encodeTable(s, q)
	var a tableAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	if a.Next != next {
		t.Fatalf("next %d in the body, %d returned", a.Next, next)
	}
	return a
}

// TestEncodeTableBuckets: a long run's rows in buckets, as the dashboard
// asks for them. The losses and D's outputs are bucket means, the x-axis
// columns the bucket's last row; only whole buckets move next on, the rest
// comes as the tail; no answer holds more than maxPoints buckets; a NaN
// makes its bucket null; another generation, or a since past the rows,
// sends everything again with reset.
func TestEncodeTableBuckets(t *testing.T) {
	const n = 2*maxPoints + 1003
	s := longTable(t, n)
	col := func(a tableAnswer, name string) []float64 {
		for i, c := range a.Columns {
			if c == name {
				return a.Data[i]
			}
		}
		t.Fatalf("no column %s in %v", name, a.Columns)
		return nil
	}

	// every=10 from 0: 10,100 whole buckets, 3 rows of tail.
	a := encoded(t, s, tableQuery{every: 10})
	if a.Reset || a.Since != 0 || a.Next != n-3 || a.Rows != n || a.Every != 10 || len(a.Data) != 8 {
		t.Fatalf("every=10: reset %v since %d next %d rows %d every %d", a.Reset, a.Since, a.Next, a.Rows, a.Every)
	}
	bd, dl, gl, sec := col(a, "batches_done"), col(a, "d_loss"), col(a, "g_loss"), col(a, "seconds")
	if len(bd) != (n-3)/10 {
		t.Fatalf("%d buckets, want %d", len(bd), (n-3)/10)
	}
	for _, i := range []int{1, 2, 57, len(bd) - 1} {
		// Rows 10i..10i+9: d_loss mean 10i+4.5, last batches_done 10i+9.
		if bd[i] != float64(10*i+9) || dl[i] != float64(10*i)+4.5 || sec[i] != float64(10*i+9)+0.5 {
			t.Errorf("bucket %d: batches_done %v d_loss %v seconds %v, want %d, %v, %v", i, bd[i], dl[i], sec[i], 10*i+9, float64(10*i)+4.5, float64(10*i+9)+0.5)
		}
	}
	if gl[0] != 0 || gl[1] != 0.5 || col(a, "d_real")[3] != 0.25 {
		t.Errorf("g_loss buckets %v %v (want null for the NaN, then 0.5), d_real %v", gl[0], gl[1], col(a, "d_real")[3])
	}
	if !strings.Contains(string(must(encodeTable(s, tableQuery{every: 10}))), `"data":[[0,`) || !strings.Contains(string(must(encodeTable(s, tableQuery{every: 10}))), `[null,0.5,`) {
		t.Error("the NaN's bucket is not null")
	}
	// The tail: rows n-3..n-1, the mean of their d_loss, the last batches_done.
	if len(a.Tail) != 8 || a.Tail[2] != float64(n-1) || a.Tail[3] != float64(n-2) {
		t.Errorf("tail %v, want batches_done %d and d_loss %d", a.Tail, n-1, n-2)
	}

	// every=1 from 0: capped at maxPoints rows, no tail; the client pages on.
	a = encoded(t, s, tableQuery{every: 1})
	if a.Next != maxPoints || len(a.Data[0]) != maxPoints || a.Tail != nil {
		t.Fatalf("every=1: next %d, %d rows, tail %v; want maxPoints %d and no tail", a.Next, len(a.Data[0]), a.Tail, maxPoints)
	}
	a = encoded(t, s, tableQuery{every: 1, since: a.Next, gen: s.Gen})
	if a.Reset || a.Since != maxPoints || a.Next != 2*maxPoints || col(a, "d_loss")[0] != maxPoints {
		t.Fatalf("second page: reset %v since %d next %d first d_loss %v", a.Reset, a.Since, a.Next, col(a, "d_loss")[0])
	}
	a = encoded(t, s, tableQuery{every: 1, since: a.Next, gen: s.Gen})
	if a.Next != n || len(a.Data[0]) != 1003 || a.Tail != nil {
		t.Fatalf("last page: next %d, %d rows, tail %v", a.Next, len(a.Data[0]), a.Tail)
	}

	// The last two rows as one bucket of 2: their mean d_loss.
	a = encoded(t, s, tableQuery{every: 2, since: n - 2, gen: s.Gen})
	if a.Next != n || len(a.Data[3]) != 1 || a.Data[3][0] != float64(n-2)+0.5 {
		t.Errorf("every=2 since n-2: next %d d_loss %v", a.Next, a.Data[3])
	}

	// A client of another generation, or ahead of the rows, starts over.
	for _, q := range []tableQuery{{every: 10, since: 500, gen: s.Gen + 1}, {every: 10, since: n + 1, gen: s.Gen}} {
		a = encoded(t, s, q)
		if !a.Reset || a.Since != 0 || a.Next != n-3 {
			t.Errorf("%+v: reset %v since %d next %d; want everything again", q, a.Reset, a.Since, a.Next)
		}
	}
	// The same generation at the end: nothing new, no reset.
	a = encoded(t, s, tableQuery{every: 10, since: n - 3, gen: s.Gen})
	if a.Reset || a.Next != n-3 || len(a.Data[0]) != 0 || len(a.Tail) != 8 {
		t.Errorf("caught up: reset %v next %d %d buckets tail %v", a.Reset, a.Next, len(a.Data[0]), a.Tail)
	}
	if math.IsNaN(a.Tail[3]) {
		t.Error("NaN in the JSON")
	}
}

func must(b []byte, _ int) []byte { return b }
