package grid_test

import (
	"fmt"

	"gogan/format/grid"
)

func Example() {
	// 25 generated 28x28 MNIST digits in [-1, 1], saved as
	// save_image(x, path, nrow=5, normalize=True) would.
	imgs := make([]float32, 25*28*28)
	for i := range imgs {
		imgs[i] = float32(i%13)/6 - 1
	}
	opt := grid.DefaultOptions()
	opt.NRow, opt.Normalize = 5, true
	img, err := grid.Image(imgs, 25, 1, 28, 28, opt)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Dx(), "x", img.Bounds().Dy())
	// Output: 152 x 152
}
