#!/usr/bin/env python3
"""Plant known bugs one at a time and check that the package's own tests catch them.

    python3 scripts/mutate.py             # every mutation, a Markdown table on stdout
    python3 scripts/mutate.py adam nan    # only those whose id contains a word given

For each mutation: rewrite one spot of one source file, run
`go test -count=1 -json` on that file's package, record which top-level tests
failed and how long after the test binary started the first failure came,
then put the file back as it was (also on Ctrl-C or an error). A mutation
that does not compile, or whose text is not found, is reported as such, not
as caught. Needs a clean work tree for the files it touches; commits nothing.

"nan/<Layer>.<Method>" mutations make every non-nil slice that method returns
carry a NaN in its middle element (via a helper file added to package nn for
the run): the "a NaN returned from any layer's forward or backward" class.
"""

import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 300

# Packages whose whole test run is slow are run with only these tests: serve's
# other tests train a fixture run (a minute or more) and drive a browser.
RUN_ONLY = {"serve": "^TestEncodeTableBuckets$"}

# id, file, old text, new text, occurrence (1-based; 0 means it must be unique)
MUTATIONS = [
    # engine/nn
    ("nn/leakyrelu-kink", "engine/nn/activation.go", "if x[i] > 0 {", "if x[i] >= 0 {", 0),
    ("nn/leakyrelu-slope", "engine/nn/activation.go", "mult := [2]float32{1, a.Slope}", "mult := [2]float32{1, 0.25}", 0),
    ("nn/bce-clamp", "engine/nn/bce.go", "lp := max(math.Log(float64(v)), -100)", "lp := max(math.Log(float64(v)), -1000)", 0),
    ("nn/bce-grad-eps", "engine/nn/bce.go", "max((1-pv)*pv, bceEpsilon)", "max((1-pv)*pv, 1e-10)", 0),
    ("nn/batchnorm-backward-xhat", "engine/nn/batchnorm.go", " - float64(xhat[i*d+j])*sdyx[j]))", "))", 0),
    ("nn/batchnorm-backward-n-1", "engine/nn/batchnorm.go", "k := float64(b.Gamma.W[j]) * b.invstd[j] / fn", "k := float64(b.Gamma.W[j]) * b.invstd[j] / (fn - 1)", 0),
    ("nn/upconv-floor-division", "engine/nn/upconv.go", "return -((-a + s - 1) / s)", "return a / s", 0),
    ("nn/upconv-dx-padding", "engine/nn/upconv.go", "PH: ny - 1 + fy", "PH: ny + fy", 0),
    ("nn/upconv-fold-taps-swapped", "engine/nn/upconv.go", "src[(ph.ty[dy]*ph.geo.KW+ph.tx[dx])*c.inC+ch]", "src[(ph.tx[dy]*ph.geo.KW+ph.ty[dx])*c.inC+ch]", 0),
    ("nn/upconv-bias-dropped", "engine/nn/upconv.go", "row[jj*s] = v + b", "row[jj*s] = v", 0),
    ("nn/upconv-shared-block", "engine/nn/upconv.go", "uRow: (fy-u0)*nu + fx - u0", "uRow: (fx-u0)*nu + fy - u0", 0),
    ("nn/conv-outside-flip", "engine/nn/conv.go", "c.W.G[(o*C+ch)*kk+kk-1-t] = v", "c.W.G[(o*C+ch)*kk+t] = v", 0),
    ("nn/conv-lane-sums-stale", "engine/nn/conv.go", "\t\t\tif i0 > lo {\n\t\t\t\tbeta = 1\n\t\t\t}\n\t\t\tcm := c.cols(j.x, i0, gi, col)", "\t\t\tif i0 > 0 {\n\t\t\t\tbeta = 1\n\t\t\t}\n\t\t\tcm := c.cols(j.x, i0, gi, col)", 0),
    ("nn/batchnorm2d-repeat-swapped", "engine/nn/batchnorm2d.go", "rep.fill(b.hw, 0, 0, k, s, sx, 0, 0)", "rep.fill(b.hw, 0, 0, k, sx, s, 0, 0)", 0),
    ("nn/mbstd-unbiased", "engine/nn/mbstd.go", "sd[j] = math.Sqrt(sd[j]/m + mbstdEps)", "sd[j] = math.Sqrt(sd[j]/max(m-1, 1) + mbstdEps)", 0),
    # engine/optim
    ("optim/adam-bias-correction1", "engine/optim/optim.go", "bc1 := 1 - math.Pow(a.Beta1, float64(a.t))", "bc1 := 1.0", 0),
    ("optim/adam-bias-correction2", "engine/optim/optim.go", "bc2sqrt := float32(math.Sqrt(bc2))", "bc2sqrt := float32(bc2)", 0),
    ("optim/adam-setstate-steps", "engine/optim/optim.go", "\ta.t = steps", "\ta.t = 0", 0),
    ("optim/adam-setstate-v", "engine/optim/optim.go", 'restore(st, p.Name+".exp_avg_sq", a.v[i])', 'restore(st, p.Name+".exp_avg_sq", make([]float32, len(a.v[i])))', 0),
    ("optim/adam-state-aliases", "engine/optim/optim.go", "\tcopy(dst, src)\n", "\tcopy(dst, src)\n\tclear(src)\n", 0),
    ("optim/sgd-setstate-steps", "engine/optim/optim.go", "\ts.t = steps", "\ts.t = 0", 0),
    ("optim/adam-split-offset", "engine/optim/parallel.go", "j.g[mid:n]", "j.g[mid-1:n-1]", 0),
    # gan
    ("gan/gfirst-skips-extra-d-steps", "gan/step.go", "for _, b := range reals[1:] {", "for _, b := range reals[1:1] {", 0),
    ("gan/dfirst-reuses-real-0", "gan/step.go", "\tfor _, b := range reals {\n", "\tfor range reals {\n\t\tb := reals[0]\n", 2),
    ("gan/dfirst-g-step-old-noise", "gan/step.go", "\tt.generate(n)\n\tst.GLoss = t.gStep(n, Batch{})", "\tst.GLoss = t.gStep(n, Batch{})", 0),
    ("gan/dreal-dfake-swapped", "gan/step.go", "mean(out[n : 2*n]), mean(out[:n])", "mean(out[:n]), mean(out[n : 2*n])", 0),
    ("gan/minimax-sign", "gan/step.go", "loss = -t.bce(p, 0, n, 0, grad, -1)", "loss = t.bce(p, 0, n, 0, grad, -1)", 0),
    # train (checkpoint and resume)
    ("train/dropout-stream-not-saved", "train/state.go", '"dropout": m.DropoutSrc, ', "", 0),
    ("train/shuffle-at-epoch-lost", "train/state.go", "pos.ShuffleAtEpoch = shuffleAt.B", "_ = shuffleAt.B", 0),
    ("train/torn-set-unchecked", "train/state.go", 'if legacy && wmeta["batches_done"] != meta["batches_done"] {', 'if false {', 0),
    # metrics
    ("parzen/logsumexp-nan", "metric/parzen/parzen.go", "ll[s][r0+i] = top + math.Log(sum) + konst[s]", "ll[s][r0+i] = top + math.Log(-sum) + konst[s]", 0),
    ("parzen/logsumexp-unshifted", "metric/parzen/parzen.go", "sum += math.Exp(scale[s]*dd - top)", "sum += math.Exp(scale[s] * dd)", 0),
    ("frechet/nan", "metric/frechet/frechet.go", "return diff2 + trace - 2*trRoot, nil", "return math.NaN(), nil", 0),
    ("frechet/covariance-n", "metric/frechet/frechet.go", "cov.SymOuterK(1/float64(n-1), centred.T())", "cov.SymOuterK(1/float64(n), centred.T())", 0),
    ("manifold/ball-edge-outside", "metric/manifold/manifold.go", "if v <= r[j] {", "if v < r[j] {", 0),
    ("manifold/radius-counts-itself", "metric/manifold/manifold.go", "r[i] = kth(d2, k+1)", "r[i] = kth(d2, k)", 0),
    ("classifier/flip-lost", "metric/classifier/cifar.go", "oc = side - 1 - col", "oc = col", 0),
    ("classifier/running-stats-not-loaded", "metric/classifier/classifier.go", "if err := get(b.Name, b.Shape, b.F); err != nil {", "if err := error(nil); err != nil {", 0),
    ("nearest/median-upper-middle", "metric/nearest/nearest.go", "return s[lo] + (h-float64(lo))*(s[lo+1]-s[lo])", "return s[int(h+0.5)]", 0),
    # readers
    ("safetensors/header-limit-ge", "format/safetensors/safetensors.go", "if n > MaxHeaderSize {", "if n >= MaxHeaderSize {", 0),
    ("safetensors/header-limit-plus1", "format/safetensors/safetensors.go", "if n > MaxHeaderSize {", "if n > MaxHeaderSize+1 {", 0),
    ("safetensors/size-overflow-ge", "format/safetensors/safetensors.go", "if n > math.MaxUint64/uint64(d) {", "if n >= math.MaxUint64/uint64(d) {", 0),
    ("idx/read-maxbytes-ge", "format/idx/idx.go", "if size > MaxBytes {", "if size >= MaxBytes {", 1),
    ("idx/write-maxbytes-ge", "format/idx/idx.go", "if size > MaxBytes {", "if size >= MaxBytes {", 2),
    ("idx/maxdims-lt", "format/idx/idx.go", "if nd < 1 || nd > MaxDims {", "if nd < 1 || nd >= MaxDims {", 0),
    ("npy/v2-header-limit-ge", "format/npy/npy.go", "if hlen > maxHeaderLen {", "if hlen >= maxHeaderLen {", 0),
    ("npy/depth-ge", "format/npy/npy.go", "if depth > maxDepth {", "if depth >= maxDepth {", 0),
    ("npy/data-size-ge", "format/npy/npy.go", "if count > math.MaxInt64/uint64(size) {", "if count >= math.MaxInt64/uint64(size) {", 0),
    ("npy/v1-header-preamble", "format/npy/npy.go", "if hlen > math.MaxUint16 {", "if hlen > math.MaxUint16-10 {", 0),
    ("dataset/maxsize-ge", "data/dataset/folder.go", "size > MaxSize {", "size >= MaxSize {", 0),
    ("dataset/source-pixels-ge", "data/dataset/folder.go", "int64(cfg.Height) > maxSourcePixels {", "int64(cfg.Height) >= maxSourcePixels {", 0),
    ("atomicfile/create-error-unnamed", "format/atomicfile/atomicfile.go", 'if err != nil {\n\t\treturn fmt.Errorf("atomicfile: %s: %w", path, err)', "if err != nil {\n\t\treturn err", 1),
    ("atomicfile/rename-leaves-temp", "format/atomicfile/atomicfile.go", "\t\t\tos.Remove(tmp)\n", "\t\t\t_ = tmp\n", 0),
    # rundir: the position's geometry and syncing a checkpoint set
    ("rundir/geometry-floor", "rundir/position.go", "(images + batchSize - 1) / batchSize", "images / batchSize", 0),
    ("rundir/skiplast-any-short-batch", "rundir/position.go", "images%batchSize == 1", "images%batchSize != 0", 0),
    ("rundir/used-counts-skipped-batch", "rundir/position.go", "\tif g.SkipLast {\n\t\tnb--\n\t}\n", "", 0),
    ("rundir/file-not-synced", "rundir/set.go", "\tif err == nil {\n\t\terr = f.Sync()\n\t}\n", "", 0),
    ("rundir/sync-before-flush", "rundir/set.go", "\t\terr = bw.Flush()\n\t}\n\tif err == nil {\n\t\terr = f.Sync()", "\t\terr = f.Sync()\n\t}\n\tif err == nil {\n\t\terr = bw.Flush()", 0),
    ("rundir/staging-dir-not-synced", "rundir/set.go", "\tif err := syncDir(tmp); err != nil {\n\t\treturn err\n\t}\n", "", 0),
    ("rundir/rename-not-synced", "rundir/set.go", "\tdone = true\n\treturn syncDir(root)", "\tdone = true\n\treturn nil", 0),
    # checkpoint: optimiser state and streams
    ("checkpoint/step-saved-misnamed", "checkpoint/state.go", 'safetensors.I64(prefix+"step"', 'safetensors.I64(prefix+"steps"', 0),
    ("checkpoint/step-not-restored", "checkpoint/state.go", "\t\t\tsteps = v[0]\n", "\t\t\t_ = v\n", 0),
    ("checkpoint/streams-not-restored", "checkpoint/state.go", "for name, dst := range s.Streams {", "for name, dst := range map[string]Stream{} {", 0),
    # recipe and recipe/configfile
    ("recipe/cgan-plus-keeps-dropout", "recipe/recipe.go", "\t\t\tc.Model.DDropout = 0\n", "", 0),
    ("recipe/cgan-plus-labels-uniform", "recipe/recipe.go", "c.Train.EMA, c.Train.DLR, c.Train.Labels = 0.999, 2*c.Train.LR, BalancedLabels", "c.Train.EMA, c.Train.DLR = 0.999, 2*c.Train.LR", 0),
    ("recipe/paper-momentum-epoch", "recipe/recipe.go", "0.5, 0.7, 250", "0.5, 0.7, 25", 1),
    ("recipe/paper-train-images", "recipe/recipe.go", "c.Train.TrainImages = 50000", "c.Train.TrainImages = 0", 0),
    ("recipe/cifar-fc-all-images", "recipe/recipe.go", "c.Train.TrainImages = 40000", "c.Train.TrainImages = 0", 1),
    ("recipe/cifar-conv-batch-100", "recipe/recipe.go", "= 128, 0.004, SGD", "= 100, 0.004, SGD", 0),
    ("recipe/cifar-conv-sample-rows-mlp", "recipe/recipe.go", "m.Kind == DCGAN || m.Kind == CNN || m.Kind == PaperConv }", "m.Kind == DCGAN || m.Kind == CNN }", 0),
    ("recipe/paper-conv-gmaps-unchecked", "recipe/validate.go", "m.GHidden%(a.GSize*a.GSize) == 0", "true", 0),
    ("recipe/paper-conv-unit-pixels", "recipe/validate.go", "check(m.PixelRange == GCN, ", "check(true, ", 0),
    ("configfile/paper-conv-sizes-dropped", "recipe/configfile/configfile.go", "case recipe.Paper, recipe.PaperConv:", "case recipe.Paper:", 0),
    ("gan/paper-conv-dflat-floor", "gan/papercifar.go", "size = (size-m.Pool+m.PoolStride-1)/m.PoolStride + 1", "size = (size-m.Pool)/m.PoolStride + 1", 0),
    ("gan/paper-conv-conv-dropout-keep", "gan/papercifar.go", "c, keep = m.Units, a.KeepHid", "c = m.Units", 0),
    ("train/paper-conv-separate-d", "train/models.go", "c.Model.Kind == recipe.DCGAN\n", "c.Model.Kind == recipe.DCGAN || c.Model.Kind == recipe.PaperConv\n", 0),
    ("importer/paper-conv-kind-accepted", "importer/importer.go", " || k == recipe.PaperConv {", " {", 0),
    ("recipe/gcn-pixels-unit", "recipe/pixels.go", "\ts.Float(dst, idx, 0, 255)\n\tm.gcn().Rows(dst, s.Dim())", "\ts.Float(dst, idx, 0, 1)", 0),
    ("recipe/gcn-grid-fixed-range", "recipe/pixels.go", "return &[2]float32{-s, s}", "return &[2]float32{-1, 1}", 0),
    ("configfile/load-skips-validate", "recipe/configfile/configfile.go", "if err := c.Validate(); err != nil {", "if err := c.Validate(); false && err != nil {", 0),
    ("configfile/validate-error-unnamed", "recipe/configfile/configfile.go", "if err := c.Validate(); err != nil {\n\t\treturn recipe.Config{}, fmt.Errorf(\"configfile: %s: %w\", path, err)", "if err := c.Validate(); err != nil {\n\t\treturn recipe.Config{}, err", 0),
    # sample
    ("sample/ema-ignored", "sample/generator.go", "file, dir = filepath.Join(path, recipe.GeneratorEMAFile), path", "file, dir = filepath.Join(path, recipe.GeneratorFile), path", 0),
    ("sample/ema-fallback-inverted", "sample/generator.go", "if _, err := os.Stat(file); err != nil {", "if _, err := os.Stat(file); err == nil {", 0),
    ("sample/figure-nearest-of-first", "sample/figure.go", "last := (r+1)*o.Cols - 1", "last := r * o.Cols", 0),
    ("sample/figure-nearest-in-bytes", "sample/figure.go", "\t\tm.Pixels(set, ref, idx)", "\t\tset.Float(ref, idx, 0, 1)", 0),
    # evaluation
    ("evaluation/run-assumes-tanh", "evaluation/evaluation.go", "rawC, rawS, rawLo = m.Channels, m.ImgSize, m.PixelRange.Lo()", "rawC, rawS, rawLo = m.Channels, m.ImgSize, -1", 0),
    ("evaluation/quality-assumes-tanh", "evaluation/evaluation.go", "clf.Input(x, DefaultSamples, m.Channels, m.ImgSize, m.ToTanh(x, DefaultSamples))", "clf.Input(x, DefaultSamples, m.Channels, m.ImgSize, -1)", 0),
    # data/dataset and data/resize
    ("dataset/width-unchecked", "data/dataset/load.go", "if s.H != size || s.W != size {", "if s.H != size {", 0),
    ("dataset/height-unchecked", "data/dataset/load.go", "if s.H != size || s.W != size {", "if s.W != size {", 0),
    ("dataset/classes-limit-ge", "data/dataset/folder.go", "if len(classes) > 256 {", "if len(classes) >= 256 {", 0),
    ("dataset/classes-limit-plus1", "data/dataset/folder.go", "if len(classes) > 256 {", "if len(classes) > 257 {", 0),
    ("dataset/head-plain-prefix", "data/dataset/dataset.go", "if s.Classes == nil || s.Labels == nil {", "if true {", 0),
    ("gcn/min-divisor-ignored", "data/gcn/gcn.go", "if div < o.MinDivisor {", "if false && div < o.MinDivisor {", 0),
    ("gcn/std-biased", "data/gcn/gcn.go", "ss/float64(len(x)-1)", "ss/float64(len(x))", 0),
    ("resize/precision-16", "data/resize/resize.go", "const precisionBits = 22", "const precisionBits = 16", 0),
    ("resize/precision-21", "data/resize/resize.go", "const precisionBits = 22", "const precisionBits = 21", 0),
    ("resize/weights-truncated", "data/resize/resize.go", "k[x] = int32(0.5 + v*(1<<precisionBits))", "k[x] = int32(v * (1 << precisionBits))", 0),
    # serve/runview: the rewritten log, state, Read
    ("runview/rewrite-by-size-only", "serve/runview/table.go", "} else if same, err := t.samePrefix(f); err != nil {", "} else if same, err := true, error(nil); err != nil {", 0),
    ("runview/racy-mtime-trusted", "serve/runview/table.go", " &&\n\t\tst.ModTime().Equal(t.ident.ModTime()) && st.ModTime().Before(t.seen.Add(-racyWindow))", " &&\n\t\tst.ModTime().Equal(t.ident.ModTime())", 0),
    ("runview/checkpoint-boundary-gt", "serve/runview/state.go", "l.BatchesDone >= ckpt", "l.BatchesDone > ckpt", 0),
    ("runview/stale-boundary-le", "serve/runview/state.go", "f.Now.Sub(f.Modified) < StaleAfter", "f.Now.Sub(f.Modified) <= StaleAfter", 0),
    ("runview/epochs-done-ignores-dsteps", "serve/runview/runview.go", "float64(l.BatchesDone+max(cfg.Train.DSteps, 1))", "float64(l.BatchesDone+1)", 0),
    ("runview/started-ignores-grid", "serve/runview/runview.go", "st.ModTime().Before(t)", "st.ModTime().After(t)", 0),
    ("runview/mnist-batches-floor", "serve/runview/runview.go", "return (n + t.BatchSize - 1) / t.BatchSize", "return n / t.BatchSize", 0),
    ("runview/ema-flag-ge", "serve/runview/runview.go", "cfg.Train.EMA > 0", "cfg.Train.EMA >= 0", 0),
    # serve: the buckets of a long run's metrics
    ("serve/bucket-averages-x-axis", "serve/api.go", "mean := meanColumns[snap.Columns[c]]", "mean := true", 0),
    ("serve/tail-dropped", "serve/api.go", "if next < snap.Rows && full < maxPoints {", "if next < snap.Rows && full < maxPoints && false {", 0),
    ("serve/max-points-unbounded", "serve/api.go", "full = min(full, maxPoints)", "full = min(full, 2*maxPoints)", 0),
    ("serve/bucket-ignores-since", "serve/api.go", "snap.Col(c, q.since+i*q.every, q.since+(i+1)*q.every)", "snap.Col(c, i*q.every, (i+1)*q.every)", 0),
    ("serve/no-reset-past-rows", "serve/api.go", "|| q.since > snap.Rows", "|| q.since > snap.Rows+1", 0),
]

