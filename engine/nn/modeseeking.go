package nn

import (
	"fmt"
	"math"
)

// ModeSeekingEps is the ε of ModeSeeking, MSGAN's 1e-5.
const ModeSeekingEps = 1e-5

// ModeSeeking is the mode-seeking regulariser of Mao et al. (CVPR 2019,
// "Mode Seeking Generative Adversarial Networks for Diverse Image
// Synthesis") for G: for pairs of G's outputs drawn with the same condition
// and different latent vectors,
//
//	lz = mean|G(z₁) - G(z₂)| / mean|z₁ - z₂|,  L = weight / (lz + ε)
//
// the means over every element of every pair, as MSGAN's
// torch.mean(torch.abs(...)) over its two half-batches. A G that maps
// different z of one class to one image has lz near 0 and a large L, so
// minimising L keeps z in use where a conditional G would learn to ignore
// it.
//
// x holds G's outputs (rows of dim values), z their latent vectors (rows
// of latent values, the class column left out), pairs the row indices
// paired. It returns L and, when grad (rows of dim, as x) is not nil, adds
// dL/dx to it: the rows outside the pairs are left as they are. It panics
// on a row index outside x or z, and on no pairs.
func ModeSeeking(x []float32, dim int, z []float32, latent int, pairs [][2]int, weight float32, grad []float32) float32 {
	if len(pairs) == 0 {
		panic("nn: ModeSeeking: no pairs")
	}
	var sx, sz float64
	for _, p := range pairs {
		for _, r := range p {
			if r < 0 || (r+1)*dim > len(x) || (r+1)*latent > len(z) {
				panic(fmt.Sprintf("nn: ModeSeeking: row %d outside %d outputs of %d and %d latents of %d", r, len(x)/dim, dim, len(z)/latent, latent))
			}
		}
		a, b := x[p[0]*dim:(p[0]+1)*dim], x[p[1]*dim:(p[1]+1)*dim]
		for j := range a {
			sx += math.Abs(float64(a[j] - b[j]))
		}
		za, zb := z[p[0]*latent:(p[0]+1)*latent], z[p[1]*latent:(p[1]+1)*latent]
		for j := range za {
			sz += math.Abs(float64(za[j] - zb[j]))
		}
	}
	np := float64(len(pairs))
	mx, mz := sx/(np*float64(dim)), sz/(np*float64(latent))
	if mz == 0 {
		panic("nn: ModeSeeking: every pair has equal latent vectors")
	}
	lz := mx / mz
	loss := float64(weight) / (lz + ModeSeekingEps)
	if grad != nil {
		// dL/dx_a = -weight/(lz+ε)² · sign(x_a - x_b) / (mz·pairs·dim),
		// and its negative for x_b; PyTorch's sign(0) is 0.
		g := float32(-float64(weight) / ((lz + ModeSeekingEps) * (lz + ModeSeekingEps)) / (mz * np * float64(dim)))
		for _, p := range pairs {
			a, b := x[p[0]*dim:(p[0]+1)*dim], x[p[1]*dim:(p[1]+1)*dim]
			ga, gb := grad[p[0]*dim:(p[0]+1)*dim], grad[p[1]*dim:(p[1]+1)*dim]
			for j := range a {
				switch d := a[j] - b[j]; {
				case d > 0:
					ga[j] += g
					gb[j] -= g
				case d < 0:
					ga[j] -= g
					gb[j] += g
				}
			}
		}
	}
	return float32(loss)
}
