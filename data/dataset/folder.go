package dataset

import (
	"fmt"
	"image"
	_ "image/jpeg" // register the decoders image.Decode uses
	_ "image/png"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// MaxSize is the largest image side LoadImageFolder and Load accept.
const MaxSize = 4096

// maxSourcePixels caps the declared size of an image before it is decoded,
// so that one corrupt or hostile header cannot make the decoder allocate
// gigabytes. 64 megapixels is larger than any camera photo.
const maxSourcePixels = 1 << 26

// LoadImageFolder loads every .png, .jpg and .jpeg file under dir
// (recursively, in sorted path order, skipping hidden files and folders) as
// a Set of channels x size x size images.
//
// Labels follow torchvision's ImageFolder: when every image lies in a
// subfolder of dir, the classes are the sorted names of dir's subfolders
// and an image's label is the index of the one it lies under (at any depth);
// a class folder without images is an error, as there. Images directly in
// dir (a flat folder) give nil Labels; so do more than 256 classes.
//
// Each image is cropped to its largest centred square, so aspect ratio is
// kept as torchvision's Resize+CenterCrop would, and resampled to size x
// size: by area averaging when shrinking, bilinearly when enlarging.
// channels 1 keeps luma (0.299 R + 0.587 G + 0.114 B); channels 3 keeps RGB
// (grey images are repeated into all three). Transparent pixels become black,
// the background of MNIST-like data.
func LoadImageFolder(dir string, channels, size int) (*Set, error) {
	if err := checkShape(channels, size); err != nil {
		return nil, err
	}
	if err := checkDir(dir); err != nil {
		return nil, err
	}
	// fs.WalkDir over os.DirFS follows dir itself when it is a symbolic
	// link (data/celeba -> /mnt/celeba), which filepath.WalkDir does not.
	var rels []string
	err := fs.WalkDir(os.DirFS(dir), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".png", ".jpg", ".jpeg":
			if d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 {
				rels = append(rels, path)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("dataset: %s: %w", dir, err)
	}
	if len(rels) == 0 {
		return nil, fmt.Errorf("dataset: %s: no .png, .jpg or .jpeg images found", dir)
	}
	// WalkDir's order puts "a/x.png" before "a.png"; sort whole paths so
	// the order is the obvious one and does not depend on the walk.
	slices.Sort(rels)
	paths := make([]string, len(rels))
	for i, r := range rels {
		paths[i] = filepath.Join(dir, filepath.FromSlash(r))
	}
	classes, labels, err := folderClasses(dir, rels)
	if err != nil {
		return nil, err
	}

	d := channels * size * size
	s := &Set{N: len(paths), C: channels, H: size, W: size, Pix: make([]uint8, len(paths)*d), Name: dir, Labels: labels, Classes: classes}
	errs := make([]error, len(paths))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var rs resampler
			for {
				i := int(next.Add(1) - 1)
				if i >= len(paths) {
					return
				}
				errs[i] = loadImage(paths[i], s.Pix[i*d:(i+1)*d], channels, size, &rs)
				if errs[i] != nil {
					next.Store(int64(len(paths))) // stop the other workers early
				}
			}
		}()
	}
	wg.Wait()
	// Report the first failing file in path order, whichever worker hit it.
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// folderClasses returns ImageFolder's classes and the label of each image
// (rels: slash-separated paths relative to dir, in the images' order), or
// nils when some image is not in a subfolder.
func folderClasses(dir string, rels []string) ([]string, []uint8, error) {
	top := make([]string, len(rels))
	for i, r := range rels {
		first, _, nested := strings.Cut(r, "/")
		if !nested {
			return nil, nil, nil
		}
		top[i] = first
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("dataset: %w", err)
	}
	var classes []string
	for _, e := range entries {
		if fi, err := os.Stat(filepath.Join(dir, e.Name())); err == nil && fi.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			classes = append(classes, e.Name())
		}
	}
	slices.Sort(classes)
	if len(classes) > 256 {
		return nil, nil, nil
	}
	labels := make([]uint8, len(rels))
	used := make([]bool, len(classes))
	for i, name := range top {
		c, _ := slices.BinarySearch(classes, name)
		labels[i], used[c] = uint8(c), true
	}
	for c, ok := range used {
		if !ok {
			return nil, nil, fmt.Errorf("dataset: %s: class folder %s has no .png, .jpg or .jpeg images", dir, classes[c])
		}
	}
	return classes, labels, nil
}

