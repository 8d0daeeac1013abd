package evaluation

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"gonum.org/v1/gonum/mat"

	"gogan/data/dataset"
	"gogan/data/mnist"
	"gogan/engine/gemm"
	"gogan/format/npy"
	"gogan/metric/frechet"
	"gogan/metric/inception"
	"gogan/recipe/configfile"
)

// InceptionReport holds the measures computed with pytorch-fid's
// Inception-v3 (--inception): comparable with the literature's numbers, not
// with the built-in classifier's FID.
type InceptionReport struct {
	Weights         string   `json:"weights"`
	Reference       string   `json:"reference"`
	ReferenceImages int      `json:"reference_images,omitempty"` // 0: statistics from an .npz
	FID             float64  `json:"fid"`
	ISMean          float64  `json:"is_mean"`
	ISStd           float64  `json:"is_std"`
	ISSplits        int      `json:"is_splits"`
	KID             *MeanStd `json:"kid,omitempty"` // only with a data folder as reference
	CacheFile       string   `json:"cache_file,omitempty"`
	CacheHit        bool     `json:"cache_hit,omitempty"`
}

// MeanStd is a mean and a standard deviation over subsets.
type MeanStd struct {
	Mean    float64 `json:"mean"`
	Std     float64 `json:"std"`
	Subsets int     `json:"subsets"`
	Size    int     `json:"subset_size"`
}

// inceptionBatch is how many images the Inception net takes a pass.
const inceptionBatch = 16

// loadInception builds the net and loads the weights file; tests replace
// it to build a net without a file.
var loadInception = func(path string, be gemm.Backend) (*inception.Net, error) {
	net, err := inception.New(be, inceptionBatch, 0)
	if err != nil {
		return nil, err
	}
	if err := net.Load(path); err != nil {
		return nil, fmt.Errorf("eval: --inception %s: %w", path, err)
	}
	return net, nil
}

// extract is Net.Extract; tests wrap it to count the passes.
var extract = (*inception.Net).Extract

// progressPrinter returns Extract's progress callback: what, images done of
// total, images/s and the time left, at most every 5 seconds.
func progressPrinter(w io.Writer, what string, total int) func(done int) {
	start, last := time.Now(), time.Now()
	return func(done int) {
		if time.Since(last) < 5*time.Second && done < total {
			return
		}
		last = time.Now()
		el := time.Since(start).Seconds()
		rate := float64(done) / max(el, 1e-9)
		eta := time.Duration(float64(total-done)/max(rate, 1e-9)) * time.Second
		fmt.Fprintf(w, "inception: %s %d/%d images, %.1f images/s, ETA %s\n", what, done, total, rate, eta.Round(time.Second))
	}
}

// extractChunked runs the net over n images (c×h×w, pixels in [lo, 1]) a
// chunk at a time, with progress.
func extractChunked(net *inception.Net, x []float32, n, c, h, w int, lo float32, progress func(int)) (feats, logits []float32, err error) {
	const chunk = 512
	d := c * h * w
	for i0 := 0; i0 < n; i0 += chunk {
		k := min(chunk, n-i0)
		f, l, err := extract(net, x[i0*d:(i0+k)*d], k, c, h, w, lo, func(done int) { progress(i0 + done) })
		if err != nil {
			return nil, nil, err
		}
		feats, logits = append(feats, f...), append(logits, l...)
	}
	return feats, logits, nil
}

// refStats are the reference set's statistics and, for a data folder, its
// features.
type refStats struct {
	stats     inception.Stats
	feats     []float32
	n         int
	cacheFile string
	cacheHit  bool
}

// cacheDir is where reference features are cached.
func cacheDir(o Options) (string, error) {
	if o.CacheDir != "" {
		return o.CacheDir, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("eval: no cache directory for Inception reference features: %w", err)
	}
	return filepath.Join(d, "gogan", "inception"), nil
}

