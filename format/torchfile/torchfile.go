// Package torchfile reads the files PyTorch's torch.save writes, safely: it
// understands only what a state_dict holds and never runs anything.
//
// torch.save pickles the object (pickle protocol 2) with each tensor's
// storage replaced by a persistent id, and stores the storages beside the
// pickle: since PyTorch 1.6 in a zip archive (<name>/data.pkl,
// <name>/data/<key>, <name>/version, and from 2.1 <name>/byteorder), before
// that (and with _use_new_zipfile_serialization=False) as one stream of
// pickles followed by the raw storages (the legacy format).
//
// Unlike torch.load, which runs whatever a pickle names, this reader
// executes only the opcodes that build dicts, lists, tuples, numbers and
// strings, and knows four globals: collections.OrderedDict,
// torch._utils._rebuild_tensor_v2 (and _rebuild_parameter), and the storage
// types torch.FloatStorage, DoubleStorage, HalfStorage and LongStorage. A
// pickle that names any other global (os.system, builtins.eval, a class of
// the user's) is refused with the global's name before anything else
// happens. Tensors are bounded before anything is allocated for them
// (Limits), their views (offset, shape, strides) checked against their
// storage, and copied out contiguous.
package torchfile

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"slices"
	"sort"
	"strings"
)

// DType is a tensor's element type, named as safetensors names it.
type DType int

const (
	Float32 DType = iota
	Float64
	Float16
	Int64
)

var dtypeNames = [...]string{Float32: "F32", Float64: "F64", Float16: "F16", Int64: "I64"}
var dtypeSizes = [...]int64{Float32: 4, Float64: 8, Float16: 2, Int64: 8}

func (d DType) String() string { return dtypeNames[d] }

// Size is the element size in bytes.
func (d DType) Size() int { return int(dtypeSizes[d]) }

// Tensor is one tensor: its element type, shape and elements, contiguous in
// row-major order as little-endian bytes.
type Tensor struct {
	DType DType
	Shape []int
	Data  []byte

	// The view in its storage, until the data are copied out.
	ref    *storageRef
	offset int64
	stride []int64
}

// NumElements is the product of the shape.
func (t *Tensor) NumElements() int {
	n := 1
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// Float32s returns the elements as float32, converting from float64 or
// float16; an int64 tensor is an error.
func (t *Tensor) Float32s() ([]float32, error) {
	n := t.NumElements()
	v := make([]float32, n)
	switch t.DType {
	case Float32:
		for i := range v {
			v[i] = math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*i:]))
		}
	case Float64:
		for i := range v {
			v[i] = float32(math.Float64frombits(binary.LittleEndian.Uint64(t.Data[8*i:])))
		}
	case Float16:
		for i := range v {
			v[i] = half(binary.LittleEndian.Uint16(t.Data[2*i:]))
		}
	default:
		return nil, fmt.Errorf("a %s tensor has no float values", t.DType)
	}
	return v, nil
}

// Int64s returns the elements of an int64 tensor.
func (t *Tensor) Int64s() ([]int64, error) {
	if t.DType != Int64 {
		return nil, fmt.Errorf("a %s tensor has no int64 values", t.DType)
	}
	v := make([]int64, t.NumElements())
	for i := range v {
		v[i] = int64(binary.LittleEndian.Uint64(t.Data[8*i:]))
	}
	return v, nil
}

// half converts an IEEE 754 binary16 value to float32.
func half(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1f
	frac := uint32(h) & 0x3ff
	switch {
	case exp == 0x1f: // Inf, NaN
		return math.Float32frombits(sign | 0xff<<23 | frac<<13)
	case exp != 0:
		return math.Float32frombits(sign | (exp+112)<<23 | frac<<13)
	case frac == 0:
		return math.Float32frombits(sign)
	}
	// Subnormal: frac · 2^-24.
	v := float32(frac) * (1.0 / (1 << 24))
	if sign != 0 {
		v = -v
	}
	return v
}

// Limits bound what a file may make the reader allocate. Each is checked
// before the allocation it bounds.
type Limits struct {
	MaxTensorElements int64 // elements of one tensor
	MaxTotalBytes     int64 // all storages together
	MaxPickleBytes    int64 // the pickle (data.pkl)
}

// DefaultLimits fit any GAN gogan runs and Inception-v3 (its largest tensor
// has 2.1 million elements, all of them 95 MB) with room to spare.
var DefaultLimits = Limits{MaxTensorElements: 1 << 28, MaxTotalBytes: 4 << 30, MaxPickleBytes: 64 << 20}

