// Package train runs a whole GAN training job from a recipe: data, the
// iteration loop, sample grids, metrics, plots, checkpoints and resumption.
package train

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gogan/data/dataset"
	"gogan/data/mnist"
	"gogan/data/resize"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/grid"
	"gogan/gan"
	"gogan/metric/fid"
	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/rundir"
	"gogan/runlog"
)

// Options are how Run reports, not what it trains.
type Options struct {
	Resume   bool
	Log      io.Writer    // human-readable messages; nil discards
	Progress io.Writer    // where the progress bar goes; nil prints gan.py's lines to Log instead
	Backend  gemm.Backend // nil: gemm.Default()
	// LogEvery is the interval in batches of gan.py-style lines when there is
	// no progress bar (default 100).
	LogEvery int
	// Evaluate, if set, is called every Run.EvalEvery epochs with the
	// generator samples come from and a noise source of its own, and returns
	// the quality figures to log and plot.
	Evaluate Quality
}

// Summary is what a finished (or interrupted) run reports.
type Summary struct {
	Iterations  int64
	BatchesDone int
	Epoch       int
	Seconds     float64 // wall time of this invocation
	MsPerIter   float64 // time inside training iterations only
	Backend     string
	Out         string
	Interrupted bool
	Last        gan.Stats
}

// Quality measures a generator from the latent vectors noise draws.
type Quality func(g *nn.Sequential, noise func(z []float32)) (fid.Report, error)

// ErrDiverged reports a NaN or Inf loss.
var ErrDiverged = errors.New("training diverged")

// ErrRunExists reports a new run into a directory that holds one.
var ErrRunExists = errors.New("the directory already holds a run's checkpoint")

// LoadData returns the training images for c: the embedded MNIST, or the IDX
// directory, CIFAR folder or image folder c.Train.Data (dataset.Load),
// limited to its first c.Train.TrainImages (dataset.Set.Head).
func LoadData(c recipe.Config) (*dataset.Set, error) {
	var set *dataset.Set
	var err error
	m, t := c.Model, c.Train
	var shape *dataset.ShapeError
	switch {
	case t.Data == "":
		set, err = mnist.Train()
		if err == nil && (m.Channels != 1 || (m.ImgSize != 28 && !m.Resized())) {
			err = fmt.Errorf("the embedded MNIST is 1x28x28 but channels is %d and img_size %d; give a data directory for other images", m.Channels, m.ImgSize)
		}
	default:
		set, err = dataset.Load(t.Data, m.Channels, m.ImgSize)
		if errors.As(err, &shape) && shape.Setting == "img_size" && m.Resized() {
			// An IDX or CIFAR folder at its stored size, resized below as
			// cgan.py's and dcgan.py's MNIST is.
			set, err = dataset.LoadStored(t.Data)
		}
	}
	if err != nil {
		return nil, err
	}
	if m.Resized() {
		// cgan.py and dcgan.py resize with torchvision's Resize (PIL
		// bilinear) before ToTensor; data/resize does the same to the bytes.
		if set, err = resize.Set(set, m.ImgSize); err != nil {
			return nil, err
		}
	}
	if m.Conditional() {
		if err := set.CheckLabels(m.Classes); err != nil {
			return nil, err
		}
	} else if m.ClassHead() {
		if err := set.CheckLabels(m.AuxClasses); err != nil {
			return nil, fmt.Errorf("%w (D's class head, aux_classes %d, learns the data's classes; set aux_classes, class_balance and class_confidence to 0 and clean_head to false for unlabelled data)", err, m.AuxClasses)
		}
	}
	if t.TrainImages > 0 && t.TrainImages < set.N {
		set = set.Head(t.TrainImages)
	}
	if set.N < 2 {
		return nil, fmt.Errorf("%s has %d images; training needs at least 2", set.Name, set.N)
	}
	return set, nil
}

