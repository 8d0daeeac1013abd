#!/usr/bin/python3
"""Known answers for the paper's CIFAR-10 convolutional model
(cifar10_convolutional.yaml), from the PyTorch reimplementation in
testdata/paper_cifar_models.py:

    /usr/bin/python3 testdata/paper_cifar_conv_kat.py          # print both data blocks
    /usr/bin/python3 testdata/paper_cifar_conv_kat.py --write  # rewrite them in the Go files

Two blocks, as kat.py's (whose helpers this imports):

- katPaperCifar, engine/nn/papercifar_kat_test.go: Maxout2d, MaxPool2d in
  ceil mode (cuda-convnet's pooling) and Deconv on small shapes, every
  number recorded; then the yaml's three MaxoutConvC01B layers (Conv2d,
  Maxout2d, MaxPool2d) and its Deconv at their exact shapes, batch 2.
  Inputs chirp(n, 31), weights chirp(n, 32, 0.5) on the small shapes and
  chirp(n, 32, 1/sqrt(fan_in)) on the yaml's, biases det(n, 33, 0.5),
  upstream gradients chirp(n, 34).
- katPaperCifarConv, gan/papercifar_kat_test.go: the whole G and D at batch
  2. Every parameter j (state_dict order, from 0) is chirp(n, seed0 + j,
  1/sqrt(fan_in)), fan_in = a weight's size over its first dimension (a
  bias takes its weight's); seed0 is 700 for G, 760 for D. z = chirp(200,
  820), D's input chirp(6144, 821), the upstream gradient on G's output
  chirp(6144, 822) and on D's output chirp(2, 823). D runs in training
  mode with gogan's dropout masks: one stream u_j = (j*2654435761 mod
  2^32)/2^32 drawn by D's Dropout layers in forward order, one per element,
  the element kept when u_j < include probability.

Tensors too large to paste are recorded as KEY/every, every
max(1, size // 128)-th element from the first, and KEY/sums: [size, sum x,
sum |x|, sum x*cos(i)] in float64. chirp here is kat.py's, vectorised with
NumPy (its sin may differ from math.sin in the last bit of a float64, far
below the float32 the weights are rounded to).
"""

import math
import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import Block, CHIRP_MOD, det, t32, header, write_go  # noqa: E402
import paper_cifar_models as pcm  # noqa: E402

torch.set_num_threads(1)

X_SEED, W_SEED, B_SEED, DY_SEED = 31, 32, 33, 34
G_SEED, D_SEED, Z_SEED, REAL_SEED, GDY_SEED, DDY_SEED = 700, 760, 820, 821, 822, 823
BATCH = 2
SAMPLES = 128

# name, units, pieces, h, w, n
MAXOUT2D = (("u3p2", 3, 2, 4, 5, 2), ("u2p3", 2, 3, 3, 3, 1), ("u1p4", 1, 4, 2, 3, 2))

# name, c, h, w, k, s, pad, n (ceil mode)
POOL = (
    ("k4s2in7", 2, 7, 7, 4, 2, 0, 2),
    ("k2s2in9", 2, 9, 9, 2, 2, 0, 1),
    ("k3s3in8x10", 1, 8, 10, 3, 3, 0, 1),
    ("k4s2in33", 1, 33, 33, 4, 2, 0, 1),
    ("k2s2p1in5x6", 2, 5, 6, 2, 2, 1, 1),
    ("k3s2p1in6", 1, 6, 6, 3, 2, 1, 2),
)

# name, in_c, out_c, h, w, k, stride, pad_out, tied, n
DECONV = (
    ("k5s3", 4, 3, 3, 2, 5, 3, 0, False, 2),
    ("k3s2p1tied", 2, 2, 3, 3, 3, 2, 1, True, 1),
    ("k2s1", 3, 2, 2, 3, 2, 1, 0, False, 1),
)

# The yaml's MaxoutConvC01B layers on their inputs: name, in_c, size, then
# paper_cifar_models.D_CONV's entry.
YAML_CONV = (("dh0", 3, 32) + pcm.D_CONV[0], ("h1", 32, 16) + pcm.D_CONV[1], ("h2", 32, 7) + pcm.D_CONV[2])


