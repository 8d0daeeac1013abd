package classifier

import (
	"fmt"
	"strconv"

	"gogan/data/dataset"
	"gogan/data/mnist"
	"gogan/format/safetensors"
	"gogan/metric/frechet"
)

// Reference is what a judge knows of real images, stored with its
// weights so that an evaluation needs no data on disk: the feature
// statistics of a labelled test set, overall and per class (for FID and
// intra-class FID), and the features of up to RefFeatures of its images,
// an equal number from each class (the real manifold of precision and
// recall).
type Reference struct {
	Data string // what the statistics came from
	N    int    // images they summarise
	Mu   []float64
	Cov  []float64 // d×d, row-major, unbiased (numpy.cov)

	ClassN   []int
	ClassMu  [][]float64
	ClassCov [][]float64

	Features []float32 // k×d
	Labels   []uint8   // the class of each row of Features
}

// RefFeatures is how many test images' features a Reference keeps.
const RefFeatures = 5000

// ComputeReference measures set, labelled images of m's shape in 10
// classes, with m.
func ComputeReference(m *Model, set *dataset.Set) (*Reference, error) {
	if err := checkSet(set, m.Arch); err != nil {
		return nil, err
	}
	d, in := m.Arch.Features, m.Arch.Inputs()
	feats := make([]float32, 0, set.N*d)
	const chunk = 1000
	x := make([]float32, chunk*in)
	for r0 := 0; r0 < set.N; r0 += chunk {
		b := min(chunk, set.N-r0)
		idx := make([]int, b)
		for i := range idx {
			idx[i] = r0 + i
		}
		set.Float(x[:b*in], idx, -1, 1)
		feats = append(feats, m.Features(x[:b*in], b)...)
	}
	r := &Reference{Data: set.Name, N: set.N, ClassN: make([]int, Classes)}
	r.Mu, r.Cov = stats(feats, set.N, d)
	byClass := make([][]int, Classes)
	for i, c := range set.Labels {
		byClass[c] = append(byClass[c], i)
	}
	per := RefFeatures / Classes
	for c, idx := range byClass {
		if len(idx) < 2 {
			return nil, fmt.Errorf("classifier: %s: class %d has %d images; a reference needs at least 2 of each class", set.Name, c, len(idx))
		}
		f := make([]float32, 0, len(idx)*d)
		for _, i := range idx {
			f = append(f, feats[i*d:(i+1)*d]...)
		}
		mu, cov := stats(f, len(idx), d)
		r.ClassN[c] = len(idx)
		r.ClassMu = append(r.ClassMu, mu)
		r.ClassCov = append(r.ClassCov, cov)
		for _, i := range idx[:min(per, len(idx))] {
			r.Features = append(r.Features, feats[i*d:(i+1)*d]...)
			r.Labels = append(r.Labels, uint8(c))
		}
	}
	return r, nil
}

// stats is frechet.Stats with the covariance as a row-major slice, the
// form a Reference stores.
func stats(f []float32, n, d int) (mu, cov []float64) {
	mu, c := frechet.Stats(f, n, d)
	return mu, frechet.RowMajor(c)
}

// Reference tensors in the weights file, beside the model's; the
// statistics are stored in float32 (their float64 sums rounded once).
const refPrefix = "reference."

func (r *Reference) tensors(d int) []safetensors.Tensor {
	f32 := func(v []float64) []float32 {
		out := make([]float32, len(v))
		for i, x := range v {
			out[i] = float32(x)
		}
		return out
	}
	labels := make([]float32, len(r.Labels))
	for i, l := range r.Labels {
		labels[i] = float32(l)
	}
	ts := []safetensors.Tensor{
		safetensors.F32(refPrefix+"mu", []int{d}, f32(r.Mu)),
		safetensors.F32(refPrefix+"cov", []int{d, d}, f32(r.Cov)),
		safetensors.F32(refPrefix+"features", []int{len(r.Labels), d}, r.Features),
		safetensors.F32(refPrefix+"labels", []int{len(r.Labels)}, labels),
	}
	for c := range r.ClassMu {
		k := refPrefix + "class" + strconv.Itoa(c) + "."
		ts = append(ts, safetensors.F32(k+"mu", []int{d}, f32(r.ClassMu[c])), safetensors.F32(k+"cov", []int{d, d}, f32(r.ClassCov[c])))
	}
	return ts
}

