// Package playground draws from a run's checkpoint for the dashboard: sample
// grids and .npy arrays, a sample's nearest training images, interpolations
// in z and class histograms, bounded in size and in how much CPU they take.
package playground

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"gogan/engine/gemm"
	"gogan/serve/reply"
)

// drawQuery is what the playground draws: n latent vectors from seed (as
// `gogan sample --seed`), through the EMA or raw weights, with running or
// batch BatchNorm statistics.
type drawQuery struct {
	n, nrow    int
	seed       uint64
	batchStats bool
	weights    string
	format     string
}

// param parsing collects every problem so the answer names them all.
type params struct {
	v    url.Values
	errs []string
}

func (p *params) int(name string, def, lo, hi int) int {
	s := p.v.Get(name)
	if s == "" {
		return def
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < lo || v > hi {
		p.errs = append(p.errs, fmt.Sprintf("%s=%q must be an integer in [%d, %d]", name, s, lo, hi))
		return def
	}
	return v
}

func (p *params) oneOf(name, def string, allowed ...string) string {
	s := p.v.Get(name)
	if s == "" {
		return def
	}
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	p.errs = append(p.errs, fmt.Sprintf("%s=%q must be one of %s", name, s, strings.Join(allowed, ", ")))
	return def
}

func (p *params) err() error {
	if len(p.errs) == 0 {
		return nil
	}
	return errors.New(strings.Join(p.errs, "; "))
}

func parseDraw(p *params, formats ...string) drawQuery {
	q := drawQuery{n: p.int("n", 64, 1, MaxSamples)}
	q.nrow = p.int("nrow", 8, 1, MaxSamples)
	if s := p.v.Get("seed"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			p.errs = append(p.errs, fmt.Sprintf("seed=%q must be an integer in [0, 2^64)", s))
		}
		q.seed = v
	} else {
		q.seed = 1
	}
	q.batchStats = p.oneOf("bn", "running", "running", "batch") == "batch"
	q.weights = p.oneOf("weights", "", "ema", "raw")
	q.format = p.oneOf("format", formats[0], formats...)
	return q
}

// acquire admits a sampling request: at most Workers compute at once, at
// most maxQueued wait; the rest are told to come back.
func (s *Playground) acquire(ctx context.Context) (func(), error) {
	select {
	case s.queued <- struct{}{}:
	default:
		return nil, errBusy
	}
	select {
	case s.sem <- struct{}{}:
		n := s.active.Add(1)
		for p := s.peak.Load(); n > p && !s.peak.CompareAndSwap(p, n); p = s.peak.Load() {
		}
		return func() { s.active.Add(-1); <-s.sem; <-s.queued }, nil
	case <-ctx.Done():
		<-s.queued
		return nil, ctx.Err()
	}
}

var errBusy = errors.New("busy")

// maxQueued bounds the sampling requests waiting for a worker.
const maxQueued = 64

// Playground answers the sampling endpoints for runs in fsys.
type Playground struct {
	fsys   fs.FS
	dir    string // fsys's directory, for the sample package's path API
	be     gemm.Backend
	sem    chan struct{} // sampling workers
	queued chan struct{} // requests admitted, computing or waiting
	active atomic.Int64  // computing now
	peak   atomic.Int64  // the most at once

	modelsMu sync.Mutex
	models   map[string]*generator
}

// New serves the runs of fsys, the directory dir opened with os.OpenRoot,
// with workers sampling requests computed at once.
func New(fsys fs.FS, dir string, be gemm.Backend, workers int) *Playground {
	workers = max(workers, 1)
	return &Playground{fsys: fsys, dir: dir, be: be, sem: make(chan struct{}, workers), queued: make(chan struct{}, maxQueued+workers), models: map[string]*generator{}}
}

// Peak is the most sampling requests that ever computed at once.
func (s *Playground) Peak() int64 { return s.peak.Load() }

// model returns the run's generator, reloaded when its file changed (a
// training run rewrites it every epoch).
func (s *Playground) model(dir, weights string) (*generator, error) {
	file, err := weightsFile(s.fsys, dir, weights)
	if err != nil {
		return nil, err
	}
	stamp, err := stampOf(s.fsys, file)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errNoCheckpoint, file, err)
	}
	s.modelsMu.Lock()
	g, ok := s.models[file]
	s.modelsMu.Unlock()
	if ok && g.stamp == stamp {
		return g, nil
	}
	g, err = loadGenerator(s.fsys, s.dir, dir, file, s.be)
	if err != nil {
		return nil, err
	}
	s.modelsMu.Lock()
	if len(s.models) >= 8 {
		clear(s.models)
	}
	s.models[file] = g
	s.modelsMu.Unlock()
	return g, nil
}

