package safetensors

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// file assembles a safetensors file from a header and data, padding nothing,
// so tests can build malformed files.
func file(header string, data []byte) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	b = append(b, header...)
	return append(b, data...)
}

func sampleTensors() []Tensor {
	return []Tensor{
		F32("model.0.weight", []int{2, 3}, []float32{1, -2, 3.5, float32(math.Inf(1)), 0, -0.25}),
		F32("model.0.bias", []int{2}, []float32{0.5, -0.5}),
		I64("model.1.num_batches_tracked", []int{}, []int64{12345}),
		{Name: "f64", DType: "F64", Shape: []int{1}, Data: binary.LittleEndian.AppendUint64(nil, math.Float64bits(math.Pi))},
		{Name: "bytes", DType: "U8", Shape: []int{3}, Data: []byte{1, 2, 255}},
		{Name: "i32", DType: "I32", Shape: []int{1, 1}, Data: []byte{0xff, 0xff, 0xff, 0xff}},
		F32("empty", []int{0, 4}, nil),
	}
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		tensors  []Tensor
		metadata map[string]string
	}{
		{"no tensors", nil, nil},
		{"sample", sampleTensors(), nil},
		{"sample with metadata", sampleTensors(), map[string]string{"format": "pt", "epoch": "3", "quote\"<>": "é\n"}},
		{"empty metadata", sampleTensors()[:1], map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.tensors, tt.metadata); err != nil {
				t.Fatal(err)
			}
			b := buf.Bytes()
			n := binary.LittleEndian.Uint64(b)
			if n%8 != 0 {
				t.Errorf("header length %d is not a multiple of 8", n)
			}
			f, err := Read(bytes.NewReader(b), "test")
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Tensors) != len(tt.tensors) {
				t.Fatalf("read %d tensors, want %d", len(f.Tensors), len(tt.tensors))
			}
			for i, want := range tt.tensors {
				got := f.Tensors[i]
				if got.Name != want.Name || got.DType != want.DType ||
					!reflect.DeepEqual(got.Shape, append([]int{}, want.Shape...)) ||
					!bytes.Equal(got.Data, want.Data) {
					t.Errorf("tensor %d = %+v, want %+v", i, got, want)
				}
				if g, ok := f.Get(want.Name); !ok || g.Name != want.Name {
					t.Errorf("Get(%q) = %v, %v", want.Name, g.Name, ok)
				}
			}
			if len(tt.metadata) > 0 && !reflect.DeepEqual(f.Metadata, tt.metadata) {
				t.Errorf("metadata = %v, want %v", f.Metadata, tt.metadata)
			}
			if _, ok := f.Get("missing"); ok {
				t.Error("Get found a missing tensor")
			}
		})
	}
}

func TestWriteExactBytes(t *testing.T) {
	tensors := []Tensor{
		F32("b", []int{2}, []float32{1, 2}),
		I64("a", []int{}, []int64{7}),
	}
	var buf bytes.Buffer
	if err := Write(&buf, tensors, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	// The given order is kept (b before a), the scalar's shape is [], and
	// the header is padded with spaces to a multiple of 8.
	header := `{"__metadata__":{"format":"pt"},"b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"a":{"dtype":"I64","shape":[],"data_offsets":[8,16]}}`
	header += strings.Repeat(" ", (8-len(header)%8)%8)
	want := file(header, []byte{
		0, 0, 0x80, 0x3f, 0, 0, 0, 0x40, // float32 1, 2
		7, 0, 0, 0, 0, 0, 0, 0, // int64 7
	})
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("Write =\n%q\nwant\n%q", buf.Bytes(), want)
	}
}

func TestReadHandWritten(t *testing.T) {
	// Key order, spacing and tensor order differ from what Write produces.
	header := `{ "w": {"data_offsets": [8, 16], "shape": [2], "dtype": "F32"},
		"__metadata__": {"k": "v"},
		"s": {"shape": [], "dtype": "I64", "data_offsets": [0, 8]} }   `
	data := []byte{
		0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // int64 -2
		0, 0, 0x40, 0xc0, 0, 0, 0xc0, 0x3f, // float32 -3, 1.5
	}
	f, err := Read(bytes.NewReader(file(header, data)), "hand.safetensors")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Tensors) != 2 || f.Tensors[0].Name != "s" || f.Tensors[1].Name != "w" {
		t.Fatalf("tensors not in offset order: %+v", f.Tensors)
	}
	s, _ := f.Get("s")
	if iv, err := s.Int64s(); err != nil || !reflect.DeepEqual(iv, []int64{-2}) || len(s.Shape) != 0 || s.Shape == nil {
		t.Errorf("s = %v %v shape %#v", iv, err, s.Shape)
	}
	w, _ := f.Get("w")
	if fv, err := w.Float32s(); err != nil || !reflect.DeepEqual(fv, []float32{-3, 1.5}) {
		t.Errorf("w = %v %v", fv, err)
	}
	if f.Metadata["k"] != "v" {
		t.Errorf("metadata = %v", f.Metadata)
	}
}

