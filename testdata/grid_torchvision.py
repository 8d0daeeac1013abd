#!/usr/bin/python3
"""Known answers for gogan's format/grid on colour images: torchvision's
save_image(x, path, nrow=2, normalize=True) of three 3x2x3 images (n, c, h,
w), with value_range None (min-max over the whole batch, all channels
together, as make_grid does with scale_each=False) and (-1, 1) (clipped).
Pixel (k, c, y, x) = ((5k + 7c + 3y + 11x) mod 17) / 8 - 1 + c/2 in float32,
so the channels span different ranges and normalising each channel on its
own would give other bytes. Prints one line per case: the PNG's size and
its RGB bytes in hex, for format/grid/grid_test.go:

    /usr/bin/python3 testdata/grid_torchvision.py
"""
import io

import numpy as np
import torch
import torchvision
from PIL import Image
from torchvision.utils import save_image


def main():
    k, c, y, x = np.meshgrid(np.arange(3), np.arange(3), np.arange(2), np.arange(3), indexing="ij")
    v = ((5 * k + 7 * c + 3 * y + 11 * x) % 17).astype(np.float32) / np.float32(8) - np.float32(1) + (c / 2).astype(np.float32)
    t = torch.from_numpy(v.astype(np.float32))
    print("# torchvision", torchvision.__version__, "torch", torch.__version__)
    for name, rng in (("minmax", None), ("range", (-1.0, 1.0))):
        buf = io.BytesIO()
        save_image(t, buf, format="png", nrow=2, normalize=True, value_range=rng)
        img = Image.open(io.BytesIO(buf.getvalue()))
        assert img.mode == "RGB", img.mode
        print(name, img.size[0], img.size[1], np.asarray(img).tobytes().hex())


if __name__ == "__main__":
    main()
