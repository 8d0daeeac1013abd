#!/usr/bin/python3
"""torch.save checkpoints of gan.py's, cgan.py's and dcgan.py's models (and
dcgan-plus's conditional pair) and of the sngan preset's standard CNN (cnn_models.py) for importer's tests, with what PyTorch computes from them.

Run with Debian's python3-torch (PyTorch 1.13.1) from the repository root:

    /usr/bin/python3 testdata/import_fixtures.py

The classes are PyTorch-GAN's, with their sizes made small where the
architecture has size settings (gan.py's and cgan.py's widths, latent
dimension, image size, classes); dcgan.py's widths are fixed, so its weights
are sparse multiples of 0.05 and its file is stored gzipped. Weights and
BatchNorm running statistics are random (torch.manual_seed(0)). It writes
into importer/testdata/:

  seed.pth         {"generator": G, "discriminator": D, "epoch": 3}  gan.py, 1x6x6, latent 6
  seed_rgb.pth     G's state_dict alone, 3x4x4, legacy (non-zip) format
  seed_dp.pth      seed.pth's G as nn.DataParallel(G).state_dict() saves it ("module." names)
  cgan.pth         {"G": G, "D": D}  cgan.py, 4 classes, 1x6x6, latent 5
  dcgan.pth.gz     {"generator": G, "discriminator": D}  dcgan.py, 1x16x16, latent 8
  cnn.pth          {"generator": G, "discriminator": D}  cnn_models.py, 3x16x16, latent 8,
                   G widths 16-8-4, D widths 4-8-16 under spectral norm (torch.manual_seed(1))
  cnn_cond.pth     {"generator": G, "discriminator": D}  cnn.pth's sizes, CondGenerator and
                   CondDiscriminator with 4 classes embedded in 6 (torch.manual_seed(2));
                   cnn_cond_labels.npy the classes of its three rows
  dcgan_cond.pth.gz {"generator": G, "discriminator": D}  dcgan_models.py's CondGenerator and
                   CondDiscriminator (dcgan-plus --classes), 3x16x16, latent 8, 4 classes
                   embedded in 6, D widths 8-16-16-32, sparse as dcgan.pth.gz (torch.manual_seed(3));
                   dcgan_cond_labels.npy the classes of its three rows
  dcgan_cbn.pth.gz {"generator": G, "discriminator": D}  dcgan_models.py's ClassBNGenerator
                   (--class-bn) and CondDiscriminator, with dcgan_cbn_*.npy as dcgan_cond's
  dcgan_aux.pth.gz {"generator": G, "discriminator": D}  dcgan_models.py's Generator and
                   AuxDiscriminator (dcgan-plus's class head, --aux-classes 4), 3x16x16,
                   latent 8, D widths 8-16-16-32, sparse (torch.manual_seed(4))
  <name>_z.npy     3 latent vectors (float32)
  <name>_g.npy     G(z) in eval mode (running statistics), float32 (3, C, H, W)
  <name>_dx.npy    3 random images (float32, N(0, 1)), where D is in the file
  <name>_d.npy     D(x) of those in eval mode, float32 (3, 1)
  cgan_labels.npy  the classes of cgan's three rows, float32
"""
import gzip
import io
import os
import sys

import numpy as np
import torch
import torch.nn as nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dcgan_models  # noqa: E402
import cnn_models  # noqa: E402

OUT = "importer/testdata"
torch.set_num_threads(1)


class SeedG(nn.Module):  # gan.py's Generator with its sizes as arguments
    def __init__(self, latent, widths, shape, extra=0):
        super().__init__()
        self.shape = shape

        def block(i, o, normalize=True):
            layers = [nn.Linear(i, o)]
            if normalize:
                layers.append(nn.BatchNorm1d(o, 0.8))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            return layers

        layers, i = [], latent + extra
        for k, w in enumerate(widths):
            layers += block(i, w, normalize=k > 0)
            i = w
        self.model = nn.Sequential(*layers, nn.Linear(i, int(np.prod(shape))), nn.Tanh())

    def forward(self, z):
        return self.model(z).view(z.size(0), *self.shape)


class SeedD(nn.Module):  # gan.py's Discriminator
    def __init__(self, shape, widths):
        super().__init__()
        layers, i = [], int(np.prod(shape))
        for w in widths:
            layers += [nn.Linear(i, w), nn.LeakyReLU(0.2, inplace=True)]
            i = w
        self.model = nn.Sequential(*layers, nn.Linear(i, 1), nn.Sigmoid())

    def forward(self, img):
        return self.model(img.view(img.size(0), -1))


class CondG(SeedG):  # cgan.py's Generator
    def __init__(self, classes, latent, widths, shape):
        super().__init__(latent, widths, shape, extra=classes)
        self.label_emb = nn.Embedding(classes, classes)

    def forward(self, z, labels):
        return super().forward(torch.cat((self.label_emb(labels), z), -1))


