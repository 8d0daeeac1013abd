#!/usr/bin/python3
"""Known answers for metric/fid's TestEvaluateRealImages, computed without gogan.

Reads the MNIST files embedded in data/mnist and the classifier weights in
metric/classifier/weights.safetensors with numpy alone, runs the classifier
(784 -> 512 -> ReLU -> 256 -> ReLU -> 10) in float64, and prints, for the first
10,000 training images and for the ones among them, what fid.Evaluate reports
against the 10,000 test images: the FID over the 256 penultimate features
(sample covariance, n-1; Tr sqrt(C1^1/2 C2 C1^1/2) from symmetric eigen-
decompositions), the class score exp(mean KL(p(y|x) || p(y))), the mean top
probability and the predicted-class counts.

    /usr/bin/python3 testdata/fid_mnist.py

Pixels are scaled as dataset.Set.Float does: float32(-1 + 2*b/255).
"""

import gzip
import json
import os
import struct

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def idx(path):
    with gzip.open(os.path.join(ROOT, "data/mnist", path)) as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    ndim = magic & 0xFF
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return np.frombuffer(data[4 + 4 * ndim:], dtype=np.uint8).reshape(dims)


def safetensors(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        data = f.read()
    n, = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        assert info["dtype"] == "F32", info
        a, b = info["data_offsets"]
        out[name] = np.frombuffer(data[8 + n + a:8 + n + b], dtype="<f4").reshape(info["shape"]).astype(np.float64)
    return out


W = safetensors("metric/classifier/weights.safetensors")


def pixels(images):
    """float32(-1 + 2*b/255), computed in float64 as dataset.Set.Float does."""
    x = -1 + 2 * images.reshape(len(images), -1).astype(np.float64) / 255
    return x.astype(np.float32).astype(np.float64)


def forward(x):
    h = np.maximum(x @ W["model.0.weight"].T + W["model.0.bias"], 0)
    f = np.maximum(h @ W["model.2.weight"].T + W["model.2.bias"], 0)
    logits = f @ W["model.4.weight"].T + W["model.4.bias"]
    z = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(z)
    return f, p / p.sum(axis=1, keepdims=True)


def sqrt_psd(c):
    w, v = np.linalg.eigh(c)
    return (v * np.sqrt(np.clip(w, 0, None))) @ v.T


def fid(f1, f2):
    mu1, mu2 = f1.mean(0), f2.mean(0)
    c1, c2 = np.cov(f1, rowvar=False), np.cov(f2, rowvar=False)
    r = sqrt_psd(c1)
    m = r @ c2 @ r
    tr = np.sqrt(np.clip(np.linalg.eigvalsh((m + m.T) / 2), 0, None)).sum()
    return ((mu1 - mu2) ** 2).sum() + np.trace(c1) + np.trace(c2) - 2 * tr


def report(name, f, p, ref):
    py = p.mean(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        kl = np.where(p > 0, p * np.log(p / py), 0).sum(1).mean()
    counts = np.bincount(p.argmax(1), minlength=10)
    print("%s: n %d FID %.6f class score %.6f confidence %.6f counts %s"
          % (name, len(f), fid(f, ref), np.exp(kl), p.max(1).mean(), list(counts)))


def main():
    train_x, train_y = idx("train-images-idx3-ubyte.gz")[:10000], idx("train-labels-idx1-ubyte.gz")[:10000]
    test_f, _ = forward(pixels(idx("t10k-images-idx3-ubyte.gz")))
    f, p = forward(pixels(train_x))
    report("train[:10000]", f, p, test_f)
    ones = train_x[train_y == 1]
    f, p = forward(pixels(ones))
    report("ones of train[:10000]", f, p, test_f)


if __name__ == "__main__":
    main()
