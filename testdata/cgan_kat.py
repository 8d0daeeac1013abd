#!/usr/bin/python3
"""Known answers for gogan's class-conditional pair: three iterations of
PyTorch-GAN's cgan.py, from PyTorch.

As testdata/kat.py (whose helpers this imports), every weight and input is
deterministic, the numbers are pasted into gan/cond_kat_test.go, and the Go
test asserts gogan's training step reproduces them:

    /usr/bin/python3 testdata/cgan_kat.py          # print the data block
    /usr/bin/python3 testdata/cgan_kat.py --write  # rewrite it in the Go file

The models are cgan.py's Generator and Discriminator at its defaults
(latent 100, 10 classes, 32x32x1, batch 64, MSELoss, Adam 2e-4 (0.5, 0.999)).
Its loop runs three times: z and gen_labels, the G step on
MSE(D(G(z, c), c), 1), then the D step on (MSE(D(real, labels), 1) +
MSE(D(gen.detach(), c), 0)) / 2.

Two things are fixed here that cgan.py leaves to the global RNG:

- Labels. The real batch's are (3i + 1) mod 10; iteration k's generated
  ones (7i + 3k) mod 10 (k = 0, 1, 2), both covering every class.
- Dropout masks. gogan runs D once per iteration over [fakes; reals] (128
  rows) and both steps use that pass, so each fake has one dropout mask per
  iteration where cgan.py draws a second one for D's step. Here the masks are
  gogan's: the j-th uniform gogan's Dropout draws (j counting from 0 over the
  whole run, row-major over the 128 x 512 units of model.3 then model.6 per
  iteration) is u_j = ((j * 2654435761) mod 2^32) / 2^32 and a unit is kept
  when u_j < 0.6; G's step uses rows 0..63 (the fakes), D's step rows
  64..127 for the reals and rows 0..63 again for the fakes.
"""

import math
import os
import sys

import numpy as np
import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import Block, chirp, t32, record, state, header, write_go  # noqa: E402

torch.set_num_threads(1)

LATENT, CLASSES, IMG, BATCH, HID = 100, 10, 32 * 32, 64, 512
KEEP = 1 - 0.4
G_SEED, D_SEED, EMB_SEED = 140, 160, 190
# REAL_SEED and Z_SEED (the k-th noise batch is seed Z_SEED + k) come from a
# search over (200+a, 420+2a), a = 3..8, for the farthest LeakyReLU input from
# the kink, as in kat.py.
REAL_SEED, Z_SEED = 206, 432
MARGIN = 2e-6
margins = []


def margin_hook(module, inputs):
    x = inputs[0].detach().double()
    nz = x[x != 0]  # a dropped unit is exactly 0 on both sides
    margins.append(((nz.abs().min() / x.pow(2).mean().sqrt()).item(), x.numel()))


class MaskDropout(nn.Module):
    """nn.Dropout(0.4) with the mask set from outside (see the module doc)."""

    def __init__(self):
        super().__init__()
        self.mask = None

    def forward(self, x):
        return x * self.mask


class Generator(nn.Module):
    """cgan.py's Generator, verbatim but for the options object."""

    def __init__(self):
        super().__init__()
        self.label_emb = nn.Embedding(CLASSES, CLASSES)

        def block(in_feat, out_feat, normalize=True):
            layers = [nn.Linear(in_feat, out_feat)]
            if normalize:
                layers.append(nn.BatchNorm1d(out_feat, 0.8))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            return layers

        self.model = nn.Sequential(
            *block(LATENT + CLASSES, 128, normalize=False),
            *block(128, 256),
            *block(256, 512),
            *block(512, 1024),
            nn.Linear(1024, IMG),
            nn.Tanh()
        )

    def forward(self, noise, labels):
        gen_input = torch.cat((self.label_emb(labels), noise), -1)
        img = self.model(gen_input)
        return img.view(img.size(0), 1, 32, 32)


class Discriminator(nn.Module):
    """cgan.py's Discriminator with MaskDropout for nn.Dropout(0.4)."""

    def __init__(self):
        super().__init__()
        self.label_embedding = nn.Embedding(CLASSES, CLASSES)
        self.model = nn.Sequential(
            nn.Linear(CLASSES + IMG, 512),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 512),
            MaskDropout(),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 512),
            MaskDropout(),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 1),
        )

    def forward(self, img, labels):
        d_in = torch.cat((img.view(img.size(0), -1), self.label_embedding(labels)), -1)
        return self.model(d_in)

    def set_masks(self, m3, m6):
        self.model[3].mask, self.model[6].mask = m3, m6


