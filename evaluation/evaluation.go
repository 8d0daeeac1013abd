// Package evaluation measures a trained generator: the paper's Parzen-window
// log-likelihood, FID and class statistics with the in-project MNIST
// classifier, and the paper's memorisation (Figure 2) and interpolation
// (Figure 3) pictures. It writes a report other tools can read.
package evaluation

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gogan/data/dataset"
	"gogan/data/mnist"
	"gogan/data/resize"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/atomicfile"
	"gogan/format/grid"
	"gogan/format/npy"
	"gogan/gan"
	"gogan/metric/classifier"
	"gogan/metric/fid"
	"gogan/metric/nearest"
	"gogan/metric/parzen"
	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/sample"
)

// DefaultSamples is how many samples an evaluation draws: the paper's
// Parzen protocol uses 10,000.
const DefaultSamples = 10000

// Options select what to evaluate.
type Options struct {
	Checkpoint string // run directory or generator file
	Samples    string // or a .npy of samples, (N, 1, S, S), in [-1,1] or [0,1]
	// Labels, with Samples, is a .npy (float32, (N,)) of the class each
	// sample was drawn for: the conditional measures are added.
	Labels  string
	N       int // samples to draw (0: DefaultSamples)
	Seed    uint64
	Out     string // report directory (default <run>/eval)
	BN      sample.BN
	Parzen  bool
	Log     io.Writer
	Backend gemm.Backend // nil: gemm.Default()
	// Inception is pytorch-fid's Inception-v3 weights file
	// (pt_inception-2015-12-05-6726825d.pth): adds Inception FID, IS and
	// (with a data folder as Ref) KID.
	Inception string
	// Ref is the reference for the Inception FID: pytorch-fid's .npz of mu
	// and sigma, or a data folder (default: the run's train.data).
	Ref string
	// CacheDir holds reference features (default
	// os.UserCacheDir()/gogan/inception).
	CacheDir string
}

// Report is eval/report.json.
type Report struct {
	Source       string             `json:"source"`
	N            int                `json:"n"`
	Quality      *fid.Report        `json:"quality,omitempty"` // the built-in MNIST classifier's
	Inception    *InceptionReport   `json:"inception,omitempty"`
	Conditional  *fid.ClassReport   `json:"conditional,omitempty"`
	Parzen       *parzen.Result     `json:"parzen,omitempty"`
	Memorisation *Memorisation      `json:"memorisation,omitempty"`
	Seconds      map[string]float64 `json:"seconds"`
}

// Memorisation compares how close samples and real test images come to the
// training set: a generator that copies its data has much smaller
// sample→train distances than test→train.
type Memorisation struct {
	Pairs       int             `json:"pairs"`
	SampleTrain nearest.Summary `json:"sample_to_train"`
	TestTrain   nearest.Summary `json:"test_to_train"`
}

// Draw produces n samples from G in chunks its buffers allow, with
// BatchNorm's running statistics unless batchStats.
func Draw(g *nn.Sequential, noise func([]float32), n, maxBatch int, batchStats bool) []float32 {
	d, l := g.Out(), g.In()
	out := make([]float32, 0, n*d)
	z := make([]float32, maxBatch*l)
	for done := 0; done < n; {
		b := min(maxBatch, n-done)
		if batchStats && b < 2 {
			b = 2 // BatchNorm needs two rows; the extra one is dropped
		}
		noise(z[:b*l])
		y := g.Forward(z[:b*l], b, batchStats)
		take := min(b, n-done)
		out = append(out, y[:take*d]...)
		done += take
	}
	return out
}

// toRange maps samples from [lo,1] to [newLo,1] in place.
func toRange(x []float32, lo, newLo float32) {
	if lo == newLo {
		return
	}
	for i, v := range x {
		u := (v - lo) / (1 - lo)
		x[i] = newLo + (1-newLo)*u
	}
}

// Supports reports whether the built-in evaluation can judge m's images:
// its classifier is MNIST's, so grey images of one channel, brought to 28x28.
func Supports(m recipe.Model) error {
	if m.Channels != 1 {
		return fmt.Errorf("the built-in evaluation judges grey 1-channel images with its MNIST classifier; this model makes %d channels", m.Channels)
	}
	return nil
}