// admit waits for a sampling worker; on failure it has answered already
// and returns nil.
func (s *Playground) admit(w http.ResponseWriter, r *http.Request) func() {
	release, err := s.acquire(r.Context())
	if errors.Is(err, errBusy) {
		reply.Error(w, http.StatusServiceUnavailable, "%d sampling requests are waiting already; try again shortly", maxQueued)
		return nil
	}
	if err != nil {
		return nil // the client went away
	}
	return release
}

// draw loads G and draws q's samples, under admit; on failure it has
// answered already and returns nil.
func (s *Playground) draw(w http.ResponseWriter, dir string, q drawQuery) (*generator, []float32) {
	if q.batchStats && q.n < 2 {
		reply.Error(w, http.StatusBadRequest, "bn=batch needs n ≥ 2 (BatchNorm's batch statistics need two rows)")
		return nil, nil
	}
	g, err := s.model(dir, q.weights)
	if err != nil {
		s.modelError(w, err)
		return nil, nil
	}
	imgs, err := g.draw(g.noise(q.n, q.seed), q.n, q.batchStats)
	if err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return nil, nil
	}
	return g, imgs
}

func (s *Playground) modelError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errNoCheckpoint):
		reply.Error(w, http.StatusNotFound, "%v", err)
	case errors.Is(err, errBadCheckpoint):
		reply.Error(w, http.StatusUnprocessableEntity, "%v", err)
	default:
		reply.Error(w, http.StatusBadRequest, "%v", err)
	}
}

// Sample: GET /api/runs/{id}/sample?n=64&seed=1&nrow=8&bn=running&weights=ema&format=png|npy
func (s *Playground) Sample(w http.ResponseWriter, r *http.Request, dir string) {
	p := &params{v: r.URL.Query()}
	q := parseDraw(p, "png", "npy")
	if err := p.err(); err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return
	}
	release := s.admit(w, r)
	if release == nil {
		return
	}
	defer release()
	g, imgs := s.draw(w, dir, q)
	if g == nil {
		return
	}
	name := fmt.Sprintf("%s-seed%d-n%d", path.Base(r.PathValue("id")), q.seed, q.n)
	if q.format == "npy" {
		sendNPY(w, r, g, imgs, q.n, name)
		return
	}
	img, err := g.gridImage(imgs, q.n, q.nrow)
	sendPNG(w, r, img, err, name)
}

func sendPNG(w http.ResponseWriter, r *http.Request, img image.Image, err error, name string) {
	if err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		reply.Error(w, http.StatusInternalServerError, "encoding PNG: %v", err)
		return
	}
	send(w, r, "image/png", name+".png", buf.Bytes())
}

func sendNPY(w http.ResponseWriter, r *http.Request, g *generator, imgs []float32, n int, name string) {
	var buf bytes.Buffer
	if err := g.writeNPY(&buf, imgs, n); err != nil {
		reply.Error(w, http.StatusInternalServerError, "encoding .npy: %v", err)
		return
	}
	send(w, r, "application/octet-stream", name+".npy", buf.Bytes())
}

func send(w http.ResponseWriter, r *http.Request, ctype, name string, b []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("Cache-Control", "no-cache")
	if r.URL.Query().Get("download") != "" {
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", strings.ReplaceAll(name, "/", "_")))
	}
	w.Write(b)
}

// Nearest: GET /api/runs/{id}/nearest?…&index=I&k=8&format=json|png:
// sample I of the grid the same parameters draw, and its k nearest
// training images (L2, the paper's Figure 2).
func (s *Playground) Nearest(w http.ResponseWriter, r *http.Request, dir string) {
	p := &params{v: r.URL.Query()}
	q := parseDraw(p, "json", "png")
	idx := p.int("index", 0, 0, MaxSamples-1)
	k := p.int("k", 8, 1, 32)
	if idx >= q.n && p.err() == nil {
		p.errs = append(p.errs, fmt.Sprintf("index=%d is not one of the n=%d samples", idx, q.n))
	}
	if err := p.err(); err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return
	}
	release := s.admit(w, r)
	if release == nil {
		return
	}
	defer release()
	g, imgs := s.draw(w, dir, q)
	if g == nil {
		return
	}
	set, err := trainingSet(g.cfg)
	if err != nil {
		reply.Error(w, http.StatusUnprocessableEntity, "the run's training data: %v", err)
		return
	}
	c, h, wd := g.imgDims()
	d := c * h * wd
	if set.Dim() != d {
		reply.Error(w, http.StatusUnprocessableEntity, "the training data's images have %d values, the generator's %d", set.Dim(), d)
		return
	}
	query := g.unit(imgs[idx*d : (idx+1)*d])
	nb, pix := nearestImages(set, query, k)
	if q.format == "png" {
		img, err := unitGrid(append(query, pix...), len(nb)+1, c, h, wd, len(nb)+1)
		sendPNG(w, r, img, err, fmt.Sprintf("nearest-%d", idx))
		return
	}
	reply.JSON(w, map[string]any{"index": idx, "training_set": set.Name, "training_images": set.N, "neighbours": nb})
}

