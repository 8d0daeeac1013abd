#!/usr/bin/python3
"""Time PyTorch on gan.py's training iteration, or on drawing samples from
its generator, for comparison with gogan (scripts/bench.sh runs both).

Same model and update order as gan.py; the data loader is left out (a fixed
real batch), as in gogan's benchmark.

  /usr/bin/python3 testdata/bench_pytorch.py [threads] [--batch 64] [--iters 200] [--rounds 5]
  /usr/bin/python3 testdata/bench_pytorch.py [threads] --sample 10000

The last line is machine-readable: "ms_per_iter <median>" (training) or
"images_per_s <median>" (sampling: G's forward pass in eval mode, no
autograd, all samples in one batch as `gogan sample` does).
"""
import argparse
import statistics
import time

import torch
import torch.nn as nn

ap = argparse.ArgumentParser()
ap.add_argument("threads", type=int, nargs="?", default=2)
ap.add_argument("--batch", type=int, default=64)
ap.add_argument("--iters", type=int, default=200)
ap.add_argument("--rounds", type=int, default=5)
ap.add_argument("--warmup", type=int, default=50)
ap.add_argument("--sample", type=int, default=0, help="time drawing this many samples instead of training")
args = ap.parse_args()
torch.set_num_threads(args.threads)
torch.manual_seed(0)


def block(i, o, normalize=True):
    layers = [nn.Linear(i, o)]
    if normalize:
        layers.append(nn.BatchNorm1d(o, 0.8))
    layers.append(nn.LeakyReLU(0.2, inplace=True))
    return layers


G = nn.Sequential(*block(100, 128, False), *block(128, 256), *block(256, 512), *block(512, 1024), nn.Linear(1024, 784), nn.Tanh())
D = nn.Sequential(nn.Linear(784, 512), nn.LeakyReLU(0.2, inplace=True), nn.Linear(512, 256), nn.LeakyReLU(0.2, inplace=True), nn.Linear(256, 1), nn.Sigmoid())

if args.sample:
    G.eval()
    runs = []
    with torch.no_grad():
        G(torch.randn(args.sample, 100))
        for _ in range(args.rounds):
            t = time.perf_counter()
            G(torch.randn(args.sample, 100))
            runs.append(args.sample / (time.perf_counter() - t))
    print("PyTorch %s, %d threads, %d samples: %s images/s" % (torch.__version__, args.threads, args.sample, " ".join("%.0f" % r for r in runs)))
    print("images_per_s %.1f" % statistics.median(runs))
    raise SystemExit

n = args.batch
loss = nn.BCELoss()
og = torch.optim.Adam(G.parameters(), lr=0.0002, betas=(0.5, 0.999))
od = torch.optim.Adam(D.parameters(), lr=0.0002, betas=(0.5, 0.999))
real = torch.rand(n, 784) * 2 - 1
valid, fake = torch.ones(n, 1), torch.zeros(n, 1)


def step():
    og.zero_grad()
    z = torch.randn(n, 100)
    gen = G(z)
    g_loss = loss(D(gen), valid)
    g_loss.backward()
    og.step()
    od.zero_grad()
    d_loss = (loss(D(real), valid) + loss(D(gen.detach()), fake)) / 2
    d_loss.backward()
    od.step()


for _ in range(args.warmup):
    step()
runs = []
for _ in range(args.rounds):
    t = time.perf_counter()
    for _ in range(args.iters):
        step()
    runs.append((time.perf_counter() - t) / args.iters * 1000)
print("PyTorch %s, %d threads, batch %d: %s ms per iteration; median %.2f" % (torch.__version__, args.threads, n, " ".join("%.2f" % r for r in runs), statistics.median(runs)))
print("ms_per_iter %.3f" % statistics.median(runs))
