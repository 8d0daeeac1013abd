package inception

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"

	"gonum.org/v1/gonum/mat"

	"gogan/format/atomicfile"
	"gogan/format/npy"
	"gogan/metric/frechet"
)

// Stats are a set's feature statistics as pytorch-fid stores them in an
// .npz (fid_score.py --save-stats): mu, the mean of the features (D), and
// sigma, their covariance (D×D, row-major, np.cov's n-1).
type Stats struct {
	D     int
	Mu    []float64
	Sigma []float64
}

// StatsOf computes the statistics of n rows of d features.
func StatsOf(features []float32, n, d int) (Stats, error) {
	if n < 2 || d < 1 || len(features) != n*d {
		return Stats{}, fmt.Errorf("inception: statistics of %d values as %d rows of %d features: want at least 2 rows", len(features), n, d)
	}
	mu, cov := frechet.Stats(features, n, d)
	return Stats{D: d, Mu: mu, Sigma: frechet.RowMajor(cov)}, nil
}

// FIDStats is pytorch-fid's distance between two sets' statistics.
func FIDStats(a, b Stats) (float64, error) {
	if a.D != b.D {
		return 0, fmt.Errorf("inception: statistics of %d and %d features", a.D, b.D)
	}
	sym := func(s Stats) *mat.SymDense {
		c := mat.NewSymDense(s.D, nil)
		for i := range s.D {
			for j := i; j < s.D; j++ {
				c.SetSym(i, j, (s.Sigma[i*s.D+j]+s.Sigma[j*s.D+i])/2)
			}
		}
		return c
	}
	return frechet.Distance(a.Mu, sym(a), b.Mu, sym(b))
}

// maxStatsBytes bounds an .npz member: Inception's sigma is 32 MiB.
const maxStatsBytes = 1 << 28

// ReadStats reads pytorch-fid's .npz of mu and sigma (np.savez or
// np.savez_compressed; float64 or float32). Other arrays in it are ignored.
func ReadStats(path string) (Stats, error) {
	s, err := readStats(path)
	if err != nil {
		return Stats{}, fmt.Errorf("inception: %s: %w", path, err)
	}
	return s, nil
}

func readStats(path string) (Stats, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return Stats{}, fmt.Errorf("not an .npz (a zip of .npy arrays): %w", err)
	}
	defer zr.Close()
	arrays := map[string]*zip.File{}
	for _, f := range zr.File {
		arrays[f.Name] = f
	}
	get := func(name string) ([]int, []float64, error) {
		f, ok := arrays[name+".npy"]
		if !ok {
			return nil, nil, fmt.Errorf("no array %q (pytorch-fid's statistics hold mu and sigma)", name)
		}
		if f.UncompressedSize64 > maxStatsBytes {
			return nil, nil, fmt.Errorf("%s.npy is %d bytes, more than %d", name, f.UncompressedSize64, maxStatsBytes)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, nil, err
		}
		defer rc.Close()
		return npy.ReadFloat64(io.LimitReader(rc, maxStatsBytes), name+".npy")
	}
	ms, mu, err := get("mu")
	if err != nil {
		return Stats{}, err
	}
	ss, sigma, err := get("sigma")
	if err != nil {
		return Stats{}, err
	}
	if len(ms) != 1 || len(ss) != 2 || ss[0] != ms[0] || ss[1] != ms[0] || ms[0] < 1 {
		return Stats{}, fmt.Errorf("mu has shape %v and sigma %v; want (D,) and (D, D)", ms, ss)
	}
	for i, v := range append(append([]float64(nil), mu...), sigma...) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Stats{}, fmt.Errorf("a value of mu or sigma (element %d) is %v", i, v)
		}
	}
	return Stats{D: ms[0], Mu: mu, Sigma: sigma}, nil
}

// WriteFile writes the statistics as np.savez(path, mu=..., sigma=...)
// does (float64, stored), atomically.
func (s Stats) WriteFile(path string) error {
	if s.D < 1 || len(s.Mu) != s.D || len(s.Sigma) != s.D*s.D {
		return errors.New("inception: statistics with mu or sigma of the wrong length")
	}
	if err := atomicfile.Write(path, func(w io.Writer) error {
		zw := zip.NewWriter(w)
		for _, a := range []struct {
			name  string
			shape []int
			v     []float64
		}{{"mu", []int{s.D}, s.Mu}, {"sigma", []int{s.D, s.D}, s.Sigma}} {
			var b bytes.Buffer
			if err := npy.WriteFloat64(&b, a.shape, a.v); err != nil {
				return err
			}
			f, err := zw.CreateHeader(&zip.FileHeader{Name: a.name + ".npy", Method: zip.Store})
			if err != nil {
				return err
			}
			if _, err := f.Write(b.Bytes()); err != nil {
				return err
			}
		}
		return zw.Close()
	}); err != nil {
		return fmt.Errorf("inception: %w", err)
	}
	return nil
}
