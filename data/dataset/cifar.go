package dataset

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// CIFAR-10 and CIFAR-100's binary versions (cifar-10-batches-bin,
// cifar-100-binary) store fixed-size records with no header: the label
// byte(s), then 3072 pixel bytes: the 1024 red values of the 32x32 image in
// row-major order, then the green, then the blue. That is one image of a Set
// (C, H, W planes) as it stands.
const (
	// CIFARSize is the side of every CIFAR image.
	CIFARSize = 32
	// cifarPixels is the pixel bytes of one record: 3 planes of 32x32.
	cifarPixels = 3 * CIFARSize * CIFARSize
)

// cifarFormat describes one of the two binary layouts.
type cifarFormat struct {
	name       string // "CIFAR-10" or "CIFAR-100"
	labelBytes int    // 1 for CIFAR-10; 2 for CIFAR-100 (coarse, then fine)
	// classes is the number of classes of each label byte, in record order.
	classes []int
	// labelNames are the names files of each label byte's classes, in the
	// same order; "" where the dataset has none.
	labelNames  []string
	train, test string // file names; train is a prefix for CIFAR-10
}

var (
	cifar10 = cifarFormat{name: "CIFAR-10", labelBytes: 1, classes: []int{10},
		labelNames: []string{"batches.meta.txt"}, train: "data_batch_", test: "test_batch.bin"}
	cifar100 = cifarFormat{name: "CIFAR-100", labelBytes: 2, classes: []int{20, 100},
		labelNames: []string{"coarse_label_names.txt", "fine_label_names.txt"}, train: "train.bin", test: "test.bin"}
)

func (f *cifarFormat) recordSize() int { return f.labelBytes + cifarPixels }

