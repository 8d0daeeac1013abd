// Package inception is the Inception-v3 of pytorch-fid, the network FID,
// KID and the Inception Score of the GAN literature are computed with, on
// gogan's layers.
//
// It is built as pytorch-fid's fid_inception_v3() builds it
// (mseitzer/pytorch-fid, src/pytorch_fid/inception.py): torchvision's
// inception_v3 with 1008 classes and no auxiliary classifier, Mixed_5b-5d,
// 6b-6e and 7b replaced by blocks whose 3x3 average pool does not count the
// padding (TensorFlow's), and Mixed_7c's pool branch a max pool. Its
// parameters carry torchvision's state_dict names, so the weights file
// pytorch-fid downloads (pt_inception-2015-12-05-6726825d.pth) loads with
// format/torchfile. Images are fed as pytorch-fid's InceptionV3 feeds them:
// resized to 299x299 by bilinear interpolation (F.interpolate,
// align_corners=False) and scaled from [0, 1] to [-1, 1]; the features are
// the 2048 values of the final average pool, the logits fc's 1008.
//
// NewTorchvision builds torchvision's own inception_v3 instead (its average
// pools count the padding, Mixed_7c's pool branch is one of them, fc has
// 1000 classes), fed the same way: the blocks are then checked against
// torchvision's code as well as against pytorch-fid's patches of it.
package inception

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"gogan/engine/gemm"
	"gogan/engine/nn"
	"gogan/format/torchfile"
)

// Sizes of the network.
const (
	Size     = 299  // the input images' height and width
	Features = 2048 // the pool features FID and KID use
	Classes  = 1008 // fc's outputs
	// TorchvisionClasses are fc's outputs in torchvision's inception_v3.
	TorchvisionClasses = 1000
)

// block is a part of the network on a C×H×W row.
type block interface {
	forward(x []float32, n int) []float32
	shape() (c, h, w int)
	layers() []nn.Layer
}

// builder builds the network's layers, each for maxBatch rows.
type builder struct {
	ctx nn.Context
	err error
	// torchvision builds torchvision's pools instead of pytorch-fid's
	// patched ones (TensorFlow's graph, which the FID weights come from).
	torchvision bool
}

// basicConv is torchvision's BasicConv2d: a convolution without bias,
// BatchNorm2d(eps 0.001) and ReLU, named <name>.conv and <name>.bn.
type basicConv struct {
	conv    *nn.Conv2d
	bn      *nn.BatchNorm2d
	relu    *nn.ReLU
	c, h, w int
}

func (b *basicConv) forward(x []float32, n int) []float32 {
	return b.relu.Forward(b.bn.Forward(b.conv.Forward(x, n, false), n, false), n, false)
}
func (b *basicConv) shape() (int, int, int) { return b.c, b.h, b.w }
func (b *basicConv) layers() []nn.Layer     { return []nn.Layer{b.conv, b.bn, b.relu} }

// conv builds a BasicConv2d of out channels on c×h×w with kernel kh×kw,
// stride s and padding ph×pw.
func (bd *builder) conv(name string, c, h, w, out, kh, kw, s, ph, pw int) *basicConv {
	if bd.err != nil {
		return &basicConv{c: out, h: h, w: w}
	}
	cv, err := nn.NewConv2d(bd.ctx, nn.Conv2dOpts{InC: c, OutC: out, H: h, W: w, KH: kh, KW: kw, SH: s, SW: s, PH: ph, PW: pw})
	if err != nil {
		bd.err = fmt.Errorf("%s: %w", name, err)
		return &basicConv{c: out, h: h, w: w}
	}
	cv.Prefix(name + ".conv")
	_, oh, ow := cv.OutShape()
	bn := nn.NewBatchNorm2d(bd.ctx, out, oh*ow, 0.001, 0.1)
	bn.Prefix(name + ".bn")
	return &basicConv{conv: cv, bn: bn, relu: nn.NewReLU(bd.ctx, out*oh*ow), c: out, h: oh, w: ow}
}

