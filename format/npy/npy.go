// Package npy reads and writes float32 arrays in NumPy's .npy format
// (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html),
// so that np.load can open what gogan writes and gogan can open what
// np.save writes.
//
// A file is the magic "\x93NUMPY", a major and minor version byte, a
// little-endian header length (uint16 in version 1.0, uint32 in 2.0), a
// header that is a Python dict literal such as
// {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }, padded with
// spaces and a final '\n' so the data starts at a multiple of 64 bytes, and
// then the elements in row-major order.
package npy

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"gogan/format/atomicfile"
)

const magic = "\x93NUMPY"

// maxHeaderLen bounds the header a version 2.0 file may declare; NumPy's
// own headers are a few hundred bytes at most.
const maxHeaderLen = 1 << 20

// WriteFloat32 writes v, an array of the given shape in row-major order, to
// w as a version 1.0 .npy file of dtype '<f4'. An empty shape writes a
// scalar. It returns an error, writing nothing, if a dimension is negative
// or the shape does not hold len(v) elements.
func WriteFloat32(w io.Writer, shape []int, v []float32) error {
	header, err := encodeHeader(shape, len(v))
	if err != nil {
		return fmt.Errorf("npy: %w", err)
	}
	if _, err := w.Write(header); err != nil {
		return fmt.Errorf("npy: %w", err)
	}
	// Encode in chunks so a large array needs no second full-size copy.
	const chunk = 8192
	buf := make([]byte, 0, 4*chunk)
	for len(v) > 0 {
		k := min(len(v), chunk)
		buf = buf[:0]
		for _, x := range v[:k] {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(x))
		}
		if _, err := w.Write(buf); err != nil {
			return fmt.Errorf("npy: %w", err)
		}
		v = v[k:]
	}
	return nil
}

// WriteFile writes v with the given shape to path as WriteFloat32 does,
// atomically: on error any existing file at path is left untouched.
func WriteFile(path string, shape []int, v []float32) error {
	if _, err := encodeHeader(shape, len(v)); err != nil {
		return fmt.Errorf("npy: %s: %w", path, err)
	}
	if err := atomicfile.Write(path, func(w io.Writer) error {
		return WriteFloat32(w, shape, v)
	}); err != nil {
		return fmt.Errorf("npy: %w", err)
	}
	return nil
}

// encodeHeader returns the magic, version, header length and padded header
// for a '<f4' array of the given shape holding n elements.
func encodeHeader(shape []int, n int) ([]byte, error) { return encodeHeaderDescr(shape, n, "<f4") }

// encodeHeaderDescr is encodeHeader for dtype descr ('<f4' or '<f8').
func encodeHeaderDescr(shape []int, n int, descr string) ([]byte, error) {
	count, err := numElements(shape)
	if err != nil {
		return nil, err
	}
	if count != uint64(n) {
		return nil, fmt.Errorf("shape %v holds %d elements but got %d values", shape, count, n)
	}
	dict := "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + formatShape(shape) + ", }"
	// NumPy's rule: pad so that magic (6) + version (2) + length (2) +
	// dict + padding + '\n' is a multiple of 64, adding a full 64 spaces
	// when it already is.
	pad := 64 - (len(magic)+2+2+len(dict)+1)%64
	hlen := len(dict) + pad + 1
	if hlen > math.MaxUint16 {
		return nil, fmt.Errorf("shape %v makes a %d-byte header, too long for version 1.0", shape, hlen)
	}
	b := make([]byte, 0, len(magic)+4+hlen)
	b = append(b, magic...)
	b = append(b, 1, 0)
	b = binary.LittleEndian.AppendUint16(b, uint16(hlen))
	b = append(b, dict...)
	b = append(b, strings.Repeat(" ", pad)...)
	return append(b, '\n'), nil
}

// formatShape formats shape as Python's repr of a tuple: (), (5,) or (3, 4).
func formatShape(shape []int) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, d := range shape {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(d))
	}
	if len(shape) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return b.String()
}

