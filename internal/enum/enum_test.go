package enum

import "testing"

func TestRoundTripAndErrors(t *testing.T) {
	names := []string{"g-first", "d-first"}
	var v int
	if err := Parse(names, &v, []byte("d-first")); err != nil || v != 1 {
		t.Fatalf("Parse(d-first) = %d, %v", v, err)
	}
	if b, err := Text(names, v); err != nil || string(b) != "d-first" {
		t.Fatalf("Text(1) = %q, %v", b, err)
	}
	if err := Parse(names, &v, []byte("both")); err == nil || err.Error() != `"both" must be g-first or d-first` || v != 1 {
		t.Fatalf("Parse(both) = %v, left %d", err, v)
	}
	if err := Parse([]string{"a", "b", "c"}, &v, []byte("d")); err == nil || err.Error() != `"d" must be a, b or c` {
		t.Fatalf("three names: %v", err)
	}
	if _, err := Text(names, 2); err == nil {
		t.Fatal("Text(2) accepted")
	}
	if Name(names, 5) != "5" || Name(names, 0) != "g-first" {
		t.Fatal("Name")
	}
}
