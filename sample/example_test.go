package sample_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sync"

	"gogan/sample"
)

// Open a run directory (or a generator .safetensors file), draw samples as
// float32 rows and as images, and write a grid.
func Example() {
	g, err := sample.Open("testdata/tiny", nil) // nil: the default GEMM backend
	if err != nil {
		log.Fatal(err)
	}
	x, err := g.Sample(16, 1) // 16 rows of C·H·W float32 in G's pixel range, the same for seed 1
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(x)/g.Model.ImgDim(), "samples of", g.Model.ImgDim(), "values in", g.Model.PixelRange)

	imgs, err := g.SampleImages(4, 1)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(imgs), "images of", imgs[0].Bounds().Size())

	dir, err := os.MkdirTemp("", "gogan")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := g.WriteGrid(filepath.Join(dir, "grid.png"), x, 16, 4); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote grid.png")
	// Output:
	// 16 samples of 784 values in tanh
	// 4 images of (28,28)
	// wrote grid.png
}

// A Generator's methods may be called from many goroutines; a Sampler
// reuses its buffers, so each goroutine (a web handler, say) takes its own.
func ExampleGenerator_NewSampler() {
	g, err := sample.Open("testdata/tiny", nil)
	if err != nil {
		log.Fatal(err)
	}
	z := g.Latents(8, 42)
	out := make([][]float32, 4)
	var wg sync.WaitGroup
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := g.NewSampler(8)
			if err != nil {
				log.Fatal(err)
			}
			if out[i], err = s.Draw(z, 8, sample.Running); err != nil {
				log.Fatal(err)
			}
		}()
	}
	wg.Wait()
	same := true
	for _, x := range out[1:] {
		for j := range x {
			same = same && x[j] == out[0][j]
		}
	}
	fmt.Println("4 goroutines drew the same 8 samples:", same)
	// Output: 4 goroutines drew the same 8 samples: true
}
