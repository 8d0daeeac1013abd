package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"

	"gogan/serve"
)

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	opt := serve.Options{Log: stderr}
	addr := serve.DefaultAddr
	fs := newFlags("serve", "Serves a live dashboard of every run under --runs: loss and quality curves, sample grids, and a playground that draws from a run's checkpoint. Read-only; binds this machine only unless --addr says otherwise.", stderr)
	fs.StringVar(&opt.Runs, "runs", "runs", "directory of run directories (each holding a config.json)")
	fs.StringVar(&addr, "addr", addr, "host:port to listen on (0.0.0.0:PORT serves other machines too)")
	fs.IntVar(&opt.Workers, "workers", 1, "playground sampling requests computed at once (each takes up to one core)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if opt.Workers < 1 {
		return flagError{errors.New("serve: --workers must be ≥ 1")}
	}
	s, err := serve.New(opt)
	if err != nil {
		return err
	}
	defer s.Close()
	ln, u, err := serve.Listen(addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "gogan dashboard of %s: %s/ (Ctrl-C stops it)\n", opt.Runs, u)
	return serve.Serve(ctx, ln, s)
}

// startTrainServer serves the run directory being trained, from the
// training process, and returns once it listens; the server stops with ctx,
// when training ends, so while it serves the run is live.
func startTrainServer(ctx context.Context, addr, dir string, stdout, stderr io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--serve: %w", err)
	}
	s, err := serve.New(serve.Options{Runs: dir, Single: true, Live: func() bool { return true }, Log: stderr})
	if err != nil {
		return err
	}
	ln, u, err := serve.Listen(addr)
	if err != nil {
		s.Close()
		return fmt.Errorf("--serve: %w", err)
	}
	fmt.Fprintf(stdout, "dashboard: %s/run/%s\n", u, url.PathEscape(s.RunID()))
	go func() {
		defer s.Close()
		if err := serve.Serve(ctx, ln, s); err != nil {
			fmt.Fprintf(stderr, "gogan: dashboard: %v\n", err)
		}
	}()
	return nil
}
