package npy

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
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

// TestWriteExactBytes compares with what np.save writes (numpy 1.24), the
// headers pasted from testdata/npy_save.py:
//
//	/usr/bin/python3 testdata/npy_save.py
func TestWriteExactBytes(t *testing.T) {
	for _, c := range []struct {
		shape  []int
		v      []float32
		header string
	}{
		{[]int{3}, []float32{1, 2, 3}, "\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }                                                            \x0a"},
		{[]int{2, 3}, []float32{0, 1, 2, 3, 4, 5}, "\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }                                                          \x0a"},
		{[]int{}, []float32{2.5}, "\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (), }                                                              \x0a"},
		{[]int{0, 4}, nil, "\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (0, 4), }                                                          \x0a"},
	} {
		var buf bytes.Buffer
		if err := WriteFloat32(&buf, c.shape, c.v); err != nil {
			t.Fatal(err)
		}
		if want := c.header + string(f32Bytes(c.v...)); buf.String() != want {
			t.Errorf("WriteFloat32(%v) =\n%q\nwant\n%q", c.shape, buf.String(), want)
		}
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

// TestLimits reads and writes at every size bound and one past it.
func TestLimits(t *testing.T) {
	read := func(b []byte) error {
		_, _, err := ReadFloat32(bytes.NewReader(b), "x.npy")
		return err
	}
	dict := "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }"
	// A version 2.0 header of exactly maxHeaderLen bytes, padded with
	// spaces as NumPy pads, is read; one byte more is refused before it is.
	at := dict + strings.Repeat(" ", maxHeaderLen-len(dict)-1) + "\n"
	if _, v, err := ReadFloat32(bytes.NewReader(npyFile(2, at, f32Bytes(1, 2))), "x.npy"); err != nil || !reflect.DeepEqual(v, []float32{1, 2}) {
		t.Errorf("header of exactly %d bytes: %v, %v", maxHeaderLen, v, err)
	}
	past := " " + at
	if err := read(npyFile(2, past, f32Bytes(1, 2))); err == nil || !strings.Contains(err.Error(), "header length 1048577 is larger than the 1048576 limit") {
		t.Errorf("header of %d bytes: error %v", maxHeaderLen+1, err)
	}

	// Nesting: the header dict holding 16 nested tuples parses (and is
	// then refused as a shape); 17 is too deep.
	nest := func(k int) []byte {
		return npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': "+strings.Repeat("(", k)+strings.Repeat(")", k)+"}", nil)
	}
	if err := read(nest(maxDepth)); err == nil || !strings.Contains(err.Error(), "without a comma is not a tuple") {
		t.Errorf("%d nested tuples: error %v, want the shape refused", maxDepth, err)
	}
	if err := read(nest(maxDepth + 1)); err == nil || !strings.Contains(err.Error(), "nested too deeply") {
		t.Errorf("%d nested tuples: error %v, want nested too deeply", maxDepth+1, err)
	}

	// The data size: (2^63-1)/4 float32s is the most whose byte count
	// fits an int64 (the file then lacks the data); one more is too large.
	most := uint64(math.MaxInt64 / 4)
	shape := func(n uint64) []byte {
		return npyFile(1, fmt.Sprintf("{'descr': '<f4', 'fortran_order': False, 'shape': (%d,), }", n), nil)
	}
	if err := read(shape(most)); err == nil || !strings.Contains(err.Error(), "9223372036854775804 bytes, but the file has 0 bytes of data") {
		t.Errorf("shape (%d,): error %v, want the data missing", most, err)
	}
	if err := read(shape(most + 1)); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("shape (%d,): error %v, want too large", most+1, err)
	}

	// Version 1.0's header length is 16 bits. With the padding to a
	// multiple of 64, a 65,524-byte dict gives the largest header, 65,526
	// bytes; a 65,525-byte one needs 65,590. The dims are 1s and one 10,
	// whose extra digit sets the length.
	write := func(dictLen int) error {
		// The dict is len(prefix) + 3 per dim + 3 bytes (", }").
		n := (dictLen - len("{'descr': '<f4', 'fortran_order': False, 'shape': ") - 3) / 3
		extra := (dictLen - len("{'descr': '<f4', 'fortran_order': False, 'shape': ") - 3) % 3
		shape := make([]int, n)
		for i := range shape {
			shape[i] = 1
		}
		for i := range extra {
			shape[i] = 10
		}
		vals := 1
		for _, d := range shape {
			vals *= d
		}
		var buf bytes.Buffer
		err := WriteFloat32(&buf, shape, make([]float32, vals))
		if err == nil {
			if hlen := binary.LittleEndian.Uint16(buf.Bytes()[8:]); hlen != 65526 {
				t.Errorf("a %d-byte dict wrote a %d-byte header, want 65526", dictLen, hlen)
			}
		}
		return err
	}
	if err := write(65524); err != nil {
		t.Errorf("the largest version 1.0 header: %v", err)
	}
	if err := write(65525); err == nil || !strings.Contains(err.Error(), "makes a 65590-byte header, too long for version 1.0") {
		t.Errorf("one byte more: error %v", err)
	}
}

func TestFloat64(t *testing.T) {
	v := []float64{1.0000000000000002, -3.5, math.Pi, 1e-300, 0, 7}
	var b bytes.Buffer
	if err := WriteFloat64(&b, []int{2, 3}, v); err != nil {
		t.Fatal(err)
	}
	shape, got, err := ReadFloat64(bytes.NewReader(b.Bytes()), "f8")
	if err != nil || !slices.Equal(shape, []int{2, 3}) || !slices.Equal(got, v) {
		t.Fatalf("ReadFloat64 = %v %v %v, want [2 3] %v", shape, got, err, v)
	}
	if _, f32, err := ReadFloat32(bytes.NewReader(b.Bytes()), "f8"); err != nil || f32[2] != float32(math.Pi) {
		t.Errorf("ReadFloat32 of '<f8' = %v, %v", f32, err)
	}
	b.Reset()
	WriteFloat32(&b, []int{2}, []float32{0.1, 2})
	if _, got, err := ReadFloat64(bytes.NewReader(b.Bytes()), "f4"); err != nil || got[0] != float64(float32(0.1)) {
		t.Errorf("ReadFloat64 of '<f4' = %v, %v", got, err)
	}
	if err := WriteFloat64(&b, []int{4}, v); err == nil {
		t.Error("shape of 4 for 6 values: no error")
	}
	if _, _, err := ReadFloat64(bytes.NewReader([]byte("\x93NUMPY\x01\x00")), "short"); err == nil || !strings.HasPrefix(err.Error(), "npy: short: ") {
		t.Errorf("truncated: %v", err)
	}
}
