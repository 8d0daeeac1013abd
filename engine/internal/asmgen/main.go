// Command asmgen writes gogan's amd64 assembly with avo: the AVX2/FMA SGEMM
// micro-kernel and packing routines of package gemm, and the AVX Adam update
// of package optim. It is a module of its own so that avo is a build-time
// tool, not a dependency of gogan; `go generate ./engine/...` runs it, and
// gemm's TestGenerateReproduces checks that the committed files are what it
// writes.
package main

import (
	"flag"
	"fmt"
	"os"

	. "github.com/mmcloughlin/avo/build"
)

func main() {
	kernels := flag.String("kernels", "", "which kernels to write: sgemm or adam")
	flag.Parse()
	switch *kernels {
	case "sgemm":
		sgemmKernel()
		packKernels()
	case "adam":
		adamKernel()
	default:
		fmt.Fprintf(os.Stderr, "asmgen: -kernels %q: want sgemm or adam\n", *kernels)
		os.Exit(2)
	}
	Generate()
}
