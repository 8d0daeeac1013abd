package nn

import "math"

// MinibatchStdDev appends one feature to every row: the standard deviation
// of each input feature across the row's group, averaged over the features
// (Karras et al. 2018, "Progressive growing of GANs", §3). A D that sees it
// can tell a batch of near-identical samples from a varied one, which
// penalises a G that collapses onto a few modes.
//
// Groups are Group consecutive rows, the last one possibly shorter, so a
// batch laid out as [fakes; reals] with the fakes a multiple of Group long
// never mixes the two. Unlike the paper's layer, which strides rows into
// groups, consecutive groups keep that property for any batch size.
type MinibatchStdDev struct {
	basic
	Group int
	n     int       // rows of the last Forward
	mu    []float64 // per group and feature
	sd    []float64
}

// mbstdEps keeps the square root differentiable for a group of identical
// rows, as the reference implementation's 1e-8.
const mbstdEps = 1e-8

// NewMinibatchStdDev builds the layer for dim input features and groups of
// group rows (≥ 2).
func NewMinibatchStdDev(ctx Context, dim, group int) *MinibatchStdDev {
	groups := (ctx.MaxBatch + group - 1) / group
	return &MinibatchStdDev{
		basic: newBasic(dim, dim+1, ctx.MaxBatch), Group: group,
		mu: make([]float64, groups*dim), sd: make([]float64, groups*dim),
	}
}

func (l *MinibatchStdDev) Forward(x []float32, n int, train bool) []float32 {
	checkRows("MinibatchStdDev", n, l.max)
	d := l.in
	l.x, l.n = x[:n*d], n
	y := l.y[:n*l.out]
	for g, lo := 0, 0; lo < n; g, lo = g+1, lo+l.Group {
		hi := min(lo+l.Group, n)
		m := float64(hi - lo)
		mu, sd := l.mu[g*d:(g+1)*d], l.sd[g*d:(g+1)*d]
		// Row by row, so that the inner loops run along memory.
		clear(mu)
		clear(sd)
		for r := lo; r < hi; r++ {
			for j, v := range x[r*d : (r+1)*d] {
				mu[j] += float64(v)
			}
		}
		for j := range mu {
			mu[j] /= m
		}
		for r := lo; r < hi; r++ {
			for j, v := range x[r*d : (r+1)*d] {
				e := float64(v) - mu[j]
				sd[j] += e * e
			}
		}
		var stat float64
		for j := range sd {
			sd[j] = math.Sqrt(sd[j]/m + mbstdEps)
			stat += sd[j]
		}
		stat /= float64(d)
		for r := lo; r < hi; r++ {
			copy(y[r*l.out:r*l.out+d], x[r*d:(r+1)*d])
			y[r*l.out+d] = float32(stat)
		}
	}
	return y
}

// Backward: the statistic s̄ = (1/d)Σ_j sqrt(var_j + ε) of a group of m rows
// has ∂s̄/∂x_rj = (x_rj − μ_j)/(d·m·sd_j) (the mean's own term sums to zero),
// and every row of the group sees s̄, so its gradient is the group's sum of
// the rows' dL/ds̄.
func (l *MinibatchStdDev) Backward(dy []float32, n int, p Pass) []float32 {
	if !p.InputGrad {
		return nil
	}
	d := l.in
	dx := l.dx[:n*d]
	for g, lo := 0, 0; lo < n; g, lo = g+1, lo+l.Group {
		// The group's extent is the forward's: a backward over fewer rows
		// (D's fakes only) still uses the statistics it was computed with.
		hi, hiF := min(lo+l.Group, n), min(lo+l.Group, l.n)
		m := float64(hiF - lo)
		var gs float64
		for r := lo; r < hi; r++ {
			gs += float64(dy[r*l.out+d])
		}
		mu, sd := l.mu[g*d:(g+1)*d], l.sd[g*d:(g+1)*d]
		k := gs / (float64(d) * m)
		for r := lo; r < hi; r++ {
			for j := range d {
				dx[r*d+j] = dy[r*l.out+j] + float32(k*(float64(l.x[r*d+j])-mu[j])/sd[j])
			}
		}
	}
	return dx
}
