"""PyTorch-GAN dcgan.py's Generator and Discriminator, with its options as
arguments: the one copy that testdata's scripts import (dcgan_kat.py,
dcgan_pytorch.py, pytorch_load.py, import_fixtures.py).

dcgan.py's classes read a global options object; here they take its
settings: latent size, channels, image size, BatchNorm2d's eps (dcgan.py
passes 0.8 to every BatchNorm2d but G's first) and D's Dropout2d, whose
module a caller may replace (dcgan_kat.py fixes its masks).

With --classes (dcgan-plus's conditional form) the pair is
class-conditional as cnn_models.py's: CondGenerator feeds
cat(label_emb(c), z) to l1; CondDiscriminator is D's model under a
projection head (Miyato & Koyama 2018), sigmoid(linear(h) + <embed(c), h>)
on the flattened features h, the sigmoid keeping dcgan.py's BCE.

diff_augment is Zhao et al.'s DiffAugment (policy color,translation,cutout),
which dcgan-plus puts in front of D: DiffAugment_pytorch.py's functions line
for line, but with each image's random draws (torch.rand's and
torch.randint's values) taken from a `draws` object when one is given, so
diffaugment_kat.py can feed the layer fixed ones.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Draws:
    """The reference's random draws: torch.rand / torch.randint, per image."""

    def rand(self, n, dtype):  # brightness, saturation, contrast: [0, 1)
        return torch.rand(n, 1, 1, 1, dtype=dtype)

    def randint(self, lo, hi, n):  # shifts and cutout offsets in [lo, hi)
        return torch.randint(lo, hi, size=[n, 1, 1])


