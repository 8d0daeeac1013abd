package inception

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gogan/internal/kat"
)

// TestStats reads numpy's .npz files, computes FID against features whose
// statistics this package computes, and writes files that read back.
func TestStats(t *testing.T) {
	ref, err := ReadStats("testdata/stats.npz")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"stats_compressed.npz", "stats_f32.npz"} {
		s, err := ReadStats("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		tol := 0.0
		if strings.Contains(name, "f32") {
			tol = 1e-7
		}
		kat.Slice(t, name+" mu", s.Mu, ref.Mu, tol, 0)
		kat.Slice(t, name+" sigma", s.Sigma, ref.Sigma, tol, 0)
	}
	r := newNumpyRand(13)
	y := make([]float32, 30*3)
	for i := range y {
		y[i] = float32(r.float64() * 1.5)
	}
	sy, err := StatsOf(y, 30, 3)
	if err != nil {
		t.Fatal(err)
	}
	got, err := FIDStats(ref, sy)
	if err != nil {
		t.Fatal(err)
	}
	// y is rounded to float32 here, float64 in the script.
	kat.Scalar(t, "FID against stats.npz", got, kat.Want(t, scoresData, "fid_stats")[0], 1e-5, 0)

	path := filepath.Join(t.TempDir(), "out.npz")
	if err := sy.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	back, err := ReadStats(path)
	if err != nil || back.D != 3 || !slices.Equal(back.Mu, sy.Mu) || !slices.Equal(back.Sigma, sy.Sigma) {
		t.Fatalf("read back %+v, %v; wrote %+v", back, err, sy)
	}
	if _, err := FIDStats(ref, Stats{D: 2, Mu: make([]float64, 2), Sigma: make([]float64, 4)}); err == nil {
		t.Error("statistics of 3 and 2 features: no error")
	}
}

func TestStatsErrors(t *testing.T) {
	for name, want := range map[string]string{
		"stats_nomu.npz":     `no array "mu"`,
		"stats_badshape.npz": "mu has shape [3] and sigma [2 2]",
		"images.npy":         "not an .npz",
		"none.npz":           "no such file",
	} {
		path := filepath.Join("testdata", name)
		_, err := ReadStats(path)
		if err == nil || !strings.HasPrefix(err.Error(), "inception: "+path+": ") || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadStats(%s) = %v, want an error naming it and saying %q", name, err, want)
		}
	}
}
