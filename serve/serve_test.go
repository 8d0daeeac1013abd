package serve

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gogan/data/mnist"
	"gogan/engine/gemm"
	"gogan/format/npy"
	"gogan/recipe"
	"gogan/runlog"
	"gogan/sample"
)

type apiErr struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// wantError checks a JSON error answer with the status and words given.
func wantError(t *testing.T, url string, status int, words ...string) {
	t.Helper()
	code, h, body := get(t, url)
	var e apiErr
	if code != status || !strings.HasPrefix(h.Get("Content-Type"), "application/json") || json.Unmarshal([]byte(body), &e) != nil || e.Status != status || !contains(e.Error, words...) {
		t.Errorf("GET %s: %d %s %q; want %d with a JSON error saying %q", url, code, h.Get("Content-Type"), body, status, words)
	}
	if strings.Contains(body, "goroutine ") || strings.Contains(body, ".go:") {
		t.Errorf("GET %s: the answer shows a stack: %s", url, body)
	}
}

func TestRunsAndDetail(t *testing.T) {
	runs, _ := copyRun(t, "demo")
	ts := newServer(t, Options{Runs: runs})
	code, _, body := get(t, ts.URL+"/api/runs")
	var list struct{ Runs []map[string]any }
	if code != 200 || json.Unmarshal([]byte(body), &list) != nil || len(list.Runs) != 1 {
		t.Fatalf("/api/runs: %d %s", code, body)
	}
	r := list.Runs[0]
	if r["id"] != "demo" || r["preset"] != "improved" || r["state"] != "finished" || r["epochs"] != float64(fixtureEpochs) || r["epochs_done"] != float64(fixtureEpochs) || r["batches_per_epoch"] != float64(4) {
		t.Errorf("run summary %v", r)
	}
	if ev, _ := r["last_eval"].(map[string]any); ev == nil || ev["epoch"] != float64(fixtureEpochs) || !(ev["fid"].(float64) > 0) {
		t.Errorf("last_eval %v, want epoch %d with a FID", r["last_eval"], fixtureEpochs)
	}
	code, _, body = get(t, ts.URL+"/api/runs/demo")
	var d runDetail
	if code != 200 || json.Unmarshal([]byte(body), &d) != nil {
		t.Fatalf("/api/runs/demo: %d %s", code, body)
	}
	if fmt.Sprint(d.EpochGrids) != "[1 2 3]" || fmt.Sprint(d.SampleGrids) != "[0 2 4 6 8 10]" || d.MetricsRows != 12 || d.ExpectedRows != 12 {
		t.Errorf("detail: epoch grids %v, sample grids %v, %d rows of %d", d.EpochGrids, d.SampleGrids, d.MetricsRows, d.ExpectedRows)
	}
	if !d.Files[recipe.GeneratorEMAFile] || !d.Files[recipe.GeneratorFile] || !bytes.Contains(d.Config, []byte(`"ema":0.999`)) {
		t.Errorf("detail files %v, config %s", d.Files, d.Config)
	}
	// The pages and their assets are served, from the binary.
	for _, p := range []string{"/", "/run/demo", "/playground/demo", "/compare?run=demo", "/static/run.js", "/static/vendor/uplot/uPlot.iife.min.js", "/files/demo/images/epoch_001.png"} {
		if code, _, _ := get(t, ts.URL+p); code != 200 {
			t.Errorf("GET %s: %d", p, code)
		}
	}
	// Until a grid exists the run page shows an empty state in its place,
	// not an image without a picture (TestBrowser checks it drawn).
	if _, _, page := get(t, ts.URL+"/run/demo"); !contains(page, `id="epochimg" class="gridimg" alt="fixed-noise grid" hidden`, `id="epochempty"`, `id="sampleimg" class="gridimg" alt="latest sample grid" hidden`, `id="sampleempty"`) {
		t.Error("the run page has no empty state for the grids")
	}
	wantError(t, ts.URL+"/run/nosuch", 404, "nosuch")
	wantError(t, ts.URL+"/api/runs/nosuch/metrics", 404, "no run")
	wantError(t, ts.URL+"/api/nothing", 404, "no such endpoint")
	resp, err := http.Post(ts.URL+"/api/runs", "text/plain", nil)
	if err != nil || resp.StatusCode != 405 {
		t.Errorf("POST /api/runs: %v %v, want 405 (read-only)", resp.StatusCode, err)
	}
}

