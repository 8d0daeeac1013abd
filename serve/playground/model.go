package playground

// This file is everything the dashboard needs from the model side of gogan
// (loading a generator, drawing, grids, the training images, the
// classifier), so that moving to another generator API touches only it.

import (
	"errors"
	"fmt"
	"image"
	"io"
	"io/fs"
	"math"
	"path"
	"sync"
	"time"

	"gogan/checkpoint"
	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/grid"
	"gogan/format/npy"
	"gogan/format/safetensors"
	"gogan/metric/classifier"
	"gogan/sample"
	"gogan/serve/rundir"
	"gogan/train"
)

// MaxSamples bounds the images of one request.
const MaxSamples = 1024

// generator is one run's G (EMA or raw weights), loaded from the files of
// a run directory opened through the server's confined fs.FS.
type generator struct {
	mu    sync.Mutex // nn.Sequential keeps its activations: one caller at a time
	net   *nn.Sequential
	cfg   train.Config
	file  string
	stamp fileStamp
}

type fileStamp struct {
	mod  time.Time
	size int64
}

// errNoCheckpoint and errBadCheckpoint become 404 and 422 responses.
var (
	errNoCheckpoint  = errors.New("no checkpoint")
	errBadCheckpoint = errors.New("unreadable checkpoint")
)

// weightsFile picks the generator file: "ema" (the weight average, what
// the run's own grids show), "raw", or "" for the EMA where there is one.
func weightsFile(fsys fs.FS, dir, weights string) (string, error) {
	ema := path.Join(dir, train.GeneratorEMAFile)
	raw := path.Join(dir, train.GeneratorFile)
	_, emaErr := fs.Stat(fsys, ema)
	switch weights {
	case "ema":
		if emaErr != nil {
			return "", fmt.Errorf("%w: %s has no EMA weights (%s; trained without --ema)", errNoCheckpoint, dir, train.GeneratorEMAFile)
		}
		return ema, nil
	case "", "raw":
		if weights == "" && emaErr == nil {
			return ema, nil
		}
		if _, err := fs.Stat(fsys, raw); err != nil {
			return "", fmt.Errorf("%w: %s has no %s yet (training writes it at the end of each epoch)", errNoCheckpoint, dir, train.GeneratorFile)
		}
		return raw, nil
	}
	return "", fmt.Errorf("weights %q must be ema or raw", weights)
}

func stampOf(fsys fs.FS, name string) (fileStamp, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return fileStamp{}, err
	}
	return fileStamp{st.ModTime(), st.Size()}, nil
}

// loadGenerator builds G from config.json and the weights in file.
func loadGenerator(fsys fs.FS, dir, file string, be gemm.Backend) (*generator, error) {
	cfg, err := rundir.ReadConfig(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadCheckpoint, err)
	}
	// Not cfg.Validate: runs from before a setting existed read it as 0.
	if cfg.LatentDim < 1 || cfg.ImgSize < 1 || cfg.LatentDim > 1<<16 || cfg.ImgSize > 1024 || (cfg.Channels != 1 && cfg.Channels != 3) || (cfg.Model != "" && cfg.Model != "seed" && cfg.Model != "paper") {
		return nil, fmt.Errorf("%w: %s/%s: model %q, latent_dim %d, img_size %d, channels %d make no generator", errBadCheckpoint, dir, train.ConfigFile, cfg.Model, cfg.LatentDim, cfg.ImgSize, cfg.Channels)
	}
	stamp, err := stampOf(fsys, file)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errNoCheckpoint, file, err)
	}
	f, err := fsys.Open(file)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errNoCheckpoint, file, err)
	}
	defer f.Close()
	st, err := safetensors.Read(io.LimitReader(f, 1<<30), file)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadCheckpoint, err)
	}
	g := train.BuildGenerator(cfg, be, MaxSamples, nil)
	if err := checkpoint.Apply(st, g); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errBadCheckpoint, file, err)
	}
	return &generator{net: g, cfg: cfg, file: file, stamp: stamp}, nil
}

// noise returns the latent vectors `gogan sample --seed seed -n n` uses, so
// the playground's grid is the command's.
func (g *generator) noise(n int, seed uint64) []float32 {
	return (&sample.Generator{Config: g.cfg}).Noise(n, seed)
}

// draw runs G on z (n rows); batchStats uses the batch's BatchNorm
// statistics (gan.py's pictures) rather than the running ones.
func (g *generator) draw(z []float32, n int, batchStats bool) []float32 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]float32(nil), g.net.Forward(z, n, batchStats)...)
}

// imgDims are C, H, W of one image.
func (g *generator) imgDims() (int, int, int) { return g.cfg.Channels, g.cfg.ImgSize, g.cfg.ImgSize }

