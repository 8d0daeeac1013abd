#!/usr/bin/python3
"""Known answers for nn.MinibatchStdDev (engine/nn/mbstd_test.go): the layer written
with torch ops in float64, its output and autograd input gradient for a fixed
input and upstream gradient. Run: /usr/bin/python3 testdata/mbstd_kat.py"""
import torch, math
torch.set_printoptions(precision=10)
def mbstd(x, group, eps=1e-8):
    n, d = x.shape
    outs = []
    for lo in range(0, n, group):
        g = x[lo:lo+group]
        sd = torch.sqrt(g.var(dim=0, unbiased=False) + eps).mean()
        outs.append(torch.cat([g, sd.expand(g.shape[0], 1)], dim=1))
    return torch.cat(outs, 0)
x = torch.tensor([[math.sin(1 + i*3 + j) for j in range(3)] for i in range(6)], dtype=torch.float64, requires_grad=True)
r = torch.tensor([[math.cos(1 + i*4 + j) for j in range(4)] for i in range(6)], dtype=torch.float64)
y = mbstd(x, 4)
(y*r).sum().backward()
print([round(v, 9) for v in y[:, 3].tolist()[::4]] , y[:,3].tolist())
print(x.grad.flatten().tolist())