// File is a torch.save file's content: the object it holds, made of nil,
// bool, int64, *big.Int, float64, string, []byte, Tuple, *List, *Dict and
// *Tensor values.
type File struct {
	Root any
}

// ReadFile reads the torch.save file at path with DefaultLimits.
func ReadFile(path string) (*File, error) {
	return ReadFileLimits(path, DefaultLimits)
}

// ReadFileLimits reads the torch.save file at path.
func ReadFileLimits(path string, lim Limits) (*File, error) {
	fp, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("torchfile: %w", err)
	}
	defer fp.Close()
	st, err := fp.Stat()
	if err != nil {
		return nil, fmt.Errorf("torchfile: %w", err)
	}
	return Read(fp, st.Size(), path, lim)
}

// ReadBytes reads a torch.save file held in memory; name (usually the file
// name) is used in error messages.
func ReadBytes(b []byte, name string, lim Limits) (*File, error) {
	return Read(bytes.NewReader(b), int64(len(b)), name, lim)
}

// Read reads a torch.save file of size bytes from r. The name (usually the
// file name) starts every error message.
func Read(r io.ReaderAt, size int64, name string, lim Limits) (*File, error) {
	f, err := read(r, size, lim)
	if err != nil {
		return nil, fmt.Errorf("torchfile: %s: %w", name, err)
	}
	return f, nil
}

// legacyMagic is the first pickle of a legacy torch.save file.
var legacyMagic, _ = new(big.Int).SetString("1950a86a20f9469cfc6c", 16)

func read(r io.ReaderAt, size int64, lim Limits) (*File, error) {
	var head [6]byte
	n, err := r.ReadAt(head[:], 0)
	if n < len(head) {
		if err == nil || errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%d bytes is too short for a torch.save file", size)
		}
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head[:], []byte("PK\x03\x04")) || bytes.HasPrefix(head[:], []byte("PK\x05\x06")):
		return readZip(r, size, lim)
	case bytes.Equal(head[:], []byte{0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc}):
		return readLegacy(r, size, lim)
	}
	return nil, errors.New("not a torch.save file: neither a zip archive nor the legacy format's magic number (a tar file of PyTorch before 0.4 is not read)")
}

// storages collects the storages the pickle's persistent ids name.
type storages struct {
	lim   Limits
	refs  map[string]*storageRef
	total int64
	data  map[string][]byte
}

// ref checks a persistent id, ('storage', torch.<T>Storage, key, location,
// numel) and in the legacy format a sixth value, the view metadata, None.
func (s *storages) ref(pid Tuple, legacy bool) (*storageRef, error) {
	want := 5
	if legacy {
		want = 6
	}
	if len(pid) != want {
		return nil, fmt.Errorf("a persistent id of %d values, want %d", len(pid), want)
	}
	if tag, _ := pid[0].(string); tag != "storage" {
		return nil, fmt.Errorf("a persistent id tagged %v, not 'storage'", pid[0])
	}
	g, ok := pid[1].(global)
	if !ok {
		return nil, fmt.Errorf("a storage type that is a %s", typeName(pid[1]))
	}
	dt, ok := storageTypes[g]
	if !ok {
		return nil, fmt.Errorf("storage type %s is not one of torch.FloatStorage, DoubleStorage, HalfStorage, LongStorage", g)
	}
	key, ok := pid[2].(string)
	if !ok || key == "" || len(key) > 64 || strings.ContainsAny(key, "/\\") || key == "." || key == ".." {
		return nil, fmt.Errorf("a storage key %v that is not a plain name", pid[2])
	}
	if _, ok := pid[3].(string); !ok {
		return nil, fmt.Errorf("storage %s: a location that is a %s", key, typeName(pid[3]))
	}
	numel, ok := pid[4].(int64)
	if !ok || numel < 0 {
		return nil, fmt.Errorf("storage %s: a length %v that is not an integer ≥ 0", key, pid[4])
	}
	if legacy && pid[5] != nil {
		return nil, fmt.Errorf("storage %s: a view of a storage (PyTorch before 0.4), not read", key)
	}
	if old, ok := s.refs[key]; ok {
		if old.dtype != dt || old.numel != numel {
			return nil, fmt.Errorf("storage %s is named as %d %s and as %d %s", key, old.numel, old.dtype, numel, dt)
		}
		return old, nil
	}
	if numel > (math.MaxInt64-s.total)/dtypeSizes[dt] || s.total+numel*dtypeSizes[dt] > s.lim.MaxTotalBytes {
		return nil, fmt.Errorf("storage %s of %d %s elements takes the storages past the %d-byte limit", key, numel, dt, s.lim.MaxTotalBytes)
	}
	s.total += numel * dtypeSizes[dt]
	ref := &storageRef{key: key, dtype: dt, numel: numel}
	s.refs[key] = ref
	return ref, nil
}