type tableAnswer struct {
	Gen     int64       `json:"gen"`
	Reset   bool        `json:"reset"`
	Since   int         `json:"since"`
	Next    int         `json:"next"`
	Rows    int         `json:"rows"`
	Every   int         `json:"every"`
	Columns []string    `json:"columns"`
	Data    [][]float64 `json:"data"`
	Tail    []float64   `json:"tail"`
	Error   string      `json:"error"`
}

func getTable(t *testing.T, url string) tableAnswer {
	t.Helper()
	code, _, body := get(t, url)
	var a tableAnswer
	if code != 200 || json.Unmarshal([]byte(body), &a) != nil {
		t.Fatalf("GET %s: %d %s", url, code, body)
	}
	return a
}

func TestMetrics(t *testing.T) {
	runs, dir := copyRun(t, "demo")
	ts := newServer(t, Options{Runs: runs})
	rows, err := runlog.ReadMetrics(filepath.Join(dir, recipe.MetricsFile))
	if err != nil {
		t.Fatal(err)
	}
	all := getTable(t, ts.URL+"/api/runs/demo/metrics")
	if all.Rows != len(rows) || all.Next != len(rows) || len(all.Data) != 8 || len(all.Data[3]) != len(rows) || all.Tail != nil {
		t.Fatalf("all rows: %+v", all)
	}
	for i, r := range rows {
		if all.Data[2][i] != float64(r.BatchesDone) || float32(all.Data[3][i]) != r.DLoss || float32(all.Data[6][i]) != r.DFake {
			t.Fatalf("row %d: %v %v %v, want %+v", i, all.Data[2][i], all.Data[3][i], all.Data[6][i], r)
		}
	}
	// From row 10 on, in buckets of 4: none whole, the two rows as a tail.
	part := getTable(t, fmt.Sprintf("%s/api/runs/demo/metrics?since=10&every=4&gen=%d", ts.URL, all.Gen))
	if part.Reset || part.Next != 10 || len(part.Data[0]) != 0 || len(part.Tail) != 8 {
		t.Fatalf("since=10 every=4: %+v", part)
	}
	wantTail := (float64(rows[10].GLoss) + float64(rows[11].GLoss)) / 2
	if !(math.Abs(part.Tail[4]-wantTail) <= 1e-6) || part.Tail[2] != 11 {
		t.Errorf("tail g_loss %v batches_done %v, want the mean %v and the last 11", part.Tail[4], part.Tail[2], wantTail)
	}
	// Buckets of 5: means of the losses, the last batches_done.
	b := getTable(t, ts.URL+"/api/runs/demo/metrics?every=5")
	if b.Next != 10 || len(b.Data[3]) != 2 || b.Data[2][1] != 9 {
		t.Fatalf("every=5: %+v", b)
	}
	var mean float64
	for _, r := range rows[5:10] {
		mean += float64(r.DLoss) / 5
	}
	if !(math.Abs(b.Data[3][1]-mean) <= 1e-6) {
		t.Errorf("bucket mean d_loss %v, want %v", b.Data[3][1], mean)
	}
	// A client with another generation gets everything again.
	re := getTable(t, ts.URL+"/api/runs/demo/metrics?since=5&gen=12345")
	if !re.Reset || re.Since != 0 || len(re.Data[0]) != len(rows) {
		t.Errorf("stale gen: reset %v since %d, %d rows", re.Reset, re.Since, len(re.Data[0]))
	}
	// A half-written line is not data; once finished it is.
	mpath := filepath.Join(dir, recipe.MetricsFile)
	appendFile(t, mpath, "3,0,12,0.5,0.7,0.6,0.4,9.5\n3,1,13,0.")
	a := getTable(t, fmt.Sprintf("%s/api/runs/demo/metrics?since=%d&gen=%d", ts.URL, len(rows), all.Gen))
	if a.Rows != len(rows)+1 || len(a.Data[0]) != 1 || a.Data[3][0] != 0.5 {
		t.Fatalf("after appending 1½ rows: %+v", a)
	}
	appendFile(t, mpath, "25,0.75,0.5,0.5,9.6\n")
	a = getTable(t, fmt.Sprintf("%s/api/runs/demo/metrics?since=%d&gen=%d", ts.URL, a.Next, all.Gen))
	if a.Rows != len(rows)+2 || len(a.Data[0]) != 1 || a.Data[3][0] != 0.25 {
		t.Fatalf("after finishing the line: %+v", a)
	}
	ev := getTable(t, ts.URL+"/api/runs/demo/eval")
	if ev.Rows != fixtureEpochs || ev.Columns[1] != "fid" || ev.Data[0][2] != 3 {
		t.Errorf("eval: %+v", ev)
	}
	for _, q := range []string{"since=-1", "since=x", "every=0", "every=100001", "gen=abc"} {
		wantError(t, ts.URL+"/api/runs/demo/metrics?"+q, 400, strings.SplitN(q, "=", 2)[0])
	}
}