def diff_augment(x, draws=None):
    d = draws or Draws()
    n = x.size(0)
    x = x + (d.rand(n, x.dtype) - 0.5)  # rand_brightness
    x_mean = x.mean(dim=1, keepdim=True)  # rand_saturation
    x = (x - x_mean) * (d.rand(n, x.dtype) * 2) + x_mean
    x_mean = x.mean(dim=[1, 2, 3], keepdim=True)  # rand_contrast
    x = (x - x_mean) * (d.rand(n, x.dtype) + 0.5) + x_mean
    # rand_translation, ratio 0.125
    shift_x, shift_y = int(x.size(2) * 0.125 + 0.5), int(x.size(3) * 0.125 + 0.5)
    translation_x = d.randint(-shift_x, shift_x + 1, n)
    translation_y = d.randint(-shift_y, shift_y + 1, n)
    grid_batch, grid_x, grid_y = torch.meshgrid(
        torch.arange(n, dtype=torch.long), torch.arange(x.size(2), dtype=torch.long),
        torch.arange(x.size(3), dtype=torch.long), indexing='ij')
    grid_x = torch.clamp(grid_x + translation_x + 1, 0, x.size(2) + 1)
    grid_y = torch.clamp(grid_y + translation_y + 1, 0, x.size(3) + 1)
    x_pad = F.pad(x, [1, 1, 1, 1, 0, 0, 0, 0])
    x = x_pad.permute(0, 2, 3, 1).contiguous()[grid_batch, grid_x, grid_y].permute(0, 3, 1, 2)
    # rand_cutout, ratio 0.5
    cutout_size = int(x.size(2) * 0.5 + 0.5), int(x.size(3) * 0.5 + 0.5)
    offset_x = d.randint(0, x.size(2) + (1 - cutout_size[0] % 2), n)
    offset_y = d.randint(0, x.size(3) + (1 - cutout_size[1] % 2), n)
    grid_batch, grid_x, grid_y = torch.meshgrid(
        torch.arange(n, dtype=torch.long), torch.arange(cutout_size[0], dtype=torch.long),
        torch.arange(cutout_size[1], dtype=torch.long), indexing='ij')
    grid_x = torch.clamp(grid_x + offset_x - cutout_size[0] // 2, min=0, max=x.size(2) - 1)
    grid_y = torch.clamp(grid_y + offset_y - cutout_size[1] // 2, min=0, max=x.size(3) - 1)
    mask = torch.ones(n, x.size(2), x.size(3), dtype=x.dtype, device=x.device)
    mask[grid_batch, grid_x, grid_y] = 0
    return x * mask.unsqueeze(1)


class Generator(nn.Module):
    """dcgan.py's Generator: l1, the view to 128 maps, conv_blocks."""

    def __init__(self, latent_dim=100, channels=1, img_size=32, eps=0.8):
        super().__init__()
        self.init_size = img_size // 4
        self.l1 = nn.Sequential(nn.Linear(latent_dim, 128 * self.init_size ** 2))
        self.conv_blocks = nn.Sequential(
            nn.BatchNorm2d(128),
            nn.Upsample(scale_factor=2),
            nn.Conv2d(128, 128, 3, stride=1, padding=1),
            nn.BatchNorm2d(128, eps),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Upsample(scale_factor=2),
            nn.Conv2d(128, 64, 3, stride=1, padding=1),
            nn.BatchNorm2d(64, eps),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(64, channels, 3, stride=1, padding=1),
            nn.Tanh(),
        )

    def forward(self, z):
        out = self.l1(z)
        out = out.view(out.shape[0], 128, self.init_size, self.init_size)
        return self.conv_blocks(out)


class Discriminator(nn.Module):
    """dcgan.py's Discriminator: model (four conv blocks), adv_layer.
    dropout2d(p) builds each block's dropout module; widths are the four
    blocks' channels (gogan's d_widths; dcgan.py's are 16, 32, 64, 128).
    mbstd_group > 0 appends gogan's minibatch-stddev feature (--mbstd-group)
    to the flattened features before adv_layer, which is then one wider."""

    def __init__(self, channels=1, img_size=32, eps=0.8, dropout=0.25, dropout2d=nn.Dropout2d, widths=(16, 32, 64, 128), mbstd_group=0):
        super().__init__()
        self.mbstd_group = mbstd_group

        def discriminator_block(in_filters, out_filters, bn=True):
            block = [nn.Conv2d(in_filters, out_filters, 3, 2, 1), nn.LeakyReLU(0.2, inplace=True), dropout2d(dropout)]
            if bn:
                block.append(nn.BatchNorm2d(out_filters, eps))
            return block

        w = list(widths)
        self.model = nn.Sequential(
            *discriminator_block(channels, w[0], bn=False),
            *discriminator_block(w[0], w[1]),
            *discriminator_block(w[1], w[2]),
            *discriminator_block(w[2], w[3]),
        )
        ds_size = img_size // 2 ** 4
        self.adv_layer = nn.Sequential(nn.Linear(w[3] * ds_size ** 2 + (1 if mbstd_group else 0), 1), nn.Sigmoid())

    def features(self, img):
        out = self.model(img)
        # reshape, not dcgan.py's view: after diff_augment's permute the
        # convolutions may return a channels-last tensor, which view refuses
        h = out.reshape(out.shape[0], -1)
        return mbstd(h, self.mbstd_group) if self.mbstd_group else h

    def forward(self, img):
        return self.adv_layer(self.features(img))


def mbstd(h, group, eps=1e-8):
    """nn.MinibatchStdDev: per group of consecutive rows, the features'
    standard deviation (unbiased=False, sqrt(var + 1e-8)) averaged, appended."""
    outs = []
    for lo in range(0, h.shape[0], group):
        g = h[lo:lo + group]
        sd = torch.sqrt(g.var(dim=0, unbiased=False) + eps).mean()
        outs.append(torch.cat([g, sd.expand(g.shape[0], 1)], dim=1))
    return torch.cat(outs, 0)


class CondGenerator(Generator):
    def __init__(self, latent_dim=100, channels=1, img_size=32, eps=0.8, n_classes=10, embed_dim=100):
        super().__init__(latent_dim + embed_dim, channels, img_size, eps)
        self.label_emb = nn.Embedding(n_classes, embed_dim)

    def forward(self, z, labels):
        return super().forward(torch.cat((self.label_emb(labels), z), -1))


class ClassAffine(nn.Module):
    """gogan's nn.ClassAffine, the class half of conditional BatchNorm: channel
    c of an image of class y scaled by gamma[y, c] and shifted by beta[y, c]."""

    def __init__(self, n_classes, channels):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(n_classes, channels))
        self.beta = nn.Parameter(torch.zeros(n_classes, channels))

    def forward(self, x, labels):
        return x * self.gamma[labels][:, :, None, None] + self.beta[labels][:, :, None, None]


class ClassBNGenerator(CondGenerator):
    """CondGenerator with conditional BatchNorm (gogan's --class-bn): each of
    conv_blocks' BatchNorm2d followed by a ClassAffine, class_bn.0..2."""

    def __init__(self, latent_dim=100, channels=1, img_size=32, eps=0.8, n_classes=10, embed_dim=100):
        super().__init__(latent_dim, channels, img_size, eps, n_classes, embed_dim)
        widths = [m.num_features for m in self.conv_blocks if isinstance(m, nn.BatchNorm2d)]
        self.class_bn = nn.ModuleList(ClassAffine(n_classes, w) for w in widths)

    def forward(self, z, labels):
        out = self.l1(torch.cat((self.label_emb(labels), z), -1))
        out = out.view(out.shape[0], 128, self.init_size, self.init_size)
        j = 0
        for m in self.conv_blocks:
            out = m(out)
            if isinstance(m, nn.BatchNorm2d):
                out = self.class_bn[j](out, labels)
                j += 1
        return out


class CondDiscriminator(Discriminator):
    def __init__(self, channels=1, img_size=32, eps=0.8, dropout=0.25, dropout2d=nn.Dropout2d, widths=(16, 32, 64, 128), n_classes=10, mbstd_group=0):
        super().__init__(channels, img_size, eps, dropout, dropout2d, widths, mbstd_group)
        features = self.adv_layer[0].in_features
        del self.adv_layer
        self.linear = nn.Linear(features, 1)
        self.embed = nn.Embedding(n_classes, features)

    def forward(self, img, labels):
        h = self.features(img)
        self.last_h = h  # for class_logits
        return torch.sigmoid(self.linear(h) + (self.embed(labels) * h).sum(1, keepdim=True))

    def class_logits(self):
        """The last forward's features read as class logits, h @ embed.weight.T:
        gogan's class term (--class-weight, nn.Projection.ClassLoss)."""
        return self.last_h @ self.embed.weight.t()


class AuxDiscriminator(CondDiscriminator):
    """An unconditional D with a class head (gogan's --aux-classes,
    nn.NewClassHead): CondDiscriminator's names and class_logits, D(x) =
    sigmoid(linear(h)) with no projection."""

    def forward(self, img):
        h = self.features(img)
        self.last_h = h
        return torch.sigmoid(self.linear(h))
