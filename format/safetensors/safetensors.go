// Package safetensors reads and writes the safetensors format
// (https://github.com/huggingface/safetensors), which PyTorch reads with
// safetensors.torch.load_file.
//
// A file is an 8-byte little-endian header length N, N bytes of JSON header
// padded with spaces to a multiple of 8, and then the tensor data, packed
// little-endian. The header maps each tensor name to its dtype, shape and
// [begin, end) byte offsets relative to the start of the data, plus an
// optional "__metadata__" object of string values.
package safetensors

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"unicode/utf8"

	"gogan/format/atomicfile"
)

// MaxHeaderSize is the largest JSON header Read accepts, as a guard against
// corrupt length fields.
const MaxHeaderSize = 100 << 20

const metadataKey = "__metadata__"

// ChecksumKey is the metadata entry in which WriteFile and WriteChecked
// record a SHA-256 of the file's content: the header as it would be written
// without this entry, followed by the whole data section. Read verifies it
// when present, so a flipped bit, a truncated or extended data section or an
// edited header or metadata value is caught; files without it (other
// writers, older gogan runs) load as before. Metadata values are strings, so
// PyTorch's safetensors.torch.load_file reads such files unchanged.
const ChecksumKey = "gogan.sha256"

// ErrChecksum reports a file whose recorded checksum does not match its
// content.
var ErrChecksum = errors.New("checksum mismatch: the file was damaged or changed after it was written")

// dtypeSizes gives the element size in bytes of every dtype the format
// defines. Only F32 and I64 have conversion helpers; tensors of the other
// types are carried as raw bytes.
var dtypeSizes = map[string]int{
	"BOOL": 1, "U8": 1, "I8": 1, "F8_E5M2": 1, "F8_E4M3": 1,
	"I16": 2, "U16": 2, "F16": 2, "BF16": 2,
	"I32": 4, "U32": 4, "F32": 4,
	"I64": 8, "U64": 8, "F64": 8,
}

// Tensor is one named tensor: its dtype ("F32", "I64", "F64", "U8", "I32",
// ...), its shape (empty for a scalar) and its elements as little-endian
// bytes in row-major order.
type Tensor struct {
	Name  string
	DType string
	Shape []int
	Data  []byte
}

// F32 returns a tensor of dtype F32 holding a copy of v. It does not check
// that shape matches len(v); Write does.
func F32(name string, shape []int, v []float32) Tensor {
	data := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(x))
	}
	return Tensor{Name: name, DType: "F32", Shape: shape, Data: data}
}

// I64 returns a tensor of dtype I64 holding a copy of v. It does not check
// that shape matches len(v); Write does.
func I64(name string, shape []int, v []int64) Tensor {
	data := make([]byte, 8*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(data[8*i:], uint64(x))
	}
	return Tensor{Name: name, DType: "I64", Shape: shape, Data: data}
}

// Float32s decodes the elements of an F32 tensor.
func (t Tensor) Float32s() ([]float32, error) {
	if t.DType != "F32" {
		return nil, fmt.Errorf("safetensors: tensor %q: dtype is %s, not F32", t.Name, t.DType)
	}
	if len(t.Data)%4 != 0 {
		return nil, fmt.Errorf("safetensors: tensor %q: %d bytes is not a whole number of F32 values", t.Name, len(t.Data))
	}
	v := make([]float32, len(t.Data)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
	}
	return v, nil
}

// Int64s decodes the elements of an I64 tensor.
func (t Tensor) Int64s() ([]int64, error) {
	if t.DType != "I64" {
		return nil, fmt.Errorf("safetensors: tensor %q: dtype is %s, not I64", t.Name, t.DType)
	}
	if len(t.Data)%8 != 0 {
		return nil, fmt.Errorf("safetensors: tensor %q: %d bytes is not a whole number of I64 values", t.Name, len(t.Data))
	}
	v := make([]int64, len(t.Data)/8)
	for i := range v {
		v[i] = int64(binary.LittleEndian.Uint64(t.Data[8*i:]))
	}
	return v, nil
}

