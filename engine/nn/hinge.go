package nn

// The hinge loss of GANs (Lim & Ye 2017; Miyato et al. 2018) on D's raw
// outputs d (no sigmoid):
//
//	L_D = mean(relu(1 - D(real))) + mean(relu(1 + D(fake)))
//	L_G = -mean(D(fake))
//
// D's loss comes in its two halves, one per batch, as BCE's does, so a
// trainer can run D over reals and fakes together or apart.

// HingeD returns D's hinge loss on one batch of outputs d, mean(relu(1 - d))
// for reals and mean(relu(1 + d)) for fakes, and writes dLoss/dd scaled by
// weight (the gradient arriving from above) into grad (nil to skip):
// ∓weight/n where the hinge is active, else 0. At the kink (d exactly ±1)
// the gradient is 0, PyTorch's relu gradient at 0: a sample D already
// scores at the margin teaches it nothing more.
func HingeD(d []float32, real bool, grad []float32, weight float32) float32 {
	n := len(d)
	if n == 0 {
		return 0
	}
	// t·d with t = +1 for reals, -1 for fakes: the hinge is relu(1 - t·d).
	t, g := float32(1), -weight/float32(n)
	if !real {
		t, g = -1, weight/float32(n)
	}
	var sum float64
	for i, v := range d {
		// 1 - t·d in float32 as PyTorch computes it: exact where it is
		// near 0 (Sterbenz), so the kink falls where PyTorch's does.
		h := 1 - t*v
		if h > 0 {
			sum += float64(h)
		}
		if grad != nil {
			grad[i] = 0
			if h > 0 {
				grad[i] = g
			}
		}
	}
	return float32(sum / float64(n))
}

// HingeG returns G's hinge loss -mean(d) on D's outputs d for fakes and
// writes dLoss/dd = -weight/n into grad (nil to skip).
func HingeG(d []float32, grad []float32, weight float32) float32 {
	n := len(d)
	if n == 0 {
		return 0
	}
	var sum float64
	for _, v := range d {
		sum += float64(v)
	}
	if grad != nil {
		g := -weight / float32(n)
		for i := range grad[:n] {
			grad[i] = g
		}
	}
	return float32(-sum / float64(n))
}
