#!/usr/bin/python3
"""Time PyTorch on the paper's CIFAR-10 training iterations at full size, for
comparison with gogan's --preset paper-cifar10-fc and paper-cifar10-conv
(scripts/bench.sh paper runs both).

The models are the adversarial repo's yamls as gogan builds them:
  - fc (cifar10_fully_connected.yaml): G 100 -> ReLU 8000 -> sigmoid 8000 ->
    linear 3072; D dropout, maxout 1600x5, dropout, maxout 1600x5, dropout,
    sigmoid; batch 100.
  - conv (cifar10_convolutional.yaml): testdata/paper_cifar_models.py's
    Generator and Discriminator (Deconv G, three maxout convolutions with
    cuda-convnet's pooling, maxout 500x5); batch 128.
The iteration is AdversaryCost2's as gogan runs it: one pass of D over
[fakes; reals] with input dropout, d_obj = (mean softplus(-a_real) + mean
softplus(a_fake)) / 2 and g_obj = mean softplus(-a_fake) from D's logits, the
gradients of both taken before either network moves, then SGD with momentum
on both (PyTorch's form). The data loader is left out (a fixed batch of
GCN-scaled noise), as in gogan's BenchmarkPresetStep.

  /usr/bin/python3 testdata/paper_cifar_pytorch.py [threads] --model fc|conv [--iters 5] [--rounds 3]

The last line is machine-readable: "ms_per_iter <median>"; before it,
"peak_rss_mb <n>", the process's peak resident memory.
"""
import argparse
import os
import resource
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import paper_cifar_models  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("threads", type=int, nargs="?", default=2)
ap.add_argument("--model", choices=("fc", "conv"), default="fc")
ap.add_argument("--iters", type=int, default=5)
ap.add_argument("--rounds", type=int, default=3)
ap.add_argument("--warmup", type=int, default=2)
args = ap.parse_args()
torch.set_num_threads(args.threads)
torch.manual_seed(0)

LATENT, IMG = 100, 3 * 32 * 32


class FCGenerator(nn.Module):
    def __init__(self, hidden=8000):
        super().__init__()
        self.model = nn.Sequential(nn.Linear(LATENT, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.Sigmoid(),
                                   nn.Linear(hidden, IMG))

    def forward(self, z):
        return self.model(z)


class FCDiscriminator(nn.Module):
    def __init__(self, units=1600, pieces=5):
        super().__init__()
        D, Maxout = paper_cifar_models.Dropout, paper_cifar_models.Maxout
        self.model = nn.Sequential(
            D(0.8), nn.Linear(IMG, units * pieces), Maxout(pieces),
            D(0.5), nn.Linear(units, units * pieces), Maxout(pieces),
            D(0.5), nn.Linear(units, 1), nn.Sigmoid())

    def forward(self, x):
        return self.model(x)


if args.model == "fc":
    G, D, n, lr = FCGenerator(), FCDiscriminator(), 100, 0.025
else:
    G, D, n, lr = paper_cifar_models.Generator(), paper_cifar_models.Discriminator(), 128, 0.004
G.train()
D.train()
gopt = torch.optim.SGD(G.parameters(), lr=lr, momentum=0.5)
dopt = torch.optim.SGD(D.parameters(), lr=lr, momentum=0.5)
real = torch.randn(n, *((IMG,) if args.model == "fc" else (3, 32, 32))) * 0.3
gparams, dparams = list(G.parameters()), list(D.parameters())


def iteration():
    z = torch.randn(n, LATENT)
    fake = G(z)
    if args.model == "conv":
        fake = fake.view(n, 3, 32, 32)
    # D's logits: everything but the final Sigmoid.
    a = D.model[:-1](torch.cat([fake, real]))
    a_fake, a_real = a[:n], a[n:]
    d_obj = (F.softplus(-a_real).mean() + F.softplus(a_fake).mean()) / 2
    g_obj = F.softplus(-a_fake).mean()
    dg = torch.autograd.grad(d_obj, dparams, retain_graph=True)
    gg = torch.autograd.grad(g_obj, gparams)
    for p, g in zip(dparams, dg):
        p.grad = g
    for p, g in zip(gparams, gg):
        p.grad = g
    gopt.step()
    dopt.step()


for _ in range(args.warmup):
    iteration()
times = []
for _ in range(args.rounds):
    t0 = time.perf_counter()
    for _ in range(args.iters):
        iteration()
    times.append((time.perf_counter() - t0) / args.iters * 1000)
print("rounds ms_per_iter:", " ".join("%.1f" % t for t in times), file=sys.stderr)
print("peak_rss_mb %d" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
print("ms_per_iter %.1f" % statistics.median(times))
