#!/usr/bin/python3
"""Small torch.save files for format/torchfile's tests and its fuzz seeds.

Run with Debian's python3-torch (PyTorch 1.13.1) from the repository root:

    /usr/bin/python3 testdata/torchfile_fixtures.py

It rewrites format/torchfile/testdata/*.pth. Every value is a formula the Go
test recomputes (v(i) = (i % 7 - 3) / 4 + i / 64, exact in float16 too), so
no numbers need pasting:

  state_dict.pth   nn.Sequential(Linear(3, 2), BatchNorm1d(2)).state_dict() with
                   v-valued weights (zip format)
  legacy.pth       the same with _use_new_zipfile_serialization=False
  nested.pth       {"generator": ..., "discriminator": ..., "epoch": 7, "lr": 0.5,
                   "name": "gan", "history": [1.5, -2.0], "done": True, "note": None}
  views.pth        OrderedDict of tensors that are views: a transpose, a slice at an
                   offset, a column (stride 3), a broadcast (stride 0), float64,
                   float16 and int64 tensors, a 0-d scalar, an empty tensor
  views_legacy.pth the same in the legacy format
  reduce.pth       {"x": obj} where obj's __reduce__ returns (os.system, ("echo pwned",))
  reduce_legacy.pth  the same in the legacy format
  eval.pth         {"x": obj} whose __reduce__ is (builtins.eval, ("1+1",))
  int32.pth        {"x": torch.zeros(2, dtype=torch.int32)}: a storage type not read
"""
import builtins
import collections
import os

import torch
import torch.nn as nn

OUT = "format/torchfile/testdata"


def v(n, dtype=torch.float32):
    return torch.tensor([(i % 7 - 3) / 4 + i / 64 for i in range(n)], dtype=torch.float64).to(dtype)


def filled(model):
    with torch.no_grad():
        k = 0
        for t in model.state_dict().values():
            if t.dtype == torch.int64:
                t.fill_(5)
                continue
            t.copy_(v(t.numel()).reshape(t.shape) + k)
            k += 1
    return model


class System:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


class Eval:
    def __reduce__(self):
        return (builtins.eval, ("1+1",))


def save(obj, name, legacy=False):
    torch.save(obj, os.path.join(OUT, name), _use_new_zipfile_serialization=not legacy)


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)
    sd = filled(nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))).state_dict()
    save(sd, "state_dict.pth")
    save(sd, "legacy.pth", legacy=True)
    d = filled(nn.Sequential(nn.Linear(2, 1))).state_dict()
    save({"generator": sd, "discriminator": d, "epoch": 7, "lr": 0.5, "name": "gan",
          "history": [1.5, -2.0], "done": True, "note": None}, "nested.pth")

    base = v(24).reshape(4, 6)
    views = collections.OrderedDict()
    views["transpose"] = base.t()                    # (6, 4), strides (1, 6)
    views["slice"] = base[1:3, 2:5]                  # offset 8, strides (6, 1)
    views["column"] = v(12).reshape(4, 3)[:, 1]      # offset 1, stride 3
    views["broadcast"] = v(3).reshape(3, 1).expand(3, 4)  # strides (1, 0)
    views["f64"] = v(5, torch.float64)
    views["f16"] = v(6, torch.float16).reshape(2, 3)
    views["i64"] = torch.arange(-2, 4, dtype=torch.int64).reshape(3, 2)
    views["scalar"] = torch.tensor(2.25)
    views["empty"] = torch.zeros(0, 3)
    save(views, "views.pth")
    save(views, "views_legacy.pth", legacy=True)
    for name, t in views.items():
        print(name, tuple(t.shape), t.stride(), t.storage_offset(), t.dtype)

    save({"x": System()}, "reduce.pth")
    save({"x": System()}, "reduce_legacy.pth", legacy=True)
    save({"x": Eval()}, "eval.pth")
    save({"x": torch.zeros(2, dtype=torch.int32)}, "int32.pth")
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
