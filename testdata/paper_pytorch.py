#!/usr/bin/python3
"""Goodfellow et al. 2014's MNIST GAN in PyTorch: an independent reimplementation
of goodfeli/adversarial's mnist.yaml (pylearn2), for checking gogan's
`--preset paper` against it under the same Parzen-window protocol.

What it reproduces (mnist.yaml, with pylearn2's semantics):
  - data: the first 50,000 MNIST training images, pixels/255 in [0,1];
    shuffled each epoch, 500 minibatches of 100. Read from --data (default:
    the repository's data/mnist, the gzipped IDX files gogan embeds).
  - z: 100-d, uniform in [-sqrt 3, sqrt 3] (Generator noise: 'uniform').
  - G: Linear 100->1200 ReLU, Linear 1200->1200 ReLU, Linear 1200->784 sigmoid;
    weights U(-0.05, 0.05) (irange), hidden biases 0, output bias
    logit(clip(pixel mean, 1e-7, 1-1e-7)) over those 50,000 images
    (init_sigmoid_bias_from_marginals), so an untrained G draws the mean digit.
  - D: maxout 240 units x 5 pieces, maxout 240x5, Linear 1 sigmoid; weights
    U(-0.005, 0.005), biases 0; a maxout unit is the max of 5 consecutive
    outputs of its linear map (pylearn2's pool_stride = num_pieces).
    Dropout on every layer's input: keep 0.8 of the pixels, 0.5 of the
    hidden units, kept units scaled by 1/keep at training time (mnist.yaml's
    input_scales 1.25 and 2), no dropout when not training. G has no dropout.
  - AdversaryCost2, scale_grads 0: one pass of D over the real minibatch and
    n = 100 fakes; d_obj = (softplus(-a_real) + softplus(a_fake)) / 2 and
    g_obj = softplus(-a_fake) (the non-saturating loss), batch means, from D's
    logits a as pylearn2's Sigmoid.cost computes them. G's gradient goes
    through the same D weights and the same dropout masks as D's fake term.
    Both gradients are taken before either network moves and both are
    applied in the same step (a simultaneous update), as pylearn2's SGD
    does with one cost over all parameters.
  - SGD: lr 0.1 for both networks, divided by 1.000004 after every minibatch,
    never below 1e-6 (ExponentialDecay: step k, from 0, uses 0.1/1.000004^k);
    momentum in pylearn2's form, v = m*v - lr*g; p += v (learning_rule.Momentum);
    m = 0.5 in epoch 1 rising linearly to 0.7 in epoch 250 and after
    (MomentumAdjustor start 1, saturate 250: epoch E uses
    0.5 + 0.2*min(1, (E-1)/249), as its counter is 1 when training starts).

Departures, all optional or outside the model:
  - --momentum-form pytorch uses torch.optim.SGD's form instead (buf = g at the
    first step, then buf = m*buf + g; p -= lr*buf), the form gogan uses; at a
    constant lr the two are the same update.
  - --noise gaussian draws z from N(0,1), the adversarial repo's Generator
    default, which is what runs where mnist.yaml omits noise: 'uniform' (the
    file's history holds versions with and without that line).
  - Random numbers are PyTorch's and NumPy's, not Theano's MRG streams, so runs
    match pylearn2's in distribution, not sample by sample.
  - Samples for the Parzen evaluation come from this script's own noise
    stream (seeded from --seed), 10,000 of them as in parzen_ll.py.

Each epoch prints the means of d_obj (pylearn2's objective_d, gogan's d_loss:
the mean of the two terms, so log 2 = 0.693 for an untrained D) and g_obj,
mean D(x) and D(G(z)), the lr and momentum, and the epoch's seconds.

Outputs (in --out): losses.csv (one row per epoch), config.json, samples.npy
(10,000 samples after the last epoch, float32, shape (10000, 1, 28, 28),
values in [0,1] as G's sigmoid makes them), samples_epochNNNN.npy every
--save-every epochs, and checkpoint.pt (for --resume) at the same times and at
the end. `gogan eval --samples` takes a sample file in [0,1] or [-1,1]: it reads
the range from the sign (no negative value means [0,1]) and scores pixels in
[0,1] as parzen_ll.py does, so these files need no conversion.

Compare with gogan (seed 1, epoch 44; README "Reproducing the paper"):

  /usr/bin/python3 testdata/paper_pytorch.py --epochs 44 --seed 1 --out runs/paper-pytorch
  go run ./cmd/gogan eval --samples runs/paper-pytorch/samples.npy
  go run ./cmd/gogan train --preset paper --epochs 44 --seed 1 --out runs/paper
  go run ./cmd/gogan eval --checkpoint runs/paper

The eval report goes to runs/paper-pytorch/samples_eval/. Needs Debian's
PyTorch 1.13 (/usr/bin/python3, package python3-torch) and NumPy; no
torchvision; also runs on PyTorch 2.x, and on a GPU with --device cuda.

Measured, seed 1: after epoch 1, d_obj 0.405, g_obj 1.69, D(x) 0.727,
D(G(z)) 0.302 (CPU; gogan --preset paper: 0.409, 1.64, 0.720, 0.310), and the
samples have collapsed to one blob in both (FID 718 here, 626 in gogan); by
epoch 44 (--device cuda, an H200, PyTorch 2.11, 1.9 s an epoch) they score
Parzen 133.0 +- 1.5 and FID 19.5 with `gogan eval --samples`, where gogan's own
epoch 44 scores 133.2 +- 1.5. On the project's shared 2-core VM a step took
about 0.45 s with --threads 1 (nearly 4 minutes an epoch) while other jobs
ran, and 2 threads were 4x slower still: on a busy machine use --threads 1.
"""
import argparse
import csv
import gzip
import io
import json
import math
import os
import pickle
import struct
import sys
import time
import zlib

