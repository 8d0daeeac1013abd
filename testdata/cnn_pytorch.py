#!/usr/bin/python3
"""Time PyTorch on the sngan preset's training iteration (the standard
CNN of testdata/cnn_models.py: spectral norm in D, the hinge loss, Adam G
2e-4 and D 4e-4, betas (0.5, 0.999), an EMA of G's weights), or on drawing
samples from its G, for comparison with gogan's BenchmarkCNNStep; or count
the multiply-adds an image of its G and D beside dcgan.py's.

The iteration is gogan's: G's fakes and the reals through D in one pass
(D has no BatchNorm, so one pass over both is two passes' arithmetic), G's
gradient from -mean D(fake) and D's from the hinge loss off that one
forward, both optimisers step, then the EMA. The data loader is left out (a
fixed real batch), as in gogan's benchmark.

  /usr/bin/python3 testdata/cnn_pytorch.py [threads] [--channels 3] [--batch 64] [--iters 20] [--rounds 3]
  /usr/bin/python3 testdata/cnn_pytorch.py [threads] --sample 1024
  /usr/bin/python3 testdata/cnn_pytorch.py --macs [--g-widths 256,128,64,32 --d-widths 16,32,64,128]

The last line is machine-readable: "ms_per_iter <median>" (training) or
"images_per_s <median>" (sampling: G in eval mode under no_grad, in batches
of 64 as gogan samples a conv G). The training run also prints
"peak_rss_mb <n>". --macs prints multiply-adds an image of one forward pass
of each net and an estimate of an iteration's (3 G passes' worth: forward,
weight and input gradients; 7 D passes' worth: forward over fakes and reals,
the input gradient over the fakes for G's step, weight and input gradients
over both for D's), dcgan.py's (dcgan_models.py) beside them, as written
and as gogan computes its upsampled convolutions (UpConv2d: 4 taps of 9).
"""
import argparse
import copy
import os
import resource
import statistics
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cnn_models  # noqa: E402
import dcgan_models  # noqa: E402


def widths(s):
    return tuple(int(v) for v in s.split(","))


ap = argparse.ArgumentParser()
ap.add_argument("threads", type=int, nargs="?", default=2)
ap.add_argument("--channels", type=int, default=3)
ap.add_argument("--img-size", type=int, default=32)
ap.add_argument("--latent-dim", type=int, default=128)
ap.add_argument("--g-widths", type=widths, default=cnn_models.G_WIDTHS)
ap.add_argument("--d-widths", type=widths, default=cnn_models.D_WIDTHS)
ap.add_argument("--no-spectral-norm", action="store_true")
ap.add_argument("--batch", type=int, default=64)
ap.add_argument("--iters", type=int, default=20)
ap.add_argument("--rounds", type=int, default=3)
ap.add_argument("--warmup", type=int, default=3)
ap.add_argument("--sample", type=int, default=0, help="time drawing this many samples instead of training")
ap.add_argument("--macs", action="store_true", help="print multiply-adds an image and exit")
args = ap.parse_args()
torch.set_num_threads(args.threads)
torch.manual_seed(0)
C, S, LATENT = args.channels, args.img_size, args.latent_dim

G = cnn_models.Generator(LATENT, C, S, args.g_widths)
D = cnn_models.Discriminator(C, S, args.d_widths, sn=not args.no_spectral_norm)
n = args.batch

if args.macs:
    with torch.no_grad():
        g, d = cnn_models.macs(G, torch.randn(2, LATENT)), cnn_models.macs(D, torch.randn(2, C, S, S))
        dg = cnn_models.macs(dcgan_models.Generator(100, C, S), torch.randn(2, 100))
        du = cnn_models.macs(dcgan_models.Generator(100, C, S), torch.randn(2, 100), upconv=True)
        dd = cnn_models.macs(dcgan_models.Discriminator(C, S), torch.randn(2, C, S, S))
    for name, a, b in (("sngan", g, d), ("dcgan.py", dg, dd), ("dcgan (gogan, UpConv2d)", du, dd)):
        print("%-23s G %6.1f M  D %6.2f M multiply-adds an image; an iteration ~ 3 G + 7 D = %6.1f M an image of the batch" % (name, a / 1e6, b / 1e6, (3 * a + 7 * b) / 1e6))
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

og = torch.optim.Adam(G.parameters(), lr=0.0002, betas=(0.5, 0.999))
od = torch.optim.Adam(D.parameters(), lr=0.0004, betas=(0.5, 0.999))
ema = copy.deepcopy(G)
for p in ema.parameters():
    p.requires_grad_(False)
real = torch.rand(n, C, S, S) * 2 - 1
g_params, d_params = list(G.parameters()), list(D.parameters())


def step():
    gen = G(torch.randn(n, LATENT))
    out = D(torch.cat([gen, real]))
    d_fake, d_real = out[:n], out[n:]
    g_loss = -d_fake.mean()
    d_loss = F.relu(1 - d_real).mean() + F.relu(1 + d_fake).mean()
    for p, g in zip(g_params, torch.autograd.grad(g_loss, g_params, retain_graph=True)):
        p.grad = g
    for p, g in zip(d_params, torch.autograd.grad(d_loss, d_params)):
        p.grad = g
    og.step()
    od.step()
    with torch.no_grad():
        for a, p in zip(ema.parameters(), g_params):
            a.mul_(0.999).add_(p, alpha=0.001)


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
