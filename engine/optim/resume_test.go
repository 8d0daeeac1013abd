package optim

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"

	"gogan/engine/nn"
	"gogan/internal/kat"
)

// resumeParams are two parameters: one below parallelMin (Adam updates it
// serially) and one above it (split across the helper goroutine when
// GOMAXPROCS allows).
func resumeParams() []*nn.Param {
	small, big := 7, parallelMin+13 // odd: the halves differ in length
	return []*nn.Param{
		{Name: "small", Shape: []int{small}, W: kat.Det(small, 40, 0.5), G: make([]float32, small)},
		{Name: "big", Shape: []int{big}, W: kat.Det(big, 41, 0.5), G: make([]float32, big)},
	}
}

// setGrads gives step k (from 1) a gradient that differs per step, with exact
// zeros in places (Adam must leave those weights alone until a gradient comes).
func setGrads(ps []*nn.Param, k int) {
	for i, p := range ps {
		copy(p.G, kat.Det(len(p.G), float64(50+10*i+k), 1))
		p.G[0] = 0
	}
}

// saved is a deep copy of an optimiser's State, as a checkpoint holds it.
func saved(o Optimizer) (map[string][]float32, int64) {
	st, steps := o.State()
	cp := map[string][]float32{}
	for k, v := range st {
		cp[k] = slices.Clone(v)
	}
	return cp, steps
}

func cloneParams(ps []*nn.Param) []*nn.Param {
	out := make([]*nn.Param, len(ps))
	for i, p := range ps {
		out[i] = &nn.Param{Name: p.Name, Shape: p.Shape, W: slices.Clone(p.W), G: make([]float32, len(p.G))}
	}
	return out
}

// TestResume runs 6 steps without interruption, and 3 steps, a save, a new
// optimiser over the saved weights restored with SetState, then 3 more: the
// weights and state must be bit-identical. With a learning rate that changes
// every step, as a schedule sets it. For Adam on one and two cores (serial
// and split updates of the large parameter).
func TestResume(t *testing.T) {
	type mk func([]*nn.Param) Optimizer
	for _, c := range []struct {
		name  string
		procs int
		new   mk
	}{
		{"adam/serial", 1, func(ps []*nn.Param) Optimizer { return NewAdam(ps, 0.01, 0.5, 0.999) }},
		{"adam/parallel", 2, func(ps []*nn.Param) Optimizer { return NewAdam(ps, 0.01, 0.5, 0.999) }},
		{"sgd", 1, func(ps []*nn.Param) Optimizer { return NewSGD(ps, 0.1, 0.5) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(c.procs))
			const total, cut = 6, 3
			lr := func(o Optimizer, k int) {
				switch o := o.(type) {
				case *Adam:
					o.LR = 0.01 / float64(k)
				case *SGD:
					o.LR = 0.1 / float64(k)
				}
			}
			ref := resumeParams()
			whole := c.new(ref)
			for k := 1; k <= total; k++ {
				setGrads(ref, k)
				lr(whole, k)
				whole.Step()
			}

			first := resumeParams()
			o := c.new(first)
			for k := 1; k <= cut; k++ {
				setGrads(first, k)
				lr(o, k)
				o.Step()
			}
			st, steps := saved(o)
			second := cloneParams(first)
			o2 := c.new(second)
			if err := o2.SetState(st, steps); err != nil {
				t.Fatal(err)
			}
			if got, gotSteps := o2.State(); gotSteps != steps || !maps.EqualFunc(got, st, slices.Equal) {
				t.Fatalf("State after SetState differs from what was set (steps %d, want %d)", gotSteps, steps)
			}
			for k := cut + 1; k <= total; k++ {
				setGrads(second, k)
				lr(o2, k)
				o2.Step()
			}
			for i, p := range second {
				if d := firstDiff(p.W, ref[i].W); d >= 0 {
					t.Errorf("%s[%d] = %v resumed, %v uninterrupted", p.Name, d, p.W[d], ref[i].W[d])
				}
			}
			wst, wsteps := whole.State()
			rst, rsteps := o2.State()
			if rsteps != wsteps || wsteps != total {
				t.Errorf("steps %d resumed, %d uninterrupted, want %d", rsteps, wsteps, total)
			}
			for name, w := range wst {
				if d := firstDiff(rst[name], w); d >= 0 {
					t.Errorf("state %s differs at %d after resuming", name, d)
				}
			}
			// The restored state must be a copy: the saved checkpoint is not
			// the optimiser's working memory.
			for name, v := range st {
				if &v[0] == &rst[name][0] {
					t.Errorf("SetState kept the caller's %s slice instead of copying it", name)
				}
			}
		})
	}
}

// TestAdamSplitMatchesSerial: the two-core update of a large parameter is
// element for element the serial one.
func TestAdamSplitMatchesSerial(t *testing.T) {
	run := func(procs int) []*nn.Param {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		ps := resumeParams()
		a := NewAdam(ps, 0.01, 0.5, 0.999)
		for k := 1; k <= 3; k++ {
			setGrads(ps, k)
			a.Step()
		}
		return ps
	}
	serial, split := run(1), run(2)
	for i, p := range split {
		if d := firstDiff(p.W, serial[i].W); d >= 0 {
			t.Errorf("%s[%d] = %v on two cores, %v on one", p.Name, d, p.W[d], serial[i].W[d])
		}
	}
	if d := firstDiff(split[1].W, resumeParams()[1].W); d != 1 {
		t.Errorf("first change of the large parameter at %d, want 1 (entry 0 has zero gradients)", d)
	}
}

func firstDiff(a, b []float32) int {
	if len(a) != len(b) {
		return 0
	}
	for i := range a {
		if a[i] != b[i] {
			return i
		}
	}
	return -1
}

func TestSetStateErrors(t *testing.T) {
	ps := resumeParams()
	for _, c := range []struct {
		name string
		o    Optimizer
		keys []string
	}{
		{"adam", NewAdam(ps, 0.01, 0.5, 0.999), []string{"exp_avg", "exp_avg_sq"}},
		{"sgd", NewSGD(ps, 0.1, 0.5), []string{"momentum_buffer"}},
	} {
		good, _ := saved(c.o)
		for _, key := range c.keys {
			name := "big." + key
			missing := maps.Clone(good)
			delete(missing, name)
			short := maps.Clone(good)
			short[name] = short[name][:10]
			for what, st := range map[string]map[string][]float32{"missing": missing, "short": short} {
				err := c.o.SetState(st, 3)
				want := fmt.Sprintf("%q", name)
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("%s: SetState with %s %s: error %v, want one naming %s", c.name, what, name, err, want)
				}
			}
		}
		if err := c.o.SetState(good, 5); err != nil {
			t.Errorf("%s: SetState of its own state: %v", c.name, err)
		}
		if _, steps := c.o.State(); steps != 5 {
			t.Errorf("%s: %d steps after SetState(…, 5)", c.name, steps)
		}
	}
}
