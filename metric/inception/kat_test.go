package inception

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"gogan/checkpoint"
	"gogan/format/npy"
	"gogan/internal/kat"
)

// TestStateDict: the net's tensors are fid_inception_v3()'s, name for name,
// shape for shape, in order (testdata/state_dict.txt, from PyTorch), so
// pytorch-fid's weights file loads.
func TestStateDict(t *testing.T) {
	n, err := New(nil, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	checkStateDict(t, n, "testdata/state_dict.txt")
}

// checkStateDict compares the net's tensors with a list PyTorch wrote.
func checkStateDict(t *testing.T, n *Net, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "#") {
			want = append(want, sc.Text())
		}
	}
	var got []string
	for _, x := range checkpoint.StateDict(n.Sequential()) {
		got = append(got, fmt.Sprintf("%s [%s] %s", x.Name, strings.Trim(fmt.Sprint(x.Shape), "[]"), x.DType))
	}
	if len(got) != len(want) {
		t.Errorf("%d tensors, PyTorch's has %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("tensor %d: %s, PyTorch's is %s", i, got[i], want[i])
		}
	}
}

// detWeights sets the k-th state_dict tensor as testdata/inception_kat.py's
// det_weights does.
func detWeights(n *Net) {
	k := 0
	for _, l := range n.Layers() {
		set := func(name string, v []float32, shape []int) {
			seed := float64(1000 + k)
			k++
			fanIn := 1
			for _, d := range shape[1:] {
				fanIn *= d
			}
			var w []float32
			switch {
			case strings.HasSuffix(name, "conv.weight"):
				w = kat.Chirp(len(v), seed, 2/math.Sqrt(float64(fanIn)))
			case name == "fc.weight":
				w = kat.Chirp(len(v), seed, 1/math.Sqrt(Features))
			case strings.HasSuffix(name, "bn.weight"), strings.HasSuffix(name, "running_var"):
				scale := 0.1
				if strings.HasSuffix(name, "running_var") {
					scale = 0.5
				}
				w = kat.Chirp(len(v), seed, scale)
				for i := range w {
					w[i] = float32(1 + float64(w[i]))
				}
			default:
				w = kat.Chirp(len(v), seed, 0.1)
			}
			copy(v, w)
		}
		for _, p := range l.Params() {
			set(p.Name, p.W, p.Shape)
		}
		for _, b := range l.Buffers() {
			if b.Int != nil {
				*b.Int = 0
				k++
				continue
			}
			set(b.Name, b.F, append([]int{0}, b.Shape...))
		}
	}
}

// summary is inception_kat.py's: sum, sum |x|, sum x·cos(i), then 24
// values at np.linspace(0, N-1, 24).
func summary(v []float32) []float64 {
	var s, a, c float64
	for i, x := range v {
		s += float64(x)
		a += math.Abs(float64(x))
		c += float64(x) * math.Cos(float64(i))
	}
	out := []float64{s, a, c}
	step := float64(len(v)-1) / 23
	for j := range 24 {
		idx := int(float64(j) * step)
		if j == 23 {
			idx = len(v) - 1
		}
		out = append(out, float64(v[idx]))
	}
	return out
}

// checkSummary compares summaries to rtol of the mean |x| (and of the sums
// over N values for the sums).
func checkSummary(t *testing.T, name string, got []float32, want []float64, rtol float64) {
	t.Helper()
	g := summary(got)
	n := float64(len(got))
	meanAbs := want[1] / n
	kat.Slice(t, name+" sums", g[:3], want[:3], 0, rtol*want[1])
	kat.Slice(t, name+" values", g[3:], want[3:], rtol, rtol*meanAbs)
}

func images(t *testing.T) []float32 {
	t.Helper()
	shape, x, err := npy.ReadFile("testdata/images.npy")
	if err != nil {
		t.Fatal(err)
	}
	if len(shape) != 4 || shape[0] != 2 || shape[1] != 3 || shape[2] != 32 {
		t.Fatalf("images.npy has shape %v", shape)
	}
	return x
}

func TestResize(t *testing.T) {
	x := images(t)
	out := make([]float32, 2*3*Size*Size)
	Resize(out, x, 6, 32, 32, Size, Size)
	checkSummary(t, "resize", out, kat.Want(t, katData, "resize"), 1e-6)
}