// pool is a max or average pool as a block.
type pool struct {
	l       nn.Layer
	c, h, w int
}

func (p *pool) forward(x []float32, n int) []float32 { return p.l.Forward(x, n, false) }
func (p *pool) shape() (int, int, int)               { return p.c, p.h, p.w }
func (p *pool) layers() []nn.Layer                   { return []nn.Layer{p.l} }

func (bd *builder) pool(max bool, c, h, w, k, s, pad int) *pool {
	if bd.err != nil {
		return &pool{c: c}
	}
	o := nn.PoolOpts{C: c, H: h, W: w, KH: k, KW: k, SH: s, SW: s, PH: pad, PW: pad}
	var l interface {
		nn.Layer
		OutShape() (int, int, int)
	}
	var err error
	if max {
		l, err = nn.NewMaxPool2d(bd.ctx, o)
	} else {
		// pytorch-fid's blocks leave the padding out, as TensorFlow's
		// graph does; torchvision's keep PyTorch's default.
		o.CountIncludePad = bd.torchvision
		l, err = nn.NewAvgPool2d(bd.ctx, o)
	}
	if err != nil {
		bd.err = err
		return &pool{c: c}
	}
	_, oh, ow := l.OutShape()
	return &pool{l: l, c: c, h: oh, w: ow}
}

// chain runs blocks one after another.
type chain []block

func (c chain) forward(x []float32, n int) []float32 {
	for _, b := range c {
		x = b.forward(x, n)
	}
	return x
}
func (c chain) shape() (int, int, int) { return c[len(c)-1].shape() }
func (c chain) layers() []nn.Layer {
	var ls []nn.Layer
	for _, b := range c {
		ls = append(ls, b.layers()...)
	}
	return ls
}

// concat runs branches on the same input and concatenates their outputs
// along the channels (torch.cat(outputs, 1)): a row's channels are
// contiguous, so each image's outputs are copied one after another.
type concat struct {
	branches []block
	y        []float32
	c, h, w  int
}

func (bd *builder) concat(branches ...block) *concat {
	cc := &concat{branches: branches}
	_, cc.h, cc.w = branches[0].shape()
	for _, b := range branches {
		c, h, w := b.shape()
		if bd.err == nil && (h != cc.h || w != cc.w) {
			bd.err = fmt.Errorf("inception: branches of %dx%d and %dx%d maps", cc.h, cc.w, h, w)
		}
		cc.c += c
	}
	cc.y = make([]float32, bd.ctx.MaxBatch*cc.c*cc.h*cc.w)
	return cc
}

func (cc *concat) forward(x []float32, n int) []float32 {
	hw, off := cc.h*cc.w, 0
	row := cc.c * hw
	for _, b := range cc.branches {
		c, _, _ := b.shape()
		out := b.forward(x, n)
		for i := range n {
			copy(cc.y[i*row+off:i*row+off+c*hw], out[i*c*hw:(i+1)*c*hw])
		}
		off += c * hw
	}
	return cc.y[:n*row]
}
func (cc *concat) shape() (int, int, int) { return cc.c, cc.h, cc.w }
func (cc *concat) layers() []nn.Layer {
	var ls []nn.Layer
	for _, b := range cc.branches {
		ls = append(ls, b.layers()...)
	}
	return ls
}

// The blocks of torchvision's Inception3, with pytorch-fid's pool patches.

