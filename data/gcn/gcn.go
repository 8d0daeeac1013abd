// Package gcn is global contrast normalisation as pylearn2's
// expr/preprocessing.py global_contrast_normalize does it: each image, on
// its own, has its mean taken away and is divided by its L2 norm (or its
// standard deviation) and multiplied by a scale. The paper's CIFAR-10 models
// trained on it (pylearn2's CIFAR10 with gcn: 55).
package gcn

import (
	"fmt"
	"math"
)

// Options are global_contrast_normalize's arguments.
type Options struct {
	Scale        float64 // the norm (or standard deviation) each image ends with
	SubtractMean bool    // remove each image's mean first
	UseStd       bool    // divide by the standard deviation (ddof 1), not the L2 norm
	SqrtBias     float64 // added under the square root
	// MinDivisor: an image whose divisor is below it is not divided (a
	// constant image stays all zeros instead of becoming NaN).
	MinDivisor float64
}

// Defaults are global_contrast_normalize's own defaults.
func Defaults() Options {
	return Options{Scale: 1, SubtractMean: true, MinDivisor: 1e-8}
}

// CIFAR10Scale is the scale pylearn2's CIFAR10 dataset of the paper's
// CIFAR-10 models used (gcn: 55. in cifar10_fully_connected.yaml and
// cifar10_convolutional.yaml), applied to pixels as bytes 0..255 cast to
// float: CIFAR10(gcn=55.) neither centres nor rescales them first.
const CIFAR10Scale = 55

// Rows normalises x in place as len(x)/dim images of dim values each. The
// sums run in float64, so results are within a float32 rounding or two of
// numpy's float32 ones.
func (o Options) Rows(x []float32, dim int) {
	if dim < 1 || len(x)%dim != 0 {
		panic(fmt.Sprintf("gcn: %d values are not whole images of %d", len(x), dim))
	}
	for i := 0; i < len(x); i += dim {
		o.image(x[i : i+dim])
	}
}

func (o Options) image(x []float32) {
	var mean float64
	for _, v := range x {
		mean += float64(v)
	}
	mean /= float64(len(x))
	shift := 0.0
	if o.SubtractMean {
		shift = mean
	}
	var div float64
	if o.UseStd {
		// numpy's var(ddof=1), about the mean whether or not it is taken
		// away (NaN for a one-value image, as there).
		var ss float64
		for _, v := range x {
			d := float64(v) - mean
			ss += d * d
		}
		div = math.Sqrt(o.SqrtBias+ss/float64(len(x)-1)) / o.Scale
	} else {
		var ss float64
		for _, v := range x {
			d := float64(v) - shift
			ss += d * d
		}
		div = math.Sqrt(o.SqrtBias+ss) / o.Scale
	}
	if div < o.MinDivisor {
		div = 1
	}
	for i, v := range x {
		x[i] = float32((float64(v) - shift) / div)
	}
}
