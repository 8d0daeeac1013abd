#!/usr/bin/python3
"""Known answers for gogan's convolutional layers (engine/nn/conv_kat_test.go), from PyTorch.

As testdata/kat.py (whose helpers this imports): PyTorch computes outputs and
gradients on fixed inputs, the numbers are pasted into the Go test, and the Go
test asserts the engine reproduces them on every GEMM backend:

    /usr/bin/python3 testdata/conv_kat.py          # print the data block
    /usr/bin/python3 testdata/conv_kat.py --write  # rewrite it in the Go file

Inputs are chirp(n, seed, scale) (kat.py's det read at index j*j mod 1605677,
so weights are not rank 2 and a transposed or flipped kernel shows). Every case
uses the same seeds: input 31, weight 32 (scale 0.5), bias 33 (det, scale 0.5),
upstream gradient 34. The case tables below are mirrored in the Go test, which
also compares each case's "opts" entry with its own table.

Each case records y, the input gradient dx for the upstream gradient dy, and
for layers with parameters their gradients. BatchNorm2d also records the
running statistics after the step. Dropout2d's mask is not PyTorch's (its RNG
is not gogan's): the j-th uniform gogan draws is u_j = (j*2654435761 mod
2^32)/2^32, one per (image, channel) in order, and the channel is kept when
u_j >= p; this script checks that torch's own dropout2d zeroes whole channels
and scales the rest by 1/(1-p), then applies that mask.
"""

import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import Block, chirp, det, t32, header, write_go  # noqa: E402

torch.set_num_threads(1)

X_SEED, W_SEED, B_SEED, DY_SEED = 31, 32, 33, 34

# name, in_c, out_c, h, w, kh, kw, sh, sw, ph, pw, n, bias
CONV2D = (
    ("k1", 3, 4, 5, 6, 1, 1, 1, 1, 0, 0, 2, True),
    ("k1s2", 3, 2, 5, 7, 1, 1, 2, 2, 0, 0, 1, True),
    ("k3s1p1n7", 3, 2, 7, 5, 3, 3, 1, 1, 1, 1, 7, True),
    ("k3s2p1", 2, 3, 9, 7, 3, 3, 2, 2, 1, 1, 1, True),
    ("k3s3p0nobias", 3, 2, 10, 8, 3, 3, 3, 3, 0, 0, 1, False),
    ("k3s1p2", 2, 2, 5, 5, 3, 3, 1, 1, 2, 2, 1, True),
    ("k3s2x1p1x0", 3, 4, 7, 6, 3, 3, 2, 1, 1, 0, 2, True),
    ("k4s2p1", 3, 2, 8, 8, 4, 4, 2, 2, 1, 1, 2, True),
    ("k4s1p3", 2, 3, 5, 6, 4, 4, 1, 1, 3, 3, 1, True),
    ("k5s3p2", 2, 3, 11, 9, 5, 5, 3, 3, 2, 2, 1, True),
    ("k7x1p3x0", 2, 2, 9, 5, 7, 1, 1, 1, 3, 0, 1, True),
    ("k1x7s1x2p0x3", 2, 3, 5, 13, 1, 7, 1, 2, 0, 3, 1, True),
)

# name, in_c, out_c, h, w, kh, kw, sh, sw, ph, pw, oph, opw, n, bias
CONVT = (
    ("k4s2p1", 3, 2, 4, 4, 4, 4, 2, 2, 1, 1, 0, 0, 2, True),
    ("k3s2p1op1", 2, 3, 5, 3, 3, 3, 2, 2, 1, 1, 1, 1, 1, True),
    ("k3s1p1n7", 3, 2, 5, 5, 3, 3, 1, 1, 1, 1, 0, 0, 7, True),
    ("k5s3p2op2x1", 2, 2, 3, 4, 5, 5, 3, 3, 2, 2, 2, 1, 1, True),
    ("k1", 4, 3, 3, 5, 1, 1, 1, 1, 0, 0, 0, 0, 2, True),
    ("k7x1s2x1p3x0op1x0", 2, 3, 4, 3, 7, 1, 2, 1, 3, 0, 1, 0, 1, True),
    ("k2s3nobias", 3, 2, 3, 3, 2, 2, 3, 3, 0, 0, 0, 0, 1, False),
    ("k1x7s1x3p0x3op0x2", 2, 2, 3, 4, 1, 7, 1, 3, 0, 3, 0, 2, 1, True),
)

