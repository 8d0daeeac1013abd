#!/usr/bin/python3
"""Known answers for gogan's SpectralNorm and hinge loss (engine/nn/sn_kat_test.go), from PyTorch.

As testdata/kat.py (whose helpers this imports): PyTorch computes outputs and
gradients on fixed inputs, the numbers are pasted into the Go test, and the Go
test asserts the engine reproduces them on every GEMM backend:

    /usr/bin/python3 testdata/sn_kat.py          # print the data block
    /usr/bin/python3 testdata/sn_kat.py --write  # rewrite it in the Go file

SpectralNorm: torch.nn.utils.spectral_norm (one power iteration, eps 1e-12,
dim 0) over nn.Linear(5, 3) on batches of 4 and nn.Conv2d(2, 3, 3, padding=1)
on batches of two 5x4 images. weight_orig is chirp(numel, 51, 0.5), the bias
det(3, 52, 0.5); weight_u and weight_v start as normalize(det(out, 53)) and
normalize(det(rest, 54)), computed here in float32 and recorded ("u0", "v0")
for the Go test to load. Four passes follow, each a forward and a backward:
eval (the stored u and v, untouched), train, train (each first advances u and
v by one power iteration, in place), eval. Pass k (0..3) reads input
chirp(., 60+k) and upstream gradient chirp(., 70+k). Each records y, dx, the
gradients of weight_orig and bias (zeroed before each pass), u and v after
it, sigma = u.(W_orig v) with those u and v, and the normalised weight the
forward used.

Hinge loss (Lim & Ye 2017, Miyato et al. 2018) on D's outputs d, a fixed
vector holding exactly +-1 (relu's kink: PyTorch's gradient there is 0), 0,
and the float32 neighbours of +-1: D's halves mean(relu(1 - d)) for reals and
mean(relu(1 + d)) for fakes, G's -mean(d), each loss scaled by w before
backward.
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

W_SEED, B_SEED, U_SEED, V_SEED, X_SEED, DY_SEED = 51, 52, 53, 54, 60, 70
PASSES = ("eval", "train", "train", "eval")

# name, module, the shape of one input (without the batch), n
CASES = (
    ("linear", lambda: nn.Linear(5, 3), (5,), 4),
    ("conv2d", lambda: nn.Conv2d(2, 3, 3, padding=1), (2, 5, 4), 2),
)

HINGE_D = np.array([1, -1, 0, 0.5, -0.5, 1.5, -1.5, 2.25, -3, 0.99999994, 1.0000001, -0.99999994,
                    -1.0000001, 0.3], dtype=np.float32)


def kat_sn():
    b = Block("katSN")
    for name, make, shape, n in CASES:
        m = make()
        nn.utils.spectral_norm(m)
        assert list(m.state_dict()) == ["bias", "weight_orig", "weight_u", "weight_v"], list(m.state_dict())
        w = m.weight_orig
        out, rest = w.shape[0], w.numel() // w.shape[0]
        with torch.no_grad():
            w.copy_(t32(chirp(w.numel(), W_SEED, 0.5), w.shape))
            m.bias.copy_(t32(det(out, B_SEED, 0.5)))
            m.weight_u.copy_(F.normalize(t32(det(out, U_SEED)), dim=0, eps=1e-12))
            m.weight_v.copy_(F.normalize(t32(det(rest, V_SEED)), dim=0, eps=1e-12))
        k = "sn/%s/" % name
        b.f64(k + "opts", [n] + list(shape))
        b.f32(k + "u0", m.weight_u)
        b.f32(k + "v0", m.weight_v)
        b.f32(k + "weight_orig", w)
        for p, mode in enumerate(PASSES):
            m.train(mode == "train")
            m.zero_grad()
            numel = n * int(np.prod(shape))
            x = t32(chirp(numel, X_SEED + p), (n,) + shape).requires_grad_()
            y = m(x)
            with torch.no_grad():
                sigma = torch.dot(m.weight_u, torch.mv(w.reshape(out, -1), m.weight_v))
            y.backward(t32(chirp(y.numel(), DY_SEED + p), y.shape))
            kp = k + "pass%d/" % p
            b.f32(kp + "y", y)
            b.f32(kp + "dx", x.grad)
            b.f32(kp + "dweight_orig", w.grad)
            b.f32(kp + "dbias", m.bias.grad)
            b.f32(kp + "u", m.weight_u)
            b.f32(kp + "v", m.weight_v)
            b.f32(kp + "sigma", [sigma.item()])
            b.f32(kp + "weight", m.weight)

    b.f32("hinge/d", HINGE_D)
    for w in (1.0, 0.5):
        for kind in ("real", "fake", "g"):
            d = t32(HINGE_D).requires_grad_()
            if kind == "real":
                loss = F.relu(1 - d).mean()
            elif kind == "fake":
                loss = F.relu(1 + d).mean()
            else:
                loss = -d.mean()
            (loss * w).backward()
            k = "hinge/%s/w%g/" % (kind, w)
            b.f32(k + "loss", [loss.item()])
            b.f32(k + "dd", d.grad)
    return b


FILE = "engine/nn/sn_kat_test.go"


def main():
    text = header("sn_kat.py") + kat_sn().go()
    if "--write" not in sys.argv[1:]:
        print(text)
        return
    write_go(FILE, "sn_kat.py", text)


if __name__ == "__main__":
    main()