// readEvent reads one Server-Sent Event.
func readEvent(t *testing.T, r *bufio.Reader) (id, event, data string) {
	t.Helper()
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("reading the stream: %v", err)
		}
		line = strings.TrimRight(line, "\n")
		switch {
		case line == "" && event != "":
			return id, event, data
		case strings.HasPrefix(line, "id: "):
			id = line[4:]
		case strings.HasPrefix(line, "event: "):
			event = line[7:]
		case strings.HasPrefix(line, "data: "):
			data = line[6:]
		}
	}
}

func nextEvent(t *testing.T, r *bufio.Reader, want string) (string, string) {
	t.Helper()
	for range 20 {
		id, ev, data := readEvent(t, r)
		if ev == want {
			return id, data
		}
	}
	t.Fatalf("no %s event", want)
	return "", ""
}

func TestStreamSendsOnlyNewRows(t *testing.T) {
	runs, dir := copyRun(t, "demo")
	ts := newServer(t, Options{Runs: runs, Poll: 20 * time.Millisecond})
	resp, err := http.Get(ts.URL + "/api/runs/demo/stream?since=0")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("content type %q", resp.Header.Get("Content-Type"))
	}
	r := bufio.NewReader(resp.Body)
	id, data := nextEvent(t, r, "metrics")
	var a tableAnswer
	json.Unmarshal([]byte(data), &a)
	if a.Next != 12 || len(a.Data[0]) != 12 || !strings.HasSuffix(id, ":12") {
		t.Fatalf("first event: id %s, %+v", id, a)
	}
	appendFile(t, filepath.Join(dir, recipe.MetricsFile), "3,0,12,0.5,0.7,0.6,0.4,9.5\n3,1,1")
	id, data = nextEvent(t, r, "metrics")
	json.Unmarshal([]byte(data), &a)
	if a.Since != 12 || a.Next != 13 || len(a.Data[0]) != 1 || a.Data[2][0] != 12 || len(data) > 2000 {
		t.Fatalf("second event (%d bytes): id %s, %+v", len(data), id, a)
	}
	// A reconnecting browser sends Last-Event-ID and gets only what it lacks.
	req, _ := http.NewRequest("GET", ts.URL+"/api/runs/demo/stream?since=0", nil)
	req.Header.Set("Last-Event-ID", id)
	resp2, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp2.Body.Close()
	appendFile(t, filepath.Join(dir, recipe.MetricsFile), "3,0.5,0.5,0.5,0.5,9.7\n")
	_, data = nextEvent(t, bufio.NewReader(resp2.Body), "metrics")
	json.Unmarshal([]byte(data), &a)
	if a.Since != 13 || len(a.Data[0]) != 1 || a.Data[2][0] != 13 {
		t.Fatalf("after reconnecting: %+v", a)
	}
}

