#!/usr/bin/python3
"""Known answers for `--preset paper-cifar10-fc`'s training iteration: three
iterations of goodfeli/adversarial's cifar10_fully_connected.yaml model, in
PyTorch, at reduced widths.

As testdata/kat.py (whose helpers this imports), every weight and input is
deterministic, the numbers are pasted into gan/paper_kat_test.go, and the Go
test asserts gogan's step reproduces them:

    /usr/bin/python3 testdata/paper_cifar_kat.py          # print the data block
    /usr/bin/python3 testdata/paper_cifar_kat.py --write  # rewrite it in the Go file

The model is the yaml's with its hidden widths cut (G's 8000 to 64, D's 1600
maxout units to 24, 5 pieces each) so the test runs in well under a second;
every layer kind, initial range and activation is the yaml's:

  - G: Linear 100->64 ReLU, Linear 64->64 Sigmoid, Linear 64->3072 (linear
    output: the data are GCN'd pixels, not [0, 1] ones). Weights
    chirp(., 500+2k, irange) with irange .05, .05, .5; biases
    chirp(., 501+2k, irange) (pylearn2 starts them at 0; nonzero ones check
    that they are used).
  - D: Dropout, Linear 3072->120, maxout 24x5 (unit j the max of outputs
    5j..5j+4), Dropout, Linear 24->120, maxout, Dropout, Linear 24->1,
    Sigmoid; weights and biases chirp(., 520+2k, .005) and chirp(., 521+2k,
    .005). Dropout keeps a unit when the j-th uniform gogan's Dropout draws,
    u_j = ((j * 2654435761) mod 2^32) / 2^32, is below .8 (D's pixels) or .5
    (its hidden units), and scales kept ones by 1.25 or 2: the yaml's
    input_include_probs and input_scales. j counts over the whole run, per
    iteration row-major over the 8 x 3072 pixels, then 8 x 24, then 8 x 24:
    gogan runs D once per iteration over [4 fakes; 4 reals].
  - Data: 4 real images, bytes round(127.5 + 127.5 * chirp(4*3072, 540)) as
    CIFAR10 keeps them (0..255 as floats), then global contrast normalisation
    at scale 55 (pylearn2's global_contrast_normalize, in float64 here and in
    gogan), the same batch every iteration; iteration k's z is
    chirp(4*100, 550+k).
  - AdversaryCost2 with scale_grads 0: from one pass of D over [fakes;
    reals], d_obj = (mean softplus(-a_real) + mean softplus(a_fake)) / 2 and
    g_obj = mean softplus(-a_fake), from D's logits a; G's gradient through
    D's weights and masks of that pass; both networks updated from gradients
    taken before either moves (gogan's g-first order).
  - SGD lr .025 / 1.000004^k at iteration k (from 0), momentum .5 (the
    MomentumAdjustor's first epoch) in PyTorch's form, which gogan uses
    (pylearn2's v = m v - lr g gives the same first step).

Recorded after each iteration: d_obj, g_obj, mean D(real) and D(fake), and
kat.py's five float64 checksums of every state_dict tensor; after the first,
also the first 16 values of each of G's 4 fakes.
"""

import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import Block, chirp, t32, record, state, header, write_go  # noqa: E402

torch.set_num_threads(1)

LATENT, IMG, GH, UNITS, PIECES, BATCH = 100, 3 * 32 * 32, 64, 24, 5, 4
G_SEED, D_SEED, REAL_SEED, Z_SEED = 500, 520, 540, 550
G_IRANGE, D_IRANGE = (0.05, 0.05, 0.5), 0.005
KEEP = (0.8, 0.5, 0.5)
LR, MOMENTUM, DECAY, GCN_SCALE = 0.025, 0.5, 1.000004, 55.0
ITERS = 3


class MaskDropout(nn.Module):
    """Inverted dropout whose mask is set from outside."""

    def __init__(self):
        super().__init__()
        self.mask = None

    def forward(self, x):
        return x * self.mask


class Maxout(nn.Module):
    def forward(self, x):
        return x.view(x.shape[0], UNITS, PIECES).max(dim=2).values


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.model = nn.Sequential(nn.Linear(LATENT, GH), nn.ReLU(), nn.Linear(GH, GH), nn.Sigmoid(),
                                   nn.Linear(GH, IMG))

    def forward(self, z):
        return self.model(z)


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.model = nn.Sequential(
            MaskDropout(), nn.Linear(IMG, UNITS * PIECES), Maxout(),
            MaskDropout(), nn.Linear(UNITS, UNITS * PIECES), Maxout(),
            MaskDropout(), nn.Linear(UNITS, 1), nn.Sigmoid())

    def logits(self, x):
        return self.model[:-1](x)