// Quality returns a measure of FID, class score and histogram over
// DefaultSamples samples of a model m's generator, drawn maxBatch rows at a
// time: train's quality hook.
func Quality(m recipe.Model, maxBatch int) func(g *nn.Sequential, noise func([]float32)) (fid.Report, error) {
	return func(g *nn.Sequential, noise func([]float32)) (fid.Report, error) {
		if err := Supports(m); err != nil {
			return fid.Report{}, err
		}
		clf, err := classifier.Embedded()
		if err != nil {
			return fid.Report{}, err
		}
		if m.Conditional() {
			labels := make([]int, DefaultSamples)
			for i := range labels {
				labels[i] = i % m.Classes
			}
			x, err := gan.DrawClasses(g, noise, labels, maxBatch, false)
			if err != nil {
				return fid.Report{}, err
			}
			x = resize.Floats(x, DefaultSamples, m.ImgSize, 28)
			rep, err := fid.Evaluate(clf, x, DefaultSamples, nil)
			if err != nil {
				return rep, err
			}
			cr, err := fid.EvaluateClasses(clf, x, labels)
			rep.ConditionalAccuracy = cr.Accuracy
			return rep, err
		}
		x := Draw(g, noise, DefaultSamples, maxBatch, false)
		if m.ImgSize != 28 {
			x = resize.Floats(x, DefaultSamples, m.ImgSize, 28) // dcgan.py's 32x32 to the classifier's 28x28
		}
		toRange(x, m.PixelRange.Lo(), -1)
		return fid.Evaluate(clf, x, DefaultSamples, nil)
	}
}

// ErrSource reports options that name no source, or both.
var ErrSource = errors.New("eval: give exactly one of a checkpoint and a samples file")

