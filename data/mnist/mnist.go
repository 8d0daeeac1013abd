// Package mnist embeds the four official MNIST files (LeCun, Cortes and
// Burges; CC BY-SA 3.0) so that gogan trains and evaluates on MNIST with no
// download step, and decodes them into dataset.Sets on first use.
package mnist

import (
	_ "embed" // for the go:embed directives
	"fmt"
	"strings"
	"sync"

	"gogan/data/dataset"
	"gogan/format/idx"
)

// Names of the embedded files, as published and as torchvision stores them.
const (
	TrainImages = "train-images-idx3-ubyte.gz"
	TrainLabels = "train-labels-idx1-ubyte.gz"
	TestImages  = "t10k-images-idx3-ubyte.gz"
	TestLabels  = "t10k-labels-idx1-ubyte.gz"
)

// The files are embedded as strings, not []byte, so that no caller can
// change them in place.
var (
	//go:embed train-images-idx3-ubyte.gz
	trainImages string
	//go:embed train-labels-idx1-ubyte.gz
	trainLabels string
	//go:embed t10k-images-idx3-ubyte.gz
	testImages string
	//go:embed t10k-labels-idx1-ubyte.gz
	testLabels string
)

// Files returns fresh copies of the four gzip-compressed files, keyed by
// their names (TrainImages and so on), about 11.6 MB in all.
func Files() map[string][]byte {
	return map[string][]byte{
		TrainImages: []byte(trainImages),
		TrainLabels: []byte(trainLabels),
		TestImages:  []byte(testImages),
		TestLabels:  []byte(testLabels),
	}
}

// Decoding the training images takes a noticeable fraction of a second and
// 47 MB, so each set is decoded once, on first use, and shared.
var (
	train = sync.OnceValues(func() (*dataset.Set, error) {
		return decode("mnist-train", TrainImages, trainImages, TrainLabels, trainLabels)
	})
	test = sync.OnceValues(func() (*dataset.Set, error) {
		return decode("mnist-test", TestImages, testImages, TestLabels, testLabels)
	})
)

// Train returns the 60,000 training images, 1x28x28, with their labels 0-9.
// Every call returns the same Set: callers must not modify it (Slice it, or
// copy what they need to change).
func Train() (*dataset.Set, error) { return train() }

// Test returns the 10,000 test images, 1x28x28, with their labels 0-9.
// Every call returns the same Set: callers must not modify it.
func Test() (*dataset.Set, error) { return test() }

func decode(name, imagesName, images, labelsName, labels string) (*dataset.Set, error) {
	img, err := idx.Read(strings.NewReader(images), imagesName)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	if img.Magic() != idx.MagicImages {
		return nil, fmt.Errorf("mnist: %s: magic number 0x%08x, want 0x%08x", imagesName, img.Magic(), idx.MagicImages)
	}
	lab, err := idx.Read(strings.NewReader(labels), labelsName)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	if lab.Magic() != idx.MagicLabels {
		return nil, fmt.Errorf("mnist: %s: magic number 0x%08x, want 0x%08x", labelsName, lab.Magic(), idx.MagicLabels)
	}
	s := &dataset.Set{N: img.Dims[0], C: 1, H: img.Dims[1], W: img.Dims[2], Pix: img.Data, Labels: lab.Data, Name: name}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	return s, nil
}
