package serve

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"gogan/recipe"
)

// TestLoad: 50 clients at once for a few seconds, sampling, streaming and
// polling the metrics while rows are appended, as a training run would.
// Every answer is a 200 or a JSON 503 (queue full), sampling never runs on
// more workers than allowed, and every reader ends with every row. Run it
// with -race.
func TestLoad(t *testing.T) {
	runs, dir := syntheticRun(t, "demo")
	s, err := New(Options{Runs: runs, Workers: 2, Poll: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ts := newServerFor(t, s)
	const (
		samplers, streamers, pollers = 30, 10, 10
		duration                     = 3 * time.Second
	)
	baseRows := 12
	var appended atomic.Int64
	deadline := time.Now().Add(duration)
	stop := make(chan struct{})
	written := make(chan struct{}) // closed when the writer has stopped
	// caughtUp says whether a reader holding next rows may stop: the writer
	// is done and it has them all, or it has had 5 s more to get them.
	caughtUp := func(next int) bool {
		select {
		case <-written:
			return int64(next) == int64(baseRows)+appended.Load() || time.Now().After(deadline.Add(5*time.Second))
		default:
			return false
		}
	}
	go func() {
		defer close(written)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
			bd := baseRows + i
			// Written in two pieces, as a buffered writer may leave it.
			line := fmt.Sprintf("3,%d,%d,0.5,0.7,0.6,0.4,%d.5\n", bd-12, bd, bd)
			appendFile(t, filepath.Join(dir, recipe.MetricsFile), line[:7])
			appendFile(t, filepath.Join(dir, recipe.MetricsFile), line[7:])
			appended.Add(1)
		}
	}()
	var wg sync.WaitGroup
	var ok, busy atomic.Int64
	errs := make(chan string, 100)
	fail := func(format string, args ...any) {
		select {
		case errs <- fmt.Sprintf(format, args...):
		default:
		}
	}
	for c := range samplers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Now().Before(deadline); i++ {
				resp, err := http.Get(fmt.Sprintf("%s/api/runs/demo/sample?n=32&seed=%d", ts.URL, c*1000+i))
				if err != nil {
					fail("sample: %v", err)
					return
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				switch {
				case resp.StatusCode == 200 && resp.Header.Get("Content-Type") == "image/png":
					ok.Add(1)
				case resp.StatusCode == 503 && strings.Contains(string(body), `"error"`):
					busy.Add(1)
				default:
					fail("sample: %d %.100s", resp.StatusCode, body)
				}
			}
		}()
	}
	// final row count each reader saw
	seen := make(chan int, streamers+pollers)
	for range streamers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Get(ts.URL + "/api/runs/demo/stream?since=0")
			if err != nil {
				fail("stream: %v", err)
				return
			}
			defer resp.Body.Close()
			lines := make(chan string)
			go func() {
				r := bufio.NewReader(resp.Body)
				for {
					l, err := r.ReadString('\n')
					if err != nil {
						close(lines)
						return
					}
					lines <- l
				}
			}()
			next, event := 0, ""
			for {
				select {
				case l, open := <-lines:
					if !open {
						fail("stream closed early")
						return
					}
					if strings.HasPrefix(l, "event: ") {
						event = strings.TrimSpace(l[7:])
					}
					if strings.HasPrefix(l, "data: ") && event == "metrics" {
						var a tableAnswer
						if err := json.Unmarshal([]byte(l[6:]), &a); err != nil || a.Since != next || len(a.Data[2]) != a.Next-a.Since {
							fail("stream: bad event %.200s", l)
							return
						}
						for k, bd := range a.Data[2] {
							if int(bd) != a.Since+k {
								fail("stream: row %d has batches_done %v", a.Since+k, bd)
								return
							}
						}
						next = a.Next
					}
				case <-time.After(100 * time.Millisecond):
				}
				if caughtUp(next) {
					seen <- next
					return
				}
			}
		}()
	}
	for range pollers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			next, gen := 0, int64(0)
			for {
				resp, err := http.Get(fmt.Sprintf("%s/api/runs/demo/metrics?since=%d&gen=%d", ts.URL, next, gen))
				if err != nil {
					fail("poll: %v", err)
					return
				}
				var a tableAnswer
				err = json.NewDecoder(resp.Body).Decode(&a)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 || a.Since != next {
					fail("poll: %d %v %+v", resp.StatusCode, err, a)
					return
				}
				next, gen = a.Next, a.Gen
				if caughtUp(next) {
					seen <- next
					return
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}
	time.Sleep(duration)
	close(stop)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	close(seen)
	want := baseRows + int(appended.Load())
	for n := range seen {
		if n != want {
			t.Errorf("a reader ended with %d rows, want %d", n, want)
		}
	}
	if ok.Load() == 0 || s.pg.Peak() > 2 {
		t.Errorf("%d samples drawn, %d refused as busy, at most %d at once (want some, at most 2)", ok.Load(), busy.Load(), s.pg.Peak())
	}
	t.Logf("%d samples drawn, %d refused as busy, %d rows streamed to %d readers, at most %d sampling at once", ok.Load(), busy.Load(), want, streamers+pollers, s.pg.Peak())
}
