package serve

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"gogan/engine/gemm"
	"gogan/evaluation"
	"gogan/train"
)

// A real run, trained once for the package's tests: the improved preset
// (so it has EMA weights) on the first 256 MNIST images, 4 batches an
// epoch, 3 epochs, a sample grid every 2 batches and an evaluation each
// epoch on 500 samples.
const (
	fixtureImages = 256
	fixtureEpochs = 3
)

var fixture struct {
	once sync.Once
	dir  string // the run directory, read-only for tests
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixture.dir != "" {
		os.RemoveAll(filepath.Dir(fixture.dir))
	}
	os.Exit(code)
}

func trainedRun(t testing.TB) string {
	t.Helper()
	fixture.once.Do(func() {
		root, err := os.MkdirTemp("", "gogan-serve-test")
		if err != nil {
			fixture.err = err
			return
		}
		fixture.dir = filepath.Join(root, "demo")
		c, _ := train.Preset("improved")
		c.Epochs, c.TrainImages, c.SampleInterval, c.EvalEvery = fixtureEpochs, fixtureImages, 2, 1
		c.Out = fixture.dir
		be, err := gemm.Default()
		if err != nil {
			fixture.err = err
			return
		}
		opt := train.Options{Backend: be, Evaluate: func(m *train.Models, epoch int) (train.EvalPoint, error) {
			ev, err := evaluation.Quality(m, c, 500)
			ev.Epoch = epoch
			return ev, err
		}}
		_, fixture.err = train.Run(context.Background(), c, opt)
	})
	if fixture.err != nil {
		t.Fatalf("training the fixture run: %v", fixture.err)
	}
	return fixture.dir
}

// copyRun copies the fixture run into a fresh runs directory the test may
// change, as runs/<name>.
func copyRun(t testing.TB, name string) (runs, dir string) {
	t.Helper()
	src := trainedRun(t)
	runs = t.TempDir()
	dir = filepath.Join(runs, name)
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		dst := filepath.Join(dir, rel)
		if info.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
		return os.Chtimes(dst, info.ModTime(), info.ModTime())
	})
	if err != nil {
		t.Fatal(err)
	}
	return runs, dir
}

func newServer(t testing.TB, opt Options) *httptest.Server {
	t.Helper()
	if opt.Backend == nil {
		opt.Backend, _ = gemm.Default()
	}
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(func() { ts.Close(); s.Close() })
	return ts
}

func get(t testing.TB, url string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

func appendFile(t testing.TB, path, s string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := io.WriteString(f, s); err != nil {
		t.Fatal(err)
	}
}

func contains(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}
