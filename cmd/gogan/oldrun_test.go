package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/cpu"

	"gogan/engine/gemm"
	"gogan/format/safetensors"
	"gogan/recipe"
	"gogan/rundir"
)

// The fixtures in testdata/v0.1.0 hold what gogan 0.1.0 wrote for three
// 2-batch runs: config.json and metrics.csv verbatim, and SHA256SUMS, the
// checksums of its weight files. 0.1.0 computed them with OpenBLAS's
// Haswell kernel, and products differ in their low bits between GEMM
// backends and between the kernels OpenBLAS picks by CPU (Cooperlake,
// SkylakeX on AVX-512 CPUs), so the checksums hold for that backend and
// kernel only (Zen's SGEMM is Haswell's in OpenBLAS 0.3.21). The tests
// therefore check:
//
//   - on any backend and kernel: the weight files' structure exactly
//     (tensor names, dtypes, shapes, metadata other than the checksum) and
//     their numbers within a tolerance, against weights.json, a summary of
//     0.1.0's files; and the losses in metrics.csv within 1e-5 relative;
//   - byte for byte, 0.1.0's checksums and losses, on OpenBLAS's Haswell
//     kernel: in the test's own process when that is the kernel it runs,
//     else (TestRunsOfVersion010Bytes) in a child process pinned to it with
//     GOGAN_BLAS=openblas OPENBLAS_CORETYPE=Haswell, on any CPU with AVX2
//     and FMA where OpenBLAS loads.
//
// weights.json is written by the same test where the bytes are 0.1.0's,
// so it describes 0.1.0's files exactly:
//
//	GOGAN_BLAS=openblas OPENBLAS_CORETYPE=Haswell go test ./cmd/gogan -run '^TestRunsOfVersion010$' -update-v010
var updateV010 = flag.Bool("update-v010", false, "rewrite testdata/v0.1.0/*/weights.json (only where the weights are 0.1.0's byte for byte)")

// v010Kernel is the GEMM kernel 0.1.0's weight checksums hold for.
const v010Kernel = "Haswell"

// v010BytesEnv asks a child process of TestRunsOfVersion010Bytes to rebuild
// the runs and compare their bytes only.
const v010BytesEnv = "GOGAN_TEST_V010_BYTES"

var v010Runs = []struct {
	name  string
	flags []string
}{
	{"seed", nil},
	{"improved", []string{"--preset", "improved", "--d-dropout", "0.3"}},
	{"paper", []string{"--preset", "paper"}},
}

// v010Exact says whether be computes what 0.1.0 computed bit for bit:
// OpenBLAS on its Haswell kernel.
func v010Exact(be gemm.Backend) bool {
	ob, ok := be.(*gemm.OpenBLAS)
	return ok && ob.Core() == v010Kernel
}

func kernelName(be gemm.Backend) string {
	if ob, ok := be.(*gemm.OpenBLAS); ok {
		return "openblas/" + ob.Core()
	}
	return be.Name()
}

