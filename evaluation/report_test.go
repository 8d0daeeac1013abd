package evaluation

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"gogan/metric/fid"
	"gogan/metric/nearest"
	"gogan/metric/parzen"
)

// TestReportKeysAreSnakeCase checks every key of report.json is snake_case,
// as JSON consumers expect.
func TestReportKeysAreSnakeCase(t *testing.T) {
	dir := t.TempDir()
	rep := &Report{Source: "x", N: 2, Quality: &fid.Report{FID: 1.5, Counts: []int{1, 1}}, Parzen: &parzen.Result{Mean: 3, PerSigma: []float64{1}},
		Memorisation: &Memorisation{Pairs: 2, SampleTrain: nearest.Summary{Median: 4}}, Seconds: map[string]float64{"sampling": 1}}
	if err := writeReport(dir, rep); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	snake := regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	var keys []string
	var walk func(any)
	walk = func(v any) {
		if m, ok := v.(map[string]any); ok {
			for k, x := range m {
				keys = append(keys, k)
				if !snake.MatchString(k) {
					t.Errorf("report.json key %q is not snake_case", k)
				}
				walk(x)
			}
		}
	}
	walk(v)
	for _, want := range []string{"fid", "class_score", "std_err", "sample_to_train", "median"} {
		found := false
		for _, k := range keys {
			found = found || k == want
		}
		if !found {
			t.Errorf("report.json lacks %q: %s", want, b)
		}
	}
}
