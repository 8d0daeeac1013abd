"""The paper's CIFAR-10 convolutional pair (the adversarial repo's
cifar10_convolutional.yaml) in PyTorch: the one copy that testdata's scripts
import (paper_cifar_conv_kat.py), with module and parameter names equal to
gogan's gan.NewPaperCifarConvGenerator and NewPaperCifarConvDiscriminator,
so a gogan checkpoint loads with strict=True.

The pylearn2 layers, as gogan reads them (gan/papercifar.go says more):

- MaxoutConvC01B = Conv2d (cuda-convnet's FilterActs: a correlation, as
  PyTorch's, with pad on every side and one tied bias per channel), then the
  maximum over groups of num_pieces consecutive channels (pylearn2's
  z[i::num_pieces] slices), then max pooling as cuda-convnet's: ceil((in -
  k)/s) + 1 windows from pixel 0, the last clipped at the border, which is
  MaxPool2d's ceil_mode=True without padding.
- Deconv = the transpose of a stride-s conv (cuda-convnet's ImageActs), that
  is ConvTranspose2d without bias, plus a bias per output element (tied_b 0).
- Maxout = Linear, then the maximum over groups of num_pieces consecutive
  units.

nn.Sequential has no view between an image and a vector, and gogan needs
none (a row is an image's NCHW values), so Deconv and FlatLinear take the
view themselves and the layer indices match gogan's.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

LATENT, G_HIDDEN = 100, 8000
G_MAPS, G_SIZE = 80, 10  # the SpaceConverter's 80x10x10
CHANNELS, IMG = 3, 32
# MaxoutConvC01B layers: (channels, pieces, kernel, pad, pool, pool stride)
D_CONV = ((32, 2, 8, 4, 4, 2), (32, 2, 8, 3, 4, 2), (192, 2, 5, 3, 2, 2))
D_UNITS, D_PIECES = 500, 5
KEEP_IN, KEEP_HID = 0.8, 0.5


class Maxout(nn.Module):
    """pylearn2's Maxout after its Linear: max over `pieces` consecutive units."""

    def __init__(self, pieces):
        super().__init__()
        self.pieces = pieces

    def forward(self, x):
        n, d = x.shape
        return x.view(n, d // self.pieces, self.pieces).max(2)[0]


class Maxout2d(nn.Module):
    """MaxoutConvC01B's cross-channel max: output channel j is the maximum of
    input channels j*pieces .. (j+1)*pieces - 1 at each pixel."""

    def __init__(self, pieces):
        super().__init__()
        self.pieces = pieces

    def forward(self, x):
        n, c, h, w = x.shape
        return x.view(n, c // self.pieces, self.pieces, h, w).max(2)[0]


def c01b_pool(k, s):
    """cuda-convnet's max pooling (pylearn2's max_pool_c01b)."""
    return nn.MaxPool2d(k, s, ceil_mode=True)


class Deconv(nn.Module):
    """The adversarial repo's deconv.Deconv on (n, in_c*h*w) or (n, in_c, h, w)."""

    def __init__(self, in_c, out_c, h, w, k, stride, pad_out=0, tied=False):
        super().__init__()
        self.in_shape, self.stride, self.pad = (in_c, h, w), stride, pad_out
        oh, ow = stride * (h - 1) - 2 * pad_out + k, stride * (w - 1) - 2 * pad_out + k
        self.weight = nn.Parameter(torch.zeros(in_c, out_c, k, k))
        self.bias = nn.Parameter(torch.zeros(out_c) if tied else torch.zeros(out_c, oh, ow))
        self.tied = tied

    def forward(self, x):
        x = x.reshape(x.shape[0], *self.in_shape)
        y = F.conv_transpose2d(x, self.weight, None, self.stride, self.pad)
        return y + (self.bias.view(-1, 1, 1) if self.tied else self.bias)


class FlatLinear(nn.Linear):
    """nn.Linear on the flattened image (pylearn2's Conv2DSpace to VectorSpace)."""

    def forward(self, x):
        return super().forward(x.flatten(1))


class Dropout(nn.Module):
    """pylearn2's input dropout (AdversaryCost2's include probabilities and
    scales, scale = 1/include): each element kept with probability keep and
    scaled by 1/keep. masks, when set, is a function (count) -> 0/1 array
    used instead of torch's generator."""

    def __init__(self, keep):
        super().__init__()
        self.keep, self.masks = keep, None

    def forward(self, x):
        if not self.training or self.keep >= 1:
            return x
        if self.masks is None:
            m = (torch.rand_like(x) < self.keep).to(x.dtype)
        else:
            m = torch.as_tensor(self.masks(x.numel()), dtype=x.dtype).view_as(x)
        return x * m / self.keep


class Generator(nn.Module):
    """G: 100 -> ReLU 8000 -> sigmoid 8000 -> (80x10x10) -> Deconv 5x5 stride 3 -> 3x32x32.
    The arguments are gogan's config.json settings (latent_dim, g_hidden,
    channels), the yaml's by default."""

    def __init__(self, latent=LATENT, hidden=G_HIDDEN, channels=CHANNELS):
        super().__init__()
        self.channels = channels
        self.model = nn.Sequential(
            nn.Linear(latent, hidden), nn.ReLU(),
            nn.Linear(hidden, hidden), nn.Sigmoid(),
            Deconv(hidden // (G_SIZE * G_SIZE), channels, G_SIZE, G_SIZE, 5, 3))

    def forward(self, z):
        return self.model(z).reshape(z.shape[0], self.channels, IMG, IMG)


class Discriminator(nn.Module):
    """D: three MaxoutConvC01B (dropout before each), maxout 500x5, sigmoid.
    The arguments are config.json's channels, d_units and d_pieces."""

    def __init__(self, channels=CHANNELS, units=D_UNITS, pieces=D_PIECES):
        super().__init__()
        layers, c, size, keep = [], channels, IMG, KEEP_IN
        for maps, maps_pieces, k, pad, pool, stride in D_CONV:
            layers += [Dropout(keep), nn.Conv2d(c, maps * maps_pieces, k, padding=pad), Maxout2d(maps_pieces),
                       c01b_pool(pool, stride)]
            c, keep = maps, KEEP_HID
            size = size + 2 * pad - k + 1
            size = -(-(size - pool) // stride) + 1
        layers += [Dropout(KEEP_HID), FlatLinear(c * size * size, units * pieces), Maxout(pieces),
                   Dropout(KEEP_HID), nn.Linear(units, 1), nn.Sigmoid()]
        self.model = nn.Sequential(*layers)

    def forward(self, img):
        return self.model(img)
