package fid_test

import (
	"fmt"

	"gogan/metric/fid"
)

func ExampleClassScore() {
	// Four confident predictions, two classes equally often: the score is 2
	// of a possible 3.
	probs := []float32{
		1, 0, 0,
		0, 1, 0,
		1, 0, 0,
		0, 1, 0,
	}
	fmt.Printf("%.3f %v\n", fid.ClassScore(probs, 4, 3), fid.Histogram(probs, 4, 3))
	// Output:
	// 2.000 [2 2 0]
}
