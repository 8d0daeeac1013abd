#!/usr/bin/python3
"""Known answers for metric/inception: pytorch-fid's Inception-v3 with
deterministic weights, on two real CIFAR-10 test images.

Run with Debian's python3-torch and python3-torchvision (PyTorch 1.13.1,
torchvision 0.14) from the repository root:

    /usr/bin/python3 testdata/inception_kat.py [--cifar ../shared/data/cifar10] [--save W.pth]

The net is fid_inception_v3() as mseitzer/pytorch-fid's src/pytorch_fid/inception.py
builds it: torchvision's inception_v3(num_classes=1008, aux_logits=False,
init_weights=False) with Mixed_5b-5d, 6b-6e and 7b replaced by blocks whose
average pool does not count padding, and Mixed_7c's pool branch a max pool
(the classes below are written as pytorch-fid writes them). The real weights
cannot be downloaded here; instead every state_dict tensor, in order k = 0,
1, ..., is kat.py's chirp(n, 1000 + k, scale):

    conv weights   scale 2/sqrt(fan_in)   (about He's initialisation)
    bn.weight      1 + chirp(.., 0.1)     bn.bias, bn.running_mean: chirp(.., 0.1)
    bn.running_var 1 + chirp(.., 0.5)     num_batches_tracked: 0
    fc.weight      scale 1/sqrt(2048)      fc.bias: chirp(.., 0.1)

metric/inception's test computes the same weights, so CI needs no weights
file; --save writes them with torch.save for the reader's own check (95 MB,
not committed). The images are the first test image of classes 0 and 1
(PIL decodes the JPEGs; written to metric/inception/testdata/images.npy as
float32 (2, 3, 32, 32) in [0, 1]), fed as pytorch-fid's InceptionV3 feeds
them: F.interpolate to 299x299 (bilinear, align_corners=False), 2x - 1.

It writes metric/inception/testdata/state_dict.txt (every name, shape and
dtype of the state_dict, which the Go net must match, so the real file loads)
and prints the Go data block for metric/inception/kat_test.go (--write puts
it there).
"""
import argparse
import math
import os
import re
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import chirp  # noqa: E402

torch.set_num_threads(1)
OUT = "metric/inception/testdata"


class FIDInceptionA(torchvision.models.inception.InceptionA):
    def forward(self, x):
        branch1x1 = self.branch1x1(x)
        branch5x5 = self.branch5x5_2(self.branch5x5_1(x))
        branch3x3dbl = self.branch3x3dbl_3(self.branch3x3dbl_2(self.branch3x3dbl_1(x)))
        branch_pool = self.branch_pool(F.avg_pool2d(x, kernel_size=3, stride=1, padding=1, count_include_pad=False))
        return torch.cat([branch1x1, branch5x5, branch3x3dbl, branch_pool], 1)


class FIDInceptionC(torchvision.models.inception.InceptionC):
    def forward(self, x):
        branch1x1 = self.branch1x1(x)
        b7 = self.branch7x7_3(self.branch7x7_2(self.branch7x7_1(x)))
        bd = self.branch7x7dbl_1(x)
        bd = self.branch7x7dbl_5(self.branch7x7dbl_4(self.branch7x7dbl_3(self.branch7x7dbl_2(bd))))
        branch_pool = self.branch_pool(F.avg_pool2d(x, kernel_size=3, stride=1, padding=1, count_include_pad=False))
        return torch.cat([branch1x1, b7, bd, branch_pool], 1)


class FIDInceptionE_1(torchvision.models.inception.InceptionE):
    def forward(self, x):
        branch1x1 = self.branch1x1(x)
        b3 = self.branch3x3_1(x)
        b3 = torch.cat([self.branch3x3_2a(b3), self.branch3x3_2b(b3)], 1)
        bd = self.branch3x3dbl_2(self.branch3x3dbl_1(x))
        bd = torch.cat([self.branch3x3dbl_3a(bd), self.branch3x3dbl_3b(bd)], 1)
        branch_pool = self.branch_pool(F.avg_pool2d(x, kernel_size=3, stride=1, padding=1, count_include_pad=False))
        return torch.cat([branch1x1, b3, bd, branch_pool], 1)


class FIDInceptionE_2(torchvision.models.inception.InceptionE):
    def forward(self, x):
        branch1x1 = self.branch1x1(x)
        b3 = self.branch3x3_1(x)
        b3 = torch.cat([self.branch3x3_2a(b3), self.branch3x3_2b(b3)], 1)
        bd = self.branch3x3dbl_2(self.branch3x3dbl_1(x))
        bd = torch.cat([self.branch3x3dbl_3a(bd), self.branch3x3dbl_3b(bd)], 1)
        branch_pool = self.branch_pool(F.max_pool2d(x, kernel_size=3, stride=1, padding=1))
        return torch.cat([branch1x1, b3, bd, branch_pool], 1)