func (bd *builder) inceptionA(name string, c, h, w, poolFeatures int) block {
	p := name + "."
	return bd.concat(
		bd.conv(p+"branch1x1", c, h, w, 64, 1, 1, 1, 0, 0),
		chain{bd.conv(p+"branch5x5_1", c, h, w, 48, 1, 1, 1, 0, 0), bd.conv(p+"branch5x5_2", 48, h, w, 64, 5, 5, 1, 2, 2)},
		chain{bd.conv(p+"branch3x3dbl_1", c, h, w, 64, 1, 1, 1, 0, 0), bd.conv(p+"branch3x3dbl_2", 64, h, w, 96, 3, 3, 1, 1, 1), bd.conv(p+"branch3x3dbl_3", 96, h, w, 96, 3, 3, 1, 1, 1)},
		chain{bd.pool(false, c, h, w, 3, 1, 1), bd.conv(p+"branch_pool", c, h, w, poolFeatures, 1, 1, 1, 0, 0)},
	)
}

func (bd *builder) inceptionB(name string, c, h, w int) block {
	p := name + "."
	b3 := bd.conv(p+"branch3x3", c, h, w, 384, 3, 3, 2, 0, 0)
	return bd.concat(
		b3,
		chain{bd.conv(p+"branch3x3dbl_1", c, h, w, 64, 1, 1, 1, 0, 0), bd.conv(p+"branch3x3dbl_2", 64, h, w, 96, 3, 3, 1, 1, 1), bd.conv(p+"branch3x3dbl_3", 96, h, w, 96, 3, 3, 2, 0, 0)},
		bd.pool(true, c, h, w, 3, 2, 0),
	)
}

func (bd *builder) inceptionC(name string, c, h, w, c7 int) block {
	p := name + "."
	return bd.concat(
		bd.conv(p+"branch1x1", c, h, w, 192, 1, 1, 1, 0, 0),
		chain{bd.conv(p+"branch7x7_1", c, h, w, c7, 1, 1, 1, 0, 0), bd.conv(p+"branch7x7_2", c7, h, w, c7, 1, 7, 1, 0, 3), bd.conv(p+"branch7x7_3", c7, h, w, 192, 7, 1, 1, 3, 0)},
		chain{bd.conv(p+"branch7x7dbl_1", c, h, w, c7, 1, 1, 1, 0, 0), bd.conv(p+"branch7x7dbl_2", c7, h, w, c7, 7, 1, 1, 3, 0), bd.conv(p+"branch7x7dbl_3", c7, h, w, c7, 1, 7, 1, 0, 3),
			bd.conv(p+"branch7x7dbl_4", c7, h, w, c7, 7, 1, 1, 3, 0), bd.conv(p+"branch7x7dbl_5", c7, h, w, 192, 1, 7, 1, 0, 3)},
		chain{bd.pool(false, c, h, w, 3, 1, 1), bd.conv(p+"branch_pool", c, h, w, 192, 1, 1, 1, 0, 0)},
	)
}

func (bd *builder) inceptionD(name string, c, h, w int) block {
	p := name + "."
	return bd.concat(
		chain{bd.conv(p+"branch3x3_1", c, h, w, 192, 1, 1, 1, 0, 0), bd.conv(p+"branch3x3_2", 192, h, w, 320, 3, 3, 2, 0, 0)},
		chain{bd.conv(p+"branch7x7x3_1", c, h, w, 192, 1, 1, 1, 0, 0), bd.conv(p+"branch7x7x3_2", 192, h, w, 192, 1, 7, 1, 0, 3),
			bd.conv(p+"branch7x7x3_3", 192, h, w, 192, 7, 1, 1, 3, 0), bd.conv(p+"branch7x7x3_4", 192, h, w, 192, 3, 3, 2, 0, 0)},
		bd.pool(true, c, h, w, 3, 2, 0),
	)
}