// gridImage tiles n images as `gogan sample` does: 2 px padding, nrow per
// row, pixels mapped from G's output range.
func (g *generator) gridImage(imgs []float32, n, nrow int) (image.Image, error) {
	c, h, w := g.imgDims()
	opt := grid.DefaultOptions()
	opt.NRow = nrow
	opt.Normalize = true
	opt.Range = &[2]float32{g.cfg.Lo(), g.cfg.Hi()}
	return grid.Image(imgs, n, c, h, w, opt)
}

// writeNPY writes n images as float32 (N, C, H, W), G's raw output range,
// as `gogan sample -o x.npy` does.
func (g *generator) writeNPY(w io.Writer, imgs []float32, n int) error {
	c, h, wd := g.imgDims()
	return npy.WriteFloat32(w, []int{n, c, h, wd}, imgs)
}

// unit maps G's outputs to [0, 1].
func (g *generator) unit(x []float32) []float32 {
	lo := g.cfg.Lo()
	out := make([]float32, len(x))
	for i, v := range x {
		out[i] = min(max((v-lo)/(1-lo), 0), 1)
	}
	return out
}

// trainingSets caches the data runs were trained on, by what selects it.
var trainingSets struct {
	sync.Mutex
	m map[string]*dataset.Set
}

// trainingSet is the run's training data: the embedded MNIST, or the
// directory config.json's data names, limited to train_images.
func trainingSet(c train.Config) (*dataset.Set, error) {
	key := fmt.Sprintf("%s|%d|%d|%d", c.Data, c.Channels, c.ImgSize, c.TrainImages)
	trainingSets.Lock()
	defer trainingSets.Unlock()
	if s, ok := trainingSets.m[key]; ok {
		return s, nil
	}
	s, err := train.LoadData(c)
	if err != nil {
		return nil, err
	}
	if trainingSets.m == nil || len(trainingSets.m) >= 4 {
		trainingSets.m = map[string]*dataset.Set{}
	}
	trainingSets.m[key] = s
	return s, nil
}

// neighbour is a training image near a sample.
type neighbour struct {
	Index    int     `json:"index"`    // in the training set
	Distance float64 `json:"distance"` // Euclidean, pixels in [0, 1]
	Label    *int    `json:"label,omitempty"`
}

// nearestImages returns the k training images closest (L2) to q, a sample
// in [0, 1], nearest first: the paper's Figure 2 check for memorisation.
func nearestImages(set *dataset.Set, q []float32, k int) ([]neighbour, []float32) {
	d := set.Dim()
	best := make([]neighbour, 0, k+1)
	const inv = 1.0 / 255
	for i := 0; i < set.N; i++ {
		img := set.Pix[i*d : (i+1)*d]
		var s float32
		for j, p := range img {
			diff := q[j] - float32(p)*inv
			s += diff * diff
		}
		d2 := float64(s)
		if len(best) == k && d2 >= best[k-1].Distance {
			continue
		}
		pos := len(best)
		for pos > 0 && best[pos-1].Distance > d2 {
			pos--
		}
		best = append(best, neighbour{})
		copy(best[pos+1:], best[pos:])
		best[pos] = neighbour{Index: i, Distance: d2}
		if len(best) > k {
			best = best[:k]
		}
	}
	pix := make([]float32, 0, len(best)*d)
	for i := range best {
		best[i].Distance = math.Sqrt(best[i].Distance)
		if set.Labels != nil {
			l := int(set.Labels[best[i].Index])
			best[i].Label = &l
		}
		for _, p := range set.Image(best[i].Index) {
			pix = append(pix, float32(p)*inv)
		}
	}
	return best, pix
}

// unitGrid tiles images already in [0, 1].
func unitGrid(imgs []float32, n, c, h, w, nrow int) (image.Image, error) {
	opt := grid.DefaultOptions()
	opt.NRow = nrow
	return grid.Image(imgs, n, c, h, w, opt)
}

// classCounts classifies n samples with the embedded MNIST classifier (the
// one FID and eval.csv use) and counts them per digit.
func (g *generator) classCounts(imgs []float32, n int) ([]int, error) {
	if g.cfg.Channels != 1 || g.cfg.ImgSize != 28 {
		return nil, fmt.Errorf("the class histogram needs 1x28x28 MNIST images; this run makes %dx%dx%d", g.cfg.Channels, g.cfg.ImgSize, g.cfg.ImgSize)
	}
	m, err := classifier.Embedded()
	if err != nil {
		return nil, err
	}
	x := g.unit(imgs)
	for i, v := range x {
		x[i] = 2*v - 1 // the classifier was trained on [-1, 1]
	}
	counts := make([]int, classifier.Classes)
	for _, c := range m.Predict(x, n) {
		counts[c]++
	}
	return counts, nil
}
