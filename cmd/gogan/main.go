// Command gogan trains Generative Adversarial Nets (Goodfellow et al., 2014)
// as PyTorch-GAN's gan.py does, on the MNIST embedded in the binary, and
// samples and evaluates them. It only parses flags; the work is in the
// library packages.
package main

import (
	"context"
	"encoding"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/term"

	"gogan/data/dataset"
	"gogan/data/mnist"
	"gogan/engine/gemm"
	"gogan/evaluation"
	"gogan/importer"
	"gogan/metric/classifier"
	"gogan/recipe"
	"gogan/recipe/configfile"
	"gogan/sample"
	"gogan/serve"
	"gogan/train"
)

const usage = `gogan: Generative Adversarial Nets in Go

usage:
  gogan train [flags]        train G and D (default: gan.py's settings on the embedded MNIST)
  gogan sample [flags]       draw images from a trained generator
  gogan interpolate [flags]  digits along straight lines in z space (the paper's Figure 3)
  gogan eval [flags]         Parzen log-likelihood, FID, class score and histogram, nearest neighbours
  gogan import FILE.pth      turn a PyTorch checkpoint of gan.py's, cgan.py's, dcgan.py's or sngan's models into a run directory
  gogan classifier train     retrain the MNIST classifier the evaluation uses, with its recipe
  gogan serve [flags]        a live dashboard of the runs in the browser (also: gogan train --serve ADDR)
  gogan version              print the version and the BLAS backend

Run "gogan <command> --help" for a command's flags and their defaults.
Set GOGAN_BLAS=openblas|asm|go to force a GEMM backend.
`

func main() {
	// Only train and serve stop cleanly on Ctrl-C or SIGTERM (a checkpoint
	// set published, the server shut down); every other command writes its
	// files atomically, so the signal's default, exiting at once, is right
	// for it, and catching the signal would leave a long eval or
	// classifier training unstoppable.
	ctx := context.Background()
	if len(os.Args) > 1 && (os.Args[1] == "train" || os.Args[1] == "serve") {
		var cancel context.CancelFunc
		ctx, cancel = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
		defer cancel()
	}
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: tests call it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "train":
		err = trainCmd(ctx, args[1:], stdout, stderr)
	case "sample":
		err = sampleCmd(args[1:], stdout, stderr)
	case "eval":
		err = evalCmd(args[1:], stdout, stderr)
	case "classifier":
		err = classifierCmd(args[1:], stdout, stderr)
	case "import":
		err = importCmd(args[1:], stdout, stderr)
	case "interpolate":
		err = interpolateCmd(args[1:], stdout, stderr)
	case "serve":
		err = serveCmd(ctx, args[1:], stdout, stderr)
	case "version":
		be, berr := gemm.Default()
		if berr != nil {
			err = berr
			break
		}
		fmt.Fprintf(stdout, "gogan %s, backend %s (%s)\n", recipe.Version, be.Name(), be.Info())
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "gogan: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "gogan: %v\n", err)
		var fe flagError
		if errors.As(err, &fe) {
			return 2
		}
		return 1
	}
	return 0
}

type flagError struct{ error }

func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("gogan "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: gogan %s [flags]\n\n%s\n\nflags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return flagError{err}
	}
	if fs.NArg() > 0 {
		return flagError{fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))}
	}
	// No setting means anything at Inf or NaN, and a range check such as
	// lr > 0 lets +Inf through, so they are refused here by name.
	var bad []string
	fs.Visit(func(f *flag.Flag) {
		if g, ok := f.Value.(flag.Getter); ok {
			if v, ok := g.Get().(float64); ok && (math.IsNaN(v) || math.IsInf(v, 0)) {
				bad = append(bad, fmt.Sprintf("--%s %v", f.Name, v))
			}
		}
	})
	if len(bad) > 0 {
		return flagError{fmt.Errorf("%s: must be a finite number", strings.Join(bad, ", "))}
	}
	return nil
}

func trainCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	// The preset decides the defaults the other flags show, so it is read
	// before the flag set is built.
	preset := presetArg(args)
	c, err := recipe.Preset(preset)
	if err != nil {
		return flagError{flagNames(err)}
	}
	m, t, r := &c.Model, &c.Train, &c.Run
	gLoss, order, objective, labels := t.GLoss.String(), t.Order.String(), t.Objective.String(), t.Labels.String()
	fs := newFlags("train", "Trains G and D. Defaults are gan.py's (--preset seed); --preset paper is Goodfellow et al.'s model; --preset dcgan is dcgan.py's convolutional pair; --preset dcgan-plus the same nets trained better for colour images at dcgan.py's cost; --preset sngan Miyato et al.'s standard CNN.", stderr)
	fs.String("preset", c.Preset, "named settings: "+strings.Join(recipe.Presets, ", ")+" (flags override them)")
	fs.IntVar(&r.Epochs, "epochs", r.Epochs, "number of epochs of training")
	fs.IntVar(&t.BatchSize, "batch-size", t.BatchSize, "size of the batches")
	fs.Float64Var(&t.LR, "lr", t.LR, "learning rate")
	fs.Float64Var(&t.B1, "b1", t.B1, "Adam: decay of first order momentum of gradient")
	fs.Float64Var(&t.B2, "b2", t.B2, "Adam: decay of second order momentum of gradient")
	fs.IntVar(&m.LatentDim, "latent-dim", m.LatentDim, "dimensionality of the latent space")
	fs.IntVar(&m.ImgSize, "img-size", m.ImgSize, "size of each image dimension")
	fs.IntVar(&m.Channels, "channels", m.Channels, "number of image channels")
	fs.IntVar(&r.SampleInterval, "sample-interval", r.SampleInterval, "batches between image samples (0: none)")
	fs.Uint64Var(&t.Seed, "seed", t.Seed, "random seed (weights, noise, shuffling)")
	fs.StringVar(&c.Out, "out", "", "output directory (default runs/<preset>-seed<seed>)")
	fs.StringVar(&t.Data, "data", "", "train on an IDX directory (Fashion-MNIST, KMNIST, EMNIST…), a folder of CIFAR-10/100 binary batches (--channels 3 --img-size 32) or a folder of PNG/JPEG images instead of the embedded MNIST")
	fs.IntVar(&t.TrainImages, "train-images", t.TrainImages, "train on the first N images (0: all; of an image folder with one subfolder per class, the first N/classes of each)")
	fs.IntVar(&t.DSteps, "d-steps", t.DSteps, "k: discriminator steps per iteration (the paper's Algorithm 1)")
	fs.StringVar(&gLoss, "g-loss", gLoss, "generator loss: nonsaturating (max log D(G(z))) or minimax (min log(1-D(G(z))))")
	fs.StringVar(&order, "order", order, "update order: g-first (gan.py) or d-first (the paper)")
	fs.Float64Var(&m.BNEps, "bn-eps", m.BNEps, "BatchNorm eps (gan.py passes 0.8 here, meaning momentum; PyTorch's default is 1e-5)")
	fs.Float64Var(&m.BNMomentum, "bn-momentum", m.BNMomentum, "BatchNorm running-statistics momentum")
	fs.IntVar(&r.MaxBatches, "max-batches", r.MaxBatches, "stop after this many batches in all (0: train all epochs)")
	fs.IntVar(&r.EvalEvery, "eval-every", r.EvalEvery, fmt.Sprintf("epochs between quality evaluations (FID, class score, largest and smallest class shares on %d samples) logged to eval.csv and plotted (0: none)", evaluation.DefaultSamples))
	fs.IntVar(&r.CheckpointEvery, "checkpoint-every", r.CheckpointEvery, "batches between checkpoints (0: at the end of each epoch)")
	fs.Float64Var(&t.DLR, "d-lr", t.DLR, "D's learning rate if different from --lr (TTUR; 0: --lr)")
	fs.Float64Var(&m.DDropout, "d-dropout", m.DDropout, "drop D's hidden units (dcgan: whole channels, Dropout2d) with this probability in training (0: off)")
	fs.IntVar(&m.MBStdGroup, "mbstd-group", m.MBStdGroup, "add a minibatch-standard-deviation feature to D over groups of this many rows (0: off; 4 is usual)")
	fs.Float64Var(&t.LRLinear, "lr-linear-decay", t.LRLinear, "fraction of the run (--epochs, so resuming with more epochs stretches the schedule) at its end over which both learning rates fall linearly to 0 (0: constant)")
	fs.Float64Var(&t.RealLabel, "real-label", t.RealLabel, "D's target for real images (0.9: one-sided label smoothing)")
	fs.Float64Var(&t.EMA, "ema", t.EMA, "decay of an exponential moving average of G's weights used for samples (0: off)")
	fs.Float64Var(&t.ModeSeeking, "mode-seeking", t.ModeSeeking, "class-conditional models: weight of Mao et al.'s mode-seeking term in G's loss, which penalises G when two latent vectors of one class give near-equal images (0: off)")
	fs.Float64Var(&t.ClassBalance, "class-balance", t.ClassBalance, "unconditional dcgan models with a class head in D (--aux-classes): weight of G's class-balancing term, which penalises a batch whose classes, as D's head reads them, are not evenly spread (0: off)")
	fs.Float64Var(&t.ClassConfidence, "class-confidence", t.ClassConfidence, "unconditional dcgan models with a class head in D (--aux-classes): weight of G's class-confidence term, which penalises fakes that D's head cannot place in one class (0: off)")
	fs.Float64Var(&t.ClassHistory, "class-history", t.ClassHistory, "unconditional dcgan models with --class-balance: weigh each class in that term in inverse proportion to how many of G's recent fakes D's head named it, counted with this decay per step (0.99 remembers about 100 batches; 0: every class the same, batch by batch)")
	fs.BoolVar(&t.CleanHead, "clean-head", t.CleanHead, "unconditional dcgan models with a class head and --diff-augment: the head also learns from the reals without the augmentation, and the class-balance terms read the fakes without it (two more passes of D an iteration)")
	fs.Float64Var(&t.FakeEntropy, "fake-entropy", t.FakeEntropy, "unconditional dcgan models with a class head in D (--aux-classes): weight of D's CatGAN term, which has D maximise its head's entropy on the fakes so that only images with the real classes' features read as a class (0: off)")
	fs.Float64Var(&t.ClassWeight, "class-weight", t.ClassWeight, "class-conditional models with a projection D, or a D with a class head (--aux-classes): weight of D's class term (D classifies the reals by their labels with its class vectors; a conditional G is rewarded when D names the class each fake was drawn for; 0: off)")
	fs.StringVar(&objective, "objective", objective, "adversarial loss: bce (gan.py), least-squares (cgan.py), logistic (BCE on an unbounded D) or hinge (sngan)")
	fs.IntVar(&m.Classes, "classes", m.Classes, "conditional presets: number of classes (labels 0..classes-1); dcgan-plus and sngan: 0 unconditional, else class-conditional with a projection D")
	fs.IntVar(&m.AuxClasses, "aux-classes", m.AuxClasses, "unconditional dcgan models: give D a class head over this many classes of the data's labels, trained by --class-weight and read by --class-balance (0: none)")
	fs.BoolVar(&m.ClassBN, "class-bn", m.ClassBN, "class-conditional dcgan models: conditional BatchNorm in G (each BatchNorm followed by a per-class scale and shift)")
	fs.IntVar(&m.EmbedDim, "embed-dim", m.EmbedDim, "conditional presets: size of the label embeddings")
	fs.BoolVar(&m.Projection, "projection", m.Projection, "conditional presets: condition D by projection (Miyato & Koyama 2018) instead of concatenating the label")
	fs.Var((*intList)(&m.GWidths), "g-widths", "G's widths, comma-separated: hidden units (seed, improved, cgan) or channels of its maps from the first up to the image (sngan)")
	fs.Var((*intList)(&m.DWidths), "d-widths", "D's widths, comma-separated: hidden units, or channels from the image down (dcgan and dcgan-plus: its four blocks'; sngan)")
	fs.BoolVar(&m.DiffAugment, "diff-augment", m.DiffAugment, "dcgan, dcgan-plus: show D every image, real or fake, through a random differentiable colour change, shift and cutout (Zhao et al. 2020)")
	fs.BoolVar(&m.SpectralNorm, "spectral-norm", m.SpectralNorm, "sngan: spectral normalisation of every layer of D (Miyato et al. 2018)")
	fs.StringVar(&labels, "labels", labels, "conditional presets: how G's training classes are drawn: uniform (cgan.py's randint) or balanced (equal shares in every batch)")
	resume := fs.Bool("resume", false, "continue the run in --out (default runs/<preset>-seed<seed>) from its last checkpoint")
	serveAddr := fs.String("serve", "", "serve a live dashboard of this run at host:port while it trains (e.g. "+serve.DefaultAddr+")")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := setText("g-loss", gLoss, &t.GLoss); err != nil {
		return flagError{err}
	}
	if err := setText("order", order, &t.Order); err != nil {
		return flagError{err}
	}
	if err := setText("objective", objective, &t.Objective); err != nil {
		return flagError{err}
	}
	if err := setText("labels", labels, &t.Labels); err != nil {
		return flagError{err}
	}
	var given []string
	fs.Visit(func(f *flag.Flag) {
		if f.Name != "resume" && f.Name != "serve" {
			given = append(given, strings.ReplaceAll(f.Name, "-", "_"))
		}
	})
	if c.Out == "" {
		c.Out = recipe.DefaultDir(c.Preset, t.Seed)
	}
	if *resume {
		saved, err := configfile.Load(c.Out)
		if err != nil {
			return fmt.Errorf("resume: %w", err)
		}
		if c, err = recipe.Resume(saved, c, given); err != nil {
			return flagError{flagNames(err)}
		}
	}
	opt := train.Options{Resume: *resume, Log: stdout}
	if c.Run.EvalEvery > 0 {
		if err := evaluation.Supports(c.Model); err != nil {
			return flagError{fmt.Errorf("--eval-every: %w", err)}
		}
		opt.Evaluate = evaluation.Quality(c.Model, c.Train.BatchSize)
	}
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		opt.Progress = stderr
	}
	if *serveAddr != "" {
		sctx, stop := context.WithCancel(ctx)
		defer stop()
		if err := startTrainServer(sctx, *serveAddr, c.Out, stdout, stderr); err != nil {
			return err
		}
	}
	s, err := train.Run(ctx, c, opt)
	if errors.Is(err, train.ErrRunExists) {
		return fmt.Errorf("%w; continue it with --resume or choose another --out", err)
	}
	var invalid recipe.Invalid
	if errors.As(err, &invalid) {
		return flagError{flagNames(err)}
	}
	if err != nil {
		return flagNames(err)
	}
	status := "done"
	if s.Interrupted {
		status = "interrupted; continue with: gogan train --resume --out " + s.Out
	}
	fmt.Fprintf(stdout, "%s: %d iterations (%d batches, epoch %d) in %.1f s; %.2f ms per iteration on %s\n",
		status, s.Iterations, s.BatchesDone, s.Epoch, s.Seconds, s.MsPerIter, s.Backend)
	outs, err := train.Outputs(s.Out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "outputs in %s: %s\n", s.Out, strings.Join(outs, ", "))
	return nil
}