// cacheKey is the SHA-256 of the weights file's bytes, the data folder's
// files (their relative names, sizes and modification times, sorted: not
// their contents) and the shape images are loaded at.
func cacheKey(weights, dir string, c, size int) (string, error) {
	h, err := weightsHash(weights)
	if err != nil {
		return "", err
	}
	var lines []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		lines = append(lines, fmt.Sprintf("%s\x00%d\x00%d", filepath.ToSlash(rel), info.Size(), info.ModTime().UnixNano()))
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("eval: --ref %s: %w", dir, err)
	}
	slices.Sort(lines)
	fmt.Fprintf(h, "\x00%d\x00%d\x00%s", c, size, strings.Join(lines, "\n"))
	return hex.EncodeToString(h.Sum(nil)), nil
}

// weightsHash is a SHA-256 that has read the weights file's bytes: where
// every cache key starts.
func weightsHash(weights string) (hash.Hash, error) {
	h := sha256.New()
	f, err := os.Open(weights)
	if err != nil {
		return nil, fmt.Errorf("eval: --inception: %w", err)
	}
	defer f.Close()
	if _, err := io.Copy(h, f); err != nil {
		return nil, fmt.Errorf("eval: --inception %s: %w", weights, err)
	}
	return h, nil
}

// reference reads or computes the reference statistics: an .npz of
// pytorch-fid's, or a data folder whose features are cached.
func reference(o Options, net *inception.Net, ref string, size int, logw io.Writer) (*refStats, error) {
	if load := embeddedRef(ref); load != nil {
		return embeddedReference(o, net, ref, load, logw)
	}
	st, err := os.Stat(ref)
	if err != nil {
		return nil, fmt.Errorf("eval: --ref: %w", err)
	}
	if !st.IsDir() {
		s, err := inception.ReadStats(ref)
		if err != nil {
			return nil, fmt.Errorf("eval: --ref %w", err)
		}
		if s.D != inception.Features {
			return nil, fmt.Errorf("eval: --ref %s: statistics of %d features; Inception's pool features are %d", ref, s.D, inception.Features)
		}
		return &refStats{stats: s}, nil
	}
	set, err := dataset.LoadStored(ref)
	if err != nil {
		return nil, fmt.Errorf("eval: --ref %s: %w", ref, err)
	}
	c, sz := 0, 0
	if set != nil {
		c, sz = set.C, set.H
	} else {
		c, sz = 3, size // an image folder: RGB at the samples' size
	}
	dir, err := cacheDir(o)
	if err != nil {
		return nil, err
	}
	key, err := cacheKey(o.Inception, ref, c, sz)
	if err != nil {
		return nil, err
	}
	featFile := filepath.Join(dir, key+".features.npy")
	statsFile := filepath.Join(dir, key+".npz")
	if r := cached(featFile, statsFile, ref, logw); r != nil {
		return r, nil
	}
	if set == nil {
		if set, err = dataset.LoadImageFolder(ref, c, sz); err != nil {
			return nil, fmt.Errorf("eval: --ref %s: %w", ref, err)
		}
	}
	return computeReference(net, set, ref, dir, featFile, statsFile, logw)
}

// embeddedRef returns the loader of the embedded MNIST set --ref names
// (mnist:train, mnist:test), or nil for a path.
func embeddedRef(ref string) func() (*dataset.Set, error) {
	switch ref {
	case MNISTTrainRef:
		return mnist.Train
	case MNISTTestRef:
		return mnist.Test
	}
	return nil
}

// The --ref names of the embedded MNIST's sets; MNISTTrainRef is the
// default reference of a run trained on the embedded MNIST.
const (
	MNISTTrainRef = "mnist:train"
	MNISTTestRef  = "mnist:test"
)

