package runview

import (
	"fmt"
	"math"
	"time"
)

// State is where a run stands, as its directory tells it.
type State string

// The states of a run.
const (
	Running  State = "running"
	Finished State = "finished" // every configured epoch done
	Stopped  State = "stopped"  // ended cleanly before the end (Ctrl-C, --max-batches): resumable
	Diverged State = "diverged" // ended without a checkpoint at its last iteration (NaN/Inf loss)
)

// StaleAfter is how long a run may write nothing and still count as
// running. Training writes metrics.csv in 4 KiB chunks (about 70 rows, a
// few seconds at most) and an evaluation takes seconds, so two minutes of
// silence means the process is gone.
const StaleAfter = 2 * time.Minute

// Facts are what a run directory says about its training, gathered by Read.
// DeriveState decides from them alone, so a new source of truth (a lock
// file held by the training process) is one more field and one more rule.
type Facts struct {
	Epochs     int       // config.json's total
	MaxBatches int       // config.json's --max-batches (0: none)
	Last       *Row      // metrics.csv's last complete row; nil if none
	Position   *Position // training_state's position; nil without a checkpoint
	Modified   time.Time // newest modification of the files training writes
	Now        time.Time
	// Live, when known from outside the directory (the server runs inside
	// the training process), overrides the modification-time guess.
	Live *bool
}

// Row is one metrics.csv row.
type Row struct {
	Epoch       int     `json:"epoch"`
	Batch       int     `json:"batch"`
	BatchesDone int     `json:"batches_done"`
	DLoss       float64 `json:"d_loss"`
	GLoss       float64 `json:"g_loss"`
	DReal       float64 `json:"d_real"`
	DFake       float64 `json:"d_fake"`
	Seconds     float64 `json:"seconds"`
}

// DeriveState says whether the run is running, finished, stopped or
// diverged, and why, in words for the page.
func DeriveState(f Facts) (State, string) {
	if l := f.Last; l != nil && (!finite(l.DLoss) || !finite(l.GLoss)) {
		return Diverged, fmt.Sprintf("the last logged iteration (batches_done %d) has a non-finite loss", l.BatchesDone)
	}
	if p := f.Position; p != nil && p.Epoch >= f.Epochs {
		return Finished, fmt.Sprintf("all %d epochs done", f.Epochs)
	}
	if f.Live != nil {
		if *f.Live {
			return Running, "training in this process"
		}
	} else if !f.Modified.IsZero() && f.Now.Sub(f.Modified) < StaleAfter {
		return Running, fmt.Sprintf("files written %s ago", roundAgo(f.Now.Sub(f.Modified)))
	}
	ckpt := -1
	if f.Position != nil {
		ckpt = f.Position.BatchesDone
	}
	if l := f.Last; l != nil && l.BatchesDone >= ckpt {
		where := "there is no checkpoint"
		if ckpt >= 0 {
			where = fmt.Sprintf("the last checkpoint is at batches_done %d", ckpt)
		}
		return Diverged, fmt.Sprintf("training ended at batches_done %d without saving a checkpoint there (%s): gogan stops so on a NaN or Inf loss (a killed process looks the same)", l.BatchesDone, where)
	}
	if p := f.Position; p != nil {
		if f.MaxBatches > 0 && p.BatchesDone >= f.MaxBatches {
			return Stopped, fmt.Sprintf("stopped by --max-batches %d at epoch %d; gogan train --resume continues it", f.MaxBatches, p.Epoch)
		}
		return Stopped, fmt.Sprintf("interrupted at epoch %d, batch %d; gogan train --resume continues it", p.Epoch, p.Batch)
	}
	return Stopped, "no training iteration logged"
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func roundAgo(d time.Duration) time.Duration {
	if d < time.Second {
		return 0
	}
	return d.Round(time.Second)
}
