// Package serve is gogan's dashboard: a read-only HTTP server over a
// directory of runs (or the one run a training process is writing) with
// pages to watch training live (loss and quality curves, the sample grids)
// and a playground that draws from a run's checkpoint, and the JSON API
// behind them. Pages, scripts and the vendored chart library are embedded;
// nothing is fetched at run time.
package serve

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"gogan/engine/gemm"
	"gogan/recipe"
	"gogan/serve/playground"
	"gogan/serve/reply"
	"gogan/serve/runview"
)

//go:embed web
var webFS embed.FS

// DefaultAddr is where the dashboard listens unless told otherwise: this
// machine only.
const DefaultAddr = "127.0.0.1:8080"

// Options configure a Server.
type Options struct {
	// Runs is the directory whose runs are served, or with Single the
	// directory of the one run served.
	Runs   string
	Single bool
	// Live, with Single, reports whether the run's training is in progress
	// (the server runs inside it); nil judges from the files.
	Live func() bool
	// Backend computes the playground's samples (nil: gemm.Default()).
	Backend gemm.Backend
	// Workers is how many sampling requests run at once (default 1), so
	// the playground takes at most that many cores from a training run.
	Workers int
	// Poll is how often a live stream looks for new rows (default 1 s).
	Poll time.Duration
	// Log receives one line per failed request (nil: discarded).
	Log io.Writer
}

// maxStreams bounds the live streams open at once.
const maxStreams = 64

// Server serves the dashboard. It only reads the runs directory.
type Server struct {
	opt    Options
	root   *os.Root
	fsys   fs.FS
	single string // with Options.Single: the run's ID
	mux    *http.ServeMux
	be     gemm.Backend
	log    *log.Logger

	tablesMu sync.Mutex
	tables   map[string]*runview.Table

	pg      *playground.Playground
	streams chan struct{}
}

// New opens the runs directory (confined: nothing outside it is reachable,
// through symbolic links neither) and builds the handler.
func New(opt Options) (*Server, error) {
	if opt.Runs == "" {
		return nil, errors.New("serve: no runs directory")
	}
	st, err := os.Stat(opt.Runs)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("serve: %s is not a directory", opt.Runs)
	}
	root, err := os.OpenRoot(opt.Runs)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	if opt.Workers <= 0 {
		opt.Workers = 1
	}
	if opt.Poll <= 0 {
		opt.Poll = time.Second
	}
	be := opt.Backend
	if be == nil {
		if be, err = gemm.Default(); err != nil {
			root.Close()
			return nil, err
		}
	}
	logw := opt.Log
	if logw == nil {
		logw = io.Discard
	}
	s := &Server{
		opt: opt, root: root, fsys: root.FS(), be: be, log: log.New(logw, "serve: ", log.LstdFlags),
		tables: map[string]*runview.Table{}, streams: make(chan struct{}, maxStreams),
		pg: playground.New(root.FS(), opt.Runs, be, opt.Workers),
	}
	if opt.Single {
		abs, err := filepath.Abs(opt.Runs)
		if err != nil {
			return nil, err
		}
		s.single = filepath.Base(abs)
	}
	s.routes()
	return s, nil
}

// RunID is the served run's ID with Options.Single, else "".
func (s *Server) RunID() string { return s.single }

// Close releases the runs directory.
func (s *Server) Close() error { return s.root.Close() }

func (s *Server) routes() {
	m := http.NewServeMux()
	page := func(name string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			b, err := webFS.ReadFile("web/" + name)
			if err != nil {
				reply.Error(w, http.StatusInternalServerError, "%v", err)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			w.Write(b)
		}
	}
	m.HandleFunc("GET /{$}", page("index.html"))
	m.HandleFunc("GET /run/{id}", s.withRun(func(w http.ResponseWriter, r *http.Request, _ string) { page("run.html")(w, r) }))
	m.HandleFunc("GET /playground/{id}", s.withRun(func(w http.ResponseWriter, r *http.Request, _ string) { page("playground.html")(w, r) }))
	m.HandleFunc("GET /compare", page("compare.html"))
	static, _ := fs.Sub(webFS, "web")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("GET /files/{id}/{path...}", s.withRun(s.file))

	m.HandleFunc("GET /api/runs", s.apiRuns)
	m.HandleFunc("GET /api/runs/{id}", s.withRun(s.apiRun))
	m.HandleFunc("GET /api/runs/{id}/metrics", s.withRun(s.apiMetrics))
	m.HandleFunc("GET /api/runs/{id}/eval", s.withRun(s.apiEval))
	m.HandleFunc("GET /api/runs/{id}/stream", s.withRun(s.apiStream))
	m.HandleFunc("GET /api/runs/{id}/sample", s.withRun(s.pg.Sample))
	m.HandleFunc("GET /api/runs/{id}/nearest", s.withRun(s.pg.Nearest))
	m.HandleFunc("GET /api/runs/{id}/interpolate", s.withRun(s.pg.Interpolate))
	m.HandleFunc("GET /api/runs/{id}/classes", s.withRun(s.pg.Classes))
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			reply.Error(w, http.StatusMethodNotAllowed, "the API is read-only: %s is not allowed", r.Method)
			return
		}
		reply.Error(w, http.StatusNotFound, "no such endpoint %s (see GET /api/runs)", r.URL.Path)
	})
	s.mux = m
}

