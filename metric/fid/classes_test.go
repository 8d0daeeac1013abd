package fid

import (
	"strings"
	"testing"

	"gogan/data/mnist"
	"gogan/metric/classifier"
)

// Real test digits "drawn" for their true labels score the classifier's
// accuracy and an intra-class FID of 0; drawn for the wrong labels, accuracy
// 0 and large intra-class FIDs.
func TestEvaluateClasses(t *testing.T) {
	m, err := classifier.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	test, err := mnist.Test()
	if err != nil {
		t.Fatal(err)
	}
	idx := make([]int, test.N)
	labels := make([]int, test.N)
	wrong := make([]int, test.N)
	for i := range idx {
		idx[i], labels[i], wrong[i] = i, int(test.Labels[i]), (int(test.Labels[i])+1)%10
	}
	x := make([]float32, test.N*784)
	test.Float(x, idx, -1, 1)
	r, err := EvaluateClasses(m, x, labels)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(r)
	if !(r.Accuracy > 0.98 && r.WorstAccuracy > 0.96) {
		t.Errorf("real digits: conditional accuracy %.4f, worst class %.4f; want the classifier's >98%%", r.Accuracy, r.WorstAccuracy)
	}
	if !(r.MeanIntraFID < 1e-6) || r.Counts[1] != 1135 {
		t.Errorf("real digits against themselves: mean intra-class FID %g, class 1 count %d (want 0 and 1135)", r.MeanIntraFID, r.Counts[1])
	}
	w, err := EvaluateClasses(m, x, wrong)
	if err != nil {
		t.Fatal(err)
	}
	if !(w.Accuracy < 0.01) || !(w.MeanIntraFID > 10) {
		t.Errorf("digits drawn for the next class: accuracy %.4f, mean intra-class FID %.3g; want ~0 and large", w.Accuracy, w.MeanIntraFID)
	}
	if _, err := EvaluateClasses(m, x[:784*3], []int{1, 1, 2}); err == nil || !strings.Contains(err.Error(), "class 0") {
		t.Errorf("a class with no samples: %v", err)
	}
	if _, err := EvaluateClasses(m, x[:784], []int{10}); err == nil {
		t.Error("class 10 must be refused")
	}
	if _, err := EvaluateClasses(m, x[:784], []int{1, 2}); err == nil {
		t.Error("mismatched samples and labels must be refused")
	}
}