// numElements returns the product of shape, or an error if a dimension is
// negative or the product overflows.
func numElements(shape []int) (uint64, error) {
	n := uint64(1)
	for _, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("shape %v has a negative dimension", shape)
		}
		if d == 0 {
			return 0, nil
		}
	}
	for _, d := range shape {
		if n > math.MaxUint64/uint64(d) {
			return 0, fmt.Errorf("shape %v is too large", shape)
		}
		n *= uint64(d)
	}
	return n, nil
}

// ReadFloat32 reads a .npy file from r, to its end, and returns its shape
// (empty for a scalar) and elements in row-major order. It accepts versions
// 1.0 and 2.0, dtypes '<f4' and '<f8' (rounded to float32), and C order
// only. The name (usually the file name) is used in error messages.
func ReadFloat32(r io.Reader, name string) (shape []int, v []float32, err error) {
	shape, v, err = read(r)
	if err != nil {
		return nil, nil, fmt.Errorf("npy: %s: %w", name, err)
	}
	return shape, v, nil
}

// ReadFile reads the .npy file at path as ReadFloat32 does.
func ReadFile(path string) (shape []int, v []float32, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("npy: %w", err)
	}
	defer f.Close()
	return ReadFloat32(f, path)
}

func read(r io.Reader) ([]int, []float32, error) {
	shape, size, data, err := readRaw(r)
	if err != nil {
		return nil, nil, err
	}
	v := make([]float32, len(data)/size)
	if size == 4 {
		for i := range v {
			v[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
	} else {
		for i := range v {
			v[i] = float32(math.Float64frombits(binary.LittleEndian.Uint64(data[8*i:])))
		}
	}
	return shape, v, nil
}

// ReadFloat64 reads a .npy file as ReadFloat32 does, '<f4' and '<f8'
// elements both as float64, unrounded.
func ReadFloat64(r io.Reader, name string) (shape []int, v []float64, err error) {
	shape, size, data, err := readRaw(r)
	if err != nil {
		return nil, nil, fmt.Errorf("npy: %s: %w", name, err)
	}
	v = make([]float64, len(data)/size)
	if size == 4 {
		for i := range v {
			v[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:])))
		}
	} else {
		for i := range v {
			v[i] = math.Float64frombits(binary.LittleEndian.Uint64(data[8*i:]))
		}
	}
	return shape, v, nil
}

// WriteFloat64 writes v as a version 1.0 .npy file of dtype '<f8', as
// WriteFloat32 does.
func WriteFloat64(w io.Writer, shape []int, v []float64) error {
	header, err := encodeHeaderDescr(shape, len(v), "<f8")
	if err != nil {
		return fmt.Errorf("npy: %w", err)
	}
	b := make([]byte, 0, len(header)+8*len(v))
	b = append(b, header...)
	for _, x := range v {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("npy: %w", err)
	}
	return nil
}