func checkShape(channels, size int) error {
	if channels != 1 && channels != 3 {
		return fmt.Errorf("dataset: %d channels asked for, want 1 (grey) or 3 (RGB)", channels)
	}
	if size < 1 || size > MaxSize {
		return fmt.Errorf("dataset: image size %d asked for, want 1 to %d", size, MaxSize)
	}
	return nil
}

// loadImage decodes the image at path into dst, channels x size x size.
func loadImage(path string, dst []uint8, channels, size int, rs *resampler) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	defer f.Close()
	cfg, _, err := image.DecodeConfig(f)
	if err != nil {
		return fmt.Errorf("dataset: %s: decoding image: %w", path, err)
	}
	if cfg.Width < 1 || cfg.Height < 1 || int64(cfg.Width)*int64(cfg.Height) > maxSourcePixels {
		return fmt.Errorf("dataset: %s: image is %dx%d, want 1 to %d pixels", path, cfg.Width, cfg.Height, maxSourcePixels)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	img, _, err := image.Decode(f)
	if err != nil {
		return fmt.Errorf("dataset: %s: decoding image: %w", path, err)
	}
	if img.Bounds().Empty() {
		return fmt.Errorf("dataset: %s: image is empty", path)
	}
	rs.resize(dst, img, channels, size)
	return nil
}

// resampler holds the buffers of one resize, reused from image to image.
type resampler struct {
	row []float64 // one source row of the crop, channels interleaved
	tmp []float64 // channels x side x size: rows resampled horizontally
}

// tap is one source pixel's share of an output pixel.
type tap struct {
	src int
	w   float64
}

// weights returns, for each of the size output positions along an axis of
// side source pixels, the source pixels that contribute and their weights
// (summing to 1).
func weights(side, size int) [][]tap {
	ws := make([][]tap, size)
	scale := float64(side) / float64(size)
	for o := range ws {
		if side >= size {
			// Area average: output o covers source [o*scale, (o+1)*scale).
			lo, hi := float64(o)*scale, float64(o+1)*scale
			for j := int(lo); j < side && float64(j) < hi; j++ {
				if w := min(float64(j+1), hi) - max(float64(j), lo); w > 0 {
					ws[o] = append(ws[o], tap{j, w / scale})
				}
			}
			continue
		}
		// Bilinear with pixel centres at +0.5, as PIL and PyTorch
		// (align_corners=False) place them.
		x := min(max((float64(o)+0.5)*scale-0.5, 0), float64(side-1))
		j := int(x)
		f := x - float64(j)
		ws[o] = append(ws[o], tap{j, 1 - f})
		if f > 0 {
			ws[o] = append(ws[o], tap{j + 1, f})
		}
	}
	return ws
}

// resize writes img's centred square crop into dst as channels planes of
// size x size bytes.
func (rs *resampler) resize(dst []uint8, img image.Image, channels, size int) {
	b := img.Bounds()
	side := min(b.Dx(), b.Dy())
	x0, y0 := b.Min.X+(b.Dx()-side)/2, b.Min.Y+(b.Dy()-side)/2
	ws := weights(side, size)
	rs.row = slices.Grow(rs.row[:0], 3*side)[:3*side]
	rs.tmp = slices.Grow(rs.tmp[:0], channels*side*size)[:channels*side*size]

	fast, _ := img.(image.RGBA64Image) // every standard image type; no allocation per pixel
	for y := range side {
		// Source row to 8-bit-scale floats (16-bit values / 257).
		for x := range side {
			var r, g, bl uint32
			if fast != nil {
				c := fast.RGBA64At(x0+x, y0+y)
				r, g, bl = uint32(c.R), uint32(c.G), uint32(c.B)
			} else {
				r, g, bl, _ = img.At(x0+x, y0+y).RGBA()
			}
			if channels == 1 {
				rs.row[x] = (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(bl)) / 257
			} else {
				rs.row[3*x], rs.row[3*x+1], rs.row[3*x+2] = float64(r)/257, float64(g)/257, float64(bl)/257
			}
		}
		for c := range channels {
			out := rs.tmp[(c*side+y)*size : (c*side+y+1)*size]
			for o, taps := range ws {
				var v float64
				for _, t := range taps {
					v += t.w * rs.row[t.src*channels+c]
				}
				out[o] = v
			}
		}
	}
	for c := range channels {
		plane := rs.tmp[c*side*size : (c+1)*side*size]
		out := dst[c*size*size : (c+1)*size*size]
		for o, taps := range ws {
			for x := range size {
				var v float64
				for _, t := range taps {
					v += t.w * plane[t.src*size+x]
				}
				out[o*size+x] = uint8(math.Round(min(max(v, 0), 255)))
			}
		}
	}
}
