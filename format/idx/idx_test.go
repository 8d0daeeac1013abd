package idx

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// header builds a raw IDX header from its four magic bytes and dims.
func header(typ, nd byte, dims ...uint32) []byte {
	b := []byte{0, 0, typ, nd}
	for _, d := range dims {
		b = append(b, byte(d>>24), byte(d>>16), byte(d>>8), byte(d))
	}
	return b
}

func encode(t testing.TB, dims []int, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, dims, data); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func seq(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i * 7)
	}
	return b
}

func cat(bs ...[]byte) []byte { return bytes.Join(bs, nil) }

func TestReadRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		dims []int
	}{
		{"labels", []int{5}},
		{"one label", []int{1}},
		{"matrix", []int{2, 3}},
		{"images", []int{3, 2, 4}},
		{"one pixel image", []int{1, 1, 1}},
		{"4d", []int{2, 1, 3, 2}},
		{"wide", []int{1, 70000}},
	}
	for _, tt := range tests {
		for _, compress := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/gzip=%v", tt.name, compress), func(t *testing.T) {
				n := 1
				for _, d := range tt.dims {
					n *= d
				}
				data := seq(n)
				b := encode(t, tt.dims, data)
				if compress {
					b = gz(t, b)
				}
				f, err := Read(bytes.NewReader(b), "x")
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(f.Dims, tt.dims) || !bytes.Equal(f.Data, data) {
					t.Errorf("got dims %v, %d bytes; want %v, %d bytes", f.Dims, len(f.Data), tt.dims, len(data))
				}
				if want := uint32(0x800 | len(tt.dims)); f.Magic() != want {
					t.Errorf("Magic() = %#x, want %#x", f.Magic(), want)
				}
			})
		}
	}
}

func TestReadErrors(t *testing.T) {
	img := encode(t, []int{3, 2, 2}, seq(12))
	gzImg := gz(t, img)
	badCRC := bytes.Clone(gzImg)
	badCRC[len(badCRC)-8] ^= 0xff // CRC-32 of the gzip trailer
	badDeflate := bytes.Clone(gzImg)
	badDeflate[10] = 0xff // first byte of the deflate stream: reserved block type 3

	tests := []struct {
		name   string
		in     []byte
		format bool   // want a *FormatError
		want   string // substring of the message
	}{
		{"empty", nil, true, "idx: f: file is empty"},
		{"one byte", []byte{0}, true, "ends inside the 4-byte magic number (1 bytes)"},
		{"not idx", []byte("PK\x03\x04hello"), true, "not an IDX file: magic number is 0x504b0304"},
		{"float32", header(0x0d, 1, 1), true, "element type 0x0d (float32) is not supported"},
		{"int32", header(0x0c, 1, 1), true, "element type 0x0c (int32) is not supported"},
		{"unknown type", header(0x07, 1, 1), true, "unknown element type 0x07"},
		{"zero dims", header(0x08, 0), true, "header declares 0 dimensions, want 1 to 4"},
		{"five dims", header(0x08, 5, 1, 1, 1, 1, 1), true, "header declares 5 dimensions"},
		{"dims cut", header(0x08, 3, 60000, 28)[:10], true, "file ends inside the header: 3 dimensions need 12 bytes of sizes, file has 6"},
		{"zero dim", header(0x08, 3, 5, 0, 28), true, "header says 5x0x28: dimension 1 is zero"},
		{"zero after huge", header(0x08, 3, 1<<31, 1<<31, 0), true, "more than the"},
		{"overflow", header(0x08, 4, 1<<32-1, 1<<32-1, 1<<32-1, 1<<32-1), true, "header says 4294967295x4294967295x4294967295x4294967295, more than the 2147483647-byte limit"},
		{"just over cap", header(0x08, 2, 1<<16, 1<<15), true, "more than the"},
		// MaxBytes = 2^31-1 (a prime) passes the size check and fails only
		// for want of data; 2^31 does not pass it.
		{"at the cap", header(0x08, 1, MaxBytes), true, "header says 2147483647 but file has 0 bytes of data"},
		{"at the cap, 3d", header(0x08, 3, 1, MaxBytes, 1), true, "header says 1x2147483647x1 but file has 0 bytes of data"},
		{"one past the cap", header(0x08, 1, MaxBytes+1), true, "header says 2147483648, more than the 2147483647-byte limit"},
		{"four dims, no data", header(0x08, MaxDims, 1, 2, 3, 4), true, "header says 1x2x3x4 but file has 0 bytes of data"},
		{"truncated data", img[:len(img)-7], true, "header says 3x2x2 but file has 5 bytes of data"},
		{"no data", img[:16], true, "header says 3x2x2 but file has 0 bytes of data"},
		{"trailing", cat(img, []byte{1, 2, 3}), true, "header says 3x2x2 (12 bytes) but file has 3 more bytes of data after that"},
		{"gzip truncated", gzImg[:len(gzImg)-20], true, "but file has"},
		{"gzip truncated says so", gzImg[:len(gzImg)-20], true, "(the gzip stream is truncated)"},
		{"gzip trailer cut", gzImg[:len(gzImg)-4], true, "idx: f: the gzip stream is truncated"},
		{"gzip header cut", gzImg[:5], true, "file ends inside the gzip header"},
		{"gzip of nothing", gz(t, nil), true, "file has no data"},
		{"gzip of truncated", gz(t, img[:16]), true, "header says 3x2x2 but file has 0 bytes of data"},
		{"gzip of trailing", gz(t, cat(img, []byte{9})), true, "1 more bytes"},
		{"gzip bad crc", badCRC, false, "idx: f: corrupt gzip: gzip: invalid checksum"},
		{"gzip bad deflate", badDeflate, false, "idx: f: corrupt gzip: flate: corrupt input"},
		{"gzip bad method", []byte{0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 0}, false, "idx: f: corrupt gzip header"},
		{"garbage after gzip", cat(gzImg, []byte("junk that is not gzip")), false, "idx: f: corrupt gzip: gzip: invalid header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read(bytes.NewReader(tt.in), "f")
			if err == nil {
				t.Fatalf("Read succeeded with dims %v, want error containing %q", f.Dims, tt.want)
			}
			if f != nil {
				t.Errorf("Read returned a file with its error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "idx: f: ") {
				t.Errorf("error %q does not start with the package and file name", err)
			}
			var fe *FormatError
			if got := errors.As(err, &fe); got != tt.format {
				t.Errorf("errors.As(%q, *FormatError) = %v, want %v", err, got, tt.format)
			}
		})
	}
}

