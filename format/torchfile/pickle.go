package torchfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// Tuple is a pickled tuple.
type Tuple []any

// List is a pickled list. It is a pointer so that APPENDS on a memoised list
// reaches every reference to it, as in Python.
type List struct{ Items []any }

// Dict is a pickled dict or collections.OrderedDict, its items in insertion
// order (a key set twice keeps its first place and its last value, as in
// Python).
type Dict struct {
	Keys   []any
	Values []any
}

// Len is the number of items.
func (d *Dict) Len() int { return len(d.Keys) }

// Get returns the value of the string key k.
func (d *Dict) Get(k string) (any, bool) {
	for i, key := range d.Keys {
		if s, ok := key.(string); ok && s == k {
			return d.Values[i], true
		}
	}
	return nil, false
}

func (d *Dict) set(k, v any) error {
	switch k.(type) {
	case string, int64, bool, nil, float64:
	default:
		return fmt.Errorf("a dict key of type %s", typeName(k))
	}
	for i, key := range d.Keys {
		if key == k {
			d.Values[i] = v
			return nil
		}
	}
	d.Keys = append(d.Keys, k)
	d.Values = append(d.Values, v)
	return nil
}

// global is a class or function the pickle named (GLOBAL), one of the few
// this reader knows.
type global struct{ module, name string }

func (g global) String() string { return g.module + "." + g.name }

// mark is the MARK opcode's place holder on the stack.
type mark struct{}

// storageRef is a storage named by a persistent id: its key in the archive,
// its element type and its length in elements.
type storageRef struct {
	key   string
	dtype DType
	numel int64
}

// The globals a state_dict's pickle uses. Nothing else is ever looked up:
// any other name is an error naming it.
var (
	gOrderedDict  = global{"collections", "OrderedDict"}
	gRebuild      = global{"torch._utils", "_rebuild_tensor_v2"}
	gRebuildParam = global{"torch._utils", "_rebuild_parameter"}
	storageTypes  = map[global]DType{
		{"torch", "FloatStorage"}:  Float32,
		{"torch", "DoubleStorage"}: Float64,
		{"torch", "HalfStorage"}:   Float16,
		{"torch", "LongStorage"}:   Int64,
	}
)

func allowed(g global) bool {
	if _, ok := storageTypes[g]; ok {
		return true
	}
	return g == gOrderedDict || g == gRebuild || g == gRebuildParam
}

// Pickle opcodes (protocols 0 to 4) this reader executes. Any other opcode
// is an error naming it.
const (
	opMark           = '('
	opStop           = '.'
	opPop            = '0'
	opPopMark        = '1'
	opBinFloat       = 'G'
	opBinInt         = 'J'
	opBinInt1        = 'K'
	opBinInt2        = 'M'
	opNone           = 'N'
	opBinPersID      = 'Q'
	opReduce         = 'R'
	opBinString      = 'T'
	opShortBinString = 'U'
	opBinUnicode     = 'X'
	opAppend         = 'a'
	opBuild          = 'b'
	opGlobal         = 'c'
	opDict           = 'd'
	opAppends        = 'e'
	opBinGet         = 'h'
	opLongBinGet     = 'j'
	opList           = 'l'
	opBinPut         = 'q'
	opLongBinPut     = 'r'
	opSetItem        = 's'
	opTuple          = 't'
	opSetItems       = 'u'
	opEmptyDict      = '}'
	opEmptyList      = ']'
	opEmptyTuple     = ')'
	opBinBytes       = 'B'
	opShortBinBytes  = 'C'
	opProto          = 0x80
	opTuple1         = 0x85
	opTuple2         = 0x86
	opTuple3         = 0x87
	opNewTrue        = 0x88
	opNewFalse       = 0x89
	opLong1          = 0x8a
	opShortBinUni    = 0x8c
	opBinUnicode8    = 0x8d
	opStackGlobal    = 0x93
	opMemoize        = 0x94
	opFrame          = 0x95
)

