#!/usr/bin/python3
"""PyTorch-GAN's cgan.py itself, run for gogan's comparison: its models, loss,
optimisers and loop verbatim, on MNIST resized to 32x32 as its
transforms.Resize(32) does, then 10,000 samples exported for `gogan eval`.

torchvision is not in Debian's python3-torch, so the data pipeline is
rebuilt from what torchvision calls: the IDX files read with numpy,
PIL.Image.resize((32, 32), BILINEAR) per digit (Resize on a PIL image), then
ToTensor and Normalize([0.5], [0.5]) as float32 arithmetic; batches of 64
from a fresh torch.randperm each epoch (DataLoader(shuffle=True)), the last
batch of 32 kept. z and gen_labels come from numpy's global RNG as in
cgan.py. The sample_image grids and the tensorboard writer are left out.

    /usr/bin/python3 testdata/cgan_pytorch.py --mnist ../shared/data/mnist \
        --epochs 10 --seed 1 --out runs/cgan-pytorch-s1

writes into --out:
  samples_batch.npy    10,000 x 1 x 32 x 32 in [-1, 1], drawn as cgan.py's
                       sample_image draws: train mode (batch statistics), in
                       batches of 100 with labels [0..9] * 10
  samples_running.npy  the same z and labels in eval mode (running statistics)
  labels.npy           the 10,000 labels, float32 (0..9; row i has i mod 10)
  generator.pt         G's state_dict (torch.save)
  log.csv              epoch, mean d_loss, mean g_loss, seconds, ms/iteration

Score with gogan:  gogan eval --samples OUT/samples_batch.npy --labels OUT/labels.npy
"""
import argparse
import csv
import gzip
import os
import time

import numpy as np
import torch
import torch.nn as nn
from PIL import Image

p = argparse.ArgumentParser()
p.add_argument("--mnist", default="../shared/data/mnist")
p.add_argument("--epochs", type=int, default=10)
p.add_argument("--seed", type=int, default=1)
p.add_argument("--threads", type=int, default=0, help="torch threads (0: PyTorch's default)")
p.add_argument("--out", required=True)
opt = p.parse_args()
os.makedirs(opt.out, exist_ok=True)
if opt.threads:
    torch.set_num_threads(opt.threads)
np.random.seed(opt.seed)
torch.manual_seed(opt.seed)

latent_dim, n_classes, img_size, channels, batch_size = 100, 10, 32, 1, 64
img_shape = (channels, img_size, img_size)


class Generator(nn.Module):
    def __init__(self):
        super(Generator, self).__init__()
        self.label_emb = nn.Embedding(n_classes, n_classes)

        def block(in_feat, out_feat, normalize=True):
            layers = [nn.Linear(in_feat, out_feat)]
            if normalize:
                layers.append(nn.BatchNorm1d(out_feat, 0.8))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            return layers

        self.model = nn.Sequential(
            *block(latent_dim + n_classes, 128, normalize=False),
            *block(128, 256),
            *block(256, 512),
            *block(512, 1024),
            nn.Linear(1024, int(np.prod(img_shape))),
            nn.Tanh()
        )

    def forward(self, noise, labels):
        gen_input = torch.cat((self.label_emb(labels), noise), -1)
        img = self.model(gen_input)
        img = img.view(img.size(0), *img_shape)
        return img


class Discriminator(nn.Module):
    def __init__(self):
        super(Discriminator, self).__init__()
        self.label_embedding = nn.Embedding(n_classes, n_classes)
        self.model = nn.Sequential(
            nn.Linear(n_classes + int(np.prod(img_shape)), 512),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 512),
            nn.Dropout(0.4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 512),
            nn.Dropout(0.4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 1),
        )

    def forward(self, img, labels):
        d_in = torch.cat((img.view(img.size(0), -1), self.label_embedding(labels)), -1)
        validity = self.model(d_in)
        return validity


