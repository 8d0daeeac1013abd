// Command asmgen writes gogan's amd64 assembly with avo: the AVX2/FMA SGEMM
// and AVX-512 micro-kernels and packing routines of package gemm, the AVX Adam update of
// package optim and the AVX loops of package nn's BatchNorm1d and LeakyReLU. It is a module of its own so that avo is a build-time
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
	kernels := flag.String("kernels", "", "which kernels to write: sgemm, sgemm512, adam, batchnorm or activation")
	flag.Parse()
	switch *kernels {
	case "sgemm":
		sgemmKernel()
		packKernels()
	case "sgemm512":
		sgemm512Kernels()
		pack512Kernels()
	case "adam":
		adamKernel()
	case "batchnorm":
		batchNormKernels()
	case "activation":
		activationKernels()
	default:
		fmt.Fprintf(os.Stderr, "asmgen: -kernels %q: want sgemm, sgemm512, adam, batchnorm or activation\n", *kernels)
		os.Exit(2)
	}
	Generate()
}
