// Command gogan trains Generative Adversarial Nets (Goodfellow et al., 2014)
// as PyTorch-GAN's gan.py does, on the MNIST embedded in the binary, and
// samples and evaluates them. It only parses flags; the work is in the
// library packages.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/term"

	"gogan/data/mnist"
	"gogan/engine/gemm"
	"gogan/evaluation"
	"gogan/metric/classifier"
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
  gogan classifier train     retrain the embedded MNIST classifier the evaluation uses
  gogan serve [flags]        a live dashboard of the runs in the browser (also: gogan train --serve ADDR)
  gogan version              print the version and the BLAS backend

Run "gogan <command> --help" for a command's flags and their defaults.
Set GOGAN_BLAS=openblas|go to force a GEMM backend.
`

func main() {
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
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
		fmt.Fprintf(stdout, "gogan %s, backend %s (%s)\n", train.Version, be.Name(), be.Info())
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
	return nil
}

func trainCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	// The preset decides the defaults the other flags show, so it is read
	// before the flag set is built.
	preset := presetArg(args)
	c, err := train.Preset(preset)
	if err != nil {
		return flagError{err}
	}
	fs := newFlags("train", "Trains G and D. Defaults are gan.py's (--preset seed); --preset paper is Goodfellow et al.'s model.", stderr)
	fs.String("preset", c.Preset, "named settings: "+strings.Join(train.Presets, ", ")+" (flags override them)")
	fs.IntVar(&c.Epochs, "epochs", c.Epochs, "number of epochs of training")
	fs.IntVar(&c.BatchSize, "batch-size", c.BatchSize, "size of the batches")
	fs.Float64Var(&c.LR, "lr", c.LR, "learning rate")
	fs.Float64Var(&c.B1, "b1", c.B1, "Adam: decay of first order momentum of gradient")
	fs.Float64Var(&c.B2, "b2", c.B2, "Adam: decay of second order momentum of gradient")
	fs.IntVar(&c.LatentDim, "latent-dim", c.LatentDim, "dimensionality of the latent space")
	fs.IntVar(&c.ImgSize, "img-size", c.ImgSize, "size of each image dimension")
	fs.IntVar(&c.Channels, "channels", c.Channels, "number of image channels")
	fs.IntVar(&c.SampleInterval, "sample-interval", c.SampleInterval, "batches between image samples (0: none)")
	fs.Uint64Var(&c.Seed, "seed", c.Seed, "random seed (weights, noise, shuffling)")
	fs.StringVar(&c.Out, "out", "", "output directory (default runs/<preset>-seed<seed>)")
	fs.StringVar(&c.Data, "data", "", "train on an IDX directory (Fashion-MNIST, KMNIST, EMNIST…) or a folder of PNG/JPEG images instead of the embedded MNIST")
	fs.IntVar(&c.DSteps, "d-steps", c.DSteps, "k: discriminator steps per iteration (the paper's Algorithm 1)")
	fs.StringVar(&c.GLoss, "g-loss", c.GLoss, "generator loss: nonsaturating (max log D(G(z))) or minimax (min log(1-D(G(z))))")
	fs.StringVar(&c.Order, "order", c.Order, "update order: g-first (gan.py) or d-first (the paper)")
	fs.Float64Var(&c.BNEps, "bn-eps", c.BNEps, "BatchNorm eps (gan.py passes 0.8 here, meaning momentum; PyTorch's default is 1e-5)")
	fs.Float64Var(&c.BNMomentum, "bn-momentum", c.BNMomentum, "BatchNorm running-statistics momentum")
	fs.IntVar(&c.MaxBatches, "max-batches", c.MaxBatches, "stop after this many batches in all (0: train all epochs)")
	fs.IntVar(&c.EvalEvery, "eval-every", c.EvalEvery, "epochs between quality evaluations (FID, class score, largest class share on 10,000 samples) logged and plotted (0: none)")
	fs.IntVar(&c.CheckpointEvery, "checkpoint-every", c.CheckpointEvery, "batches between checkpoints (0: at the end of each epoch)")
	fs.Float64Var(&c.DLR, "d-lr", c.DLR, "D's learning rate if different from --lr (TTUR; 0: --lr)")
	fs.Float64Var(&c.DDropout, "d-dropout", c.DDropout, "drop D's hidden units with this probability in training (0: off)")
	fs.IntVar(&c.MBStdGroup, "mbstd-group", c.MBStdGroup, "add a minibatch-standard-deviation feature to D over groups of this many rows (0: off; 4 is usual)")
	fs.Float64Var(&c.LRLinear, "lr-linear-decay", c.LRLinear, "fraction of the run (--epochs, so resuming with more epochs stretches the schedule) at its end over which both learning rates fall linearly to 0 (0: constant)")
	fs.Float64Var(&c.RealLabel, "real-label", c.RealLabel, "D's target for real images (0.9: one-sided label smoothing)")
	fs.Float64Var(&c.EMA, "ema", c.EMA, "decay of an exponential moving average of G's weights used for samples (0: off)")
	resume := fs.Bool("resume", false, "continue the run in --out from its last checkpoint")
	serveAddr := fs.String("serve", "", "serve a live dashboard of this run at host:port while it trains (e.g. "+serve.DefaultAddr+")")
	if err := parse(fs, args); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if c.Out == "" {
		if *resume {
			return flagError{errors.New("--resume needs --out, the run directory to continue")}
		}
		c.Out = filepath.Join("runs", fmt.Sprintf("%s-seed%d", c.Preset, c.Seed))
	}
	if *resume {
		saved, err := train.LoadConfig(c.Out)
		if err != nil {
			return fmt.Errorf("--resume: %w", err)
		}
		// A resumed run keeps its settings; only how long it runs and how
		// often it reports may change.
		for name := range set {
			switch name {
			case "epochs":
				saved.Epochs = c.Epochs
			case "max-batches":
				saved.MaxBatches = c.MaxBatches
			case "sample-interval":
				saved.SampleInterval = c.SampleInterval
			case "checkpoint-every":
				saved.CheckpointEvery = c.CheckpointEvery
			case "eval-every":
				saved.EvalEvery = c.EvalEvery
			case "out", "resume", "preset", "serve":
			default:
				return flagError{fmt.Errorf("--%s cannot change when resuming (the run keeps the settings in %s)", name, filepath.Join(c.Out, train.ConfigFile))}
			}
		}
		c = saved
	}
	if err := c.Validate(); err != nil {
		return flagError{err}
	}
	opt := train.Options{Resume: *resume, Log: stdout}
	if c.EvalEvery > 0 {
		opt.Evaluate = func(m *train.Models, epoch int) (train.EvalPoint, error) {
			ev, err := evaluation.Quality(m, c, 10000)
			ev.Epoch = epoch
			return ev, err
		}
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
	if err != nil {
		return err
	}
	status := "done"
	if s.Interrupted {
		status = "interrupted; continue with: gogan train --resume --out " + s.Out
	}
	fmt.Fprintf(stdout, "%s: %d iterations (%d batches, epoch %d) in %.1f s; %.2f ms per iteration on %s\noutputs in %s: generator.safetensors, discriminator.safetensors, metrics.csv, loss.png, images/\n",
		status, s.Iterations, s.BatchesDone, s.Epoch, s.Seconds, s.MsPerIter, s.Backend, s.Out)
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
	return "seed"
}

func sampleCmd(args []string, stdout, stderr io.Writer) error {
	var o sample.Options
	fs := newFlags("sample", "Draws images from a trained generator into a PNG grid or a NumPy .npy (float32, (N, C, H, W), G's raw output range).", stderr)
	fs.StringVar(&o.Checkpoint, "checkpoint", "", "run directory or generator .safetensors file (required)")
	fs.IntVar(&o.N, "n", 64, "number of samples")
	fs.StringVar(&o.Out, "o", "samples.png", "output file, .png or .npy")
	fs.IntVar(&o.NRow, "nrow", 8, "images per row in a PNG grid")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the latent vectors")
	fs.StringVar(&o.ZFile, "z", "", "take the latent vectors from this .npy (float32, (N, latent)) instead of drawing them")
	fs.StringVar(&o.BN, "bn", "running", "BatchNorm statistics: running (eval mode; a sample does not depend on its batch-mates) or batch (what gan.py does when it saves images)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.Checkpoint == "" {
		return flagError{errors.New("sample: --checkpoint is required")}
	}
	be, err := gemm.Default()
	if err != nil {
		return err
	}
	if err := sample.Run(o, be); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", o.Out)
	return nil
}

func interpolateCmd(args []string, stdout, stderr io.Writer) error {
	var o sample.InterpOptions
	fs := newFlags("interpolate", "Draws rows of digits from linear interpolation between random points in z space (the paper's Figure 3).", stderr)
	fs.StringVar(&o.Checkpoint, "checkpoint", "", "run directory or generator .safetensors file (required)")
	fs.IntVar(&o.Rows, "rows", 8, "rows, each between two random points")
	fs.IntVar(&o.Steps, "steps", 10, "images per row, end points included")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the end points")
	fs.StringVar(&o.Out, "o", "interpolation.png", "output PNG")
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.Checkpoint == "" {
		return flagError{errors.New("interpolate: --checkpoint is required")}
	}
	be, err := gemm.Default()
	if err != nil {
		return err
	}
	if err := sample.Interpolate(o, be); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", o.Out)
	return nil
}

func evalCmd(args []string, stdout, stderr io.Writer) error {
	o := evaluation.Options{Log: stdout}
	fs := newFlags("eval", "Evaluates a generator: the paper's Parzen-window log-likelihood on the MNIST test set, FID / class score / class histogram with the embedded MNIST classifier, nearest training images (the paper's Figure 2) and an interpolation (Figure 3). Writes report.json, report.md and PNGs.", stderr)
	fs.StringVar(&o.Checkpoint, "checkpoint", "", "run directory or generator .safetensors file")
	fs.StringVar(&o.Samples, "samples", "", "evaluate a .npy of samples (N, 1, 28, 28) instead of a checkpoint")
	fs.IntVar(&o.N, "n", 10000, "samples to draw (the paper's protocol uses 10,000)")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the latent vectors")
	fs.StringVar(&o.Out, "out", "", "report directory (default <run>/eval)")
	fs.StringVar(&o.BN, "bn", "running", "BatchNorm statistics when sampling: running or batch")
	fs.BoolVar(&o.Parzen, "parzen", true, "compute the Parzen-window log-likelihood")
	if err := parse(fs, args); err != nil {
		return err
	}
	be, err := gemm.Default()
	if err != nil {
		return err
	}
	rep, err := evaluation.Run(o, be)
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, "\n"+evaluation.Markdown(rep))
	return nil
}

func classifierCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "train" {
		return flagError{errors.New("classifier: the only subcommand is train")}
	}
	var o classifier.TrainOptions
	var out string
	fs := newFlags("classifier train", "Trains the MNIST classifier used by gogan eval (MLP 784-512-256-10, deterministic from its seed). The embedded weights were made by this command with its defaults on OpenBLAS.", stderr)
	fs.Uint64Var(&o.Seed, "seed", classifier.DefaultSeed, "seed")
	fs.IntVar(&o.Epochs, "epochs", classifier.DefaultEpochs, "epochs")
	fs.StringVar(&out, "o", "classifier.safetensors", "output weights file")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
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
