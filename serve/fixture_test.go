package serve

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/evaluation"
	"gogan/metric/classifier"
	"gogan/metric/fid"
	"gogan/recipe"
	"gogan/recipe/configfile"
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
		c, _ := recipe.Preset("improved")
		c.Run.Epochs, c.Train.TrainImages, c.Run.SampleInterval, c.Run.EvalEvery = fixtureEpochs, fixtureImages, 2, 1
		c.Out = fixture.dir
		be, err := gemm.Default()
		if err != nil {
			fixture.err = err
			return
		}
		// A real evaluation on fewer samples than gogan's 10,000.
		opt := train.Options{Backend: be, Evaluate: func(g *nn.Sequential, noise func([]float32)) (fid.Report, error) {
			clf, err := classifier.Embedded()
			if err != nil {
				return fid.Report{}, err
			}
			return fid.Evaluate(clf, evaluation.Draw(g, noise, 500, c.Train.BatchSize, false), 500, nil)
		}}
		_, fixture.err = train.Run(context.Background(), c, opt)
	})
	if fixture.err != nil {
		t.Fatalf("training the fixture run: %v", fixture.err)
	}
	return fixture.dir
}

// syntheticRun writes a run directory without training: the seed
// preset's config.json, its freshly initialised G as the checkpoint and a
// metrics.csv of 12 rows. It is cheap enough for -race, which makes
// decoding MNIST and training slow.
func syntheticRun(t testing.TB, name string) (runs, dir string) {
	return syntheticRunOf(t, name, "seed")
}

// syntheticRunOf is syntheticRun with another preset's config.json and G.
func syntheticRunOf(t testing.TB, name, preset string) (runs, dir string) {
	t.Helper()
	runs = t.TempDir()
	dir = filepath.Join(runs, name)
	c, _ := recipe.Preset(preset)
	c.Run.Epochs, c.Out = 3, dir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := configfile.Save(c); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g := c.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(1, 1))}, nil)
	if err := checkpoint.Save(filepath.Join(dir, recipe.GeneratorFile), g, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("epoch,batch,batches_done,d_loss,g_loss,d_real,d_fake,seconds\n")
	for i := range 12 {
		fmt.Fprintf(&b, "0,%d,%d,0.69,0.7,0.5,0.5,%d.25\n", i, i, i)
	}
	if err := os.WriteFile(filepath.Join(dir, recipe.MetricsFile), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return runs, dir
}

// copyRun copies the fixture run into a fresh runs directory the test may
// change, as runs/<name>.
func copyRun(t testing.TB, name string) (runs, dir string) {
	t.Helper()
	return copyRunFrom(t, trainedRun(t), name)
}

func copyRunFrom(t testing.TB, src, name string) (runs, dir string) {
	t.Helper()
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
	t.Cleanup(func() { s.Close() })
	return newServerFor(t, s)
}

func newServerFor(t testing.TB, s *Server) *httptest.Server {
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
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
