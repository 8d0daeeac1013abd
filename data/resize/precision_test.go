package resize

import (
	"encoding/hex"
	"testing"
)

// synthetic is testdata/resize_pil.py's synthetic image: pixel (x, y) is
// (x² + 7y² + 3xy + 17x + 29y) mod 256.
func synthetic(side int) []uint8 {
	p := make([]uint8, side*side)
	for y := range side {
		for x := range side {
			p[y*side+x] = uint8((x*x + 7*y*y + 3*x*y + 17*x + 29*y) % 256)
		}
	}
	return p
}

// TestBilinearPILPrecision: images on which PIL's 22-bit fixed-point
// weights give other bytes than any coarser precision (8 to 21 bits), than
// truncated weights and than rounding the exact sums, enlarged and shrunk;
// known answers from testdata/resize_pil.py (PIL 9.4.0):
//
//	/usr/bin/python3 testdata/resize_pil.py ../shared/data/mnist | grep synthetic
func TestBilinearPILPrecision(t *testing.T) {
	for _, c := range []struct {
		side, size int
		hex        string
	}{
		{8, 13, "0008131f2c3948576778899ba80f1823303e4c5c6b7c8ea0b3c0262f3c4a596879899babb8ccda454e5d6c7c8d9eb0c39d4b596867728192a3b4a596a97e20303f8f9aaabccee184273c484d6373bd935b6e81956a3f566d859eafd17e0e22364c6278909ea4bdd06c5d485e738aa1b9d1aa5165786573889e9d7e8da5bf9f536a7da6b5cbe3b83936506b849ab7cb5c6b839b976e7d97b39d60788e22324b647e98b4cfecb132475d"},
		{12, 11, "061a31496582a1b0cb3a383047627e9ca5af4d2e57846a85a3aaa066305883b1a4aa7a9b843c658f8191c2619131557ba49a916060946b799fa4719d8c7d5d669e6760899776a68e78697c41627eabac6497a0ac797b73a35e8eaeb09866a1b25161a6ac295f97bd754d8fae40609ab6b34987b9694f95c744"},
	} {
		want, err := hex.DecodeString(c.hex)
		if err != nil || len(want) != c.size*c.size {
			t.Fatalf("%d→%d: bad known answer (%v)", c.side, c.size, err)
		}
		got := make([]uint8, c.size*c.size)
		Bilinear(got, c.size, c.size, synthetic(c.side), c.side, c.side)
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%d→%d: pixel (%d, %d) is %d, PIL's %d", c.side, c.size, i%c.size, i/c.size, got[i], want[i])
			}
		}
	}
}