// inceptionE is FIDInceptionE_1 (average pool) or, with last, FIDInceptionE_2
// (TensorFlow's Mixed_7c max-pools; torchvision's does not).
func (bd *builder) inceptionE(name string, c, h, w int, last bool) block {
	p := name + "."
	return bd.concat(
		bd.conv(p+"branch1x1", c, h, w, 320, 1, 1, 1, 0, 0),
		chain{bd.conv(p+"branch3x3_1", c, h, w, 384, 1, 1, 1, 0, 0), bd.concat(
			bd.conv(p+"branch3x3_2a", 384, h, w, 384, 1, 3, 1, 0, 1),
			bd.conv(p+"branch3x3_2b", 384, h, w, 384, 3, 1, 1, 1, 0))},
		chain{bd.conv(p+"branch3x3dbl_1", c, h, w, 448, 1, 1, 1, 0, 0), bd.conv(p+"branch3x3dbl_2", 448, h, w, 384, 3, 3, 1, 1, 1), bd.concat(
			bd.conv(p+"branch3x3dbl_3a", 384, h, w, 384, 1, 3, 1, 0, 1),
			bd.conv(p+"branch3x3dbl_3b", 384, h, w, 384, 3, 1, 1, 1, 0))},
		chain{bd.pool(last && !bd.torchvision, c, h, w, 3, 1, 1), bd.conv(p+"branch_pool", c, h, w, 192, 1, 1, 1, 0, 0)},
	)
}

// Net is the network for up to MaxBatch images at a time. It is not safe for
// concurrent use.
type Net struct {
	body     chain
	fc       *nn.Linear
	maxBatch int
	classes  int
	x        []float32 // the resized, scaled input
	feat     []float32
}

// New builds the network with PyTorch's default initialisation drawn from
// seed; load weights with Load or Apply. be nil means gemm.Default().
func New(be gemm.Backend, maxBatch int, seed uint64) (*Net, error) {
	return build(be, maxBatch, seed, false)
}

// NewTorchvision builds torchvision's inception_v3(aux_logits=False,
// transform_input=False) as New builds pytorch-fid's: the same blocks and
// state_dict names, torchvision's pools and TorchvisionClasses logits.
// Its features are not FID's. Load refuses AuxLogits tensors, so a
// state_dict saved with aux_logits=True must have them dropped first.
func NewTorchvision(be gemm.Backend, maxBatch int, seed uint64) (*Net, error) {
	return build(be, maxBatch, seed, true)
}

func build(be gemm.Backend, maxBatch int, seed uint64, torchvision bool) (*Net, error) {
	be, err := gemm.OrDefault(be)
	if err != nil {
		return nil, err
	}
	if maxBatch < 1 {
		return nil, fmt.Errorf("inception: batch of %d images", maxBatch)
	}
	bd := &builder{ctx: nn.Context{BLAS: be, MaxBatch: maxBatch, Rand: rand.New(rand.NewPCG(seed, 0x1ce))}, torchvision: torchvision}
	var body chain
	add := func(b block) (int, int, int) {
		body = append(body, b)
		return b.shape()
	}
	c, h, w := add(bd.conv("Conv2d_1a_3x3", 3, Size, Size, 32, 3, 3, 2, 0, 0))
	c, h, w = add(bd.conv("Conv2d_2a_3x3", c, h, w, 32, 3, 3, 1, 0, 0))
	c, h, w = add(bd.conv("Conv2d_2b_3x3", c, h, w, 64, 3, 3, 1, 1, 1))
	c, h, w = add(bd.pool(true, c, h, w, 3, 2, 0))
	c, h, w = add(bd.conv("Conv2d_3b_1x1", c, h, w, 80, 1, 1, 1, 0, 0))
	c, h, w = add(bd.conv("Conv2d_4a_3x3", c, h, w, 192, 3, 3, 1, 0, 0))
	c, h, w = add(bd.pool(true, c, h, w, 3, 2, 0))
	c, h, w = add(bd.inceptionA("Mixed_5b", c, h, w, 32))
	c, h, w = add(bd.inceptionA("Mixed_5c", c, h, w, 64))
	c, h, w = add(bd.inceptionA("Mixed_5d", c, h, w, 64))
	c, h, w = add(bd.inceptionB("Mixed_6a", c, h, w))
	for _, m := range []struct {
		name string
		c7   int
	}{{"Mixed_6b", 128}, {"Mixed_6c", 160}, {"Mixed_6d", 160}, {"Mixed_6e", 192}} {
		c, h, w = add(bd.inceptionC(m.name, c, h, w, m.c7))
	}
	c, h, w = add(bd.inceptionD("Mixed_7a", c, h, w))
	c, h, w = add(bd.inceptionE("Mixed_7b", c, h, w, false))
	c, h, w = add(bd.inceptionE("Mixed_7c", c, h, w, true))
	if bd.err != nil {
		return nil, fmt.Errorf("inception: %w", bd.err)
	}
	if c != Features || h != 8 || w != 8 {
		return nil, fmt.Errorf("inception: the last block makes %dx%dx%d maps, want %dx8x8", c, h, w, Features)
	}
	classes := Classes
	if torchvision {
		classes = TorchvisionClasses
	}
	fc := nn.NewLinear(bd.ctx, Features, classes)
	fc.Prefix("fc")
	return &Net{body: body, fc: fc, maxBatch: maxBatch, classes: classes, x: make([]float32, maxBatch*3*Size*Size), feat: make([]float32, maxBatch*Features)}, nil
}