func readZip(r io.ReaderAt, size int64, lim Limits) (*File, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("not a readable zip archive (truncated?): %w", err)
	}
	entries := map[string]*zip.File{}
	var prefix string
	for _, f := range zr.File {
		i := strings.IndexByte(f.Name, '/')
		if i <= 0 {
			return nil, fmt.Errorf("archive entry %q is not inside the archive's folder", f.Name)
		}
		if prefix == "" {
			prefix = f.Name[:i]
		} else if f.Name[:i] != prefix {
			return nil, fmt.Errorf("archive entries in two folders, %q and %q", prefix, f.Name[:i])
		}
		entries[f.Name[i+1:]] = f
	}
	pkl, ok := entries["data.pkl"]
	if !ok {
		return nil, errors.New("the archive has no data.pkl: not a torch.save file")
	}
	if bo, ok := entries["byteorder"]; ok {
		b, err := readEntry(bo, 16)
		if err != nil {
			return nil, err
		}
		if string(b) != "little" {
			return nil, fmt.Errorf("byteorder %q: only little-endian files are read", b)
		}
	}
	if pkl.UncompressedSize64 > uint64(lim.MaxPickleBytes) {
		return nil, fmt.Errorf("data.pkl of %d bytes is over the %d-byte limit", pkl.UncompressedSize64, lim.MaxPickleBytes)
	}
	p, err := readEntry(pkl, lim.MaxPickleBytes)
	if err != nil {
		return nil, err
	}
	st := &storages{lim: lim, refs: map[string]*storageRef{}, data: map[string][]byte{}}
	u := &unpickler{data: p, storage: func(pid Tuple) (*storageRef, error) { return st.ref(pid, false) }}
	root, err := u.load()
	if err != nil {
		return nil, fmt.Errorf("data.pkl: %w", err)
	}
	keys := make([]string, 0, len(st.refs))
	for k := range st.refs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ref := st.refs[k]
		e, ok := entries["data/"+k]
		if !ok {
			return nil, fmt.Errorf("storage data/%s, which a tensor uses, is missing from the archive", k)
		}
		want := ref.numel * dtypeSizes[ref.dtype]
		if e.UncompressedSize64 != uint64(want) {
			return nil, fmt.Errorf("storage data/%s holds %d bytes, but data.pkl says %d %s elements (%d bytes)", k, e.UncompressedSize64, ref.numel, ref.dtype, want)
		}
		b, err := readEntry(e, want)
		if err != nil {
			return nil, err
		}
		if int64(len(b)) != want {
			return nil, fmt.Errorf("storage data/%s holds %d bytes, but data.pkl says %d %s elements (%d bytes)", k, len(b), ref.numel, ref.dtype, want)
		}
		st.data[k] = b
	}
	if err := materialize(root, st, lim); err != nil {
		return nil, err
	}
	return &File{Root: root}, nil
}

// readEntry reads a zip entry of at most max bytes.
func readEntry(f *zip.File, max int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w (truncated archive?)", f.Name, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s is larger than %d bytes", f.Name, max)
	}
	return b, nil
}

