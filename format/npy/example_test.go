package npy_test

import (
	"bytes"
	"fmt"

	"gogan/format/npy"
)

func Example() {
	var buf bytes.Buffer
	if err := npy.WriteFloat32(&buf, []int{2, 3}, []float32{1, 2, 3, 4, 5, 6}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q\n", buf.Bytes()[10:buf.Len()-24])
	shape, v, err := npy.ReadFloat32(&buf, "example.npy")
	fmt.Println(shape, v, err)
	// Output:
	// "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }                                                          \n"
	// [2 3] [1 2 3 4 5 6] <nil>
}