// Layers lists every layer with parameters or buffers in state_dict order.
func (n *Net) Layers() []nn.Layer {
	ls := append(n.body.layers(), n.fc)
	return slices.DeleteFunc(ls, func(l nn.Layer) bool { return len(l.Params()) == 0 && len(l.Buffers()) == 0 })
}

// NumClasses is the number of logits per image: Classes, or
// TorchvisionClasses for NewTorchvision's net.
func (n *Net) NumClasses() int { return n.classes }

// Sequential is the network's layers with parameters as one Sequential,
// for checkpoint.StateDict and checkpoint.Apply (it is not runnable).
func (n *Net) Sequential() *nn.Sequential { return &nn.Sequential{Layers: n.Layers()} }

// Load reads pytorch-fid's weights (or any fid_inception_v3 state_dict;
// for NewTorchvision's net, an inception_v3 state_dict without AuxLogits)
// from a torch.save file into the network. Every tensor must be there with
// its shape, and nothing else (a file of another net is an error listing
// what does not fit).
func (n *Net) Load(path string) error {
	if err := CheckHashPrefix(path); err != nil {
		return err
	}
	f, err := torchfile.ReadFile(path)
	if err != nil {
		return err
	}
	sds := f.StateDicts()
	if len(sds) != 1 {
		return fmt.Errorf("inception: %s holds %d state_dicts, want one", path, len(sds))
	}
	if err := n.apply(sds[0]); err != nil {
		return fmt.Errorf("inception: %s: %w", path, err)
	}
	return nil
}

// ErrMismatch reports weights of another network.
var ErrMismatch = errors.New("the tensors are not this Inception-v3's")

func (n *Net) apply(sd torchfile.StateDict) error {
	type dst struct {
		name string
		f    []float32
		i    *int64
		shp  []int
	}
	var dsts []dst
	for _, l := range n.Layers() {
		for _, p := range l.Params() {
			dsts = append(dsts, dst{p.Name, p.W, nil, p.Shape})
		}
		for _, b := range l.Buffers() {
			dsts = append(dsts, dst{b.Name, b.F, b.Int, b.Shape})
		}
	}
	var bad, extra []error
	seen := map[string]bool{}
	for _, d := range dsts {
		seen[d.name] = true
		t, ok := sd.Get(d.name)
		switch {
		case !ok:
			bad = append(bad, fmt.Errorf("missing tensor %q", d.name))
		case !slices.Equal(t.Shape, d.shp):
			bad = append(bad, fmt.Errorf("tensor %q has shape %v, want %v", d.name, t.Shape, d.shp))
		case (d.i != nil) != (t.DType == torchfile.Int64):
			bad = append(bad, fmt.Errorf("tensor %q is %v", d.name, t.DType))
		}
	}
	for _, name := range sd.Names {
		if !seen[name] {
			extra = append(extra, fmt.Errorf("unexpected tensor %q", name))
		}
	}
	if len(bad)+len(extra) > 0 {
		first := func(errs []error) []error {
			if len(errs) > 5 {
				return append(errs[:5:5], fmt.Errorf("… %d more", len(errs)-5))
			}
			return errs
		}
		return fmt.Errorf("%w: %w", ErrMismatch, errors.Join(append(first(bad), first(extra)...)...))
	}
	for _, d := range dsts {
		t, _ := sd.Get(d.name)
		if d.i != nil {
			v, err := t.Int64s()
			if err != nil {
				return err
			}
			*d.i = v[0]
			continue
		}
		v, err := t.Float32s()
		if err != nil {
			return err
		}
		copy(d.f, v)
	}
	return nil
}

