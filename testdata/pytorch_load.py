#!/usr/bin/python3
"""Load a gogan checkpoint into PyTorch-GAN gan.py's own classes and check
that G(z) matches `gogan sample --z` to 1e-5.

Not run by CI. It needs PyTorch and NumPy: Debian's /usr/bin/python3 with
`apt-get install python3-torch` (another python3 first on the PATH may lack
torch). Usage, from any directory:

  go run ./cmd/gogan train --out runs/check --max-batches 300
  /usr/bin/python3 testdata/pytorch_load.py runs/check [GOGAN COMMAND...]

GOGAN COMMAND is how to run gogan, e.g. `./gogan` for a built binary; the
default is `go run ./cmd/gogan` in the repository this script belongs to.

It writes z.npy, asks gogan for samples with running BatchNorm statistics
(eval mode) and with batch statistics (gan.py's train mode), and compares
both with PyTorch. It also checks dcgan.py's classes (dcgan_models.py) on a
dcgan or dcgan-plus run (with --classes, their conditional forms), cgan.py's
on a cgan or cgan-plus run, and the standard CNN's (cnn_models.py) on a
sngan run, G and its EMA. It uses safetensors.torch.load_file when the safetensors
package is installed and an equivalent 20-line reader otherwise (Debian has
no python3-safetensors), so the checkpoint format itself is what is tested.
"""
import json
import os
import struct
import subprocess
import sys

try:
    import numpy as np
    import torch
    import torch.nn as nn
except ImportError as e:
    sys.exit("pytorch_load.py needs PyTorch and NumPy (%s): run it with Debian's "
             "/usr/bin/python3 after `apt-get install python3-torch`" % e)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dcgan_models  # noqa: E402  (dcgan.py's classes)
import cnn_models  # noqa: E402  (the sngan preset's classes)
import paper_cifar_models  # noqa: E402  (the paper's CIFAR-10 conv pair)


def load_file(path):
    try:
        from safetensors.torch import load_file as lf
        return lf(path)
    except ImportError:
        pass
    dtypes = {"F32": torch.float32, "I64": torch.int64, "F64": torch.float64, "U8": torch.uint8, "I32": torch.int32}
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    header.pop("__metadata__", None)
    data = raw[8 + n:]
    out = {}
    for name, t in header.items():
        b, e = t["data_offsets"]
        buf = bytearray(data[b:e])
        out[name] = torch.frombuffer(buf, dtype=dtypes[t["dtype"]]).reshape(t["shape"]).clone() if e > b else torch.zeros(t["shape"], dtype=dtypes[t["dtype"]])
    return out


# gan.py's classes, verbatim but for opt.* turned into arguments.
class Generator(nn.Module):
    def __init__(self, latent_dim=100, img_shape=(1, 28, 28), eps=0.8):
        super(Generator, self).__init__()
        self.img_shape = img_shape

        def block(in_feat, out_feat, normalize=True):
            layers = [nn.Linear(in_feat, out_feat)]
            if normalize:
                layers.append(nn.BatchNorm1d(out_feat, eps))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            return layers

        self.model = nn.Sequential(
            *block(latent_dim, 128, normalize=False),
            *block(128, 256),
            *block(256, 512),
            *block(512, 1024),
            nn.Linear(1024, int(np.prod(img_shape))),
            nn.Tanh()
        )

    def forward(self, z):
        img = self.model(z)
        return img.view(img.size(0), *self.img_shape)


class MinibatchStdDev(nn.Module):
    """gogan's nn.MinibatchStdDev: appends the mean over features of the
    per-feature standard deviation across each group of consecutive rows."""

    def __init__(self, group):
        super(MinibatchStdDev, self).__init__()
        self.group = group

    def forward(self, x):
        outs = []
        for g in torch.split(x, self.group):
            sd = torch.sqrt(g.var(dim=0, unbiased=False) + 1e-8).mean()
            outs.append(torch.cat([g, sd.expand(g.shape[0], 1)], dim=1))
        return torch.cat(outs, 0)


class Discriminator(nn.Module):
    """gan.py's Discriminator; with the improved preset's options (config.json
    mbstd_group, d_dropout) the extra layers sit where gogan puts them, so the
    state_dict indices match."""

    def __init__(self, img_shape=(1, 28, 28), mbstd_group=0, dropout=0.0):
        super(Discriminator, self).__init__()
        layers, width = [], int(np.prod(img_shape))
        for out in (512, 256):
            layers += [nn.Linear(width, out), nn.LeakyReLU(0.2, inplace=True)]
            if dropout > 0:
                layers.append(nn.Dropout(dropout))
            width = out
        if mbstd_group > 0:
            layers.append(MinibatchStdDev(mbstd_group))
            width += 1
        layers += [nn.Linear(width, 1), nn.Sigmoid()]
        self.model = nn.Sequential(*layers)

    def forward(self, img):
        return self.model(img.view(img.size(0), -1))


