package idx

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func FuzzRead(f *testing.F) {
	img := encode(f, []int{2, 3, 3}, seq(18))
	lab := encode(f, []int{4}, []byte{5, 0, 4, 1})
	gzImg := gz(f, img)
	for _, b := range [][]byte{
		img, lab, gzImg, gz(f, lab),
		img[:3], img[:10], img[:16], img[:len(img)-1],
		lab[:len(lab)-2], gzImg[:12], gzImg[:len(gzImg)-5],
		cat(lab, []byte{7}),
		header(0x08, 4, 1, 2, 1, 2), // header only, data missing
		header(0x08, 3, 1<<31, 1<<31, 0),
		header(0x0d, 1, 1),
	} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Read(bytes.NewReader(b), "fuzz")
		if err != nil {
			if file != nil {
				t.Fatalf("Read returned a file with error %v", err)
			}
			if !strings.HasPrefix(err.Error(), "idx: fuzz: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if len(file.Dims) < 1 || len(file.Dims) > MaxDims {
			t.Fatalf("accepted %d dims", len(file.Dims))
		}
		n := 1
		for _, d := range file.Dims {
			if d < 1 {
				t.Fatalf("accepted dims %v", file.Dims)
			}
			n *= d
		}
		if n != len(file.Data) {
			t.Fatalf("dims %v but %d bytes of data", file.Dims, len(file.Data))
		}
		// What Read accepts, Write must write back to the same file.
		var buf bytes.Buffer
		if err := Write(&buf, file.Dims, file.Data); err != nil {
			t.Fatalf("Write of an accepted file: %v", err)
		}
		again, err := Read(&buf, "again")
		if err != nil {
			t.Fatalf("reading back: %v", err)
		}
		if !reflect.DeepEqual(again, file) {
			t.Fatalf("round trip changed the file")
		}
	})
}
