#!/usr/bin/python3
"""Known answers for `--preset paper-cifar10-conv`'s training iteration:
three iterations of goodfeli/adversarial's cifar10_convolutional.yaml model
(testdata/paper_cifar_models.py's classes), in PyTorch, with G's hidden
layers and D's maxout layer cut.

As testdata/paper_cifar_kat.py, which does the same for the fully connected
preset (and whose GCN and dropout stream this imports), every weight and
input is deterministic, the numbers are pasted into
gan/papercifar_step_kat_test.go, and the Go test asserts gogan's step
reproduces them:

    /usr/bin/python3 testdata/paper_cifar_conv_step_kat.py          # print the data block
    /usr/bin/python3 testdata/paper_cifar_conv_step_kat.py --write  # rewrite it in the Go file

  - G: Linear 100->800 ReLU, Linear 800->800 Sigmoid, viewed as 8 maps of
    10x10, Deconv 5x5 at stride 3 to 3x32x32 with a bias per output element
    (the yaml's 8000 = 80 maps cut to 800 = 8; gogan's g_hidden 800).
  - D: the yaml's three MaxoutConvC01B layers at full size, then maxout
    50x5 (the yaml's 500x5 cut) and the sigmoid unit, a dropout before each
    layer: include probability .8 (scale 1.25) on the pixels, .5 (scale 2)
    elsewhere.
  - Parameter j of a network (state_dict order) is chirp(n, seed0 + j,
    irange): seed0 600 for G with irange .05, 640 for D with .005, the
    yaml's iranges (pylearn2 starts the biases at 0; nonzero ones check
    that they are used).
  - Dropout keeps an element when the j-th uniform gogan's Dropout draws,
    u_j = ((j * 2654435761) mod 2^32) / 2^32, is below its include
    probability, j counting over the whole run in forward order, each layer
    over all its 8 rows: gogan runs D once per iteration over [4 fakes; 4
    reals].
  - Data: paper_cifar_kat.py's real batch (4 GCN'd images of bytes
    round(127.5 + 127.5 chirp(4*3072, 540)) at scale 55), every iteration;
    iteration k's z is chirp(4*100, 660+k).
  - AdversaryCost2 with scale_grads 0, as paper_cifar_kat.py: d_obj =
    (mean softplus(-a_real) + mean softplus(a_fake)) / 2, g_obj = mean
    softplus(-a_fake) from D's logits of the one pass; both networks updated
    from gradients taken before either moves.
  - SGD lr .004 / 1.000004^k at iteration k (from 0), momentum .5.

Recorded after each iteration: d_obj, g_obj, mean D(real) and D(fake), and
kat.py's five float64 checksums of every state_dict tensor; after the first,
also the first 16 values of each of G's 4 fakes.
"""

import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import Block, t32, record, state, header, write_go  # noqa: E402
from paper_cifar_conv_kat import chirp  # noqa: E402  (kat.py's chirp, vectorised)
from paper_cifar_kat import real_batch, uniforms  # noqa: E402
import paper_cifar_models as pcm  # noqa: E402

torch.set_num_threads(1)

LATENT, G_HIDDEN, UNITS, PIECES, BATCH = 100, 800, 50, 5, 4
IMG = 3 * 32 * 32
G_SEED, D_SEED, Z_SEED = 600, 640, 660
G_IRANGE, D_IRANGE = 0.05, 0.005
LR, MOMENTUM, DECAY = 0.004, 0.5, 1.000004
ITERS = 3


def init(model, seed0, r):
    with torch.no_grad():
        for j, p in enumerate(model.parameters()):
            p.copy_(t32(chirp(p.numel(), seed0 + j, r), p.shape))


def kat_paper_cifar_conv_step():
    b = Block("katPaperCIFARConvStep")
    real = t32(real_batch()).view(BATCH, 3, 32, 32)
    g, d = pcm.Generator(LATENT, G_HIDDEN), pcm.Discriminator(3, UNITS, PIECES)
    init(g, G_SEED, G_IRANGE)
    init(d, D_SEED, D_IRANGE)
    drawn = [0]

    def masks(count):
        u = uniforms(drawn[0], count)
        drawn[0] += count
        return u

    for mod in d.model:
        if isinstance(mod, pcm.Dropout):
            mod.masks = (lambda keep: lambda count: (masks(count) < keep).astype(np.float32))(mod.keep)
    d.train()
    og = torch.optim.SGD(g.parameters(), lr=LR, momentum=MOMENTUM)
    od = torch.optim.SGD(d.parameters(), lr=LR, momentum=MOMENTUM)
    g0, d0 = state(g), state(d)
    record(b, "iter0", "G", g, g0)
    record(b, "iter0", "D", d, d0)
    for it in range(ITERS):
        for o in (og, od):
            for grp in o.param_groups:
                grp["lr"] = LR / DECAY ** it
        z = t32(chirp(BATCH * LATENT, Z_SEED + it), (BATCH, LATENT))
        fake = g(z)
        if it == 0:
            b.f32("iter1/fake", fake.reshape(BATCH, IMG)[:, :16])
        a = d.model[:-1](torch.cat([fake, real]))
        a_fake, a_real = a[:BATCH], a[BATCH:]
        d_obj = (F.softplus(-a_real).mean() + F.softplus(a_fake).mean()) / 2
        g_obj = F.softplus(-a_fake).mean()
        dg = torch.autograd.grad(d_obj, list(d.parameters()), retain_graph=True)
        gg = torch.autograd.grad(g_obj, list(g.parameters()))
        for p, grad in zip(d.parameters(), dg):
            p.grad = grad
        for p, grad in zip(g.parameters(), gg):
            p.grad = grad
        od.step()
        og.step()
        pre = "iter%d" % (it + 1)
        p = torch.sigmoid(a.detach())
        b.f64(pre + "/loss", [d_obj.item(), g_obj.item(), p[BATCH:].mean().item(), p[:BATCH].mean().item()])
        b.f64(pre + "/draws", [drawn[0]])
        record(b, pre, "G", g, g0)
        record(b, pre, "D", d, d0)
    return b


FILE = "gan/papercifar_step_kat_test.go"


def main():
    text = header("paper_cifar_conv_step_kat.py") + kat_paper_cifar_conv_step().go()
    if "--write" not in sys.argv[1:]:
        print(text)
        return
    write_go(FILE, "paper_cifar_conv_step_kat.py", text)


if __name__ == "__main__":
    main()
