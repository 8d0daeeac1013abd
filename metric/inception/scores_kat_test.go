package inception

import (
	"os"
	"strings"
	"testing"

	"gogan/internal/kat"
)

// feats is inception_scores_kat.py's feats: float32(RandomState(seed)
// .random_sample((n, d)) * scale + shift).
func feats(seed uint32, n, d int, scale, shift float64) []float32 {
	r := newNumpyRand(seed)
	v := make([]float32, n*d)
	for i := range v {
		v[i] = float32(float64(r.float64()*scale) + shift)
	}
	return v
}

func TestNumpyRand(t *testing.T) {
	var p []float64
	for _, v := range newNumpyRand(2020).permutation(10) {
		p = append(p, float64(v))
	}
	kat.Slice(t, "RandomState(2020).permutation(10)", p, kat.Want(t, scoresData, "permutation"), 0, 0)
	r := newNumpyRand(7)
	got := []float64{r.float64(), r.float64(), r.float64()}
	kat.Slice(t, "RandomState(7).random_sample(3)", got, kat.Want(t, scoresData, "random_sample"), 0, 0)
}

// TestFID: pytorch-fid's distance (scipy's sqrtm) of two sets of 600
// 256-d features, to 1e-3 relative.
func TestFID(t *testing.T) {
	a := feats(7, 600, Features, 1, 0)
	for i := range 600 { // the first 256 columns
		copy(a[i*256:(i+1)*256], a[i*Features:i*Features+256])
	}
	a = a[:600*256]
	b := feats(8, 600, 256, 1.1, 0.05)
	got, err := FID(a, 600, b, 600, 256)
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "FID", got, kat.Want(t, scoresData, "fid256")[0], 1e-3, 0)
}

// TestFID2048 is TestFID on two sets of 2200 2048-d features: three minutes
// on 2 cores (gonum's eigendecompositions), so it runs when GOGAN_SLOW is
// set.
func TestFID2048(t *testing.T) {
	if os.Getenv("GOGAN_SLOW") == "" {
		t.Skip("set GOGAN_SLOW=1: three minutes of 2048x2048 eigendecompositions")
	}
	a := feats(7, 2200, Features, 1, 0)
	b := feats(8, 2200, Features, 1.1, 0.05)
	got, err := FID(a, 2200, b, 2200, Features)
	if err != nil {
		t.Fatal(err)
	}
	kat.Scalar(t, "FID", got, kat.Want(t, scoresData, "fid")[0], 1e-3, 0)
}

func TestKID(t *testing.T) {
	mean, std, err := KID(feats(9, 60, 16, 1, 0), 60, feats(10, 50, 16, 1, 0), 50, 16, 7, 40, RNGSeed)
	if err != nil {
		t.Fatal(err)
	}
	want := kat.Want(t, scoresData, "kid")
	kat.Scalar(t, "KID mean", mean, want[0], 1e-3, 1e-6)
	kat.Scalar(t, "KID std", std, want[1], 1e-3, 1e-6)
}

func TestInceptionScore(t *testing.T) {
	mean, std, err := InceptionScore(feats(11, 50, 12, 6, -3), 50, 12, 5, true, RNGSeed)
	if err != nil {
		t.Fatal(err)
	}
	want := kat.Want(t, scoresData, "is")
	kat.Scalar(t, "IS mean", mean, want[0], 1e-9, 0)
	kat.Scalar(t, "IS std", std, want[1], 1e-9, 0)
}

func TestScoreErrors(t *testing.T) {
	x := feats(1, 10, 4, 1, 0)
	for name, err := range map[string]error{
		"FID one row":    func() error { _, err := FID(x[:4], 1, x, 10, 4); return err }(),
		"KID big subset": func() error { _, _, err := KID(x, 10, x, 10, 4, 3, 11, 1); return err }(),
		"IS splits":      func() error { _, _, err := InceptionScore(x, 10, 4, 11, false, 1); return err }(),
	} {
		if err == nil || !strings.HasPrefix(err.Error(), "inception: ") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// BEGIN KAT DATA (testdata/inception_scores_kat.py)
var scoresData = map[string][]float64{
	"fid":           {109.69569803427169},
	"fid256":        {7.7421251488296505},
	"fid_stats":     {0.32155971296182617},
	"kid":           {-0.003719289032094191, 0.004954378864783245},
	"is":            {1.930192705605787, 0.08962089441038028},
	"permutation":   {2.0, 4.0, 9.0, 1.0, 5.0, 7.0, 6.0, 3.0, 8.0, 0.0},
	"random_sample": {0.07630828937395717, 0.7799187922401146, 0.4384092314408935},
}

// END KAT DATA