def chirp(n, seed, scale=1.0):
    j = np.arange(n, dtype=np.int64)
    k = (j * j) % CHIRP_MOD
    return (scale * np.sin(0.37 * k.astype(np.float64) + 1.3 * seed + 0.1)).astype(np.float32)


def c01b_pool_loops(x, k, s):
    """cuda-convnet's max pooling written out: ceil((in - k)/s) + 1 windows
    from pixel 0, each clipped to the image."""
    n, c, h, w = x.shape
    oh, ow = -(-(h - k) // s) + 1, -(-(w - k) // s) + 1
    y = np.empty((n, c, oh, ow), dtype=x.dtype)
    for i in range(oh):
        for j in range(ow):
            y[:, :, i, j] = x[:, :, i * s:i * s + k, j * s:j * s + k].max(axis=(2, 3))
    return y


def big(b, key, t):
    x = t.detach().numpy().astype(np.float64).ravel()
    every = max(1, x.size // SAMPLES)
    b.f32(key + "/every", t.detach().reshape(-1)[::every])
    b.f64(key + "/sums", [x.size, x.sum(), np.abs(x).sum(), (x * np.cos(np.arange(x.size))).sum()])


def backward(y, seed=DY_SEED):
    y.backward(t32(chirp(y.numel(), seed), y.shape))


def kat_layers():
    b = Block("katPaperCifar")

    for name, units, pieces, h, w, n in MAXOUT2D:
        x = t32(chirp(n * units * pieces * h * w, X_SEED), (n, units * pieces, h, w)).requires_grad_()
        y = pcm.Maxout2d(pieces)(x)
        # The grouping pylearn2 uses: output j is max_i z[i::pieces][j].
        z = x.detach()
        ref = torch.stack([z[:, i::pieces] for i in range(pieces)]).max(0)[0]
        assert torch.equal(y, ref)
        backward(y)
        k = "maxout2d/%s/" % name
        b.f64(k + "opts", [units, pieces, h, w, n])
        b.f32(k + "y", y)
        b.f32(k + "dx", x.grad)

    for name, c, h, w, ks, s, pad, n in POOL:
        x = t32(chirp(n * c * h * w, X_SEED), (n, c, h, w)).requires_grad_()
        y = nn.MaxPool2d(ks, s, padding=pad, ceil_mode=True)(x)
        if pad == 0:
            assert np.array_equal(y.detach().numpy(), c01b_pool_loops(x.detach().numpy(), ks, s)), name
        backward(y)
        k = "maxpool2d_ceil/%s/" % name
        b.f64(k + "opts", [c, h, w, ks, s, pad, n])
        b.f64(k + "outshape", list(y.shape[2:]))
        b.f32(k + "y", y)
        b.f32(k + "dx", x.grad)

    for name, ic, oc, h, w, ks, s, pad, tied, n in DECONV:
        m = pcm.Deconv(ic, oc, h, w, ks, s, pad, tied)
        with torch.no_grad():
            m.weight.copy_(t32(chirp(m.weight.numel(), W_SEED, 0.5), m.weight.shape))
            m.bias.copy_(t32(det(m.bias.numel(), B_SEED, 0.5), m.bias.shape))
        x = t32(chirp(n * ic * h * w, X_SEED), (n, ic, h, w)).requires_grad_()
        y = m(x)
        backward(y)
        k = "deconv/%s/" % name
        b.f64(k + "opts", [ic, oc, h, w, ks, s, pad, int(tied), n])
        b.f64(k + "outshape", list(y.shape[1:]))
        b.f32(k + "y", y)
        b.f32(k + "dx", x.grad)
        b.f32(k + "dweight", m.weight.grad)
        b.f32(k + "dbias", m.bias.grad)

    for name, ic, size, units, pieces, ks, pad, pool, stride in YAML_CONV:
        conv = nn.Conv2d(ic, units * pieces, ks, padding=pad)
        with torch.no_grad():
            conv.weight.copy_(t32(chirp(conv.weight.numel(), W_SEED, 1 / math.sqrt(ic * ks * ks)), conv.weight.shape))
            conv.bias.copy_(t32(det(units * pieces, B_SEED, 0.5)))
        m = nn.Sequential(conv, pcm.Maxout2d(pieces), pcm.c01b_pool(pool, stride))
        x = t32(chirp(BATCH * ic * size * size, X_SEED), (BATCH, ic, size, size)).requires_grad_()
        y = m(x)
        backward(y)
        k = "maxoutconv/%s/" % name
        b.f64(k + "outshape", list(y.shape[1:]))
        big(b, k + "y", y)
        big(b, k + "dx", x.grad)
        big(b, k + "dweight", conv.weight.grad)
        b.f32(k + "dbias", conv.bias.grad)

    m = pcm.Deconv(pcm.G_MAPS, pcm.CHANNELS, pcm.G_SIZE, pcm.G_SIZE, 5, 3)
    with torch.no_grad():
        m.weight.copy_(t32(chirp(m.weight.numel(), W_SEED, 1 / math.sqrt(3 * 25)), m.weight.shape))
        m.bias.copy_(t32(det(m.bias.numel(), B_SEED, 0.5), m.bias.shape))
    x = t32(chirp(BATCH * pcm.G_HIDDEN, X_SEED), (BATCH, pcm.G_HIDDEN)).requires_grad_()
    y = m(x)
    backward(y)
    b.f64("deconv/yaml/outshape", list(y.shape[1:]))
    big(b, "deconv/yaml/y", y)
    big(b, "deconv/yaml/dx", x.grad)
    big(b, "deconv/yaml/dweight", m.weight.grad)
    big(b, "deconv/yaml/dbias", m.bias.grad)
    return b


def det_init(model, seed0):
    fan = 1
    with torch.no_grad():
        for j, (name, p) in enumerate(model.named_parameters()):
            if name.endswith("weight"):
                fan = p.numel() // p.shape[0]
            p.copy_(t32(chirp(p.numel(), seed0 + j, 1 / math.sqrt(fan)), p.shape))


def uniforms(start, count):
    j = np.arange(start, start + count, dtype=np.uint64)
    return ((j * np.uint64(2654435761)) % np.uint64(1 << 32)).astype(np.float64) / float(1 << 32)


def kat_models():
    b = Block("katPaperCifarConv")
    g, d = pcm.Generator(), pcm.Discriminator()
    det_init(g, G_SEED)
    det_init(d, D_SEED)
    drawn = [0]

    def masks(count):
        u = uniforms(drawn[0], count)
        drawn[0] += count
        return u

    for mod in d.model:
        if isinstance(mod, pcm.Dropout):
            # Each layer keeps u < its own include probability.
            mod.masks = (lambda keep: lambda count: (masks(count) < keep).astype(np.float32))(mod.keep)
    for name, p in list(g.named_parameters()) + list(d.named_parameters()):
        b.f64("shape/" + name, list(p.shape))

    z = t32(chirp(BATCH * pcm.LATENT, Z_SEED), (BATCH, pcm.LATENT)).requires_grad_()
    x = g(z)
    backward(x, GDY_SEED)
    big(b, "g/y", x)
    big(b, "g/dz", z.grad)
    for name, p in g.named_parameters():
        big(b, "g/grad/" + name, p.grad)

    real = t32(chirp(BATCH * pcm.CHANNELS * pcm.IMG * pcm.IMG, REAL_SEED),
               (BATCH, pcm.CHANNELS, pcm.IMG, pcm.IMG)).requires_grad_()
    d.train()
    out = d(real)
    backward(out, DDY_SEED)
    b.f64("d/draws", [drawn[0]])
    b.f32("d/y", out)
    big(b, "d/dx", real.grad)
    for name, p in d.named_parameters():
        big(b, "d/grad/" + name, p.grad)
    return b


FILES = (("engine/nn/papercifar_kat_test.go", kat_layers), ("gan/papercifar_kat_test.go", kat_models))


def main():
    write = "--write" in sys.argv[1:]
    for path, fn in FILES:
        text = header("paper_cifar_conv_kat.py") + fn().go()
        if not write:
            print("// ----- %s" % path)
            print(text)
            continue
        write_go(path, "paper_cifar_conv_kat.py", text)


if __name__ == "__main__":
    main()
