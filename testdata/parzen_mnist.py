#!/usr/bin/python3
"""Known answer for metric/parzen's TestMNISTKnownAnswer, computed without gogan.

The paper's Parzen-window protocol (parzen_ll.py of goodfeli/adversarial; see
../shared/docs/reference.md) in numpy, float64 throughout, on real MNIST: the
kernel centres are the first 10,000 training images, sigma is chosen from
numpy.logspace(-1, 0, 10) by the mean log-likelihood of train[50000:51000],
and the 10,000 test images are scored with

    log p(x) = logmeanexp_i(-|x - mu_i|^2 / (2 sigma^2)) - d log(sigma sqrt(2 pi))

(max-shifted log-sum-exp, d = 784, pixels b/255 in [0, 1]); the result is the
mean and its standard error std/sqrt(n) (numpy's std, ddof 0). It reads the
MNIST files embedded in data/mnist.

    /usr/bin/python3 testdata/parzen_mnist.py      # about half a minute

Pixels are float32(b/255) as dataset.Set.Float(lo 0, hi 1) makes them,
then widened to float64.
"""

import gzip
import os
import struct

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def images(name):
    with gzip.open(os.path.join(ROOT, "data/mnist", name)) as f:
        data = f.read()
    n, h, w = struct.unpack(">III", data[4:16])
    b = np.frombuffer(data[16:], dtype=np.uint8).reshape(n, h * w)
    return (b.astype(np.float64) / 255).astype(np.float32).astype(np.float64)


def log_likelihoods(centres, x, sigmas, block=1000):
    """ll[s][i] for every sigma s and row i of x."""
    d = x.shape[1]
    cn = (centres ** 2).sum(1)
    out = np.empty((len(sigmas), len(x)))
    for lo in range(0, len(x), block):
        xb = x[lo:lo + block]
        d2 = (xb ** 2).sum(1)[:, None] - 2 * xb @ centres.T + cn[None, :]
        d2 = np.maximum(d2, 0)
        for s, sigma in enumerate(sigmas):
            a = -d2 / (2 * sigma * sigma)
            top = a.max(1)
            lme = top + np.log(np.exp(a - top[:, None]).mean(1))
            out[s, lo:lo + block] = lme - d * np.log(sigma * np.sqrt(2 * np.pi))
    return out


def main():
    train = images("train-images-idx3-ubyte.gz")
    test = images("t10k-images-idx3-ubyte.gz")
    centres, valid = train[:10000], train[50000:51000]
    sigmas = np.logspace(-1, 0, 10)
    per = log_likelihoods(centres, valid, sigmas).mean(1)
    best = sigmas[int(np.argmax(per))]
    print("validation mean LL per sigma: " + " ".join("%.4f" % v for v in per))
    ll = log_likelihoods(centres, test, [best])[0]
    print("sigma %.17g: test LL mean %.6f, stderr %.6f" % (best, ll.mean(), ll.std() / np.sqrt(len(ll))))


if __name__ == "__main__":
    main()