func TestFilesStayInsideTheRunsDirectory(t *testing.T) {
	base := t.TempDir()
	secret := filepath.Join(base, "secret.txt")
	os.WriteFile(secret, []byte("TOP-SECRET"), 0o644)
	runs, dir := copyRun(t, "demo")
	// Inside runs/: a symlink to the secret, and a "run" that is a link
	// to a directory outside.
	if err := os.Symlink(secret, filepath.Join(dir, "images", "leak.png")); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(base, "outside")
	os.MkdirAll(outside, 0o755)
	os.WriteFile(filepath.Join(outside, "config.json"), []byte(`{"epochs":1}`), 0o644)
	os.WriteFile(filepath.Join(outside, "metrics.csv"), []byte("TOP-SECRET"), 0o644)
	os.Symlink(outside, filepath.Join(runs, "linked"))
	os.WriteFile(filepath.Join(runs, "top.txt"), []byte("TOP-SECRET"), 0o644)
	ts := newServer(t, Options{Runs: runs})
	for _, p := range []string{
		"/files/demo/../../secret.txt",
		"/files/demo/%2e%2e/%2e%2e/secret.txt",
		"/files/demo/%2e%2e/top.txt",
		"/files/demo/images/%2e%2e%2f%2e%2e%2ftop.txt",
		"/files/demo/%2Fetc%2Fpasswd",
		"/files/demo//etc/passwd",
		"/files/demo/" + escapeSlashes(secret),
		"/files/%2e%2e/secret.txt",
		"/files/demo/images/leak.png",
		"/files/linked/metrics.csv",
		"/api/runs/linked/metrics",
		"/api/runs/%2e%2e",
		"/api/runs/demo%2F..%2F..%2Foutside/metrics",
		"/files/demo/images",
	} {
		code, _, body := get(t, ts.URL+p)
		if code == 200 || strings.Contains(body, "TOP-SECRET") {
			t.Errorf("GET %s: %d %.80q; want it refused", p, code, body)
		}
	}
	_, _, body := get(t, ts.URL+"/api/runs")
	if strings.Contains(body, "linked") {
		t.Errorf("/api/runs lists the link to a directory outside: %s", body)
	}
	if code, _, _ := get(t, ts.URL+"/files/demo/images/epoch_001.png"); code != 200 {
		t.Errorf("a real file: %d", code)
	}
}

// escapeSlashes makes an absolute path one segment of a URL path.
func escapeSlashes(p string) string { return strings.ReplaceAll(p, "/", "%2F") }

func TestSample(t *testing.T) {
	runs, dir := copyRun(t, "demo")
	ts := newServer(t, Options{Runs: runs})
	code, h, body := get(t, ts.URL+"/api/runs/demo/sample?n=10&nrow=5&seed=7")
	if code != 200 || h.Get("Content-Type") != "image/png" {
		t.Fatalf("sample png: %d %s %.100s", code, h.Get("Content-Type"), body)
	}
	img, err := png.Decode(strings.NewReader(body))
	if err != nil || img.Bounds().Dx() != 5*30+2 || img.Bounds().Dy() != 2*30+2 {
		t.Fatalf("sample png: %v %v, want 152x62", err, img.Bounds())
	}
	// The .npy holds what `gogan sample` draws for the same seed.
	code, h, body = get(t, ts.URL+"/api/runs/demo/sample?n=10&seed=7&format=npy&download=1")
	if code != 200 || !strings.Contains(h.Get("Content-Disposition"), "demo-seed7-n10.npy") {
		t.Fatalf("sample npy: %d %v", code, h)
	}
	shape, got, err := npy.ReadFloat32(strings.NewReader(body), "answer")
	if err != nil || fmt.Sprint(shape) != "[10 1 28 28]" {
		t.Fatalf("npy: %v %v", shape, err)
	}
	be, _ := gemm.Default()
	out := filepath.Join(t.TempDir(), "x.npy")
	if err := sample.Run(sample.Options{Checkpoint: dir, N: 10, Seed: 7, Out: out, Backend: be}); err != nil {
		t.Fatal(err)
	}
	_, want, _ := npy.ReadFile(out)
	for i := range want {
		if !(math.Abs(float64(got[i]-want[i])) <= 1e-5) {
			t.Fatalf("value %d: %v, gogan sample gives %v", i, got[i], want[i])
		}
	}
	// Raw weights and batch statistics give other images.
	_, _, raw := get(t, ts.URL+"/api/runs/demo/sample?n=10&seed=7&format=npy&weights=raw")
	_, _, batch := get(t, ts.URL+"/api/runs/demo/sample?n=10&seed=7&format=npy&bn=batch")
	if raw == body || batch == body || raw == batch {
		t.Errorf("weights=raw and bn=batch should change the samples")
	}
}