// readRaw reads a header and the little-endian elements it describes, of
// size 4 or 8 bytes each.
func readRaw(r io.Reader) ([]int, int, []byte, error) {
	var pre [8]byte
	if _, err := io.ReadFull(r, pre[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, 0, nil, errors.New("too short to be a .npy file")
		}
		return nil, 0, nil, err
	}
	if string(pre[:6]) != magic {
		return nil, 0, nil, fmt.Errorf("not a .npy file: starts with %q", pre[:6])
	}
	var hlen uint64
	switch major, minor := pre[6], pre[7]; {
	case major == 1 && minor == 0:
		var b [2]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, 0, nil, fmt.Errorf("reading header length: %w", noEOF(err))
		}
		hlen = uint64(binary.LittleEndian.Uint16(b[:]))
	case major == 2 && minor == 0:
		var b [4]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, 0, nil, fmt.Errorf("reading header length: %w", noEOF(err))
		}
		hlen = uint64(binary.LittleEndian.Uint32(b[:]))
		if hlen > maxHeaderLen {
			return nil, 0, nil, fmt.Errorf("header length %d is larger than the %d limit", hlen, maxHeaderLen)
		}
	default:
		return nil, 0, nil, fmt.Errorf("unsupported format version %d.%d", major, minor)
	}
	header, err := io.ReadAll(io.LimitReader(r, int64(hlen)))
	if err != nil {
		return nil, 0, nil, err
	}
	if uint64(len(header)) != hlen {
		return nil, 0, nil, fmt.Errorf("header length %d is beyond the end of the file", hlen)
	}
	descr, shape, err := parseHeader(header)
	if err != nil {
		return nil, 0, nil, err
	}
	size := 4
	if descr == "<f8" {
		size = 8
	}
	count, err := numElements(shape)
	if err != nil {
		return nil, 0, nil, err
	}
	if count > math.MaxInt64/uint64(size) {
		return nil, 0, nil, fmt.Errorf("shape %s is too large", formatShape(shape))
	}
	need := count * uint64(size)
	// Reading what is there, rather than allocating what the header
	// claims, keeps a corrupt header from forcing a huge allocation.
	data, err := io.ReadAll(io.LimitReader(r, int64(need)+1))
	if err != nil {
		return nil, 0, nil, err
	}
	if uint64(len(data)) != need {
		have := strconv.Itoa(len(data))
		if uint64(len(data)) > need {
			have = "more"
		}
		return nil, 0, nil, fmt.Errorf("header says shape %s of %s, %d bytes, but the file has %s bytes of data", formatShape(shape), descr, need, have)
	}
	return shape, size, data, nil
}

func noEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// parseHeader parses and checks the header dict, returning its descr and
// shape.
func parseHeader(header []byte) (descr string, shape []int, err error) {
	p := &parser{s: string(header)}
	val, err := p.value(0)
	if err == nil {
		p.space()
		if p.i < len(p.s) {
			err = fmt.Errorf("unexpected %q after the dict", p.s[p.i:min(len(p.s), p.i+10)])
		}
	}
	if err != nil {
		return "", nil, fmt.Errorf("header %q: %w", truncate(header), err)
	}
	d, ok := val.(pyDict)
	if !ok {
		return "", nil, fmt.Errorf("header %q is not a dict", truncate(header))
	}
	if len(d) != 3 || d["descr"] == nil || d["fortran_order"] == nil || d["shape"] == nil {
		return "", nil, fmt.Errorf("header %q: want exactly the keys 'descr', 'fortran_order' and 'shape'", truncate(header))
	}
	descr, ok = d["descr"].(string)
	if !ok || (descr != "<f4" && descr != "<f8") {
		return "", nil, fmt.Errorf("unsupported descr %s: want '<f4' or '<f8'", pyRepr(d["descr"]))
	}
	fortran, ok := d["fortran_order"].(bool)
	if !ok {
		return "", nil, fmt.Errorf("fortran_order is %s, not a bool", pyRepr(d["fortran_order"]))
	}
	if fortran {
		return "", nil, errors.New("fortran_order True is not supported")
	}
	t, ok := d["shape"].(pyTuple)
	if !ok {
		return "", nil, fmt.Errorf("shape is %s, not a tuple", pyRepr(d["shape"]))
	}
	shape = make([]int, len(t))
	for i, e := range t {
		n, ok := e.(int64)
		if !ok || n < 0 || n > math.MaxInt {
			return "", nil, fmt.Errorf("shape %s: dimension %s is not a non-negative integer", pyRepr(t), pyRepr(e))
		}
		shape[i] = int(n)
	}
	return descr, shape, nil
}

func truncate(b []byte) string {
	const max = 200
	if len(b) > max {
		return string(b[:max]) + "..."
	}
	return string(b)
}

// The header is a Python literal; these types hold the parts of it that
// .npy headers use. Strings are Go strings, integers int64, booleans bool.
type (
	pyDict  map[string]any
	pyTuple []any
	pyList  []any
	pyNone  struct{}
)