try:
    import numpy as np
    import torch
    import torch.nn.functional as F
except ImportError as e:  # pragma: no cover - depends on the machine
    sys.exit("paper_pytorch.py: %s. It needs PyTorch and NumPy: run it with Debian's "
             "/usr/bin/python3 with python3-torch installed (apt-get install python3-torch)." % e)

LATENT, PIXELS, G_HIDDEN, D_UNITS, D_PIECES = 100, 784, 1200, 240, 5
G_IRANGE, D_IRANGE = 0.05, 0.005
KEEP_IN, KEEP_HID = 0.8, 0.5
BATCH, LR, LR_DECAY, LR_MIN = 100, 0.1, 1.000004, 1e-6
MOMENTUM, MOMENTUM_FINAL, MOMENTUM_START, MOMENTUM_SATURATE = 0.5, 0.7, 1, 250
TRAIN_IMAGES, N_SAMPLES = 50000, 10000
MARGINAL_CLIP = 1e-7  # init_sigmoid_bias_from_array's clip
RUN_FLAGS = ("seed", "momentum_form", "noise", "train_images")  # a resumed run must keep these
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The gzipped IDX files gogan embeds (byte for byte the official ones, as in
# ../shared/data/mnist), so both programs train on the same bytes.
DEFAULT_DATA = os.path.join(REPO, "data", "mnist")


class Failure(Exception):
    """A problem the user can fix, reported without a traceback."""


def read_idx_images(directory, stem):
    """Reads an IDX image file (gzipped or not) as a uint8 array (N, 784)."""
    tried = [os.path.join(directory, stem + ext) for ext in (".gz", "")]
    path = next((p for p in tried if os.path.isfile(p)), None)
    if path is None:
        raise Failure("MNIST not found: neither %s nor %s exists (use --data DIR, the folder "
                      "holding the IDX files)" % tuple(tried))
    try:
        with open(path, "rb") as f:
            raw = f.read()
        if path.endswith(".gz"):
            raw = gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as e:
        raise Failure("%s: cannot read it: %s" % (path, e))
    if len(raw) < 16:
        raise Failure("%s: %d bytes, too short for an IDX image header" % (path, len(raw)))
    magic, n, rows, cols = struct.unpack(">iiii", raw[:16])
    if magic != 0x803:
        raise Failure("%s: magic number %#x, want 0x803 (an IDX file of uint8 images)" % (path, magic))
    if rows != 28 or cols != 28:
        raise Failure("%s: images are %dx%d, want 28x28" % (path, rows, cols))
    if len(raw) != 16 + n * rows * cols:
        raise Failure("%s: header says %d images (%d bytes of pixels) but the file holds %d: "
                      "truncated or corrupt" % (path, n, n * rows * cols, len(raw) - 16))
    return np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(n, rows * cols)


def inverse_sigmoid_of_marginals(pix):
    """G's output bias: logit of each pixel's mean, clipped as pylearn2 does."""
    mean = pix.astype(np.float64).mean(axis=0) / 255.0
    mean = np.clip(mean, MARGINAL_CLIP, 1 - MARGINAL_CLIP)
    return np.log(mean / (1 - mean))


def irange_linear(fan_in, fan_out, r, gen):
    """A pylearn2 irange layer: weights U(-r, r), bias 0 (as (W, b) tensors)."""
    w = torch.empty(fan_out, fan_in).uniform_(-r, r, generator=gen)
    return w, torch.zeros(fan_out)


class Nets:
    """G and D as plain parameter lists, so the update is written out in full."""

    def __init__(self, bias_out, gen, device):
        g = [irange_linear(LATENT, G_HIDDEN, G_IRANGE, gen),
             irange_linear(G_HIDDEN, G_HIDDEN, G_IRANGE, gen),
             irange_linear(G_HIDDEN, PIXELS, G_IRANGE, gen)]
        g[2] = (g[2][0], torch.tensor(bias_out, dtype=torch.float32))
        d = [irange_linear(PIXELS, D_UNITS * D_PIECES, D_IRANGE, gen),
             irange_linear(D_UNITS, D_UNITS * D_PIECES, D_IRANGE, gen),
             irange_linear(D_UNITS, 1, D_IRANGE, gen)]
        self.g = [t.to(device).requires_grad_() for wb in g for t in wb]
        self.d = [t.to(device).requires_grad_() for wb in d for t in wb]

    def generate(self, z):
        w0, b0, w1, b1, w2, b2 = self.g
        h = F.relu(F.linear(z, w0, b0))
        h = F.relu(F.linear(h, w1, b1))
        return torch.sigmoid(F.linear(h, w2, b2))

    def discriminate(self, x, train):
        """D's logits; with train, dropout on each layer's input (scaled by 1/keep)."""
        w0, b0, w1, b1, w2, b2 = self.d
        h = F.dropout(x, 1 - KEEP_IN, train)
        h = F.linear(h, w0, b0).view(-1, D_UNITS, D_PIECES).amax(dim=2)
        h = F.dropout(h, 1 - KEEP_HID, train)
        h = F.linear(h, w1, b1).view(-1, D_UNITS, D_PIECES).amax(dim=2)
        h = F.dropout(h, 1 - KEEP_HID, train)
        return F.linear(h, w2, b2).view(-1)


def noise(kind, n, gen, device):
    if kind == "uniform":
        z = torch.empty(n, LATENT).uniform_(-math.sqrt(3), math.sqrt(3), generator=gen)
    else:
        z = torch.randn(n, LATENT, generator=gen)
    return z.to(device)


def lr_at(step):
    """ExponentialDecay: the lr of minibatch step (0-based) over the whole run."""
    return max(LR * math.exp(-step * math.log(LR_DECAY)), LR_MIN)


def momentum_at(epoch):
    """MomentumAdjustor: the momentum during 1-based training epoch."""
    alpha = (epoch - MOMENTUM_START) / (MOMENTUM_SATURATE - MOMENTUM_START)
    alpha = min(max(alpha, 0.0), 1.0)
    return MOMENTUM * (1 - alpha) + MOMENTUM_FINAL * alpha


def sgd_update(params, grads, vels, lr, mom, form, first):
    with torch.no_grad():
        for p, g, v in zip(params, grads, vels):
            if form == "pylearn2":
                v.mul_(mom).add_(g, alpha=-lr)
                p.add_(v)
            else:
                if first:
                    v.copy_(g)
                else:
                    v.mul_(mom).add_(g)
                p.add_(v, alpha=-lr)


def atomic_write(path, write):
    """Writes path via a temporary file in the same folder and a rename."""
    tmp = path + ".tmp%d" % os.getpid()
    try:
        with open(tmp, "wb") as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def save_samples(nets, args, device, path):
    """Writes N_SAMPLES samples, float32 (N, 1, 28, 28) in [0,1], from a noise
    stream of their own so the same seed and epoch give the same file."""
    gen = torch.Generator().manual_seed(args.seed + 0x5A3E)
    out = []
    with torch.no_grad():
        for lo in range(0, N_SAMPLES, 1000):
            out.append(nets.generate(noise(args.noise, min(1000, N_SAMPLES - lo), gen, device)).cpu())
    x = torch.cat(out).numpy().astype(np.float32).reshape(N_SAMPLES, 1, 28, 28)
    atomic_write(path, lambda f: np.save(f, x))
    return x


def save_checkpoint(path, nets, vels, rngs, meta):
    """Tensors, plus everything else as one JSON string: PyTorch 1.13's
    weights_only loader reads no floats, and 2.6+ loads weights_only by default."""
    blob = {"g": [t.detach().cpu() for t in nets.g], "d": [t.detach().cpu() for t in nets.d],
            "vel_g": [t.cpu() for t in vels[0]], "vel_d": [t.cpu() for t in vels[1]],
            "rngs": rngs, "meta": json.dumps(meta)}
    buf = io.BytesIO()
    torch.save(blob, buf)
    atomic_write(path, lambda f: f.write(buf.getvalue()))


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Trains goodfeli/adversarial's mnist.yaml GAN in PyTorch and writes 10,000 "
                    "samples for `gogan eval --samples` (see the docstring for what it reproduces).")
    p.add_argument("--epochs", type=int, default=44, help="training epochs of 500 minibatches (default 44)")
    p.add_argument("--seed", type=int, default=1, help="seed of initialisation, noise, dropout and shuffling")
    p.add_argument("--out", default="runs/paper-pytorch", help="output folder (created if missing)")
    p.add_argument("--data", default=DEFAULT_DATA,
                   help="folder with MNIST's IDX files, gzipped or not (default: the repository's data/mnist, "
                        "the copy gogan embeds; ../shared/data/mnist holds the same files)")
    p.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)),
                   help="PyTorch intra-op threads (default: the CPUs this process may use; "
                        "on a busy machine 1 can be much faster)")
    p.add_argument("--save-every", type=int, default=0, metavar="E",
                   help="also write samples_epochNNNN.npy and checkpoint.pt every E epochs (0: only at the end)")
    p.add_argument("--momentum-form", choices=["pylearn2", "pytorch"], default="pylearn2",
                   help="pylearn2: v = m*v - lr*g, p += v (mnist.yaml); pytorch: torch.optim.SGD's buf = m*buf + g, p -= lr*buf")
    p.add_argument("--noise", choices=["uniform", "gaussian"], default="uniform",
                   help="z ~ U[-sqrt 3, sqrt 3] (mnist.yaml's noise: 'uniform') or N(0,1)")
    p.add_argument("--train-images", type=int, default=TRAIN_IMAGES,
                   help="train on the first N training images (mnist.yaml: 50,000)")
    p.add_argument("--resume", action="store_true",
                   help="continue from OUT/checkpoint.pt up to --epochs (same flags as the first run)")
    p.add_argument("--device", default="cpu", help="torch device, e.g. cpu or cuda (default cpu)")
    args = p.parse_args(argv)
    if args.epochs < 1:
        p.error("--epochs %d must be >= 1" % args.epochs)
    if args.threads < 1:
        p.error("--threads %d must be >= 1" % args.threads)
    if args.save_every < 0:
        p.error("--save-every %d must be >= 0" % args.save_every)
    if not BATCH <= args.train_images <= 60000:
        p.error("--train-images %d must be in [%d, 60000]" % (args.train_images, BATCH))
    return args


