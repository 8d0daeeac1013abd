package train

import (
	"math/rand/v2"
	"testing"

	"gogan/engine/gemm"
	"gogan/gan"
	"gogan/recipe"
)

// BenchmarkPresetStep times one training iteration of each preset's seed
// model exactly as `gogan train` builds it (EMA, minibatch stddev, dropout,
// TTUR included), on the default backend:
//
//	go test ./train -run xxx -bench PresetStep -benchtime 300x -count 5
func BenchmarkPresetStep(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"seed", "improved", "cgan", "cgan-plus"} {
		b.Run(name, func(b *testing.B) {
			c, _ := recipe.Preset(name)
			c.Out = b.TempDir()
			m := build(c, be, nil)
			rng := rand.New(rand.NewPCG(1, 1))
			x := make([]float32, c.Train.BatchSize*c.Model.ImgDim())
			for i := range x {
				x[i] = float32(2*rng.Float64() - 1)
			}
			labels := make([]uint8, c.Train.BatchSize)
			for i := range labels {
				labels[i] = uint8(i % 10)
			}
			batch := []gan.Batch{{X: x, N: c.Train.BatchSize, Labels: labels}}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Trainer.Step(batch); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPaperCIFARStep times one training iteration of the paper's
// CIFAR-10 models at full size as `gogan train` builds them (scripts/bench.sh
// paper, against testdata/paper_cifar_pytorch.py); a preset this build does
// not have is skipped. Seconds an iteration:
//
//	go test ./train -run xxx -bench PaperCIFARStep -benchtime 3x
func BenchmarkPaperCIFARStep(b *testing.B) {
	be, err := gemm.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"paper-cifar10-fc", "paper-cifar10-conv"} {
		b.Run(name, func(b *testing.B) {
			c, err := recipe.Preset(name)
			if err != nil {
				b.Skip(err)
			}
			c.Out = b.TempDir()
			m := build(c, be, nil)
			rng := rand.New(rand.NewPCG(1, 1))
			x := make([]float32, c.Train.BatchSize*c.Model.ImgDim())
			for i := range x {
				x[i] = float32(rng.NormFloat64())
			}
			batch := []gan.Batch{{X: x, N: c.Train.BatchSize}}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Trainer.Step(batch); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
