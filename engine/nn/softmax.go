package nn

import (
	"fmt"
	"math"
)

// Softmax writes the row-wise softmax of logits (n×classes, row-major) into
// dst (n×classes), computed in float64 after subtracting each row's maximum
// so that large logits cannot overflow. dst may alias logits. It panics if
// either slice is shorter than n·classes.
func Softmax(dst, logits []float32, n, classes int) {
	checkSoftmax("Softmax", logits, n, classes)
	if len(dst) < n*classes {
		panic(fmt.Sprintf("nn: Softmax: dst has %d values, want %d×%d", len(dst), n, classes))
	}
	for i := 0; i < n; i++ {
		row := logits[i*classes : (i+1)*classes]
		out := dst[i*classes : (i+1)*classes]
		m, sum := rowLogSumExp(row)
		for j, v := range row {
			out[j] = float32(math.Exp(float64(v)-m) / sum)
		}
	}
}

// SoftmaxCrossEntropy returns PyTorch's CrossEntropyLoss with mean reduction
// over n rows of logits (n×classes, row-major) against integer labels:
// mean_i(logsumexp(logits_i) - logits_i[label_i]), in float64 with the
// max-shifted log-sum-exp. If grad (n×classes) is not nil it receives
// dLoss/dlogits = (softmax - onehot(label)) / n. It panics if a slice is
// short or a label is not below classes.
func SoftmaxCrossEntropy(logits []float32, n, classes int, labels []uint8, grad []float32) float32 {
	return SoftmaxCrossEntropySmoothed(logits, n, classes, labels, 0, grad)
}

// SoftmaxCrossEntropySmoothed is CrossEntropyLoss(label_smoothing=eps): the
// target of row i is (1-eps)·onehot(label_i) + eps/classes, so the loss is
// mean_i((1-eps)·(lse_i - logits_i[label_i]) + eps·mean_j(lse_i - logits_ij))
// and the gradient (softmax - target) / n.
func SoftmaxCrossEntropySmoothed(logits []float32, n, classes int, labels []uint8, eps float64, grad []float32) float32 {
	checkSoftmax("SoftmaxCrossEntropy", logits, n, classes)
	if len(labels) < n {
		panic(fmt.Sprintf("nn: SoftmaxCrossEntropy: %d labels for %d rows", len(labels), n))
	}
	if grad != nil && len(grad) < n*classes {
		panic(fmt.Sprintf("nn: SoftmaxCrossEntropy: grad has %d values, want %d×%d", len(grad), n, classes))
	}
	if !(eps >= 0 && eps <= 1) {
		panic(fmt.Sprintf("nn: SoftmaxCrossEntropy: label smoothing %v, want 0-1", eps))
	}
	if n == 0 {
		return 0
	}
	var loss float64
	inv := 1 / float64(n)
	off := eps / float64(classes)
	for i := 0; i < n; i++ {
		row := logits[i*classes : (i+1)*classes]
		y := int(labels[i])
		if y >= classes {
			panic(fmt.Sprintf("nn: SoftmaxCrossEntropy: label %d of row %d is not below %d classes", y, i, classes))
		}
		m, sum := rowLogSumExp(row)
		lse := m + math.Log(sum)
		loss += (1 - eps) * (lse - float64(row[y]))
		if eps > 0 {
			var s float64
			for _, v := range row {
				s += lse - float64(v)
			}
			loss += off * s
		}
		if grad != nil {
			g := grad[i*classes : (i+1)*classes]
			for j, v := range row {
				p := math.Exp(float64(v)-m)/sum - off
				if j == y {
					p -= 1 - eps
				}
				g[j] = float32(p * inv)
			}
		}
	}
	return float32(loss * inv)
}

// rowLogSumExp returns a row's maximum m and Σ exp(v - m), so that
// logsumexp = m + log(sum) and softmax_j = exp(v_j - m) / sum.
func rowLogSumExp(row []float32) (m, sum float64) {
	m = math.Inf(-1)
	for _, v := range row {
		m = max(m, float64(v))
	}
	for _, v := range row {
		sum += math.Exp(float64(v) - m)
	}
	return m, sum
}

func checkSoftmax(fn string, logits []float32, n, classes int) {
	if n < 0 || classes < 1 {
		panic(fmt.Sprintf("nn: %s: %d rows of %d classes", fn, n, classes))
	}
	if len(logits) < n*classes {
		panic(fmt.Sprintf("nn: %s: logits has %d values, want %d×%d", fn, len(logits), n, classes))
	}
}
