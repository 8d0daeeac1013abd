#!/usr/bin/python3
"""Time PyTorch on pytorch-fid's Inception-v3, for comparison with gogan's
metric/inception BenchmarkExtract (scripts/bench.sh inception runs both).

The net, its deterministic weights and the input pipeline are
testdata/inception_kat.py's (imported, not copied, so the two cannot drift):
fid_inception_v3() in eval mode under no_grad, the images resized to 299x299
by F.interpolate (bilinear, align_corners=False) and scaled to 2x - 1, the
2048 pool features and fc's logits. The images are the KAT's two CIFAR-10
images (metric/inception/testdata/images.npy) repeated, fed in batches of
16 as `gogan eval --inception` feeds its net (evaluation's inceptionBatch).

  /usr/bin/python3 testdata/inception_bench.py [threads] [--images 32] [--rounds 3] [--warmup 1] [--weights W.pth]

Run it with OMP_NUM_THREADS, OPENBLAS_NUM_THREADS and MKL_NUM_THREADS set to
the thread count too (scripts/bench.sh does): Debian's torch does its GEMMs
in OpenBLAS, whose pool ignores torch.set_num_threads.

--weights caches the weights: loaded from the file when it exists, else
computed and saved there, since kat.py's chirp computes the 24M values in
Python, which costs more than the timed passes of a short run.

The last line is machine-readable: "images_per_s <median over rounds>".
"""
import argparse
import os
import statistics
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import inception_kat  # noqa: E402

BATCH = 16

ap = argparse.ArgumentParser()
ap.add_argument("threads", type=int, nargs="?", default=2)
ap.add_argument("--images", type=int, default=32, help="images timed a round")
ap.add_argument("--rounds", type=int, default=3)
ap.add_argument("--warmup", type=int, default=1, help="untimed batches first")
ap.add_argument("--weights", help="cache of the deterministic weights (torch.save)")
args = ap.parse_args()
# After the import: inception_kat sets one thread for its own run.
torch.set_num_threads(args.threads)

net = inception_kat.fid_inception_v3().eval()
if args.weights and os.path.exists(args.weights):
    net.load_state_dict(torch.load(args.weights))
else:
    inception_kat.det_weights(net)
    if args.weights:
        # Written whole, then renamed: a run killed meanwhile leaves no
        # truncated cache for the next to load.
        tmp = args.weights + ".tmp"
        torch.save(net.state_dict(), tmp)
        os.replace(tmp, args.weights)

two = torch.from_numpy(np.load(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "metric", "inception", "testdata", "images.npy")))
x = two.repeat(BATCH // 2, 1, 1, 1)


def run(n):
    for i in range(0, n, BATCH):
        inception_kat.features(net, x[:min(BATCH, n - i)])


runs = []
with torch.no_grad():
    run(args.warmup * BATCH)
    for _ in range(args.rounds):
        t = time.perf_counter()
        run(args.images)
        runs.append(args.images / (time.perf_counter() - t))
print("PyTorch %s, %d threads, %d images of %dx%dx%d in batches of %d: %s images/s" % (
    torch.__version__, args.threads, args.images, two.shape[1], two.shape[2], two.shape[3], BATCH, " ".join("%.2f" % r for r in runs)))
print("images_per_s %.3f" % statistics.median(runs))