// ServeHTTP serves a request; a panic in a handler becomes a JSON 500
// without the stack, which goes to the log.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Printf("%s %s: panic: %v\n%s", r.Method, r.URL, v, debug.Stack())
			reply.Error(w, http.StatusInternalServerError, "internal error: %v", v)
		}
	}()
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'")
	s.mux.ServeHTTP(w, r)
}

// resolve maps a run ID from a URL to its directory inside the runs root.
func (s *Server) resolve(id string) (string, bool) {
	if s.single != "" {
		return ".", id == s.single
	}
	if !fs.ValidPath(id) || id == "." || strings.Count(id, "/") >= runview.MaxDepth {
		return "", false
	}
	for _, el := range strings.Split(id, "/") {
		if strings.HasPrefix(el, ".") || el == "images" || el == "eval" {
			return "", false
		}
	}
	st, err := fs.Stat(s.fsys, path.Join(id, recipe.ConfigFile))
	return id, err == nil && st.Mode().IsRegular()
}

// runIDs lists the runs served.
func (s *Server) runIDs() ([]string, map[string]string, error) {
	if s.single != "" {
		return []string{s.single}, map[string]string{s.single: "."}, nil
	}
	dirs, err := runview.List(s.fsys)
	if err != nil {
		return nil, nil, err
	}
	ids := make([]string, 0, len(dirs))
	m := map[string]string{}
	for _, d := range dirs {
		if d == "." {
			continue // the runs directory itself is not one of its runs
		}
		ids = append(ids, d)
		m[d] = d
	}
	return ids, m, nil
}

func (s *Server) withRun(h func(http.ResponseWriter, *http.Request, string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		dir, ok := s.resolve(id)
		if !ok {
			reply.Error(w, http.StatusNotFound, "no run %q in the runs directory", id)
			return
		}
		h(w, r, dir)
	}
}

// file serves one file of a run (grids, loss.png, CSVs, checkpoints).
func (s *Server) file(w http.ResponseWriter, r *http.Request, dir string) {
	p := r.PathValue("path")
	if !fs.ValidPath(p) || p == "." {
		reply.Error(w, http.StatusBadRequest, "bad file path %q: want a relative path inside the run, without ..", p)
		return
	}
	name := path.Join(dir, p)
	f, err := s.fsys.Open(name)
	if err != nil {
		reply.Error(w, http.StatusNotFound, "no file %s in run %s", p, r.PathValue("id"))
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		reply.Error(w, http.StatusNotFound, "%s in run %s is not a file", p, r.PathValue("id"))
		return
	}
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		reply.Error(w, http.StatusInternalServerError, "cannot read %s", p)
		return
	}
	if strings.HasPrefix(p, "images/") {
		// A grid's file is never rewritten under the same name.
		w.Header().Set("Cache-Control", "max-age=3600")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, path.Base(p), st.ModTime(), rs)
}

// table returns the shared incremental reader of a run's CSV file.
func (s *Server) table(dir, name string) *runview.Table {
	key := path.Join(dir, name)
	s.tablesMu.Lock()
	defer s.tablesMu.Unlock()
	t, ok := s.tables[key]
	if !ok {
		if len(s.tables) >= 64 {
			clear(s.tables) // rebuilt on demand: a cache, not state
		}
		t = runview.NewTable(s.fsys, key)
		s.tables[key] = t
	}
	return t
}

// Listen binds addr and returns the listener and the dashboard's URL. An
// address without a host (":8080") is refused: binding every interface is
// asked for explicitly, as 0.0.0.0:8080.
func Listen(addr string) (net.Listener, string, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, "", fmt.Errorf("serve: address %q: %w (want host:port, e.g. %s)", addr, err, DefaultAddr)
	}
	if host == "" {
		return nil, "", fmt.Errorf("serve: address %q has no host; use %s for this machine only or 0.0.0.0:PORT for every interface", addr, DefaultAddr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("serve: %w", err)
	}
	a := ln.Addr().(*net.TCPAddr)
	shown := a.IP.String()
	if a.IP.IsUnspecified() {
		shown = "127.0.0.1"
	}
	return ln, "http://" + net.JoinHostPort(shown, fmt.Sprint(a.Port)), nil
}

// Serve serves h on ln until ctx ends, then shuts down, giving open
// requests a second.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		<-done
		return nil
	}
}
