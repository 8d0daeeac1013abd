#!/usr/bin/python3
"""Known answers for gogan's sngan training iteration (model kind cnn):
three iterations of Miyato et al.'s standard CNN with spectral norm and the
hinge loss, from PyTorch.

As testdata/dcgan_kat.py (whose det_init this follows), every weight and
input is deterministic, the numbers are pasted into gan/cnn_kat_test.go, and
the Go test asserts gogan's training step reproduces them:

    /usr/bin/python3 testdata/cnn_kat.py          # print the data block
    /usr/bin/python3 testdata/cnn_kat.py --write  # rewrite it in the Go file

The models are cnn_models.py's Generator and Discriminator (spectral norm on
every layer of D) at small widths so that the Go test stays fast on the
pure-Go backend: latent 16, 3x16x16 images, G widths (32, 16, 8), D widths
(8, 16, 32), batch 8. Adam with the preset's settings: G lr 2e-4, D lr 4e-4
(TTUR), betas (0.5, 0.999). Each iteration is gogan's G-first step with D
run once over cat(fakes, reals) (D has no BatchNorm, so one pass equals two;
one spectral-norm power iteration per iteration): G's gradient from
-mean D(fake), D's from mean relu(1 - D(real)) + mean relu(1 + D(fake)),
both from that one forward pass, then both optimisers step.

Weights: every Linear, Conv2d and ConvTranspose2d weight (weight_orig under
spectral norm) and bias is chirp(n, seed0 + 2k(+1), 1/sqrt(fan_in)), fan_in
being weight[0].numel(), G's from G_SEED, D's from D_SEED; every BatchNorm2d
weight 1 + 0.1 chirp(c, BN_SEED + k) and bias 0.1 chirp(c, BN_SEED + k + 50).
Each spectral norm's u and v start as normalize(det(out, U_SEED + 2k)) and
normalize(det(rest, U_SEED + 2k + 1)), recorded ("init/<name>") for the Go
test to load. The state_dicts' checksums are kat.py's; each iteration also
records checksums of every parameter's gradient, as dcgan_kat.py does.

The conditional pair (katCNNCond: CondGenerator and CondDiscriminator, 4
classes embedded in 6, the same sizes otherwise) runs the same three
iterations on rows with classes: the fakes' classes FAKE_LABELS[it], the
reals' REAL_LABELS; label_emb.weight is chirp(n, EMB_SEED, 1) and D's
embed.weight chirp(n, EMB_SEED + 1, 1/sqrt(features)); D's projection head
"linear" is D's last Linear in det_init's count.
"""

import math
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import Block, chirp, det, t32, record, state, header, write_go  # noqa: E402
import cnn_models  # noqa: E402

torch.set_num_threads(1)

LATENT, CHANNELS, IMG, BATCH = 16, 3, 16, 8
G_WIDTHS, D_WIDTHS = (32, 16, 8), (8, 16, 32)
G_LR, D_LR, BETAS = 0.0002, 0.0004, (0.5, 0.999)
G_SEED, D_SEED, BN_SEED, U_SEED, REAL_SEED, Z_SEED = 700, 740, 780, 800, 822, 842
CLASSES, EMBED, EMB_SEED = 4, 6, 860
FAKE_LABELS = ((0, 1, 2, 3, 3, 2, 1, 0), (2, 2, 0, 1, 3, 0, 1, 3), (1, 3, 0, 2, 0, 3, 2, 1))
REAL_LABELS = (3, 0, 1, 2, 2, 1, 0, 3)


def det_init(b, model, seed0):
    """The deterministic weights of the module doc."""
    k, bn_k, sn_k = 0, 0, 0
    with torch.no_grad():
        for name, m in model.named_modules():
            if isinstance(m, (nn.Linear, nn.Conv2d, nn.ConvTranspose2d)):
                w = m.weight_orig if hasattr(m, "weight_orig") else m.weight
                s = 1 / math.sqrt(w[0].numel())
                w.copy_(t32(chirp(w.numel(), seed0 + 2 * k, s), w.shape))
                m.bias.copy_(t32(chirp(m.bias.numel(), seed0 + 2 * k + 1, s)))
                k += 1
                if hasattr(m, "weight_u"):
                    m.weight_u.copy_(F.normalize(t32(det(m.weight_u.numel(), U_SEED + 2 * sn_k)), dim=0, eps=1e-12))
                    m.weight_v.copy_(F.normalize(t32(det(m.weight_v.numel(), U_SEED + 2 * sn_k + 1)), dim=0, eps=1e-12))
                    # The weight PyTorch computes before the first forward
                    # is not used: every training forward recomputes it.
                    b.f32("init/%s.weight_u" % name, m.weight_u)
                    b.f32("init/%s.weight_v" % name, m.weight_v)
                    sn_k += 1
            elif isinstance(m, nn.BatchNorm2d):
                c = m.weight.numel()
                m.weight.copy_(t32(1 + chirp(c, BN_SEED + bn_k, 0.1)))
                m.bias.copy_(t32(chirp(c, BN_SEED + bn_k + 50, 0.1)))
                bn_k += 1


