#!/usr/bin/python3
"""Known answers for metric/manifold (precision and recall, Kynkaanniemi et al. 2019).

The reference is the paper's definition as its code computes it (and the
PyTorch re-implementations, e.g. the one in torch-fidelity's lineage): the
radius of a point is its distance to the k-th nearest other point of its own
set (torch.kthvalue of the pairwise distances at k+1, the point itself being
the first), and a point of the other set is inside when some distance is <=
that radius. Distances in float64 here; gogan's come from float32 GEMM, which
moves a point across a ball's edge only when it lies within ~1e-6 of it.

Features: real = chirp(300*8, 1) as [300, 8]; fake = 0.7*chirp(250*8, 2)
+ 0.3 as [250, 8], a shifted, shrunken copy of the same distribution, so
both measures are strictly between 0 and 1.

    /usr/bin/python3 testdata/manifold_kat.py --write
"""
import sys

import numpy as np
import torch

sys.path.insert(0, __import__("os").path.dirname(__file__))
from kat import Block, chirp, header, write_go  # noqa: E402


def manifold_share(manifold, points, k):
    r = torch.kthvalue(torch.cdist(manifold, manifold), k + 1, dim=1).values
    d = torch.cdist(points, manifold)
    return (d <= r.view(1, -1)).any(dim=1).double().mean().item()


def main():
    real = torch.from_numpy(chirp(300 * 8, 1).astype(np.float64)).view(300, 8)
    fake = torch.from_numpy((0.7 * chirp(250 * 8, 2) + 0.3).astype(np.float32).astype(np.float64)).view(250, 8)
    b = Block("katManifold")
    for k in (1, 3, 5):
        b.f64("k%d" % k, [manifold_share(real, fake, k), manifold_share(fake, real, k)])
    text = header("manifold_kat.py") + b.go()
    if "--write" in sys.argv[1:]:
        write_go("metric/manifold/manifold_test.go", "manifold_kat.py", text)
    else:
        print(text)


if __name__ == "__main__":
    main()
