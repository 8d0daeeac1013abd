package dataset

import (
	"fmt"
	"slices"
)

// Load loads dir as a Set of channels x size x size images, recognising
// the kind of folder from the files directly in it:
//
//   - a *train-images-idx3-ubyte* file: an IDX directory in the MNIST
//     layout, read with LoadIDXDir;
//   - CIFAR binary batches (data_batch_<n>.bin or test_batch.bin: CIFAR-10;
//     train.bin or test.bin: CIFAR-100): read with LoadCIFAR;
//   - anything else: a folder of PNG/JPEG images, read with LoadImageFolder,
//     which converts and resizes.
//
// IDX and CIFAR data are not resized or converted (they are made at their
// size), so they must already have the shape asked for, else a ShapeError
// says which setting differs; LoadStored loads them as they are. A folder
// holding both IDX and CIFAR files is an error.
func Load(dir string, channels, size int) (*Set, error) {
	if err := checkShape(channels, size); err != nil {
		return nil, err
	}
	s, err := LoadStored(dir)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return LoadImageFolder(dir, channels, size)
	}
	if s.C != channels {
		return nil, &ShapeError{Dir: dir, Have: fmt.Sprintf("have %d channel(s)", s.C), Setting: "channels", Asked: channels}
	}
	if s.H != size || s.W != size {
		return nil, &ShapeError{Dir: dir, Have: fmt.Sprintf("are %dx%d", s.H, s.W), Setting: "img_size", Asked: size}
	}
	return s, nil
}

// LoadStored loads an IDX directory (LoadIDXDir) or a CIFAR folder
// (LoadCIFAR) at the shape its files store, and returns nil and no error
// for any other directory (an image folder, which has no stored shape).
func LoadStored(dir string) (*Set, error) {
	names, err := listDir(dir)
	if err != nil {
		return nil, err
	}
	idx, cifar := slices.ContainsFunc(names, isImagesFile), isCIFARDir(names)
	switch {
	case idx && cifar:
		return nil, fmt.Errorf("dataset: %s holds both IDX files (*train-images-idx3-ubyte*) and CIFAR batches (*.bin); keep one dataset per directory", dir)
	case idx:
		return LoadIDXDir(dir)
	case cifar:
		return LoadCIFAR(dir)
	}
	return nil, nil
}

// ShapeError says the images in Dir do not have the shape asked for.
// Setting names the setting that asked (channels or img_size), so a command
// line can name its flag instead.
type ShapeError struct {
	Dir, Have, Setting string
	Asked              int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("dataset: %s: images %s but %s is %d", e.Dir, e.Have, e.Setting, e.Asked)
}
