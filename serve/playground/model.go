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
	"path/filepath"
	"strings"
	"sync"
	"time"

	"gogan/data/dataset"
	"gogan/engine/gemm"
	"gogan/format/grid"
	"gogan/format/npy"
	"gogan/metric/classifier"
	"gogan/recipe"
	"gogan/sample"
	"gogan/serve/runview"
	"gogan/train"
)

// MaxSamples bounds the images of one request.
const MaxSamples = 1024

// generator is one run's G (EMA or raw weights) with a sampler for
// MaxSamples rows, kept between requests.
type generator struct {
	mu    sync.Mutex // a Sampler serves one caller at a time
	g     *sample.Generator
	s     *sample.Sampler
	model recipe.Model
	cfg   recipe.Config
	file  string // slash path inside the runs directory
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
	ema := path.Join(dir, recipe.GeneratorEMAFile)
	raw := path.Join(dir, recipe.GeneratorFile)
	_, emaErr := fs.Stat(fsys, ema)
	switch weights {
	case "ema":
		if emaErr != nil {
			return "", fmt.Errorf("%w: %s has no EMA weights (%s; trained without --ema)", errNoCheckpoint, dir, recipe.GeneratorEMAFile)
		}
		return ema, nil
	case "", "raw":
		if weights == "" && emaErr == nil {
			return ema, nil
		}
		if _, err := fs.Stat(fsys, raw); err != nil {
			return "", fmt.Errorf("%w: %s has no %s yet (training writes it at the end of each epoch)", errNoCheckpoint, dir, recipe.GeneratorFile)
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

// loadGenerator opens the weights file (a slash path inside the runs
// directory rootDir) with sample.Open. fsys, the runs directory opened with
// os.OpenRoot, first checks that the file and config.json resolve inside it.
func loadGenerator(fsys fs.FS, rootDir, dir, file string, be gemm.Backend) (*generator, error) {
	cfg, err := runview.ReadConfig(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadCheckpoint, err)
	}
	st, err := fs.Stat(fsys, file)
	if err != nil || !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is not a file inside the runs directory", errNoCheckpoint, file)
	}
	g, err := sample.Open(filepath.Join(rootDir, filepath.FromSlash(file)), be)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errBadCheckpoint, file, relative(err, rootDir))
	}
	s, err := g.NewSampler(MaxSamples)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errBadCheckpoint, file, relative(err, rootDir))
	}
	return &generator{g: g, s: s, model: g.Model, cfg: cfg, file: file, stamp: fileStamp{st.ModTime(), st.Size()}}, nil
}

// relative keeps the server's own paths out of error messages: files are
// named relative to the runs directory, as in the URLs.
func relative(err error, rootDir string) string {
	msg := err.Error()
	if abs, e := filepath.Abs(rootDir); e == nil {
		msg = strings.ReplaceAll(msg, abs+string(filepath.Separator), "")
	}
	return strings.ReplaceAll(msg, filepath.Clean(rootDir)+string(filepath.Separator), "")
}

// noise returns the latent vectors `gogan sample --seed seed -n n` uses, so
// the playground's grid is the command's.
func (g *generator) noise(n int, seed uint64) []float32 { return g.g.Latents(n, seed) }

// draw runs G on z (n rows); batchStats uses the batch's BatchNorm
// statistics (gan.py's pictures) rather than the running ones. A
// conditional G draws row i for class i mod its classes.
func (g *generator) draw(z []float32, n int, batchStats bool) ([]float32, error) {
	bn := sample.Running
	if batchStats {
		bn = sample.Batch
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.model.Conditional() {
		// A conditional G takes a class with each z: the classes in turn,
		// as `gogan sample` lays out a conditional grid.
		labels := make([]int, n)
		for i := range labels {
			labels[i] = i % g.model.Classes
		}
		return g.s.DrawLabelled(z, labels, bn)
	}
	return g.s.Draw(z, n, bn)
}

// imgDims are C, H, W of one image.
func (g *generator) imgDims() (int, int, int) { return g.model.Shape() }

// gridImage tiles n images as `gogan sample` does: 2 px padding, nrow per
// row, G's pixel range mapped to 0-255.
func (g *generator) gridImage(imgs []float32, n, nrow int) (image.Image, error) {
	c, h, w := g.imgDims()
	opt := grid.DefaultOptions()
	opt.NRow = nrow
	opt.Normalize = true
	opt.Range = g.model.GridRange(imgs[:min(len(imgs), max(n, 0)*c*h*w)])
	return grid.Image(imgs, n, c, h, w, opt)
}

// writeNPY writes n images as float32 (N, C, H, W), G's raw output range,
// as `gogan sample -o x.npy` does.
func (g *generator) writeNPY(w io.Writer, imgs []float32, n int) error {
	c, h, wd := g.imgDims()
	return npy.WriteFloat32(w, []int{n, c, h, wd}, imgs)
}

// unit maps G's outputs to [0, 1] (GCN'd images each by its own largest
// magnitude, recipe.Model.ToTanh).
func (g *generator) unit(x []float32) []float32 {
	out := make([]float32, len(x))
	copy(out, x)
	c, h, w := g.imgDims()
	lo := g.model.ToTanh(out, len(out)/(c*h*w))
	for i, v := range out {
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
func trainingSet(c recipe.Config) (*dataset.Set, error) {
	key := fmt.Sprintf("%s|%d|%d|%d", c.Train.Data, c.Model.Channels, c.Model.ImgSize, c.Train.TrainImages)
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

// classCounts classifies n samples with the built-in judge of their kind
// (the one FID and eval.csv use: MNIST's classifier for grey digits,
// CIFAR-10's for colour images) and counts them per class.
func (g *generator) classCounts(imgs []float32, n int) ([]int, *classifier.Arch, error) {
	c, h, w := g.imgDims()
	if h != w || (c == 1 && h != 28 && !g.model.Resized()) {
		return nil, nil, fmt.Errorf("the class histogram needs MNIST digits or colour images; this run makes %dx%dx%d", c, h, w)
	}
	m, err := classifier.For(c)
	if err != nil {
		return nil, nil, err
	}
	x, err := m.Input(g.unit(imgs), n, c, h, 0)
	if err != nil {
		return nil, nil, err
	}
	counts := make([]int, classifier.Classes)
	for _, c := range m.Predict(x, n) {
		counts[c]++
	}
	return counts, m.Arch, nil
}
