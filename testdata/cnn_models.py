"""The standard CNN of Miyato et al. 2018 (Table 3), gogan's sngan
preset (model kind "cnn"), in PyTorch: the one copy that testdata's scripts
import (cnn_kat.py, cnn_pytorch.py, pytorch_load.py, import_fixtures.py).

Its state_dict names are the ones gogan writes (gan/cnn.go): G is l1 (Linear
to widths[0] maps), conv_blocks (BatchNorm2d and ReLU, then per further width
a 4x4 stride-2 ConvTranspose2d, BatchNorm2d and ReLU, then a 3x3 Conv2d to
the image and Tanh); D is model (per width a 3x3 Conv2d and LeakyReLU and,
but after the last, a 4x4 stride-2 Conv2d and LeakyReLU) and adv_layer
(Linear to one unbounded score), each of D's layers under
torch.nn.utils.spectral_norm when sn is set. Defaults are the preset's.
With --classes the pair is class-conditional: CondGenerator feeds
cat(label_emb(c), z) to l1, as cgan.py does; CondDiscriminator is D's model
under a projection head (Miyato & Koyama 2018), linear(h) + <embed(c), h>
on the flattened features h, the head and embedding without spectral norm.
"""
import torch
import torch.nn as nn

G_WIDTHS = (256, 128, 64, 32)
D_WIDTHS = (16, 32, 64, 128)


class Generator(nn.Module):
    def __init__(self, latent_dim=128, channels=3, img_size=32, widths=G_WIDTHS, eps=1e-5, momentum=0.1):
        super().__init__()
        self.c0 = widths[0]
        self.init_size = img_size >> (len(widths) - 1)
        self.l1 = nn.Linear(latent_dim, widths[0] * self.init_size ** 2)
        layers = [nn.BatchNorm2d(widths[0], eps, momentum), nn.ReLU()]
        for a, b in zip(widths, widths[1:]):
            layers += [nn.ConvTranspose2d(a, b, 4, 2, 1), nn.BatchNorm2d(b, eps, momentum), nn.ReLU()]
        layers += [nn.Conv2d(widths[-1], channels, 3, 1, 1), nn.Tanh()]
        self.conv_blocks = nn.Sequential(*layers)

    def forward(self, z):
        out = self.l1(z)
        out = out.view(out.shape[0], self.c0, self.init_size, self.init_size)
        return self.conv_blocks(out)


class Discriminator(nn.Module):
    def __init__(self, channels=3, img_size=32, widths=D_WIDTHS, slope=0.1, sn=True):
        super().__init__()

        def wrap(m):
            return nn.utils.spectral_norm(m) if sn else m

        layers, c, h = [], channels, img_size
        for i, w in enumerate(widths):
            layers += [wrap(nn.Conv2d(c, w, 3, 1, 1)), nn.LeakyReLU(slope)]
            if i < len(widths) - 1:
                layers += [wrap(nn.Conv2d(w, w, 4, 2, 1)), nn.LeakyReLU(slope)]
                h //= 2
            c = w
        self.model = nn.Sequential(*layers)
        self.adv_layer = wrap(nn.Linear(c * h * h, 1))

    def forward(self, img):
        out = self.model(img)
        return self.adv_layer(out.view(out.shape[0], -1))


class CondGenerator(Generator):
    def __init__(self, latent_dim=128, channels=3, img_size=32, widths=G_WIDTHS, eps=1e-5, momentum=0.1, n_classes=10, embed_dim=128):
        super().__init__(latent_dim + embed_dim, channels, img_size, widths, eps, momentum)
        self.label_emb = nn.Embedding(n_classes, embed_dim)

    def forward(self, z, labels):
        return super().forward(torch.cat((self.label_emb(labels), z), -1))


class CondDiscriminator(Discriminator):
    def __init__(self, channels=3, img_size=32, widths=D_WIDTHS, slope=0.1, sn=True, n_classes=10):
        super().__init__(channels, img_size, widths, slope, sn)
        features = self.adv_layer.in_features
        del self.adv_layer
        self.linear = nn.Linear(features, 1)
        self.embed = nn.Embedding(n_classes, features)

    def forward(self, img, labels):
        h = self.model(img)
        h = h.view(h.shape[0], -1)
        return self.linear(h) + (self.embed(labels) * h).sum(1, keepdim=True)


def macs(model, *inputs, upconv=False):
    """Multiply-adds of one forward pass per input row: every Linear,
    Conv2d and ConvTranspose2d, counted at the sizes it runs at. upconv
    counts a 3x3 Conv2d right after a nearest x2 Upsample as gogan's
    UpConv2d computes the pair: 4 of its 9 taps per output."""
    total = [0]
    after_up = set()
    if upconv:
        for seq in model.modules():
            if isinstance(seq, nn.Sequential):
                mods = list(seq)
                for a, b in zip(mods, mods[1:]):
                    if isinstance(a, nn.Upsample) and isinstance(b, nn.Conv2d) and b.kernel_size == (3, 3):
                        after_up.add(b)

    def hook(m, inp, out):
        if isinstance(m, nn.Linear):
            total[0] += out.numel() * m.in_features
        elif isinstance(m, nn.Conv2d):
            taps = 4 if m in after_up else m.kernel_size[0] * m.kernel_size[1]
            total[0] += out.numel() * m.in_channels * taps
        elif isinstance(m, nn.ConvTranspose2d):
            total[0] += inp[0].numel() * m.out_channels * m.kernel_size[0] * m.kernel_size[1]

    hs = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Linear, nn.Conv2d, nn.ConvTranspose2d))]
    model(*inputs)
    for h in hs:
        h.remove()
    return total[0] / inputs[0].shape[0]
