#!/usr/bin/python3
"""Known answers for gogan's data/resize on colour images: torchvision's
Resize on an RGB PIL image is PIL.Image.resize(size, Image.BILINEAR) of the
RGB image, which PIL resamples channel by channel with the same weights.

Two synthetic 6x6 RGB images, pixel (k, c, y, x) = (37x + 91y + 53c + 7xy +
29k) mod 256, are resized to 9x9 (enlarging) and 4x4 (shrinking). Prints
one hex line per size: both images' planes (R, G, B) in NCHW order, as
gogan's dataset.Set holds them, for data/resize/resize_test.go:

    /usr/bin/python3 testdata/resize_pil_rgb.py

It also checks that each plane equals the plane resized alone as an "L"
image (what gogan's resize.Set does per channel).
"""
import numpy as np
import PIL
from PIL import Image


def image(k):
    y, x = np.mgrid[0:6, 0:6]
    return np.stack([(37 * x + 91 * y + 53 * c + 7 * x * y + 29 * k) % 256 for c in range(3)]).astype(np.uint8)


def main():
    print("# PIL", PIL.__version__)
    for size in (9, 4):
        planes = []
        for k in range(2):
            chw = image(k)
            rgb = np.asarray(Image.fromarray(chw.transpose(1, 2, 0), mode="RGB").resize((size, size), Image.BILINEAR))
            out = rgb.transpose(2, 0, 1)
            for c in range(3):
                alone = np.asarray(Image.fromarray(chw[c], mode="L").resize((size, size), Image.BILINEAR))
                assert (alone == out[c]).all(), "plane differs from its L resize"
            planes.append(out.tobytes())
        print("%d %s" % (size, b"".join(planes).hex()))


if __name__ == "__main__":
    main()
