package dataset

import (
	"fmt"
	"slices"
)

// Load loads dir as a Set of channels x size x size images. A directory
// holding a *train-images-idx3-ubyte* file is read with LoadIDXDir and must
// already have that shape (IDX images are not resized: MNIST-like data is
// made at its size); any other directory is read with LoadImageFolder, which
// converts and resizes.
func Load(dir string, channels, size int) (*Set, error) {
	if err := checkShape(channels, size); err != nil {
		return nil, err
	}
	names, err := listDir(dir)
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(names, isImagesFile) {
		return LoadImageFolder(dir, channels, size)
	}
	s, err := LoadIDXDir(dir)
	if err != nil {
		return nil, err
	}
	if s.C != channels {
		return nil, fmt.Errorf("dataset: %s: images have %d channel(s) but --channels is %d", dir, s.C, channels)
	}
	if s.H != size || s.W != size {
		return nil, fmt.Errorf("dataset: %s: images are %dx%d but --img-size is %d", dir, s.H, s.W, size)
	}
	return s, nil
}