func TestReadReaderError(t *testing.T) {
	boom := errors.New("disk on fire")
	img := encode(t, []int{3, 2, 2}, seq(12))
	tests := []struct {
		name string
		r    io.Reader
	}{
		{"at start", iotest.ErrReader(boom)},
		{"in data", io.MultiReader(bytes.NewReader(img[:18]), iotest.ErrReader(boom))},
		{"after data", io.MultiReader(bytes.NewReader(img), iotest.ErrReader(boom))},
		{"in gzip", io.MultiReader(bytes.NewReader(gz(t, img)[:20]), iotest.ErrReader(boom))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.r, "f")
			if !errors.Is(err, boom) {
				t.Fatalf("Read error = %v, want it to wrap %v", err, boom)
			}
			if !strings.HasPrefix(err.Error(), "idx: f: ") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	pix := seq(2 * 3 * 4)
	images := write("train-images-idx3-ubyte.gz", gz(t, encode(t, []int{2, 3, 4}, pix)))
	labels := write("train-labels-idx1-ubyte", encode(t, []int{2}, []byte{5, 46}))
	missing := filepath.Join(dir, "nope")

	n, rows, cols, got, err := ReadImages(images)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 || rows != 3 || cols != 4 || !bytes.Equal(got, pix) {
		t.Errorf("ReadImages = %d, %d, %d, %v; want 2, 3, 4, %v", n, rows, cols, got, pix)
	}
	lab, err := ReadLabels(labels)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(lab, []byte{5, 46}) {
		t.Errorf("ReadLabels = %v, want [5 46] (values above 9 are allowed)", lab)
	}

	tests := []struct {
		name string
		read func() error
		want string
	}{
		{"images from labels", func() error { _, _, _, _, err := ReadImages(labels); return err },
			"idx: " + labels + ": magic number is 0x00000801 (1 dimensions), want 0x00000803 for images"},
		{"labels from images", func() error { _, err := ReadLabels(images); return err },
			"idx: " + images + ": magic number is 0x00000803 (3 dimensions), want 0x00000801 for labels"},
		{"missing images", func() error { _, _, _, _, err := ReadImages(missing); return err }, "idx: open " + missing},
		{"missing labels", func() error { _, err := ReadLabels(missing); return err }, "idx: open " + missing},
		{"missing file", func() error { _, err := ReadFile(missing); return err }, "idx: open " + missing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.read()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
			if strings.HasPrefix(tt.name, "missing") && !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("error %v does not wrap fs.ErrNotExist", err)
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	boom := errors.New("disk full")
	tests := []struct {
		name string
		w    io.Writer
		dims []int
		data []byte
		want string
	}{
		{"no dims", io.Discard, nil, nil, "0 dimensions, want 1 to 4"},
		{"five dims", io.Discard, []int{1, 1, 1, 1, 1}, []byte{0}, "5 dimensions"},
		{"zero dim", io.Discard, []int{2, 0}, nil, "dimension 1 is 0, want 1 to 4294967295"},
		{"negative dim", io.Discard, []int{-1}, nil, "dimension 0 is -1"},
		{"dim too big", io.Discard, []int{1 << 32}, nil, "dimension 0 is 4294967296"},
		{"too many bytes", io.Discard, []int{1 << 16, 1 << 16}, nil, "exceed the 2147483647-byte limit"},
		{"one byte past the cap", io.Discard, []int{1, MaxBytes + 1}, nil, "dimensions 1x2147483648 exceed the 2147483647-byte limit"},
		{"at the cap", io.Discard, []int{MaxBytes, 1}, nil, "dimensions 2147483647x1 need 2147483647 bytes, data has 0"},
		{"largest dim", io.Discard, []int{1<<32 - 1}, nil, "dimensions 4294967295 exceed"},
		{"short data", io.Discard, []int{2, 2}, []byte{1, 2, 3}, "dimensions 2x2 need 4 bytes, data has 3"},
		{"long data", io.Discard, []int{1}, []byte{1, 2}, "need 1 bytes, data has 2"},
		{"writer fails", errWriter{boom}, []int{1}, []byte{1}, "disk full"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Write(tt.w, tt.dims, tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "idx: write: ") {
				t.Fatalf("Write error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

type errWriter struct{ err error }

func (w errWriter) Write([]byte) (int, error) { return 0, w.err }

func ExampleRead() {
	var buf bytes.Buffer
	// Two 2x3 images, as an MNIST image file would hold them.
	if err := Write(&buf, []int{2, 2, 3}, []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255}); err != nil {
		fmt.Println(err)
		return
	}
	f, err := Read(&buf, "example")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("magic %#08x, dims %v, last pixel %d\n", f.Magic(), f.Dims, f.Data[len(f.Data)-1])

	_, err = Read(bytes.NewReader(buf.Bytes()), "empty")
	fmt.Println(err)
	// Output:
	// magic 0x00000803, dims [2 2 3], last pixel 255
	// idx: empty: file is empty
}