func (r *Reference) metadata(meta map[string]string) {
	meta[refPrefix+"data"] = r.Data
	meta[refPrefix+"n"] = strconv.Itoa(r.N)
	for c, n := range r.ClassN {
		meta[refPrefix+"class"+strconv.Itoa(c)+".n"] = strconv.Itoa(n)
	}
}

// readReference reads the reference stored in f, if any (nil without
// one), for d features.
func readReference(f *safetensors.File, name string, d int) (*Reference, error) {
	if _, ok := f.Get(refPrefix + "mu"); !ok {
		return nil, nil
	}
	bad := func(format string, a ...any) error {
		return fmt.Errorf("classifier: %s: reference: %s", name, fmt.Sprintf(format, a...))
	}
	get := func(k string, shape ...int) ([]float32, error) {
		t, ok := f.Get(refPrefix + k)
		if !ok {
			return nil, bad("no tensor %q", refPrefix+k)
		}
		if len(shape) > 0 && fmt.Sprint(t.Shape) != fmt.Sprint(shape) {
			return nil, bad("tensor %q has shape %v, want %v", refPrefix+k, t.Shape, shape)
		}
		return t.Float32s()
	}
	f64 := func(k string, shape ...int) ([]float64, error) {
		v, err := get(k, shape...)
		out := make([]float64, len(v))
		for i, x := range v {
			out[i] = float64(x)
		}
		return out, err
	}
	count := func(k string) (int, error) {
		n, err := strconv.Atoi(f.Metadata[refPrefix+k])
		if err != nil || n < 2 {
			return 0, bad("metadata %q is %q, want a count of at least 2 images", refPrefix+k, f.Metadata[refPrefix+k])
		}
		return n, nil
	}
	r := &Reference{Data: f.Metadata[refPrefix+"data"]}
	var err error
	if r.N, err = count("n"); err != nil {
		return nil, err
	}
	if r.Mu, err = f64("mu", d); err != nil {
		return nil, err
	}
	if r.Cov, err = f64("cov", d, d); err != nil {
		return nil, err
	}
	labels, err := get("labels")
	if err != nil {
		return nil, err
	}
	if r.Features, err = get("features", len(labels), d); err != nil {
		return nil, err
	}
	for i, l := range labels {
		if l < 0 || l >= Classes || l != float32(int(l)) {
			return nil, bad("label %v of feature row %d is not a class 0-%d", l, i, Classes-1)
		}
		r.Labels = append(r.Labels, uint8(l))
	}
	for c := range Classes {
		k := "class" + strconv.Itoa(c) + "."
		n, err := count(k + "n")
		if err != nil {
			return nil, err
		}
		mu, err := f64(k+"mu", d)
		if err != nil {
			return nil, err
		}
		cov, err := f64(k+"cov", d, d)
		if err != nil {
			return nil, err
		}
		r.ClassN = append(r.ClassN, n)
		r.ClassMu = append(r.ClassMu, mu)
		r.ClassCov = append(r.ClassCov, cov)
	}
	return r, nil
}

// RealFeatures returns the features of real test images that precision
// and recall compare samples with, n×Arch.Features: those stored in
// m.Ref, else (MNIST's classifier) the first RefFeatures MNIST test
// images', computed on first use and kept.
func (m *Model) RealFeatures() (f []float32, n int, err error) {
	if m.Ref != nil {
		return m.Ref.Features, len(m.Ref.Labels), nil
	}
	if m.Arch != MNIST {
		return nil, 0, fmt.Errorf("classifier: the %s classifier has no reference features stored with it", m.Arch.Name)
	}
	m.realOnce.Do(func() {
		test, err := mnist.Test()
		if err != nil {
			m.realErr = fmt.Errorf("classifier: %w", err)
			return
		}
		k := min(RefFeatures, test.N)
		idx := make([]int, k)
		for i := range idx {
			idx[i] = i
		}
		x := make([]float32, k*Inputs)
		test.Float(x, idx, -1, 1)
		m.real = m.Features(x, k)
	})
	return m.real, len(m.real) / m.Arch.Features, m.realErr
}