def record_grads(b, prefix, name, model):
    """Checksums of each parameter's gradient: sum g, sum |g|, sum g cos(i)."""
    for k, p in model.named_parameters():
        g = p.grad.detach().double().reshape(-1)
        cos = torch.cos(torch.arange(g.numel(), dtype=torch.float64))
        b.f64("%s/grad/%s/%s" % (prefix, name, k), [g.sum().item(), g.abs().sum().item(), (g * cos).sum().item()])


margins = []


def margin_hook(module, inputs):
    x = inputs[0].detach().double()
    margins.append((x.abs().min() / x.pow(2).mean().sqrt()).item())


def kat_cnn(cond=False):
    b = Block("katCNNCond" if cond else "katCNN")
    real = t32(chirp(BATCH * CHANNELS * IMG * IMG, REAL_SEED), (BATCH, CHANNELS, IMG, IMG))
    if cond:
        g = cnn_models.CondGenerator(LATENT, CHANNELS, IMG, G_WIDTHS, n_classes=CLASSES, embed_dim=EMBED)
        d = cnn_models.CondDiscriminator(CHANNELS, IMG, D_WIDTHS, n_classes=CLASSES)
    else:
        g = cnn_models.Generator(LATENT, CHANNELS, IMG, G_WIDTHS)
        d = cnn_models.Discriminator(CHANNELS, IMG, D_WIDTHS)
    det_init(b, g, G_SEED)
    det_init(b, d, D_SEED)
    if cond:
        with torch.no_grad():
            w = g.label_emb.weight
            w.copy_(t32(chirp(w.numel(), EMB_SEED), w.shape))
            w = d.embed.weight
            w.copy_(t32(chirp(w.numel(), EMB_SEED + 1, 1 / math.sqrt(w.shape[1])), w.shape))
    real_c = torch.tensor(REAL_LABELS)
    for m in list(g.modules()) + list(d.modules()):
        if isinstance(m, (nn.LeakyReLU, nn.ReLU)):
            m.register_forward_pre_hook(margin_hook)
    og = torch.optim.Adam(g.parameters(), lr=G_LR, betas=BETAS)
    od = torch.optim.Adam(d.parameters(), lr=D_LR, betas=BETAS)
    g0, d0 = state(g), state(d)
    record(b, "iter0", "G", g, g0)
    record(b, "iter0", "D", d, d0)
    hinge_margin = math.inf
    for it in range(3):
        z = t32(chirp(BATCH * LATENT, Z_SEED + it), (BATCH, LATENT))
        og.zero_grad()
        od.zero_grad()
        if cond:
            fake_c = torch.tensor(FAKE_LABELS[it])
            gen_imgs = g(z, fake_c)
            out = d(torch.cat([gen_imgs, real]), torch.cat([fake_c, real_c]))
        else:
            gen_imgs = g(z)
            out = d(torch.cat([gen_imgs, real]))
        d_fake, d_real = out[:BATCH], out[BATCH:]
        g_loss = -d_fake.mean()
        d_loss = F.relu(1 - d_real).mean() + F.relu(1 + d_fake).mean()
        hinge_margin = min(hinge_margin, (out.detach().abs() - 1).abs().min().item())
        for p, gr in zip(g.parameters(), torch.autograd.grad(g_loss, list(g.parameters()), retain_graph=True)):
            p.grad = gr
        for p, gr in zip(d.parameters(), torch.autograd.grad(d_loss, list(d.parameters()))):
            p.grad = gr
        og.step()
        od.step()
        pre = "iter%d" % (it + 1)
        b.f64(pre + "/loss", [d_loss.item(), g_loss.item()])
        b.f64(pre + "/d_out", [d_real.mean().item(), d_fake.mean().item()])
        if it == 0:
            b.f32("iter1/fakes", gen_imgs.detach()[:2].reshape(-1)[::37])
        record(b, pre, "G", g, g0)
        record(b, pre, "D", d, d0)
        record_grads(b, pre, "G", g)
        record_grads(b, pre, "D", d)
        print("%s: d_loss %.6f g_loss %.6f" % (pre, d_loss.item(), g_loss.item()), file=sys.stderr)
    print("nearest (Leaky)ReLU input to the kink: %.2g rms; nearest D output to the hinge's: %.2g" % (min(margins), hinge_margin), file=sys.stderr)
    return b


PATH = "gan/cnn_kat_test.go"


def main():
    text = header("cnn_kat.py") + kat_cnn().go() + "\n" + kat_cnn(cond=True).go()
    if "--write" not in sys.argv[1:]:
        print(text)
        return
    write_go(PATH, "cnn_kat.py", text)


if __name__ == "__main__":
    main()