func pyRepr(v any) string {
	switch v := v.(type) {
	case string:
		return "'" + v + "'"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case pyNone:
		return "None"
	case pyTuple:
		return "(...)"
	case pyList:
		return "[...]"
	case pyDict:
		return "{...}"
	}
	return "?"
}

// parser is a recursive-descent parser for the subset of Python literals
// that appear in .npy headers: dicts, tuples, lists, strings without
// escapes, integers (with Python 2's optional L suffix), True, False and
// None. NumPy itself uses ast.literal_eval.
type parser struct {
	s string
	i int
}

// maxDepth bounds nesting so a hostile header cannot exhaust the stack.
const maxDepth = 16

func (p *parser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *parser) value(depth int) (any, error) {
	if depth > maxDepth {
		return nil, errors.New("nested too deeply")
	}
	p.space()
	if p.i >= len(p.s) {
		return nil, errors.New("unexpected end")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.dict(depth)
	case c == '(':
		items, err := p.seq(depth, ')')
		return pyTuple(items), err
	case c == '[':
		items, err := p.seq(depth, ']')
		return pyList(items), err
	case c == '\'' || c == '"':
		return p.str()
	case c == '-' || ('0' <= c && c <= '9'):
		return p.int()
	case strings.HasPrefix(p.s[p.i:], "True"):
		p.i += 4
		return true, nil
	case strings.HasPrefix(p.s[p.i:], "False"):
		p.i += 5
		return false, nil
	case strings.HasPrefix(p.s[p.i:], "None"):
		p.i += 4
		return pyNone{}, nil
	default:
		return nil, fmt.Errorf("unexpected %q at byte %d", c, p.i)
	}
}

func (p *parser) dict(depth int) (any, error) {
	p.i++ // '{'
	d := pyDict{}
	for {
		p.space()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return d, nil
		}
		k, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		key, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("dict key %s is not a string", pyRepr(k))
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, fmt.Errorf("missing ':' after key '%s'", key)
		}
		p.i++
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		if _, dup := d[key]; dup {
			return nil, fmt.Errorf("key '%s' appears twice", key)
		}
		d[key] = v
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return d, nil
		}
		return nil, errors.New("dict is not closed")
	}
}

// seq parses the items of a tuple or list up to the closing byte. A
// parenthesised single item without a comma is not a tuple in Python, and
// no .npy header has one, so it is an error.
func (p *parser) seq(depth int, closer byte) ([]any, error) {
	p.i++ // opening bracket
	items := []any{}
	for {
		p.space()
		if p.i < len(p.s) && p.s[p.i] == closer {
			p.i++
			return items, nil
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == closer {
			p.i++
			if closer == ')' && len(items) == 1 {
				return nil, errors.New("(x) without a comma is not a tuple")
			}
			return items, nil
		}
		return nil, fmt.Errorf("missing %q", closer)
	}
}

func (p *parser) str() (any, error) {
	q := p.s[p.i]
	end := strings.IndexByte(p.s[p.i+1:], q)
	if end < 0 {
		return nil, errors.New("unterminated string")
	}
	s := p.s[p.i+1 : p.i+1+end]
	if strings.ContainsAny(s, "\\\n") {
		return nil, fmt.Errorf("string %q has escapes, which are not supported", s)
	}
	p.i += end + 2
	return s, nil
}

func (p *parser) int() (any, error) {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	for p.i < len(p.s) && '0' <= p.s[p.i] && p.s[p.i] <= '9' {
		p.i++
	}
	n, err := strconv.ParseInt(p.s[start:p.i], 10, 64)
	if err != nil {
		return nil, fmt.Errorf("bad integer %q", p.s[start:p.i])
	}
	// Files written by NumPy under Python 2 spell long integers 3L.
	if p.i < len(p.s) && p.s[p.i] == 'L' {
		p.i++
	}
	return n, nil
}