def run(args):
    torch.set_num_threads(args.threads)
    try:
        device = torch.device(args.device)
        torch.empty(1, device=device)
    except (RuntimeError, AssertionError) as e:
        raise Failure("--device %s is not usable: %s" % (args.device, e))
    os.makedirs(args.out, exist_ok=True)
    pix = read_idx_images(args.data, "train-images-idx3-ubyte")
    if pix.shape[0] < args.train_images:
        raise Failure("%s holds %d training images, fewer than --train-images %d" % (args.data, pix.shape[0], args.train_images))
    pix = pix[:args.train_images]
    data = torch.from_numpy(pix.astype(np.float32) / 255.0).to(device)
    n_data = data.shape[0]
    batches = n_data // BATCH

    init_gen = torch.Generator().manual_seed(args.seed)
    nets = Nets(inverse_sigmoid_of_marginals(pix), init_gen, device)
    vels = ([torch.zeros_like(p) for p in nets.g], [torch.zeros_like(p) for p in nets.d])
    noise_gen = torch.Generator().manual_seed(args.seed + 1)
    torch.manual_seed(args.seed + 2)  # dropout masks (the global stream)
    if device.type == "cuda":
        torch.cuda.manual_seed_all(args.seed + 2)
    shuffle = np.random.RandomState(args.seed + 3)
    step, epoch = 0, 0
    ckpt = os.path.join(args.out, "checkpoint.pt")
    losses_path = os.path.join(args.out, "losses.csv")
    rows = []
    if args.resume:
        try:
            blob = torch.load(ckpt, map_location="cpu", weights_only=True)
        except (OSError, RuntimeError, EOFError, pickle.UnpicklingError) as e:
            raise Failure("--resume: cannot load %s: %s" % (ckpt, e))
        with torch.no_grad():
            for dst, src in zip(nets.g + nets.d + vels[0] + vels[1], blob["g"] + blob["d"] + blob["vel_g"] + blob["vel_d"]):
                if dst.shape != src.shape:
                    raise Failure("--resume: %s holds a tensor of shape %s where %s is expected" % (ckpt, tuple(src.shape), tuple(dst.shape)))
                dst.copy_(src)
        meta, rngs = json.loads(blob["meta"]), blob["rngs"]
        for k in RUN_FLAGS:
            if meta.get(k) != getattr(args, k):
                raise Failure("--resume: %s was made with --%s %s, this run asks for %s"
                              % (ckpt, k.replace("_", "-"), meta.get(k), getattr(args, k)))
        step, epoch, rows = meta["step"], meta["epoch"], meta["rows"]
        noise_gen.set_state(rngs["noise"])
        torch.set_rng_state(rngs["torch"])
        if device.type == "cuda" and rngs["cuda"]:
            torch.cuda.set_rng_state_all(rngs["cuda"])
        kind, pos, has_gauss, gauss = meta["shuffle"]
        shuffle.set_state((kind, rngs["shuffle_keys"].numpy().astype(np.uint32), pos, has_gauss, gauss))
        print("resuming from %s after epoch %d (step %d)" % (ckpt, epoch, step))
        if epoch >= args.epochs:
            raise Failure("--resume: %s is already at epoch %d; ask for more --epochs" % (ckpt, epoch))

    cfg = dict(vars(args), torch=torch.__version__, batch=BATCH, lr=LR, lr_decay=LR_DECAY, lr_min=LR_MIN,
               momentum=[MOMENTUM, MOMENTUM_FINAL, MOMENTUM_START, MOMENTUM_SATURATE], keep=[KEEP_IN, KEEP_HID])
    atomic_write(os.path.join(args.out, "config.json"), lambda f: f.write(json.dumps(cfg, indent=1).encode()))
    print("paper_pytorch: mnist.yaml on %d images, %d batches of %d per epoch, PyTorch %s on %s, %d threads, "
          "momentum form %s, noise %s" % (n_data, batches, BATCH, torch.__version__, device, args.threads,
                                           args.momentum_form, args.noise), flush=True)

    def checkpoint():
        kind, keys, pos, has_gauss, gauss = shuffle.get_state()
        rngs = {"noise": noise_gen.get_state(), "torch": torch.get_rng_state(),
                "cuda": torch.cuda.get_rng_state_all() if device.type == "cuda" else [],
                "shuffle_keys": torch.from_numpy(keys.astype(np.int64))}
        meta = {**{k: getattr(args, k) for k in RUN_FLAGS}, "step": step, "epoch": epoch, "rows": rows,
                "shuffle": [kind, int(pos), int(has_gauss), float(gauss)]}
        save_checkpoint(ckpt, nets, vels, rngs, meta)

    t_start, first_epoch = time.perf_counter(), epoch
    while epoch < args.epochs:
        epoch += 1
        mom = momentum_at(epoch)
        lr_first = lr_at(step)
        t0 = time.perf_counter()
        perm = torch.from_numpy(shuffle.permutation(n_data)).to(device)
        sums = torch.zeros(4, dtype=torch.float64, device=device)
        for b in range(batches):
            real = data[perm[b * BATCH:(b + 1) * BATCH]]
            fake = nets.generate(noise(args.noise, BATCH, noise_gen, device))
            a = nets.discriminate(torch.cat([fake, real]), True)
            a_fake, a_real = a[:BATCH], a[BATCH:]
            d_loss = 0.5 * (F.softplus(-a_real).mean() + F.softplus(a_fake).mean())
            g_loss = F.softplus(-a_fake).mean()
            d_grads = torch.autograd.grad(d_loss, nets.d, retain_graph=True)
            g_grads = torch.autograd.grad(g_loss, nets.g)
            lr = lr_at(step)
            sgd_update(nets.d, d_grads, vels[1], lr, mom, args.momentum_form, step == 0)
            sgd_update(nets.g, g_grads, vels[0], lr, mom, args.momentum_form, step == 0)
            step += 1
            with torch.no_grad():
                sums += torch.stack([d_loss.double(), g_loss.double(),
                                     torch.sigmoid(a_real).mean().double(), torch.sigmoid(a_fake).mean().double()])
        d_mean, g_mean, d_real, d_fake = (sums / batches).tolist()
        secs = time.perf_counter() - t0
        rows.append({"epoch": epoch, "d_loss": d_mean, "g_loss": g_mean, "d_real": d_real, "d_fake": d_fake,
                     "lr": lr_first, "momentum": mom, "seconds": secs})
        print("[Epoch %d/%d] d_loss %.4f g_loss %.4f D(x) %.3f D(G(z)) %.3f lr %.6f momentum %.4f  %.1f s"
              % (epoch, args.epochs, d_mean, g_mean, d_real, d_fake, lr_first, mom, secs), flush=True)

        def write_rows(f):
            text = io.StringIO()
            w = csv.DictWriter(text, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
            f.write(text.getvalue().encode())
        atomic_write(losses_path, write_rows)
        if not (math.isfinite(d_mean) and math.isfinite(g_mean)):
            raise Failure("training diverged in epoch %d (d_loss %r, g_loss %r); files saved before it in %s are intact"
                          % (epoch, d_mean, g_mean, args.out))
        if args.save_every and epoch % args.save_every == 0:
            save_samples(nets, args, device, os.path.join(args.out, "samples_epoch%04d.npy" % epoch))
            checkpoint()
    total = time.perf_counter() - t_start
    x = save_samples(nets, args, device, os.path.join(args.out, "samples.npy"))
    checkpoint()
    print("trained to epoch %d in %.1f s (%.1f s per epoch); wrote %s: %d samples in [%.3f, %.3f]"
          % (epoch, total, total / (epoch - first_epoch), os.path.join(args.out, "samples.npy"), x.shape[0], x.min(), x.max()))
    print("score it: go run ./cmd/gogan eval --samples %s" % os.path.join(args.out, "samples.npy"))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        run(args)
    except Failure as e:
        sys.exit("paper_pytorch.py: %s" % e)
    except KeyboardInterrupt:
        sys.exit("paper_pytorch.py: interrupted; files already written in %s are intact" % args.out)


if __name__ == "__main__":
    main()