def gogan_run(cmd, args):
    """Runs gogan, from the repository root when it is `go run`, and exits
    with gogan's own message rather than a traceback when it fails."""
    cwd = REPO if cmd[:2] == ["go", "run"] else None
    try:
        subprocess.run(cmd + args, check=True, cwd=cwd)
    except FileNotFoundError:
        sys.exit("cannot run %r: give the gogan command after the run directory, e.g. ./gogan" % cmd[0])
    except subprocess.CalledProcessError as e:
        sys.exit("%s failed (exit %d); its message is above" % (" ".join(cmd + args), e.returncode))


class CondGenerator(nn.Module):
    """cgan.py's Generator, verbatim but for opt.* turned into arguments."""

    def __init__(self, latent_dim=100, img_shape=(1, 32, 32), eps=0.8, n_classes=10, embed_dim=10):
        super(CondGenerator, self).__init__()
        self.img_shape = img_shape
        self.label_emb = nn.Embedding(n_classes, embed_dim)

        def block(in_feat, out_feat, normalize=True):
            layers = [nn.Linear(in_feat, out_feat)]
            if normalize:
                layers.append(nn.BatchNorm1d(out_feat, eps))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            return layers

        self.model = nn.Sequential(
            *block(latent_dim + embed_dim, 128, normalize=False),
            *block(128, 256),
            *block(256, 512),
            *block(512, 1024),
            nn.Linear(1024, int(np.prod(img_shape))),
            nn.Tanh()
        )

    def forward(self, noise, labels):
        gen_input = torch.cat((self.label_emb(labels), noise), -1)
        img = self.model(gen_input)
        return img.view(img.size(0), *self.img_shape)


class CondDiscriminator(nn.Module):
    """cgan.py's Discriminator; with a minibatch-stddev group the extra layer
    sits before the output Linear, where gogan puts it."""

    def __init__(self, img_shape=(1, 32, 32), n_classes=10, embed_dim=10, widths=(512, 512, 512), dropout=0.4, mbstd_group=0):
        super(CondDiscriminator, self).__init__()
        self.label_embedding = nn.Embedding(n_classes, embed_dim)
        layers, width = [], embed_dim + int(np.prod(img_shape))
        for i, out in enumerate(widths):
            layers.append(nn.Linear(width, out))
            if dropout > 0 and i > 0:
                layers.append(nn.Dropout(dropout))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            width = out
        if mbstd_group > 0:
            layers.append(MinibatchStdDev(mbstd_group))
            width += 1
        layers.append(nn.Linear(width, 1))
        self.model = nn.Sequential(*layers)

    def forward(self, img, labels):
        d_in = torch.cat((img.view(img.size(0), -1), self.label_embedding(labels)), -1)
        return self.model(d_in)


class ProjDiscriminator(nn.Module):
    """gogan's projection discriminator (nn.Projection, Miyato & Koyama 2018):
    D(x, c) = linear(phi(x)) + <embed(c), phi(x)>, phi the hidden layers of
    cgan.py's D on the image alone."""

    def __init__(self, img_shape=(1, 28, 28), n_classes=10, widths=(512, 512, 512), dropout=0.4, mbstd_group=0):
        super(ProjDiscriminator, self).__init__()
        layers, width = [], int(np.prod(img_shape))
        for i, out in enumerate(widths):
            layers.append(nn.Linear(width, out))
            if dropout > 0 and i > 0:
                layers.append(nn.Dropout(dropout))
            layers.append(nn.LeakyReLU(0.2, inplace=True))
            width = out
        if mbstd_group > 0:
            layers.append(MinibatchStdDev(mbstd_group))
            width += 1
        self.model = nn.Sequential(*layers)
        self.linear = nn.Linear(width, 1)
        self.embed = nn.Embedding(n_classes, width)

    def forward(self, img, labels):
        h = self.model(img.view(img.size(0), -1))
        return self.linear(h) + (self.embed(labels) * h).sum(1, keepdim=True)