// opNames names the opcodes a pickle may hold that this reader refuses, so
// the error says what the file asked for.
var opNames = map[byte]string{
	'i': "INST", 'o': "OBJ", 0x81: "NEWOBJ", 0x92: "NEWOBJ_EX", 'P': "PERSID",
	0x82: "EXT1", 0x83: "EXT2", 0x84: "EXT4", 'I': "INT", 'L': "LONG", 'F': "FLOAT",
	'S': "STRING", 'V': "UNICODE", 'p': "PUT", 'g': "GET", '2': "DUP", 0x8b: "LONG4",
	0x8e: "BINBYTES8", 0x8f: "EMPTY_SET", 0x90: "ADDITEMS", 0x91: "FROZENSET",
	0x96: "BYTEARRAY8", 0x97: "NEXT_BUFFER", 0x98: "READONLY_BUFFER",
}

// maxLongBytes bounds LONG1 integers: the legacy format's magic number has
// 10 bytes; nothing in a state_dict needs more.
const maxLongBytes = 16

// unpickler runs the pickle opcodes a state_dict needs on a byte slice.
type unpickler struct {
	data    []byte
	pos     int
	stack   []any
	marks   []int
	memo    map[uint32]any
	storage func(pid Tuple) (*storageRef, error)
	tensors int // tensors built, bounded by the file's size
}

var errTruncated = errors.New("the pickle ends before its STOP opcode")

func (u *unpickler) read(n int) ([]byte, error) {
	if n < 0 || n > len(u.data)-u.pos {
		return nil, errTruncated
	}
	b := u.data[u.pos : u.pos+n]
	u.pos += n
	return b, nil
}

