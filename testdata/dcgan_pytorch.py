#!/usr/bin/python3
"""Time PyTorch on dcgan.py's training iteration, on drawing samples from its
generator, or on each of its convolutions, for comparison with gogan
(scripts/bench.sh dcgan runs both).

Same models and update order as PyTorch-GAN's dcgan.py (D called three
times an iteration: on G's fakes for G's step, then on the reals and the
detached fakes); the data loader is left out (a fixed real batch), as in
gogan's BenchmarkDCGANStep.

  /usr/bin/python3 testdata/dcgan_pytorch.py [threads] [--channels 1] [--batch 64] [--iters 20] [--rounds 3] [--plus]
  /usr/bin/python3 testdata/dcgan_pytorch.py [threads] --sample 1024
  /usr/bin/python3 testdata/dcgan_pytorch.py [threads] --layers

The last line is machine-readable: "ms_per_iter <median>" (training),
"images_per_s <median>" (sampling: G in eval mode under no_grad, in batches
of 64 as gogan samples a conv G), or, with --layers, one line per
convolution and pass: "conv <name> <pass> <ms> <GFLOPS>". The training run
also prints "peak_rss_mb <n>", the process's peak resident memory.
"""
import argparse
import copy
import os
import resource
import statistics
import sys
import time

import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dcgan_models  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("threads", type=int, nargs="?", default=2)
ap.add_argument("--channels", type=int, default=1)
ap.add_argument("--img-size", type=int, default=32)
ap.add_argument("--batch", type=int, default=64)
ap.add_argument("--iters", type=int, default=20)
ap.add_argument("--rounds", type=int, default=3)
ap.add_argument("--warmup", type=int, default=3)
ap.add_argument("--sample", type=int, default=0, help="time drawing this many samples instead of training")
ap.add_argument("--layers", action="store_true", help="time each convolution's forward, input and weight gradients")
ap.add_argument("--clean", action="store_true", help="with --plus, the clean head (--clean-head): the balance terms read D's class logits on the fakes without DiffAugment, and D's class term is also taken on the reals without it")
ap.add_argument("--plus", action="store_true", help="the dcgan-plus preset's iteration: D at widths 32-64-128-256, eps 1e-5, no Dropout2d, DiffAugment in front of D, D's lr 4e-4, D's class head (AuxDiscriminator) with the class term on the reals, the class-balance and class-confidence (0.5) terms on G and an EMA of G's weights (0.999)")
args = ap.parse_args()
if args.clean and not args.plus:
    ap.error("--clean is the dcgan-plus iteration's clean head: give --plus too")
torch.set_num_threads(args.threads)
torch.manual_seed(0)
C, S, LATENT = args.channels, args.img_size, 100


if args.plus:
    G, D = dcgan_models.Generator(LATENT, C, S, 1e-5), dcgan_models.AuxDiscriminator(C, S, 1e-5, 0.0, widths=(32, 64, 128, 256), n_classes=10)
else:
    G, D = dcgan_models.Generator(LATENT, C, S), dcgan_models.Discriminator(C, S)
n = args.batch

if args.layers:
    # Each convolution of G and D on its own, at its place's input size.
    convs = [("G.conv_blocks.2", 128, 128, S // 2, 1), ("G.conv_blocks.6", 128, 64, S, 1), ("G.conv_blocks.9", 64, C, S, 1),
             ("D.model.0", C, 16, S, 2), ("D.model.3", 16, 32, S // 2, 2), ("D.model.7", 32, 64, S // 4, 2), ("D.model.11", 64, 128, S // 8, 2)]
    for name, ci, co, h, s in convs:
        conv = nn.Conv2d(ci, co, 3, s, 1)
        x = torch.randn(n, ci, h, h, requires_grad=True)
        oh = (h - 1) // s + 1
        flops = 2.0 * n * co * oh * oh * ci * 9
        y = conv(x)
        dy = torch.randn_like(y)
        passes = {
            "forward": lambda: conv(x),
            "input_grad": lambda: torch.autograd.grad(y, x, dy, retain_graph=True),
            "weight_grad": lambda: torch.autograd.grad(y, conv.weight, dy, retain_graph=True),
        }
        for pname, f in passes.items():
            for _ in range(2):
                f()
            runs = []
            for _ in range(args.rounds):
                t = time.perf_counter()
                for _ in range(5):
                    f()
                runs.append((time.perf_counter() - t) / 5)
            ms = statistics.median(runs) * 1e3
            print("conv %s %s %.3f %.1f" % (name, pname, ms, flops / (ms * 1e6)))
    raise SystemExit

if args.sample:
    G.eval()
    runs = []
    with torch.no_grad():
        G(torch.randn(64, LATENT))
        for _ in range(args.rounds):
            t = time.perf_counter()
            for i in range(0, args.sample, 64):
                G(torch.randn(min(64, args.sample - i), LATENT))
            runs.append(args.sample / (time.perf_counter() - t))
    print("PyTorch %s, %d threads, %d samples: %s images/s" % (torch.__version__, args.threads, args.sample, " ".join("%.0f" % r for r in runs)))
    print("images_per_s %.1f" % statistics.median(runs))
    raise SystemExit

bce = nn.BCELoss()
og = torch.optim.Adam(G.parameters(), lr=0.0002, betas=(0.5, 0.999))
od = torch.optim.Adam(D.parameters(), lr=0.0004 if args.plus else 0.0002, betas=(0.5, 0.999))
real = torch.rand(n, C, S, S) * 2 - 1
real_c = torch.arange(n) % 10
ce = nn.CrossEntropyLoss()
valid, fake = torch.ones(n, 1), torch.zeros(n, 1)


aug = dcgan_models.diff_augment if args.plus else (lambda x: x)
if args.plus:
    ema = copy.deepcopy(G)
    for p in ema.parameters():
        p.requires_grad_(False)


def step():
    og.zero_grad()
    z = torch.randn(n, LATENT)
    gen = G(z)
    g_loss = bce(D(aug(gen)), valid)
    if args.clean:
        D(gen)
    if args.plus:
        p = torch.softmax(D.class_logits(), 1)
        pbar = p.mean(0)
        g_loss = g_loss + (pbar * (10 * pbar).log()).sum()
        g_loss = g_loss - 0.5 * (p * torch.log_softmax(D.class_logits(), 1)).sum(1).mean()
    g_loss.backward()
    og.step()
    if args.plus:
        with torch.no_grad():
            for a, p in zip(ema.parameters(), G.parameters()):
                a.mul_(0.999).add_(p, alpha=0.001)
    od.zero_grad()
    d_real = D(aug(real))
    d_class = ce(D.class_logits(), real_c) if args.plus else 0  # before D's fake pass replaces last_h
    d_loss = (bce(d_real, valid) + bce(D(aug(gen.detach())), fake)) / 2 + d_class
    if args.clean:
        D(real)
        d_loss = d_loss + ce(D.class_logits(), real_c)
    d_loss.backward()
    od.step()


for _ in range(args.warmup):
    step()
runs = []
for _ in range(args.rounds):
    t = time.perf_counter()
    for _ in range(args.iters):
        step()
    runs.append((time.perf_counter() - t) / args.iters * 1e3)
print("PyTorch %s, %d threads, batch %d, %dx%dx%d: %s ms per iteration" % (torch.__version__, args.threads, n, C, S, S, " ".join("%.1f" % r for r in runs)))
print("peak_rss_mb %.0f" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
print("ms_per_iter %.2f" % statistics.median(runs))
