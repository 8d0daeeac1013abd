package evaluation

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"image/color"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/npy"
	"gogan/metric/inception"
	"gogan/recipe"
	"gogan/recipe/configfile"
)

// testNet is an Inception-v3 with PyTorch's default initialisation from a
// fixed seed (deterministic weights), built once: the tests bypass the
// weights file, which is not downloadable here.
var testNet *inception.Net

// fakeInception makes Run use testNet for any weights file, counts the
// Extract passes into *calls, and returns a weights file to name (its bytes
// only feed the cache key).
func fakeInception(t *testing.T, calls *int) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs Inception-v3 on a few images")
	}
	if testNet == nil {
		n, err := inception.New(nil, 4, 1)
		if err != nil {
			t.Fatal(err)
		}
		testNet = n
	}
	oldLoad, oldExtract := loadInception, extract
	t.Cleanup(func() { loadInception, extract = oldLoad, oldExtract })
	loadInception = func(string, gemm.Backend) (*inception.Net, error) { return testNet, nil }
	extract = func(n *inception.Net, x []float32, images, c, h, w int, lo float32, progress func(int)) ([]float32, []float32, error) {
		if calls != nil {
			*calls++
		}
		return oldExtract(n, x, images, c, h, w, lo, progress)
	}
	weights := filepath.Join(t.TempDir(), "pt_inception-test.pth")
	if err := os.WriteFile(weights, []byte("test weights"), 0o644); err != nil {
		t.Fatal(err)
	}
	return weights
}

// colourSamples writes n random 3x8x8 samples in [-1, 1] to a .npy.
func colourSamples(t *testing.T, n int, seed uint64) (string, []float32) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 9))
	x := make([]float32, n*3*8*8)
	for i := range x {
		x[i] = float32(2*r.Float64() - 1)
	}
	path := filepath.Join(t.TempDir(), "samples.npy")
	if err := npy.WriteFile(path, []int{n, 3, 8, 8}, x); err != nil {
		t.Fatal(err)
	}
	return path, x
}