# The "a NaN from any layer" class: (id, file, receiver type, method).
LAYERS = [
    ("engine/nn/linear.go", "Linear"), ("engine/nn/batchnorm.go", "BatchNorm1d"),
    ("engine/nn/activation.go", "LeakyReLU"), ("engine/nn/activation.go", "ReLU"),
    ("engine/nn/activation.go", "Tanh"), ("engine/nn/activation.go", "Sigmoid"),
    ("engine/nn/dropout.go", "Maxout"), ("engine/nn/dropout.go", "Dropout"),
    ("engine/nn/mbstd.go", "MinibatchStdDev"),
]
NAN_HELPER = ("engine/nn/zz_mutant_nan.go", """package nn

import "math"

// nanAt is planted by scripts/mutate.py: it makes v's middle element NaN.
func nanAt(v []float32) []float32 {
	if len(v) > 0 {
		v[len(v)/2] = float32(math.NaN())
	}
	return v
}
""")


def nan_mutation(src, typ, method):
    """src with every non-nil return of (typ).method wrapped in nanAt."""
    m = re.search(r"^func \(\w+ \*%s\) %s\(" % (typ, method), src, re.M)
    if not m:
        return None
    end = src.index("\n}\n", m.start())
    body = src[m.start():end]
    new = re.sub(r"return (?!nil\b)([^\n]+)", r"return nanAt(\1)", body)
    if new == body:
        return None
    return src[:m.start()] + new + src[end:]


