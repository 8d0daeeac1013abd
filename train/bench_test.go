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
