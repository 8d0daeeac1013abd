package safetensors_test

import (
	"bytes"
	"fmt"

	"gogan/format/safetensors"
)

func Example() {
	var buf bytes.Buffer
	err := safetensors.Write(&buf, []safetensors.Tensor{
		safetensors.F32("fc.weight", []int{2, 2}, []float32{1, 2, 3, 4}),
		safetensors.I64("bn.num_batches_tracked", []int{}, []int64{100}),
	}, map[string]string{"format": "pt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := safetensors.Read(&buf, "example.safetensors")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range f.Tensors {
		fmt.Println(t.Name, t.DType, t.Shape, len(t.Data), "bytes")
	}
	w, _ := f.Get("fc.weight")
	v, _ := w.Float32s()
	fmt.Println(v, f.Metadata["format"])
	// Output:
	// fc.weight F32 [2 2] 16 bytes
	// bn.num_batches_tracked I64 [] 8 bytes
	// [1 2 3 4] pt
}