func TestReadErrors(t *testing.T) {
	ok := `"t":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`
	data8 := make([]byte, 8)
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "shorter than the 8-byte header length"},
		{"short length", []byte{1, 0, 0}, "shorter than the 8-byte header length"},
		{"header over limit", binary.LittleEndian.AppendUint64(nil, 200<<20), "larger than the"},
		{"header beyond file", append(binary.LittleEndian.AppendUint64(nil, 100), "{}"...), "beyond the end of the file"},
		{"huge header length", binary.LittleEndian.AppendUint64(nil, math.MaxUint64), "larger than the"},
		{"not json", file("{nope", nil), "header"},
		{"not an object", file("[1,2]", nil), "not a JSON object"},
		{"empty header", file("", nil), "not a JSON object"},
		{"unterminated", file(`{"t":{"dtype":"F32","shape":[],"data_offsets":[0,4]}`, data8), "header"},
		{"trailing data", file(`{}{}`, nil), "data after the JSON object"},
		{"invalid utf-8", file("{\"\xff\":1}", nil), "UTF-8"},
		{"unknown dtype", file(`{"t":{"dtype":"F128","shape":[1],"data_offsets":[0,16]}}`, make([]byte, 16)), `tensor "t": unknown dtype "F128"`},
		{"no dtype", file(`{"t":{"shape":[1],"data_offsets":[0,4]}}`, data8), `tensor "t": no dtype`},
		{"no shape", file(`{"t":{"dtype":"F32","data_offsets":[0,4]}}`, data8), `tensor "t": no shape`},
		{"null shape", file(`{"t":{"dtype":"F32","shape":null,"data_offsets":[0,4]}}`, data8), `tensor "t": no shape`},
		{"no offsets", file(`{"t":{"dtype":"F32","shape":[1]}}`, data8), `tensor "t": no data_offsets`},
		{"three offsets", file(`{"t":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}}`, data8), "has 3 values"},
		{"negative offset", file(`{"t":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}}`, data8), `tensor "t"`},
		{"fractional shape", file(`{"t":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}}`, data8), `tensor "t"`},
		{"negative shape", file(`{"t":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}`, data8), "negative dimension"},
		{"overflowing shape", file(`{"t":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,4]}}`, data8), "too large"},
		// (2^32-1)(2^32+1) = 2^64-1 bytes is the largest size that fits; 2^64 does not.
		{"largest size", file(`{"t":{"dtype":"U8","shape":[4294967295,4294967297],"data_offsets":[0,8]}}`, data8), "needs 18446744073709551615 bytes but offsets span 8"},
		{"size one past", file(`{"t":{"dtype":"U8","shape":[4294967296,4294967296],"data_offsets":[0,8]}}`, data8), "shape [4294967296 4294967296] is too large"},
		{"end before begin", file(`{"t":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}}`, data8), "end before they begin"},
		{"size mismatch", file(`{"model.0.weight":{"dtype":"F32","shape":[128,100],"data_offsets":[0,100]}}`, make([]byte, 100)),
			`safetensors: g.safetensors: tensor "model.0.weight": shape [128 100] needs 51200 bytes but offsets span 100`},
		{"beyond data", file(`{"t":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`, data8), "beyond the 8 bytes of data"},
		{"overlap", file(`{`+ok+`,"u":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, data8), "overlap"},
		{"duplicate name", file(`{`+ok+`,`+ok+`}`, data8), `"t" appears twice`},
		{"duplicate metadata", file(`{"__metadata__":{},"__metadata__":{}}`, nil), "appears twice"},
		{"metadata not strings", file(`{"__metadata__":{"epoch":3}}`, nil), "__metadata__"},
		{"metadata not object", file(`{"__metadata__":[]}`, nil), "__metadata__"},
		{"tensor not object", file(`{"t":3}`, nil), `tensor "t"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read(bytes.NewReader(tt.file), "g.safetensors")
			if err == nil {
				t.Fatalf("Read succeeded with %+v, want error containing %q", f, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "safetensors: g.safetensors: ") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestReadTolerates(t *testing.T) {
	tests := []struct {
		name string
		file []byte
	}{
		{"gap between tensors", file(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"b":{"dtype":"U8","shape":[1],"data_offsets":[3,4]}}`, make([]byte, 4))},
		{"bytes after last tensor", file(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, make([]byte, 4))},
		{"zero-size tensors at one offset", file(`{"a":{"dtype":"F32","shape":[0],"data_offsets":[0,0]},"b":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"c":{"dtype":"F32","shape":[3,0],"data_offsets":[1,1]}}`, make([]byte, 1))},
		{"null metadata", file(`{"__metadata__":null}`, nil)},
		{"unknown fields", file(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"extra":true}}`, make([]byte, 1))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tt.file), "x"); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	good := F32("a", []int{1}, []float32{1})
	tests := []struct {
		name    string
		tensors []Tensor
		meta    map[string]string
		want    string
	}{
		{"empty name", []Tensor{F32("", []int{1}, []float32{1})}, nil, "empty name"},
		{"reserved name", []Tensor{F32("__metadata__", []int{1}, []float32{1})}, nil, "reserved"},
		{"duplicate", []Tensor{good, good}, nil, `"a" appears twice`},
		{"unknown dtype", []Tensor{{Name: "x", DType: "F128", Shape: []int{1}, Data: make([]byte, 16)}}, nil, `unknown dtype "F128"`},
		{"shape mismatch", []Tensor{F32("x", []int{2, 2}, []float32{1, 2, 3})}, nil, "F32 shape [2 2] needs 16 bytes but has 12"},
		{"scalar without data", []Tensor{{Name: "x", DType: "I64", Shape: []int{}}}, nil, "needs 8 bytes but has 0"},
		{"negative dimension", []Tensor{F32("x", []int{-1}, nil)}, nil, "negative dimension"},
		{"invalid utf-8 name", []Tensor{F32("\xff", []int{1}, []float32{1})}, nil, "UTF-8"},
		{"invalid utf-8 metadata", nil, map[string]string{"k": "\xff"}, "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, tt.tensors, tt.meta)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", buf.Len())
			}
		})
	}
}