def compare_samples(run, gogan, gfile, G, latent_dim, extra=()):
    """G(z) in eval and train mode against `gogan sample --z` with running and
    batch statistics; returns the largest difference."""
    rng = np.random.default_rng(0)
    z = rng.standard_normal((64, latent_dim)).astype(np.float32)
    zpath = os.path.join(run, "pt_z.npy")
    np.save(zpath, z)
    worst = 0.0
    for bn, mode in (("running", G.eval), ("batch", G.train)):
        out = os.path.join(run, "pt_samples_%s.npy" % bn)
        gogan_run(gogan, ["sample", "--checkpoint", gfile, "--z", zpath, "--bn", bn, "-o", out] + list(extra))
        mode()
        with torch.no_grad():
            want = G(torch.from_numpy(z)).numpy().reshape(64, -1)
        got = np.load(out).reshape(64, -1)
        assert got.shape == want.shape, (got.shape, want.shape)
        err = float(np.abs(got - want).max())
        worst = max(worst, err)
        print("--bn %-7s max |gogan - PyTorch| = %.3g over %d values" % (bn, err, got.size))
    return worst


def main_dcgan(run, gogan, m):
    """dcgan.py's classes (dcgan_models.py; with classes, dcgan-plus's
    conditional pair, its G ClassBNGenerator with class_bn) load the run strictly, G and its EMA, and
    G(z[, labels]) agrees with `gogan sample --z [--labels]`."""
    classes = m.get("classes", 0)
    labels = torch.arange(64) % max(classes, 1)
    extra = []
    if classes:
        lpath = os.path.join(run, "pt_labels.npy")
        np.save(lpath, labels.numpy().astype(np.float32))
        extra = ["--labels", lpath]

    def generator():
        args = (m["latent_dim"], m["channels"], m["img_size"], m["bn_eps"])
        if classes:
            cls = dcgan_models.ClassBNGenerator if m.get("class_bn") else dcgan_models.CondGenerator
            return cls(*args, n_classes=classes, embed_dim=m["embed_dim"])
        return dcgan_models.Generator(*args)
    worst = 0.0
    for name in ("generator.safetensors", "generator_ema.safetensors"):
        gfile = os.path.join(run, name)
        if not os.path.exists(gfile):
            continue
        G = generator()
        G.load_state_dict(load_file(gfile))  # strict: names, shapes and dtypes must match exactly
        print(name + ":")
        worst = max(worst, compare_samples(run, gogan, gfile, WithLabels(G, labels) if classes else G, m["latent_dim"], extra))
    dargs = (m["channels"], m["img_size"], m["bn_eps"], m.get("d_dropout", 0.0))
    widths = m.get("d_widths") or (16, 32, 64, 128)
    group = m.get("mbstd_group", 0)
    if classes:
        D = dcgan_models.CondDiscriminator(*dargs, widths=widths, n_classes=classes, mbstd_group=group)
    elif m.get("aux_classes", 0):
        D = dcgan_models.AuxDiscriminator(*dargs, widths=widths, n_classes=m["aux_classes"], mbstd_group=group)
    else:
        D = dcgan_models.Discriminator(*dargs, widths=widths, mbstd_group=group)
    D.eval()
    D.load_state_dict(load_file(os.path.join(run, "discriminator.safetensors")))
    with torch.no_grad():
        x = torch.from_numpy(np.load(os.path.join(run, "pt_samples_running.npy")))
        x = x.reshape(x.shape[0], m["channels"], m["img_size"], m["img_size"])
        d = (D(x, labels) if classes else D(x)).mean().item()
    print("D loads too; mean D(G(z)) = %.4f" % d)
    if worst > 1e-5:
        sys.exit("FAIL: difference %.3g exceeds 1e-5" % worst)
    print("OK: PyTorch's dcgan.py classes load gogan's checkpoints and agree to 1e-5")


class WithLabels(nn.Module):
    """A conditional G as compare_samples calls an unconditional one, G(z)."""

    def __init__(self, g, labels):
        super().__init__()
        self.g, self.labels = g, labels

    def forward(self, z):
        return self.g(z, self.labels)