// embeddedReference is reference for an embedded MNIST set, cached under
// the weights' checksum and the set's name.
func embeddedReference(o Options, net *inception.Net, ref string, load func() (*dataset.Set, error), logw io.Writer) (*refStats, error) {
	dir, err := cacheDir(o)
	if err != nil {
		return nil, err
	}
	h, err := weightsHash(o.Inception)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(h, "\x00embedded %s", ref)
	key := hex.EncodeToString(h.Sum(nil))
	featFile := filepath.Join(dir, key+".features.npy")
	statsFile := filepath.Join(dir, key+".npz")
	if r := cached(featFile, statsFile, ref, logw); r != nil {
		return r, nil
	}
	set, err := load()
	if err != nil {
		return nil, fmt.Errorf("eval: --ref %s: %w", ref, err)
	}
	return computeReference(net, set, ref, dir, featFile, statsFile, logw)
}

// cached reads a reference's cached features and statistics, nil when
// either is missing or unreadable.
func cached(featFile, statsFile, ref string, logw io.Writer) *refStats {
	shape, v, err := npy.ReadFile(featFile)
	if err != nil || len(shape) != 2 || shape[1] != inception.Features || shape[0] < 2 {
		return nil
	}
	s, err := inception.ReadStats(statsFile)
	if err != nil || s.D != inception.Features {
		return nil
	}
	fmt.Fprintf(logw, "inception: reference features of %s from the cache %s\n", ref, featFile)
	return &refStats{stats: s, feats: v, n: shape[0], cacheFile: featFile, cacheHit: true}
}

// computeReference extracts set's features, computes their statistics and
// caches both.
func computeReference(net *inception.Net, set *dataset.Set, ref, dir, featFile, statsFile string, logw io.Writer) (*refStats, error) {
	if set.N < 2 {
		return nil, fmt.Errorf("eval: --ref %s: %d images; need at least 2", ref, set.N)
	}
	x := floats(set, 0, set.N)
	feats, _, err := extractChunked(net, x, set.N, set.C, set.H, set.W, 0, progressPrinter(logw, "reference "+ref, set.N))
	if err != nil {
		return nil, fmt.Errorf("eval: --ref %s: %w", ref, err)
	}
	s, err := inception.StatsOf(feats, set.N, inception.Features)
	if err != nil {
		return nil, err
	}
	// Cached only now, after success; each file is written atomically, and
	// the features are read only when the statistics are there too.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("eval: inception cache: %w", err)
	}
	if err := s.WriteFile(statsFile); err != nil {
		return nil, err
	}
	if err := npy.WriteFile(featFile, []int{set.N, inception.Features}, feats); err != nil { // atomic
		return nil, err
	}
	fmt.Fprintf(logw, "inception: reference features cached in %s (statistics, pytorch-fid's .npz: %s)\n", featFile, statsFile)
	return &refStats{stats: s, feats: feats, n: set.N, cacheFile: featFile}, nil
}

// defaultRef is the run's training data folder, from its config.json.
func defaultRef(o Options) (string, error) {
	if o.Checkpoint == "" {
		return "", errors.New("eval: --inception needs --ref (a data folder or pytorch-fid's .npz of mu and sigma) with --samples")
	}
	dir := o.Checkpoint
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		dir = filepath.Dir(dir)
	}
	cfg, err := configfile.Load(dir)
	if err != nil {
		return "", fmt.Errorf("eval: --inception needs --ref (a data folder or pytorch-fid's .npz of mu and sigma): %w", err)
	}
	if cfg.Train.Data == "" && cfg.Model.Channels == 1 {
		return MNISTTrainRef, nil // trained on the embedded MNIST
	}
	if cfg.Train.Data == "" {
		return "", fmt.Errorf("eval: --inception needs --ref (a data folder or pytorch-fid's .npz of mu and sigma): the run %s names no training data folder (train.data in its config.json)", o.Checkpoint)
	}
	return cfg.Train.Data, nil
}