func TestConversionErrors(t *testing.T) {
	i := I64("i", []int{1}, []int64{1})
	if _, err := i.Float32s(); err == nil || !strings.Contains(err.Error(), "not F32") {
		t.Errorf("Float32s on I64: %v", err)
	}
	f := F32("f", []int{1}, []float32{1})
	if _, err := f.Int64s(); err == nil || !strings.Contains(err.Error(), "not I64") {
		t.Errorf("Int64s on F32: %v", err)
	}
	f.Data = f.Data[:3]
	if _, err := f.Float32s(); err == nil {
		t.Error("Float32s on 3 bytes succeeded")
	}
	i.Data = i.Data[:7]
	if _, err := i.Int64s(); err == nil {
		t.Error("Int64s on 7 bytes succeeded")
	}
}

func TestFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.safetensors")
	if err := WriteFile(path, sampleTensors(), map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	f, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := f.Get("model.0.weight")
	v, err := w.Float32s()
	if err != nil || v[2] != 3.5 {
		t.Errorf("model.0.weight = %v, %v", v, err)
	}

	// A bad tensor leaves the existing file untouched.
	before, _ := os.ReadFile(path)
	err = WriteFile(path, []Tensor{F32("x", []int{3}, nil)}, nil)
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("WriteFile error = %v, want one naming %s", err, path)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("failed WriteFile changed the file")
	}

	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.safetensors")); err == nil || !strings.Contains(err.Error(), "missing.safetensors") {
		t.Errorf("ReadFile of missing file: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	if err := Write(&buf, sampleTensors(), map[string]string{"format": "pt"}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	buf.Reset()
	Write(&buf, sampleTensors()[:2], nil)
	f.Add(buf.Bytes())
	f.Add(file(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, []byte{9}))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := Read(bytes.NewReader(b), "fuzz")
		if err != nil {
			return
		}
		for _, tn := range got.Tensors {
			tn.Float32s()
			tn.Int64s()
		}
		// Whatever reads must write back (unless a name is one Write
		// refuses) and read again to the same thing.
		var out bytes.Buffer
		if err := Write(&out, got.Tensors, got.Metadata); err != nil {
			if strings.Contains(err.Error(), "empty name") {
				return
			}
			t.Fatalf("Write of a file Read accepted: %v", err)
		}
		again, err := Read(bytes.NewReader(out.Bytes()), "again")
		if err != nil {
			t.Fatalf("Read of rewritten file: %v", err)
		}
		if len(again.Tensors) != len(got.Tensors) {
			t.Fatalf("rewritten file has %d tensors, want %d", len(again.Tensors), len(got.Tensors))
		}
		for i := range got.Tensors {
			a, g := again.Tensors[i], got.Tensors[i]
			if a.Name != g.Name || a.DType != g.DType || !reflect.DeepEqual(a.Shape, g.Shape) || !bytes.Equal(a.Data, g.Data) {
				t.Fatalf("tensor %d changed: %+v vs %+v", i, a, g)
			}
		}
		if len(got.Metadata) > 0 && !reflect.DeepEqual(again.Metadata, got.Metadata) {
			t.Fatalf("metadata changed: %v vs %v", again.Metadata, got.Metadata)
		}
	})
}

// TestHeaderSizeLimit declares a header of exactly MaxHeaderSize bytes and
// one a byte longer, in files that hold only a short header: the first passes
// the size check and fails for the missing bytes, the second fails the size
// check. (A real 100 MiB header would take seconds to read and parse.)
func TestHeaderSizeLimit(t *testing.T) {
	for _, c := range []struct {
		name string
		n    uint64
		err  string
	}{
		{"at the limit", MaxHeaderSize, "header length 104857600 is beyond the end of the file (2 bytes of header)"},
		{"one past", MaxHeaderSize + 1, "header length 104857601 is larger than the 104857600 limit"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(append(binary.LittleEndian.AppendUint64(nil, c.n), "{}"...)), "big.safetensors")
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("error %v, want one containing %q", err, c.err)
			}
		})
	}
}
