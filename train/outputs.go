package train

import (
	"os"
	"slices"
	"strings"
)

// Outputs lists what a run directory holds for its user: its files and
// folders by name (folders with a trailing slash), without the temporary and
// hidden files that writing them atomically or locking the run may leave.
// Read from the directory rather than from a fixed list, so the closing
// report stays true whatever the run's options wrote.
func Outputs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") || strings.HasSuffix(n, ".tmp") {
			continue
		}
		if e.IsDir() {
			n += "/"
		}
		names = append(names, n)
	}
	slices.Sort(names)
	return names, nil
}
