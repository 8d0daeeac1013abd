package nn

import (
	"math"
	"slices"
)

// Weighted is a layer whose weight SpectralNorm can normalise: its first
// dimension is the output one (Linear [out, in], Conv2d [out, in, kh, kw]),
// the dim=0 view PyTorch's spectral_norm takes for them. ConvTranspose2d
// keeps its outputs in dimension 1, for which PyTorch permutes; it is left
// out rather than wrapped wrongly.
type Weighted interface {
	Layer
	Weight() *Param
}

func (l *Linear) Weight() *Param { return l.W }
func (c *Conv2d) Weight() *Param { return c.W }

// snEps is spectral_norm's eps: the floor on a norm before dividing by it,
// so an all-zero W·v or Wᵀ·u gives 0 rather than NaN.
const snEps = 1e-12

// SpectralNorm is torch.nn.utils.spectral_norm (Miyato et al. 2018) over a
// Weighted layer, with PyTorch 1.13's defaults: one power iteration a
// training forward, eps 1e-12, the weight viewed as out × rest.
//
// The learnable tensor is Orig (weight_orig); the wrapped layer's own weight
// becomes W_orig/σ, rewritten from Orig by every Forward, so it must not be
// trained or initialised after wrapping (initialise the layer first, or
// write Orig). σ = uᵀ·W_orig·v comes from the buffers u (weight_u, [out]) and
// v (weight_v, [rest]): a training forward first advances them by one power
// iteration, an eval forward uses them as they are (with the current W_orig,
// PyTorch's behaviour since its version 1 of spectral_norm), so evaluating a
// D leaves its training state alone.
//
// The gradient treats u and v as constants, as PyTorch's does (its power
// iteration runs under no_grad): Backward passes dL/dW_sn through
// W_sn = W_orig/σ to Orig.G. u and v are those of the last Forward, so, as
// for every layer here, Backward belongs to the Forward before it.
//
// Parameters and buffers follow PyTorch's state_dict: the layer's own
// parameters without its weight (<prefix>.bias), then <prefix>.weight_orig;
// its buffers, then <prefix>.weight_u and <prefix>.weight_v. The normalised
// weight is not saved (spectral_norm's state_dict hook leaves it out).
type SpectralNorm struct {
	Inner Weighted
	Orig  *Param
	U, V  []float32

	names [2]string // of U and V
	rows  int
	sigma float32   // of the last Forward
	acc   []float64 // Wᵀ·u, then W·v: [max(rows, cols)]
}

// NewSpectralNorm wraps l, whose current weight becomes W_orig. u and v
// start as PyTorch's do, normalised N(0, 1) draws (u's first), from
// ctx.Rand.
func NewSpectralNorm(ctx Context, l Weighted) *SpectralNorm {
	w := l.Weight()
	rows := w.Shape[0]
	cols := len(w.W) / rows
	s := &SpectralNorm{
		Inner: l, Orig: newParam("weight_orig", slices.Clone(w.Shape)...),
		U: make([]float32, rows), V: make([]float32, cols),
		names: [2]string{"weight_u", "weight_v"},
		rows:  rows, acc: make([]float64, max(rows, cols)),
	}
	copy(s.Orig.W, w.W)
	for _, x := range [][]float32{s.U, s.V} {
		a := s.acc[:len(x)]
		for i := range a {
			a[i] = ctx.Rand.NormFloat64()
		}
		normalize(x, a)
	}
	return s
}

// normalize writes a/max(‖a‖, eps) into dst: torch.nn.functional.normalize.
func normalize(dst []float32, a []float64) {
	var ss float64
	for _, v := range a {
		ss += v * v
	}
	d := max(math.Sqrt(ss), snEps)
	for i, v := range a {
		dst[i] = float32(v / d)
	}
}

// Sigma is σ of the last Forward.
func (s *SpectralNorm) Sigma() float32 { return s.sigma }

func (s *SpectralNorm) In() int  { return s.Inner.In() }
func (s *SpectralNorm) Out() int { return s.Inner.Out() }

func (s *SpectralNorm) Params() []*Param {
	var ps []*Param
	for _, p := range s.Inner.Params() {
		if p != s.Inner.Weight() {
			ps = append(ps, p)
		}
	}
	return append(ps, s.Orig)
}

func (s *SpectralNorm) Buffers() []Buffer {
	return append(s.Inner.Buffers(),
		Buffer{Name: s.names[0], Shape: []int{len(s.U)}, F: s.U},
		Buffer{Name: s.names[1], Shape: []int{len(s.V)}, F: s.V})
}

func (s *SpectralNorm) Prefix(name string) {
	s.Inner.Prefix(name)
	s.Orig.Name = name + ".weight_orig"
	s.names = [2]string{name + ".weight_u", name + ".weight_v"}
}

// Forward sets the inner weight to W_orig/σ and runs the inner layer.
func (s *SpectralNorm) Forward(x []float32, n int, train bool) []float32 {
	W, m := s.Orig.W, s.rows
	k := len(s.V)
	if train {
		// v = normalize(Wᵀu), then u = normalize(W v), in place: the
		// buffers carry the iteration from one step to the next, which is
		// what lets one iteration a step track σ.
		a := s.acc[:k]
		clear(a)
		for i := range m {
			ui := float64(s.U[i])
			for j, w := range W[i*k : (i+1)*k] {
				a[j] += ui * float64(w)
			}
		}
		normalize(s.V, a)
	}
	wv := s.acc[:m]
	for i := range m {
		var d float64
		for j, w := range W[i*k : (i+1)*k] {
			d += float64(w) * float64(s.V[j])
		}
		wv[i] = d
	}
	if train {
		normalize(s.U, wv)
	}
	var sigma float64
	for i, u := range s.U {
		sigma += float64(u) * wv[i]
	}
	// PyTorch divides by σ as a float32 tensor; rounding σ first keeps
	// W_sn within an ulp of its.
	s.sigma = float32(sigma)
	sn := s.Inner.Weight().W
	for i, w := range W {
		sn[i] = w / s.sigma
	}
	return s.Inner.Forward(x, n, train)
}

// Backward takes the inner layer's dL/dW_sn = G to W_orig through
// W_sn = W_orig/σ(W_orig), σ = uᵀ W_orig v:
//
//	dL/dW_orig = G/σ - (Σ G∘W_orig)/σ² · u vᵀ,
//
// the second term being the path through σ.
func (s *SpectralNorm) Backward(dy []float32, n int, p Pass) []float32 {
	dx := s.Inner.Backward(dy, n, p)
	if !p.ParamGrads {
		return dx
	}
	G, W, k := s.Inner.Weight().G, s.Orig.W, len(s.V)
	var gw float64
	for i, g := range G {
		gw += float64(g) * float64(W[i])
	}
	sigma := float64(s.sigma)
	c := -gw / (sigma * sigma)
	for i := range s.rows {
		cu := c * float64(s.U[i])
		row := s.Orig.G[i*k : (i+1)*k]
		for j, g := range G[i*k : (i+1)*k] {
			row[j] = float32(float64(g)/sigma + cu*float64(s.V[j]))
		}
	}
	return dx
}
