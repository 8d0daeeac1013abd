#!/usr/bin/python3
"""Known answers for metric/inception's FID, KID and Inception Score, from
pytorch-fid's and torch-fidelity's formulas on fixed features.

    /usr/bin/python3 testdata/inception_scores_kat.py [--write]

prints (or, with --write, puts into metric/inception/scores_kat_test.go) the
Go data block. Features come from numpy's RandomState, which the Go test
replays (metric/inception's numpyRand is numpy's legacy MT19937):

  FID  two sets of 2200 x 2048 float32 features, RandomState(7).random_sample
       and float32(RandomState(8).random_sample * 1.1 + 0.05), through
       pytorch-fid's calculate_frechet_distance (scipy.linalg.sqrtm), with
       mu and sigma in float64 as pytorch-fid's float64 pred_arr gives them
       (fid); and 600 x 256 the same way, the first set the first 600 rows' first
       256 columns of seed 7's, the second from seed 8 at that size (fid256)
  KID  60 and 50 rows of 16 features the same way (seeds 9, 10), torch-fidelity's
       kid_features_to_metric with 7 subsets of 40, rng_seed 2020
  npz  metric/inception/testdata/stats*.npz: mu and sigma of 20 x 3 features (seed 12)
       as np.savez and savez_compressed write them, float32, and two bad ones;
       fid_stats is their distance to 30 x 3 features (seed 13, times 1.5)
  IS   50 rows of 12 logits (seed 11, times 6, minus 3), torch-fidelity's
       isc_features_to_metric, 5 splits, shuffled with rng_seed 2020
"""
import re
import sys

import numpy as np
import torch
from scipy import linalg


def frechet(mu1, sigma1, mu2, sigma2, eps=1e-6):  # pytorch-fid's calculate_frechet_distance
    diff = mu1 - mu2
    covmean, _ = linalg.sqrtm(sigma1.dot(sigma2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(sigma1.shape[0]) * eps
        covmean = linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        if not np.allclose(np.diagonal(covmean).imag, 0, atol=1e-3):
            raise ValueError("Imaginary component {}".format(np.max(np.abs(covmean.imag))))
        covmean = covmean.real
    return diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean)


def feats(seed, n, d, scale=1.0, shift=0.0):
    return (np.random.RandomState(seed).random_sample((n, d)) * scale + shift).astype(np.float32)


def polynomial_mmd(f1, f2):  # torch-fidelity's, degree 3, gamma 1/d, coef0 1, unbiased
    def k(x, y):
        return (np.matmul(x, y.T) * (1.0 / x.shape[1]) + 1) ** 3
    kxx, kyy, kxy = k(f1, f1), k(f2, f2), k(f1, f2)
    m = kxx.shape[0]
    return ((kxx.sum() - np.trace(kxx)) + (kyy.sum() - np.trace(kyy))) / (m * (m - 1)) - 2 * kxy.sum() / (m * m)


def kid(f1, f2, subsets, size, seed):
    rng = np.random.RandomState(seed)
    mmds = [polynomial_mmd(f1[rng.choice(len(f1), size, replace=False)], f2[rng.choice(len(f2), size, replace=False)])
            for _ in range(subsets)]
    return [float(np.mean(mmds)), float(np.std(mmds))]


def isc(feature, splits, seed):  # torch-fidelity's isc_features_to_metric, shuffle on
    N = feature.shape[0]
    feature = feature[np.random.RandomState(seed).permutation(N), :].double()
    p, log_p = feature.softmax(dim=1), feature.log_softmax(dim=1)
    scores = []
    for i in range(splits):
        pc, lc = p[i * N // splits:(i + 1) * N // splits], log_p[i * N // splits:(i + 1) * N // splits]
        q = pc.mean(dim=0, keepdim=True)
        scores.append((pc * (lc - q.log())).sum(dim=1).mean().exp().item())
    return [float(np.mean(scores)), float(np.std(scores))]


def stats_fixtures():
    """pytorch-fid-style .npz files of 3 features: savez, savez_compressed, float32,
    one without mu, one whose sigma does not match mu."""
    out = "metric/inception/testdata"
    x = np.random.RandomState(12).random_sample((20, 3))
    mu, sigma = x.mean(axis=0), np.cov(x, rowvar=False)
    np.savez(out + "/stats.npz", mu=mu, sigma=sigma)
    np.savez_compressed(out + "/stats_compressed.npz", mu=mu, sigma=sigma, n=20)
    np.savez(out + "/stats_f32.npz", mu=mu.astype(np.float32), sigma=sigma.astype(np.float32))
    np.savez(out + "/stats_nomu.npz", sigma=sigma)
    np.savez(out + "/stats_badshape.npz", mu=mu, sigma=sigma[:2, :2])
    y = np.random.RandomState(13).random_sample((30, 3)) * 1.5
    return [frechet(mu, sigma, y.mean(axis=0), np.cov(y, rowvar=False))]


def main():
    a = feats(7, 2200, 2048).astype(np.float64)
    b = feats(8, 2200, 2048, 1.1, 0.05).astype(np.float64)
    fid = frechet(a.mean(axis=0), np.cov(a, rowvar=False), b.mean(axis=0), np.cov(b, rowvar=False))
    a, b = a[:600, :256], feats(8, 600, 256, 1.1, 0.05).astype(np.float64)
    fid256 = frechet(a.mean(axis=0), np.cov(a, rowvar=False), b.mean(axis=0), np.cov(b, rowvar=False))
    k = kid(feats(9, 60, 16), feats(10, 50, 16), 7, 40, 2020)
    logits = torch.from_numpy(feats(11, 50, 12, 6.0, -3.0))
    s = isc(logits, 5, 2020)
    data = {"fid": [fid], "fid256": [fid256], "fid_stats": stats_fixtures(), "kid": k, "is": s,
            "permutation": np.random.RandomState(2020).permutation(10).tolist(),
            "random_sample": np.random.RandomState(7).random_sample(3).tolist()}
    lines = ["// BEGIN KAT DATA (testdata/inception_scores_kat.py)", "var scoresData = map[string][]float64{"]
    for key, v in data.items():
        lines.append('\t"%s": {%s},' % (key, ", ".join(repr(float(t)) for t in v)))
    block = "\n".join(lines + ["}", "// END KAT DATA"])
    print(block)
    if "--write" in sys.argv:
        p = "metric/inception/scores_kat_test.go"
        src = open(p).read()
        open(p, "w").write(re.sub(r"// BEGIN KAT DATA.*// END KAT DATA", lambda m: block, src, flags=re.S))


if __name__ == "__main__":
    main()
