#!/usr/bin/python3
"""Known answers for metric/inception's NewTorchvision: torchvision's own
inception_v3 with deterministic weights, on the two images of
testdata/inception_kat.py.

Run with Debian's python3-torch and python3-torchvision (PyTorch 1.13.1,
torchvision 0.14) from the repository root, after inception_kat.py (it
reads the images that script wrote):

    /usr/bin/python3 testdata/inception_tv_kat.py [--write] [--save W.pth]

The net is torchvision.models.inception_v3(weights=None, aux_logits=False,
init_weights=False, num_classes=1000, transform_input=False), unpatched: its
InceptionA/C/E average pools count the padding and Mixed_7c's pool branch is
one of them, where pytorch-fid's leave the padding out and max-pool. Every
state_dict tensor gets inception_kat.py's det_weights (the same chirp scheme
in state_dict order; fc is 1000x2048). The images are fed as inception_kat.py
feeds them (F.interpolate to 299x299, bilinear, align_corners=False; 2x - 1),
and the net is run by its own forward in eval mode (dropout off): the logits
are net(x), the features avgpool's output flattened, caught by a hook, so
they are what torchvision computes and not a copy of its forward.

It writes metric/inception/testdata/state_dict_torchvision.txt (the names,
shapes and dtypes the Go net must match) and prints the Go data block for
metric/inception/torchvision_kat_test.go (--write puts it there); --save
writes the weights with torch.save (95 MB, not committed) for
GOGAN_INCEPTION_TV_KAT=W.pth go test ./metric/inception -run LoadTorchvisionKAT.
"""
import argparse
import os
import re
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inception_kat import OUT, det_weights, fid_inception_v3, summary  # noqa: E402

GO = "metric/inception/torchvision_kat_test.go"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--save", help="also torch.save the state_dict here")
    ap.add_argument("--write", action="store_true", help="put the data block into " + GO)
    a = ap.parse_args()
    x = torch.from_numpy(np.load(os.path.join(OUT, "images.npy")))
    assert x.shape == (2, 3, 32, 32) and x.dtype == torch.float32, (x.shape, x.dtype)

    net = torchvision.models.inception_v3(weights=None, aux_logits=False, init_weights=False, num_classes=1000,
                                          transform_input=False).eval()
    det_weights(net)
    sd = net.state_dict()
    # det_weights seeds by position, so the Go test's detWeights (which walks
    # the FID net's order) gives the same weights only if the orders agree.
    fid = fid_inception_v3().state_dict()
    assert list(sd) == list(fid), "state_dict order differs from fid_inception_v3's"
    for name, t in sd.items():
        want = (1000,) + tuple(fid[name].shape[1:]) if name.startswith("fc.") else tuple(fid[name].shape)
        assert tuple(t.shape) == want, (name, t.shape)
    with open(os.path.join(OUT, "state_dict_torchvision.txt"), "w") as f:
        f.write("# torchvision inception_v3(aux_logits=False).state_dict(): name shape dtype (testdata/inception_tv_kat.py)\n")
        for name, t in sd.items():
            f.write("%s [%s] %s\n" % (name, " ".join(str(d) for d in t.shape), {torch.float32: "F32", torch.int64: "I64"}[t.dtype]))
    if a.save:
        torch.save(sd, a.save)

    pooled = []
    net.avgpool.register_forward_hook(lambda m, i, o: pooled.append(o))
    with torch.no_grad():
        logits = net(2 * F.interpolate(x, size=(299, 299), mode="bilinear", align_corners=False) - 1)
        feat = torch.flatten(pooled[0], 1)
        assert feat.shape == (2, 2048) and logits.shape == (2, 1000), (feat.shape, logits.shape)
        unbiased = feat[1] @ net.fc.weight.T
    data = {"features": summary(feat), "logits": summary(logits),
            "features0": feat[0, :16].tolist(), "logits1": logits[1, :16].tolist(),
            "unbiased1": unbiased[:16].tolist()}
    lines = ["// BEGIN KAT DATA (testdata/inception_tv_kat.py)", "var tvKATData = map[string][]float64{"]
    w = max(len(k) for k in data) + 3
    for k, v in data.items():  # aligned as gofmt aligns them
        lines.append('\t%-*s {%s},' % (w, '"%s":' % k, ", ".join(repr(float(t)) for t in v)))
    lines += ["}", "", "// END KAT DATA"]  # as gofmt leaves it
    block = "\n".join(lines)
    print(block)
    print("feature range", feat.min().item(), feat.max().item(), "logit range", logits.min().item(), logits.max().item(), file=sys.stderr)
    if a.write:
        s = open(GO).read()
        s = re.sub(r"// BEGIN KAT DATA.*// END KAT DATA", lambda m: block, s, flags=re.S)
        open(GO, "w").write(s)


if __name__ == "__main__":
    main()