func (u *unpickler) byte() (byte, error) {
	b, err := u.read(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (u *unpickler) uint(n int) (uint64, error) {
	b, err := u.read(n)
	if err != nil {
		return 0, err
	}
	var v uint64
	for i := n - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v, nil
}

func (u *unpickler) line() (string, error) {
	for i := u.pos; i < len(u.data) && i-u.pos < 256; i++ {
		if u.data[i] == '\n' {
			s := string(u.data[u.pos:i])
			u.pos = i + 1
			return s, nil
		}
	}
	return "", errors.New("a GLOBAL opcode's name has no end of line within 256 bytes")
}

func (u *unpickler) push(v any) { u.stack = append(u.stack, v) }

func (u *unpickler) pop() (any, error) {
	if len(u.stack) == 0 || (len(u.marks) > 0 && len(u.stack) <= u.marks[len(u.marks)-1]) {
		return nil, errors.New("an opcode pops from an empty stack")
	}
	v := u.stack[len(u.stack)-1]
	u.stack = u.stack[:len(u.stack)-1]
	return v, nil
}

func (u *unpickler) top() (any, error) {
	if len(u.stack) == 0 || (len(u.marks) > 0 && len(u.stack) <= u.marks[len(u.marks)-1]) {
		return nil, errors.New("an opcode reads an empty stack")
	}
	return u.stack[len(u.stack)-1], nil
}

// popMark pops everything above the last MARK, and the mark.
func (u *unpickler) popMark() ([]any, error) {
	if len(u.marks) == 0 {
		return nil, errors.New("an opcode needs a MARK that is not there")
	}
	m := u.marks[len(u.marks)-1]
	u.marks = u.marks[:len(u.marks)-1]
	items := append([]any(nil), u.stack[m:]...)
	u.stack = u.stack[:m]
	return items, nil
}

func (u *unpickler) str(n uint64, what string) (string, error) {
	if n > uint64(len(u.data)-u.pos) {
		return "", errTruncated
	}
	b, _ := u.read(int(n))
	if !utf8.Valid(b) {
		return "", fmt.Errorf("a %s that is not valid UTF-8", what)
	}
	return string(b), nil
}

// load runs the pickle from u.pos to its STOP and returns the object it
// built.
func (u *unpickler) load() (any, error) {
	u.memo = map[uint32]any{}
	for {
		at := u.pos
		op, err := u.byte()
		if err != nil {
			return nil, err
		}
		done, v, err := u.step(op)
		if err != nil {
			return nil, fmt.Errorf("pickle opcode %s at byte %d: %w", opName(op), at, err)
		}
		if done {
			return v, nil
		}
	}
}

func opName(op byte) string {
	if n, ok := opNames[op]; ok {
		return n
	}
	if op >= 0x20 && op < 0x7f {
		return fmt.Sprintf("%q", rune(op))
	}
	return fmt.Sprintf("0x%02x", op)
}

func (u *unpickler) step(op byte) (done bool, result any, err error) {
	switch op {
	case opProto:
		p, err := u.byte()
		if err != nil {
			return false, nil, err
		}
		if p > 5 {
			return false, nil, fmt.Errorf("pickle protocol %d is newer than 5", p)
		}
	case opFrame:
		if _, err := u.read(8); err != nil {
			return false, nil, err
		}
	case opStop:
		v, err := u.pop()
		if err != nil {
			return false, nil, err
		}
		if len(u.stack) != 0 || len(u.marks) != 0 {
			return false, nil, fmt.Errorf("STOP leaves %d values and %d marks on the stack", len(u.stack), len(u.marks))
		}
		return true, v, nil
	case opMark:
		if len(u.marks) >= 1<<16 {
			return false, nil, errors.New("more than 65536 nested marks")
		}
		u.marks = append(u.marks, len(u.stack))
	case opPop:
		if len(u.stack) > 0 && (len(u.marks) == 0 || len(u.stack) > u.marks[len(u.marks)-1]) {
			u.stack = u.stack[:len(u.stack)-1]
		} else if _, err := u.popMark(); err != nil { // POP of a mark discards it
			return false, nil, err
		}
	case opPopMark:
		if _, err := u.popMark(); err != nil {
			return false, nil, err
		}
	case opNone:
		u.push(nil)
	case opNewTrue:
		u.push(true)
	case opNewFalse:
		u.push(false)
	case opBinInt1, opBinInt2:
		n := 1
		if op == opBinInt2 {
			n = 2
		}
		v, err := u.uint(n)
		if err != nil {
			return false, nil, err
		}
		u.push(int64(v))
	case opBinInt:
		v, err := u.uint(4)
		if err != nil {
			return false, nil, err
		}
		u.push(int64(int32(uint32(v))))
	case opLong1:
		n, err := u.byte()
		if err != nil {
			return false, nil, err
		}
		if n > maxLongBytes {
			return false, nil, fmt.Errorf("an integer of %d bytes (at most %d)", n, maxLongBytes)
		}
		b, err := u.read(int(n))
		if err != nil {
			return false, nil, err
		}
		u.push(long(b))
	case opBinFloat:
		b, err := u.read(8)
		if err != nil {
			return false, nil, err
		}
		u.push(math.Float64frombits(binary.BigEndian.Uint64(b)))
	case opBinUnicode, opShortBinUni, opBinUnicode8, opBinString, opShortBinString:
		n := map[byte]int{opBinUnicode: 4, opShortBinUni: 1, opBinUnicode8: 8, opBinString: 4, opShortBinString: 1}[op]
		l, err := u.uint(n)
		if err != nil {
			return false, nil, err
		}
		s, err := u.str(l, "string")
		if err != nil {
			return false, nil, err
		}
		u.push(s)
	case opBinBytes, opShortBinBytes:
		n := 4
		if op == opShortBinBytes {
			n = 1
		}
		l, err := u.uint(n)
		if err != nil {
			return false, nil, err
		}
		if l > uint64(len(u.data)-u.pos) {
			return false, nil, errTruncated
		}
		b, _ := u.read(int(l))
		u.push(append([]byte(nil), b...))
	case opEmptyTuple:
		u.push(Tuple{})
	case opEmptyList:
		u.push(&List{})
	case opEmptyDict:
		u.push(&Dict{})
	case opTuple1, opTuple2, opTuple3:
		n := int(op-opTuple1) + 1
		if len(u.stack) < n || (len(u.marks) > 0 && len(u.stack)-n < u.marks[len(u.marks)-1]) {
			return false, nil, errors.New("fewer values on the stack than the tuple takes")
		}
		t := append(Tuple(nil), u.stack[len(u.stack)-n:]...)
		u.stack = u.stack[:len(u.stack)-n]
		u.push(t)
	case opTuple:
		items, err := u.popMark()
		if err != nil {
			return false, nil, err
		}
		u.push(Tuple(items))
	case opList:
		items, err := u.popMark()
		if err != nil {
			return false, nil, err
		}
		u.push(&List{Items: items})
	case opDict:
		items, err := u.popMark()
		if err != nil {
			return false, nil, err
		}
		d := &Dict{}
		if err := setItems(d, items); err != nil {
			return false, nil, err
		}
		u.push(d)
	case opAppend, opAppends:
		var items []any
		if op == opAppend {
			v, err := u.pop()
			if err != nil {
				return false, nil, err
			}
			items = []any{v}
		} else if items, err = u.popMark(); err != nil {
			return false, nil, err
		}
		t, err := u.top()
		if err != nil {
			return false, nil, err
		}
		l, ok := t.(*List)
		if !ok {
			return false, nil, fmt.Errorf("appends to a %s, not a list", typeName(t))
		}
		l.Items = append(l.Items, items...)
	case opSetItem, opSetItems:
		var items []any
		if op == opSetItem {
			v, err := u.pop()
			if err != nil {
				return false, nil, err
			}
			k, err := u.pop()
			if err != nil {
				return false, nil, err
			}
			items = []any{k, v}
		} else if items, err = u.popMark(); err != nil {
			return false, nil, err
		}
		t, err := u.top()
		if err != nil {
			return false, nil, err
		}
		d, ok := t.(*Dict)
		if !ok {
			return false, nil, fmt.Errorf("sets items of a %s, not a dict", typeName(t))
		}
		if err := setItems(d, items); err != nil {
			return false, nil, err
		}
	case opBinPut, opLongBinPut, opMemoize:
		var idx uint64
		if op == opMemoize {
			idx = uint64(len(u.memo))
		} else {
			n := 1
			if op == opLongBinPut {
				n = 4
			}
			if idx, err = u.uint(n); err != nil {
				return false, nil, err
			}
		}
		v, err := u.top()
		if err != nil {
			return false, nil, err
		}
		u.memo[uint32(idx)] = v
	case opBinGet, opLongBinGet:
		n := 1
		if op == opLongBinGet {
			n = 4
		}
		idx, err := u.uint(n)
		if err != nil {
			return false, nil, err
		}
		v, ok := u.memo[uint32(idx)]
		if !ok {
			return false, nil, fmt.Errorf("memo entry %d was never stored", idx)
		}
		u.push(v)
	case opGlobal:
		mod, err := u.line()
		if err != nil {
			return false, nil, err
		}
		name, err := u.line()
		if err != nil {
			return false, nil, err
		}
		g, err := checkGlobal(mod, name)
		if err != nil {
			return false, nil, err
		}
		u.push(g)
	case opStackGlobal:
		nv, err := u.pop()
		if err != nil {
			return false, nil, err
		}
		mv, err := u.pop()
		if err != nil {
			return false, nil, err
		}
		mod, ok1 := mv.(string)
		name, ok2 := nv.(string)
		if !ok1 || !ok2 {
			return false, nil, errors.New("STACK_GLOBAL's module and name are not strings")
		}
		g, err := checkGlobal(mod, name)
		if err != nil {
			return false, nil, err
		}
		u.push(g)
	case opBinPersID:
		v, err := u.pop()
		if err != nil {
			return false, nil, err
		}
		pid, ok := v.(Tuple)
		if !ok {
			return false, nil, fmt.Errorf("a persistent id that is a %s, not a tuple", typeName(v))
		}
		ref, err := u.storage(pid)
		if err != nil {
			return false, nil, err
		}
		u.push(ref)
	case opReduce:
		av, err := u.pop()
		if err != nil {
			return false, nil, err
		}
		fv, err := u.pop()
		if err != nil {
			return false, nil, err
		}
		args, ok := av.(Tuple)
		if !ok {
			return false, nil, fmt.Errorf("REDUCE's arguments are a %s, not a tuple", typeName(av))
		}
		v, err := u.reduce(fv, args)
		if err != nil {
			return false, nil, err
		}
		u.push(v)
	case opBuild:
		// OrderedDict's state: the state_dict's _metadata attribute (layer
		// versions), which loading does not need.
		state, err := u.pop()
		if err != nil {
			return false, nil, err
		}
		t, err := u.top()
		if err != nil {
			return false, nil, err
		}
		if _, ok := t.(*Dict); !ok {
			return false, nil, fmt.Errorf("sets the state of a %s; only an OrderedDict's is read", typeName(t))
		}
		if _, ok := state.(*Dict); !ok {
			return false, nil, fmt.Errorf("an OrderedDict state that is a %s, not a dict", typeName(state))
		}
	default:
		return false, nil, errors.New("not one a state_dict needs; refused")
	}
	return false, nil, nil
}

// checkGlobal refuses every global but the few a state_dict needs, before
// anything else happens: nothing named in a pickle is ever run.
func checkGlobal(mod, name string) (global, error) {
	g := global{mod, name}
	if !allowed(g) {
		return global{}, fmt.Errorf("the pickle asks for the global %s, which a state_dict never holds: refused (nothing in the file is executed)", quoteGlobal(mod, name))
	}
	return g, nil
}

func quoteGlobal(mod, name string) string {
	s := mod + "." + name
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return fmt.Sprintf("%q", s)
}

func setItems(d *Dict, items []any) error {
	if len(items)%2 != 0 {
		return fmt.Errorf("an odd number (%d) of keys and values", len(items))
	}
	for i := 0; i < len(items); i += 2 {
		if err := d.set(items[i], items[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// maxTensors bounds the tensors of one file.
const maxTensors = 1 << 20

func (u *unpickler) reduce(fv any, args Tuple) (any, error) {
	g, ok := fv.(global)
	if !ok {
		return nil, fmt.Errorf("REDUCE calls a %s, not a known global", typeName(fv))
	}
	switch g {
	case gOrderedDict:
		d := &Dict{}
		if len(args) == 0 {
			return d, nil
		}
		if len(args) != 1 {
			return nil, fmt.Errorf("collections.OrderedDict takes one argument, got %d", len(args))
		}
		var pairs []any
		switch a := args[0].(type) {
		case *List:
			pairs = a.Items
		case Tuple:
			pairs = a
		case *Dict:
			for i := range a.Keys {
				pairs = append(pairs, Tuple{a.Keys[i], a.Values[i]})
			}
		default:
			return nil, fmt.Errorf("collections.OrderedDict of a %s", typeName(args[0]))
		}
		for _, p := range pairs {
			kv, ok := p.(Tuple)
			if !ok || len(kv) != 2 {
				return nil, errors.New("collections.OrderedDict of items that are not pairs")
			}
			if err := d.set(kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	case gRebuild:
		if u.tensors++; u.tensors > maxTensors {
			return nil, fmt.Errorf("more than %d tensors", maxTensors)
		}
		return rebuildTensor(args)
	case gRebuildParam:
		if len(args) < 1 {
			return nil, errors.New("torch._utils._rebuild_parameter without its tensor")
		}
		t, ok := args[0].(*Tensor)
		if !ok {
			return nil, fmt.Errorf("torch._utils._rebuild_parameter of a %s, not a tensor", typeName(args[0]))
		}
		return t, nil
	}
	return nil, fmt.Errorf("REDUCE calls %s, which only a persistent id may name", g)
}

// maxDims bounds a tensor's dimensions (PyTorch allows 64).
const maxDims = 64

// rebuildTensor reads _rebuild_tensor_v2's arguments: (storage,
// storage_offset, size, stride, requires_grad, backward_hooks[, metadata]).
// The data are copied out of the storage later, once every storage is known.
func rebuildTensor(args Tuple) (*Tensor, error) {
	if len(args) != 6 && len(args) != 7 {
		return nil, fmt.Errorf("torch._utils._rebuild_tensor_v2 with %d arguments, want 6 or 7", len(args))
	}
	ref, ok := args[0].(*storageRef)
	if !ok {
		return nil, fmt.Errorf("a tensor whose storage is a %s, not a persistent id", typeName(args[0]))
	}
	off, ok := args[1].(int64)
	if !ok || off < 0 {
		return nil, fmt.Errorf("a tensor's storage offset %v is not an integer ≥ 0", args[1])
	}
	shape, err := ints(args[2], "size")
	if err != nil {
		return nil, err
	}
	stride, err := ints(args[3], "stride")
	if err != nil {
		return nil, err
	}
	if len(stride) != len(shape) {
		return nil, fmt.Errorf("a tensor of size %v with %d strides %v", shape, len(stride), stride)
	}
	if _, ok := args[4].(bool); !ok {
		return nil, fmt.Errorf("a tensor's requires_grad %v is not a bool", args[4])
	}
	if _, ok := args[5].(*Dict); !ok {
		return nil, fmt.Errorf("a tensor's backward hooks are a %s, not an OrderedDict", typeName(args[5]))
	}
	if len(args) == 7 {
		if _, ok := args[6].(*Dict); !ok && args[6] != nil {
			return nil, fmt.Errorf("a tensor's metadata is a %s, not a dict", typeName(args[6]))
		}
	}
	sh := make([]int, len(shape))
	for i, d := range shape {
		sh[i] = int(d)
	}
	return &Tensor{DType: ref.dtype, Shape: sh, ref: ref, offset: off, stride: stride}, nil
}

func ints(v any, what string) ([]int64, error) {
	t, ok := v.(Tuple)
	if !ok {
		return nil, fmt.Errorf("a tensor's %s is a %s, not a tuple", what, typeName(v))
	}
	if len(t) > maxDims {
		return nil, fmt.Errorf("a tensor's %s has %d dimensions (at most %d)", what, len(t), maxDims)
	}
	out := make([]int64, len(t))
	for i, x := range t {
		n, ok := x.(int64)
		if !ok || n < 0 || n > 1<<40 {
			return nil, fmt.Errorf("a tensor's %s %v holds %v, not an integer ≥ 0", what, t, x)
		}
		out[i] = n
	}
	return out, nil
}

// long decodes LONG1's little-endian two's complement: an int64 when it
// fits, else a *big.Int.
func long(b []byte) any {
	if len(b) == 0 {
		return int64(0)
	}
	if len(b) <= 8 {
		var v uint64
		for i := len(b) - 1; i >= 0; i-- {
			v = v<<8 | uint64(b[i])
		}
		shift := 64 - 8*uint(len(b))
		return int64(v<<shift) >> shift
	}
	be := make([]byte, len(b))
	for i := range b {
		be[len(b)-1-i] = b[i]
	}
	n := new(big.Int).SetBytes(be)
	if b[len(b)-1]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	if n.IsInt64() {
		return n.Int64()
	}
	return n
}

func typeName(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case Tuple:
		return "tuple"
	case *List:
		return "list"
	case *Dict:
		return "dict"
	case *Tensor:
		return "tensor"
	case global:
		return strings.TrimSpace("global " + v.String())
	case *storageRef:
		return "storage"
	}
	return fmt.Sprintf("%T", v)
}
