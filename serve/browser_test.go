package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"gogan/recipe"
)

// chromium finds Debian's chromium. Outside CI the browser test skips
// without it; with CI=true it must run.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed: .ci/run installs it (apt-get install chromium)")
	}
	t.Skip("chromium not found; to run the browser test: apt-get install chromium && go test ./serve -run Browser")
	return ""
}

// TestBrowser loads the pages in a real headless chromium on a short real
// run: the charts and grids render, a row appended to metrics.csv appears
// without a reload (a half-written one does not), the playground draws,
// finds nearest training images and interpolates, and a run before its
// first epoch shows empty states where its grids will be, then the grids
// as they are written. Screenshots go to the test's temporary directory,
// and to $GOGAN_SCREENSHOTS when set (that is how docs/img's were made,
// with GOGAN_SCREENSHOT_RUN naming a longer run).
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	var runs, dir string
	if src := os.Getenv("GOGAN_SCREENSHOT_RUN"); src != "" {
		runs, dir = copyRunFrom(t, src, filepath.Base(src))
	} else {
		runs, dir = copyRun(t, "demo")
	}
	id := filepath.Base(dir)
	ts := newServer(t, Options{Runs: runs, Poll: 200 * time.Millisecond})
	var detail runDetail
	_, _, body := get(t, ts.URL+"/api/runs/"+id)
	if err := json.Unmarshal([]byte(body), &detail); err != nil {
		t.Fatal(err)
	}
	evals := getTable(t, ts.URL+"/api/runs/"+id+"/eval").Rows
	shots := t.TempDir()

	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000), chromedp.Flag("hide-scrollbars", true))
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	wait := func(what, expr string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
			js, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#err") ? document.querySelector("#err").textContent : ""`))
			t.Fatalf("%s: %v (page error: %q)", what, err, js)
		}
	}
	shot := func(name string) {
		t.Helper()
		b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range []string{shots, os.Getenv("GOGAN_SCREENSHOTS")} {
			if d != "" {
				if err := os.WriteFile(filepath.Join(d, name), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}

	// The run page: charts with every row, quality curves, grids.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/run/"+id)); err != nil {
		t.Fatal(err)
	}
	rows := detail.MetricsRows
	wait("loss chart with every row", fmt.Sprintf(`!!(window.gogan && gogan.charts.lossChart.data[0].length === %d)`, rows))
	wait("quality charts", fmt.Sprintf(`gogan.charts.fidChart.data[0].length === %d`, evals))
	wait("epoch grid", `(() => { const i = document.querySelector("#epochimg"); return i.complete && i.naturalWidth === 152; })()`)
	wait("sample grid", `(() => { const i = document.querySelector("#sampleimg"); return i.complete && i.naturalWidth === 152; })()`)
	wait("class histogram", `gogan.charts.histChart.data[0].length === 10`)
	// Drawn, not just loaded: the loss chart's canvas has ink.
	wait("ink on the loss chart", `(() => { const c = document.querySelector("#c-loss canvas"); const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n > 2000; })()`)

	shot("run.png")

	// Live: a new row appears without a reload; a half-written one does not.
	mpath := filepath.Join(dir, recipe.MetricsFile)
	appendFile(t, mpath, fmt.Sprintf("%d,0,%d,0.5,3.5,0.6,0.4,999.5\n%d,1,%d,0.", detail.Info.Epochs, rows, detail.Info.Epochs, rows+1))
	wait("the appended row", fmt.Sprintf(`gogan.M.cols.batches_done.length === %d && gogan.M.lastRows === %d && gogan.charts.lossChart.data[0].length === %d`, rows+1, rows+1, rows+1))
	time.Sleep(800 * time.Millisecond) // several polls: the half line must stay out
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`gogan.M.cols.batches_done.length`)); err != nil || n != rows+1 {
		t.Fatalf("after a half-written line the page holds %d rows (%v), want %d", n, err, rows+1)
	}
	appendFile(t, mpath, "25,3.25,0.5,0.5,999.6\n")
	wait("the finished line", fmt.Sprintf(`gogan.M.cols.batches_done.length === %d && gogan.M.cols.g_loss[%d] === 3.25`, rows+2, rows+1))
	shot("run-live.png")

	// The playground: a grid, then nearest training images and an
	// interpolation from clicks on two samples.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/playground/"+id)); err != nil {
		t.Fatal(err)
	}
	wait("playground grid", `(() => { const i = document.querySelector("#grid"); return i.dataset.ready === "1" && i.naturalWidth === 8*30+2 && i.naturalHeight === 8*30+2; })()`)
	type rect struct{ X, Y, S float64 }
	r, err := chromedp.Run(ctx, chromedp.Evaluate[rect](`(() => { const i = document.querySelector("#grid"); const b = i.getBoundingClientRect(); return {X: b.left, Y: b.top, S: b.width / i.naturalWidth}; })()`))
	if err != nil {
		t.Fatal(err)
	}
	at := func(i int) (float64, float64) {
		return r.X + (2+float64(i%8)*30+14)*r.S, r.Y + (2+float64(i/8)*30+14)*r.S
	}
	x, y := at(3)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	wait("nearest training images", `(() => { const i = document.querySelector("#nnimg"); return !i.hidden && i.naturalWidth === 9*30+2 && document.querySelectorAll("#nnlist span").length === 8 && document.querySelector("#nninfo").textContent.startsWith("sample 3"); })()`)
	x, y = at(20)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	wait("interpolation", `(() => { const i = document.querySelector("#ipimg"); return !i.hidden && i.naturalWidth === 10*30+2 && document.querySelector("#ipinfo").textContent.includes("sample 3 → B = sample 20"); })()`)
	shot("playground.png")

	// The runs page lists the run.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	wait("runs table", fmt.Sprintf(`document.querySelectorAll("#runs tbody tr").length === 1 && document.querySelector("#runs tbody tr").dataset.run === %q`, id))
	shot("runs.png")

	// A run before its first epoch: where the grids will be, an empty
	// state, not an image without a picture (a broken-image icon); the
	// fixed-noise grid appears live once the epoch's file is written.
	fruns, fresh := syntheticRun(t, "fresh")
	fts := newServer(t, Options{Runs: fruns, Poll: 200 * time.Millisecond})
	if err := chromedp.Do(ctx, chromedp.Navigate(fts.URL+"/run/fresh")); err != nil {
		t.Fatal(err)
	}
	shown := func(sel string) string {
		return fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !e.hidden && e.getBoundingClientRect().height > 0; })()`, sel)
	}
	wait("loss chart of the fresh run", `!!(window.gogan && gogan.charts.lossChart.data[0].length === 12)`)
	wait("empty states before the first epoch", shown("#epochempty")+" && "+shown("#sampleempty")+
		` && document.querySelector("#epochimg").hidden && document.querySelector("#sampleimg").hidden`+
		` && document.querySelector("#epochimg").getBoundingClientRect().height === 0`)
	shot("run-empty.png")
	if err := os.MkdirAll(filepath.Join(fresh, "images"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"epoch_001.png", "0.png"} {
		b, err := os.ReadFile(filepath.Join(dir, "images", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(fresh, "images", f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wait("the first epoch's grid, live", shown("#epochimg")+` && document.querySelector("#epochimg").complete && document.querySelector("#epochimg").naturalWidth === 152 && document.querySelector("#epochempty").hidden`)
	wait("the first sample grid, live", shown("#sampleimg")+` && document.querySelector("#sampleimg").naturalWidth === 152 && document.querySelector("#sampleempty").hidden`)
	shot("run-first-epoch.png")
	t.Logf("screenshots in %s", shots)
}