// Run trains according to cfg, writing everything into cfg.Out. On context
// cancellation (Ctrl-C) it saves a checkpoint and returns with
// Summary.Interrupted set.
func Run(ctx context.Context, cfg recipe.Config, opt Options) (*Summary, error) {
	start := time.Now()
	logw := opt.Log
	if logw == nil {
		logw = io.Discard
	}
	if opt.LogEvery <= 0 {
		opt.LogEvery = 100
	}
	be, err := gemm.OrDefault(opt.Backend)
	if err != nil {
		return nil, err
	}
	prevBackend, prevInfo := cfg.Backend, cfg.BackendInfo // a resumed run's, from config.json
	cfg.Backend, cfg.BackendInfo, cfg.Version = be.Name(), be.Info(), recipe.Version
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	data, err := LoadData(cfg)
	if err != nil {
		return nil, err
	}
	geom := geometry(cfg, data)
	if err := fits(cfg, geom); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(cfg.Out, recipe.ImagesDir), 0o755); err != nil {
		return nil, fmt.Errorf("train: cannot create the output directory: %w", err)
	}
	// One trainer per directory: a second one, or a resume of a live run,
	// would interleave two runs' files.
	lock, err := rundir.Acquire(cfg.Out)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	defer lock.Release()
	if lock.Warning != "" {
		fmt.Fprintln(logw, "warning:", lock.Warning)
	}
	if !opt.Resume && hasCheckpoint(cfg.Out) {
		return nil, fmt.Errorf("train: %s: %w", cfg.Out, ErrRunExists)
	}
	m := build(cfg, be, data)
	pos := startPosition()
	published := false
	if opt.Resume {
		pos, err = loadCheckpoint(m, cfg, geom)
		switch {
		case errors.Is(err, ErrNoCheckpoint):
			// Stopped before its first checkpoint: there is nothing to
			// continue, so the run starts over with its settings.
			fmt.Fprintf(logw, "%s has no checkpoint yet (the run stopped before its first); starting it from the beginning\n", cfg.Out)
			opt.Resume, pos = false, startPosition()
		case err != nil:
			return nil, err
		default:
			published = true
			fmt.Fprintf(logw, "resuming %s at epoch %d, batch %d (batches_done %d)\n", cfg.Out, pos.Epoch, pos.Batch, pos.BatchesDone)
			if was, now := gemm.Kernel(prevBackend, prevInfo), gemm.Kernel(be.Name(), be.Info()); prevBackend != "" && was != now {
				fmt.Fprintf(logw, "note: the run was trained on %s and continues on %s, which may sum in another order: it may not end bit for bit as an uninterrupted run on %s would (GOGAN_BLAS=%s keeps the backend)\n", was, now, was, prevBackend)
			}
		}
	}
	// Only now that the checkpoint has loaded (a refused resume writes
	// nothing): what an interrupted run left goes, and the top-level files
	// are made the newest set's again.
	removed, err := rundir.Recover(cfg.Out)
	if err != nil {
		return nil, err
	}
	if len(removed) > 0 {
		fmt.Fprintf(logw, "removed %d unfinished files an interrupted run left: %s\n", len(removed), strings.Join(removed, ", "))
	}
	metrics, err := runlog.OpenMetrics(cfg.Out, pos.BatchesDone, pos.MetricsBytes, opt.Resume)
	if err != nil {
		return nil, err
	}
	defer metrics.Close()
	evals, err := runlog.OpenEvals(cfg.Out, pos.Epoch, pos.EvalBytes, opt.Resume, opt.Evaluate != nil && cfg.Run.EvalEvery > 0)
	if err != nil {
		return nil, err
	}
	if evals != nil {
		defer evals.Close()
	}
	// Written only now, so a resume that fails leaves the run's record alone.
	if err := configfile.Save(cfg); err != nil {
		return nil, err
	}

	r := &runner{cfg: cfg, opt: opt, m: m, data: data, pos: pos, metrics: metrics, evals: evals, log: logw, be: be, published: published}
	return r.loop(ctx, start)
}

type runner struct {
	cfg     recipe.Config
	opt     Options
	m       *Models
	data    *dataset.Set
	pos     Position
	metrics *runlog.Metrics
	log     io.Writer
	be      gemm.Backend
	evals   *runlog.Evals // nil without evaluations

	stepTime  time.Duration
	stepCount int64
	lastCkpt  int
	published bool // a checkpoint exists to fall back on
}

func (r *runner) batchesPerEpoch() int {
	return (r.data.N + r.cfg.Train.BatchSize - 1) / r.cfg.Train.BatchSize
}

// totalIterations is how many G updates the whole run makes: per epoch, the
// batches in groups of --d-steps, less a last batch of one image, which is
// skipped.
func (r *runner) totalIterations() int64 {
	k := r.cfg.Train.DSteps
	total := int64(r.cfg.Run.Epochs) * int64(geometry(r.cfg, r.data).Used()/k)
	if r.cfg.Run.MaxBatches > 0 {
		total = min(total, int64((r.cfg.Run.MaxBatches+k-1)/k))
	}
	return total
}