// TestInceptionFIDAgainstNPZ: eval --samples --ref stats.npz gives the FID
// inception.FID computes on the same features. With 4 samples eval takes
// the low-rank path (fidLowRank); inception.FID's two 2048×2048 square
// roots take about a minute on 2 cores, the bulk of this test.
func TestInceptionFIDAgainstNPZ(t *testing.T) {
	weights := fakeInception(t, nil)
	samples, x := colourSamples(t, 4, 1)
	_, y := colourSamples(t, 4, 2)
	refFeats, _, err := testNet.Extract(y, 4, 3, 8, 8, -1, nil)
	if err != nil {
		t.Fatal(err)
	}
	refFeats = append([]float32(nil), refFeats...)
	st, err := inception.StatsOf(refFeats, 4, inception.Features)
	if err != nil {
		t.Fatal(err)
	}
	npz := filepath.Join(t.TempDir(), "ref.npz")
	if err := st.WriteFile(npz); err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	rep, err := Run(Options{Samples: samples, Inception: weights, Ref: npz, CacheDir: t.TempDir(), Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	feats, _, err := testNet.Extract(x, 4, 3, 8, 8, -1, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := inception.FID(feats, 4, refFeats, 4, inception.Features)
	if err != nil {
		t.Fatal(err)
	}
	ir := rep.Inception
	if ir == nil || rep.Quality == nil || rep.Judge != "cifar10-vgg" {
		t.Fatalf("report %+v: want Inception measures beside the CIFAR-10 judge's for colour samples", rep)
	}
	if math.Abs(ir.FID-want) > 1e-6*math.Max(1, want) || !(want > 0) {
		t.Errorf("Inception FID %v, want %v", ir.FID, want)
	}
	if ir.KID != nil || !(ir.ISMean >= 1) || ir.ISSplits != 4 {
		t.Errorf("report %+v: want IS ≥ 1 over 4 splits and no KID against an .npz", ir)
	}
	md, err := os.ReadFile(filepath.Join(strings.TrimSuffix(samples, ".npy")+"_eval", "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "Inception FID") || !strings.Contains(log.String(), "Inception FID") {
		t.Errorf("report.md %q / log %q do not show the Inception FID", md, log.String())
	}
}

// TestInceptionBadReference: an .npz without mu, or of another dimension,
// a missing --ref, NaN samples: each an error naming the file, before any
// Inception pass for the .npz.
func TestInceptionBadReference(t *testing.T) {
	calls := 0
	weights := fakeInception(t, &calls)
	samples, _ := colourSamples(t, 4, 1)
	for _, ref := range []string{"../metric/inception/testdata/stats_nomu.npz", "../metric/inception/testdata/stats.npz", filepath.Join(t.TempDir(), "absent")} {
		_, err := Run(Options{Samples: samples, Inception: weights, Ref: ref, CacheDir: t.TempDir()})
		if err == nil || !strings.Contains(err.Error(), ref) {
			t.Errorf("--ref %s: error %v, want one naming it", ref, err)
		}
	}
	if _, err := Run(Options{Samples: samples, Inception: weights}); err == nil || !strings.Contains(err.Error(), "--ref") {
		t.Errorf("no --ref with --samples: error %v, want one asking for --ref", err)
	}
	if calls != 0 {
		t.Errorf("%d Inception passes before the reference was found bad", calls)
	}
	nan := filepath.Join(t.TempDir(), "nan.npy")
	x := make([]float32, 4*3*8*8)
	x[5] = float32(math.NaN())
	if err := npy.WriteFile(nan, []int{4, 3, 8, 8}, x); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	if _, err := Run(Options{Samples: nan, Inception: weights, Ref: writeRefFolder(t, 4), CacheDir: cache}); err == nil || !strings.Contains(err.Error(), nan) || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("NaN samples: error %v, want one naming %s", err, nan)
	}
	if es, _ := os.ReadDir(cache); len(es) != 0 {
		t.Errorf("a failed run cached %d files", len(es))
	}
}

// writeRefFolder writes n 8x8 RGB PNGs.
func writeRefFolder(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for k := range n {
		img := image.NewRGBA(image.Rect(0, 0, 8, 8))
		for y := range 8 {
			for x := range 8 {
				img.Set(x, y, color.RGBA{uint8(30*k + 7*x), uint8(11*y + 50*k), uint8(5*x*y + k), 255})
			}
		}
		f, err := os.Create(filepath.Join(dir, string(rune('a'+k))+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return dir
}

// TestInceptionReferenceCache: a data folder's features are computed once,
// cached with pytorch-fid's .npz beside them, and reused; KID is reported.
func TestInceptionReferenceCache(t *testing.T) {
	calls := 0
	weights := fakeInception(t, &calls)
	samples, _ := colourSamples(t, 4, 1)
	ref, cache := writeRefFolder(t, 4), t.TempDir()
	o := Options{Samples: samples, Inception: weights, Ref: ref, CacheDir: cache}
	first, err := Run(o)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 2 {
		t.Errorf("first run: %d Inception passes, want 2 (samples, reference)", calls)
	}
	ir := first.Inception
	if ir.KID == nil || ir.ReferenceImages != 4 || ir.CacheHit || ir.CacheFile == "" {
		t.Fatalf("first run: %+v", ir)
	}
	st, err := os.Stat(ir.CacheFile)
	if err != nil {
		t.Fatal(err)
	}
	npz := strings.TrimSuffix(ir.CacheFile, ".features.npy") + ".npz"
	if s, err := inception.ReadStats(npz); err != nil || s.D != inception.Features {
		t.Errorf("cached .npz %s: %v", npz, err)
	}
	calls = 0
	second, err := Run(o)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1 || !second.Inception.CacheHit {
		t.Errorf("second run: %d Inception passes (want 1, the samples'), cache hit %v", calls, second.Inception.CacheHit)
	}
	if st2, err := os.Stat(ir.CacheFile); err != nil || !st2.ModTime().Equal(st.ModTime()) {
		t.Errorf("cache file rewritten: %v", err)
	}
	if second.Inception.FID != ir.FID || *second.Inception.KID != *ir.KID {
		t.Errorf("cached reference gives FID %v KID %+v, computed %v %+v", second.Inception.FID, *second.Inception.KID, ir.FID, *ir.KID)
	}
}

// colourRun writes an untrained run making 3-channel images.
func colourRun(t *testing.T) string {
	t.Helper()
	cfg, _ := recipe.Preset("paper")
	cfg.Model.GHidden, cfg.Model.DUnits, cfg.Model.DPieces = 32, 8, 2
	cfg.Model.Channels, cfg.Model.ImgSize = 3, 8
	cfg.Out = t.TempDir()
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	be, _ := gemm.Default()
	g := cfg.Model.NewGenerator(nn.Context{BLAS: be, MaxBatch: 1, Rand: rand.New(rand.NewPCG(4, 4))}, nil)
	if err := checkpoint.Save(filepath.Join(cfg.Out, recipe.GeneratorFile), g, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	return cfg.Out
}

// TestColourCheckpoint: a colour model is judged by the built-in CIFAR-10
// classifier (its 8x8 images brought to 32x32), and with --inception by
// Inception-v3 as well.
func TestColourCheckpoint(t *testing.T) {
	run := colourRun(t)
	var log strings.Builder
	rep, err := Run(Options{Checkpoint: run, N: 20, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Judge != "cifar10-vgg" || rep.Quality == nil || rep.Quality.N != 20 || rep.PrecisionRecall == nil || rep.PrecisionRecall.Fake != 20 || rep.Inception != nil || rep.Parzen != nil || rep.Memorisation != nil {
		t.Errorf("built-in colour report %+v", rep)
	}
	if !strings.Contains(log.String(), "nearest training images skipped") {
		t.Errorf("log %q: want a note that nearest neighbours were skipped without training data", log.String())
	}
	for _, f := range []string{"samples.png", "classes.png", "interpolation.png"} {
		if _, err := os.Stat(filepath.Join(run, "eval", f)); err != nil {
			t.Error(err)
		}
	}
	// Without train.data in its config and without --ref: an error asking for --ref.
	weights := fakeInception(t, nil)
	if _, err := Run(Options{Checkpoint: run, N: 4, Inception: weights}); err == nil || !strings.Contains(err.Error(), "--ref") {
		t.Errorf("no --ref, no train.data: error %v, want one asking for --ref", err)
	}
	rep, err = Run(Options{Checkpoint: run, N: 4, Inception: weights, Ref: writeRefFolder(t, 4), CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Quality == nil || rep.Inception == nil || rep.Inception.KID == nil {
		t.Errorf("report %+v", rep)
	}
	if _, err := os.Stat(filepath.Join(run, "eval", "report.json")); err != nil {
		t.Error(err)
	}
}

// TestInceptionEmbeddedMNISTRef: a run trained on the embedded MNIST takes
// its training set as the default reference (mnist:train), and --ref
// mnist:test names the test set; their features are cached under the
// weights' checksum and the set's name. Computing 10,000 images' Inception
// features takes most of an hour here, so the cache is written beforehand
// (3 rows of features) and the test checks that eval finds and uses it.
func TestInceptionEmbeddedMNISTRef(t *testing.T) {
	cfg, _ := recipe.Preset("seed")
	cfg.Out = t.TempDir()
	if err := configfile.Save(cfg); err != nil {
		t.Fatal(err)
	}
	if ref, err := defaultRef(Options{Checkpoint: cfg.Out}); err != nil || ref != MNISTTrainRef {
		t.Errorf("default reference of an embedded-MNIST run: %q, %v; want %q", ref, err, MNISTTrainRef)
	}
	calls := 0
	weights := fakeInception(t, &calls)
	counted := extract
	extract = func(n *inception.Net, x []float32, images, c, h, w int, lo float32, progress func(int)) ([]float32, []float32, error) {
		if images > 4 {
			return nil, nil, errors.New("the reference was computed, not read from the cache")
		}
		return counted(n, x, images, c, h, w, lo, progress)
	}
	cache := t.TempDir()
	b, _ := os.ReadFile(weights)
	h := sha256.Sum256(append(b, []byte("\x00embedded "+MNISTTestRef)...))
	key := filepath.Join(cache, hex.EncodeToString(h[:]))
	r := rand.New(rand.NewPCG(3, 3))
	feats := make([]float32, 3*inception.Features)
	for i := range feats {
		feats[i] = r.Float32()
	}
	st, err := inception.StatsOf(feats, 3, inception.Features)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.WriteFile(key + ".npz"); err != nil {
		t.Fatal(err)
	}
	if err := npy.WriteFile(key+".features.npy", []int{3, inception.Features}, feats); err != nil {
		t.Fatal(err)
	}
	samples, _ := colourSamples(t, 4, 2)
	rep, err := Run(Options{Samples: samples, Inception: weights, Ref: MNISTTestRef, CacheDir: cache})
	if err != nil {
		t.Fatal(err)
	}
	ir := rep.Inception
	if calls != 1 || !ir.CacheHit || ir.ReferenceImages != 3 || ir.Reference != MNISTTestRef || ir.KID == nil {
		t.Errorf("%d Inception passes (want 1, the samples'); report %+v", calls, ir)
	}
}