def replace_nth(src, old, new, nth):
    count = src.count(old)
    if count == 0 or (nth == 0 and count != 1) or nth > count:
        return None
    at = -1
    for _ in range(max(nth, 1)):
        at = src.index(old, at + 1)
    return src[:at] + new + src[at + len(old):]


def run_tests(pkg):
    """(caught tests, seconds to first failure, wall seconds, build failed)."""
    start = time.time()
    args = ["go", "test", "-count=1", "-json"]
    if pkg in RUN_ONLY:
        args += ["-run", RUN_ONLY[pkg]]
    p = subprocess.run(args + ["./" + pkg], cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    wall = time.time() - start
    failed, first, t0 = [], None, None
    for line in p.stdout.splitlines():
        try:
            ev = json.loads(line)
        except ValueError:
            continue
        ts = ev.get("Time")
        if ev.get("Action") == "start" and t0 is None:
            t0 = ts
        if ev.get("Action") == "fail" and ev.get("Test") and "/" not in ev["Test"]:
            failed.append(ev["Test"])
            if first is None and t0:
                first = seconds(ts) - seconds(t0)
    build_failed = "build failed" in p.stdout + p.stderr or "[setup failed]" in p.stdout
    return failed, first, wall, build_failed


def seconds(ts):
    # 2026-11-27T16:40:01.123456789Z -> seconds within the day (enough here)
    hms = ts.split("T")[1].rstrip("Z").split("+")[0]
    h, m, s = hms.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def main():
    words = sys.argv[1:]
    todo = [(mid, f, ("text", old, new, nth)) for mid, f, old, new, nth in MUTATIONS]
    for f, typ in LAYERS:
        for method in ("Forward", "Backward"):
            todo.append(("nan/%s.%s" % (typ, method), f, ("nan", typ, method)))
    if words:
        todo = [t for t in todo if any(w in t[0] for w in words)]
    print("| mutation | caught by | first failure after | package run |")
    print("|---|---|---|---|")
    for mid, f, how in todo:
        path = os.path.join(ROOT, f)
        with open(path) as fh:
            orig = fh.read()
        if how[0] == "text":
            mutated = replace_nth(orig, how[1], how[2], how[3])
        else:
            mutated = nan_mutation(orig, how[1], how[2])
        if mutated is None:
            print("| %s | (mutation text not found) | | |" % mid)
            continue
        helper = None
        try:
            with open(path, "w") as fh:
                fh.write(mutated)
            if how[0] == "nan":
                helper = os.path.join(ROOT, NAN_HELPER[0])
                with open(helper, "w") as fh:
                    fh.write(NAN_HELPER[1])
            caught, first, wall, build_failed = run_tests(os.path.dirname(f))
        finally:
            with open(path, "w") as fh:
                fh.write(orig)
            if helper:
                os.remove(helper)
        if build_failed:
            print("| %s | (does not compile) | | |" % mid)
        elif not caught:
            print("| %s | **not caught** | | %.1f s |" % (mid, wall))
        else:
            print("| %s | %s | %.1f s | %.1f s |" % (mid, ", ".join(caught), first or 0, wall))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