// TestRunsOfVersion010 rebuilds the 2-batch runs gogan 0.1.0 wrote
// (testdata/v0.1.0), checks them against 0.1.0's files as described above,
// puts 0.1.0's config.json back, and samples, evaluates and resumes them.
func TestRunsOfVersion010(t *testing.T) {
	be, err := gemm.Default()
	if err != nil {
		t.Fatal(err)
	}
	exact := v010Exact(be)
	bytesOnly := os.Getenv(v010BytesEnv) != ""
	if bytesOnly {
		if !exact {
			t.Skipf("v010: not compared: the child runs %s, not openblas/%s", kernelName(be), v010Kernel)
		}
		t.Log("v010: bytes compared on openblas/" + v010Kernel)
	}
	if *updateV010 && !exact {
		t.Fatalf("-update-v010 writes weights.json from 0.1.0's bytes, which only OpenBLAS's %s kernel reproduces; this is %s: run with GOGAN_BLAS=openblas OPENBLAS_CORETYPE=%s", v010Kernel, kernelName(be), v010Kernel)
	}
	for _, c := range v010Runs {
		t.Run(c.name, func(t *testing.T) {
			fixture := filepath.Join("..", "..", "testdata", "v0.1.0", c.name)
			base := t.TempDir()
			old, whole := filepath.Join(base, "old"), filepath.Join(base, "whole")
			common := append([]string{"--sample-interval", "0", "--seed", "5"}, c.flags...)
			mustRun(t, append([]string{"train", "--out", old, "--max-batches", "2"}, common...)...)
			m, err := os.ReadFile(filepath.Join(fixture, recipe.MetricsFile))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(filepath.Join(old, recipe.MetricsFile))
			sums := checksums(t, filepath.Join(fixture, "SHA256SUMS"))
			if exact {
				// The weights are the ones 0.1.0 wrote, byte for byte once
				// the checksum entry 0.1.0 did not write is taken out.
				for f, sum := range sums {
					b := withoutChecksum(t, filepath.Join(old, f))
					if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != sum {
						t.Errorf("%s differs from the one gogan 0.1.0 wrote (both on openblas/%s)", f, v010Kernel)
					}
				}
				if !bytes.Equal(lossColumns(m), lossColumns(got)) {
					t.Errorf("losses differ from 0.1.0's (both on openblas/%s):\n%s\n%s", v010Kernel, m, got)
				}
			} else {
				t.Logf("backend %s: 0.1.0's checksums are openblas/%s's; compared within tolerances", kernelName(be), v010Kernel)
			}
			if bytesOnly {
				return
			}
			summaries := filepath.Join(fixture, "weights.json")
			if *updateV010 {
				if t.Failed() {
					t.Fatal("not writing weights.json: the files are not 0.1.0's")
				}
				writeSummaries(t, summaries, old, sums)
			}
			compareSummaries(t, summaries, old)
			compareLosses(t, m, got)

			cfg, err := os.ReadFile(filepath.Join(fixture, recipe.ConfigFile))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(old, recipe.ConfigFile), cfg, 0o644); err != nil {
				t.Fatal(err)
			}
			toVersion010(t, old)
			// Killed by 0.1.0 while it wrote a row: the resume cuts it.
			mf, err := os.OpenFile(filepath.Join(old, recipe.MetricsFile), os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			mf.WriteString("0,2,2,0.69")
			mf.Close()

			mustRun(t, "sample", "--checkpoint", old, "-n", "4", "-o", filepath.Join(base, "s.npy"))
			if c.name == "seed" {
				mustRun(t, "eval", "--checkpoint", old, "-n", "200", "--parzen=false")
				if _, err := os.Stat(filepath.Join(old, "eval", "report.json")); err != nil {
					t.Error(err)
				}
			}
			// Resuming the old run gives the weights of an uninterrupted one,
			// byte for byte: both run here, on one backend and kernel.
			mustRun(t, "train", "--resume", "--out", old, "--max-batches", "4", "--seed", "5")
			mustRun(t, append([]string{"train", "--out", whole, "--max-batches", "4"}, common...)...)
			for _, f := range []string{recipe.GeneratorFile, recipe.DiscriminatorFile} {
				a, _ := os.ReadFile(filepath.Join(old, f))
				b, _ := os.ReadFile(filepath.Join(whole, f))
				if len(a) == 0 || !bytes.Equal(a, b) {
					t.Errorf("%s: the resumed 0.1.0 run differs from an uninterrupted one", f)
				}
			}
			a, _ := os.ReadFile(filepath.Join(old, recipe.MetricsFile))
			b, _ := os.ReadFile(filepath.Join(whole, recipe.MetricsFile))
			if !bytes.Equal(lossColumns(a), lossColumns(b)) {
				t.Errorf("metrics.csv of the resumed 0.1.0 run:\n%s\nuninterrupted:\n%s", a, b)
			}
		})
	}
}

