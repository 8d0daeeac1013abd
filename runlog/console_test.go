package runlog

import (
	"testing"
	"time"
)

func TestDuration(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{40 * time.Second, "40 s"},
		{59*time.Second + 600*time.Millisecond, "1 min"}, // rounds, so never "60 s"
		{12*time.Minute + 20*time.Second, "12 min"},
		{3*time.Hour + 5*time.Minute + 29*time.Second, "3 h 05 min"},
		{26 * time.Hour, "26 h 00 min"},
	} {
		if got := Duration(c.d); got != c.want {
			t.Errorf("Duration(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}