// presetArg finds --preset's value in args without parsing the rest.
func presetArg(args []string) string {
	for i, a := range args {
		a = strings.TrimLeft(a, "-")
		if v, ok := strings.CutPrefix(a, "preset="); ok {
			return v
		}
		if a == "preset" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return recipe.DefaultPreset
}

// setText parses a flag's text into an enum, naming the flag on error.
// intList is a flag of comma-separated integers.
type intList []int

func (l *intList) String() string {
	if l == nil {
		return ""
	}
	parts := make([]string, len(*l))
	for i, v := range *l {
		parts[i] = strconv.Itoa(v)
	}
	return strings.Join(parts, ",")
}

func (l *intList) Set(s string) error {
	var v []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return fmt.Errorf("%q is not a comma-separated list of integers", s)
		}
		v = append(v, n)
	}
	*l = v
	return nil
}

func setText(flagName, text string, dst encoding.TextUnmarshaler) error {
	if err := dst.UnmarshalText([]byte(text)); err != nil {
		return fmt.Errorf("--%s %w", flagName, err)
	}
	return nil
}

// flagNames rewrites the settings a library error names (batch_size) as
// the flags that set them (--batch-size).
func flagNames(err error) error {
	var inv recipe.Invalid
	var fe *recipe.FieldError
	var se *dataset.ShapeError
	switch {
	case errors.As(err, &se):
		flagged := *se
		flagged.Setting = asFlag(&recipe.FieldError{Setting: se.Setting}).Setting
		return &flagged
	case errors.As(err, &inv):
		out := make(recipe.Invalid, len(inv))
		for i, e := range inv {
			out[i] = asFlag(e)
		}
		return out
	case errors.As(err, &fe):
		return asFlag(fe)
	}
	return err
}

