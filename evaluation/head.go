package evaluation

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"

	"gogan/checkpoint"
	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/recipe"
	"gogan/sample"
)

// HeadReport is what the run's D makes of the samples through its class
// head (an unconditional dcgan-plus's aux_classes): the reading that D's
// class-balance and class-confidence terms act on in training, beside the
// judge's. The head's classes are the run's labels (its data's class
// folders in sorted order), which are the judge's only where the data is
// the judge's (CIFAR-10's folders, MNIST's digits).
type HeadReport struct {
	Discriminator string `json:"discriminator"`
	Batch         int    `json:"batch"` // rows per D pass: the run's batch size
	// Shares is the fraction of samples whose most probable class under
	// the head is each class; MeanProbability the head's softmax averaged
	// over the samples, which the class-balance term evens batch by batch.
	Shares          []float64 `json:"shares"`
	MeanProbability []float64 `json:"mean_probability"`
	LargestShare    float64   `json:"largest_share"`
	SmallestShare   float64   `json:"smallest_share"`
	// JudgeByHead[j][h] counts the samples the judge reads as class j and
	// the head as class h.
	JudgeByHead [][]int `json:"judge_by_head"`
}

// errNoHead: the run has no D with a class head to read the samples.
var errNoHead = errors.New("no class head")

// readHead reads n samples x (NCHW in the model's pixel range, as D sees
// them) with the class head of the D saved beside g's weights file, in
// passes of the run's batch size (up to twice it, so that no
// pass is short) with BatchNorm's batch
// statistics, as G's training steps read its fakes, and without
// DiffAugment, whose draws would make the reading random. judged is the
// judge's class of each sample. It returns errNoHead for a model without a
// class head or a run without a saved D.
func readHead(be gemm.Backend, g *sample.Generator, x []float32, n int, judged []int, judgeClasses int) (*HeadReport, error) {
	m := g.Model
	cfg, own := g.Config()
	if !m.ClassHead() || !own {
		return nil, errNoHead
	}
	dPath := filepath.Join(filepath.Dir(g.Path), recipe.DiscriminatorFile)
	if _, err := os.Stat(dPath); errors.Is(err, os.ErrNotExist) {
		return nil, errNoHead
	}
	batch := min(cfg.Train.BatchSize, n)
	if batch < 2 {
		return nil, fmt.Errorf("eval: D's class head reads batches of at least 2 samples (BatchNorm), not %d", batch)
	}
	d := m.NewDiscriminator(nn.Context{BLAS: be, MaxBatch: 2 * batch, Rand: rand.New(rand.NewPCG(1, 1))})
	if _, err := checkpoint.LoadFinite(dPath, d.Sequential); err != nil {
		return nil, err
	}
	var head *nn.Projection
	for _, l := range d.Layers {
		if p, ok := l.(*nn.Projection); ok {
			head = p
		}
	}
	if head == nil {
		return nil, errNoHead
	}
	var body []nn.Layer
	for _, l := range head.Body.Layers {
		if _, aug := l.(*nn.DiffAugment); !aug {
			body = append(body, l)
		}
	}
	k, w, dim := head.Classes, head.Body.Out(), m.Channels*m.ImgSize*m.ImgSize
	rep := &HeadReport{Discriminator: dPath, Batch: batch, Shares: make([]float64, k), MeanProbability: make([]float64, k)}
	rep.JudgeByHead = make([][]int, judgeClasses)
	for j := range rep.JudgeByHead {
		rep.JudgeByHead[j] = make([]int, k)
	}
	prob := make([]float64, k)
	// Equal passes of batch to 2·batch-1 rows: a short last pass would be
	// read with the statistics of a few rows.
	passes := max(1, n/batch)
	for p := range passes {
		lo, hi := p*n/passes, (p+1)*n/passes
		rows := hi - lo
		h := x[lo*dim : hi*dim]
		for _, l := range body {
			h = l.Forward(h, rows, true)
		}
		for i := range rows {
			phi := h[i*w : (i+1)*w]
			top := math.Inf(-1)
			best := 0
			for c := range k {
				var s float32
				for j, v := range head.V.W[c*w : (c+1)*w] {
					s += v * phi[j]
				}
				prob[c] = float64(s)
				if prob[c] > top {
					top, best = prob[c], c
				}
			}
			var sum float64
			for c := range prob {
				prob[c] = math.Exp(prob[c] - top)
				sum += prob[c]
			}
			for c := range prob {
				rep.MeanProbability[c] += prob[c] / sum / float64(n)
			}
			rep.Shares[best] += 1 / float64(n)
			if j := judged[lo+i]; j >= 0 && j < judgeClasses {
				rep.JudgeByHead[j][best]++
			}
		}
	}
	rep.LargestShare, rep.SmallestShare = rep.Shares[0], rep.Shares[0]
	for _, s := range rep.Shares {
		rep.LargestShare, rep.SmallestShare = max(rep.LargestShare, s), min(rep.SmallestShare, s)
	}
	return rep, nil
}