func (r *runner) loop(ctx context.Context, start time.Time) (*Summary, error) {
	cfg, m := r.cfg, r.m
	tc, rc := cfg.Train, cfg.Run
	nb := r.batchesPerEpoch()
	dim := r.data.Dim()
	k := tc.DSteps
	bufs := make([][]float32, k)
	labels := make([][]uint8, k)
	for i := range bufs {
		bufs[i] = make([]float32, tc.BatchSize*dim)
		labels[i] = make([]uint8, tc.BatchSize)
	}
	reals := make([]gan.Batch, k)
	fixedZ := FixedLatents(cfg, min(25, tc.BatchSize))
	shuffle := rand.New(r.m.ShuffleSrc)
	total := rc.Epochs * nb
	if rc.MaxBatches > 0 {
		total = min(total, rc.MaxBatches)
	}
	console := runlog.NewConsole(r.log, r.opt.Progress, rc.Epochs, nb, k, total, r.pos.BatchesDone, r.opt.LogEvery)
	iterations := r.totalIterations()
	r.lastCkpt = r.pos.BatchesDone
	baseSeconds := r.pos.TrainSeconds
	fmt.Fprintf(r.log, "gogan %s: preset %s, %d images, %d batches per epoch, backend %s (%s)\n", recipe.Version, cfg.Preset, r.data.N, nb, r.be.Name(), r.be.Info())
	if r.be.Name() == (gemm.Go{}).Name() {
		// Measured in README's Speed section: 66.8 ms per iteration against
		// 14.7 (OpenBLAS) and 11.6 (gogan's AVX2 kernel).
		fmt.Fprintln(r.log, "note: the pure-Go GEMM trains about 4.5x slower than OpenBLAS or gogan's AVX2 kernel; on a CPU without AVX2, `apt-get install libopenblas0` (or your system's OpenBLAS package) gives the faster path, found at start-up")
	}
	var last gan.Stats
	stop := func(interrupted bool) (*Summary, error) {
		if err := r.checkpoint(baseSeconds + time.Since(start).Seconds()); err != nil {
			return nil, err
		}
		if err := runlog.WriteLossPlot(filepath.Join(cfg.Out, recipe.LossPlotFile), r.metrics.Rows(), nb, r.evals.Points()); err != nil {
			return nil, err
		}
		console.Close()
		return r.summary(start, last, interrupted), nil
	}
	for r.pos.Epoch < rc.Epochs {
		if r.pos.Batch == 0 {
			st, err := m.ShuffleSrc.MarshalBinary()
			if err != nil {
				return nil, err
			}
			r.pos.ShuffleAtEpoch = st
		} else if err := m.ShuffleSrc.UnmarshalBinary(r.pos.ShuffleAtEpoch); err != nil {
			return nil, fmt.Errorf("train: restoring the epoch's shuffle: %w", err)
		}
		perm := shuffle.Perm(r.data.N)
		for r.pos.Batch+k <= nb {
			if ctx.Err() != nil {
				fmt.Fprintf(r.log, "\ninterrupted: saving a checkpoint at epoch %d, batch %d\n", r.pos.Epoch, r.pos.Batch)
				return stop(true)
			}
			n := 0
			for i := range k {
				b := r.pos.Batch + i
				idx := perm[b*tc.BatchSize : min((b+1)*tc.BatchSize, r.data.N)]
				n = len(idx)
				cfg.Model.Pixels(r.data, bufs[i][:n*dim], idx)
				reals[i] = gan.Batch{X: bufs[i], N: n}
				if cfg.Model.Conditional() || cfg.Model.ClassHead() {
					for j, x := range idx {
						labels[i][j] = r.data.Labels[x]
					}
					reals[i].Labels = labels[i]
				}
			}
			if n < 2 {
				// A last batch of one image: BatchNorm cannot train on it
				// (PyTorch raises); skip it as drop_last would.
				break
			}
			m.Schedule(r.pos.Iterations, iterations, r.pos.Epoch)
			t0 := time.Now()
			st, err := m.Trainer.Step(reals)
			r.stepTime += time.Since(t0)
			r.stepCount++
			if err != nil {
				return nil, err
			}
			last = st
			if !finite(st.DLoss) || !finite(st.GLoss) {
				saved := "no checkpoint had been saved yet"
				if r.published {
					saved = fmt.Sprintf("the last good checkpoint (batches_done %d) is in %s and was not overwritten", r.lastCkpt, cfg.Out)
				}
				return nil, fmt.Errorf("train: %w at epoch %d, batch %d: d_loss=%v g_loss=%v; %s", ErrDiverged, r.pos.Epoch, r.pos.Batch, st.DLoss, st.GLoss, saved)
			}
			r.pos.Iterations++
			r.metrics.Add(runlog.Row{Epoch: r.pos.Epoch, Batch: r.pos.Batch, BatchesDone: r.pos.BatchesDone, DLoss: st.DLoss, GLoss: st.GLoss, DReal: st.DReal, DFake: st.DFake, Seconds: baseSeconds + time.Since(start).Seconds()})
			for i := range k {
				if bd := r.pos.BatchesDone + i; rc.SampleInterval > 0 && bd%rc.SampleInterval == 0 {
					if err := r.sampleGrid(bd, n); err != nil {
						return nil, err
					}
				}
			}
			console.Iteration(r.pos.Epoch, r.pos.Batch, r.pos.BatchesDone, st.DLoss, st.GLoss)
			r.pos.Batch += k
			r.pos.BatchesDone += k
			if rc.MaxBatches > 0 && r.pos.BatchesDone >= rc.MaxBatches {
				if r.pos.Batch+k > nb {
					r.endEpoch()
				}
				fmt.Fprintf(r.log, "\nstopping after %d batches (max_batches)\n", r.pos.BatchesDone)
				return stop(false)
			}
			if rc.CheckpointEvery > 0 && r.pos.BatchesDone-r.lastCkpt >= rc.CheckpointEvery {
				if err := r.checkpoint(baseSeconds + time.Since(start).Seconds()); err != nil {
					return nil, err
				}
			}
		}
		epoch := r.pos.Epoch
		r.endEpoch()
		if err := r.fixedGrid(epoch, fixedZ); err != nil {
			return nil, err
		}
		if r.opt.Evaluate != nil && rc.EvalEvery > 0 && (epoch+1)%rc.EvalEvery == 0 {
			rep, err := r.opt.Evaluate(m.SamplingG(), cfg.Model.NoiseStream(tc.Seed, recipe.StreamEval))
			if err != nil {
				return nil, fmt.Errorf("train: evaluating after epoch %d: %w", epoch+1, err)
			}
			ev := runlog.EvalPoint{Epoch: epoch + 1, FID: rep.FID, ClassScore: rep.ClassScore, LargestClassShare: rep.LargestClassShare, SmallestClassShare: rep.SmallestClassShare}
			r.evals.Add(ev)
			cond := ""
			if cfg.Model.Conditional() {
				cond = fmt.Sprintf(", conditional accuracy %.2f%%", 100*rep.ConditionalAccuracy)
			}
			fmt.Fprintf(r.log, "[Epoch %d/%d] FID %.2f, class score %.2f, largest class share %.1f%%, smallest %.1f%%%s\n", epoch+1, rc.Epochs, ev.FID, ev.ClassScore, 100*ev.LargestClassShare, 100*ev.SmallestClassShare, cond)
		}
		if err := r.checkpoint(baseSeconds + time.Since(start).Seconds()); err != nil {
			return nil, err
		}
		if err := runlog.WriteLossPlot(filepath.Join(cfg.Out, recipe.LossPlotFile), r.metrics.Rows(), nb, r.evals.Points()); err != nil {
			return nil, err
		}
	}
	return stop(false)
}

