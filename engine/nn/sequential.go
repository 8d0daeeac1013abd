package nn

// Sequential chains layers as PyTorch's nn.Sequential. Its parameters are
// named "model.<index>.<name>" with the index counting every layer, as in the
// state_dict of gan.py's models.
type Sequential struct {
	Layers []Layer

	// free counts the leading layers without parameters, for the Layers
	// slice starting at freeOf with freeLen layers (a Sequential may be a
	// literal, or its Layers replaced).
	free, freeLen int
	freeOf        *Layer
}

// OwnNamed is a layer whose parameters keep a name of their own rather than
// prefix.<index>: cgan.py's label embeddings are attributes beside its
// nn.Sequential, not in it (label_emb.weight, then model.0.weight).
type OwnNamed interface {
	OwnName() string
}

// NewSequential names each layer's parameters after its position, counting
// only the layers that are not OwnNamed.
func NewSequential(prefix string, layers ...Layer) *Sequential {
	i := 0
	for _, l := range layers {
		if _, own := l.(OwnNamed); own {
			continue
		}
		l.Prefix(prefix + "." + itoa(i))
		i++
	}
	return &Sequential{Layers: layers}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func (s *Sequential) In() int  { return s.Layers[0].In() }
func (s *Sequential) Out() int { return s.Layers[len(s.Layers)-1].Out() }

// Forward runs every layer on n rows.
func (s *Sequential) Forward(x []float32, n int, train bool) []float32 {
	for _, l := range s.Layers {
		x = l.Forward(x, n, train)
	}
	return x
}

// Backward back-propagates dy through every layer. p.InputGrad applies to
// the first layer only; the inner layers pass gradients on as far down as
// a layer with parameters, and without p.InputGrad the layers below the
// first such layer are not run (nil is returned).
func (s *Sequential) Backward(dy []float32, n int, p Pass) []float32 {
	return s.BackwardFrom(len(s.Layers)-1, dy, n, p)
}

// BackwardFrom back-propagates dy, the gradient of the output of layer
// last, through layers last..0 (skipping the layers after it).
func (s *Sequential) BackwardFrom(last int, dy []float32, n int, p Pass) []float32 {
	// A gradient only parameter-free layers would consume is thrown
	// away: the paper D's input dropout would have its conv's dx, a
	// product as large as the conv's forward, computed for nothing.
	stop := 0
	if !p.InputGrad {
		stop = s.paramFree()
	}
	for i := last; i >= stop; i-- {
		q := Pass{ParamGrads: p.ParamGrads, InputGrad: i > stop || p.InputGrad}
		dy = s.Layers[i].Backward(dy, n, q)
	}
	if stop > 0 {
		return nil
	}
	return dy
}

// paramFree is the number of leading layers with no parameters, counted
// once per Layers slice.
func (s *Sequential) paramFree() int {
	if len(s.Layers) == 0 {
		return 0
	}
	if s.freeOf != &s.Layers[0] || s.freeLen != len(s.Layers) {
		s.free = len(s.Layers)
		for i, l := range s.Layers {
			if len(l.Params()) > 0 {
				s.free = i
				break
			}
		}
		s.freeOf, s.freeLen = &s.Layers[0], len(s.Layers)
	}
	return s.free
}

// Params lists the learnable tensors in state_dict order.
func (s *Sequential) Params() []*Param {
	var ps []*Param
	for _, l := range s.Layers {
		ps = append(ps, l.Params()...)
	}
	return ps
}

// Buffers lists the non-learnable state in state_dict order.
func (s *Sequential) Buffers() []Buffer {
	var bs []Buffer
	for _, l := range s.Layers {
		bs = append(bs, l.Buffers()...)
	}
	return bs
}

// NumParams counts learnable scalars.
func (s *Sequential) NumParams() int {
	n := 0
	for _, p := range s.Params() {
		n += len(p.W)
	}
	return n
}
