package npy

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

// npyFile assembles a .npy file with the given version, header text and
// data, without padding, so tests can build unusual and malformed files.
func npyFile(major byte, header string, data []byte) []byte {
	b := append([]byte(magic), major, 0)
	if major == 1 {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(header)))
	} else {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(header)))
	}
	b = append(b, header...)
	return append(b, data...)
}

func f32Bytes(v ...float32) []byte {
	var b []byte
	for _, x := range v {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	return b
}

func TestWriteExactBytes(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteFloat32(&buf, []int{3}, []float32{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	// What np.save(f, np.array([1, 2, 3], dtype='<f4')) writes: a header
	// length of 118 ('v') making a 128-byte preamble.
	want := "\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }" +
		strings.Repeat(" ", 60) + "\n" + string(f32Bytes(1, 2, 3))
	if buf.String() != want {
		t.Errorf("WriteFloat32 =\n%q\nwant\n%q", buf.String(), want)
	}
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name      string
		shape     []int
		v         []float32
		wantTuple string
	}{
		{"scalar", []int{}, []float32{2.5}, "()"},
		{"vector", []int{5}, []float32{1, -2, 3, float32(math.Inf(-1)), 0}, "(5,)"},
		{"matrix", []int{3, 4}, make([]float32, 12), "(3, 4)"},
		{"empty", []int{0}, nil, "(0,)"},
		{"empty middle", []int{2, 0, 3}, nil, "(2, 0, 3)"},
		{"ones", []int{1, 1, 1, 1}, []float32{7}, "(1, 1, 1, 1)"},
		{"large", []int{100, 100}, make([]float32, 10000), "(100, 100)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.v {
				if tt.v[i] == 0 {
					tt.v[i] = float32(i) * 0.5
				}
			}
			var buf bytes.Buffer
			if err := WriteFloat32(&buf, tt.shape, tt.v); err != nil {
				t.Fatal(err)
			}
			b := buf.Bytes()
			hlen := int(binary.LittleEndian.Uint16(b[8:]))
			if (10+hlen)%64 != 0 {
				t.Errorf("preamble is %d bytes, not a multiple of 64", 10+hlen)
			}
			if b[10+hlen-1] != '\n' {
				t.Error("header does not end in a newline")
			}
			if !strings.Contains(string(b[10:10+hlen]), "'shape': "+tt.wantTuple+",") {
				t.Errorf("header %q does not have shape %s", b[10:10+hlen], tt.wantTuple)
			}
			shape, v, err := ReadFloat32(bytes.NewReader(b), "x.npy")
			if err != nil {
				t.Fatal(err)
			}
			if shape == nil || !reflect.DeepEqual(shape, tt.shape) {
				t.Errorf("shape = %#v, want %v", shape, tt.shape)
			}
			if len(v) != len(tt.v) || (len(v) > 0 && !reflect.DeepEqual(v, tt.v)) {
				t.Errorf("values = %v, want %v", v, tt.v)
			}
		})
	}
}

