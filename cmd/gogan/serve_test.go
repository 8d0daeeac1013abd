package main

import (
	"bytes"
	"context"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer a command writes while the test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestTrainServe(t *testing.T) {
	data := smallMNIST(t, 128)
	out := filepath.Join(t.TempDir(), "served")
	got := mustRun(t, "train", "--data", data, "--epochs", "1", "--sample-interval", "0", "--out", out, "--serve", "127.0.0.1:0")
	if !regexp.MustCompile(`dashboard: http://127\.0\.0\.1:\d+/run/served\n`).MatchString(got) {
		t.Errorf("train --serve printed %q, want the dashboard's URL", got)
	}
	// --serve may be given when resuming, and a bad address fails before training.
	mustRun(t, "train", "--resume", "--out", out, "--epochs", "2", "--serve", "127.0.0.1:0")
	if code, _, e := gogan(t, "train", "--data", data, "--out", filepath.Join(t.TempDir(), "x"), "--serve", ":0"); code == 0 || !strings.Contains(e, "no host") {
		t.Errorf("train --serve :0: exit %d, %q", code, e)
	}
}

func TestServeCommand(t *testing.T) {
	if code, _, e := gogan(t, "serve", "--runs", filepath.Join(t.TempDir(), "none")); code != 1 || !strings.Contains(e, "none") {
		t.Errorf("serve on a missing directory: exit %d, %q", code, e)
	}
	if code, _, e := gogan(t, "serve", "--workers", "0"); code != 2 || !strings.Contains(e, "--workers") {
		t.Errorf("serve --workers 0: exit %d, %q", code, e)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var o, e lockedBuffer
	done := make(chan int)
	go func() { done <- run(ctx, []string{"serve", "--runs", t.TempDir(), "--addr", "127.0.0.1:0"}, &o, &e) }()
	re := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		url = re.FindString(o.String())
	}
	if url == "" {
		t.Fatalf("serve printed no URL: %q %q", o.String(), e.String())
	}
	resp, err := http.Get(url + "api/runs")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET api/runs: %v %v", resp, err)
	}
	resp.Body.Close()
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve after Ctrl-C: exit %d, %s", code, e.String())
	}
}