// File is the content of a safetensors file.
type File struct {
	Tensors  []Tensor // in the order of their data in the file
	Metadata map[string]string
}

// Get returns the tensor called name.
func (f *File) Get(name string) (Tensor, bool) {
	for _, t := range f.Tensors {
		if t.Name == name {
			return t, true
		}
	}
	return Tensor{}, false
}

// numBytes returns the number of bytes a tensor of the given shape and
// element size needs, or an error if a dimension is negative or the size
// overflows.
func numBytes(shape []int, size int) (uint64, error) {
	n := uint64(size)
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

// Write writes tensors and metadata (which may be nil) to w in safetensors
// format. The tensors are laid out in the order given, with no gaps. It
// returns an error, writing nothing, if a name is empty, repeated, not valid
// UTF-8 or "__metadata__", a dtype is unknown, or the data length does not
// match the shape.
func Write(w io.Writer, tensors []Tensor, metadata map[string]string) error {
	header, err := encodeHeader(tensors, metadata)
	if err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(header)))
	if _, err := w.Write(n[:]); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	if _, err := w.Write(header); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	for _, t := range tensors {
		if _, err := w.Write(t.Data); err != nil {
			return fmt.Errorf("safetensors: %w", err)
		}
	}
	return nil
}

// WriteChecked is Write with a checksum of the content added to the
// metadata under ChecksumKey (replacing any given there).
func WriteChecked(w io.Writer, tensors []Tensor, metadata map[string]string) error {
	sealed, err := withChecksum(tensors, metadata)
	if err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	return Write(w, tensors, sealed)
}

// withChecksum returns a copy of metadata with ChecksumKey set.
func withChecksum(tensors []Tensor, metadata map[string]string) (map[string]string, error) {
	m := make(map[string]string, len(metadata)+1)
	for k, v := range metadata {
		if k != ChecksumKey {
			m[k] = v
		}
	}
	h := sha256.New()
	if err := hashHeader(h, tensors, m); err != nil {
		return nil, err
	}
	for _, t := range tensors {
		h.Write(t.Data)
	}
	m[ChecksumKey] = hex.EncodeToString(h.Sum(nil))
	return m, nil
}

// hashHeader hashes the header that tensors and metadata (without the
// checksum) encode to. An empty metadata map counts as none, so the sum does
// not depend on whether a reader gives back nil or {}.
func hashHeader(h io.Writer, tensors []Tensor, metadata map[string]string) error {
	if len(metadata) == 0 {
		metadata = nil
	}
	header, err := encodeHeader(tensors, metadata)
	if err != nil {
		return err
	}
	h.Write(header)
	return nil
}

// verify checks f's recorded checksum, if any, against its header and data.
func verify(f *File, data []byte) error {
	want, ok := f.Metadata[ChecksumKey]
	if !ok {
		return nil
	}
	rest := make(map[string]string, len(f.Metadata))
	for k, v := range f.Metadata {
		if k != ChecksumKey {
			rest[k] = v
		}
	}
	h := sha256.New()
	if err := hashHeader(h, f.Tensors, rest); err != nil {
		return fmt.Errorf("%w (%v)", ErrChecksum, err)
	}
	h.Write(data)
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%w (sha256 recorded %.16s…, computed %.16s…)", ErrChecksum, want, got)
	}
	return nil
}

// WriteFile writes tensors and metadata to path, atomically: on error any
// existing file at path is left untouched. The metadata gains a checksum
// (ChecksumKey) that Read verifies.
func WriteFile(path string, tensors []Tensor, metadata map[string]string) error {
	// Validate before touching the file system so that bad input gives a
	// plain error rather than one wrapped by atomicfile.
	sealed, err := withChecksum(tensors, metadata)
	if err != nil {
		return fmt.Errorf("safetensors: %s: %w", path, err)
	}
	if err := atomicfile.Write(path, func(w io.Writer) error {
		return Write(w, tensors, sealed)
	}); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	return nil
}

