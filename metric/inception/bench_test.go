package inception

import (
	"testing"

	"gogan/format/npy"
)

// benchBatch is evaluation's inceptionBatch: the net's size as `gogan eval
// --inception` builds it, so the benchmark runs the passes eval runs.
const benchBatch = 16

// BenchmarkExtract times Extract as `gogan eval --inception` calls it (the
// 32x32 colour images resized to 299 inside, features and unbiased logits)
// on one batch of benchBatch images an op, with kat_test.go's deterministic
// weights, and reports images/s. testdata/inception_bench.py times PyTorch
// on the same net, weights and images; scripts/bench.sh inception runs both.
func BenchmarkExtract(b *testing.B) {
	n, err := New(nil, benchBatch, 0)
	if err != nil {
		b.Fatal(err)
	}
	// The weights' values do not change the work, but the same ones as
	// PyTorch's keep any subnormal or zero-skipping effect alike on both sides.
	detWeights(n)
	// The KAT's two CIFAR-10 images, repeated to fill the batch: the same
	// inputs inception_bench.py feeds PyTorch.
	shape, two, err := npy.ReadFile("testdata/images.npy")
	if err != nil {
		b.Fatal(err)
	}
	if len(shape) != 4 || shape[0] != 2 || shape[1] != 3 {
		b.Fatalf("images.npy has shape %v", shape)
	}
	h, w := shape[2], shape[3]
	d := 3 * h * w
	x := make([]float32, benchBatch*d)
	for i := range benchBatch {
		copy(x[i*d:(i+1)*d], two[(i%2)*d:(i%2+1)*d])
	}
	// One untimed pass, as inception_bench.py's --warmup: the first touches
	// of the layers' buffers are not the steady rate of a 10,000-image run.
	if _, _, err := n.Extract(x, benchBatch, 3, h, w, 0, nil); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := n.Extract(x, benchBatch, 3, h, w, 0, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(benchBatch*float64(b.N)/b.Elapsed().Seconds(), "images/s")
}