def load_mnist(d):
    with gzip.open(os.path.join(d, "train-images-idx3-ubyte.gz")) as f:
        imgs = np.frombuffer(f.read(), dtype=np.uint8, offset=16).reshape(-1, 28, 28)
    with gzip.open(os.path.join(d, "train-labels-idx1-ubyte.gz")) as f:
        labels = np.frombuffer(f.read(), dtype=np.uint8, offset=8)
    big = np.stack([np.asarray(Image.fromarray(a, mode="L").resize((img_size, img_size), Image.BILINEAR)) for a in imgs])
    x = torch.from_numpy(big).float().div(255).unsqueeze(1)  # ToTensor
    x = (x - 0.5) / 0.5  # Normalize([0.5], [0.5])
    return x, torch.from_numpy(labels.astype(np.int64))


X, Y = load_mnist(opt.mnist)
adversarial_loss = torch.nn.MSELoss()
generator, discriminator = Generator(), Discriminator()
optimizer_G = torch.optim.Adam(generator.parameters(), lr=0.0002, betas=(0.5, 0.999))
optimizer_D = torch.optim.Adam(discriminator.parameters(), lr=0.0002, betas=(0.5, 0.999))
n_batches = (len(X) + batch_size - 1) // batch_size

log = open(os.path.join(opt.out, "log.csv"), "w", newline="")
w = csv.writer(log)
w.writerow(["epoch", "d_loss", "g_loss", "seconds", "ms_per_iteration"])
start = time.time()
for epoch in range(opt.epochs):
    t0 = time.time()
    perm = torch.randperm(len(X))
    sd = sg = 0.0
    for i in range(n_batches):
        idx = perm[i * batch_size:(i + 1) * batch_size]
        real_imgs, labels = X[idx], Y[idx]
        bs = real_imgs.shape[0]
        valid = torch.ones(bs, 1)
        fake = torch.zeros(bs, 1)

        optimizer_G.zero_grad()
        z = torch.FloatTensor(np.random.normal(0, 1, (bs, latent_dim)))
        gen_labels = torch.LongTensor(np.random.randint(0, n_classes, bs))
        gen_imgs = generator(z, gen_labels)
        validity = discriminator(gen_imgs, gen_labels)
        g_loss = adversarial_loss(validity, valid)
        g_loss.backward()
        optimizer_G.step()

        optimizer_D.zero_grad()
        validity_real = discriminator(real_imgs, labels)
        d_real_loss = adversarial_loss(validity_real, valid)
        validity_fake = discriminator(gen_imgs.detach(), gen_labels)
        d_fake_loss = adversarial_loss(validity_fake, fake)
        d_loss = (d_real_loss + d_fake_loss) / 2
        d_loss.backward()
        optimizer_D.step()
        sd += d_loss.item()
        sg += g_loss.item()
        if i % 200 == 0:
            print("[Epoch %d/%d] [Batch %d/%d] [D loss: %f] [G loss: %f]" % (epoch, opt.epochs, i, n_batches, d_loss.item(), g_loss.item()), flush=True)
    dt = time.time() - t0
    w.writerow([epoch + 1, sd / n_batches, sg / n_batches, round(dt, 1), round(1000 * dt / n_batches, 2)])
    log.flush()

torch.save(generator.state_dict(), os.path.join(opt.out, "generator.pt"))
gen = torch.Generator().manual_seed(1000 + opt.seed)
z = torch.randn(10000, latent_dim, generator=gen)
labels = torch.arange(10000) % n_classes
outs = {}
for mode in ("running", "batch"):  # running first: train mode would move the running statistics
    generator.train(mode == "batch")
    chunks = []
    with torch.no_grad():
        for k in range(0, 10000, 100):  # sample_image's batch: 100 rows, labels [0..9] * 10
            chunks.append(generator(z[k:k + 100], labels[k:k + 100]))
    np.save(os.path.join(opt.out, "samples_%s.npy" % mode), torch.cat(chunks).numpy().astype(np.float32))
np.save(os.path.join(opt.out, "labels.npy"), labels.numpy().astype(np.float32))
print("done in %.0f s" % (time.time() - start))