// runInception computes the Inception measures of n samples (c×s×s, pixels
// in [lo, 1]).
func runInception(o Options, be gemm.Backend, x []float32, n, c, s int, lo float32, logw io.Writer) (*InceptionReport, error) {
	ref := o.Ref
	if ref == "" {
		var err error
		if ref, err = defaultRef(o); err != nil {
			return nil, err
		}
	}
	var st os.FileInfo
	var err error
	if embeddedRef(ref) == nil {
		if st, err = os.Stat(ref); err != nil {
			return nil, fmt.Errorf("eval: --ref: %w", err)
		}
	}
	// An .npz is checked before the long work; a folder's features are
	// computed after the samples', so a bad sample caches nothing.
	var r *refStats
	if st != nil && !st.IsDir() {
		if r, err = reference(o, nil, ref, s, logw); err != nil {
			return nil, err
		}
	}
	net, err := loadInception(o.Inception, be)
	if err != nil {
		return nil, err
	}
	src := o.Samples
	if src == "" {
		src = o.Checkpoint
	}
	feats, logits, err := extractChunked(net, x, n, c, s, s, lo, progressPrinter(logw, "samples", n))
	if err != nil {
		return nil, fmt.Errorf("eval: samples of %s: %w", src, err)
	}
	if r == nil {
		if r, err = reference(o, net, ref, s, logw); err != nil {
			return nil, err
		}
	}
	mine, err := inception.StatsOf(feats, n, inception.Features)
	if err != nil {
		return nil, err
	}
	rep := &InceptionReport{Weights: o.Inception, Reference: ref, ReferenceImages: r.n, CacheFile: r.cacheFile, CacheHit: r.cacheHit}
	if n < inception.Features {
		rep.FID, err = fidLowRank(feats, n, mine, r.stats)
	} else {
		rep.FID, err = inception.FIDStats(mine, r.stats)
	}
	if err != nil {
		return nil, err
	}
	rep.ISSplits = min(inception.ISSplits, n)
	if rep.ISMean, rep.ISStd, err = inception.InceptionScore(logits, n, inception.Classes, rep.ISSplits, true, inception.RNGSeed); err != nil {
		return nil, err
	}
	if r.feats != nil {
		size := min(inception.KIDSubsetSize, n, r.n)
		k := &MeanStd{Subsets: inception.KIDSubsets, Size: size}
		if k.Mean, k.Std, err = inception.KID(feats, n, r.feats, r.n, inception.Features, k.Subsets, size, inception.RNGSeed); err != nil {
			return nil, err
		}
		rep.KID = k
	}
	return rep, nil
}

// fidLowRank is pytorch-fid's distance between n rows of features (fewer
// than their dimension) and a reference's statistics, without the d×d
// square roots: the samples' covariance is AᵀA with A the centred rows
// over sqrt(n-1), and the nonzero eigenvalues of AᵀA·Σ₂, whose square roots
// sum to tr sqrt(Σ₁Σ₂), are those of the n×n matrix A·Σ₂·Aᵀ. The same value
// as inception.FIDStats, in n·d² operations instead of several d³.
func fidLowRank(feats []float32, n int, mine, ref inception.Stats) (float64, error) {
	d := ref.D
	if mine.D != d || n < 2 || len(feats) != n*d {
		return 0, fmt.Errorf("eval: FID of %d rows of %d features against statistics of %d", n, mine.D, d)
	}
	a := mat.NewDense(n, d, nil)
	s := 1 / math.Sqrt(float64(n-1))
	for i := range n {
		for j := range d {
			a.Set(i, j, (float64(feats[i*d+j])-mine.Mu[j])*s)
		}
	}
	var b, m mat.Dense
	b.Mul(a, mat.NewDense(d, d, ref.Sigma))
	m.Mul(&b, a.T())
	root, err := frechet.TraceRoot(&m)
	if err != nil {
		return 0, fmt.Errorf("eval: FID: %w", err)
	}
	var diff2, trace float64
	for i := range d {
		diff2 += (mine.Mu[i] - ref.Mu[i]) * (mine.Mu[i] - ref.Mu[i])
		trace += mine.Sigma[i*d+i] + ref.Sigma[i*d+i]
	}
	f := diff2 + trace - 2*root
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, errors.New("eval: FID is not finite")
	}
	return f, nil
}
