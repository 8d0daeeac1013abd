package safetensors

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func checkedFile(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteChecked(&buf, sampleTensors(), map[string]string{"format": "pt", "batches_done": "100"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestChecksumRoundTrip(t *testing.T) {
	b := checkedFile(t)
	f, err := Read(bytes.NewReader(b), "ok")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Metadata[ChecksumKey]) != 64 || f.Metadata["format"] != "pt" {
		t.Errorf("metadata %v", f.Metadata)
	}
	// A file written without metadata gets the checksum as its only entry.
	var buf bytes.Buffer
	if err := WriteChecked(&buf, sampleTensors()[:2], nil); err != nil {
		t.Fatal(err)
	}
	if f, err := Read(&buf, "nometa"); err != nil || len(f.Metadata) != 1 {
		t.Errorf("Read = %v, %v", f, err)
	}
	// A stale checksum passed in is replaced, not trusted.
	buf.Reset()
	if err := WriteChecked(&buf, sampleTensors(), map[string]string{ChecksumKey: "00"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(&buf, "replaced"); err != nil {
		t.Errorf("Read: %v", err)
	}
}

// Every kind of damage the adversarial test of issue 13 tried is caught, and
// the error says which file.
func TestChecksumCatchesDamage(t *testing.T) {
	orig := checkedFile(t)
	n := binary.LittleEndian.Uint64(orig)
	dataStart := 8 + int(n)
	flip := func(i int, mask byte) func([]byte) []byte {
		return func(b []byte) []byte { b[i] ^= mask; return b }
	}
	cases := map[string]func([]byte) []byte{
		"low bit of the first weight":  flip(dataStart, 0x01),
		"exponent of the first weight": flip(dataStart+3, 0x40),
		"last byte":                    flip(len(orig)-1, 0x80),
		"junk appended":                func(b []byte) []byte { return append(b, "junk"...) },
		"metadata value edited": func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"batches_done":"100"`), []byte(`"batches_done":"900"`), 1)
		},
		"shape edited": func(b []byte) []byte {
			// [2,3] -> [3,2]: same size, so only the checksum can tell.
			return bytes.Replace(b, []byte(`"shape":[2,3]`), []byte(`"shape":[3,2]`), 1)
		},
		"checksum edited": func(b []byte) []byte {
			i := bytes.Index(b, []byte(ChecksumKey)) + len(ChecksumKey) + 3
			b[i] ^= 1
			return b
		},
	}
	dir := t.TempDir()
	for name, damage := range cases {
		b := damage(bytes.Clone(orig))
		if bytes.Equal(b, orig) {
			t.Fatalf("%s: the damage changed nothing", name)
		}
		path := filepath.Join(dir, "g.safetensors")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadFile(path)
		if !errors.Is(err, ErrChecksum) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: ReadFile error = %v, want a checksum error naming %s", name, err, path)
		}
	}
}

// Files without a checksum (other writers, runs of gogan 0.1.0) still load,
// gaps and trailing bytes included.
func TestNoChecksumStillLoads(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sampleTensors(), map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	b := append(buf.Bytes(), "trailing"...)
	if _, err := Read(bytes.NewReader(b), "old"); err != nil {
		t.Errorf("Read of an unchecked file: %v", err)
	}
}

func TestWriteFileAddsChecksum(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.safetensors")
	if err := WriteFile(path, sampleTensors(), nil); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if !bytes.Contains(b, []byte(ChecksumKey)) {
		t.Fatal("WriteFile wrote no checksum")
	}
	b[len(b)-1] ^= 1
	os.WriteFile(path, b, 0o644)
	if _, err := ReadFile(path); !errors.Is(err, ErrChecksum) {
		t.Errorf("ReadFile of a damaged file: %v", err)
	}
}