// Run evaluates and writes the report into o.Out.
func Run(o Options) (*Report, error) {
	logw := o.Log
	if logw == nil {
		logw = io.Discard
	}
	be, err := gemm.OrDefault(o.Backend)
	if err != nil {
		return nil, err
	}
	if o.N < 0 {
		return nil, fmt.Errorf("eval: n %d must be ≥ 1 (0: the default %d)", o.N, DefaultSamples)
	}
	if o.N == 0 {
		o.N = DefaultSamples
	}
	if o.N > sample.MaxSamples {
		return nil, fmt.Errorf("eval: n %d is more than the %d samples an evaluation holds in memory", o.N, sample.MaxSamples)
	}
	if (o.Checkpoint == "") == (o.Samples == "") {
		return nil, ErrSource
	}
	rep := &Report{Seconds: map[string]float64{}}
	t0 := time.Now()
	var x []float32 // samples in [0,1], n×784
	var g *sample.Generator
	var n int
	var labels []int  // the class each sample was drawn for (conditional)
	var raw []float32 // the samples as drawn, n×rawC×rawS×rawS in [rawLo, 1]
	var rawC, rawS int
	var rawLo float32
	builtin := true // the built-in MNIST measures apply
	if o.Samples != "" {
		shape, v, err := npy.ReadFile(o.Samples)
		if err != nil {
			return nil, err
		}
		if len(shape) != 4 || (shape[1] != 1 && (o.Inception == "" || shape[1] != 3)) || shape[2] != shape[3] || shape[2] < 2 {
			want := "(N, 1, S, S)"
			if o.Inception != "" {
				want = "(N, 1, S, S) or (N, 3, S, S)"
			} else if len(shape) == 4 && shape[1] == 3 {
				want += " for the built-in MNIST evaluation (colour samples: give --inception pt_inception-2015-12-05-6726825d.pth)"
			}
			return nil, fmt.Errorf("eval: %s: samples must have shape %s, got %v", o.Samples, want, shape)
		}
		n, raw, rawC, rawS = shape[0], v, shape[1], shape[2]
		builtin = rawC == 1
		if builtin {
			x = resize.Floats(v, shape[0], shape[2], 28)
		}
		if o.Labels != "" {
			if labels, err = readLabels(o.Labels, n); err != nil {
				return nil, err
			}
		}
		for _, p := range raw {
			if p < 0 {
				rawLo = -1
				break
			}
		}
		toRange(x, rawLo, 0)
		rep.Source = o.Samples
		if o.Out == "" {
			o.Out = strings.TrimSuffix(o.Samples, filepath.Ext(o.Samples)) + "_eval"
		}
	} else {
		const chunk = 500
		if g, err = sample.Open(o.Checkpoint, be); err != nil {
			return nil, err
		}
		m := g.Model
		builtin = m.Channels == 1 && (m.ImgSize == 28 || m.Resized())
		if !builtin && o.Inception == "" {
			return nil, fmt.Errorf("eval: %s makes %dx%dx%d images; the built-in evaluation is for 1x28x28 MNIST: give --inception pt_inception-2015-12-05-6726825d.pth to measure it with Inception-v3 (FID, IS, KID)", o.Checkpoint, m.Channels, m.ImgSize, m.ImgSize)
		}
		rawC, rawS, rawLo = m.Channels, m.ImgSize, m.PixelRange.Lo()
		n = o.N
		if m.Conditional() {
			// Every class in turn; a 32x32 cgan.py G is brought to the
			// classifier's 28x28 with PIL's bilinear filter, unrounded.
			labels = make([]int, n)
			for i := range labels {
				labels[i] = i % m.Classes
			}
			if raw, err = g.SampleClasses(labels, o.Seed, o.BN); err != nil {
				return nil, err
			}
		} else {
			s, err := g.NewSampler(chunk)
			if err != nil {
				return nil, err
			}
			raw = Draw(s.Net(), m.NoiseStream(o.Seed, recipe.StreamEval), n, s.Rows(), o.BN == sample.Batch)
		}
		if builtin {
			x = resize.Floats(raw, n, m.ImgSize, 28)
			toRange(x, m.PixelRange.Lo(), 0)
		}
		rep.Source = g.Path
		if o.Out == "" {
			dir := o.Checkpoint
			if st, err := os.Stat(dir); err == nil && !st.IsDir() {
				dir = filepath.Dir(dir)
			}
			o.Out = filepath.Join(dir, "eval")
		}
	}
	rep.N = n
	if n < 2 {
		return nil, fmt.Errorf("eval: %d samples; need at least 2", n)
	}
	if o.Parzen && builtin && n < 10000 {
		fmt.Fprintf(logw, "note: the paper's Parzen protocol uses 10,000 samples as centres; this is %d\n", n)
	}
	rep.Seconds["sampling"] = time.Since(t0).Seconds()
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}

	if o.Inception != "" {
		t0 = time.Now()
		if rep.Inception, err = runInception(o, be, raw, n, rawC, rawS, rawLo, logw); err != nil {
			return nil, err
		}
		rep.Seconds["inception"] = time.Since(t0).Seconds()
		ir := rep.Inception
		fmt.Fprintf(logw, "Inception FID %.2f against %s, Inception Score %.2f ± %.2f", ir.FID, ir.Reference, ir.ISMean, ir.ISStd)
		if ir.KID != nil {
			fmt.Fprintf(logw, ", KID %.4f ± %.4f", ir.KID.Mean, ir.KID.Std)
		}
		fmt.Fprintf(logw, " (%.1f s)\n", rep.Seconds["inception"])
	}
	if !builtin {
		fmt.Fprintf(logw, "the built-in MNIST measures (classifier FID, Parzen, nearest neighbours) skipped: they judge 1-channel digits\n")
		if err := writeReport(o.Out, rep); err != nil {
			return nil, err
		}
		fmt.Fprintf(logw, "report in %s: report.json, report.md\n", o.Out)
		return rep, nil
	}

	trainSet, err := mnist.Train()
	if err != nil {
		return nil, err
	}
	testSet, err := mnist.Test()
	if err != nil {
		return nil, err
	}

	// Classifier metrics, on [-1,1] as the classifier was trained.
	t0 = time.Now()
	clf, err := classifier.Embedded()
	if err != nil {
		return nil, err
	}
	xc := append([]float32(nil), x...)
	toRange(xc, 0, -1)
	q, err := fid.Evaluate(clf, xc, n, nil)
	if err != nil {
		return nil, err
	}
	rep.Quality = &q
	if labels != nil {
		cr, err := fid.EvaluateClasses(clf, xc, labels)
		if err != nil {
			return nil, err
		}
		rep.Conditional = &cr
		fmt.Fprintf(logw, "%s\n", cr)
	}
	rep.Seconds["fid_and_classes"] = time.Since(t0).Seconds()
	fmt.Fprintf(logw, "FID %.2f, class score %.2f, largest class %.1f%%, smallest %.1f%%, %d classes ≥ 2%% (%.1f s)\n", rep.Quality.FID, rep.Quality.ClassScore, 100*rep.Quality.LargestClassShare, 100*rep.Quality.SmallestClassShare, rep.Quality.ClassesAbove2pct, rep.Seconds["fid_and_classes"])

	if o.Parzen {
		t0 = time.Now()
		valid := floats(trainSet, 50000, 51000)
		test := floats(testSet, 0, testSet.N)
		res, err := parzen.Evaluate(be, x, n, valid, 1000, test, testSet.N, 784)
		if err != nil {
			return nil, err
		}
		rep.Parzen = &res
		rep.Seconds["parzen"] = time.Since(t0).Seconds()
		fmt.Fprintf(logw, "Parzen log-likelihood %.1f ± %.1f (sigma %.4f, %.1f s)\n", res.Mean, res.StdErr, res.Sigma, rep.Seconds["parzen"])
	}

	// Memorisation: the first 1,000 samples and test images against all
	// 60,000 training images.
	t0 = time.Now()
	pairs := min(1000, n)
	trainX := floats(trainSet, 0, trainSet.N)
	sn, err := nearest.Find(be, x, pairs, trainX, trainSet.N, 784)
	if err != nil {
		return nil, err
	}
	tn, err := nearest.Find(be, floats(testSet, 0, pairs), pairs, trainX, trainSet.N, 784)
	if err != nil {
		return nil, err
	}
	rep.Memorisation = &Memorisation{Pairs: pairs, SampleTrain: nearest.Summarize(sn.Dist), TestTrain: nearest.Summarize(tn.Dist)}
	rep.Seconds["nearest"] = time.Since(t0).Seconds()
	fmt.Fprintf(logw, "nearest training image: median L2 %.2f from samples, %.2f from test images (%.1f s)\n", rep.Memorisation.SampleTrain.Median, rep.Memorisation.TestTrain.Median, rep.Seconds["nearest"])

	if err := writePictures(o, g, x, n, sn, trainX, rep); err != nil {
		return nil, err
	}
	if err := writeReport(o.Out, rep); err != nil {
		return nil, err
	}
	fmt.Fprintf(logw, "report in %s: report.json, report.md and pictures\n", o.Out)
	return rep, nil
}

