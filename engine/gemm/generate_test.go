package gemm

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// generated lists the packages whose assembly engine/internal/asmgen writes,
// by the file holding each //go:generate line, relative to engine/.
var generated = []string{"gemm/asm_amd64.go", "optim/adam_amd64.go", "nn/batchnorm_amd64.go", "nn/activation_amd64.go"}

// TestGenerateReproduces runs each //go:generate line of the assembly
// packages in a scratch copy of the tree and checks that the generator
// writes the committed .s and stub files byte for byte, so the assembly in
// the repository is the generator's (avo's) output and nothing else. The
// generator needs avo from the Go module proxy; where the proxy cannot be
// reached the test skips, except in CI (GOGAN_CI set), where it fails.
func TestGenerateReproduces(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command on PATH: %v", err)
	}
	scratch := t.TempDir()
	engine := filepath.Join("..")
	gen := filepath.Join(scratch, "internal", "asmgen")
	if err := os.MkdirAll(gen, 0o755); err != nil {
		t.Fatal(err)
	}
	srcs, _ := filepath.Glob(filepath.Join(engine, "internal", "asmgen", "*"))
	for _, src := range srcs {
		copyFile(t, src, filepath.Join(gen, filepath.Base(src)))
	}
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	dl := exec.Command(goBin, "mod", "download")
	dl.Dir, dl.Env = gen, env
	if out, err := dl.CombinedOutput(); err != nil {
		msg := "cannot fetch the generator's modules (avo) from the Go module proxy: " + strings.TrimSpace(string(out))
		if os.Getenv("GOGAN_CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	for _, file := range generated {
		pkgDir := filepath.Join(scratch, filepath.Dir(file))
		if err := os.MkdirAll(pkgDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, line := range generateLines(t, filepath.Join(engine, file)) {
			args := strings.Fields(line)
			if args[0] != "go" {
				t.Fatalf("%s: go:generate %q: expected a go command", file, line)
			}
			cmd := exec.Command(goBin, args[1:]...)
			cmd.Dir, cmd.Env = pkgDir, env
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s: go:generate %s: %v\n%s", file, line, err, out)
			}
			for i, a := range args {
				if (a == "-out" || a == "-stubs") && i+1 < len(args) {
					rel, err := filepath.Rel(scratch, filepath.Join(pkgDir, "..", "internal", "asmgen", args[i+1]))
					if err != nil {
						t.Fatal(err)
					}
					got, err := os.ReadFile(filepath.Join(scratch, rel))
					if err != nil {
						t.Fatal(err)
					}
					want, err := os.ReadFile(filepath.Join(engine, rel))
					if err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(got, want) {
						t.Errorf("engine/%s differs from what go generate writes: run `go generate ./engine/...` and commit", rel)
					}
				}
			}
		}
	}
}

// generateLines returns the commands of the //go:generate lines in file.
func generateLines(t *testing.T, file string) []string {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "//go:generate "); ok {
			lines = append(lines, rest)
		}
	}
	if len(lines) == 0 {
		t.Fatalf("%s has no //go:generate line", file)
	}
	return lines
}

func copyFile(t *testing.T, src, dst string) {
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