def main_cnn(run, gogan, m):
    """cnn_models.py's classes (the sngan preset's standard CNN, or its
    conditional pair with classes) load the run strictly, G and its EMA,
    and G(z[, labels]) agrees with `gogan sample --z [--labels]`."""
    classes = m.get("classes", 0)
    labels = torch.arange(64) % max(classes, 1)
    extra = []
    if classes:
        lpath = os.path.join(run, "pt_labels.npy")
        np.save(lpath, labels.numpy().astype(np.float32))
        extra = ["--labels", lpath]

    def generator():
        args = (m["latent_dim"], m["channels"], m["img_size"], m["g_widths"], m["bn_eps"], m["bn_momentum"])
        if classes:
            return cnn_models.CondGenerator(*args, n_classes=classes, embed_dim=m["embed_dim"])
        return cnn_models.Generator(*args)
    worst = 0.0
    for name in ("generator.safetensors", "generator_ema.safetensors"):
        gfile = os.path.join(run, name)
        if not os.path.exists(gfile):
            continue
        G = generator()
        G.load_state_dict(load_file(gfile))  # strict: names, shapes and dtypes must match exactly
        print(name + ":")
        worst = max(worst, compare_samples(run, gogan, gfile, WithLabels(G, labels) if classes else G, m["latent_dim"], extra))
    dargs = (m["channels"], m["img_size"], m["d_widths"])
    if classes:
        D = cnn_models.CondDiscriminator(*dargs, sn=m.get("spectral_norm", False), n_classes=classes)
    else:
        D = cnn_models.Discriminator(*dargs, sn=m.get("spectral_norm", False))
    D.eval()  # spectral norm's u and v as saved, no power iteration
    D.load_state_dict(load_file(os.path.join(run, "discriminator.safetensors")))
    with torch.no_grad():
        x = torch.from_numpy(np.load(os.path.join(run, "pt_samples_running.npy")))
        x = x.reshape(x.shape[0], m["channels"], m["img_size"], m["img_size"])
        d = (D(x, labels) if classes else D(x)).mean().item()
    print("D loads too; mean D(G(z)) = %.4f" % d)
    if worst > 1e-5:
        sys.exit("FAIL: difference %.3g exceeds 1e-5" % worst)
    print("OK: PyTorch's standard CNN classes (testdata/cnn_models.py) load gogan's checkpoints and agree to 1e-5")
def main_paper_cifar_conv(run, gogan, m):
    """The paper's CIFAR-10 convolutional pair (gan/papercifar.go, the
    authors' cifar10_convolutional.yaml) loads strictly into
    paper_cifar_models' classes, and G(z) agrees with `gogan sample --z`.
    main() calls it for kind paper-conv (--preset paper-cifar10-conv)."""
    gfile = os.path.join(run, "generator.safetensors")
    G = paper_cifar_models.Generator(m["latent_dim"], m["g_hidden"], m["channels"])
    G.load_state_dict(load_file(gfile))  # strict: names, shapes and dtypes must match exactly
    D = paper_cifar_models.Discriminator(m["channels"], m["d_units"], m["d_pieces"])
    D.eval()
    D.load_state_dict(load_file(os.path.join(run, "discriminator.safetensors")))
    worst = compare_samples(run, gogan, gfile, G, m["latent_dim"])
    with torch.no_grad():
        x = torch.from_numpy(np.load(os.path.join(run, "pt_samples_running.npy")))
        d = D(x.reshape(x.shape[0], m["channels"], paper_cifar_models.IMG, paper_cifar_models.IMG)).mean().item()
    print("D loads too; mean D(G(z)) = %.4f" % d)
    if worst > 1e-5:
        sys.exit("FAIL: difference %.3g exceeds 1e-5" % worst)
    print("OK: the PyTorch reimplementation of the paper's CIFAR-10 conv pair loads gogan's checkpoints and agrees to 1e-5")