// cifar10Batch returns n for a name data_batch_<n>.bin (n >= 1, without
// leading zeros), the CIFAR-10 training batches.
func cifar10Batch(name string) (int, bool) {
	s, ok := strings.CutPrefix(name, cifar10.train)
	if !ok {
		return 0, false
	}
	s, ok = strings.CutSuffix(s, ".bin")
	if !ok || s == "" || s[0] == '0' || strings.ContainsAny(s, "+-") {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1
}

// cifarFiles recognises a CIFAR folder from the names of its files (as
// listDir gives them): it returns the format and the batch files that form
// the training set, in order, or a nil format when the folder holds no
// CIFAR batch.
//
// The training set is CIFAR-10's data_batch_<n>.bin files in the order of
// n (data_batch_1.bin to data_batch_5.bin in the official release; a folder
// holding some of them gives those), or CIFAR-100's train.bin. Only when a
// folder has no training batch at all is its test batch (test_batch.bin,
// test.bin) the data, so a folder of the test batch alone can be loaded
// too. A folder holding both datasets' batches is an error.
func cifarFiles(dir string, names []string) (*cifarFormat, []string, error) {
	var batches []string
	for _, name := range names {
		if _, ok := cifar10Batch(name); ok {
			batches = append(batches, name)
		}
	}
	slices.SortFunc(batches, func(a, b string) int {
		na, _ := cifar10Batch(a)
		nb, _ := cifar10Batch(b)
		return na - nb
	})
	has := func(name string) bool { return slices.Contains(names, name) }
	is10 := len(batches) > 0 || has(cifar10.test)
	is100 := has(cifar100.train) || has(cifar100.test)
	switch {
	case is10 && is100:
		return nil, nil, fmt.Errorf("dataset: %s holds both CIFAR-10 batches (data_batch_*.bin, test_batch.bin) and CIFAR-100 batches (train.bin, test.bin); keep one dataset per directory", dir)
	case len(batches) > 0:
		return &cifar10, batches, nil
	case is10:
		return &cifar10, []string{cifar10.test}, nil
	case has(cifar100.train):
		return &cifar100, []string{cifar100.train}, nil
	case is100:
		return &cifar100, []string{cifar100.test}, nil
	}
	return nil, nil, nil
}

// isCIFARDir reports whether listDir's names make dir a CIFAR folder.
func isCIFARDir(names []string) bool {
	f, _, err := cifarFiles("", names)
	return f != nil || err != nil
}

// LoadCIFAR loads the training set of a folder of CIFAR-10 or CIFAR-100
// binary batches (the folder the official cifar-10-binary.tar.gz or
// cifar-100-binary.tar.gz unpacks to) as 3x32x32 images with their labels.
//
// CIFAR-10's training set is its data_batch_<n>.bin files in the order of
// n; CIFAR-100's is train.bin. A folder with only the test batch
// (test_batch.bin or test.bin) gives that. CIFAR-100 records carry two
// labels, a coarse one (20 superclasses) and a fine one (100 classes): the
// labels here are the fine ones, the 100 classes CIFAR-100 is known by; see
// LoadCIFAR100Coarse for the others.
//
// Every file must be a whole number of records and every label byte in its
// range (below 10 for CIFAR-10, 20 coarse and 100 fine for CIFAR-100, both
// checked whichever is used); otherwise the error names the file and the
// record (counted from 0). Classes holds the class names when the folder
// has its names file (batches.meta.txt; fine_label_names.txt), one name a
// line, and is nil otherwise.
func LoadCIFAR(dir string) (*Set, error) { return loadCIFAR(dir, false) }

// LoadCIFAR100Coarse is LoadCIFAR for a CIFAR-100 folder, labelling each
// image with its coarse class (0 to 19, named by coarse_label_names.txt)
// instead of its fine one. A CIFAR-10 folder is an error.
func LoadCIFAR100Coarse(dir string) (*Set, error) { return loadCIFAR(dir, true) }

func loadCIFAR(dir string, coarse bool) (*Set, error) {
	names, err := listDir(dir)
	if err != nil {
		return nil, err
	}
	f, files, err := cifarFiles(dir, names)
	if err != nil {
		return nil, err
	}
	if f == nil {
		return nil, fmt.Errorf("dataset: %s: no CIFAR batches (data_batch_<n>.bin or test_batch.bin for CIFAR-10, train.bin or test.bin for CIFAR-100)", dir)
	}
	// which is the label byte kept: CIFAR-10's only one, CIFAR-100's fine
	// one (the second) unless coarse.
	which := f.labelBytes - 1
	if coarse {
		if f != &cifar100 {
			return nil, fmt.Errorf("dataset: %s is %s, which has no coarse labels (only CIFAR-100 has)", dir, f.name)
		}
		which = 0
	}
	rs := int64(f.recordSize())
	paths := make([]string, len(files))
	var total int64
	for i, name := range files {
		paths[i] = filepath.Join(dir, name)
		fi, err := os.Stat(paths[i])
		if err != nil {
			return nil, fmt.Errorf("dataset: %w", err)
		}
		if err := checkRecords(paths[i], fi.Size(), rs); err != nil {
			return nil, err
		}
		total += fi.Size() / rs
	}
	s := &Set{N: int(total), C: 3, H: CIFARSize, W: CIFARSize,
		Pix: make([]uint8, int(total)*cifarPixels), Labels: make([]uint8, total), Name: dir}
	if len(files) == 1 {
		s.Name = paths[0]
	}
	n := 0
	for _, path := range paths {
		k, err := readCIFAR(path, f, which, s.Pix[n*cifarPixels:], s.Labels[n:])
		if err != nil {
			return nil, err
		}
		n += k
	}
	if n != s.N {
		// A file changed size between Stat and the read.
		return nil, fmt.Errorf("dataset: %s: read %d CIFAR records, expected %d; did a file change while loading?", dir, n, s.N)
	}
	if name := f.labelNames[which]; slices.Contains(names, name) {
		if s.Classes, err = readClassNames(filepath.Join(dir, name), f.classes[which]); err != nil {
			return nil, err
		}
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// checkRecords refuses a file of size bytes that is not a whole, non-zero
// number of records of rs bytes, naming the record that is cut short.
func checkRecords(path string, size, rs int64) error {
	switch {
	case size == 0:
		return fmt.Errorf("dataset: %s is empty, want records of %d bytes", path, rs)
	case size%rs != 0:
		return fmt.Errorf("dataset: %s: record %d is truncated: the file has %d bytes, %d whole records of %d bytes and %d bytes over", path, size/rs, size, size/rs, rs, size%rs)
	}
	return nil
}

// readCIFAR reads the records of one batch file, writing their pixels into
// pix and label byte which of each into labels, and returns how many it
// read. Every label byte of every record is checked against its range.
func readCIFAR(path string, f *cifarFormat, which int, pix, labels []uint8) (int, error) {
	file, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("dataset: %w", err)
	}
	defer file.Close()
	rs := f.recordSize()
	// Read records in chunks of up to 256 (about 787 KB).
	buf := make([]byte, 256*rs)
	n := 0
	for {
		k, err := io.ReadFull(file, buf)
		if k%rs != 0 {
			return n, fmt.Errorf("dataset: %s: record %d is truncated (%d of %d bytes)", path, n+k/rs, k%rs, rs)
		}
		if n+k/rs > len(labels) {
			return n, fmt.Errorf("dataset: %s: more records than its size said; did it change while loading?", path)
		}
		for r := 0; r < k/rs; r++ {
			rec := buf[r*rs : (r+1)*rs]
			for b, classes := range f.classes {
				if int(rec[b]) >= classes {
					return n, fmt.Errorf("dataset: %s: record %d has %s %d, want 0 to %d", path, n, labelWhat(f, b), rec[b], classes-1)
				}
			}
			labels[n] = rec[which]
			copy(pix[n*cifarPixels:(n+1)*cifarPixels], rec[f.labelBytes:])
			n++
		}
		switch {
		case err == io.EOF || err == io.ErrUnexpectedEOF:
			return n, nil
		case err != nil:
			return n, fmt.Errorf("dataset: %s: %w", path, err)
		}
	}
}

// labelWhat names label byte b of f's records in messages.
func labelWhat(f *cifarFormat, b int) string {
	if f.labelBytes == 1 {
		return "label"
	}
	return [...]string{"coarse label", "fine label"}[b]
}

// readClassNames reads a names file (batches.meta.txt, fine_label_names.txt,
// coarse_label_names.txt): one class name a line, want of them; blank lines
// at the end (the official files have one) are ignored.
func readClassNames(path string, want int) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) != want {
		return nil, fmt.Errorf("dataset: %s has %d class names, want %d, one a line", path, len(lines), want)
	}
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
		if lines[i] == "" {
			return nil, fmt.Errorf("dataset: %s: line %d is blank, want a class name", path, i+1)
		}
	}
	return lines, nil
}