// encodeHeader validates the tensors and returns the JSON header, padded
// with spaces to a multiple of 8 bytes.
func encodeHeader(tensors []Tensor, metadata map[string]string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	// Like the reference (Rust) writer, put the metadata first, in a
	// deterministic order.
	if metadata != nil {
		keys := make([]string, 0, len(metadata))
		for k := range metadata {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString(`"__metadata__":{`)
		for i, k := range keys {
			if !utf8.ValidString(k) || !utf8.ValidString(metadata[k]) {
				return nil, fmt.Errorf("metadata %q: not valid UTF-8", k)
			}
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(&b, k)
			b.WriteByte(':')
			writeString(&b, metadata[k])
		}
		b.WriteByte('}')
	}
	seen := make(map[string]bool, len(tensors))
	var offset uint64
	for i, t := range tensors {
		switch {
		case t.Name == "":
			return nil, fmt.Errorf("tensor %d has an empty name", i)
		case t.Name == metadataKey:
			return nil, fmt.Errorf("tensor %d: the name %q is reserved", i, t.Name)
		case !utf8.ValidString(t.Name):
			return nil, fmt.Errorf("tensor %q: name is not valid UTF-8", t.Name)
		case seen[t.Name]:
			return nil, fmt.Errorf("tensor %q appears twice", t.Name)
		}
		seen[t.Name] = true
		size, ok := dtypeSizes[t.DType]
		if !ok {
			return nil, fmt.Errorf("tensor %q: unknown dtype %q", t.Name, t.DType)
		}
		need, err := numBytes(t.Shape, size)
		if err != nil {
			return nil, fmt.Errorf("tensor %q: %w", t.Name, err)
		}
		if need != uint64(len(t.Data)) {
			return nil, fmt.Errorf("tensor %q: %s shape %v needs %d bytes but has %d", t.Name, t.DType, t.Shape, need, len(t.Data))
		}
		if metadata != nil || i > 0 {
			b.WriteByte(',')
		}
		writeString(&b, t.Name)
		b.WriteString(`:{"dtype":`)
		writeString(&b, t.DType)
		// Written by hand so that a scalar's shape is [] and never null.
		b.WriteString(`,"shape":[`)
		for j, d := range t.Shape {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(d))
		}
		b.WriteString(`],"data_offsets":[`)
		b.WriteString(strconv.FormatUint(offset, 10))
		b.WriteByte(',')
		offset += need
		b.WriteString(strconv.FormatUint(offset, 10))
		b.WriteString("]}")
	}
	b.WriteByte('}')
	// Padding to 8 bytes keeps the data aligned for readers that map the
	// file and view it in place.
	for b.Len()%8 != 0 {
		b.WriteByte(' ')
	}
	return b.Bytes(), nil
}

// writeString writes s as a JSON string. HTML escaping is off so that names
// like "a<b" come out as the reference writer spells them.
func writeString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // cannot fail for a string
	b.Truncate(b.Len() - 1)
}

// tensorInfo is one tensor's entry in the JSON header. Pointers tell a
// missing field from an empty one.
type tensorInfo struct {
	DType       *string   `json:"dtype"`
	Shape       *[]int    `json:"shape"`
	DataOffsets *[]uint64 `json:"data_offsets"`
}

// Read reads a whole safetensors file from r. The name (usually the file
// name) is used in error messages. The tensors' Data slices share one
// buffer holding all of the file's data.
//
// Read checks that the header length is at most MaxHeaderSize and within the
// file, the header is valid JSON, every dtype is known, and every tensor's
// offsets lie within the data, span exactly product(shape) elements and do
// not overlap another tensor's. Unlike the reference reader it tolerates
// gaps between tensors and bytes after the last one, except in a file with a
// checksum (ChecksumKey), where any byte that differs from what was written
// is an error wrapping ErrChecksum.
func Read(r io.Reader, name string) (*File, error) {
	f, err := read(r)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %s: %w", name, err)
	}
	return f, nil
}

// ReadFile reads the safetensors file at path.
func ReadFile(path string) (*File, error) {
	fp, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	defer fp.Close()
	return Read(fp, path)
}