// Forward computes the 2048 pool features and the NumClasses logits of n images
// (rows of 3·h·w values in [0, 1], NCHW) as pytorch-fid's InceptionV3 does:
// resized to 299x299 (bilinear, align_corners=False), scaled to [-1, 1].
// The results are the network's buffers, valid until the next call;
// logits is computed only when wantLogits.
func (n *Net) Forward(x []float32, images, h, w int, wantLogits bool) (features, logits []float32, err error) {
	if images < 1 || images > n.maxBatch {
		return nil, nil, fmt.Errorf("inception: %d images; this net takes 1 to %d", images, n.maxBatch)
	}
	if h < 1 || w < 1 || len(x) != images*3*h*w {
		return nil, nil, fmt.Errorf("inception: %d values are not %d images of 3x%dx%d", len(x), images, h, w)
	}
	in := n.x[:images*3*Size*Size]
	Resize(in, x, images*3, h, w, Size, Size)
	for i, v := range in {
		in[i] = 2*v - 1
	}
	y := n.body.forward(in, images)
	const hw = 64 // the last maps are 8x8: AdaptiveAvgPool2d((1, 1)) is their mean
	feat := n.feat[:images*Features]
	for i := range feat {
		var s float32
		for _, v := range y[i*hw : (i+1)*hw] {
			s += v
		}
		feat[i] = s / hw
	}
	if wantLogits {
		logits = n.fc.Forward(feat, images, false)
	}
	return feat, logits, nil
}

// UnbiasedLogits are torch-fidelity's "logits_unbiased": the features times
// fc's weight, without its bias, for n images (n×NumClasses).
func (n *Net) UnbiasedLogits(features []float32, images int) []float32 {
	out := make([]float32, images*n.classes)
	w := n.fc.W.W
	for i := range images {
		f := features[i*Features : (i+1)*Features]
		for k := range n.classes {
			var s float32
			for j, v := range w[k*Features : (k+1)*Features] {
				s += v * f[j]
			}
			out[i*n.classes+k] = s
		}
	}
	return out
}

// Resize resizes planes h×w planes of src into oh×ow planes of dst by
// bilinear interpolation as PyTorch's F.interpolate(mode="bilinear",
// align_corners=False) computes it: source coordinate (d + 0.5)·in/out - 0.5
// in float32, clamped at 0, between the two nearest pixels.
func Resize(dst, src []float32, planes, h, w, oh, ow int) {
	type tap struct {
		i0, i1 int
		l0, l1 float32
	}
	taps := func(in, out int) []tap {
		scale := float32(in) / float32(out)
		t := make([]tap, out)
		for d := range t {
			s := max(scale*(float32(d)+0.5)-0.5, 0)
			i0 := min(int(s), in-1)
			i1 := min(i0+1, in-1)
			l1 := s - float32(i0)
			t[d] = tap{i0, i1, 1 - l1, l1}
		}
		return t
	}
	th, tw := taps(h, oh), taps(w, ow)
	for p := range planes {
		img := src[p*h*w : (p+1)*h*w]
		out := dst[p*oh*ow : (p+1)*oh*ow]
		for y, ty := range th {
			r0, r1 := img[ty.i0*w:(ty.i0+1)*w], img[ty.i1*w:(ty.i1+1)*w]
			for x, tx := range tw {
				out[y*ow+x] = ty.l0*(tx.l0*r0[tx.i0]+tx.l1*r0[tx.i1]) + ty.l1*(tx.l0*r1[tx.i0]+tx.l1*r1[tx.i1])
			}
		}
	}
}

