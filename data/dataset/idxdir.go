package dataset

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gogan/format/idx"
)

// Training-set file names in the MNIST layout. Fashion-MNIST and KMNIST use
// the same names; EMNIST prefixes them (emnist-letters-train-images-idx3-
// ubyte.gz); some mirrors write "train-images.idx3-ubyte". Test files
// (t10k-...) never match.
const (
	imagesPattern = "*train-images-idx3-ubyte*"
	labelsPattern = "*train-labels-idx1-ubyte*"
)

// matchIDX reports whether name contains stem ("train-images" or
// "train-labels") followed by "-" or "." and ext ("idx3-ubyte" or
// "idx1-ubyte"), and returns the text before stem. filepath.Match cannot
// say "[-.]" portably, hence the hand-written test.
func matchIDX(name, stem, ext string) (prefix string, ok bool) {
	for i := 0; ; {
		j := strings.Index(name[i:], stem)
		if j < 0 {
			return "", false
		}
		rest := name[i+j+len(stem):]
		if len(rest) > len(ext) && (rest[0] == '-' || rest[0] == '.') && strings.HasPrefix(rest[1:], ext) {
			return name[:i+j], true
		}
		i += j + 1
	}
}

func isImagesFile(name string) bool { _, ok := matchIDX(name, "train-images", "idx3-ubyte"); return ok }

// LoadIDXDir loads the training images of a directory in MNIST layout: one
// file matching *train-images-idx3-ubyte* (raw or .gz) and, optionally, one
// matching *train-labels-idx1-ubyte* with the same prefix. A missing labels
// file gives a Set with nil Labels. The images are 1 channel, 0 =
// background, as stored; EMNIST's are transposed on disk and stay so.
//
// When both a file and its .gz are present (torchvision's raw/ folder keeps
// both), the uncompressed one is read. Several different candidates (two
// EMNIST splits, say) are an error naming them.
func LoadIDXDir(dir string) (*Set, error) {
	names, err := listDir(dir)
	if err != nil {
		return nil, err
	}
	images, err := findOne(dir, names, imagesPattern, isImagesFile)
	if err != nil {
		return nil, err
	}
	if images == "" {
		return nil, fmt.Errorf("dataset: %s: no training images file (%s)", dir, imagesPattern)
	}
	// The labels that belong to these images have the same prefix, so that
	// emnist-letters-train-images pairs with emnist-letters-train-labels.
	prefix, _ := matchIDX(images, "train-images", "idx3-ubyte")
	labels, err := findOne(dir, names, labelsPattern, func(name string) bool {
		p, ok := matchIDX(name, "train-labels", "idx1-ubyte")
		return ok && p == prefix
	})
	if err != nil {
		return nil, err
	}

	imagesPath := filepath.Join(dir, images)
	n, rows, cols, pix, err := idx.ReadImages(imagesPath)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	s := &Set{N: n, C: 1, H: rows, W: cols, Pix: pix, Name: imagesPath}
	if labels != "" {
		labelsPath := filepath.Join(dir, labels)
		lab, err := idx.ReadLabels(labelsPath)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		if len(lab) != n {
			return nil, fmt.Errorf("dataset: %s has %d images but %s has %d labels", imagesPath, n, labelsPath, len(lab))
		}
		s.Labels = lab
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// listDir returns the names of the regular files directly in dir, sorted,
// leaving out hidden ones (macOS "._x" companions are not data). Symbolic
// links to files count as files.
func listDir(dir string) ([]string, error) {
	if err := checkDir(dir); err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		fi, err := os.Stat(filepath.Join(dir, e.Name()))
		if err != nil || !fi.Mode().IsRegular() {
			continue // a dangling link or a directory: not a candidate
		}
		names = append(names, e.Name())
	}
	return names, nil
}

// checkDir returns an error naming dir unless it is a directory.
func checkDir(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("dataset: %s is not a directory", dir)
	}
	return nil
}

// findOne returns the one name for which match is true, or "" if there is
// none; pattern describes match in messages. A file and its .gz count as
// one, and the uncompressed file wins.
func findOne(dir string, names []string, pattern string, match func(string) bool) (string, error) {
	var found []string
	for _, name := range names {
		if match(name) {
			found = append(found, name)
		}
	}
	found = slices.DeleteFunc(found, func(name string) bool {
		raw, ok := strings.CutSuffix(name, ".gz")
		return ok && slices.Contains(found, raw)
	})
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("dataset: %s: %d files match %s (%s); keep one, or use a directory per dataset", dir, len(found), pattern, strings.Join(found, ", "))
}
