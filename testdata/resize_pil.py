#!/usr/bin/python3
"""Known answers for gogan's data/resize: MNIST digits resized as cgan.py's
transforms.Resize(32) does, by PIL.

torchvision is not in Debian's python3-torch, so this calls what
torchvision's Resize calls on a PIL image (torchvision.transforms.functional
.resize -> PIL.Image.resize(size, Image.BILINEAR)) directly, with
python3-pil. Prints one hex line per case for data/resize/resize_test.go:

    /usr/bin/python3 testdata/resize_pil.py ../shared/data/mnist

Cases: training images 0, 1, 2 at 32x32 (enlarging, cgan.py), image 3 at
13x13 (shrinking, where PIL's filter widens to an area average).

Then two synthetic images, pixel (x, y) = (x² + 7y² + 3xy + 17x + 29y) mod
256, 8x8 enlarged to 13x13 and 12x12 shrunk to 11x11, printed as
"synthetic <side> <size> <hex>". On these PIL's 22-bit fixed-point weights
give other bytes than every coarser precision (8 to 21 bits), than
truncated weights and than rounding the exact sums: the MNIST digits above
never tell those apart.
"""
import gzip
import os
import sys

import numpy as np
import PIL
from PIL import Image


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/mnist"
    with gzip.open(os.path.join(d, "train-images-idx3-ubyte.gz")) as f:
        imgs = np.frombuffer(f.read(), dtype=np.uint8, offset=16).reshape(-1, 28, 28)
    print("# PIL", PIL.__version__)
    for i, size in ((0, 32), (1, 32), (2, 32), (3, 13)):
        out = np.asarray(Image.fromarray(imgs[i], mode="L").resize((size, size), Image.BILINEAR))
        print("%d %d %s" % (i, size, out.tobytes().hex()))
        # ToTensor + Normalize([0.5], [0.5]) in float32, as the training batch sees it:
        t = (out.astype(np.float32) / np.float32(255) - np.float32(0.5)) / np.float32(0.5)
        print("#   normalised: sum %.9g, min %.9g, max %.9g" % (t.astype(np.float64).sum(), t.min(), t.max()), file=sys.stderr)
    for side, size in ((8, 13), (12, 11)):
        out = np.asarray(Image.fromarray(synthetic(side), mode="L").resize((size, size), Image.BILINEAR))
        print("synthetic %d %d %s" % (side, size, out.tobytes().hex()))


def synthetic(side):
    """The synthetic image: (x² + 7y² + 3xy + 17x + 29y) mod 256 at (x, y)."""
    return np.array([[(x * x + 7 * y * y + 3 * x * y + 17 * x + 29 * y) % 256 for x in range(side)] for y in range(side)], dtype=np.uint8)


if __name__ == "__main__":
    main()
