package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gogan/format/npy"
	"gogan/metric/inception"
)

// TestEvalInceptionErrors: gogan eval's --inception input errors, each
// naming the file, found before any Inception pass.
func TestEvalInceptionErrors(t *testing.T) {
	dir := t.TempDir()
	colour := filepath.Join(dir, "colour.npy")
	if err := npy.WriteFile(colour, []int{2, 3, 8, 8}, make([]float32, 2*3*8*8)); err != nil {
		t.Fatal(err)
	}
	four := filepath.Join(dir, "four.npy")
	if err := npy.WriteFile(four, []int{2, 4, 8, 8}, make([]float32, 2*4*8*8)); err != nil {
		t.Fatal(err)
	}
	notWeights := filepath.Join(dir, "not_inception.pth")
	os.WriteFile(notWeights, []byte("not a torch file"), 0o644)
	ref := filepath.Join(dir, "ref.npz")
	d := inception.Features
	if err := (inception.Stats{D: d, Mu: make([]float64, d), Sigma: make([]float64, d*d)}).WriteFile(ref); err != nil {
		t.Fatal(err)
	}
	noMu := "../../metric/inception/testdata/stats_nomu.npz"
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"four-channel samples", []string{"eval", "--samples", four}, "(N, 3, S, S), got [2 4 8 8]"},
		{"weights of no net", []string{"eval", "--samples", colour, "--inception", notWeights, "--ref", ref}, notWeights},
		{"npz without mu", []string{"eval", "--samples", colour, "--inception", notWeights, "--ref", noMu}, noMu},
		{"missing ref", []string{"eval", "--samples", colour, "--inception", notWeights, "--ref", filepath.Join(dir, "nope")}, "nope"},
		{"no ref with samples", []string{"eval", "--samples", colour, "--inception", notWeights}, "--ref"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := gogan(t, c.args...)
			if code != 1 || !strings.Contains(errOut, c.want) {
				t.Fatalf("exit %d, stderr %q (stdout %q); want exit 1 mentioning %q", code, errOut, out, c.want)
			}
		})
	}
}