// Extract computes the features and unbiased logits (torch-fidelity's
// logits_unbiased, for the Inception Score) of images rows of c·h·w values
// with pixels in [lo, 1] (lo -1 for a tanh G, 0 for [0, 1]), in batches of
// the net's size; one-channel images are repeated to three, as PIL's
// convert("RGB") does for pytorch-fid. progress, if not nil, is called after
// each batch with the images done. A NaN or infinite pixel is an error
// naming the image.
func (n *Net) Extract(x []float32, images, c, h, w int, lo float32, progress func(done int)) (features, logits []float32, err error) {
	if c != 1 && c != 3 {
		return nil, nil, fmt.Errorf("inception: images of %d channels; want 1 or 3", c)
	}
	if images < 1 || h < 1 || w < 1 || len(x) != images*c*h*w {
		return nil, nil, fmt.Errorf("inception: %d values are not %d images of %dx%dx%d", len(x), images, c, h, w)
	}
	if lo >= 1 {
		return nil, nil, fmt.Errorf("inception: pixel range [%g, 1]", lo)
	}
	features = make([]float32, 0, images*Features)
	logits = make([]float32, 0, images*n.classes)
	rgb := make([]float32, n.maxBatch*3*h*w)
	plane, scale := h*w, 1/(1-lo)
	for i0 := 0; i0 < images; i0 += n.maxBatch {
		k := min(n.maxBatch, images-i0)
		for i := range k {
			src := x[(i0+i)*c*plane : (i0+i+1)*c*plane]
			for ch := range 3 {
				dst := rgb[(i*3+ch)*plane : (i*3+ch+1)*plane]
				for j, v := range src[(ch%c)*plane : (ch%c+1)*plane] {
					if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
						return nil, nil, fmt.Errorf("inception: image %d holds %v at pixel %d", i0+i, v, j)
					}
					dst[j] = (v - lo) * scale
				}
			}
		}
		f, _, err := n.Forward(rgb[:k*3*plane], k, h, w, false)
		if err != nil {
			return nil, nil, err
		}
		features = append(features, f...)
		logits = append(logits, n.UnbiasedLogits(f, k)...)
		if progress != nil {
			progress(i0 + k)
		}
	}
	return features, logits, nil
}

// WeightsURL is where pytorch-fid publishes the FID Inception weights.
const WeightsURL = "https://github.com/mseitzer/pytorch-fid/releases/download/fid_weights/pt_inception-2015-12-05-6726825d.pth"

// hashInName is torch.hub's convention: a file named NAME-<hex>.EXT (as
// pt_inception-2015-12-05-6726825d.pth) carries the first hex digits of
// its SHA-256.
var hashInName = regexp.MustCompile(`-([0-9a-f]{8,64})\.[A-Za-z0-9]+$`)

// CheckHashPrefix checks, as torch.hub's check_hash does, that a file whose
// name carries a hash prefix has that SHA-256: a truncated download or
// another file under the name is refused before it is parsed. Names
// without one are not checked.
func CheckHashPrefix(path string) error {
	m := hashInName.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("inception: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("inception: %s: %w", path, err)
	}
	if sum := hex.EncodeToString(h.Sum(nil)); !strings.HasPrefix(sum, m[1]) {
		return fmt.Errorf("inception: %s: its SHA-256 is %s, but its name says it starts with %s: a truncated download or another file (pytorch-fid's weights are %s)", path, sum, m[1], WeightsURL)
	}
	return nil
}
