#!/usr/bin/python3
"""Time PyTorch on gan.py's training iteration, for comparison with
`go test ./gan -bench TrainStep`. Same model, batch 64, same update order;
the data loader is left out (a fixed real batch), as in gogan's benchmark.

  /usr/bin/python3 testdata/bench_pytorch.py [threads]
"""
import statistics
import sys
import time

import torch
import torch.nn as nn

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
torch.set_num_threads(threads)
torch.manual_seed(0)


def block(i, o, normalize=True):
    layers = [nn.Linear(i, o)]
    if normalize:
        layers.append(nn.BatchNorm1d(o, 0.8))
    layers.append(nn.LeakyReLU(0.2, inplace=True))
    return layers


G = nn.Sequential(*block(100, 128, False), *block(128, 256), *block(256, 512), *block(512, 1024), nn.Linear(1024, 784), nn.Tanh())
D = nn.Sequential(nn.Linear(784, 512), nn.LeakyReLU(0.2, inplace=True), nn.Linear(512, 256), nn.LeakyReLU(0.2, inplace=True), nn.Linear(256, 1), nn.Sigmoid())
loss = nn.BCELoss()
og = torch.optim.Adam(G.parameters(), lr=0.0002, betas=(0.5, 0.999))
od = torch.optim.Adam(D.parameters(), lr=0.0002, betas=(0.5, 0.999))
real = torch.rand(64, 784) * 2 - 1
valid, fake = torch.ones(64, 1), torch.zeros(64, 1)


def step():
    og.zero_grad()
    z = torch.randn(64, 100)
    gen = G(z)
    g_loss = loss(D(gen), valid)
    g_loss.backward()
    og.step()
    od.zero_grad()
    d_loss = (loss(D(real), valid) + loss(D(gen.detach()), fake)) / 2
    d_loss.backward()
    od.step()


for _ in range(50):
    step()
runs = []
for _ in range(5):
    t = time.perf_counter()
    for _ in range(200):
        step()
    runs.append((time.perf_counter() - t) / 200 * 1000)
print("PyTorch %s, %d threads: %s ms per iteration; median %.2f" % (torch.__version__, threads, " ".join("%.2f" % r for r in runs), statistics.median(runs)))