// readLegacy reads the format before PyTorch 1.6: the pickles of the magic
// number, the protocol version (1001) and the system information, the
// object's pickle, the pickle of the sorted storage keys, then each storage
// in that order as an int64 element count and its raw bytes.
func readLegacy(r io.ReaderAt, size int64, lim Limits) (*File, error) {
	if size > lim.MaxTotalBytes+lim.MaxPickleBytes {
		return nil, fmt.Errorf("%d bytes is over the limit of %d", size, lim.MaxTotalBytes+lim.MaxPickleBytes)
	}
	buf := make([]byte, size)
	if n, err := r.ReadAt(buf, 0); int64(n) != size {
		return nil, fmt.Errorf("reading the file: %w", err)
	}
	st := &storages{lim: lim, refs: map[string]*storageRef{}, data: map[string][]byte{}}
	u := &unpickler{data: buf, storage: func(pid Tuple) (*storageRef, error) { return st.ref(pid, true) }}
	object := u.storage
	u.storage = func(Tuple) (*storageRef, error) { return nil, errors.New("a persistent id in the header") }
	magic, err := u.load()
	if err != nil {
		return nil, fmt.Errorf("magic number: %w", err)
	}
	if m, ok := magic.(*big.Int); !ok || m.Cmp(legacyMagic) != 0 {
		return nil, errors.New("the legacy format's magic number is wrong")
	}
	proto, err := u.load()
	if err != nil {
		return nil, fmt.Errorf("protocol version: %w", err)
	}
	if proto != int64(1001) {
		return nil, fmt.Errorf("legacy protocol version %v, want 1001", proto)
	}
	info, err := u.load()
	if err != nil {
		return nil, fmt.Errorf("system information: %w", err)
	}
	if d, ok := info.(*Dict); ok {
		if le, ok := d.Get("little_endian"); ok && le != true {
			return nil, errors.New("a big-endian file: only little-endian files are read")
		}
	} else {
		return nil, fmt.Errorf("system information is a %s, not a dict", typeName(info))
	}
	u.storage = object
	root, err := u.load()
	if err != nil {
		return nil, fmt.Errorf("object: %w", err)
	}
	u.storage = func(Tuple) (*storageRef, error) { return nil, errors.New("a persistent id in the storage keys") }
	kv, err := u.load()
	if err != nil {
		return nil, fmt.Errorf("storage keys: %w", err)
	}
	kl, ok := kv.(*List)
	if !ok {
		return nil, fmt.Errorf("storage keys are a %s, not a list", typeName(kv))
	}
	pos := int64(u.pos)
	for _, k := range kl.Items {
		key, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("a storage key that is a %s", typeName(k))
		}
		ref, ok := st.refs[key]
		if !ok {
			return nil, fmt.Errorf("storage %s is in the file but no tensor names it", key)
		}
		if _, dup := st.data[key]; dup {
			return nil, fmt.Errorf("storage %s appears twice", key)
		}
		if size-pos < 8 {
			return nil, fmt.Errorf("the file ends before storage %s", key)
		}
		numel := int64(binary.LittleEndian.Uint64(buf[pos:]))
		pos += 8
		if numel != ref.numel {
			return nil, fmt.Errorf("storage %s holds %d elements, but the pickle says %d", key, numel, ref.numel)
		}
		want := ref.numel * dtypeSizes[ref.dtype]
		if size-pos < want {
			return nil, fmt.Errorf("the file ends inside storage %s: %d of its %d bytes are there", key, size-pos, want)
		}
		st.data[key] = buf[pos : pos+want : pos+want]
		pos += want
	}
	if pos != size {
		return nil, fmt.Errorf("%d bytes after the last storage", size-pos)
	}
	if err := materialize(root, st, lim); err != nil {
		return nil, err
	}
	return &File{Root: root}, nil
}

// maxDepth bounds the nesting of containers (a pickle can build a dict
// that holds itself).
const maxDepth = 32