class CondD(nn.Module):  # cgan.py's Discriminator
    def __init__(self, classes, shape, width):
        super().__init__()
        self.label_embedding = nn.Embedding(classes, classes)
        self.model = nn.Sequential(
            nn.Linear(classes + int(np.prod(shape)), width), nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(width, width), nn.Dropout(0.4), nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(width, width), nn.Dropout(0.4), nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(width, 1))

    def forward(self, img, labels):
        return self.model(torch.cat((img.view(img.size(0), -1), self.label_embedding(labels)), -1))


def DCG(latent, channels, size):  # dcgan.py's Generator
    return dcgan_models.Generator(latent, channels, size)


def DCD(channels, size):  # dcgan.py's Discriminator
    return dcgan_models.Discriminator(channels, size)


def randomize(m, sparse=False):
    """Random weights and BatchNorm statistics; sparse: the weight matrices
    and kernels of over 4096 values 90% zeros, the rest ±0.05 or ±0.1, so a fixed-width net's
    file compresses."""
    with torch.no_grad():
        for name, t in m.state_dict().items():
            if t.dtype == torch.int64:
                t.fill_(7)
            elif name.endswith("running_var"):
                t.copy_(torch.rand(t.shape) + 0.5)
            elif sparse and t.numel() > 4096:
                k = torch.randint(-2, 3, t.shape).float() * 0.05
                t.copy_(k * (torch.rand(t.shape) < 0.1))
            elif sparse and t.dim() == 1:
                t.copy_(torch.randn(t.shape) * 0.1 + (1 if name.endswith("weight") else 0))
            else:
                t.copy_(torch.randn(t.shape) * (0.5 if t.dim() > 1 else 0.2))
    return m.eval()


