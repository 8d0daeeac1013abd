package fields

import (
	"reflect"
	"testing"
)

func TestEachAndIndex(t *testing.T) {
	type s struct {
		A int    `json:"alpha"`
		B string `json:"beta,omitempty"`
		C bool
	}
	var names []string
	var vals []any
	Each(s{1, "x", true}, func(n string, v reflect.Value) {
		names = append(names, n)
		vals = append(vals, v.Interface())
	})
	if !reflect.DeepEqual(names, []string{"alpha", "beta", "C"}) || !reflect.DeepEqual(vals, []any{1, "x", true}) {
		t.Fatalf("Each: %v %v", names, vals)
	}
	if Index(reflect.TypeOf(s{}), "beta") != 1 || Index(reflect.TypeOf(s{}), "gamma") != -1 {
		t.Fatal("Index")
	}
}