func TestBadRequests(t *testing.T) {
	runs, _ := copyRun(t, "demo")
	ts := newServer(t, Options{Runs: runs})
	u := ts.URL + "/api/runs/demo/"
	for q, words := range map[string][]string{
		"sample?n=0":                       {"n=", "[1, 1024]"},
		"sample?n=1025":                    {"n=", "1024"},
		"sample?n=ten":                     {"n="},
		"sample?seed=-1":                   {"seed="},
		"sample?bn=train":                  {"bn=", "running, batch"},
		"sample?weights=best":              {"weights="},
		"sample?format=gif":                {"format="},
		"sample?nrow=0":                    {"nrow="},
		"sample?n=0&bn=x":                  {"n=", "bn="},
		"sample?n=1&bn=batch":              {"n ≥ 2"},
		"nearest?n=4&index=4":              {"index=4", "n=4"},
		"nearest?k=0":                      {"k="},
		"nearest?k=33":                     {"k="},
		"interpolate?steps=1":              {"steps="},
		"interpolate?rows=64&steps=64":     {"rows×steps", "1024"},
		"interpolate?n=3&a=0&b=3":          {"a=0", "b=3"},
		"classes?n=2000":                   {"n="},
		"metrics?every=-3":                 {"every="},
		"sample?n=99999999999999999999999": {"n="},
	} {
		wantError(t, u+q, 400, words...)
	}
}

// TestSampleConditional: the playground draws a conditional G's grid with
// the classes in turn (it answered 400 before: the latent vectors lacked
// the class column).
func TestSampleConditional(t *testing.T) {
	runs, _ := syntheticRunOf(t, "cond", "cgan-plus")
	ts := newServer(t, Options{Runs: runs})
	for _, q := range []string{"sample?n=20&nrow=10", "sample?n=20&bn=batch&format=npy", "nearest?n=4&index=3&format=json"} {
		code, _, body := get(t, ts.URL+"/api/runs/cond/"+q)
		if code != 200 && !(strings.HasPrefix(q, "nearest") && code == 422) {
			t.Errorf("%s: %d %s, want 200", q, code, body)
		}
	}
}