// Interpolate: GET /api/runs/{id}/interpolate?…&a=I&b=J&steps=10: a row
// of images along the straight line in z from sample I to sample J of the
// grid the same parameters draw (the paper's Figure 3); without a and b,
// rows=R rows between random end points, as `gogan interpolate`.
func (s *Playground) Interpolate(w http.ResponseWriter, r *http.Request, dir string) {
	p := &params{v: r.URL.Query()}
	q := parseDraw(p, "png", "npy")
	steps := p.int("steps", 10, 2, 64)
	rows := p.int("rows", 1, 1, 64)
	pair := p.v.Get("a") != "" || p.v.Get("b") != ""
	a, b := p.int("a", 0, 0, MaxSamples-1), p.int("b", 1, 0, MaxSamples-1)
	if pair && (a >= q.n || b >= q.n) && p.err() == nil {
		p.errs = append(p.errs, fmt.Sprintf("a=%d and b=%d must be among the n=%d samples", a, b, q.n))
	}
	if rows*steps > MaxSamples {
		p.errs = append(p.errs, fmt.Sprintf("rows×steps = %d is more than %d images", rows*steps, MaxSamples))
	}
	if err := p.err(); err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return
	}
	if !pair {
		q.n = rows * 2
	}
	release := s.admit(w, r)
	if release == nil {
		return
	}
	defer release()
	g, err := s.model(dir, q.weights)
	if err != nil {
		s.modelError(w, err)
		return
	}
	l := g.model.LatentDim
	z := g.noise(q.n, q.seed)
	var ends [][2][]float32
	if pair {
		ends = append(ends, [2][]float32{z[a*l : (a+1)*l], z[b*l : (b+1)*l]})
	} else {
		// gogan interpolate's end points: consecutive pairs of the seed's noise.
		for i := 0; i < rows; i++ {
			ends = append(ends, [2][]float32{z[2*i*l : (2*i+1)*l], z[(2*i+1)*l : (2*i+2)*l]})
		}
	}
	n := len(ends) * steps
	if q.batchStats && n < 2 {
		reply.Error(w, http.StatusBadRequest, "bn=batch needs at least 2 images")
		return
	}
	line := make([]float32, 0, n*l)
	for _, e := range ends {
		for st := 0; st < steps; st++ {
			t := float32(st) / float32(steps-1)
			for i := range l {
				line = append(line, (1-t)*e[0][i]+t*e[1][i])
			}
		}
	}
	imgs, err := g.draw(line, n, q.batchStats)
	if err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return
	}
	name := fmt.Sprintf("interpolation-seed%d", q.seed)
	if q.format == "npy" {
		sendNPY(w, r, g, imgs, n, name)
		return
	}
	img, err := g.gridImage(imgs, n, steps)
	sendPNG(w, r, img, err, name)
}

// Classes: GET /api/runs/{id}/classes?n=1024&seed=1: how the built-in
// judge (MNIST's classifier for digits, CIFAR-10's for colour images)
// labels n fresh samples, per class, with the judge's name and class names.
func (s *Playground) Classes(w http.ResponseWriter, r *http.Request, dir string) {
	p := &params{v: r.URL.Query()}
	q := parseDraw(p, "json")
	if p.v.Get("n") == "" {
		q.n = MaxSamples
	}
	if err := p.err(); err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return
	}
	release := s.admit(w, r)
	if release == nil {
		return
	}
	defer release()
	g, imgs := s.draw(w, dir, q)
	if g == nil {
		return
	}
	counts, arch, err := g.classCounts(imgs, q.n)
	if err != nil {
		reply.Error(w, http.StatusUnprocessableEntity, "%v", err)
		return
	}
	reply.JSON(w, map[string]any{"n": q.n, "seed": q.seed, "weights": path.Base(g.file), "counts": counts, "judge": arch.Name, "class_names": arch.ClassNames})
}
