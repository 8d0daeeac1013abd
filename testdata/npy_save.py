#!/usr/bin/python3
"""The bytes np.save writes, for format/npy's TestWriteExactBytes.

    /usr/bin/python3 testdata/npy_save.py

For each case it prints the shape and the file's header (magic, version,
length and the padded dict) as a Go string literal; the data that follows is
the float32 values, little-endian. Run with Debian's numpy (1.24).
"""

import io

import numpy as np

CASES = [
    ("[3]", np.array([1, 2, 3], dtype="<f4")),
    ("[2 3]", np.arange(6, dtype="<f4").reshape(2, 3)),
    ("[]", np.array(2.5, dtype="<f4")),
    ("[0 4]", np.zeros((0, 4), dtype="<f4")),
]


def go_quote(b):
    out = []
    for c in b:
        if c == 0x22 or c == 0x5C:
            out.append("\\" + chr(c))
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    return '"' + "".join(out) + '"'


def main():
    print("numpy", np.__version__)
    for shape, a in CASES:
        f = io.BytesIO()
        np.save(f, a)
        b = f.getvalue()
        data = a.tobytes()
        assert b.endswith(data)
        print("%s: %d header bytes: %s" % (shape, len(b) - len(data), go_quote(b[:len(b) - len(data)])))


if __name__ == "__main__":
    main()
