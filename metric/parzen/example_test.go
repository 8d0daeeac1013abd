package parzen_test

import (
	"fmt"

	"gogan/engine/gemm"
	"gogan/metric/parzen"
)

func ExampleLogLikelihood() {
	// Two centres in 2-d; the first point sits on a centre, the second
	// halfway between them, where the two kernels overlap.
	centres := []float32{0, 0, 1, 0}
	x := []float32{0, 0, 0.5, 0}
	ll, err := parzen.LogLikelihood(gemm.Go{}, centres, 2, x, 2, 2, 0.5)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f %.4f\n", ll[0], ll[1])
	// Output:
	// -1.0178 -0.9516
}
