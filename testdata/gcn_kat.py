#!/usr/bin/python3
"""Known answers for gogan's global contrast normalisation (data/gcn/gcn_kat_test.go).

pylearn2's expr/preprocessing.py global_contrast_normalize, restated here in
numpy, on fixed images:

    /usr/bin/python3 testdata/gcn_kat.py          # print the data block
    /usr/bin/python3 testdata/gcn_kat.py --write  # rewrite it in the Go file

The images are rows of 48 values (3x4x4): rows 0-3 pixels as CIFAR10(gcn=55.)
sees them, bytes 0..255 as float32, from round(127.5 + 127.5*det(48, seed));
row 4 a constant image (200 everywhere: its divisor is 0, below min_divisor,
so it stays zeros rather than NaN); row 5 a constant image but one pixel one
step brighter (a tiny divisor that is still used); row 6 det(48, 9, 3) as
real values with negative ones. Each option set below is applied to all
seven rows, in float64 (gogan's sums are float64). pylearn2 runs it on a
float32 design matrix, whose float32 mean loses about 1e-3 of row 5's values
to cancellation in X - mean; "cifar10/float32" is that float32 result, which
gogan matches on the ordinary rows.
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import Block, det, header, write_go  # noqa: E402

DIM = 48


def images():
    rows = [np.round(127.5 + 127.5 * det(DIM, s).astype(np.float64)).astype(np.float32) for s in (1, 2, 3, 4)]
    rows.append(np.full(DIM, 200, dtype=np.float32))
    near = np.full(DIM, 200, dtype=np.float32)
    near[17] = 201
    rows.append(near)
    rows.append(det(DIM, 9, 3.0))
    return np.stack(rows).astype(np.float32)


def gcn(X, scale=1.0, subtract_mean=True, use_std=False, sqrt_bias=0.0, min_divisor=1e-8):
    """global_contrast_normalize's arithmetic, in the dtype of X."""
    centre = X.mean(axis=1)
    Y = X - centre[:, None] if subtract_mean else X.copy()
    if use_std:
        div = np.sqrt(sqrt_bias + X.var(axis=1, ddof=1)) / scale
    else:
        div = np.sqrt(sqrt_bias + (Y ** 2).sum(axis=1)) / scale
    div[div < min_divisor] = 1.0
    return Y / div[:, None]


# name, keyword arguments: CIFAR10(gcn=55.)'s call, pylearn2's defaults,
# Coates et al.'s (use_std, sqrt_bias 10), a norm with a bias, no centring, and a min_divisor
# large enough to leave rows 4 and 5 undivided.
CASES = (
    ("cifar10", dict(scale=55.0)),
    ("defaults", dict()),
    ("coates", dict(use_std=True, sqrt_bias=10.0)),
    ("no_mean", dict(scale=2.0, subtract_mean=False)),
    ("norm_bias", dict(scale=4.0, sqrt_bias=1e4)),
    ("std_no_mean", dict(scale=3.0, subtract_mean=False, use_std=True)),
    ("min_divisor", dict(scale=55.0, min_divisor=0.05)),
)


def kat_gcn():
    b = Block("katGCN")
    X = images()
    b.f32("x", X)
    for name, kw in CASES:
        b.f32(name, gcn(X.astype(np.float64), **kw))
    b.f32("cifar10/float32", gcn(X.copy(), scale=55.0))
    return b


FILE = "data/gcn/gcn_kat_test.go"


def main():
    text = header("gcn_kat.py") + kat_gcn().go()
    if "--write" not in sys.argv[1:]:
        print(text)
        return
    write_go(FILE, "gcn_kat.py", text)


if __name__ == "__main__":
    main()
