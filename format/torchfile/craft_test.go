package torchfile

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"math"
	"testing"
)

// pk writes pickle opcodes by hand, for files torch.save would never write.
type pk struct{ bytes.Buffer }

func (p *pk) op(b ...byte) *pk { p.Write(b); return p }

func (p *pk) str(s string) *pk {
	p.WriteByte(opBinUnicode)
	binary.Write(p, binary.LittleEndian, uint32(len(s)))
	p.WriteString(s)
	return p
}

func (p *pk) int(n int64) *pk {
	if n >= math.MinInt32 && n <= math.MaxInt32 {
		p.WriteByte(opBinInt)
		binary.Write(p, binary.LittleEndian, int32(n))
		return p
	}
	p.op(opLong1, 8)
	binary.Write(p, binary.LittleEndian, n)
	return p
}

func (p *pk) global(mod, name string) *pk {
	p.WriteByte(opGlobal)
	p.WriteString(mod + "\n" + name + "\n")
	return p
}

func (p *pk) tuple(ns ...int64) *pk {
	p.op(opMark)
	for _, n := range ns {
		p.int(n)
	}
	return p.op(opTuple)
}

// view describes one tensor of a crafted state_dict.
type view struct {
	name, storageType, key string
	numel, offset          int64
	shape, stride          []int64
}

// stateDictPickle is the pickle torch.save writes for an OrderedDict of
// tensors, opcode for opcode (less the memo and _metadata).
func stateDictPickle(views ...view) []byte {
	p := &pk{}
	p.op(opProto, 2).global("collections", "OrderedDict").op(opEmptyTuple, opReduce, opMark)
	for _, v := range views {
		p.str(v.name).global("torch._utils", "_rebuild_tensor_v2").op(opMark)
		p.op(opMark).str("storage").global("torch", v.storageType).str(v.key).str("cpu").int(v.numel).op(opTuple, opBinPersID)
		p.int(v.offset).tuple(v.shape...).tuple(v.stride...).op(opNewFalse)
		p.global("collections", "OrderedDict").op(opEmptyTuple, opReduce, opTuple, opReduce)
	}
	p.op(opSetItems, opStop)
	return p.Bytes()
}

// archive is a torch.save zip: archive/data.pkl, archive/data/<key>,
// archive/version.
func archive(t testing.TB, pickle []byte, storages map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	add := func(name string, data []byte) {
		f, err := w.CreateHeader(&zip.FileHeader{Name: "archive/" + name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		f.Write(data)
	}
	add("data.pkl", pickle)
	for k, v := range storages {
		add("data/"+k, v)
	}
	add("version", []byte("3\n"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func f32bytes(v ...float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

func seq(n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(i)
	}
	return v
}
