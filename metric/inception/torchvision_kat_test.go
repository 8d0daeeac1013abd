package inception

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"gogan/format/torchfile"
	"gogan/internal/kat"
)

// TestStateDictTorchvision: NewTorchvision's tensors are torchvision's
// inception_v3(aux_logits=False)'s (testdata/state_dict_torchvision.txt), so
// its state_dict applies, and the FID net's does not.
func TestStateDictTorchvision(t *testing.T) {
	n, err := NewTorchvision(nil, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	checkStateDict(t, n, "testdata/state_dict_torchvision.txt")
	if n.NumClasses() != TorchvisionClasses {
		t.Errorf("%d classes, want %d", n.NumClasses(), TorchvisionClasses)
	}
	detWeights(n)
	b, err := NewTorchvision(nil, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	sd := stateDict(n)
	if err := b.apply(sd); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(b.fc.W.W, n.fc.W.W) {
		t.Error("weights not copied")
	}
	fid, err := New(nil, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	// torchvision's default aux_logits=True saves AuxLogits too.
	aux := torchfile.StateDict{Names: append(slices.Clone(sd.Names), "AuxLogits.fc.bias"), Tensors: append(slices.Clone(sd.Tensors), &torchfile.Tensor{DType: torchfile.Float32, Shape: []int{1000}, Data: make([]byte, 4000)})}
	for _, c := range []struct {
		name string
		dst  *Net
		sd   torchfile.StateDict
		want string
	}{
		{"torchvision's into the FID net", fid, sd, `tensor "fc.bias" has shape [1000], want [1008]`},
		{"the FID net's into torchvision's", b, stateDict(fid), `tensor "fc.weight" has shape [1008 2048], want [1000 2048]`},
		{"AuxLogits", b, aux, `unexpected tensor "AuxLogits.fc.bias"`},
	} {
		err := c.dst.apply(c.sd)
		if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want ErrMismatch saying %q", c.name, err, c.want)
		}
	}
}

// TestKATTorchvision: NewTorchvision's features and logits of the two
// images equal torchvision's inception_v3 (testdata/inception_tv_kat.py) to
// 1e-4 relative. With TestKAT it pins both pool choices: the two nets
// differ only in them and in fc's size.
func TestKATTorchvision(t *testing.T) {
	if testing.Short() {
		t.Skip("Inception-v3 on two images: 11 GFLOP")
	}
	n, err := NewTorchvision(nil, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	detWeights(n)
	feat, logits, err := n.Forward(images(t), 2, 32, 32, true)
	if err != nil {
		t.Fatal(err)
	}
	checkTorchvision(t, n, feat, logits)
}

func checkTorchvision(t *testing.T, n *Net, feat, logits []float32) {
	t.Helper()
	if len(logits) != 2*TorchvisionClasses {
		t.Fatalf("%d logits, want %d", len(logits), 2*TorchvisionClasses)
	}
	checkSummary(t, "features", feat, kat.Want(t, tvKATData, "features"), 1e-4)
	checkSummary(t, "logits", logits, kat.Want(t, tvKATData, "logits"), 1e-4)
	c := TorchvisionClasses
	worst := max(kat.Slice(t, "features[0][:16]", feat[:16], kat.Want(t, tvKATData, "features0"), 1e-4, 1e-5),
		kat.Slice(t, "logits[1][:16]", logits[c:c+16], kat.Want(t, tvKATData, "logits1"), 1e-4, 1e-4),
		kat.Slice(t, "unbiased[1][:16]", n.UnbiasedLogits(feat, 2)[c:c+16], kat.Want(t, tvKATData, "unbiased1"), 1e-4, 1e-4))
	t.Logf("largest relative error of the values: %.3g", worst)
}

// TestLoadTorchvisionKATFile reads the weights testdata/inception_tv_kat.py
// --save wrote (torchvision's own state_dict, 95 MB, not committed):
// GOGAN_INCEPTION_TV_KAT=path/to/file.pth go test ./metric/inception -run LoadTorchvisionKAT
func TestLoadTorchvisionKATFile(t *testing.T) {
	path := os.Getenv("GOGAN_INCEPTION_TV_KAT")
	if path == "" {
		t.Skip("GOGAN_INCEPTION_TV_KAT names no file (testdata/inception_tv_kat.py --save writes one)")
	}
	n, err := NewTorchvision(nil, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Load(path); err != nil {
		t.Fatal(err)
	}
	feat, logits, err := n.Forward(images(t), 2, 32, 32, true)
	if err != nil {
		t.Fatal(err)
	}
	checkTorchvision(t, n, feat, logits)
}

// BEGIN KAT DATA (testdata/inception_tv_kat.py)
var tvKATData = map[string][]float64{
	"features":  {17943.825478331913, 17943.825478331913, 783.7767667789523, 1.3522233963012695, 0.6127537488937378, 0.14428406953811646, 0.12135842442512512, 0.9383226633071899, 6.05123233795166, 0.7615536451339722, 10.651541709899902, 0.6019883155822754, 0.28740304708480835, 0.018511660397052765, 3.5305354595184326, 8.605222702026367, 14.909019470214844, 0.0, 9.95065689086914, 6.161430358886719, 0.0, 17.6037540435791, 6.066620349884033, 0.6182330846786499, 0.017248909920454025, 20.504850387573242, 0.0},
	"logits":    {-406.73818846046925, 7978.051229655743, -237.50428669498328, 2.0835750102996826, -2.215252637863159, 1.6549866199493408, 6.012583255767822, 0.7844827175140381, 2.166195869445801, -3.097456932067871, -3.9249582290649414, 2.804489850997925, -3.3143160343170166, 0.9849158525466919, -3.653604745864868, -7.015420436859131, 8.995349884033203, -0.20155775547027588, 6.051968574523926, 0.8401098251342773, -11.558123588562012, -13.883415222167969, -0.43704962730407715, 0.25861459970474243, 1.109322428703308, 5.703761577606201, -2.451237440109253},
	"features0": {1.3522233963012695, 0.13338269293308258, 4.085575103759766, 0.06644164025783539, 3.8181281089782715, 5.771142959594727, 0.0, 0.8852127194404602, 3.3729124069213867, 1.1446197032928467, 0.2874799370765686, 0.45183131098747253, 3.0576252937316895, 0.10721686482429504, 0.0, 4.56684684753418},
	"logits1":   {2.715970039367676, -9.874332427978516, -7.587828636169434, -5.983704566955566, 4.667646408081055, 5.6730146408081055, 1.5837571620941162, 15.585354804992676, -1.72212553024292, -2.0362582206726074, 9.338884353637695, -2.647371292114258, -4.6468915939331055, -15.24980354309082, 4.064206123352051, 9.569186210632324},
	"unbiased1": {2.8073296546936035, -9.80385971069336, -7.620039939880371, -6.065831184387207, 4.767492294311523, 5.575976371765137, 1.6225521564483643, 15.680865287780762, -1.6709856986999512, -1.9845337867736816, 9.434980392456055, -2.6117382049560547, -4.742668151855469, -15.15048599243164, 3.9865827560424805, 9.528725624084473},
}

// END KAT DATA