func asFlag(e *recipe.FieldError) *recipe.FieldError {
	return &recipe.FieldError{Setting: "--" + strings.ReplaceAll(e.Setting, "_", "-"), Problem: e.Problem}
}

func sampleCmd(args []string, stdout, stderr io.Writer) error {
	o := sample.Options{}
	bn := sample.Running.String()
	fs := newFlags("sample", "Draws images from a trained generator into a PNG grid or a NumPy .npy (float32, (N, C, H, W), G's raw output range).", stderr)
	fs.StringVar(&o.Checkpoint, "checkpoint", "", "run directory or generator .safetensors file (required)")
	fs.IntVar(&o.N, "n", sample.DefaultN, "number of samples")
	fs.StringVar(&o.Out, "o", "samples.png", "output file, .png or .npy")
	fs.IntVar(&o.NRow, "nrow", sample.DefaultNRow, "images per row in a PNG grid")
	fs.Uint64Var(&o.Seed, "seed", sample.DefaultSeed, "seed of the latent vectors")
	fs.StringVar(&o.ZFile, "z", "", "take the latent vectors from this .npy (float32, (N, latent)) instead of drawing them")
	fs.StringVar(&bn, "bn", bn, "BatchNorm statistics: running (eval mode; a sample does not depend on its batch-mates) or batch (what gan.py does when it saves images)")
	classes := fs.String("class", "", "conditional generator: the class to draw (7) or classes in turn, one per column (0,3,9); default every class in turn")
	fs.StringVar(&o.LabelsFile, "labels", "", "conditional generator, with --z: each latent vector's class (.npy, float32, (N,)); the rows form one batch as given")
	figure := fs.Bool("figure", false, fmt.Sprintf("draw the paper's Figure 2 into -o (.png) as the authors' show_samples scripts did: %d rows of %d samples, each row ended by the training image nearest (L2, in the model's pixel space: GCN'd values for the CIFAR-10 presets) its last sample, framed in yellow; reads the run's training data (config.json's data); --n, --nrow, --z and --class do not apply", sample.DefaultFigureRows, sample.DefaultFigureCols))
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.Checkpoint == "" {
		return flagError{errors.New("sample: --checkpoint is required")}
	}
	if *figure {
		var clash []string
		fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "n", "nrow", "z", "class", "labels":
				clash = append(clash, "--"+f.Name)
			}
		})
		if len(clash) > 0 {
			return flagError{fmt.Errorf("sample: --figure draws its own layout; %s do not apply", strings.Join(clash, ", "))}
		}
		if err := setText("bn", bn, &o.BN); err != nil {
			return err
		}
		fo := sample.FigureOptions{Checkpoint: o.Checkpoint, Out: o.Out, Seed: o.Seed, BN: o.BN, LoadData: train.LoadData}
		rows, err := sample.Figure(fo)
		if err != nil {
			return err
		}
		for i, r := range rows {
			fmt.Fprintf(stdout, "row %d: nearest training image %d at distance %.4g\n", i+1, r.Index, r.Distance)
		}
		fmt.Fprintf(stdout, "wrote %s\n", o.Out)
		return nil
	}
	if *classes != "" {
		for _, f := range strings.Split(*classes, ",") {
			c, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || c < 0 {
				return flagError{fmt.Errorf("sample: --class %q: want class numbers such as 7 or 0,3,9", *classes)}
			}
			o.Classes = append(o.Classes, c)
		}
	}
	if err := setText("bn", bn, &o.BN); err != nil {
		return err
	}
	if err := sample.Run(o); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", o.Out)
	return nil
}