# mode, eps, n; BatchNorm2d(3) on 4x5 images, momentum 0.1
BN2D = (
    ("train", 0.8, 7), ("train", 1e-5, 7), ("train", 1e-5, 1),
    ("eval", 0.8, 7), ("eval", 1e-5, 7),
)
BN_C, BN_H, BN_W = 3, 4, 5

# name, c, h, w, scale, n
UPSAMPLE = (("s2", 3, 3, 4, 2, 2), ("s3", 2, 2, 3, 3, 1))

# name, c, h, w, kh, kw, sh, sw, ph, pw, n (stride 0: the kernel size)
POOL = (
    ("k2", 2, 7, 7, 2, 2, 0, 0, 0, 0, 2),
    ("k3s2p1", 3, 8, 7, 3, 3, 2, 2, 1, 1, 1),
    ("k3s1p1", 2, 5, 6, 3, 3, 1, 1, 1, 1, 1),
    ("k4s3p2", 2, 9, 10, 4, 4, 3, 3, 2, 2, 1),
    ("k5x3s2x1p2x1", 2, 9, 6, 5, 3, 2, 1, 2, 1, 1),
)

# name, c, h, w, p, n
DROPOUT2D = (("p0.5", 3, 2, 3, 0.5, 4), ("p0.3", 5, 2, 2, 0.3, 3))


def uniforms(count):
    """gogan's test source: u_j = (j*2654435761 mod 2^32) / 2^32."""
    return np.array([((j * 2654435761) % (1 << 32)) / float(1 << 32) for j in range(count)])


def backward(y, dy_seed=DY_SEED):
    dy = t32(chirp(y.numel(), dy_seed), y.shape)
    y.backward(dy)