// materialize copies every tensor reachable from root out of its storage,
// contiguous, after checking its view; tensors shared between places are
// copied once.
func materialize(root any, st *storages, lim Limits) error {
	done := map[*Tensor]bool{}
	var walk func(v any, path string, depth int) error
	walk = func(v any, path string, depth int) error {
		if depth > maxDepth {
			return fmt.Errorf("%s: containers nested more than %d deep", orRoot(path), maxDepth)
		}
		switch v := v.(type) {
		case *Tensor:
			if done[v] {
				return nil
			}
			done[v] = true
			if err := v.copyOut(st, lim); err != nil {
				return fmt.Errorf("tensor %s: %w", orRoot(path), err)
			}
		case *Dict:
			for i, k := range v.Keys {
				if err := walk(v.Values[i], join(path, fmt.Sprint(k)), depth+1); err != nil {
					return err
				}
			}
		case *List:
			for i, x := range v.Items {
				if err := walk(x, join(path, fmt.Sprint(i)), depth+1); err != nil {
					return err
				}
			}
		case Tuple:
			for i, x := range v {
				if err := walk(x, join(path, fmt.Sprint(i)), depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(root, "", 0)
}

func orRoot(p string) string {
	if p == "" {
		return "(the file's object)"
	}
	return fmt.Sprintf("%q", p)
}

func join(p, k string) string {
	if p == "" {
		return k
	}
	return p + "/" + k
}

// copyOut checks the tensor's view against its storage and copies it out.
func (t *Tensor) copyOut(st *storages, lim Limits) error {
	if t.ref == nil {
		return nil
	}
	ref := t.ref
	var n int64 = 1
	for _, d := range t.Shape {
		if d != 0 && n > lim.MaxTensorElements/int64(d) {
			return fmt.Errorf("shape %v has more than the %d elements a tensor may have", t.Shape, lim.MaxTensorElements)
		}
		n *= int64(d)
	}
	if n > lim.MaxTensorElements {
		return fmt.Errorf("shape %v has more than the %d elements a tensor may have", t.Shape, lim.MaxTensorElements)
	}
	view := fmt.Sprintf("offset %d, shape %v, strides %v", t.offset, t.Shape, t.stride)
	if n > 0 {
		// The last element the view reaches must lie inside the storage.
		last := t.offset
		for i, d := range t.Shape {
			if d > 1 {
				if t.stride[i] > ref.numel {
					return fmt.Errorf("%s reaches past its storage %s of %d elements", view, ref.key, ref.numel)
				}
				if int64(d-1) > (math.MaxInt64-last)/max(t.stride[i], 1) {
					return fmt.Errorf("%s overflows", view)
				}
				last += int64(d-1) * t.stride[i]
				if last >= ref.numel {
					break
				}
			}
		}
		if last >= ref.numel {
			return fmt.Errorf("%s reaches element %d of its storage %s, which has %d", view, last, ref.key, ref.numel)
		}
	}
	data := st.data[ref.key]
	es := dtypeSizes[ref.dtype]
	out := make([]byte, n*es)
	t.Data = out
	t.ref = nil
	if n == 0 {
		return nil
	}
	contiguous := true
	want := int64(1)
	for i := len(t.Shape) - 1; i >= 0; i-- {
		if t.Shape[i] != 1 && t.stride[i] != want {
			contiguous = false
		}
		want *= int64(t.Shape[i])
	}
	if contiguous {
		copy(out, data[t.offset*es:(t.offset+n)*es])
		return nil
	}
	idx := make([]int, len(t.Shape))
	src := t.offset
	for o := int64(0); o < n; o++ {
		copy(out[o*es:(o+1)*es], data[src*es:(src+1)*es])
		for d := len(idx) - 1; d >= 0; d-- {
			idx[d]++
			src += t.stride[d]
			if idx[d] < t.Shape[d] {
				break
			}
			src -= int64(idx[d]) * t.stride[d]
			idx[d] = 0
		}
	}
	return nil
}

// StateDict is a dict of tensors found in a file: its place (the keys that
// lead to it from the file's object, joined by "/"; "" for the object
// itself) and its tensors by name, in the file's order.
type StateDict struct {
	Path    string
	Names   []string
	Tensors []*Tensor
}

// Get returns the tensor called name.
func (s StateDict) Get(name string) (*Tensor, bool) {
	if i := slices.Index(s.Names, name); i >= 0 {
		return s.Tensors[i], true
	}
	return nil, false
}

// StateDicts lists every dict in the file whose keys are strings and whose
// values are all tensors (a module's state_dict), searching dicts nested in
// dicts: {"generator": G.state_dict(), "discriminator": ..., "epoch": 3}
// gives two.
func (f *File) StateDicts() []StateDict {
	var out []StateDict
	seen := map[*Dict]bool{}
	var walk func(v any, path string, depth int)
	walk = func(v any, path string, depth int) {
		d, ok := v.(*Dict)
		if !ok || seen[d] || depth > maxDepth {
			return
		}
		seen[d] = true
		sd := StateDict{Path: path}
		all := d.Len() > 0
		for i, k := range d.Keys {
			name, ok1 := k.(string)
			t, ok2 := d.Values[i].(*Tensor)
			if !ok1 || !ok2 {
				all = false
				break
			}
			sd.Names = append(sd.Names, name)
			sd.Tensors = append(sd.Tensors, t)
		}
		if all {
			out = append(out, sd)
			return
		}
		for i, k := range d.Keys {
			if name, ok := k.(string); ok {
				walk(d.Values[i], join(path, name), depth+1)
			}
		}
	}
	walk(f.Root, "", 0)
	return out
}
