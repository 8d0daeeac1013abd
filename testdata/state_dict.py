#!/usr/bin/python3
"""The state_dict layout of gan.py's Generator and Discriminator, as PyTorch prints it.

checkpoint/checkpoint_test.go's TestStateDictMatchesPyTorch holds this output
for the Generator; run with Debian's python3-torch (PyTorch 1.13.1):

    /usr/bin/python3 testdata/state_dict.py

Each line is "name [shape] DTYPE" in the Go test's format: the shape as Go's
fmt prints an []int, the dtype as safetensors names it. The models are
kat.py's copies of gan.py's classes.
"""

import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kat import Discriminator, Generator  # noqa: E402

DTYPES = {torch.float32: "F32", torch.int64: "I64"}


def main():
    for name, model in (("Generator", Generator()), ("Discriminator", Discriminator())):
        print("# %s().state_dict()" % name)
        for k, v in model.state_dict().items():
            print("%s [%s] %s" % (k, " ".join(str(d) for d in v.shape), DTYPES[v.dtype]))


if __name__ == "__main__":
    main()
