#!/usr/bin/python3
"""Known answers for nn.DiffAugment (engine/nn/augment_test.go): Zhao et al.'s
DiffAugment_pytorch.py (github.com/mit-han-lab/data-efficient-gans, policy
'color,translation,cutout'; dcgan_models.diff_augment) with its random draws
replaced by given values, so gogan's layer can be fed the same ones. float64;
prints the output's and autograd input gradient's values at a few indices and
their sums. Run: /usr/bin/python3 testdata/diffaugment_kat.py"""
import math
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dcgan_models  # noqa: E402

N, C, H, W = 3, 3, 8, 6
# per image: brightness draw, saturation draw, contrast draw (torch.rand's
# [0,1) values), shift x, shift y, cutout offset x, offset y
DRAWS = [(0.10, 0.90, 0.30, -1, 1, 0, 5), (0.75, 0.20, 0.95, 1, 0, 7, 2), (0.50, 0.55, 0.05, 0, -1, 3, 3)]


class Fixed:
    """The draws above, in the order diff_augment asks for them."""

    def __init__(self):
        self.k = 0

    def _next(self):
        k, self.k = self.k, self.k + 1
        return [d[k] for d in DRAWS]

    def rand(self, n, dtype):
        return torch.tensor(self._next(), dtype=dtype).view(n, 1, 1, 1)

    def randint(self, lo, hi, n):
        v = self._next()
        assert all(lo <= e < hi for e in v), (v, lo, hi)
        return torch.tensor(v).view(n, 1, 1)


x = torch.tensor([math.sin(0.37 * i + 0.1) for i in range(N * C * H * W)], dtype=torch.float64).view(N, C, H, W).requires_grad_()
g = torch.tensor([math.cos(0.23 * i + 0.2) for i in range(N * C * H * W)], dtype=torch.float64).view(N, C, H, W)
y = dcgan_models.diff_augment(x, Fixed())
(y * g).sum().backward()
yf, dxf = y.detach().flatten(), x.grad.flatten()
w = torch.tensor([math.sin(0.11 * i + 0.3) for i in range(N * C * H * W)], dtype=torch.float64)
idx = [40, 83, 150, 201, 260, 300, 377, 431]
print('idx', idx)
print('y', [float(yf[i]) for i in idx], 'sum', float(yf.sum()), 'weighted', float((yf * w).sum()), 'zeros', int((yf == 0).sum()))
print('dx', [float(dxf[i]) for i in idx], 'sum', float(dxf.sum()), 'weighted', float((dxf * w).sum()))