def kat_conv():
    b = Block("katConv")

    for name, ic, oc, h, w, kh, kw, sh, sw, ph, pw, n, bias in CONV2D:
        k = "conv2d/%s/" % name
        m = nn.Conv2d(ic, oc, (kh, kw), stride=(sh, sw), padding=(ph, pw), bias=bias)
        with torch.no_grad():
            m.weight.copy_(t32(chirp(m.weight.numel(), W_SEED, 0.5), m.weight.shape))
            if bias:
                m.bias.copy_(t32(det(oc, B_SEED, 0.5)))
        x = t32(chirp(n * ic * h * w, X_SEED), (n, ic, h, w)).requires_grad_()
        y = m(x)
        backward(y)
        b.f64(k + "opts", [ic, oc, h, w, kh, kw, sh, sw, ph, pw, n, int(bias)])
        b.f32(k + "y", y)
        b.f32(k + "dx", x.grad)
        b.f32(k + "dweight", m.weight.grad)
        if bias:
            b.f32(k + "dbias", m.bias.grad)

    for name, ic, oc, h, w, kh, kw, sh, sw, ph, pw, oph, opw, n, bias in CONVT:
        k = "convtranspose2d/%s/" % name
        m = nn.ConvTranspose2d(ic, oc, (kh, kw), stride=(sh, sw), padding=(ph, pw),
                               output_padding=(oph, opw), bias=bias)
        with torch.no_grad():
            m.weight.copy_(t32(chirp(m.weight.numel(), W_SEED, 0.5), m.weight.shape))
            if bias:
                m.bias.copy_(t32(det(oc, B_SEED, 0.5)))
        x = t32(chirp(n * ic * h * w, X_SEED), (n, ic, h, w)).requires_grad_()
        y = m(x)
        backward(y)
        b.f64(k + "opts", [ic, oc, h, w, kh, kw, sh, sw, ph, pw, oph, opw, n, int(bias)])
        b.f64(k + "outshape", list(y.shape[1:]))
        b.f32(k + "y", y)
        b.f32(k + "dx", x.grad)
        b.f32(k + "dweight", m.weight.grad)
        if bias:
            b.f32(k + "dbias", m.bias.grad)

    # BatchNorm2d(3, eps, momentum 0.1) on 4x5 images: gamma 1+det(3,6,0.5),
    # beta det(3,7,0.5), running_mean det(3,8,0.3), running_var 1+det(3,9,0.5);
    # x 0.5+chirp(n*60,35,2) (a mean off zero), dy chirp(n*60,36).
    for mode, eps, n in BN2D:
        bn = nn.BatchNorm2d(BN_C, eps=eps, momentum=0.1)
        with torch.no_grad():
            bn.weight.copy_(1 + t32(det(BN_C, 6, 0.5)))
            bn.bias.copy_(t32(det(BN_C, 7, 0.5)))
            bn.running_mean.copy_(t32(det(BN_C, 8, 0.3)))
            bn.running_var.copy_(1 + t32(det(BN_C, 9, 0.5)))
        bn.train(mode == "train")
        d = n * BN_C * BN_H * BN_W
        x = (0.5 + t32(chirp(d, 35, 2.0), (n, BN_C, BN_H, BN_W))).detach().requires_grad_()
        y = bn(x)
        y.backward(t32(chirp(d, 36), y.shape))
        k = "batchnorm2d/%s/eps%g/n%d/" % (mode, eps, n)
        b.f32(k + "y", y)
        b.f32(k + "dx", x.grad)
        b.f32(k + "dgamma", bn.weight.grad)
        b.f32(k + "dbeta", bn.bias.grad)
        b.f32(k + "running_mean", bn.running_mean)
        b.f32(k + "running_var", bn.running_var)
        b.f64(k + "num_batches_tracked", [bn.num_batches_tracked.item()])

    for name, c, h, w, s, n in UPSAMPLE:
        x = t32(chirp(n * c * h * w, X_SEED), (n, c, h, w)).requires_grad_()
        y = nn.Upsample(scale_factor=s, mode="nearest")(x)
        backward(y)
        k = "upsample/%s/" % name
        b.f64(k + "opts", [c, h, w, s, n])
        b.f32(k + "y", y)
        b.f32(k + "dx", x.grad)

    for name, c, h, w, kh, kw, sh, sw, ph, pw, n in POOL:
        stride = (sh or kh, sw or kw)
        x0 = chirp(n * c * h * w, X_SEED)
        pools = [("maxpool2d", nn.MaxPool2d((kh, kw), stride=stride, padding=(ph, pw)), x0)]
        # Ties: the input rounded to halves, so windows hold equal maxima and
        # the first one in row-major order must take the gradient.
        pools.append(("maxpool2d_ties", nn.MaxPool2d((kh, kw), stride=stride, padding=(ph, pw)),
                      np.round(x0 * 2) / 2))
        for incl in (True, False):
            pools.append(("avgpool2d_pad%d" % incl,
                          nn.AvgPool2d((kh, kw), stride=stride, padding=(ph, pw), count_include_pad=incl), x0))
        for kind, m, xv in pools:
            x = t32(xv, (n, c, h, w)).requires_grad_()
            y = m(x)
            backward(y)
            k = "%s/%s/" % (kind, name)
            b.f64(k + "opts", [c, h, w, kh, kw, sh, sw, ph, pw, n])
            b.f32(k + "y", y)
            b.f32(k + "dx", x.grad)

    u_at = 0
    for name, c, h, w, p, n in DROPOUT2D:
        # torch's own Dropout2d: whole channels either 0 or 1/(1-p).
        torch.manual_seed(0)
        probe = F.dropout2d(torch.ones(64, c, h, w), p, training=True)
        per_ch = probe.reshape(64, c, h * w)
        assert bool((per_ch == per_ch[:, :, :1]).all()), "dropout2d is not channel-wise"
        vals = set(per_ch[:, :, 0].flatten().tolist())
        assert vals <= {0.0, float(np.float32(1 / (1 - p)))}, vals
        keep = uniforms(u_at + n * c)[u_at:] >= p
        u_at += n * c
        mask = t32(keep.astype(np.float32) / (1 - p), (n, c, 1, 1))
        x = t32(chirp(n * c * h * w, X_SEED), (n, c, h, w)).requires_grad_()
        y = x * mask
        backward(y)
        k = "dropout2d/%s/" % name
        b.f64(k + "opts", [c, h, w, p, n])
        b.f32(k + "y", y)
        b.f32(k + "dx", x.grad)
    return b


FILE = "engine/nn/conv_kat_test.go"


def main():
    text = header("conv_kat.py") + kat_conv().go()
    if "--write" not in sys.argv[1:]:
        print(text)
        return
    write_go(FILE, "conv_kat.py", text)

if __name__ == "__main__":
    main()
