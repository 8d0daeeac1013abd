package dataset

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadIDXWrongWidthOrHeight: Load refuses IDX images whose width, or
// height, or both, differ from the size asked for, saying which shape they
// have; the right shape loads.
func TestLoadIDXWrongWidthOrHeight(t *testing.T) {
	for _, c := range []struct {
		rows, cols int
		want       string // "" loads
	}{
		{28, 28, ""},
		{28, 32, "images are 28x32 but img_size is 28"}, // wrong width
		{32, 28, "images are 32x28 but img_size is 28"}, // wrong height
		{27, 27, "images are 27x27 but img_size is 28"},
	} {
		dir := t.TempDir()
		writeIDX(t, dir, "train-images-idx3-ubyte", []int{3, c.rows, c.cols}, fill(3*c.rows*c.cols, 9))
		s, err := Load(dir, 1, 28)
		if c.want == "" {
			if err != nil || s.H != 28 || s.W != 28 || s.N != 3 {
				t.Errorf("%dx%d: %v, %v", c.rows, c.cols, s, err)
			}
			continue
		}
		var se *ShapeError
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), dir) {
			t.Errorf("%dx%d images at size 28: %v, want an error naming %s saying %q", c.rows, c.cols, err, dir, c.want)
		} else if !errors.As(err, &se) || se.Setting != "img_size" {
			t.Errorf("%dx%d: %T %v, want a ShapeError for img_size", c.rows, c.cols, err, err)
		}
	}
}

// classFolders writes n class folders named k0, k1, … (sorted as text, so
// not in number order), each holding one 1x1 image whose grey value is its
// folder's number modulo 256.
func classFolders(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		writePNG(t, filepath.Join(dir, fmt.Sprintf("k%d", i), "x.png"), grey(1, 1, uint8(i)))
	}
	return dir
}

// TestImageFolderMostClasses: 256 class folders, the most a byte label
// holds, are classes, each image labelled with the index of its folder's
// name among the sorted names; 257 make the folder unlabelled, as the
// documentation says, rather than wrapping labels around.
func TestImageFolderMostClasses(t *testing.T) {
	s, err := LoadImageFolder(classFolders(t, 256), 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Classes) != 256 || s.NumClasses() != 256 || s.N != 256 {
		t.Fatalf("%d images, %d classes (NumClasses %d), want 256", s.N, len(s.Classes), s.NumClasses())
	}
	if s.Classes[0] != "k0" || s.Classes[1] != "k1" || s.Classes[2] != "k10" || s.Classes[255] != "k99" {
		t.Errorf("classes start %v and end %s, want the names sorted as text", s.Classes[:3], s.Classes[255])
	}
	for i := range s.N {
		// Image i's grey value says which folder it came from.
		if name, want := s.Classes[s.Labels[i]], fmt.Sprintf("k%d", s.Pix[i]); name != want {
			t.Errorf("image %d from folder %s has label %d (%s)", i, want, s.Labels[i], name)
		}
	}
	if err := s.CheckLabels(256); err != nil {
		t.Error(err)
	}

	s, err = LoadImageFolder(classFolders(t, 257), 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if s.N != 257 || s.Labels != nil || s.Classes != nil {
		t.Errorf("257 class folders: %d images, %d labels, %d classes; want 257 unlabelled images", s.N, len(s.Labels), len(s.Classes))
	}
}
