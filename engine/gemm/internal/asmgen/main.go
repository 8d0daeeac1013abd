// Command asmgen writes gogan's amd64 assembly with avo: the AVX2/FMA SGEMM
// micro-kernel of package gemm. It is a module of its own so that avo is a
// build-time tool, not a dependency of gogan; `go generate ./engine/gemm`
// runs it and gemm's TestGenerateReproduces checks that the committed files
// are what it writes.
package main

import (
	"flag"
	"fmt"
	"os"

	. "github.com/mmcloughlin/avo/build"
)

func main() {
	kernels := flag.String("kernels", "", "which kernels to write: sgemm")
	flag.Parse()
	switch *kernels {
	case "sgemm":
		sgemmKernel()
		packKernels()
	default:
		fmt.Fprintf(os.Stderr, "asmgen: -kernels %q: want sgemm\n", *kernels)
		os.Exit(2)
	}
	Generate()
}
