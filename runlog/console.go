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
}

// NewConsole reports a run of epochs epochs of batches batches each, step
// batches per iteration, total batches in all of which done are done. With a
// bar writer it draws a progress bar there; else it writes lines to log
// every batches.
func NewConsole(log, bar io.Writer, epochs, batches, step, total, done, every int) *Console {
	c := &Console{barOut: bar, log: log, epochs: epochs, batches: batches, every: every, step: step}
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
	}
}

// Close ends the progress bar's line.
func (c *Console) Close() {
	if c.bar != nil {
		c.bar.Exit()
		fmt.Fprintln(c.barOut)
	}
}
