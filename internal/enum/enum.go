// Package enum writes and parses gogan's small integer enums as the names
// config.json and the command line use, so every enum marshals the same way.
package enum

import (
	"fmt"
	"strings"
)

// Name is names[v], or v's digits when it is out of range.
func Name(names []string, v int) string {
	if v < 0 || v >= len(names) {
		return fmt.Sprintf("%d", v)
	}
	return names[v]
}

// Text is names[v] for encoding.TextMarshaler; out of range is an error.
func Text(names []string, v int) ([]byte, error) {
	if v < 0 || v >= len(names) {
		return nil, fmt.Errorf("%d is not one of %s", v, strings.Join(names, ", "))
	}
	return []byte(names[v]), nil
}

// Parse sets *dst to the index of b in names.
func Parse(names []string, dst *int, b []byte) error {
	for i, n := range names {
		if string(b) == n {
			*dst = i
			return nil
		}
	}
	return fmt.Errorf("%q must be %s", b, orList(names))
}

func orList(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