def fid_inception_v3():
    inception = torchvision.models.inception_v3(num_classes=1008, aux_logits=False, init_weights=False, weights=None)
    inception.Mixed_5b = FIDInceptionA(192, pool_features=32)
    inception.Mixed_5c = FIDInceptionA(256, pool_features=64)
    inception.Mixed_5d = FIDInceptionA(288, pool_features=64)
    inception.Mixed_6b = FIDInceptionC(768, channels_7x7=128)
    inception.Mixed_6c = FIDInceptionC(768, channels_7x7=160)
    inception.Mixed_6d = FIDInceptionC(768, channels_7x7=160)
    inception.Mixed_6e = FIDInceptionC(768, channels_7x7=192)
    inception.Mixed_7b = FIDInceptionE_1(1280)
    inception.Mixed_7c = FIDInceptionE_2(2048)
    return inception


def det_weights(net):
    with torch.no_grad():
        for k, (name, t) in enumerate(net.state_dict().items()):
            n, seed = t.numel(), 1000 + k
            if name.endswith("num_batches_tracked"):
                t.zero_()
                continue
            if name.endswith("conv.weight"):
                v = chirp(n, seed, 2 / math.sqrt(t[0].numel()))
            elif name == "fc.weight":
                v = chirp(n, seed, 1 / math.sqrt(2048))
            elif name.endswith("bn.weight"):
                v = 1 + chirp(n, seed, 0.1)
            elif name.endswith("running_var"):
                v = 1 + chirp(n, seed, 0.5)
            else:
                v = chirp(n, seed, 0.1)
            t.copy_(torch.from_numpy(np.asarray(v, dtype=np.float32)).reshape(t.shape))


def features(net, x):
    """pytorch-fid's InceptionV3 (block 3, 2048 features) and the fc logits."""
    x = F.interpolate(x, size=(299, 299), mode="bilinear", align_corners=False)
    r = x
    x = 2 * x - 1
    for name in ["Conv2d_1a_3x3", "Conv2d_2a_3x3", "Conv2d_2b_3x3", "maxpool1", "Conv2d_3b_1x1", "Conv2d_4a_3x3",
                 "maxpool2", "Mixed_5b", "Mixed_5c", "Mixed_5d", "Mixed_6a", "Mixed_6b", "Mixed_6c", "Mixed_6d",
                 "Mixed_6e", "Mixed_7a", "Mixed_7b", "Mixed_7c", "avgpool"]:
        x = getattr(net, name)(x)
    f = torch.flatten(x, 1)
    return r, f, net.fc(f)


def summary(v):
    """float64 checksums: sum, sum |x|, sum x·cos(i), and 24 values at a stride."""
    v = np.asarray(v, dtype=np.float64).ravel()
    i = np.arange(v.size)
    idx = np.linspace(0, v.size - 1, 24).astype(int)
    return [v.sum(), np.abs(v).sum(), (v * np.cos(i)).sum()] + list(v[idx])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cifar", default="../shared/data/cifar10")
    ap.add_argument("--save", help="also torch.save the state_dict here")
    ap.add_argument("--write", action="store_true", help="put the data block into metric/inception/kat_test.go")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    imgs = []
    for cls in ["airplane", "automobile"]:
        d = os.path.join(a.cifar, "test", cls)
        f = sorted(os.listdir(d))[0]
        imgs.append(np.asarray(Image.open(os.path.join(d, f)).convert("RGB"), dtype=np.float32).transpose(2, 0, 1) / 255)
    x = torch.from_numpy(np.stack(imgs).astype(np.float32))
    np.save(os.path.join(OUT, "images.npy"), x.numpy())

    net = fid_inception_v3().eval()
    det_weights(net)
    with open(os.path.join(OUT, "state_dict.txt"), "w") as f:
        f.write("# fid_inception_v3().state_dict(): name shape dtype (testdata/inception_kat.py)\n")
        for name, t in net.state_dict().items():
            f.write("%s [%s] %s\n" % (name, " ".join(str(d) for d in t.shape), {torch.float32: "F32", torch.int64: "I64"}[t.dtype]))
    if a.save:
        torch.save(net.state_dict(), a.save)
    with torch.no_grad():
        r, feat, logits = features(net, x)
    data = {"resize": summary(r), "features": summary(feat), "logits": summary(logits),
            "features0": feat[0, :16].tolist(), "logits1": logits[1, :16].tolist(),
            "unbiased1": (feat[1] @ net.fc.weight.T)[:16].tolist()}
    lines = ["// BEGIN KAT DATA (testdata/inception_kat.py)", "var katData = map[string][]float64{"]
    for k, v in data.items():
        lines.append('\t"%s": {%s},' % (k, ", ".join(repr(float(t)) for t in v)))
    lines += ["}", "// END KAT DATA"]
    block = "\n".join(lines)
    print(block)
    print("feature range", feat.min().item(), feat.max().item(), "logit range", logits.min().item(), logits.max().item(), file=sys.stderr)
    if a.write:
        p = "metric/inception/kat_test.go"
        s = open(p).read()
        s = re.sub(r"// BEGIN KAT DATA.*// END KAT DATA", lambda m: block, s, flags=re.S)
        open(p, "w").write(s)


if __name__ == "__main__":
    main()
