package nn

import "math"

// bceEpsilon is PyTorch's EPSILON in binary_cross_entropy_backward: it keeps
// the gradient finite at p = 0 or 1.
const bceEpsilon = 1e-12

// BCE returns PyTorch's BCELoss with mean reduction over the n predictions p
// against targets t: -mean(t·log p + (1-t)·log(1-p)), each log clamped to
// ≥ -100, and writes dLoss/dp into grad scaled by weight (the gradient
// arriving from above, e.g. 0.5 for one half of the seed's d_loss), with
// PyTorch's backward formula weight·(p - t) / max(p·(1-p), 1e-12) / n.
// grad may be nil to skip the gradient.
func BCE(p []float32, t float32, grad []float32, weight float32) float32 {
	n := len(p)
	if n == 0 {
		return 0
	}
	var sum float64
	for _, v := range p {
		lp := max(math.Log(float64(v)), -100)
		lq := max(math.Log(1-float64(v)), -100)
		sum += float64(t)*lp + float64(1-t)*lq
	}
	if grad != nil {
		scale := float64(weight) / float64(n)
		for i, v := range p {
			pv := float64(v)
			grad[i] = float32(scale * (pv - float64(t)) / max((1-pv)*pv, bceEpsilon))
		}
	}
	return float32(-sum / float64(n))
}

// BCEWithLogits is BCE on sigmoid(a) computed from the logits a, stably:
// mean(max(a,0) - a·t + log(1 + exp(-|a|))), with gradient
// weight·(sigmoid(a) - t)/n written into grad (nil to skip). This is the form
// of pylearn2's sigmoid cost and PyTorch's BCEWithLogitsLoss.
func BCEWithLogits(a []float32, t float32, grad []float32, weight float32) float32 {
	n := len(a)
	if n == 0 {
		return 0
	}
	var sum float64
	scale := float64(weight) / float64(n)
	for i, v := range a {
		x := float64(v)
		sum += max(x, 0) - x*float64(t) + math.Log1p(math.Exp(-math.Abs(x)))
		if grad != nil {
			grad[i] = float32(scale * (1/(1+math.Exp(-x)) - float64(t)))
		}
	}
	return float32(sum / float64(n))
}