func (r *runner) endEpoch() {
	r.pos.Epoch++
	r.pos.Batch = 0
}

func finite(v float32) bool { return !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0) }

func (r *runner) checkpoint(seconds float64) error {
	r.pos.TrainSeconds = seconds
	// The logs' sizes now are where a resume from this checkpoint cuts them.
	var err error
	if r.pos.MetricsBytes, err = r.metrics.Sync(); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	r.pos.EvalBytes = rundir.NotRecorded
	if r.evals != nil {
		if r.pos.EvalBytes, err = r.evals.Sync(); err != nil {
			return fmt.Errorf("train: %w", err)
		}
	}
	if err := saveCheckpoint(r.m, r.pos, r.cfg); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	r.lastCkpt = r.pos.BatchesDone
	r.published = true
	return nil
}

// geometry is the shape of an epoch of cfg on data, which a checkpoint's
// position must fit.
func geometry(cfg recipe.Config, data *dataset.Set) rundir.Geometry {
	return rundir.GeometryFor(data.N, cfg.Train.BatchSize, cfg.Train.DSteps)
}

// fits refuses settings under which no iteration could run, before
// anything is allocated for them: more discriminator steps than an epoch
// has batches (the run would "train" empty epochs), or a batch limit below
// one iteration.
func fits(cfg recipe.Config, g rundir.Geometry) error {
	k := cfg.Train.DSteps
	if g.Used() == 0 {
		n := g.BatchesPerEpoch
		if g.SkipLast {
			n--
		}
		return recipe.Invalid{{Setting: "d_steps", Problem: fmt.Sprintf("%d is more than the %d batches of an epoch (batch_size %d), so no iteration could run", k, n, cfg.Train.BatchSize)}}
	}
	if mb := cfg.Run.MaxBatches; mb > 0 && mb < k {
		return recipe.Invalid{{Setting: "max_batches", Problem: fmt.Sprintf("%d is fewer than the d_steps %d batches of one iteration", mb, k)}}
	}
	return nil
}

