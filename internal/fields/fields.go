// Package fields walks a struct's fields by the names encoding/json gives
// them, for code that treats settings one at a time: config.json's groups
// less what a model does not use, and the resume rules.
package fields

import (
	"reflect"
	"strings"
)

// Each calls f with the JSON name and the value of each field of the struct
// v, in declaration order.
func Each(v any, f func(name string, value reflect.Value)) {
	rv := reflect.ValueOf(v)
	for i := range rv.NumField() {
		f(Name(rv.Type().Field(i)), rv.Field(i))
	}
}

// Index is the index of the field of struct type t named name, or -1.
func Index(t reflect.Type, name string) int {
	for i := range t.NumField() {
		if Name(t.Field(i)) == name {
			return i
		}
	}
	return -1
}

// Name is a field's JSON name: its tag's, else the Go name.
func Name(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" {
		return f.Name
	}
	return name
}