def main_conditional(run, gogan, m):
    """cgan.py's classes (or the projection D of --preset cgan-plus) load the
    run strictly, and G(z, labels) agrees with `gogan sample --z --labels`."""
    shape = (m["channels"], m["img_size"], m["img_size"])
    gfile = os.path.join(run, "generator_ema.safetensors")
    if not os.path.exists(gfile):
        gfile = os.path.join(run, "generator.safetensors")
    G = CondGenerator(m["latent_dim"], shape, m["bn_eps"], m["classes"], m["embed_dim"])
    G.load_state_dict(load_file(gfile))  # strict: names, shapes and dtypes must match exactly
    dfile = os.path.join(run, "discriminator.safetensors")
    if m.get("projection"):
        D = ProjDiscriminator(shape, m["classes"], m["d_widths"], m.get("d_dropout", 0.0), m.get("mbstd_group", 0))
    else:
        D = CondDiscriminator(shape, m["classes"], m["embed_dim"], m["d_widths"], m.get("d_dropout", 0.0), m.get("mbstd_group", 0))
    D.eval()
    D.load_state_dict(load_file(dfile))
    rng = np.random.default_rng(0)
    z = rng.standard_normal((64, m["latent_dim"])).astype(np.float32)
    labels = (np.arange(64) % m["classes"]).astype(np.float32)
    zpath, lpath = os.path.join(run, "pt_z.npy"), os.path.join(run, "pt_labels.npy")
    np.save(zpath, z)
    np.save(lpath, labels)
    worst = 0.0
    for bn, mode in (("running", G.eval), ("batch", G.train)):
        out = os.path.join(run, "pt_samples_%s.npy" % bn)
        gogan_run(gogan, ["sample", "--checkpoint", gfile, "--z", zpath, "--labels", lpath, "--bn", bn, "-o", out])
        mode()
        with torch.no_grad():
            want = G(torch.from_numpy(z), torch.from_numpy(labels).long()).numpy()
        got = np.load(out)
        assert got.shape == want.shape, (got.shape, want.shape)
        err = float(np.abs(got - want).max())
        worst = max(worst, err)
        print("--bn %-7s max |gogan - PyTorch| = %.3g over %d values" % (bn, err, got.size))
    with torch.no_grad():
        d = D(torch.from_numpy(np.load(os.path.join(run, "pt_samples_running.npy"))), torch.from_numpy(labels).long()).mean().item()
    print("D loads too; mean D(G(z, c), c) = %.4f" % d)
    if worst > 1e-5:
        sys.exit("FAIL: difference %.3g exceeds 1e-5" % worst)
    print("OK: PyTorch's cgan.py classes load gogan's checkpoints and agree to 1e-5")


def main():
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        sys.exit(__doc__)
    run = os.path.abspath(sys.argv[1])
    gogan = sys.argv[2:] or ["go", "run", "./cmd/gogan"]
    try:
        cfg = json.load(open(os.path.join(run, "config.json")))
    except (OSError, ValueError) as e:
        sys.exit("%s is not a gogan run directory: %s" % (sys.argv[1], e))
    # Today's config.json nests the model's settings under "model"; gogan
    # 0.1.0's was flat, with "model" naming the kind.
    model = cfg["model"] if isinstance(cfg.get("model"), dict) else cfg
    if model.get("kind") == "cgan":
        return main_conditional(run, gogan, model)
    if model.get("kind") == "dcgan":
        return main_dcgan(run, gogan, model)
    if model.get("kind") == "cnn":
        return main_cnn(run, gogan, model)
    if model.get("kind") == "paper-conv":
        return main_paper_cifar_conv(run, gogan, model)
    if model.get("kind", model.get("model")) == "paper":
        sys.exit("pytorch_load.py checks gan.py's classes; %s is a paper-preset run" % sys.argv[1])
    cfg = model
    shape = (cfg["channels"], cfg["img_size"], cfg["img_size"])
    gfile = os.path.join(run, "generator.safetensors")
    G = Generator(cfg["latent_dim"], shape, cfg["bn_eps"])
    G.load_state_dict(load_file(gfile))  # strict: names, shapes and dtypes must match exactly
    D = Discriminator(shape, cfg.get("mbstd_group", 0), cfg.get("d_dropout", 0.0))
    D.eval()
    D.load_state_dict(load_file(os.path.join(run, "discriminator.safetensors")))
    rng = np.random.default_rng(0)
    z = rng.standard_normal((64, cfg["latent_dim"])).astype(np.float32)
    zpath = os.path.join(run, "pt_z.npy")
    np.save(zpath, z)
    worst = 0.0
    for bn, mode in (("running", G.eval), ("batch", G.train)):
        out = os.path.join(run, "pt_samples_%s.npy" % bn)
        gogan_run(gogan, ["sample", "--checkpoint", gfile, "--z", zpath, "--bn", bn, "-o", out])
        mode()
        with torch.no_grad():
            want = G(torch.from_numpy(z)).numpy()
        got = np.load(out)
        assert got.shape == want.shape, (got.shape, want.shape)
        err = float(np.abs(got - want).max())
        worst = max(worst, err)
        print("--bn %-7s max |gogan - PyTorch| = %.3g over %d values" % (bn, err, got.size))
    with torch.no_grad():
        d = D(torch.from_numpy(np.load(os.path.join(run, "pt_samples_running.npy")))).mean().item()
    print("D loads too; mean D(G(z)) = %.4f" % d)
    if worst > 1e-5:
        sys.exit("FAIL: difference %.3g exceeds 1e-5" % worst)
    print("OK: PyTorch's gan.py classes load gogan's checkpoints and agree to 1e-5")


if __name__ == "__main__":
    main()