func TestMissingAndCorruptCheckpoints(t *testing.T) {
	runs, dir := copyRun(t, "demo")
	// A run that has not finished an epoch yet: config.json and no weights.
	fresh := filepath.Join(runs, "fresh")
	os.MkdirAll(fresh, 0o755)
	b, _ := os.ReadFile(filepath.Join(dir, recipe.ConfigFile))
	os.WriteFile(filepath.Join(fresh, recipe.ConfigFile), b, 0o644)
	// Corrupt and truncated weights.
	bad := filepath.Join(runs, "bad")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, recipe.ConfigFile), b, 0o644)
	os.WriteFile(filepath.Join(bad, recipe.GeneratorEMAFile), []byte("not a safetensors file at all"), 0o644)
	w, _ := os.ReadFile(filepath.Join(dir, recipe.GeneratorFile))
	os.WriteFile(filepath.Join(bad, recipe.GeneratorFile), w[:len(w)/2], 0o644)
	// A run without EMA weights.
	noema := filepath.Join(runs, "noema")
	os.MkdirAll(noema, 0o755)
	os.WriteFile(filepath.Join(noema, recipe.ConfigFile), b, 0o644)
	os.WriteFile(filepath.Join(noema, recipe.GeneratorFile), w, 0o644)
	// A config.json that is not JSON.
	broken := filepath.Join(runs, "broken")
	os.MkdirAll(broken, 0o755)
	os.WriteFile(filepath.Join(broken, recipe.ConfigFile), []byte("{"), 0o644)
	os.WriteFile(filepath.Join(broken, recipe.GeneratorFile), w, 0o644)

	ts := newServer(t, Options{Runs: runs})
	wantError(t, ts.URL+"/api/runs/fresh/sample", 404, "generator.safetensors", "end of each epoch")
	wantError(t, ts.URL+"/api/runs/fresh/nearest", 404, "generator.safetensors")
	wantError(t, ts.URL+"/api/runs/bad/sample", 422, "bad/generator_ema.safetensors")
	wantError(t, ts.URL+"/api/runs/bad/sample?weights=raw", 422, "bad/generator.safetensors")
	wantError(t, ts.URL+"/api/runs/noema/sample?weights=ema", 404, "no EMA weights")
	wantError(t, ts.URL+"/api/runs/broken/sample", 422, "broken/config.json")
	if code, _, _ := get(t, ts.URL+"/api/runs/noema/sample"); code != 200 {
		t.Errorf("noema: default weights: %d, want the raw ones", code)
	}
	// The runs list still answers, with each run's problem.
	code, _, body := get(t, ts.URL+"/api/runs")
	if code != 200 || !contains(body, `"id":"broken"`, "config.json", `"id":"fresh"`) {
		t.Errorf("/api/runs: %d %s", code, body)
	}
}

