package mnist

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"testing"

	"gogan/data/dataset"
)

// TestFiles checks the embedded bytes against the published MD5 sums (the
// ones torchvision checks), so a damaged copy cannot go unnoticed.
func TestFiles(t *testing.T) {
	want := map[string]string{
		TrainImages: "f68b3c2dcbeaaa9fbdd348bbdeb94873",
		TrainLabels: "d53e105ee54ea40749a09fcbcd1e9432",
		TestImages:  "9fb629c4189551a2d022fa330f9573f3",
		TestLabels:  "ec29112dd5afa0611ce80d1b7f02629c",
	}
	files := Files()
	if len(files) != len(want) {
		t.Errorf("Files has %d entries, want %d", len(files), len(want))
	}
	for name, sum := range want {
		got := md5.Sum(files[name])
		if hex.EncodeToString(got[:]) != sum {
			t.Errorf("%s: md5 %x, want %s", name, got, sum)
		}
	}
	// Files hands out copies: scribbling on one leaves the next intact.
	files[TrainLabels][0] ^= 0xff
	if got := md5.Sum(Files()[TrainLabels]); hex.EncodeToString(got[:]) != want[TrainLabels] {
		t.Error("changing a returned file changed the embedded bytes")
	}
}

// TestSets checks the decoded sets against sums computed independently
// (Python's gzip module over the same files).
func TestSets(t *testing.T) {
	tests := []struct {
		name     string
		load     func() (*dataset.Set, error)
		n        int
		pixelSum int   // over every pixel of the set
		firstSum int   // over image 0
		label0   uint8 // label of image 0
		perDigit [10]int
	}{
		{"train", Train, 60000, 1567298545, 27525, 5, [10]int{5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}},
		{"test", Test, 10000, 264923200, 18454, 7, [10]int{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.load()
			if err != nil {
				t.Fatal(err)
			}
			if s.N != tt.n || s.C != 1 || s.H != 28 || s.W != 28 || len(s.Pix) != tt.n*784 || len(s.Labels) != tt.n {
				t.Fatalf("shape %dx%dx%dx%d, %d bytes, %d labels; want %dx1x28x28", s.N, s.C, s.H, s.W, len(s.Pix), len(s.Labels), tt.n)
			}
			sum := func(b []uint8) (n int) {
				for _, v := range b {
					n += int(v)
				}
				return n
			}
			if got := sum(s.Pix); got != tt.pixelSum {
				t.Errorf("pixel sum %d, want %d", got, tt.pixelSum)
			}
			if got := sum(s.Image(0)); got != tt.firstSum {
				t.Errorf("image 0 pixel sum %d, want %d", got, tt.firstSum)
			}
			if s.Labels[0] != tt.label0 {
				t.Errorf("label 0 is %d, want %d", s.Labels[0], tt.label0)
			}
			var perDigit [10]int
			for _, l := range s.Labels {
				if l > 9 {
					t.Fatalf("label %d", l)
				}
				perDigit[l]++
			}
			if perDigit != tt.perDigit {
				t.Errorf("images per digit %v, want %v", perDigit, tt.perDigit)
			}
			// Decoded once and shared.
			if again, _ := tt.load(); again != s {
				t.Error("second call decoded again")
			}
		})
	}
}

func ExampleTrain() {
	train, err := Train()
	if err != nil {
		fmt.Println(err)
		return
	}
	// The seed's validation split: the last 10,000 training images.
	valid := train.Slice(50000, 60000)
	fmt.Println(train.Len(), valid.Len(), valid.Dim(), train.Labels[0])
	// Output: 60000 10000 784 5
}