func read(r io.Reader) (*File, error) {
	var nb [8]byte
	if _, err := io.ReadFull(r, nb[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, errors.New("file is shorter than the 8-byte header length")
		}
		return nil, err
	}
	n := binary.LittleEndian.Uint64(nb[:])
	if n > MaxHeaderSize {
		return nil, fmt.Errorf("header length %d is larger than the %d limit", n, MaxHeaderSize)
	}
	// Read through a LimitReader rather than allocating n bytes up front,
	// so a corrupt length cannot make a short file allocate 100 MB.
	header, err := io.ReadAll(io.LimitReader(r, int64(n)))
	if err != nil {
		return nil, err
	}
	if uint64(len(header)) != n {
		return nil, fmt.Errorf("header length %d is beyond the end of the file (%d bytes of header)", n, len(header))
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parse(header, data)
}

func parse(header, data []byte) (*File, error) {
	if !utf8.Valid(header) {
		return nil, errors.New("header is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(header))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("header is not a JSON object")
	}
	f := &File{}
	// Decode key by key so that a name given twice is an error rather than
	// silently the last one.
	type span struct {
		begin, end uint64
		t          Tensor
	}
	var spans []span
	seen := make(map[string]bool)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("header: %w", err)
		}
		key, ok := tok.(string)
		if !ok {
			return nil, errors.New("header: object key is not a string")
		}
		if seen[key] {
			return nil, fmt.Errorf("header: %q appears twice", key)
		}
		seen[key] = true
		if key == metadataKey {
			if err := dec.Decode(&f.Metadata); err != nil {
				return nil, fmt.Errorf("header: %s: %w", metadataKey, err)
			}
			continue
		}
		var info tensorInfo
		if err := dec.Decode(&info); err != nil {
			return nil, fmt.Errorf("header: tensor %q: %w", key, err)
		}
		t, begin, end, err := checkInfo(key, info, uint64(len(data)))
		if err != nil {
			return nil, err
		}
		spans = append(spans, span{begin, end, t})
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return nil, fmt.Errorf("header: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("header: data after the JSON object")
	}

	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].begin != spans[j].begin {
			return spans[i].begin < spans[j].begin
		}
		return spans[i].end < spans[j].end
	})
	// Gaps between tensors are tolerated; overlaps are not.
	var prev uint64
	for i, s := range spans {
		if i > 0 && s.begin < prev {
			return nil, fmt.Errorf("tensor %q: offsets [%d, %d] overlap tensor %q", s.t.Name, s.begin, s.end, spans[i-1].t.Name)
		}
		prev = s.end
		// The full slice expression stops an append to one tensor's Data
		// from overwriting the next tensor.
		s.t.Data = data[s.begin:s.end:s.end]
		f.Tensors = append(f.Tensors, s.t)
	}
	if err := verify(f, data); err != nil {
		return nil, err
	}
	return f, nil
}

// checkInfo validates one header entry against the data length.
func checkInfo(name string, info tensorInfo, dataLen uint64) (t Tensor, begin, end uint64, err error) {
	fail := func(format string, a ...any) (Tensor, uint64, uint64, error) {
		return Tensor{}, 0, 0, fmt.Errorf("tensor %q: "+format, append([]any{name}, a...)...)
	}
	if info.DType == nil {
		return fail("no dtype")
	}
	if info.Shape == nil {
		return fail("no shape")
	}
	if info.DataOffsets == nil {
		return fail("no data_offsets")
	}
	size, ok := dtypeSizes[*info.DType]
	if !ok {
		return fail("unknown dtype %q", *info.DType)
	}
	shape := *info.Shape
	offs := *info.DataOffsets
	if len(offs) != 2 {
		return fail("data_offsets has %d values, want 2", len(offs))
	}
	begin, end = offs[0], offs[1]
	if end < begin {
		return fail("data_offsets [%d, %d] end before they begin", begin, end)
	}
	need, err := numBytes(shape, size)
	if err != nil {
		return fail("%v", err)
	}
	if end-begin != need {
		return fail("shape %v needs %d bytes but offsets span %d", shape, need, end-begin)
	}
	if end > dataLen {
		return fail("data_offsets [%d, %d] are beyond the %d bytes of data", begin, end, dataLen)
	}
	return Tensor{Name: name, DType: *info.DType, Shape: shape}, begin, end, nil
}
