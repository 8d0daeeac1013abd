package gan

import (
	"fmt"

	"gogan/engine/nn"
)

// DrawClasses draws one image of class labels[i] for every i from a
// conditional G (first layer a ClassEmbedding), with noise supplying the
// latent values, in batches of at most maxBatch rows, and returns them
// n×ImgDim in the order asked.
//
// With running BatchNorm statistics (batchStats false) rows are independent
// and are drawn as asked. With batch statistics they are not: BatchNorm
// subtracts the batch mean, and in a batch of one class the label's
// contribution is that mean, so a one-class batch loses its label (cgan.py
// sampled so draws the requested class about 10% of the time). So every
// batch here holds all classes in equal shares, as the batches G trained on
// did (labels i + offset mod classes), and the rows of the requested classes
// are kept until every request is met; the others are discarded.
func DrawClasses(g *nn.Sequential, noise func(z []float32), labels []int, maxBatch int, batchStats bool) ([]float32, error) {
	emb, ok := g.Layers[0].(*nn.ClassEmbedding)
	if !ok {
		return nil, fmt.Errorf("gan: the generator is not conditional (no label embedding)")
	}
	classes, latent, dim := emb.Classes, g.In()-1, g.Out()
	for i, c := range labels {
		if c < 0 || c >= classes {
			return nil, fmt.Errorf("gan: class %d (request %d) is not one of the generator's %d classes 0..%d", c, i, classes, classes-1)
		}
	}
	if batchStats && maxBatch < 2 {
		return nil, fmt.Errorf("gan: batch statistics need batches of at least 2 rows, got %d", maxBatch)
	}
	n := len(labels)
	out := make([]float32, n*dim)
	z := make([]float32, maxBatch*latent)
	rows := make([]float32, maxBatch*(latent+1))
	if !batchStats {
		for done := 0; done < n; {
			b := min(maxBatch, n-done)
			noise(z[:b*latent])
			for i := range b {
				rows[i*(latent+1)] = float32(labels[done+i])
				copy(rows[i*(latent+1)+1:(i+1)*(latent+1)], z[i*latent:(i+1)*latent])
			}
			copy(out[done*dim:], g.Forward(rows[:b*(latent+1)], b, false))
			done += b
		}
		return out, nil
	}
	// Outstanding requests per class, in the order asked.
	want := make([][]int, classes)
	for i, c := range labels {
		want[c] = append(want[c], i)
	}
	left, offset := n, 0
	for left > 0 {
		noise(z)
		for i := range maxBatch {
			rows[i*(latent+1)] = float32((i + offset) % classes)
			copy(rows[i*(latent+1)+1:(i+1)*(latent+1)], z[i*latent:(i+1)*latent])
		}
		offset = (offset + maxBatch) % classes
		y := g.Forward(rows, maxBatch, true)
		for i := range maxBatch {
			c := int(rows[i*(latent+1)])
			if len(want[c]) == 0 {
				continue
			}
			copy(out[want[c][0]*dim:(want[c][0]+1)*dim], y[i*dim:(i+1)*dim])
			want[c] = want[c][1:]
			left--
		}
	}
	return out, nil
}