func interpolateCmd(args []string, stdout, stderr io.Writer) error {
	var o sample.InterpOptions
	fs := newFlags("interpolate", "Draws rows of digits from linear interpolation between random points in z space (the paper's Figure 3).", stderr)
	fs.StringVar(&o.Checkpoint, "checkpoint", "", "run directory or generator .safetensors file (required)")
	fs.IntVar(&o.Rows, "rows", sample.DefaultRows, "rows, each between two random points")
	fs.IntVar(&o.Steps, "steps", sample.DefaultSteps, "images per row, end points included")
	fs.Uint64Var(&o.Seed, "seed", sample.DefaultSeed, "seed of the end points")
	fs.StringVar(&o.Out, "o", "interpolation.png", "output PNG")
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.Checkpoint == "" {
		return flagError{errors.New("interpolate: --checkpoint is required")}
	}
	if err := sample.Interpolate(o); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", o.Out)
	return nil
}

func evalCmd(args []string, stdout, stderr io.Writer) error {
	o := evaluation.Options{Log: stdout}
	bn := sample.Running.String()
	fs := newFlags("eval", "Evaluates a generator with a built-in classifier, nothing to download: the embedded MNIST classifier for grey digits, the embedded CIFAR-10 classifier for colour images (resized to 32x32). Both give a FID in their own feature space against their test set (not comparable with Inception FIDs), class score, class histogram, precision/recall (k-NN manifolds) and, for conditional models, conditional accuracy; digits also get the paper's Parzen-window log-likelihood on the MNIST test set. Nearest training images (the paper's Figure 2: MNIST's, or the run's data folder for colour runs) and an interpolation (Figure 3). Writes report.json, report.md, samples.png, nearest.png, classes.png and, from a checkpoint, interpolation.png (a .npy of samples has no generator to walk) into --out. With --inception, also Inception FID, Inception Score and KID with pytorch-fid's Inception-v3.", stderr)
	fs.StringVar(&o.Checkpoint, "checkpoint", "", "run directory or generator .safetensors file")
	fs.StringVar(&o.Samples, "samples", "", "evaluate a .npy of samples instead of a checkpoint: (N, 1, S, S) digits, resized to 28, or (N, 3, S, S) colour images, resized to 32")
	fs.StringVar(&o.Labels, "labels", "", "with --samples: a .npy (float32, (N,)) of the class each sample was drawn for, for conditional accuracy and intra-class FID")
	fs.IntVar(&o.N, "n", evaluation.DefaultSamples, "samples to draw (the paper's protocol uses 10,000)")
	fs.Uint64Var(&o.Seed, "seed", sample.DefaultSeed, "seed of the latent vectors")
	fs.StringVar(&o.Out, "out", "", "report directory (default <run>/eval for --checkpoint, <name>_eval/ beside the file for --samples <name>.npy)")
	fs.StringVar(&bn, "bn", bn, "BatchNorm statistics when sampling: running or batch")
	fs.BoolVar(&o.Parzen, "parzen", true, "compute the Parzen-window log-likelihood")
	fs.StringVar(&o.Inception, "inception", "", "pytorch-fid's Inception-v3 weights (pt_inception-2015-12-05-6726825d.pth): add Inception FID, Inception Score and, against a data folder, KID")
	fs.StringVar(&o.Ref, "ref", "", "with --inception: the reference, pytorch-fid's .npz of mu and sigma or a data folder (image folder, CIFAR batches, IDX), or mnist:train / mnist:test (the embedded MNIST); default the run's training data (train.data in config.json; mnist:train for a run on the embedded MNIST). A data set's features are cached in the user cache directory, gogan/inception/")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := setText("bn", bn, &o.BN); err != nil {
		return err
	}
	rep, err := evaluation.Run(o)
	if errors.Is(err, evaluation.ErrSource) {
		return errors.New("eval: give exactly one of --checkpoint and --samples")
	}
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, "\n"+evaluation.Markdown(rep))
	return nil
}

func classifierCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "reference" {
		return classifierReferenceCmd(args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "train" {
		return flagError{errors.New("classifier: the subcommands are train and reference")}
	}
	var o classifier.TrainOptions
	var out, dataDir, testDir, refName string
	var batch int
	var lr float64
	fs := newFlags("classifier train", "Trains one of the classifiers gogan eval judges with. Without --data: the MNIST classifier (MLP 784-512-256-10 on the embedded MNIST, deterministic from its seed, 98.5% test accuracy; the embedded weights came from an earlier engine, so a retrain is not bit for bit theirs). With --data, a folder of labelled 3x32x32 colour images (class folders or CIFAR-10 binary batches): the CIFAR-10 judge (a VGG-style CNN, SGD one-cycle; about 4 minutes an epoch on 2 cores), its test accuracy measured on --test after every epoch.", stderr)
	fs.Uint64Var(&o.Seed, "seed", classifier.DefaultSeed, "seed")
	fs.IntVar(&o.Epochs, "epochs", 0, fmt.Sprintf("epochs (default %d for MNIST, %d for CIFAR-10)", classifier.DefaultEpochs, classifier.CIFARDefaultEpochs))
	fs.IntVar(&batch, "batch-size", 0, fmt.Sprintf("images per step (default %d for MNIST, %d for CIFAR-10)", classifier.DefaultBatchSize, classifier.CIFARDefaultBatchSize))
	fs.Float64Var(&lr, "lr", 0, fmt.Sprintf("learning rate: Adam's for MNIST (default %g), SGD's peak for CIFAR-10 (default %g)", classifier.DefaultLR, classifier.CIFARDefaultLR))
	fs.StringVar(&dataDir, "data", "", "labelled 3x32x32 training images (e.g. CIFAR-10's train folder); absent: the embedded MNIST")
	fs.StringVar(&testDir, "test", "", "labelled test images scored after every epoch (with --data; e.g. CIFAR-10's test folder), whose statistics are stored with the weights as gogan eval's reference")
	fs.StringVar(&refName, "ref-name", "", "what reports call the --test images (default: the folder's path)")
	fs.StringVar(&out, "o", "classifier.safetensors", "output weights file")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if batch < 0 || lr < 0 || o.Epochs < 0 {
		return flagError{fmt.Errorf("classifier train: --epochs %d, --batch-size %d, --lr %v: want positive values", o.Epochs, batch, lr)}
	}
	if dataDir == "" {
		if testDir != "" {
			return flagError{errors.New("classifier train: --test goes with --data (MNIST's classifier is scored on the embedded test set)")}
		}
		o.BatchSize, o.LR = batch, lr
		return trainMNISTClassifier(o, out, stdout)
	}
	return trainCIFARClassifier(classifier.CIFAR10Options{Seed: o.Seed, Epochs: o.Epochs, BatchSize: batch, LR: lr, RefName: refName}, dataDir, testDir, out, stdout)
}

func trainMNISTClassifier(o classifier.TrainOptions, out string, stdout io.Writer) error {
	m, err := classifier.Train(o, func(epoch int, loss, acc float64) {
		fmt.Fprintf(stdout, "epoch %d: loss %.4f, train accuracy %.4f\n", epoch, loss, acc)
	})
	if err != nil {
		return err
	}
	test, err := mnist.Test()
	if err != nil {
		return err
	}
	acc := classifier.Accuracy(m, test)
	if err := m.Save(out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "test accuracy %.4f; wrote %s\n", acc, out)
	return nil
}

func trainCIFARClassifier(o classifier.CIFAR10Options, dataDir, testDir, out string, stdout io.Writer) error {
	a := classifier.CIFAR10
	var err error
	if o.Data, err = dataset.Load(dataDir, a.C, a.H); err != nil {
		return err
	}
	if testDir != "" {
		if o.Test, err = dataset.Load(testDir, a.C, a.H); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "training the %s classifier on %d images of %s\n", a.Name, o.Data.N, dataDir)
	// The running figures within an epoch overwrite one line, on a terminal only.
	f, live := stdout.(*os.File)
	live = live && term.IsTerminal(int(f.Fd()))
	start := time.Now()
	m, err := classifier.TrainCIFAR10(o, func(st classifier.TrainStats) {
		if !st.EpochDone {
			if !live {
				return
			}
			fmt.Fprintf(stdout, "\repoch %d/%d: loss %.4f, train accuracy %.4f, %.0f s", st.Epoch, st.Epochs, st.Loss, st.Acc, st.Seconds)
			return
		}
		test := ""
		if !math.IsNaN(st.TestAcc) {
			test = fmt.Sprintf(", test accuracy %.4f", st.TestAcc)
		}
		left := time.Duration(float64(time.Since(start)) / float64(st.Epoch) * float64(st.Epochs-st.Epoch)).Round(time.Second)
		if live {
			fmt.Fprint(stdout, "\r")
		}
		fmt.Fprintf(stdout, "epoch %d/%d: loss %.4f, train accuracy %.4f%s, %.0f s (about %v left)\n", st.Epoch, st.Epochs, st.Loss, st.Acc, test, st.Seconds, left)
	})
	if err != nil {
		return err
	}
	m.Metadata["train_seconds"] = strconv.FormatFloat(time.Since(start).Seconds(), 'f', 0, 64)
	if err := m.Save(out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%v)\n", out, time.Since(start).Round(time.Second))
	return nil
}

func classifierReferenceCmd(args []string, stdout, stderr io.Writer) error {
	var weights, testDir, out, refName string
	fs := newFlags("classifier reference", "Measures a labelled test set with a trained colour classifier and stores the statistics with its weights (feature mean and covariance overall and per class, 5,000 images' features): the reference gogan eval compares samples with, so that it needs no data on disk. gogan classifier train --test does this itself.", stderr)
	fs.StringVar(&weights, "weights", "", "the classifier's weights (from gogan classifier train --data)")
	fs.StringVar(&testDir, "test", "", "labelled test images (e.g. CIFAR-10's test folder)")
	fs.StringVar(&out, "o", "", "output weights file (default: rewrite --weights)")
	fs.StringVar(&refName, "ref-name", "", "what reports call the --test images (default: the folder's path)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if weights == "" || testDir == "" {
		return flagError{errors.New("classifier reference: give --weights and --test")}
	}
	if out == "" {
		out = weights
	}
	m, err := classifier.Load(weights)
	if err != nil {
		return err
	}
	a := m.Arch
	test, err := dataset.Load(testDir, a.C, a.H)
	if err != nil {
		return err
	}
	if m.Ref, err = classifier.ComputeReference(m, test); err != nil {
		return err
	}
	if refName != "" {
		m.Ref.Data = refName
	}
	acc := classifier.Accuracy(m, test)
	m.Metadata["test_accuracy"] = strconv.FormatFloat(acc, 'f', 4, 64)
	m.Metadata["test_data"] = test.Name
	if err := m.Save(out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: accuracy %.4f on %d images of %s; reference stored in %s\n", a.Name, acc, test.N, testDir, out)
	return nil
}

func importCmd(args []string, stdout, stderr io.Writer) error {
	var o importer.Options
	fs := newFlags("import", "Turns a PyTorch checkpoint (torch.save of PyTorch-GAN's gan.py, cgan.py or dcgan.py Generator state_dict, or of the sngan preset's (testdata/cnn_models.py), alone or in a dict with its Discriminator's, e.g. {\"generator\": G.state_dict(), \"discriminator\": D.state_dict()}) into a run directory that gogan sample, eval and serve use. The file is read without running anything in it. The model kind and sizes are read from the tensors; the flags override or check them.\n\nusage: gogan import FILE.pth [flags]", stderr)
	fs.StringVar(&o.Out, "out", "", "run directory to create, absent or empty (default runs/import-<file name>)")
	fs.StringVar(&o.Kind, "kind", "", "model kind: seed (gan.py), cgan (cgan.py), dcgan (dcgan.py) or cnn (the sngan preset's standard CNN, testdata/cnn_models.py); default: from the tensor names")
	fs.IntVar(&o.LatentDim, "latent-dim", 0, "latent dimension, checked against the weights")
	fs.IntVar(&o.Channels, "channels", 0, "image channels (an MLP's output does not tell 3x4x4 from 48x1x1)")
	fs.IntVar(&o.ImgSize, "img-size", 0, "image size")
	fs.Float64Var(&o.BNEps, "bn-eps", 0, "BatchNorm eps, which the weights do not record (default 0.8, as the three scripts have it)")
	fs.StringVar(&o.Generator, "generator", "", "the generator's place in the file when it holds several state_dicts (e.g. generator, or models/G)")
	fs.StringVar(&o.Discriminator, "discriminator", "", "the discriminator's place in the file")
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		o.File, args = args[0], args[1:]
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.File == "" {
		return flagError{errors.New("import: give the PyTorch file: gogan import FILE.pth [flags]")}
	}
	if o.Out == "" {
		base := filepath.Base(o.File)
		o.Out = filepath.Join("runs", "import-"+strings.TrimSuffix(base, filepath.Ext(base)))
	}
	res, err := importer.Run(o)
	if err != nil {
		return err
	}
	m := res.Config.Model
	what := "a generator"
	if res.HasD {
		what = "a generator and a discriminator"
	}
	fmt.Fprintf(stdout, "imported %s of kind %s (latent_dim %d, %dx%dx%d images) into %s\n", what, m.Kind, m.LatentDim, m.Channels, m.ImgSize, m.ImgSize, o.Out)
	for _, n := range res.Notes {
		fmt.Fprintf(stdout, "note: %s\n", n)
	}
	return nil
}
