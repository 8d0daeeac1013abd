#!/usr/bin/python3
"""Known answers for nn.DiffAugment (engine/nn/augment_test.go): Zhao et al.'s
DiffAugment_pytorch.py (github.com/mit-han-lab/data-efficient-gans, policy
'color,translation,cutout') with its random draws replaced by given values, so
gogan's layer can be fed the same ones. The functions are the reference's line
for line but for the torch.rand / torch.randint calls. float64; prints the
output's and autograd input gradient's values at a few indices and their sums.
Run: /usr/bin/python3 testdata/diffaugment_kat.py"""
import math
import torch
import torch.nn.functional as F

N, C, H, W = 3, 3, 8, 6
# per image: brightness draw, saturation draw, contrast draw (torch.rand's
# [0,1) values), shift x, shift y, cutout offset x, offset y
DRAWS = [(0.10, 0.90, 0.30, -1, 1, 0, 5), (0.75, 0.20, 0.95, 1, 0, 7, 2), (0.50, 0.55, 0.05, 0, -1, 3, 3)]
r = lambda k: torch.tensor([d[k] for d in DRAWS], dtype=torch.float64).view(N, 1, 1, 1)
ri = lambda k: torch.tensor([d[k] for d in DRAWS]).view(N, 1, 1)

def rand_brightness(x):
    return x + (r(0) - 0.5)

def rand_saturation(x):
    x_mean = x.mean(dim=1, keepdim=True)
    return (x - x_mean) * (r(1) * 2) + x_mean

def rand_contrast(x):
    x_mean = x.mean(dim=[1, 2, 3], keepdim=True)
    return (x - x_mean) * (r(2) + 0.5) + x_mean

def rand_translation(x, ratio=0.125):
    shift_x, shift_y = int(x.size(2) * ratio + 0.5), int(x.size(3) * ratio + 0.5)
    translation_x, translation_y = ri(3), ri(4)
    assert translation_x.abs().max() <= shift_x and translation_y.abs().max() <= shift_y
    grid_batch, grid_x, grid_y = torch.meshgrid(
        torch.arange(x.size(0), dtype=torch.long),
        torch.arange(x.size(2), dtype=torch.long),
        torch.arange(x.size(3), dtype=torch.long), indexing='ij')
    grid_x = torch.clamp(grid_x + translation_x + 1, 0, x.size(2) + 1)
    grid_y = torch.clamp(grid_y + translation_y + 1, 0, x.size(3) + 1)
    x_pad = F.pad(x, [1, 1, 1, 1, 0, 0, 0, 0])
    return x_pad.permute(0, 2, 3, 1).contiguous()[grid_batch, grid_x, grid_y].permute(0, 3, 1, 2)

def rand_cutout(x, ratio=0.5):
    cutout_size = int(x.size(2) * ratio + 0.5), int(x.size(3) * ratio + 0.5)
    offset_x, offset_y = ri(5), ri(6)
    assert offset_x.max() < x.size(2) + (1 - cutout_size[0] % 2) and offset_y.max() < x.size(3) + (1 - cutout_size[1] % 2)
    grid_batch, grid_x, grid_y = torch.meshgrid(
        torch.arange(x.size(0), dtype=torch.long),
        torch.arange(cutout_size[0], dtype=torch.long),
        torch.arange(cutout_size[1], dtype=torch.long), indexing='ij')
    grid_x = torch.clamp(grid_x + offset_x - cutout_size[0] // 2, min=0, max=x.size(2) - 1)
    grid_y = torch.clamp(grid_y + offset_y - cutout_size[1] // 2, min=0, max=x.size(3) - 1)
    mask = torch.ones(x.size(0), x.size(2), x.size(3), dtype=x.dtype, device=x.device)
    mask[grid_batch, grid_x, grid_y] = 0
    return x * mask.unsqueeze(1)

x = torch.tensor([math.sin(0.37 * i + 0.1) for i in range(N * C * H * W)], dtype=torch.float64).view(N, C, H, W).requires_grad_()
g = torch.tensor([math.cos(0.23 * i + 0.2) for i in range(N * C * H * W)], dtype=torch.float64).view(N, C, H, W)
y = rand_cutout(rand_translation(rand_contrast(rand_saturation(rand_brightness(x)))))
(y * g).sum().backward()
yf, dxf = y.detach().flatten(), x.grad.flatten()
w = torch.tensor([math.sin(0.11 * i + 0.3) for i in range(N * C * H * W)], dtype=torch.float64)
idx = [40, 83, 150, 201, 260, 300, 377, 431]
print('idx', idx)
print('y', [float(yf[i]) for i in idx], 'sum', float(yf.sum()), 'weighted', float((yf * w).sum()), 'zeros', int((yf == 0).sum()))
print('dx', [float(dxf[i]) for i in idx], 'sum', float(dxf.sum()), 'weighted', float((dxf * w).sum()))
