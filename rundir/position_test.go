package rundir

import (
	"strings"
	"testing"
)

func TestParsePosition(t *testing.T) {
	const file = "run/training_state.safetensors"
	p, err := ParsePosition(file, `{"epoch":2,"batch":64,"batches_done":1940,"iterations":1940,"train_seconds":12.5}`)
	if err != nil {
		t.Fatal(err)
	}
	if p != (Position{Epoch: 2, Batch: 64, BatchesDone: 1940, Iterations: 1940, TrainSeconds: 12.5, MetricsBytes: NotRecorded, EvalBytes: NotRecorded}) {
		t.Errorf("position %+v", p)
	}
	back, err := ParsePosition(file, p.Marshal())
	if err != nil || back != p {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	// The crafted values of issue 13 and their kin: each names the file and
	// the field.
	for _, c := range []struct{ in, want string }{
		{`{"epoch":0,"batch":-1,"batches_done":0,"iterations":0}`, "field batch is -1, out of range"},
		{`{"epoch":-5,"batch":0,"batches_done":0,"iterations":0}`, "field epoch is -5"},
		{`{"epoch":0,"batch":0,"batches_done":1e3,"iterations":0}`, "field batches_done is 1e3, not a whole number"},
		{`{"epoch":0,"batch":2.5,"batches_done":0,"iterations":0}`, "field batch is 2.5"},
		{`{"epoch":0,"batch":"3","batches_done":0,"iterations":0}`, `field batch is "3", not a number`},
		{`{"epoch":99999999999999999999,"batch":0,"batches_done":0,"iterations":0}`, "field epoch is 99999999999999999999"},
		{`{"epoch":1125899906842625,"batch":0,"batches_done":0,"iterations":0}`, "out of range"},
		{`{"batch":0,"batches_done":0,"iterations":0}`, "field epoch is missing"},
		{`{"epoch":0,"batch":0,"batches_done":0,"iterations":0,"train_seconds":-1}`, "train_seconds is -1"},
		{`{"epoch":0,"batch":0,"batches_done":0,"iterations":0,"metrics_bytes":-2}`, "metrics_bytes is -2"},
		{`{"epoch":0,"batch":0,"batches_done":0,"iterations":0,"eval_bytes":null}`, "eval_bytes is null"},
		{`[1,2]`, "position: json"},
		{`null`, "not a JSON object"},
		{``, "position:"},
	} {
		_, err := ParsePosition(file, c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), file+": position") {
			t.Errorf("ParsePosition(%s) = %v, want %q", c.in, err, c.want)
		}
	}
}

func TestPositionCheck(t *testing.T) {
	// 938 batches per epoch (60,000 images in 64s), d-steps 1: 938 used.
	seed := Geometry{BatchesPerEpoch: 938, DSteps: 1}
	// 7 batches, the last of one image (skipped), d-steps 2: 6 used.
	odd := Geometry{BatchesPerEpoch: 7, SkipLast: true, DSteps: 2}
	pos := func(e, b, bd int, it int64) Position {
		return Position{Epoch: e, Batch: b, BatchesDone: bd, Iterations: it}
	}
	for _, c := range []struct {
		g    Geometry
		p    Position
		want string // "" = valid
	}{
		{seed, pos(0, 0, 0, 0), ""},
		{seed, pos(2, 64, 1940, 1940), ""},
		{seed, pos(1, 938, 1876, 1876), ""}, // the end of an epoch not yet rolled over
		{seed, pos(0, 100000, 100000, 100000), "field batch is 100000, beyond the 938 batches"},
		{seed, pos(2, 64, 1000, 1000), "field batches_done is 1000"},
		{seed, pos(2, 64, 1940, 7), "field iterations is 7"},
		{seed, pos(1<<49, 0, 0, 0), "field batches_done is 0"},
		{odd, pos(3, 4, 22, 11), ""},
		{odd, pos(3, 3, 21, 10), "not a multiple of --d-steps 2"},
		{odd, pos(0, 7, 7, 3), "beyond the 6 batches"},
		{Geometry{BatchesPerEpoch: 1, DSteps: 2}, pos(1, 0, 0, 0), "trains on no batch"},
	} {
		err := c.p.Check("f", c.g)
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%+v in %+v: %v, want %q", c.p, c.g, err, c.want)
		}
	}
}

// FuzzParsePosition: any metadata string gives an error or a position that
// round-trips and can be checked against any geometry without a panic.
func FuzzParsePosition(f *testing.F) {
	f.Add(`{"epoch":2,"batch":64,"batches_done":1940,"iterations":1940,"train_seconds":12.5,"metrics_bytes":1000,"eval_bytes":-1}`, 938, 1)
	f.Add(`{"epoch":0,"batch":-1,"batches_done":0,"iterations":0}`, 7, 2)
	f.Add(`{"epoch":1e400}`, 0, 0)
	f.Fuzz(func(t *testing.T, s string, nb, k int) {
		p, err := ParsePosition("f", s)
		if err != nil {
			return
		}
		back, err := ParsePosition("f", p.Marshal())
		if err != nil || back != p {
			t.Fatalf("round trip of %+v: %+v, %v", p, back, err)
		}
		g := Geometry{BatchesPerEpoch: nb, DSteps: k}
		if p.Check("f", g) == nil && g.Used() > 0 && p.Batch > g.Used() {
			t.Fatalf("%+v accepted beyond the epoch", p)
		}
	})
}