def init(model, seed0, ranges):
    k = 0
    with torch.no_grad():
        for m in model.model:
            if isinstance(m, nn.Linear):
                r = ranges[k]
                m.weight.copy_(t32(chirp(m.weight.numel(), seed0 + 2 * k, r), m.weight.shape))
                m.bias.copy_(t32(chirp(m.bias.numel(), seed0 + 2 * k + 1, r)))
                k += 1


def uniforms(start, n):
    j = np.arange(start, start + n, dtype=np.uint64)
    return ((j * np.uint64(2654435761)) % np.uint64(1 << 32)).astype(np.float64) / float(1 << 32)


def masks(it):
    """The three dropout masks gogan draws in iteration it."""
    widths = (IMG, UNITS, UNITS)
    per_iter = sum(2 * BATCH * w for w in widths)
    j = it * per_iter
    out = []
    for w, keep in zip(widths, KEEP):
        u = uniforms(j, 2 * BATCH * w)
        j += 2 * BATCH * w
        m = (u < keep).astype(np.float32) * np.float32(1 / keep)
        out.append(torch.from_numpy(m.reshape(2 * BATCH, w)))
    return out


def gcn(x, scale):
    x = x.astype(np.float64)
    x = x - x.mean(axis=1, keepdims=True)
    div = np.sqrt((x ** 2).sum(axis=1)) / scale
    div[div < 1e-8] = 1.0
    return (x / div[:, None]).astype(np.float32)


def real_batch():
    b = np.round(127.5 + 127.5 * chirp(BATCH * IMG, REAL_SEED).astype(np.float64))
    return gcn(b.reshape(BATCH, IMG), GCN_SCALE)


def kat_paper_cifar():
    b = Block("katPaperCIFAR")
    real = t32(real_batch())
    g, d = Generator(), Discriminator()
    init(g, G_SEED, G_IRANGE)
    init(d, D_SEED, (D_IRANGE,) * 3)
    og = torch.optim.SGD(g.parameters(), lr=LR, momentum=MOMENTUM)
    od = torch.optim.SGD(d.parameters(), lr=LR, momentum=MOMENTUM)
    g0, d0 = state(g), state(d)
    record(b, "iter0", "G", g, g0)
    record(b, "iter0", "D", d, d0)
    for it in range(ITERS):
        for o in (og, od):
            for grp in o.param_groups:
                grp["lr"] = LR / DECAY ** it
        z = t32(chirp(BATCH * LATENT, Z_SEED + it), (BATCH, LATENT))
        fake = g(z)
        if it == 0:
            b.f32("iter1/fake", fake[:, :16])
        for layer, m in zip((0, 3, 6), masks(it)):
            d.model[layer].mask = m
        a = d.logits(torch.cat([fake, real]))
        a_fake, a_real = a[:BATCH], a[BATCH:]
        d_obj = (F.softplus(-a_real).mean() + F.softplus(a_fake).mean()) / 2
        g_obj = F.softplus(-a_fake).mean()
        dg = torch.autograd.grad(d_obj, list(d.parameters()), retain_graph=True)
        gg = torch.autograd.grad(g_obj, list(g.parameters()))
        for p, grad in zip(d.parameters(), dg):
            p.grad = grad
        for p, grad in zip(g.parameters(), gg):
            p.grad = grad
        od.step()
        og.step()
        pre = "iter%d" % (it + 1)
        p = torch.sigmoid(a.detach())
        b.f64(pre + "/loss", [d_obj.item(), g_obj.item(), p[BATCH:].mean().item(), p[:BATCH].mean().item()])
        record(b, pre, "G", g, g0)
        record(b, pre, "D", d, d0)
    return b


FILE = "gan/paper_kat_test.go"


def main():
    text = header("paper_cifar_kat.py") + kat_paper_cifar().go()
    if "--write" not in sys.argv[1:]:
        print(text)
        return
    write_go(FILE, "paper_cifar_kat.py", text)


if __name__ == "__main__":
    main()
