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
"""
import torch
import torch.nn as nn


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
    blocks' channels (gogan's d_widths; dcgan.py's are 16, 32, 64, 128)."""

    def __init__(self, channels=1, img_size=32, eps=0.8, dropout=0.25, dropout2d=nn.Dropout2d, widths=(16, 32, 64, 128)):
        super().__init__()

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
        self.adv_layer = nn.Sequential(nn.Linear(w[3] * ds_size ** 2, 1), nn.Sigmoid())

    def forward(self, img):
        out = self.model(img)
        return self.adv_layer(out.view(out.shape[0], -1))


class CondGenerator(Generator):
    def __init__(self, latent_dim=100, channels=1, img_size=32, eps=0.8, n_classes=10, embed_dim=100):
        super().__init__(latent_dim + embed_dim, channels, img_size, eps)
        self.label_emb = nn.Embedding(n_classes, embed_dim)

    def forward(self, z, labels):
        return super().forward(torch.cat((self.label_emb(labels), z), -1))


class CondDiscriminator(Discriminator):
    def __init__(self, channels=1, img_size=32, eps=0.8, dropout=0.25, dropout2d=nn.Dropout2d, widths=(16, 32, 64, 128), n_classes=10):
        super().__init__(channels, img_size, eps, dropout, dropout2d, widths)
        features = self.adv_layer[0].in_features
        del self.adv_layer
        self.linear = nn.Linear(features, 1)
        self.embed = nn.Embedding(n_classes, features)

    def forward(self, img, labels):
        h = self.model(img)
        h = h.view(h.shape[0], -1)
        return torch.sigmoid(self.linear(h) + (self.embed(labels) * h).sum(1, keepdim=True))