def npy(name, a):
    np.save(os.path.join(OUT, name), np.ascontiguousarray(a, dtype=np.float32))


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)

    g, d = randomize(SeedG(6, [8, 12, 16], (1, 6, 6))), randomize(SeedD((1, 6, 6), [16, 8]))
    torch.save({"generator": g.state_dict(), "discriminator": d.state_dict(), "epoch": 3}, os.path.join(OUT, "seed.pth"))
    z = torch.randn(3, 6)
    with torch.no_grad():
        x = torch.randn(3, 1, 6, 6)
        npy("seed_z.npy", z), npy("seed_g.npy", g(z)), npy("seed_dx.npy", x), npy("seed_d.npy", d(x))

    g = randomize(SeedG(5, [8, 12], (3, 4, 4)))
    torch.save(g.state_dict(), os.path.join(OUT, "seed_rgb.pth"), _use_new_zipfile_serialization=False)
    z = torch.randn(3, 5)
    with torch.no_grad():
        npy("seed_rgb_z.npy", z), npy("seed_rgb_g.npy", g(z))

    g, d = randomize(CondG(4, 5, [8, 12], (1, 6, 6))), randomize(CondD(4, (1, 6, 6), 16))
    torch.save({"G": g.state_dict(), "D": d.state_dict()}, os.path.join(OUT, "cgan.pth"))
    z, labels = torch.randn(3, 5), torch.tensor([2, 0, 3])
    with torch.no_grad():
        x = torch.randn(3, 1, 6, 6)
        npy("cgan_z.npy", z), npy("cgan_labels.npy", labels), npy("cgan_g.npy", g(z, labels))
        npy("cgan_dx.npy", x), npy("cgan_d.npy", d(x, labels))

    g, d = randomize(DCG(8, 1, 16), sparse=True), randomize(DCD(1, 16), sparse=True)
    buf = io.BytesIO()
    torch.save({"generator": g.state_dict(), "discriminator": d.state_dict()}, buf)
    with gzip.open(os.path.join(OUT, "dcgan.pth.gz"), "wb", compresslevel=9) as f:
        f.write(buf.getvalue())
    z = torch.randn(3, 8)
    with torch.no_grad():
        x = torch.randn(3, 1, 16, 16)
        npy("dcgan_z.npy", z), npy("dcgan_g.npy", g(z)), npy("dcgan_dx.npy", x), npy("dcgan_d.npy", d(x))
        print("dcgan G(z) range", g(z).min().item(), g(z).max().item(), "D", d(x).flatten().tolist())

    # nn.DataParallel's state_dict (keys "module.model.0.weight", ...), as
    # multi-GPU training saves it: seed.pth's generator, G only.
    g = SeedG(6, [8, 12, 16], (1, 6, 6))
    g.load_state_dict(torch.load(os.path.join(OUT, "seed.pth"))["generator"])
    torch.save(nn.DataParallel(g).state_dict(), os.path.join(OUT, "seed_dp.pth"))

    torch.manual_seed(1)
    g = randomize(cnn_models.Generator(8, 3, 16, (16, 8, 4)))
    d = randomize(cnn_models.Discriminator(3, 16, (4, 8, 16)))
    with torch.no_grad():  # u and v near W's singular vectors, as training leaves them
        d.train()
        for _ in range(30):
            d(torch.randn(2, 3, 16, 16))
        d.eval()
    torch.save({"generator": g.state_dict(), "discriminator": d.state_dict()}, os.path.join(OUT, "cnn.pth"))
    z = torch.randn(3, 8)
    with torch.no_grad():
        x = torch.randn(3, 3, 16, 16)
        npy("cnn_z.npy", z), npy("cnn_g.npy", g(z)), npy("cnn_dx.npy", x), npy("cnn_d.npy", d(x))

    torch.manual_seed(2)
    g = randomize(cnn_models.CondGenerator(8, 3, 16, (16, 8, 4), n_classes=4, embed_dim=6))
    d = randomize(cnn_models.CondDiscriminator(3, 16, (4, 8, 16), n_classes=4))
    with torch.no_grad():
        d.train()
        for _ in range(30):
            d.model(torch.randn(2, 3, 16, 16))
        d.eval()
    torch.save({"generator": g.state_dict(), "discriminator": d.state_dict()}, os.path.join(OUT, "cnn_cond.pth"))
    z, labels = torch.randn(3, 8), torch.tensor([3, 0, 2])
    with torch.no_grad():
        x = torch.randn(3, 3, 16, 16)
        npy("cnn_cond_z.npy", z), npy("cnn_cond_labels.npy", labels), npy("cnn_cond_g.npy", g(z, labels))
        npy("cnn_cond_dx.npy", x), npy("cnn_cond_d.npy", d(x, labels))

    torch.manual_seed(3)
    g = randomize(dcgan_models.CondGenerator(8, 3, 16, n_classes=4, embed_dim=6), sparse=True)
    d = randomize(dcgan_models.CondDiscriminator(3, 16, widths=(8, 16, 16, 32), n_classes=4), sparse=True)
    buf = io.BytesIO()
    torch.save({"generator": g.state_dict(), "discriminator": d.state_dict()}, buf)
    with gzip.open(os.path.join(OUT, "dcgan_cond.pth.gz"), "wb", compresslevel=9) as f:
        f.write(buf.getvalue())
    z, labels = torch.randn(3, 8), torch.tensor([1, 3, 0])
    with torch.no_grad():
        x = torch.randn(3, 3, 16, 16)
        npy("dcgan_cond_z.npy", z), npy("dcgan_cond_labels.npy", labels), npy("dcgan_cond_g.npy", g(z, labels))
        npy("dcgan_cond_dx.npy", x), npy("dcgan_cond_d.npy", d(x, labels))
        print("dcgan_cond G(z) range", g(z, labels).min().item(), g(z, labels).max().item(), "D", d(x, labels).flatten().tolist())

    torch.manual_seed(4)
    g = randomize(dcgan_models.Generator(8, 3, 16), sparse=True)
    d = randomize(dcgan_models.AuxDiscriminator(3, 16, widths=(8, 16, 16, 32), n_classes=4), sparse=True)
    buf = io.BytesIO()
    torch.save({"generator": g.state_dict(), "discriminator": d.state_dict()}, buf)
    with gzip.GzipFile(os.path.join(OUT, "dcgan_aux.pth.gz"), "wb", compresslevel=9, mtime=0) as f:
        f.write(buf.getvalue())
    z = torch.randn(3, 8)
    with torch.no_grad():
        x = torch.randn(3, 3, 16, 16)
        npy("dcgan_aux_z.npy", z), npy("dcgan_aux_g.npy", g(z))
        npy("dcgan_aux_dx.npy", x), npy("dcgan_aux_d.npy", d(x))

    torch.manual_seed(5)
    g = randomize(dcgan_models.ClassBNGenerator(8, 3, 16, n_classes=4, embed_dim=6), sparse=True)
    d = randomize(dcgan_models.CondDiscriminator(3, 16, widths=(8, 16, 16, 32), n_classes=4), sparse=True)
    buf = io.BytesIO()
    torch.save({"generator": g.state_dict(), "discriminator": d.state_dict()}, buf)
    with gzip.GzipFile(os.path.join(OUT, "dcgan_cbn.pth.gz"), "wb", compresslevel=9, mtime=0) as f:
        f.write(buf.getvalue())
    z, labels = torch.randn(3, 8), torch.tensor([2, 0, 3])
    with torch.no_grad():
        x = torch.randn(3, 3, 16, 16)
        npy("dcgan_cbn_z.npy", z), npy("dcgan_cbn_labels.npy", labels), npy("dcgan_cbn_g.npy", g(z, labels))
        npy("dcgan_cbn_dx.npy", x), npy("dcgan_cbn_d.npy", d(x, labels))

    total = 0
    for f in sorted(os.listdir(OUT)):
        n = os.path.getsize(os.path.join(OUT, f))
        total += n
        print(f, n)
    print("total", total)


if __name__ == "__main__":
    main()
