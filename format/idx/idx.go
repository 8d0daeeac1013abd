// Package idx reads and writes IDX files, the format of MNIST and its
// relatives (Fashion-MNIST, KMNIST, EMNIST), raw or gzip-compressed.
//
// An IDX file is a big-endian header, 0x00 0x00 type ndims, then one uint32
// per dimension, then the elements in row-major order. Only element type 0x08
// (unsigned byte) is supported, which is what every image and label file of
// those datasets uses: images have magic 0x00000803 (count, rows, cols) and
// labels 0x00000801 (count).
package idx

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

// Magic numbers of the two kinds of file MNIST-like datasets ship.
const (
	MagicImages = 0x00000803 // unsigned bytes, 3 dimensions: count, rows, cols
	MagicLabels = 0x00000801 // unsigned bytes, 1 dimension: count
)

// TypeUbyte is the element-type byte for unsigned bytes, the only one supported.
const TypeUbyte = 0x08

// MaxDims is the most dimensions a file may declare.
const MaxDims = 4

// MaxBytes caps the data size a header may declare. The header is checked
// against it before anything is allocated, so a corrupt or hostile 16-byte
// header cannot make a reader reserve gigabytes; the largest real dataset in
// this format (EMNIST ByClass, 697,932 images) is about 550 MB. It is
// math.MaxInt32 rather than 1<<31 so that sizes still fit an int on 32-bit
// platforms.
const MaxBytes = math.MaxInt32

// File is the decoded content of an IDX file of unsigned bytes.
type File struct {
	// Dims holds the declared dimensions, outermost first; each is at least 1
	// and there are 1 to MaxDims of them.
	Dims []int
	// Data holds the product of Dims bytes in row-major order.
	Data []byte
}

// Magic returns the file's magic number, 0x0000_08_ndims.
func (f *File) Magic() uint32 { return TypeUbyte<<8 | uint32(len(f.Dims)) }

// FormatError reports a file that is not valid IDX, or not the kind of IDX
// file a caller asked for.
type FormatError struct {
	Name string // file name as given to Read or ReadFile
	Msg  string // what is wrong
}

func (e *FormatError) Error() string { return "idx: " + e.Name + ": " + e.Msg }

func formatErr(name, format string, args ...any) error {
	return &FormatError{Name: name, Msg: fmt.Sprintf(format, args...)}
}