func TestNearestAndInterpolate(t *testing.T) {
	runs, _ := copyRun(t, "demo")
	ts := newServer(t, Options{Runs: runs})
	code, _, body := get(t, ts.URL+"/api/runs/demo/nearest?n=16&seed=3&index=5&k=4")
	var nr struct {
		Index      int `json:"index"`
		Images     int `json:"training_images"`
		Neighbours []struct {
			Index    int     `json:"index"`
			Distance float64 `json:"distance"`
			Label    *int    `json:"label"`
		} `json:"neighbours"`
	}
	if code != 200 || json.Unmarshal([]byte(body), &nr) != nil || nr.Index != 5 || nr.Images != fixtureImages || len(nr.Neighbours) != 4 {
		t.Fatalf("nearest: %d %s", code, body)
	}
	// Check against the distances computed here from the .npy sample.
	_, _, npyBody := get(t, ts.URL+"/api/runs/demo/sample?n=16&seed=3&format=npy")
	_, x, _ := npy.ReadFloat32(strings.NewReader(npyBody), "x")
	q := x[5*784 : 6*784]
	set, _ := mnist.Train()
	dist := func(j int) float64 {
		var s float64
		for k, p := range set.Image(j) {
			d := float64((q[k]+1)/2) - float64(p)/255
			s += d * d
		}
		return math.Sqrt(s)
	}
	best := math.Inf(1)
	for j := 0; j < fixtureImages; j++ {
		best = min(best, dist(j))
	}
	for i, nb := range nr.Neighbours {
		if !(math.Abs(nb.Distance-dist(nb.Index)) <= 1e-3) || (i > 0 && nb.Distance < nr.Neighbours[i-1].Distance) || nb.Label == nil || *nb.Label != int(set.Labels[nb.Index]) {
			t.Errorf("neighbour %d: %+v, distance here %v", i, nb, dist(nb.Index))
		}
	}
	if !(math.Abs(nr.Neighbours[0].Distance-best) <= 1e-3) {
		t.Errorf("nearest distance %v, brute force %v", nr.Neighbours[0].Distance, best)
	}
	code, _, body = get(t, ts.URL+"/api/runs/demo/nearest?n=16&seed=3&index=5&k=4&format=png")
	if img, err := png.Decode(strings.NewReader(body)); code != 200 || err != nil || img.Bounds().Dx() != 5*30+2 {
		t.Errorf("nearest png: %d %v", code, err)
	}
	// The interpolation's ends are the two samples.
	code, _, body = get(t, ts.URL+"/api/runs/demo/interpolate?n=16&seed=3&a=5&b=9&steps=6&format=npy")
	shape, line, err := npy.ReadFloat32(strings.NewReader(body), "interp")
	if code != 200 || err != nil || fmt.Sprint(shape) != "[6 1 28 28]" {
		t.Fatalf("interpolate: %d %v %v", code, shape, err)
	}
	for k := 0; k < 784; k++ {
		if !(math.Abs(float64(line[k]-x[5*784+k])) <= 1e-5) || !(math.Abs(float64(line[5*784+k]-x[9*784+k])) <= 1e-5) {
			t.Fatalf("pixel %d: ends %v %v, samples %v %v", k, line[k], line[5*784+k], x[5*784+k], x[9*784+k])
		}
	}
	code, _, body = get(t, ts.URL+"/api/runs/demo/interpolate?rows=3&steps=4")
	if img, err := png.Decode(strings.NewReader(body)); code != 200 || err != nil || img.Bounds().Dx() != 4*30+2 || img.Bounds().Dy() != 3*30+2 {
		t.Errorf("interpolate rows: %d %v", code, err)
	}
	code, _, body = get(t, ts.URL+"/api/runs/demo/classes?n=200")
	var cl struct{ Counts []int }
	json.Unmarshal([]byte(body), &cl)
	total := 0
	for _, c := range cl.Counts {
		total += c
	}
	if code != 200 || len(cl.Counts) != 10 || total != 200 {
		t.Errorf("classes: %d %s", code, body)
	}
}

func TestSingleRunMode(t *testing.T) {
	_, dir := copyRun(t, "my-run")
	ts := newServer(t, Options{Runs: dir, Single: true, Live: func() bool { return true }})
	code, _, body := get(t, ts.URL+"/api/runs")
	if code != 200 || !contains(body, `"id":"my-run"`, `"state":"finished"`) {
		t.Errorf("single: %s", body)
	}
	// A live process whose run is not done is running, however quiet.
	cfg := filepath.Join(dir, recipe.ConfigFile)
	b, _ := os.ReadFile(cfg)
	os.WriteFile(cfg, bytes.Replace(b, []byte(`"epochs": 3`), []byte(`"epochs": 9`), 1), 0o644)
	old := time.Now().Add(-time.Hour)
	for _, f := range []string{recipe.ConfigFile, recipe.MetricsFile, recipe.StateFile, recipe.EvalFile, "images"} {
		os.Chtimes(filepath.Join(dir, f), old, old)
	}
	if _, _, body = get(t, ts.URL+"/api/runs"); !contains(body, `"state":"running"`) {
		t.Errorf("single, live: %s", body)
	}
	if code, _, _ := get(t, ts.URL+"/files/my-run/metrics.csv"); code != 200 {
		t.Errorf("single: file: %d", code)
	}
	wantError(t, ts.URL+"/api/runs/other", 404, "other")
}

func TestListen(t *testing.T) {
	for _, addr := range []string{":8080", "nohost", "localhost"} {
		if _, _, err := Listen(addr); err == nil {
			t.Errorf("Listen(%q) accepted", addr)
		}
	}
	ln, u, err := Listen("127.0.0.1:0")
	if err != nil || !strings.HasPrefix(u, "http://127.0.0.1:") {
		t.Fatalf("Listen: %v %s", err, u)
	}
	ln.Close()
}