// TestRunsOfVersion010Bytes makes the byte-for-byte claim wherever it can
// be checked: when TestRunsOfVersion010 runs on another backend or kernel,
// a child process pinned to OpenBLAS's Haswell kernel rebuilds the runs
// and compares them with 0.1.0's checksums and losses.
func TestRunsOfVersion010Bytes(t *testing.T) {
	if os.Getenv(v010BytesEnv) != "" {
		t.Skip("the child process runs TestRunsOfVersion010 only")
	}
	be, err := gemm.Default()
	if err != nil {
		t.Fatal(err)
	}
	if v010Exact(be) {
		t.Skipf("TestRunsOfVersion010 compared the bytes in this process (openblas/%s)", v010Kernel)
	}
	if _, err := gemm.LoadOpenBLAS(); err != nil {
		t.Skipf("0.1.0's bytes are OpenBLAS's (%s kernel) and OpenBLAS is not here (apt-get install libopenblas0): %v", v010Kernel, err)
	}
	if !cpu.X86.HasAVX2 || !cpu.X86.HasFMA {
		t.Skipf("0.1.0's bytes come from OpenBLAS's %s kernel, which needs a CPU with AVX2 and FMA", v010Kernel)
	}
	if testing.Short() {
		t.Skip("a child process rebuilding three runs; skipped with -short")
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestRunsOfVersion010$", "-test.v", "-test.count", "1")
	cmd.Env = append(os.Environ(), v010BytesEnv+"=1", gemm.EnvVar+"=openblas", "OPENBLAS_CORETYPE="+v010Kernel)
	out, err := cmd.CombinedOutput()
	switch {
	case err != nil:
		t.Fatalf("pinned to openblas/%s: %v\n%s", v010Kernel, err, out)
	case bytes.Contains(out, []byte("v010: not compared")):
		// OPENBLAS_CORETYPE had no effect (a build without DYNAMIC_ARCH,
		// or GOGAN_OPENBLAS_LIB naming another library).
		t.Skipf("OpenBLAS did not run its %s kernel when asked:\n%s", v010Kernel, out)
	case !bytes.Contains(out, []byte("v010: bytes compared")):
		t.Fatalf("the child did not compare:\n%s", out)
	}
	t.Logf("0.1.0's weights and losses reproduced byte for byte on openblas/%s (this process runs %s)", v010Kernel, kernelName(be))
}

// A tensor's summary in weights.json: its structure, exact, and two
// numbers, compared within a tolerance.
type tensorSummary struct {
	Name  string  `json:"name"`
	DType string  `json:"dtype"`
	Shape []int   `json:"shape"`
	Mean  float64 `json:"mean"`
	RMS   float64 `json:"rms"`
	Ints  []int64 `json:"ints,omitempty"` // I64 tensors (num_batches_tracked), compared exactly
}

type fileSummary struct {
	Metadata map[string]string `json:"metadata"` // without gogan.sha256
	Tensors  []tensorSummary   `json:"tensors"`
}

type runSummary struct {
	MadeWith string                 `json:"made_with"`
	Files    map[string]fileSummary `json:"files"`
}

func summarise(t *testing.T, path string) fileSummary {
	t.Helper()
	f, err := safetensors.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := fileSummary{Metadata: maps.Clone(f.Metadata)}
	delete(s.Metadata, safetensors.ChecksumKey)
	for _, x := range f.Tensors {
		ts := tensorSummary{Name: x.Name, DType: x.DType, Shape: x.Shape}
		switch x.DType {
		case "F32":
			v, err := x.Float32s()
			if err != nil {
				t.Fatal(err)
			}
			var sum, sq float64
			for _, w := range v {
				sum += float64(w)
				sq += float64(w) * float64(w)
			}
			if n := float64(len(v)); n > 0 {
				ts.Mean, ts.RMS = sum/n, math.Sqrt(sq/n)
			}
		case "I64":
			v, err := x.Int64s()
			if err != nil {
				t.Fatal(err)
			}
			ts.Ints = v
		default:
			t.Fatalf("%s: %s has dtype %s", path, x.Name, x.DType)
		}
		s.Tensors = append(s.Tensors, ts)
	}
	return s
}

func writeSummaries(t *testing.T, path, dir string, sums map[string]string) {
	t.Helper()
	r := runSummary{
		MadeWith: "gogan's TestRunsOfVersion010 -update-v010 on openblas/" + v010Kernel + ", where the weight files are 0.1.0's byte for byte (SHA256SUMS)",
		Files:    map[string]fileSummary{},
	}
	for f := range sums {
		r.Files[f] = summarise(t, filepath.Join(dir, f))
	}
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

// Tolerances of compareSummaries: a tensor's mean and RMS may each differ
// from 0.1.0's by relTol·RMS + absTol. Measured after 0.1.0's two steps on
// OpenBLAS's Haswell, Zen, SkylakeX and Cooperlake kernels, gogan's asm
// kernel (AVX2) and gonum, the largest difference is a fifth of that, in
// the improved preset's G: its biases before BatchNorm, whose gradient is
// rounding error only, so every kernel moves them differently (6e-7 in the
// mean, RMS 0.05), and its BatchNorm shifts, a few Adam steps from zero (5e-8
// in the RMS, RMS 3e-4). Everywhere else it is under 1e-8. absTol is 1/100
// of an Adam step of 2e-4: a missing or different update moves a tensor's
// statistics by more, and changes the losses.
const (
	relTol = 1e-5
	absTol = 2e-6
)

// compareSummaries checks the weight files in dir against weights.json:
// names, dtypes, shapes, integer tensors and metadata (less the checksum)
// exactly, means and RMS within the tolerances above.
func compareSummaries(t *testing.T, path, dir string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want runSummary
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want.Files) == 0 {
		t.Fatalf("%s lists no files", path)
	}
	for f, w := range want.Files {
		g := summarise(t, filepath.Join(dir, f))
		if !maps.Equal(g.Metadata, w.Metadata) {
			t.Errorf("%s: metadata %v, 0.1.0 wrote %v", f, g.Metadata, w.Metadata)
		}
		if len(g.Tensors) != len(w.Tensors) {
			t.Errorf("%s: %d tensors, 0.1.0 wrote %d", f, len(g.Tensors), len(w.Tensors))
			continue
		}
		for i, wt := range w.Tensors {
			gt := g.Tensors[i]
			if gt.Name != wt.Name || gt.DType != wt.DType || !slices.Equal(gt.Shape, wt.Shape) || !slices.Equal(gt.Ints, wt.Ints) {
				t.Errorf("%s: tensor %d is %s %s %v %v, 0.1.0 wrote %s %s %v %v", f, i, gt.Name, gt.DType, gt.Shape, gt.Ints, wt.Name, wt.DType, wt.Shape, wt.Ints)
				continue
			}
			if d := math.Abs(gt.Mean - wt.Mean); !(d <= relTol*wt.RMS+absTol) {
				t.Errorf("%s %s: mean %.9g, 0.1.0's %.9g (difference %.2g, RMS %.3g)", f, wt.Name, gt.Mean, wt.Mean, d, wt.RMS)
			}
			if d := math.Abs(gt.RMS - wt.RMS); !(d <= relTol*wt.RMS+absTol) {
				t.Errorf("%s %s: RMS %.9g, 0.1.0's %.9g (difference %.2g)", f, wt.Name, gt.RMS, wt.RMS, d)
			}
		}
	}
}

// compareLosses checks metrics.csv against 0.1.0's: the same header and
// rows, the counters exactly and the four loss columns within 1e-5
// relative (0.1.0 printed 7 significant digits; kernels differ in the
// last).
func compareLosses(t *testing.T, want, got []byte) {
	t.Helper()
	w := strings.Split(strings.TrimSpace(string(lossColumns(want))), "\n")
	g := strings.Split(strings.TrimSpace(string(lossColumns(got))), "\n")
	if len(w) != len(g) || len(w) < 2 || w[0] != g[0] {
		t.Fatalf("metrics.csv:\n%s\n0.1.0 wrote:\n%s", got, want)
	}
	for i := 1; i < len(w); i++ {
		wf, gf := strings.Split(w[i], ","), strings.Split(g[i], ",")
		if len(wf) != 7 || len(gf) != 7 || !slices.Equal(wf[:3], gf[:3]) {
			t.Errorf("metrics.csv row %d: %q, 0.1.0 wrote %q", i, g[i], w[i])
			continue
		}
		for j := 3; j < 7; j++ {
			a, err1 := strconv.ParseFloat(wf[j], 64)
			b, err2 := strconv.ParseFloat(gf[j], 64)
			if err1 != nil || err2 != nil || !(math.Abs(a-b) <= 1e-5*math.Abs(a)) {
				t.Errorf("metrics.csv row %d column %d: %s, 0.1.0 wrote %s", i, j, gf[j], wf[j])
			}
		}
	}
}

// withoutChecksum returns the safetensors file at path as gogan 0.1.0
// wrote it: without the checksum entry (and, for the training state, the
// log sizes) of later versions.
func withoutChecksum(t *testing.T, path string) []byte {
	t.Helper()
	f, err := safetensors.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	delete(f.Metadata, safetensors.ChecksumKey)
	if p, ok := f.Metadata["position"]; ok {
		var pos map[string]any
		if err := json.Unmarshal([]byte(p), &pos); err != nil {
			t.Fatal(err)
		}
		delete(pos, "metrics_bytes")
		delete(pos, "eval_bytes")
		b, _ := json.Marshal(pos)
		f.Metadata["position"] = string(b)
	}
	var buf bytes.Buffer
	if err := safetensors.Write(&buf, f.Tensors, f.Metadata); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// toVersion010 turns a run directory into gogan 0.1.0's layout: the
// checkpoint is the top-level files, without checksums or log sizes, and
// there is no checkpoints/ or lock file.
func toVersion010(t *testing.T, dir string) {
	t.Helper()
	for _, f := range []string{recipe.GeneratorFile, recipe.DiscriminatorFile, recipe.GeneratorEMAFile, recipe.StateFile} {
		path := filepath.Join(dir, f)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		b := withoutChecksum(t, path)
		os.Remove(path) // a link into checkpoints/; replaced, not rewritten
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.RemoveAll(filepath.Join(dir, rundir.CheckpointsDir))
	os.Remove(filepath.Join(dir, rundir.LockFile))
}

func checksums(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if ok {
			out[name] = sum
		}
	}
	if len(out) < 2 {
		t.Fatalf("%s: %d checksums", path, len(out))
	}
	return out
}

// lossColumns drops metrics.csv's seconds column.
func lossColumns(csv []byte) []byte {
	var out []byte
	for _, line := range strings.Split(string(csv), "\n") {
		if i := strings.LastIndexByte(line, ','); i >= 0 {
			out = append(out, line[:i]+"\n"...)
		}
	}
	return out
}

// TestResumeDefaultsAndEqualFlags resumes the default run directory without
// --out, accepts flags equal to the saved settings and refuses a different
// one, naming both values.
func TestResumeDefaultsAndEqualFlags(t *testing.T) {
	data := smallMNIST(t, 200)
	t.Chdir(t.TempDir())
	mustRun(t, "train", "--data", data, "--seed", "4", "--max-batches", "2", "--sample-interval", "0")
	dir := recipe.DefaultDir("seed", 4)
	if _, err := os.Stat(filepath.Join(dir, recipe.StateFile)); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "train", "--resume", "--seed", "4", "--data", data, "--lr", "0.0002", "--max-batches", "3")
	if !strings.Contains(out, "resuming "+dir) {
		t.Errorf("did not resume %s:\n%s", dir, out)
	}
	code, _, errOut := gogan(t, "train", "--resume", "--seed", "4", "--batch-size", "32")
	if code != 2 || !strings.Contains(errOut, "--batch-size cannot change when resuming: the run has 64, not 32") {
		t.Errorf("exit %d, %q", code, errOut)
	}
}