// sampleGrid saves gan.py's images/<batches_done>.png: the first 25 fakes of
// the batch, 5 per row, min-max normalised together.
func (r *runner) sampleGrid(batchesDone, n int) error {
	k := min(25, n)
	opt := grid.DefaultOptions()
	opt.NRow, opt.Normalize = 5, true
	path := filepath.Join(r.cfg.Out, recipe.ImagesDir, fmt.Sprintf("%d.png", batchesDone))
	ch, h, w := r.cfg.Model.Shape()
	if m := r.cfg.Model; m.Conditional() {
		// cgan.py's sample_image: the training G in training mode, one
		// class per column.
		// Batches mixing all classes evenly until each has its rows.
		b := r.cfg.Train.BatchSize
		z, labels := FixedLatents(r.cfg, (classGridRows*m.Classes/b+2)*b), ClassGrid(m.Classes, classGridRows)
		x, err := gan.DrawClasses(r.m.G, replay(z), labels, r.cfg.Train.BatchSize, true)
		if err != nil {
			return err
		}
		opt.NRow = m.Classes
		return grid.WritePNG(path, x, len(labels), ch, h, w, opt)
	}
	return grid.WritePNG(path, r.m.Trainer.Fakes(k), k, ch, h, w, opt)
}

// fixedGrid draws the same 25 latent vectors after every epoch, with
// BatchNorm's running statistics, so epochs can be compared picture to
// picture.
func (r *runner) fixedGrid(epoch int, z []float32) error {
	m := r.cfg.Model
	n := len(z) / m.LatentDim
	opt := grid.DefaultOptions()
	opt.NRow = 5
	var imgs []float32
	if m.Conditional() {
		labels := ClassGrid(m.Classes, classGridRows)
		var err error
		if imgs, err = gan.DrawClasses(r.m.SamplingG(), replay(FixedLatents(r.cfg, len(labels))), labels, r.cfg.Train.BatchSize, false); err != nil {
			return err
		}
		n, opt.NRow = len(labels), m.Classes
	} else {
		imgs = r.m.SamplingG().Forward(z, n, false)
	}
	opt.Range = m.GridRange(imgs[:n*m.ImgDim()])
	opt.Normalize = true
	path := filepath.Join(r.cfg.Out, recipe.ImagesDir, fmt.Sprintf("epoch_%03d.png", epoch+1))
	ch, h, w := m.Shape()
	return grid.WritePNG(path, imgs, n, ch, h, w, opt)
}

func (r *runner) summary(start time.Time, last gan.Stats, interrupted bool) *Summary {
	s := &Summary{Iterations: r.pos.Iterations, BatchesDone: r.pos.BatchesDone, Epoch: r.pos.Epoch, Seconds: time.Since(start).Seconds(), Backend: r.be.Name(), Out: r.cfg.Out, Interrupted: interrupted, Last: last}
	if r.stepCount > 0 {
		s.MsPerIter = r.stepTime.Seconds() * 1000 / float64(r.stepCount)
	}
	return s
}