def det_init(model, seed0, emb_seed):
    """As kat.py's det_init; the embedding weight is chirp(classes*classes, emb_seed, 1)."""
    k = 0
    with torch.no_grad():
        for m in model.model:
            if isinstance(m, nn.Linear):
                s = 1 / math.sqrt(m.in_features)
                m.weight.copy_(t32(chirp(m.weight.numel(), seed0 + 2 * k, s), m.weight.shape))
                m.bias.copy_(t32(chirp(m.bias.numel(), seed0 + 2 * k + 1, s)))
                k += 1
        for m in model.modules():
            if isinstance(m, nn.Embedding):
                m.weight.copy_(t32(chirp(m.weight.numel(), emb_seed, 1), m.weight.shape))


def masks(it):
    """The two dropout masks gogan draws in iteration it, each [128, 512]."""
    per = 2 * BATCH * HID
    out = []
    for layer in range(2):
        j = np.arange(it * 2 * per + layer * per, it * 2 * per + (layer + 1) * per, dtype=np.uint64)
        u = ((j * np.uint64(2654435761)) % np.uint64(1 << 32)).astype(np.float64) / float(1 << 32)
        keep = (u < KEEP).astype(np.float32) * np.float32(1 / KEEP)
        out.append(torch.from_numpy(keep.reshape(2 * BATCH, HID)))
    return out


def kat_cgan():
    b = Block("katCGAN")
    real = t32(chirp(BATCH * IMG, REAL_SEED), (BATCH, 1, 32, 32))
    real_labels = torch.tensor([(3 * i + 1) % CLASSES for i in range(BATCH)])
    valid, fake = torch.ones(BATCH, 1), torch.zeros(BATCH, 1)
    mse = nn.MSELoss()
    g, d = Generator(), Discriminator()
    det_init(g, G_SEED, EMB_SEED)
    det_init(d, D_SEED, EMB_SEED + 1)
    for m in list(g.model) + list(d.model):
        if isinstance(m, nn.LeakyReLU):
            m.register_forward_pre_hook(margin_hook)
    og = torch.optim.Adam(g.parameters(), lr=0.0002, betas=(0.5, 0.999))
    od = torch.optim.Adam(d.parameters(), lr=0.0002, betas=(0.5, 0.999))
    g0, d0 = state(g), state(d)
    record(b, "iter0", "G", g, g0)
    record(b, "iter0", "D", d, d0)
    for it in range(3):
        m3, m6 = masks(it)
        z = t32(chirp(BATCH * LATENT, Z_SEED + it), (BATCH, LATENT))
        gen_labels = torch.tensor([(7 * i + 3 * it) % CLASSES for i in range(BATCH)])
        og.zero_grad()
        gen_imgs = g(z, gen_labels)
        d.set_masks(m3[:BATCH], m6[:BATCH])
        g_loss = mse(d(gen_imgs, gen_labels), valid)
        g_loss.backward()
        og.step()
        od.zero_grad()
        d.set_masks(m3[BATCH:], m6[BATCH:])
        d_real_loss = mse(d(real, real_labels), valid)
        d.set_masks(m3[:BATCH], m6[:BATCH])
        d_fake_loss = mse(d(gen_imgs.detach(), gen_labels), fake)
        d_loss = (d_real_loss + d_fake_loss) / 2
        d_loss.backward()
        od.step()
        pre = "iter%d" % (it + 1)
        b.f64(pre + "/loss", [d_loss.item(), g_loss.item()])
        record(b, pre, "G", g, g0)
        record(b, pre, "D", d, d0)
        print("%s: d_loss %.6f g_loss %.6f" % (pre, d_loss.item(), g_loss.item()), file=sys.stderr)
    nearest = min(m for m, _ in margins)
    print("nearest LeakyReLU input to the kink: %.2g rms (of %d inputs)" % (nearest, sum(n for _, n in margins)),
          file=sys.stderr)
    if nearest < MARGIN:
        sys.exit("a LeakyReLU input is within %g rms of 0: choose other seeds" % MARGIN)
    return b


PATH = "gan/cond_kat_test.go"


def main():
    text = header("cgan_kat.py") + kat_cgan().go()
    if "--write" not in sys.argv[1:]:
        print(text)
        return
    write_go(PATH, "cgan_kat.py", text)

if __name__ == "__main__":
    main()