func floats(s *dataset.Set, from, to int) []float32 {
	idx := make([]int, to-from)
	for i := range idx {
		idx[i] = from + i
	}
	out := make([]float32, len(idx)*s.Dim())
	s.Float(out, idx, 0, 1)
	return out
}

func writePictures(o Options, g *sample.Generator, x []float32, n int, nb nearest.Result, trainX []float32, rep *Report) error {
	opt := grid.DefaultOptions()
	opt.NRow = 10
	opt.Range = &[2]float32{0, 1}
	opt.Normalize = true
	k := min(100, n)
	if err := grid.WritePNG(filepath.Join(o.Out, "samples.png"), x[:k*784], k, 1, 28, 28, opt); err != nil {
		return err
	}
	// Figure 2: each sample beside its nearest training image, 5 pairs a row.
	pairs := min(40, len(nb.Index))
	side := make([]float32, 0, 2*pairs*784)
	for i := 0; i < pairs; i++ {
		side = append(side, x[i*784:(i+1)*784]...)
		j := nb.Index[i]
		side = append(side, trainX[j*784:(j+1)*784]...)
	}
	if err := grid.WritePNG(filepath.Join(o.Out, "nearest.png"), side, 2*pairs, 1, 28, 28, opt); err != nil {
		return err
	}
	if err := writeHistogram(filepath.Join(o.Out, "classes.png"), rep.Quality.Counts); err != nil {
		return err
	}
	if g != nil {
		if err := g.WriteInterpolation(filepath.Join(o.Out, "interpolation.png"), sample.DefaultRows, sample.DefaultSteps, o.Seed); err != nil {
			return err
		}
	}
	return nil
}

// readLabels reads n classes from a .npy (float32 or float64, shape (n,)).
func readLabels(path string, n int) ([]int, error) {
	shape, v, err := npy.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(shape) != 1 || shape[0] != n {
		return nil, fmt.Errorf("eval: %s: labels must have shape (%d,), one per sample, got %v", path, n, shape)
	}
	labels := make([]int, n)
	for i, c := range v {
		if labels[i] = nn.Label(c, 10); labels[i] < 0 {
			return nil, fmt.Errorf("eval: %s: label %g of sample %d is not a digit class 0-9", path, c, i)
		}
	}
	return labels, nil
}

