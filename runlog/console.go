package runlog

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// Console shows a run's progress: a progress bar where one is wanted (a
// terminal), else gan.py's "[Epoch e/E] [Batch b/B] [D loss: x] [G loss: y]"
// lines every so many batches and at each epoch's end.
type Console struct {
	bar                    *progressbar.ProgressBar
	barOut, log            io.Writer
	epochs, batches, every int
	step                   int // batches per iteration
	// For the one-time estimate of the run's duration in line mode (the
	// bar shows its own): when and where this process started, and the
	// batches it has to do.
	start        time.Time
	first, total int
	estimated    bool
}

// estimateAfter is how long a run trains before Console estimates its
// duration: long enough for the first iterations' warm-up not to dominate.
const estimateAfter = 5 * time.Second

// NewConsole reports a run of epochs epochs of batches batches each, step
// batches per iteration, total batches in all of which done are done. With a
// bar writer it draws a progress bar there; else it writes lines to log
// every batches.
func NewConsole(log, bar io.Writer, epochs, batches, step, total, done, every int) *Console {
	c := &Console{barOut: bar, log: log, epochs: epochs, batches: batches, every: every, step: step,
		start: time.Now(), first: done, total: total}
	if bar != nil {
		c.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(bar),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("batch"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetWidth(24),
		)
		c.bar.Set(min(done, total))
	}
	return c
}

// Iteration reports the iteration that trained batch (of the epoch) and
// batchesDone, with its losses.
func (c *Console) Iteration(epoch, batch, batchesDone int, dLoss, gLoss float32) {
	if c.bar != nil {
		c.bar.Describe(fmt.Sprintf("[Epoch %d/%d] [Batch %d/%d] D %.3f G %.3f", epoch, c.epochs, batch, c.batches, dLoss, gLoss))
		c.bar.Add(c.step)
		return
	}
	if batchesDone%c.every < c.step || batch+2*c.step > c.batches {
		fmt.Fprintf(c.log, "[Epoch %d/%d] [Batch %d/%d] [D loss: %f] [G loss: %f]\n", epoch, c.epochs, batch, c.batches, dLoss, gLoss)
		c.estimate(batchesDone)
	}
}

// estimate prints, once, how long the rest of the run will take at the pace
// so far, so that a user of the line mode (no terminal) knows what they
// started.
func (c *Console) estimate(batchesDone int) {
	elapsed := time.Since(c.start)
	done := batchesDone - c.first
	if c.estimated || elapsed < estimateAfter || done <= 0 {
		return
	}
	c.estimated = true
	perBatch := elapsed / time.Duration(done)
	left := perBatch * time.Duration(c.total-batchesDone)
	fmt.Fprintf(c.log, "%.1f ms per iteration so far: about %s for the remaining %d batches (done around %s)\n",
		float64(perBatch*time.Duration(c.step))/float64(time.Millisecond), Duration(left), c.total-batchesDone,
		time.Now().Add(left).Format("15:04"))
}

// Duration writes d as people read a long wait: "3 h 05 min", "12 min", "40 s".
func Duration(d time.Duration) string {
	d = d.Round(time.Second)
	switch {
	case d >= time.Hour:
		d = d.Round(time.Minute)
		return fmt.Sprintf("%d h %02d min", int(d.Hours()), int(d.Minutes())%60)
	case d >= time.Minute:
		return fmt.Sprintf("%d min", int(d.Round(time.Minute).Minutes()))
	default:
		return fmt.Sprintf("%d s", int(d.Seconds()))
	}
}

// Close ends the progress bar's line.
func (c *Console) Close() {
	if c.bar != nil {
		c.bar.Exit()
		fmt.Fprintln(c.barOut)
	}
}
