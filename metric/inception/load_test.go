package inception

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gogan/format/torchfile"
	"gogan/internal/kat"
)

// stateDict is the net's tensors as torchfile gives a file's.
func stateDict(n *Net) torchfile.StateDict {
	var sd torchfile.StateDict
	f32 := func(v []float32) []byte {
		b := make([]byte, 4*len(v))
		for i, x := range v {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
		}
		return b
	}
	for _, l := range n.Layers() {
		for _, p := range l.Params() {
			sd.Names = append(sd.Names, p.Name)
			sd.Tensors = append(sd.Tensors, &torchfile.Tensor{DType: torchfile.Float32, Shape: p.Shape, Data: f32(p.W)})
		}
		for _, b := range l.Buffers() {
			sd.Names = append(sd.Names, b.Name)
			if b.Int != nil {
				sd.Tensors = append(sd.Tensors, &torchfile.Tensor{DType: torchfile.Int64, Shape: b.Shape, Data: binary.LittleEndian.AppendUint64(nil, uint64(*b.Int))})
				continue
			}
			sd.Tensors = append(sd.Tensors, &torchfile.Tensor{DType: torchfile.Float32, Shape: b.Shape, Data: f32(b.F)})
		}
	}
	return sd
}

func TestApply(t *testing.T) {
	a, err := New(nil, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	detWeights(a)
	b, err := New(nil, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	sd := stateDict(a)
	if err := b.apply(sd); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(b.fc.W.W, a.fc.W.W) || !slices.Equal(b.Layers()[1].Buffers()[1].F, a.Layers()[1].Buffers()[1].F) {
		t.Error("weights not copied")
	}
	// Another net's tensors: one missing, one renamed, one reshaped.
	bad := torchfile.StateDict{Names: slices.Clone(sd.Names[1:]), Tensors: slices.Clone(sd.Tensors[1:])}
	bad.Names[0] = "Conv2d_1a_3x3.bn.gamma"
	bad.Tensors[len(bad.Tensors)-1] = &torchfile.Tensor{DType: torchfile.Float32, Shape: []int{1000}, Data: make([]byte, 4000)}
	err = b.apply(bad)
	if !errors.Is(err, ErrMismatch) {
		t.Fatalf("error %v, want ErrMismatch", err)
	}
	for _, s := range []string{`missing tensor "Conv2d_1a_3x3.conv.weight"`, `unexpected tensor "Conv2d_1a_3x3.bn.gamma"`, `tensor "fc.bias" has shape [1000], want [1008]`} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not say %q", err, s)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	n, err := New(nil, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		"../../format/torchfile/testdata/state_dict.pth": `unexpected tensor "0.weight"`,
		"../../importer/testdata/seed.pth":               "holds 2 state_dicts",
		"../../format/torchfile/testdata/reduce.pth":     `"posix.system"`,
	} {
		err := n.Load(file)
		if err == nil || !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), want) {
			t.Errorf("Load(%s) = %v, want an error naming it and saying %q", file, err, want)
		}
	}
}

// TestLoadKATFile reads the weights testdata/inception_kat.py --save wrote
// (95 MB, not committed) through format/torchfile and checks the features:
// GOGAN_INCEPTION_KAT=path/to/file.pth go test ./metric/inception -run LoadKAT
func TestLoadKATFile(t *testing.T) {
	path := os.Getenv("GOGAN_INCEPTION_KAT")
	if path == "" {
		t.Skip("GOGAN_INCEPTION_KAT names no file (testdata/inception_kat.py --save writes one)")
	}
	n, err := New(nil, 2, 0)
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
	checkSummary(t, "features", feat, kat.Want(t, katData, "features"), 1e-4)
	checkSummary(t, "logits", logits, kat.Want(t, katData, "logits"), 1e-4)
}

// TestExtract: batches of the net's size give the features of one pass;
// gray images are the gray value in all three channels; [-1, 1] pixels are
// mapped to [0, 1] (to float32 rounding: 1e-4); a NaN is an error.
func TestExtract(t *testing.T) {
	n, err := New(nil, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	detWeights(n)
	x := images(t) // 2 x 3 x 32 x 32 in [0, 1]
	gray := make([]float32, 3*32*32)
	for i := range 3 { // three gray images, in [-1, 1]: batches of 2 and 1
		for j := range 1024 {
			gray[i*1024+j] = 2*x[i%2*3072+j] - 1
		}
	}
	var done []int
	f, l, err := n.Extract(gray, 3, 1, 32, 32, -1, func(d int) { done = append(done, d) })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(done, []int{2, 3}) || len(f) != 3*Features || len(l) != 3*Classes {
		t.Fatalf("progress %v, %d features, %d logits", done, len(f), len(l))
	}
	rgb := make([]float32, 3*1024)
	for ch := range 3 {
		copy(rgb[ch*1024:], x[:1024])
	}
	want, _, err := n.Forward(rgb, 1, 32, 32, false)
	if err != nil {
		t.Fatal(err)
	}
	kat.Slice(t, "features of gray image 0", f[:Features], f64(want), 1e-4, 1e-5)
	kat.Slice(t, "features of gray image 2 (second batch)", f[2*Features:], f64(want), 1e-4, 1e-5)
	kat.Slice(t, "unbiased logits", l[:Classes], f64(n.UnbiasedLogits(want, 1)), 1e-4, 1e-5)
	// Colour images in [0, 1] are fed as they are.
	fc, _, err := n.Extract(x, 2, 3, 32, 32, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	fc = slices.Clone(fc)
	want, _, err = n.Forward(x, 2, 32, 32, false)
	if err != nil {
		t.Fatal(err)
	}
	kat.Slice(t, "features of colour images", fc, f64(want), 0, 0)
	gray[1500] = float32(math.NaN())
	if _, _, err := n.Extract(gray, 3, 1, 32, 32, -1, nil); err == nil || !strings.Contains(err.Error(), "image 1 holds NaN at pixel 476") {
		t.Errorf("NaN pixel: %v", err)
	}
}

func f64(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

// TestCheckHashPrefix: a file named as torch.hub names downloads
// (NAME-<sha256 prefix>.pth) must have that hash, else Load refuses it
// before parsing; other names are not checked.
func TestCheckHashPrefix(t *testing.T) {
	dir := t.TempDir()
	body := []byte("not the weights")
	sum := sha256.Sum256(body)
	prefix := hex.EncodeToString(sum[:])[:8]
	write := func(name string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	n, err := New(nil, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	wrong := write("pt_inception-2015-12-05-6726825d.pth")
	if err := n.Load(wrong); err == nil || !strings.Contains(err.Error(), "its name says it starts with 6726825d") || !strings.Contains(err.Error(), wrong) {
		t.Errorf("wrong hash: error %v", err)
	}
	for _, name := range []string{"weights-" + prefix + ".pth", "weights.pth", "pt_inception-test.pth"} {
		if err := CheckHashPrefix(write(name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