// ReadFile reads the IDX file at path, raw or gzip-compressed.
func ReadFile(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("idx: %w", err)
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads one IDX file from r, raw or gzip-compressed (detected from the
// gzip magic 0x1f 0x8b; raw IDX always starts with 0x00 0x00). name is used
// only in error messages. The whole stream must be consumed by the file:
// bytes after the declared data are an error, since they mean the header
// and the data disagree.
func Read(r io.Reader, name string) (*File, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if len(head) == 0 {
		if err == nil || err == io.EOF {
			return nil, formatErr(name, "file is empty")
		}
		return nil, fmt.Errorf("idx: %s: %w", name, err)
	}
	compressed := len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b
	if !compressed {
		f, err := decode(br, name)
		if err != nil && !isFormat(err) {
			return nil, fmt.Errorf("idx: %s: %w", name, err)
		}
		return f, err
	}
	zr, err := gzip.NewReader(br)
	if err == io.ErrUnexpectedEOF {
		return nil, formatErr(name, "file ends inside the gzip header (the gzip stream is truncated)")
	}
	if err != nil {
		return nil, fmt.Errorf("idx: %s: corrupt gzip header: %w", name, err)
	}
	defer zr.Close()
	tr := &truncTracker{r: zr}
	f, err := decode(tr, name)
	var fe *FormatError
	switch {
	case err == nil:
		return f, nil
	case errors.As(err, &fe) && tr.truncated:
		// A cut-off download is the usual cause; say so rather than only
		// reporting the short data.
		return nil, &FormatError{Name: name, Msg: fe.Msg + " (the gzip stream is truncated)"}
	case errors.As(err, &fe):
		return nil, err
	case tr.truncated && errors.Is(err, io.ErrUnexpectedEOF):
		// All the data arrived but the stream stops before its end (and
		// checksum), so the data cannot be trusted.
		return nil, formatErr(name, "the gzip stream is truncated")
	default:
		// Errors from inside a gzip stream are bad compressed data.
		return nil, fmt.Errorf("idx: %s: corrupt gzip: %w", name, err)
	}
}

// truncTracker notes whether a gzip reader hit the end of its input in the
// middle of the compressed stream, which it reports as io.ErrUnexpectedEOF
// (a clean end is io.EOF).
type truncTracker struct {
	r         io.Reader
	truncated bool
}

func (t *truncTracker) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err == io.ErrUnexpectedEOF {
		t.truncated = true
	}
	return n, err
}

func isFormat(err error) bool {
	var fe *FormatError
	return errors.As(err, &fe)
}

// decode parses the IDX stream r (already decompressed). Errors that are not
// *FormatError come from r itself and are returned unwrapped.
func decode(r io.Reader, name string) (*File, error) {
	var magic [4]byte
	if n, err := io.ReadFull(r, magic[:]); err != nil {
		if isEOF(err) {
			if n == 0 {
				return nil, formatErr(name, "file has no data")
			}
			return nil, formatErr(name, "file ends inside the 4-byte magic number (%d bytes)", n)
		}
		return nil, err
	}
	m := binary.BigEndian.Uint32(magic[:])
	if magic[0] != 0 || magic[1] != 0 {
		return nil, formatErr(name, "not an IDX file: magic number is 0x%08x, want 0x000008NN", m)
	}
	if t := magic[2]; t != TypeUbyte {
		if tn, ok := typeNames[t]; ok {
			return nil, formatErr(name, "element type 0x%02x (%s) is not supported, only 0x08 (unsigned byte)", t, tn)
		}
		return nil, formatErr(name, "unknown element type 0x%02x in magic number 0x%08x", t, m)
	}
	nd := int(magic[3])
	if nd < 1 || nd > MaxDims {
		return nil, formatErr(name, "header declares %d dimensions, want 1 to %d", nd, MaxDims)
	}

	var raw [4 * MaxDims]byte
	if n, err := io.ReadFull(r, raw[:4*nd]); err != nil {
		if isEOF(err) {
			return nil, formatErr(name, "file ends inside the header: %d dimensions need %d bytes of sizes, file has %d", nd, 4*nd, n)
		}
		return nil, err
	}
	dims := make([]int, nd)
	size := uint64(1)
	for i := range dims {
		d := uint64(binary.BigEndian.Uint32(raw[4*i:]))
		if d == 0 {
			return nil, formatErr(name, "header says %s: dimension %d is zero", dimString(raw[:4*nd]), i)
		}
		// size <= MaxBytes and d < 1<<32 here, so the product cannot
		// overflow a uint64 before it is checked.
		size *= d
		if size > MaxBytes {
			return nil, formatErr(name, "header says %s, more than the %d-byte limit", dimString(raw[:4*nd]), int64(MaxBytes))
		}
		dims[i] = int(d)
	}

	data, err := readData(r, int(size))
	if err != nil {
		if isEOF(err) {
			return nil, formatErr(name, "header says %s but file has %d bytes of data", dimsString(dims), len(data))
		}
		return nil, err
	}
	// Anything left over means the header undercounts; count it so the
	// message helps find which side is wrong.
	extra, err := io.Copy(io.Discard, r)
	if err != nil {
		return nil, err
	}
	if extra > 0 {
		return nil, formatErr(name, "header says %s (%d bytes) but file has %d more bytes of data after that", dimsString(dims), size, extra)
	}
	return &File{Dims: dims, Data: data}, nil
}

// readData reads exactly n bytes. The buffer grows with the data actually
// read instead of being allocated at the declared size up front, so a short
// file with a large (but allowed) header costs little memory. On a short
// read it returns what it got with io.ErrUnexpectedEOF.
func readData(r io.Reader, n int) ([]byte, error) {
	const chunk = 64 << 10
	buf := make([]byte, 0, min(n, chunk))
	for len(buf) < n {
		if len(buf) == cap(buf) {
			grown := make([]byte, len(buf), min(2*cap(buf), n))
			copy(grown, buf)
			buf = grown
		}
		m, err := io.ReadFull(r, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if err != nil {
			if isEOF(err) {
				return buf, io.ErrUnexpectedEOF
			}
			return buf, err
		}
	}
	return buf, nil
}

func isEOF(err error) bool { return err == io.EOF || err == io.ErrUnexpectedEOF }

var typeNames = map[byte]string{
	0x09: "signed byte",
	0x0b: "int16",
	0x0c: "int32",
	0x0d: "float32",
	0x0e: "float64",
}

func dimsString(dims []int) string {
	s := make([]string, len(dims))
	for i, d := range dims {
		s[i] = strconv.Itoa(d)
	}
	return strings.Join(s, "x")
}

// dimString formats raw big-endian sizes, before they are known to be valid.
func dimString(raw []byte) string {
	s := make([]string, len(raw)/4)
	for i := range s {
		s[i] = strconv.FormatUint(uint64(binary.BigEndian.Uint32(raw[4*i:])), 10)
	}
	return strings.Join(s, "x")
}

// ReadImages reads an image file (magic 0x00000803) at path and returns its
// n images of rows x cols pixels, pix holding n*rows*cols bytes row-major.
func ReadImages(path string) (n, rows, cols int, pix []byte, err error) {
	f, err := ReadFile(path)
	if err != nil {
		return 0, 0, 0, nil, err
	}
	if f.Magic() != MagicImages {
		return 0, 0, 0, nil, formatErr(path, "magic number is 0x%08x (%d dimensions), want 0x%08x for images (count, rows, cols)", f.Magic(), len(f.Dims), MagicImages)
	}
	return f.Dims[0], f.Dims[1], f.Dims[2], f.Data, nil
}

// ReadLabels reads a label file (magic 0x00000801) at path and returns one
// byte per item. The values are not range-checked: EMNIST has more than ten
// classes.
func ReadLabels(path string) ([]byte, error) {
	f, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	if f.Magic() != MagicLabels {
		return nil, formatErr(path, "magic number is 0x%08x (%d dimensions), want 0x%08x for labels (count)", f.Magic(), len(f.Dims), MagicLabels)
	}
	return f.Data, nil
}

// Write writes dims and data to w as uncompressed IDX of unsigned bytes.
// It accepts exactly what Read accepts: 1 to MaxDims dimensions, each at
// least 1, whose product is len(data) and at most MaxBytes.
func Write(w io.Writer, dims []int, data []byte) error {
	if len(dims) < 1 || len(dims) > MaxDims {
		return fmt.Errorf("idx: write: %d dimensions, want 1 to %d", len(dims), MaxDims)
	}
	hdr := make([]byte, 4+4*len(dims))
	hdr[2], hdr[3] = TypeUbyte, byte(len(dims))
	size := uint64(1)
	for i, d := range dims {
		if d < 1 || uint64(d) > math.MaxUint32 {
			return fmt.Errorf("idx: write: dimension %d is %d, want 1 to %d", i, d, uint64(math.MaxUint32))
		}
		size *= uint64(d)
		if size > MaxBytes {
			return fmt.Errorf("idx: write: dimensions %s exceed the %d-byte limit", dimsString(dims), int64(MaxBytes))
		}
		binary.BigEndian.PutUint32(hdr[4+4*i:], uint32(d))
	}
	if size != uint64(len(data)) {
		return fmt.Errorf("idx: write: dimensions %s need %d bytes, data has %d", dimsString(dims), size, len(data))
	}
	if _, err := io.Copy(w, io.MultiReader(bytes.NewReader(hdr), bytes.NewReader(data))); err != nil {
		return fmt.Errorf("idx: write: %w", err)
	}
	return nil
}
