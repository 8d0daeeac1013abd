package rundir

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Position is where a run stands, as its checkpoint records it (the
// training state's "position" metadata): the next batch to train on and
// the sizes of the logs when the checkpoint was taken.
type Position struct {
	Epoch        int     `json:"epoch"`        // current epoch, from 0
	Batch        int     `json:"batch"`        // next batch index within the epoch
	BatchesDone  int     `json:"batches_done"` // gan.py's batches_done of the next batch
	Iterations   int64   `json:"iterations"`   // training iterations (G updates) so far
	TrainSeconds float64 `json:"train_seconds"`
	// Sizes in bytes of metrics.csv and eval.csv at the checkpoint; -1 in
	// checkpoints of gogan 0.1.0, which did not record them.
	MetricsBytes int64 `json:"metrics_bytes"`
	EvalBytes    int64 `json:"eval_bytes"`
}

// NotRecorded is a log size an old checkpoint did not record.
const NotRecorded = -1

// maxCount bounds every count in a position: far beyond any real run (2^50
// batches), small enough that no product of two checked fields overflows.
const maxCount = 1 << 50

// Marshal encodes p as the position metadata.
func (p Position) Marshal() string {
	b, _ := json.Marshal(p) // no field can fail: TrainSeconds is checked finite where it is set
	return string(b)
}

// ParsePosition decodes and checks the position metadata s of file. Every
// field must be a whole number in range (train_seconds a finite one ≥ 0);
// epoch, batch, batches_done and iterations must be present. Errors name
// the file and the field.
func ParsePosition(file, s string) (Position, error) {
	p := Position{MetricsBytes: NotRecorded, EvalBytes: NotRecorded}
	fail := func(format string, a ...any) (Position, error) {
		return Position{}, fmt.Errorf("%s: position: "+format, append([]any{file}, a...)...)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &fields); err != nil || fields == nil {
		if err == nil {
			err = fmt.Errorf("not a JSON object")
		}
		return fail("%v (is the checkpoint from gogan?)", err)
	}
	ints := []struct {
		name     string
		dst      *int64
		required bool
	}{
		{"epoch", new(int64), true}, {"batch", new(int64), true}, {"batches_done", new(int64), true},
		{"iterations", &p.Iterations, true}, {"metrics_bytes", &p.MetricsBytes, false}, {"eval_bytes", &p.EvalBytes, false},
	}
	for _, f := range ints {
		raw, ok := fields[f.name]
		if !ok {
			if f.required {
				return fail("field %s is missing", f.name)
			}
			continue
		}
		text := string(bytes.TrimSpace(raw))
		v, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			if text != "" && strings.ContainsRune("-0123456789", rune(text[0])) {
				return fail("field %s is %s, not a whole number in range", f.name, text)
			}
			return fail("field %s is %s, not a number", f.name, text)
		}
		min := int64(0)
		if !f.required {
			min = NotRecorded
		}
		if v < min || v > maxCount {
			return fail("field %s is %d, out of range", f.name, v)
		}
		*f.dst = v
	}
	p.Epoch, p.Batch, p.BatchesDone = int(*ints[0].dst), int(*ints[1].dst), int(*ints[2].dst)
	if raw, ok := fields["train_seconds"]; ok {
		if err := json.Unmarshal(raw, &p.TrainSeconds); err != nil || !(p.TrainSeconds >= 0) || math.IsInf(p.TrainSeconds, 0) {
			return fail("field train_seconds is %s, want a finite number ≥ 0", raw)
		}
	}
	return p, nil
}

// Geometry is what a run's position must agree with: batches per epoch,
// whether the last batch holds one image (then skipped, as BatchNorm cannot
// train on it) and the discriminator steps per iteration.
type Geometry struct {
	BatchesPerEpoch int
	SkipLast        bool
	DSteps          int
}

// GeometryFor is the geometry of epochs over images images in batches of
// batchSize (the last batch short when they do not divide) at dSteps
// discriminator steps per iteration.
func GeometryFor(images, batchSize, dSteps int) Geometry {
	if batchSize < 1 {
		return Geometry{DSteps: dSteps}
	}
	return Geometry{BatchesPerEpoch: (images + batchSize - 1) / batchSize, SkipLast: images%batchSize == 1, DSteps: dSteps}
}

// Used is the number of batches an epoch trains on: whole groups of DSteps,
// without a skipped last batch.
func (g Geometry) Used() int {
	nb := g.BatchesPerEpoch
	if g.SkipLast {
		nb--
	}
	if g.DSteps < 1 || nb < 0 {
		return 0
	}
	return nb / g.DSteps * g.DSteps
}

// Check reports a position that the run described by g cannot have
// reached: a batch beyond the epoch or not at a group boundary, batches_done
// other than epoch × used + batch, iterations other than batches_done /
// DSteps. Errors name the file and the field.
func (p Position) Check(file string, g Geometry) error {
	used := g.Used()
	k := max(g.DSteps, 1)
	switch {
	case p.Batch > used:
		return fmt.Errorf("%s: position: field batch is %d, beyond the %d batches an epoch trains on", file, p.Batch, used)
	case p.Batch%k != 0:
		return fmt.Errorf("%s: position: field batch is %d, not a multiple of --d-steps %d", file, p.Batch, k)
	case used == 0 && (p.Epoch != 0 || p.BatchesDone != 0):
		return fmt.Errorf("%s: position: epoch %d and batches_done %d, but an epoch of this run trains on no batch", file, p.Epoch, p.BatchesDone)
	// Division rather than epoch × used, which a crafted epoch could overflow.
	case used > 0 && (p.BatchesDone < p.Batch || (p.BatchesDone-p.Batch)%used != 0 || (p.BatchesDone-p.Batch)/used != p.Epoch):
		return fmt.Errorf("%s: position: field batches_done is %d, which epoch %d and batch %d at %d batches per epoch do not make", file, p.BatchesDone, p.Epoch, p.Batch, used)
	case int64(p.BatchesDone/k) != p.Iterations:
		return fmt.Errorf("%s: position: field iterations is %d, but batches_done %d at --d-steps %d make %d", file, p.Iterations, p.BatchesDone, k, p.BatchesDone/k)
	}
	return nil
}