func TestReadVariants(t *testing.T) {
	f8 := binary.LittleEndian.AppendUint64(nil, math.Float64bits(0.1))
	f8 = binary.LittleEndian.AppendUint64(f8, math.Float64bits(-3))
	tests := []struct {
		name      string
		file      []byte
		wantShape []int
		wantV     []float32
	}{
		{"version 2.0", npyFile(2, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }\n", f32Bytes(1, 2)), []int{2}, []float32{1, 2}},
		{"float64 converted", npyFile(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }\n", f8), []int{1, 2}, []float32{0.1, -3}},
		{"key order and quotes", npyFile(1, `{"shape": (2,), "fortran_order": False, "descr": "<f4"}`, f32Bytes(5, 6)), []int{2}, []float32{5, 6}},
		{"python 2 longs", npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1L, 2L), }    \n", f32Bytes(5, 6)), []int{1, 2}, []float32{5, 6}},
		{"fortran order of a vector", npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,)}", f32Bytes(9)), []int{1}, []float32{9}},
		{"scalar", npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': ()}", f32Bytes(4)), []int{}, []float32{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shape, v, err := ReadFloat32(bytes.NewReader(tt.file), "x.npy")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(shape, tt.wantShape) || !reflect.DeepEqual(v, tt.wantV) {
				t.Errorf("got %v %v, want %v %v", shape, v, tt.wantShape, tt.wantV)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	hdr := func(descr, fortran, shape string) string {
		return "{'descr': " + descr + ", 'fortran_order': " + fortran + ", 'shape': " + shape + ", }\n"
	}
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "too short"},
		{"not npy", []byte("PK\x03\x04 this is a zip"), "not a .npy file"},
		{"version 3.0", npyFile(1, "", nil)[:6:6], "too short"},
		{"unsupported version", append([]byte(magic), 3, 0, 0, 0, 0, 0), "unsupported format version 3.0"},
		{"no header length", append([]byte(magic), 1, 0, 5), "header length"},
		{"header beyond file", append([]byte(magic), 1, 0, 100, 0, '{'), "beyond the end of the file"},
		{"huge v2 header", append([]byte(magic), 2, 0, 0xff, 0xff, 0xff, 0xff), "larger than the"},
		{"not a dict", npyFile(1, "(3,)\n", nil), "not a dict"},
		{"garbage", npyFile(1, "{'descr': <f4}", nil), "unexpected"},
		{"trailing junk", npyFile(1, hdr("'<f4'", "False", "(1,)")+"x", f32Bytes(1)), "after the dict"},
		{"missing key", npyFile(1, "{'descr': '<f4', 'shape': (1,)}", f32Bytes(1)), "want exactly the keys"},
		{"extra key", npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'x': 1}", f32Bytes(1)), "want exactly the keys"},
		{"duplicate key", npyFile(1, "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (1,)}", f32Bytes(1)), "appears twice"},
		{"big endian", npyFile(1, hdr("'>f4'", "False", "(1,)"), f32Bytes(1)), "unsupported descr '>f4'"},
		{"int dtype", npyFile(1, hdr("'<i8'", "False", "(1,)"), make([]byte, 8)), "unsupported descr '<i8'"},
		{"structured dtype", npyFile(1, hdr("[('x', '<f4')]", "False", "(1,)"), f32Bytes(1)), "unsupported descr"},
		{"fortran order", npyFile(1, hdr("'<f4'", "True", "(2, 2)"), f32Bytes(1, 2, 3, 4)), "fortran_order True is not supported"},
		{"fortran order not bool", npyFile(1, hdr("'<f4'", "0", "(1,)"), f32Bytes(1)), "not a bool"},
		{"shape a list", npyFile(1, hdr("'<f4'", "False", "[1]"), f32Bytes(1)), "not a tuple"},
		{"shape not parenthesised tuple", npyFile(1, hdr("'<f4'", "False", "(1)"), f32Bytes(1)), "without a comma"},
		{"negative dimension", npyFile(1, hdr("'<f4'", "False", "(-1,)"), f32Bytes(1)), "not a non-negative integer"},
		{"dimension not int", npyFile(1, hdr("'<f4'", "False", "('a',)"), f32Bytes(1)), "not a non-negative integer"},
		{"overflowing shape", npyFile(1, hdr("'<f4'", "False", "(4294967296, 4294967296)"), nil), "too large"},
		{"huge integer", npyFile(1, hdr("'<f4'", "False", "(99999999999999999999,)"), nil), "bad integer"},
		{"short data", npyFile(1, hdr("'<f4'", "False", "(3, 4)"), make([]byte, 40)),
			"npy: x.npy: header says shape (3, 4) of <f4, 48 bytes, but the file has 40 bytes of data"},
		{"extra data", npyFile(1, hdr("'<f4'", "False", "(1,)"), make([]byte, 5)), "but the file has more bytes of data"},
		{"unterminated string", npyFile(1, "{'descr: '<f4'}", nil), "header"},
		{"deep nesting", npyFile(1, strings.Repeat("(", 1000), nil), "nested too deeply"},
		{"escaped string", npyFile(1, `{'descr': '<f\x34', 'fortran_order': False, 'shape': (1,)}`, f32Bytes(1)), "escapes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shape, v, err := ReadFloat32(bytes.NewReader(tt.file), "x.npy")
			if err == nil {
				t.Fatalf("ReadFloat32 = %v %v, want error containing %q", shape, v, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "npy: x.npy: ") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name  string
		shape []int
		n     int
		want  string
	}{
		{"too few values", []int{3, 4}, 10, "shape [3 4] holds 12 elements but got 10 values"},
		{"too many values", []int{}, 2, "holds 1 elements but got 2"},
		{"negative", []int{-2}, 0, "negative dimension"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := WriteFloat32(&buf, tt.shape, make([]float32, tt.n))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", buf.Len())
			}
		})
	}
}

func TestFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "z.npy")
	want := []float32{1, 2, 3, 4, 5, 6}
	if err := WriteFile(path, []int{2, 3}, want); err != nil {
		t.Fatal(err)
	}
	shape, v, err := ReadFile(path)
	if err != nil || !reflect.DeepEqual(shape, []int{2, 3}) || !reflect.DeepEqual(v, want) {
		t.Fatalf("ReadFile = %v %v %v", shape, v, err)
	}
	before, _ := os.ReadFile(path)
	if err := WriteFile(path, []int{7}, want); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("WriteFile error = %v, want one naming %s", err, path)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("failed WriteFile changed the file")
	}
	if _, _, err := ReadFile(filepath.Join(t.TempDir(), "missing.npy")); err == nil || !strings.Contains(err.Error(), "missing.npy") {
		t.Errorf("ReadFile of a missing file: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	WriteFloat32(&buf, []int{2, 3}, []float32{1, 2, 3, 4, 5, 6})
	f.Add(buf.Bytes())
	buf.Reset()
	WriteFloat32(&buf, []int{}, []float32{1})
	f.Add(buf.Bytes())
	f.Add(npyFile(2, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }\n", make([]byte, 8)))
	f.Fuzz(func(t *testing.T, b []byte) {
		shape, v, err := ReadFloat32(bytes.NewReader(b), "fuzz")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := WriteFloat32(&out, shape, v); err != nil {
			t.Fatalf("WriteFloat32 of what ReadFloat32 returned: %v", err)
		}
		shape2, v2, err := ReadFloat32(&out, "again")
		if err != nil {
			t.Fatalf("reading rewritten file: %v", err)
		}
		if !reflect.DeepEqual(shape, shape2) || len(v) != len(v2) {
			t.Fatalf("round trip changed %v/%d to %v/%d", shape, len(v), shape2, len(v2))
		}
		for i := range v {
			if math.Float32bits(v[i]) != math.Float32bits(v2[i]) {
				t.Fatalf("value %d changed: %v to %v", i, v[i], v2[i])
			}
		}
	})
}