func writeReport(dir string, rep *Report) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, "report.json"), append(b, '\n')); err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(dir, "report.md"), []byte(Markdown(rep)))
}

// Markdown renders the report as a short table.
func Markdown(rep *Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# gogan eval\n\nSource: `%s`, %d samples.\n\n| measure | value |\n|---|---|\n", rep.Source, rep.N)
	if ir := rep.Inception; ir != nil {
		refd := ir.Reference
		if ir.ReferenceImages > 0 {
			refd = fmt.Sprintf("%s, %d images", ir.Reference, ir.ReferenceImages)
		}
		fmt.Fprintf(&b, "| Inception FID (pytorch-fid's Inception-v3 pool features, against %s) | %.2f |\n", refd, ir.FID)
		fmt.Fprintf(&b, "| Inception Score (%d splits) | %.2f ± %.2f |\n", ir.ISSplits, ir.ISMean, ir.ISStd)
		if k := ir.KID; k != nil {
			fmt.Fprintf(&b, "| Inception KID (%d subsets of %d) | %.4f ± %.4f |\n", k.Subsets, k.Size, k.Mean, k.Std)
		}
	}
	if rep.Quality == nil {
		b.WriteString("\nThe built-in MNIST classifier measures do not apply to these images.\n")
		writeSeconds(&b, rep)
		return b.String()
	}
	q := rep.Quality
	fmt.Fprintf(&b, "| FID (in-project MNIST classifier features; real test digits vs train ≈ 2.1) | %.2f |\n", q.FID)
	fmt.Fprintf(&b, "| class score (10 at best; real digits 9.3) | %.2f |\n", q.ClassScore)
	fmt.Fprintf(&b, "| classes holding ≥ 2%% of samples | %d |\n", q.ClassesAbove2pct)
	fmt.Fprintf(&b, "| largest class share | %.1f%% |\n", 100*q.LargestClassShare)
	fmt.Fprintf(&b, "| smallest class share | %.1f%% |\n", 100*q.SmallestClassShare)
	fmt.Fprintf(&b, "| mean classifier confidence | %.3f |\n", q.MeanConfidence)
	if c := rep.Conditional; c != nil {
		fmt.Fprintf(&b, "| conditional accuracy (classifier agrees with the class asked for; real test digits 98.4%%) | %.2f%% |\n", 100*c.Accuracy)
		fmt.Fprintf(&b, "| worst class's conditional accuracy | %.2f%% (class %d) |\n", 100*c.WorstAccuracy, c.WorstClass)
		fmt.Fprintf(&b, "| mean intra-class FID (each class against its test digits) | %.2f |\n", c.MeanIntraFID)
	}
	if p := rep.Parzen; p != nil {
		fmt.Fprintf(&b, "| Parzen log-likelihood, MNIST test (paper: GAN 225 ± 2) | %.1f ± %.1f (sigma %.4f) |\n", p.Mean, p.StdErr, p.Sigma)
	}
	if m := rep.Memorisation; m != nil {
		fmt.Fprintf(&b, "| median L2 to nearest training image: samples / test images | %.2f / %.2f |\n", m.SampleTrain.Median, m.TestTrain.Median)
	}
	fmt.Fprintf(&b, "\nClass histogram (0-9): %v\n", q.Counts)
	if c := rep.Conditional; c != nil {
		b.WriteString("\nPer class, conditional accuracy / intra-class FID:")
		for k := range c.PerClass {
			fmt.Fprintf(&b, " %d: %.1f%% / %.1f;", k, 100*c.PerClass[k], c.IntraFID[k])
		}
		b.WriteString("\n")
	}
	writeSeconds(&b, rep)
	return b.String()
}

func writeSeconds(b *strings.Builder, rep *Report) {
	b.WriteString("\nSeconds:")
	for _, k := range []string{"sampling", "inception", "fid_and_classes", "parzen", "nearest"} {
		if s, ok := rep.Seconds[k]; ok {
			fmt.Fprintf(b, " %s %.1f;", k, s)
		}
	}
	b.WriteString("\n")
}

// loadConfig is a run directory's training data folder (train.data).
func loadConfig(dir string) (string, error) {
	c, err := configfile.Load(dir)
	if err != nil {
		return "", err
	}
	return c.Train.Data, nil
}
