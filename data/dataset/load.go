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
		return nil, &ShapeError{Dir: dir, Have: fmt.Sprintf("have %d channel(s)", s.C), Setting: "channels", Asked: channels}
	}
	if s.H != size || s.W != size {
		return nil, &ShapeError{Dir: dir, Have: fmt.Sprintf("are %dx%d", s.H, s.W), Setting: "img_size", Asked: size}
	}
	return s, nil
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
