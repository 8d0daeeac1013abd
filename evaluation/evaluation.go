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
	"math"
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
	"gogan/metric/manifold"
	"gogan/metric/nearest"
	"gogan/metric/parzen"
	"gogan/recipe"
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
	Source string `json:"source"`
	N      int    `json:"n"`
	// Judge is the built-in classifier of Quality and Conditional
	// (mnist-mlp, cifar10-vgg) and Reference the real images its FID
	// compares with.
	Judge           string             `json:"judge,omitempty"`
	ClassNames      []string           `json:"class_names,omitempty"`
	Reference       string             `json:"reference,omitempty"`
	Quality         *fid.Report        `json:"quality,omitempty"`
	PrecisionRecall *manifold.Result   `json:"precision_recall,omitempty"` // in the judge's feature space
	Inception       *InceptionReport   `json:"inception,omitempty"`
	Conditional     *fid.ClassReport   `json:"conditional,omitempty"`
	Parzen          *parzen.Result     `json:"parzen,omitempty"`
	Memorisation    *Memorisation      `json:"memorisation,omitempty"`
	Head            *HeadReport        `json:"class_head,omitempty"` // the run's D's class head, where it has one
	Seconds         map[string]float64 `json:"seconds"`
}

// Memorisation compares how close samples and real test images come to the
// training set: a generator that copies its data has much smaller
// sample→train distances than test→train.
type Memorisation struct {
	Pairs       int             `json:"pairs"`
	SampleTrain nearest.Summary `json:"sample_to_train"`
	// TestTrain is the same for real test images (MNIST's; colour runs
	// have no test set on disk).
	TestTrain *nearest.Summary `json:"test_to_train,omitempty"`
	Train     string           `json:"train,omitempty"` // the training set searched, when not MNIST's
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

// Judge returns the built-in classifier that judges m's images: the MNIST
// classifier for grey digits (28×28, or brought to it from another size
// when the model was trained on resized MNIST), the CIFAR-10 classifier
// for colour images (brought to 32×32). Other models have none.
func Judge(m recipe.Model) (*classifier.Model, error) {
	if err := Supports(m); err != nil {
		return nil, err
	}
	return classifier.For(m.Channels)
}

// Supports reports whether a built-in classifier can judge m's images.
func Supports(m recipe.Model) error {
	switch {
	case m.Channels == 3:
		return nil
	case m.Channels == 1 && (m.ImgSize == 28 || m.Resized()):
		return nil
	case m.Channels == 1:
		return fmt.Errorf("the built-in evaluation judges grey images with its MNIST classifier, and this model makes %dx%d images of other data than MNIST", m.ImgSize, m.ImgSize)
	}
	return fmt.Errorf("the built-in evaluation judges grey (MNIST) or colour (CIFAR-10) images; this model makes %d channels", m.Channels)
}

// Quality returns a measure of FID, class score and histogram over
// DefaultSamples samples of a model m's generator, drawn maxBatch rows at a
// time, with m's judge (Judge): train's quality hook.
func Quality(m recipe.Model, maxBatch int) func(g *nn.Sequential, noise func([]float32)) (fid.Report, error) {
	return func(g *nn.Sequential, noise func([]float32)) (fid.Report, error) {
		clf, err := Judge(m)
		if err != nil {
			return fid.Report{}, err
		}
		var labels []int
		var x []float32
		if m.Conditional() {
			labels = make([]int, DefaultSamples)
			for i := range labels {
				labels[i] = i % m.Classes
			}
			if x, err = gan.DrawClasses(g, noise, labels, maxBatch, false); err != nil {
				return fid.Report{}, err
			}
		} else {
			x = Draw(g, noise, DefaultSamples, maxBatch, false)
		}
		if x, err = clf.Input(x, DefaultSamples, m.Channels, m.ImgSize, m.ToTanh(x, DefaultSamples)); err != nil {
			return fid.Report{}, err
		}
		feats, logits := clf.Outputs(x, DefaultSamples)
		rep, err := fid.FromOutputs(clf, feats, logits, DefaultSamples, nil)
		if err != nil || labels == nil || m.Classes != classifier.Classes {
			return rep, err
		}
		cr, err := fid.ClassesFromOutputs(clf, feats, logits, labels)
		rep.ConditionalAccuracy = cr.Accuracy
		return rep, err
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
	var g *sample.Generator
	var n int
	var labels []int  // the class each sample was drawn for (conditional)
	var raw []float32 // the samples as drawn, n×rawC×rawS×rawS in [rawLo, 1]
	var rawC, rawS int
	var rawLo float32
	var judge *classifier.Model // nil: no built-in classifier applies
	var dataDir string          // the training data, for nearest neighbours of colour samples
	src := o.Samples
	if o.Samples != "" {
		shape, v, err := npy.ReadFile(o.Samples)
		if err != nil {
			return nil, err
		}
		if len(shape) != 4 || (shape[1] != 1 && shape[1] != 3) || shape[2] != shape[3] || shape[2] < 2 {
			return nil, fmt.Errorf("eval: %s: samples must have shape (N, 1, S, S) or (N, 3, S, S), got %v", o.Samples, shape)
		}
		n, raw, rawC, rawS = shape[0], v, shape[1], shape[2]
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
		if judge, err = classifier.For(rawC); err != nil {
			return nil, err
		}
		if o.Out == "" {
			o.Out = strings.TrimSuffix(o.Samples, filepath.Ext(o.Samples)) + "_eval"
		}
	} else {
		const chunk = 500
		if g, err = sample.Open(o.Checkpoint, be); err != nil {
			return nil, err
		}
		m := g.Model
		src = g.Path
		if Supports(m) == nil {
			if judge, err = Judge(m); err != nil {
				return nil, err
			}
		} else if o.Inception == "" {
			return nil, fmt.Errorf("eval: %s makes %dx%dx%d images: %v; give --inception pt_inception-2015-12-05-6726825d.pth to measure it with Inception-v3 (FID, IS, KID)", o.Checkpoint, m.Channels, m.ImgSize, m.ImgSize, Supports(m))
		}
		rawC, rawS, rawLo = m.Channels, m.ImgSize, m.PixelRange.Lo()
		n = o.N
		if m.Conditional() {
			// Every class in turn.
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
		// The run's own config.json, whether the checkpoint was named by
		// its directory or by a weights file in it.
		if cfg, ok := g.Config(); ok {
			dataDir = cfg.Train.Data
		}
		if o.Out == "" {
			dir := o.Checkpoint
			if st, err := os.Stat(dir); err == nil && !st.IsDir() {
				dir = filepath.Dir(dir)
			}
			o.Out = filepath.Join(dir, "eval")
		}
	}
	rep.Source = src
	rep.N = n
	if n < 2 {
		return nil, fmt.Errorf("eval: %d samples; need at least 2", n)
	}
	for i, p := range raw {
		if math.IsNaN(float64(p)) || math.IsInf(float64(p), 0) {
			return nil, fmt.Errorf("eval: %s: sample %d has a value %v: the generator diverged", src, i/(rawC*rawS*rawS), p)
		}
	}
	if g != nil && g.Model.PixelRange == recipe.GCN {
		// GCN'd samples, each brought to [-1, 1] by its own largest magnitude.
		rawLo = g.Model.ToTanh(raw, n)
	}
	if labels != nil && judge != nil && rawC == 3 {
		for i, c := range labels {
			if c >= classifier.Classes {
				return nil, fmt.Errorf("eval: sample %d was drawn for class %d; the CIFAR-10 classifier knows classes 0-9", i, c)
			}
		}
	}
	mnistJudge := judge != nil && judge.Arch == classifier.MNIST
	if o.Parzen && mnistJudge && n < 10000 {
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
	if judge == nil {
		fmt.Fprintf(logw, "the built-in classifier measures skipped: no built-in classifier judges these images\n")
		if err := writeReport(o.Out, rep); err != nil {
			return nil, err
		}
		fmt.Fprintf(logw, "report in %s: report.json, report.md\n", o.Out)
		return rep, nil
	}

	// Classifier metrics, on [-1,1] at the judge's size.
	t0 = time.Now()
	xj, err := judge.Input(raw, n, rawC, rawS, rawLo)
	if err != nil {
		return nil, err
	}
	rep.Judge, rep.ClassNames = judge.Arch.Name, judge.Arch.ClassNames
	rep.Reference = referenceName(judge)
	feats, logits := judge.Outputs(xj, n) // one pass for every measure
	q, err := fid.FromOutputs(judge, feats, logits, n, nil)
	if err != nil {
		return nil, err
	}
	rep.Quality = &q
	if labels != nil {
		cr, err := fid.ClassesFromOutputs(judge, feats, logits, labels)
		if err != nil {
			return nil, err
		}
		rep.Conditional = &cr
		fmt.Fprintf(logw, "%s\n", cr)
	}
	if rep.PrecisionRecall, err = precisionRecall(be, judge, feats, n); err != nil {
		return nil, err
	}
	if g != nil {
		judged := make([]int, n)
		for i := range judged {
			judged[i] = classifier.Argmax(logits[i*classifier.Classes : (i+1)*classifier.Classes])
		}
		rep.Head, err = readHead(be, g, raw, n, judged, classifier.Classes)
		if errors.Is(err, errNoHead) {
			err = nil
		}
		if err != nil {
			return nil, fmt.Errorf("eval: D's class head: %w", err)
		}
	}
	rep.Seconds["fid_and_classes"] = time.Since(t0).Seconds()
	fmt.Fprintf(logw, "%s classifier: FID %.2f against %s, class score %.2f, largest class %.1f%%, smallest %.1f%%, %d classes ≥ 2%%", judge.Arch.Name, rep.Quality.FID, rep.Reference, rep.Quality.ClassScore, 100*rep.Quality.LargestClassShare, 100*rep.Quality.SmallestClassShare, rep.Quality.ClassesAbove2pct)
	if pr := rep.PrecisionRecall; pr != nil {
		fmt.Fprintf(logw, ", precision %.3f, recall %.3f", pr.Precision, pr.Recall)
	}
	fmt.Fprintf(logw, " (%.1f s)\n", rep.Seconds["fid_and_classes"])
	if h := rep.Head; h != nil {
		fmt.Fprintf(logw, "D's class head: largest class %.1f%%, smallest %.1f%% (%s)\n", 100*h.LargestShare, 100*h.SmallestShare, h.Discriminator)
	}

	// Pixels in [0, 1] at the model's size, for pictures and distances.
	x := append([]float32(nil), raw...)
	toRange(x, rawLo, 0)
	var trainX []float32
	var nb nearest.Result
	pic := picture{c: rawC, s: rawS}
	if mnistJudge {
		x = resize.Floats(x, n, rawS, 28)
		pic.s = 28
		if trainX, nb, err = mnistMeasures(o, be, x, n, rep, logw); err != nil {
			return nil, err
		}
	} else if trainX, nb, err = colourNearest(be, dataDir, x, n, rawC, rawS, rep, logw); err != nil {
		return nil, err
	}
	pic.names = judge.Arch.ClassNames
	if err := writePictures(o, g, x, n, pic, nb, trainX, rep); err != nil {
		return nil, err
	}
	if err := writeReport(o.Out, rep); err != nil {
		return nil, err
	}
	fmt.Fprintf(logw, "report in %s: report.json, report.md and pictures\n", o.Out)
	return rep, nil
}

// referenceName says what a judge's FID compares with.
func referenceName(judge *classifier.Model) string {
	if r := judge.Ref; r != nil {
		return fmt.Sprintf("%s, %d images", r.Data, r.N)
	}
	return "MNIST test set, 10,000 images"
}

// precisionRecall measures the first up to classifier.RefFeatures samples
// (feats, their features under the judge) against the judge's real
// features; nil when there are too few samples.
func precisionRecall(be gemm.Backend, judge *classifier.Model, feats []float32, n int) (*manifold.Result, error) {
	real, nr, err := judge.RealFeatures()
	if err != nil {
		return nil, err
	}
	k := min(n, nr)
	if k <= manifold.DefaultK {
		return nil, nil
	}
	d := judge.Arch.Features
	r, err := manifold.PrecisionRecall(be, real[:nr*d], nr, feats[:k*d], k, d, manifold.DefaultK)
	if err != nil {
		return nil, fmt.Errorf("eval: precision and recall: %w", err)
	}
	return &r, nil
}

// mnistMeasures computes the paper's Parzen log-likelihood (with
// o.Parzen) and the memorisation distances against MNIST's training set,
// for x, n digits of 28×28 in [0, 1].
func mnistMeasures(o Options, be gemm.Backend, x []float32, n int, rep *Report, logw io.Writer) ([]float32, nearest.Result, error) {
	var nb nearest.Result
	trainSet, err := mnist.Train()
	if err != nil {
		return nil, nb, err
	}
	testSet, err := mnist.Test()
	if err != nil {
		return nil, nb, err
	}
	if o.Parzen {
		t0 := time.Now()
		valid := floats(trainSet, 50000, 51000)
		test := floats(testSet, 0, testSet.N)
		res, err := parzen.Evaluate(be, x, n, valid, 1000, test, testSet.N, 784)
		if err != nil {
			return nil, nb, err
		}
		rep.Parzen = &res
		rep.Seconds["parzen"] = time.Since(t0).Seconds()
		fmt.Fprintf(logw, "Parzen log-likelihood %.1f ± %.1f (sigma %.4f, %.1f s)\n", res.Mean, res.StdErr, res.Sigma, rep.Seconds["parzen"])
	}

	// Memorisation: the first 1,000 samples and test images against all
	// 60,000 training images.
	t0 := time.Now()
	pairs := min(1000, n)
	trainX := floats(trainSet, 0, trainSet.N)
	if nb, err = nearest.Find(be, x, pairs, trainX, trainSet.N, 784); err != nil {
		return nil, nb, err
	}
	tn, err := nearest.Find(be, floats(testSet, 0, pairs), pairs, trainX, trainSet.N, 784)
	if err != nil {
		return nil, nb, err
	}
	tt := nearest.Summarize(tn.Dist)
	rep.Memorisation = &Memorisation{Pairs: pairs, SampleTrain: nearest.Summarize(nb.Dist), TestTrain: &tt}
	rep.Seconds["nearest"] = time.Since(t0).Seconds()
	fmt.Fprintf(logw, "nearest training image: median L2 %.2f from samples, %.2f from test images (%.1f s)\n", rep.Memorisation.SampleTrain.Median, tt.Median, rep.Seconds["nearest"])
	return trainX, nb, nil
}

// colourNearest finds the first 1,000 samples' nearest training images
// (L2 over pixels in [0, 1]) in the run's training data, if it can be
// read; without it the measure is skipped with a note.
func colourNearest(be gemm.Backend, dataDir string, x []float32, n, c, s int, rep *Report, logw io.Writer) ([]float32, nearest.Result, error) {
	var nb nearest.Result
	if dataDir == "" {
		fmt.Fprintf(logw, "nearest training images skipped: no training data folder is known for these samples (evaluate a run directory whose data is on disk)\n")
		return nil, nb, nil
	}
	t0 := time.Now()
	set, err := dataset.Load(dataDir, c, s)
	if err != nil {
		fmt.Fprintf(logw, "nearest training images skipped: the run's data %s: %v\n", dataDir, err)
		return nil, nb, nil
	}
	pairs := min(1000, n)
	trainX := floats(set, 0, set.N)
	d := c * s * s
	if nb, err = nearest.Find(be, x, pairs, trainX, set.N, d); err != nil {
		return nil, nb, err
	}
	rep.Memorisation = &Memorisation{Pairs: pairs, SampleTrain: nearest.Summarize(nb.Dist), Train: set.Name}
	rep.Seconds["nearest"] = time.Since(t0).Seconds()
	fmt.Fprintf(logw, "nearest training image (of %d in %s): median L2 %.2f from samples (%.1f s)\n", set.N, dataDir, rep.Memorisation.SampleTrain.Median, rep.Seconds["nearest"])
	return trainX, nb, nil
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

// picture is the shape of the images writePictures draws and the names
// of the judge's classes.
type picture struct {
	c, s  int
	names []string
}

func writePictures(o Options, g *sample.Generator, x []float32, n int, pic picture, nb nearest.Result, trainX []float32, rep *Report) error {
	opt := grid.DefaultOptions()
	opt.NRow = 10
	opt.Range = &[2]float32{0, 1}
	opt.Normalize = true
	d := pic.c * pic.s * pic.s
	k := min(100, n)
	if err := grid.WritePNG(filepath.Join(o.Out, "samples.png"), x[:k*d], k, pic.c, pic.s, pic.s, opt); err != nil {
		return err
	}
	// Figure 2: each sample beside its nearest training image, 5 pairs a row.
	if pairs := min(40, len(nb.Index)); pairs > 0 {
		side := make([]float32, 0, 2*pairs*d)
		for i := 0; i < pairs; i++ {
			side = append(side, x[i*d:(i+1)*d]...)
			j := nb.Index[i]
			side = append(side, trainX[j*d:(j+1)*d]...)
		}
		if err := grid.WritePNG(filepath.Join(o.Out, "nearest.png"), side, 2*pairs, pic.c, pic.s, pic.s, opt); err != nil {
			return err
		}
	}
	if err := writeHistogram(filepath.Join(o.Out, "classes.png"), rep.Quality.Counts, pic.names, rep.Judge); err != nil {
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
		b.WriteString("\nNo built-in classifier judges these images.\n")
		writeSeconds(&b, rep)
		return b.String()
	}
	q := rep.Quality
	real := realScores[rep.Judge]
	names := rep.ClassNames
	if len(names) != len(q.Counts) {
		names = classifier.MNIST.ClassNames // a report of an earlier gogan
	}
	fmt.Fprintf(&b, "| FID in the in-project %s classifier's features (not Inception FID), against %s; %s | %.2f |\n", rep.Judge, rep.Reference, real.fid, q.FID)
	fmt.Fprintf(&b, "| class score (10 at best; %s) | %.2f |\n", real.classScore, q.ClassScore)
	fmt.Fprintf(&b, "| classes holding ≥ 2%% of samples | %d |\n", q.ClassesAbove2pct)
	fmt.Fprintf(&b, "| largest class share | %.1f%% |\n", 100*q.LargestClassShare)
	fmt.Fprintf(&b, "| smallest class share | %.1f%% |\n", 100*q.SmallestClassShare)
	fmt.Fprintf(&b, "| mean classifier confidence | %.3f |\n", q.MeanConfidence)
	if pr := rep.PrecisionRecall; pr != nil {
		fmt.Fprintf(&b, "| precision / recall (k-NN manifolds, k = %d, %d samples vs %d real; %s) | %.3f / %.3f |\n", pr.K, pr.Fake, pr.Real, real.pr, pr.Precision, pr.Recall)
	}
	if c := rep.Conditional; c != nil {
		fmt.Fprintf(&b, "| conditional accuracy (classifier agrees with the class asked for; %s) | %.2f%% |\n", real.accuracy, 100*c.Accuracy)
		fmt.Fprintf(&b, "| worst class's conditional accuracy | %.2f%% (class %s) |\n", 100*c.WorstAccuracy, names[c.WorstClass])
		fmt.Fprintf(&b, "| mean intra-class FID (each class against its test images) | %.2f |\n", c.MeanIntraFID)
	}
	if p := rep.Parzen; p != nil {
		fmt.Fprintf(&b, "| Parzen log-likelihood, MNIST test (paper: GAN 225 ± 2) | %.1f ± %.1f (sigma %.4f) |\n", p.Mean, p.StdErr, p.Sigma)
	}
	if m := rep.Memorisation; m != nil {
		if m.TestTrain != nil {
			fmt.Fprintf(&b, "| median L2 to nearest training image: samples / test images | %.2f / %.2f |\n", m.SampleTrain.Median, m.TestTrain.Median)
		} else {
			fmt.Fprintf(&b, "| median L2 to nearest training image (%s) | %.2f |\n", m.Train, m.SampleTrain.Median)
		}
	}
	if h := rep.Head; h != nil {
		fmt.Fprintf(&b, "| D's class head: largest / smallest class share (the run's labels; what its class-balance term reads) | %.1f%% / %.1f%% |\n", 100*h.LargestShare, 100*h.SmallestShare)
	}
	b.WriteString("\nClass histogram:")
	for k, c := range q.Counts {
		fmt.Fprintf(&b, " %s %d;", names[k], c)
	}
	b.WriteString("\n")
	if h := rep.Head; h != nil {
		b.WriteString("\nD's class head, share of samples / mean probability per label:")
		for k := range h.Shares {
			fmt.Fprintf(&b, " %d: %.1f%% / %.1f%%;", k, 100*h.Shares[k], 100*h.MeanProbability[k])
		}
		b.WriteString("\n")
	}
	if c := rep.Conditional; c != nil {
		b.WriteString("\nPer class, conditional accuracy / intra-class FID:")
		for k := range c.PerClass {
			fmt.Fprintf(&b, " %s: %.1f%% / %.1f;", names[k], 100*c.PerClass[k], c.IntraFID[k])
		}
		b.WriteString("\n")
	}
	writeSeconds(&b, rep)
	return b.String()
}

// realScores are what real images score under each judge, the ceilings a
// report quotes (docs/quality.md says how they were measured).
var realScores = map[string]struct{ fid, classScore, pr, accuracy string }{
	"": { // reports of an earlier gogan, without a judge's name
		"real test digits vs train ≈ 2.1", "real digits 9.3", "", "real test digits 98.4%"},
	classifier.MNIST.Name: {
		"real test digits vs train ≈ 2.1", "real digits 9.3", "real training digits 0.84 / 0.86", "real test digits 98.4%"},
	classifier.CIFAR10.Name: {
		"real training images ≈ 0.59", "real test images 4.7", "held-out real test images 0.81 / 0.82", "real test images 90.1%"},
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
