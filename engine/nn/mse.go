package nn

// MSE returns PyTorch's MSELoss with mean reduction of the n predictions p
// against the target t for all of them, mean((p - t)²), and writes
// dLoss/dp = weight·2·(p - t)/n into grad (nil to skip), weight being the
// gradient arriving from above (0.5 for one half of cgan.py's d_loss).
func MSE(p []float32, t float32, grad []float32, weight float32) float32 {
	n := len(p)
	if n == 0 {
		return 0
	}
	var sum float64
	for _, v := range p {
		d := float64(v) - float64(t)
		sum += d * d
	}
	if grad != nil {
		scale := float32(float64(weight) * 2 / float64(n))
		for i, v := range p {
			grad[i] = scale * (v - t)
		}
	}
	return float32(sum / float64(n))
}
