package torchfile

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// v is testdata/torchfile_fixtures.py's formula: v(i) = (i%7-3)/4 + i/64.
func v(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = float64(i%7-3)/4 + float64(i)/64
	}
	return out
}

func readFixture(t *testing.T, name string) *File {
	t.Helper()
	f, err := ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func floats(t *testing.T, x *Tensor) []float64 {
	t.Helper()
	f, err := x.Float32s()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]float64, len(f))
	for i, y := range f {
		out[i] = float64(y)
	}
	return out
}

func only(t *testing.T, f *File) StateDict {
	t.Helper()
	sds := f.StateDicts()
	if len(sds) != 1 {
		t.Fatalf("%d state_dicts, want 1", len(sds))
	}
	return sds[0]
}

// checkFilled checks testdata's filled(model): the k-th float tensor is
// v(numel)+k in its shape, int64 tensors 5.
func checkFilled(t *testing.T, sd StateDict, names []string, shapes [][]int) {
	t.Helper()
	if !slices.Equal(sd.Names, names) {
		t.Fatalf("names %q, want %q", sd.Names, names)
	}
	k := 0
	for i, x := range sd.Tensors {
		if !slices.Equal(x.Shape, shapes[i]) {
			t.Errorf("%s: shape %v, want %v", names[i], x.Shape, shapes[i])
		}
		if x.DType == Int64 {
			got, err := x.Int64s()
			if err != nil || !slices.Equal(got, []int64{5}) {
				t.Errorf("%s = %v, %v; want [5]", names[i], got, err)
			}
			continue
		}
		if x.DType != Float32 {
			t.Errorf("%s: dtype %v, want F32", names[i], x.DType)
		}
		want := v(x.NumElements())
		for j := range want {
			want[j] += float64(k)
		}
		if got := floats(t, x); !slices.Equal(got, want) {
			t.Errorf("%s = %v, want %v", names[i], got, want)
		}
		k++
	}
}

var seqNames = []string{"0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked"}
var seqShapes = [][]int{{2, 3}, {2}, {2}, {2}, {2}, {2}, {}}

func TestStateDict(t *testing.T) {
	for _, name := range []string{"state_dict.pth", "legacy.pth"} {
		t.Run(name, func(t *testing.T) {
			sd := only(t, readFixture(t, name))
			if sd.Path != "" {
				t.Errorf("path %q, want the root", sd.Path)
			}
			checkFilled(t, sd, seqNames, seqShapes)
		})
	}
}

func TestNested(t *testing.T) {
	f := readFixture(t, "nested.pth")
	sds := f.StateDicts()
	if len(sds) != 2 || sds[0].Path != "generator" || sds[1].Path != "discriminator" {
		t.Fatalf("state_dicts %v, want generator and discriminator", sds)
	}
	checkFilled(t, sds[0], seqNames, seqShapes)
	checkFilled(t, sds[1], []string{"0.weight", "0.bias"}, [][]int{{1, 2}, {1}})
	root := f.Root.(*Dict)
	for k, want := range map[string]any{"epoch": int64(7), "lr": 0.5, "name": "gan", "done": true, "note": nil} {
		if got, ok := root.Get(k); !ok || got != want {
			t.Errorf("%s = %v (%T), want %v", k, got, got, want)
		}
	}
	if h, _ := root.Get("history"); h == nil || !slices.Equal(h.(*List).Items, []any{1.5, -2.0}) {
		t.Errorf("history = %v", h)
	}
}

func TestViews(t *testing.T) {
	base := v(24) // 4x6
	at := func(r, c int) float64 { return base[r*6+c] }
	var transpose, slice, column, broadcast []float64
	for c := range 6 {
		for r := range 4 {
			transpose = append(transpose, at(r, c))
		}
	}
	for r := 1; r < 3; r++ {
		for c := 2; c < 5; c++ {
			slice = append(slice, at(r, c))
		}
	}
	v12 := v(12)
	for r := range 4 {
		column = append(column, v12[r*3+1])
	}
	for r := range 3 {
		for range 4 {
			broadcast = append(broadcast, v(3)[r])
		}
	}
	want := []struct {
		name  string
		dtype DType
		shape []int
		vals  []float64
	}{
		{"transpose", Float32, []int{6, 4}, transpose},
		{"slice", Float32, []int{2, 3}, slice},
		{"column", Float32, []int{4}, column},
		{"broadcast", Float32, []int{3, 4}, broadcast},
		{"f64", Float64, []int{5}, v(5)},
		{"f16", Float16, []int{2, 3}, v(6)},
		{"i64", Int64, []int{3, 2}, nil},
		{"scalar", Float32, []int{}, []float64{2.25}},
		{"empty", Float32, []int{0, 3}, []float64{}},
	}
	for _, name := range []string{"views.pth", "views_legacy.pth"} {
		t.Run(name, func(t *testing.T) {
			sd := only(t, readFixture(t, name))
			for _, w := range want {
				x, ok := sd.Get(w.name)
				if !ok {
					t.Fatalf("no tensor %q", w.name)
				}
				if x.DType != w.dtype || !slices.Equal(x.Shape, w.shape) {
					t.Errorf("%s: %v %v, want %v %v", w.name, x.DType, x.Shape, w.dtype, w.shape)
				}
				if len(x.Data) != x.NumElements()*x.DType.Size() {
					t.Errorf("%s: %d bytes for %d elements", w.name, len(x.Data), x.NumElements())
				}
				if w.dtype == Int64 {
					got, _ := x.Int64s()
					if !slices.Equal(got, []int64{-2, -1, 0, 1, 2, 3}) {
						t.Errorf("i64 = %v", got)
					}
					if _, err := x.Float32s(); err == nil {
						t.Error("Float32s of an int64 tensor: no error")
					}
					continue
				}
				if got := floats(t, x); !slices.Equal(got, w.vals) {
					t.Errorf("%s = %v, want %v", w.name, got, w.vals)
				}
			}
		})
	}
}