// TestKAT: features and logits of two CIFAR-10 images equal PyTorch's
// (testdata/inception_kat.py) to 1e-4 relative.
func TestKAT(t *testing.T) {
	if testing.Short() {
		t.Skip("Inception-v3 on two images: 11 GFLOP")
	}
	n, err := New(nil, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	detWeights(n)
	feat, logits, err := n.Forward(images(t), 2, 32, 32, true)
	if err != nil {
		t.Fatal(err)
	}
	checkSummary(t, "features", feat, kat.Want(t, katData, "features"), 1e-4)
	checkSummary(t, "logits", logits, kat.Want(t, katData, "logits"), 1e-4)
	kat.Slice(t, "features[0][:16]", feat[:16], kat.Want(t, katData, "features0"), 1e-4, 1e-5)
	kat.Slice(t, "logits[1][:16]", logits[Classes:Classes+16], kat.Want(t, katData, "logits1"), 1e-4, 1e-4)
	kat.Slice(t, "unbiased[1][:16]", n.UnbiasedLogits(feat, 2)[Classes:Classes+16], kat.Want(t, katData, "unbiased1"), 1e-4, 1e-4)
}

// BEGIN KAT DATA (testdata/inception_kat.py)
var katData = map[string][]float64{
	"resize":    {242715.5348040281, 242715.5348040281, 0.47156353347389285, 0.5529412031173706, 0.6870811581611633, 0.672798216342926, 0.4248672127723694, 0.7217785120010376, 0.7176470756530762, 0.7267951965332031, 0.3873040974140167, 0.7668306231498718, 0.7900452613830566, 0.7767657041549683, 0.3832645118236542, 0.5073710083961487, 0.4426388740539551, 0.1087677925825119, 0.12680833041667938, 0.05909895524382591, 0.053183820098638535, 0.11038099974393845, 0.10653157532215118, 0.0, 0.0637877807021141, 0.14349792897701263, 0.10196078568696976},
	"features":  {19198.328027502503, 19198.328027502503, 821.7894769142308, 1.6217939853668213, 0.7960194945335388, 0.1571630835533142, 0.11226961761713028, 0.8421132564544678, 5.979276657104492, 0.7545788288116455, 11.108770370483398, 0.5712085962295532, 0.2781762182712555, 0.021094786003232002, 3.405773401260376, 8.189473152160645, 14.544198036193848, 0.0, 10.583653450012207, 5.440506935119629, 0.0, 17.806520462036133, 6.330089569091797, 0.7547966837882996, 0.0210622139275074, 34.08847427368164, 0.0},
	"logits":    {-473.2364043816924, 8666.785042919219, -32.79732107746122, 2.2402548789978027, 0.5727677941322327, 3.710747480392456, -6.92714786529541, 4.752153396606445, 1.4139817953109741, 4.837845802307129, 0.689315140247345, 4.660045623779297, 3.8546500205993652, -0.02711491286754608, -1.3721719980239868, 9.225811958312988, 5.839414596557617, -8.852550506591797, -6.0737481117248535, 7.515500068664551, -14.573410034179688, -5.439154624938965, -1.4570789337158203, 10.042421340942383, 10.847390174865723, -1.073904037475586, 0.8914291262626648},
	"features0": {1.6217939853668213, 0.10970184206962585, 4.414846420288086, 0.035560108721256256, 4.168136119842529, 5.641297340393066, 0.0, 0.8652435541152954, 3.577955961227417, 1.2491387128829956, 0.31684282422065735, 0.49852895736694336, 2.824594020843506, 0.021400492638349533, 0.0, 4.699755668640137},
	"logits1":   {2.9359216690063477, -10.272086143493652, -9.48105525970459, -6.561662673950195, 6.429723739624023, 6.536052703857422, 0.8438847064971924, 15.570218086242676, -0.8805654048919678, -2.692126750946045, 9.007577896118164, -3.374300241470337, -5.183439254760742, -18.080219268798828, 5.372572898864746, 8.486364364624023},
	"unbiased1": {3.027280807495117, -10.201613426208496, -9.513266563415527, -6.643790245056152, 6.529569625854492, 6.439014434814453, 0.8826797008514404, 15.665726661682129, -0.8294253349304199, -2.640402317047119, 9.103673934936523, -3.338667154312134, -5.279215335845947, -17.980899810791016, 5.294949531555176, 8.445902824401855},
}

// END KAT DATA