// wantErr reads b and checks the error starts with the file's name and holds
// every part.
func wantErr(t *testing.T, b []byte, lim Limits, parts ...string) {
	t.Helper()
	f, err := ReadBytes(b, "crafted.pth", lim)
	if err == nil {
		t.Fatalf("no error; want one saying %q", parts)
	}
	if f != nil {
		t.Errorf("a file with the error %v", err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "torchfile: crafted.pth: ") {
		t.Errorf("error %q does not start with the file's name", msg)
	}
	for _, p := range parts {
		if !strings.Contains(msg, p) {
			t.Errorf("error %q does not say %q", msg, p)
		}
	}
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRefusesGlobals(t *testing.T) {
	for name, global := range map[string]string{
		"reduce.pth":        `"posix.system"`,
		"reduce_legacy.pth": `"posix.system"`,
		"eval.pth":          `"__builtin__.eval"`,
	} {
		t.Run(name, func(t *testing.T) {
			wantErr(t, fixture(t, name), DefaultLimits, global, "refused", "nothing in the file is executed")
		})
	}
	t.Run("int32.pth", func(t *testing.T) {
		wantErr(t, fixture(t, "int32.pth"), DefaultLimits, "torch.IntStorage")
	})
	// A global that is only allowed inside a persistent id, called.
	p := (&pk{}).op(opProto, 2).global("torch", "FloatStorage").op(opEmptyTuple, opReduce, opStop).Bytes()
	t.Run("storage called", func(t *testing.T) {
		wantErr(t, archive(t, p, nil), DefaultLimits, "REDUCE calls torch.FloatStorage")
	})
	// NEWOBJ, the other way a pickle builds an object.
	p = (&pk{}).op(opProto, 2).global("collections", "OrderedDict").op(opEmptyTuple, 0x81, opStop).Bytes()
	t.Run("NEWOBJ", func(t *testing.T) {
		wantErr(t, archive(t, p, nil), DefaultLimits, "NEWOBJ", "refused")
	})
}

func TestCrafted(t *testing.T) {
	good := view{"w", "FloatStorage", "0", 6, 0, []int64{2, 3}, []int64{3, 1}}
	st := map[string][]byte{"0": f32bytes(seq(6)...)}
	with := func(f func(v *view)) []byte {
		w := good
		f(&w)
		return stateDictPickle(w)
	}
	// The crafting itself reads back.
	f, err := ReadBytes(archive(t, stateDictPickle(good), st), "good", DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := only(t, f).Get("w"); !slices.Equal(floats(t, x), []float64{0, 1, 2, 3, 4, 5}) {
		t.Fatalf("crafted tensor = %v", floats(t, x))
	}
	// A transpose by strides.
	f, err = ReadBytes(archive(t, with(func(v *view) { v.shape, v.stride = []int64{3, 2}, []int64{1, 3} }), st), "good", DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := only(t, f).Get("w"); !slices.Equal(floats(t, x), []float64{0, 3, 1, 4, 2, 5}) {
		t.Fatalf("transposed tensor = %v", floats(t, x))
	}

	cases := []struct {
		name  string
		file  []byte
		lim   Limits
		parts []string
	}{
		{"storage shorter than its id says", archive(t, stateDictPickle(good), map[string][]byte{"0": f32bytes(seq(5)...)}), DefaultLimits,
			[]string{"storage data/0 holds 20 bytes", "6 F32 elements"}},
		{"tensor longer than its storage", archive(t, with(func(v *view) { v.numel = 5 }), map[string][]byte{"0": f32bytes(seq(5)...)}), DefaultLimits,
			[]string{`tensor "w"`, "reaches element 5", "which has 5"}},
		{"offset past the storage", archive(t, with(func(v *view) { v.offset = 1 }), st), DefaultLimits,
			[]string{`tensor "w"`, "offset 1", "reaches element 6"}},
		{"huge shape", archive(t, with(func(v *view) { v.shape, v.stride = []int64{1 << 30, 1 << 30}, []int64{0, 0} }), st), DefaultLimits,
			[]string{`tensor "w"`, "more than the 268435456 elements"}},
		{"shape over a small limit", archive(t, stateDictPickle(good), st), Limits{MaxTensorElements: 5, MaxTotalBytes: 1 << 20, MaxPickleBytes: 1 << 20},
			[]string{"shape [2 3] has more than the 5 elements"}},
		{"huge storage", archive(t, with(func(v *view) { v.numel = 1 << 40 }), st), DefaultLimits,
			[]string{"storage 0 of 1099511627776 F32 elements", "limit"}},
		{"stride past the storage", archive(t, with(func(v *view) { v.stride = []int64{1 << 35, 1} }), st), DefaultLimits,
			[]string{`tensor "w"`, "reaches past its storage"}},
		{"stride too long", archive(t, with(func(v *view) { v.stride = []int64{4, 1} }), st), DefaultLimits,
			[]string{`tensor "w"`, "strides [4 1] reaches element 6"}},
		{"negative stride", archive(t, with(func(v *view) { v.stride = []int64{3, -1} }), st), DefaultLimits,
			[]string{"stride", "not an integer ≥ 0"}},
		{"strides and shape disagree", archive(t, with(func(v *view) { v.stride = []int64{1} }), st), DefaultLimits,
			[]string{"size [2 3] with 1 strides"}},
		{"missing storage", archive(t, stateDictPickle(good), nil), DefaultLimits,
			[]string{"storage data/0", "missing"}},
		{"storage key with a slash", archive(t, with(func(v *view) { v.key = "../0" }), st), DefaultLimits,
			[]string{"storage key ../0"}},
		{"no STOP", archive(t, stateDictPickle(good)[:len(stateDictPickle(good))-1], st), DefaultLimits,
			[]string{"data.pkl", "ends before its STOP"}},
		{"not torch", []byte("hello, this is not a checkpoint"), DefaultLimits,
			[]string{"not a torch.save file"}},
		{"empty", nil, DefaultLimits, []string{"too short"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantErr(t, c.file, c.lim, c.parts...) })
	}
}

// TestTruncated cuts every fixture at many lengths: each must give an error
// naming the file, never a panic or a partial file.
func TestTruncated(t *testing.T) {
	for _, name := range []string{"state_dict.pth", "legacy.pth", "nested.pth", "views.pth", "views_legacy.pth"} {
		b := fixture(t, name)
		for n := 0; n < len(b); n += 1 + n/50 {
			f, err := ReadBytes(b[:n], name, DefaultLimits)
			if err == nil {
				t.Errorf("%s cut to %d of %d bytes: no error", name, n, len(b))
			} else if f != nil || !strings.HasPrefix(err.Error(), "torchfile: "+name+": ") {
				t.Errorf("%s cut to %d bytes: %v", name, n, err)
			}
		}
	}
}

// TestCycle: a dict that holds itself is read without looping.
func TestCycle(t *testing.T) {
	p := (&pk{}).op(opProto, 2, opEmptyDict, opBinPut, 0).str("self").op(opBinGet, 0, opSetItem, opStop).Bytes()
	f, err := ReadBytes(archive(t, p, nil), "cycle", DefaultLimits)
	if err == nil {
		if sds := f.StateDicts(); len(sds) != 0 {
			t.Errorf("state_dicts %v in a dict holding only itself", sds)
		}
		return
	}
	if !strings.Contains(err.Error(), "nested more than") {
		t.Errorf("error %v", err)
	}
}

func TestHalf(t *testing.T) {
	for _, c := range []struct {
		h    uint16
		want float32
	}{{0x3c00, 1}, {0xc000, -2}, {0x0001, 5.960464477539063e-08}, {0x8000, 0}, {0x7bff, 65504}, {0x3555, 0.333251953125}} {
		if got := half(c.h); got != c.want {
			t.Errorf("half(%#04x) = %v, want %v", c.h, got, c.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"state_dict.pth", "legacy.pth", "nested.pth", "views.pth", "views_legacy.pth", "reduce.pth", "int32.pth"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	lim := Limits{MaxTensorElements: 1 << 16, MaxTotalBytes: 1 << 20, MaxPickleBytes: 1 << 16}
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := ReadBytes(b, "fuzz", lim)
		if err != nil {
			if file != nil {
				t.Fatalf("a file with the error %v", err)
			}
			if !strings.HasPrefix(err.Error(), "torchfile: fuzz: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, sd := range file.StateDicts() {
			for i, x := range sd.Tensors {
				if len(x.Data) != x.NumElements()*x.DType.Size() || x.NumElements() > int(lim.MaxTensorElements) {
					t.Fatalf("tensor %q: shape %v, %d bytes", sd.Names[i], x.Shape, len(x.Data))
				}
				if x.DType == Int64 {
					x.Int64s()
				} else {
					x.Float32s()
				}
			}
		}
	})
}
