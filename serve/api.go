package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"gogan/recipe"
	"gogan/serve/reply"
	"gogan/serve/runview"
)

// maxPoints bounds the rows of one metrics answer; a client pages on with
// since=next.
const maxPoints = 50000

func (s *Server) live(dir string) *bool {
	if s.single == "" || s.opt.Live == nil {
		return nil
	}
	v := s.opt.Live()
	return &v
}

func (s *Server) info(id, dir string) (runview.Info, recipe.Config) {
	return runview.Read(s.fsys, dir, id, s.live(dir), time.Now())
}

// apiRuns: GET /api/runs, every run with its progress, state and latest
// quality figures.
func (s *Server) apiRuns(w http.ResponseWriter, r *http.Request) {
	ids, dirs, err := s.runIDs()
	if err != nil {
		reply.Error(w, http.StatusInternalServerError, "listing the runs directory: %v", err)
		return
	}
	out := make([]runview.Info, 0, len(ids))
	for _, id := range ids {
		info, _ := s.info(id, dirs[id])
		out = append(out, info)
	}
	reply.JSON(w, map[string]any{"runs": out, "single": s.single != ""})
}

// runDetail is GET /api/runs/{id}.
type runDetail struct {
	Info         runview.Info    `json:"info"`
	Config       json.RawMessage `json:"config"`
	EpochGrids   []int           `json:"epoch_grids"`
	SampleGrids  []int           `json:"sample_grids"`
	MetricsRows  int             `json:"metrics_rows"`
	ExpectedRows int             `json:"expected_rows"` // rows of the whole run, for choosing `every`
	Report       json.RawMessage `json:"report,omitempty"`
	Files        map[string]bool `json:"files"`
}

func (s *Server) apiRun(w http.ResponseWriter, r *http.Request, dir string) {
	info, cfg := s.info(r.PathValue("id"), dir)
	d := runDetail{Info: info, Files: map[string]bool{}}
	if b, err := fs.ReadFile(s.fsys, path.Join(dir, recipe.ConfigFile)); err == nil && json.Valid(b) {
		d.Config = b
	}
	var err error
	if d.EpochGrids, d.SampleGrids, err = runview.Images(s.fsys, dir); err != nil {
		reply.Error(w, http.StatusInternalServerError, "listing %s/images: %v", r.PathValue("id"), err)
		return
	}
	d.MetricsRows = s.table(dir, recipe.MetricsFile).Refresh().Rows
	if info.BatchesPerEpoch > 0 {
		d.ExpectedRows = cfg.Run.Epochs * info.BatchesPerEpoch / max(cfg.Train.DSteps, 1)
		if cfg.Run.MaxBatches > 0 {
			d.ExpectedRows = min(d.ExpectedRows, cfg.Run.MaxBatches)
		}
	}
	if b, err := fs.ReadFile(s.fsys, path.Join(dir, "eval", "report.json")); err == nil && json.Valid(b) {
		d.Report = b
	}
	for _, f := range []string{recipe.GeneratorFile, recipe.GeneratorEMAFile, recipe.DiscriminatorFile, recipe.LossPlotFile} {
		_, err := fs.Stat(s.fsys, path.Join(dir, f))
		d.Files[f] = err == nil
	}
	reply.JSON(w, d)
}

// tableQuery is what a client asks of a growing table: rows from since on,
// averaged over buckets of every rows, of the generation gen it holds.
type tableQuery struct {
	since, every int
	gen          int64
}

func parseTableQuery(r *http.Request) (tableQuery, error) {
	q := tableQuery{every: 1}
	v := r.URL.Query()
	var err error
	if s := v.Get("since"); s != "" {
		if q.since, err = strconv.Atoi(s); err != nil || q.since < 0 {
			return q, fmt.Errorf("since=%q must be a row number ≥ 0", s)
		}
	}
	if s := v.Get("every"); s != "" {
		if q.every, err = strconv.Atoi(s); err != nil || q.every < 1 || q.every > 100000 {
			return q, fmt.Errorf("every=%q must be in [1, 100000]", s)
		}
	}
	if s := v.Get("gen"); s != "" {
		if q.gen, err = strconv.ParseInt(s, 10, 64); err != nil {
			return q, fmt.Errorf("gen=%q must be a number from an earlier answer", s)
		}
	}
	// A reconnecting EventSource says where it was as "gen:next".
	if id := r.Header.Get("Last-Event-ID"); id != "" {
		g, n, ok := strings.Cut(id, ":")
		gen, err1 := strconv.ParseInt(g, 10, 64)
		next, err2 := strconv.Atoi(n)
		if ok && err1 == nil && err2 == nil && next >= 0 {
			q.gen, q.since = gen, next
		}
	}
	return q, nil
}

// meanColumns are averaged over a bucket; the others (epoch, batch,
// batches_done, seconds) take the bucket's last row, so the x axis ends
// where the run is.
var meanColumns = map[string]bool{"d_loss": true, "g_loss": true, "d_real": true, "d_fake": true}

// encodeTable writes the rows [q.since, …) of snap as JSON: column names,
// then one array per column (uPlot's layout). Only whole buckets are sent
// (next says where the client goes on); the rows after the last whole one
// come averaged as "tail", which the client draws until the bucket fills.
// A client holding another generation, or more rows than there are, is
// sent everything with reset true. Non-finite values are null.
func encodeTable(snap runview.Snapshot, q tableQuery) (body []byte, next int) {
	reset := false
	if (q.gen != 0 && q.gen != snap.Gen) || q.since > snap.Rows {
		reset, q.since = true, 0
	}
	full := (snap.Rows - q.since) / q.every
	full = min(full, maxPoints)
	next = q.since + full*q.every
	var b []byte
	b = append(b, `{"gen":`...)
	b = strconv.AppendInt(b, snap.Gen, 10)
	b = append(b, `,"reset":`...)
	b = strconv.AppendBool(b, reset)
	b = append(b, `,"since":`...)
	b = strconv.AppendInt(b, int64(q.since), 10)
	b = append(b, `,"next":`...)
	b = strconv.AppendInt(b, int64(next), 10)
	b = append(b, `,"rows":`...)
	b = strconv.AppendInt(b, int64(snap.Rows), 10)
	b = append(b, `,"every":`...)
	b = strconv.AppendInt(b, int64(q.every), 10)
	cols, _ := json.Marshal(snap.Columns)
	if snap.Columns == nil {
		cols = []byte("[]")
	}
	b = append(b, `,"columns":`...)
	b = append(b, cols...)
	if snap.Err != nil {
		e, _ := json.Marshal(snap.Err.Error())
		b = append(b, `,"error":`...)
		b = append(b, e...)
	}
	b = append(b, `,"data":[`...)
	for c := range snap.Columns {
		if c > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		mean := meanColumns[snap.Columns[c]]
		for i := 0; i < full; i++ {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendBucket(b, snap.Col(c, q.since+i*q.every, q.since+(i+1)*q.every), mean)
		}
		b = append(b, ']')
	}
	b = append(b, ']')
	if next < snap.Rows && full < maxPoints {
		b = append(b, `,"tail":[`...)
		for c := range snap.Columns {
			if c > 0 {
				b = append(b, ',')
			}
			b = appendBucket(b, snap.Col(c, next, snap.Rows), meanColumns[snap.Columns[c]])
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...), next
}

func appendBucket(b []byte, v []float64, mean bool) []byte {
	x := v[len(v)-1]
	if mean && len(v) > 1 {
		x = 0
		for _, y := range v {
			x += y
		}
		x /= float64(len(v))
	}
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return append(b, "null"...)
	case x == math.Trunc(x) && math.Abs(x) < 1e15:
		return strconv.AppendInt(b, int64(x), 10)
	case len(v) > 1 && mean:
		return strconv.AppendFloat(b, x, 'g', 7, 64)
	}
	return strconv.AppendFloat(b, x, 'g', -1, 64)
}

// apiMetrics: GET /api/runs/{id}/metrics?since=N&every=K&gen=G, the rows
// of metrics.csv from row N on.
func (s *Server) apiMetrics(w http.ResponseWriter, r *http.Request, dir string) {
	s.serveTable(w, r, dir, recipe.MetricsFile)
}

// apiEval: GET /api/runs/{id}/eval, the rows of eval.csv.
func (s *Server) apiEval(w http.ResponseWriter, r *http.Request, dir string) {
	s.serveTable(w, r, dir, recipe.EvalFile)
}

func (s *Server) serveTable(w http.ResponseWriter, r *http.Request, dir, name string) {
	q, err := parseTableQuery(r)
	if err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	body, _ := encodeTable(s.table(dir, name).Refresh(), q)
	w.Write(body)
}

// apiStream: GET /api/runs/{id}/stream?since=N&every=K&gen=G, Server-Sent
// Events while the page is open: "metrics" with the rows added since the
// last event (as /metrics answers), "eval" with eval.csv when it changed,
// "images" with the grid lists when they changed and "info" with the run's
// state when it changed. The event ID is gen:next, so a reconnecting
// browser resumes where it was.
func (s *Server) apiStream(w http.ResponseWriter, r *http.Request, dir string) {
	q, err := parseTableQuery(r)
	if err != nil {
		reply.Error(w, http.StatusBadRequest, "%v", err)
		return
	}
	select {
	case s.streams <- struct{}{}:
		defer func() { <-s.streams }()
	default:
		reply.Error(w, http.StatusServiceUnavailable, "%d live streams are open already; try again later", maxStreams)
		return
	}
	fl, ok := w.(http.Flusher)
	if !ok {
		reply.Error(w, http.StatusInternalServerError, "streaming unsupported")
		return
	}
	id := r.PathValue("id")
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "retry: 2000\n\n")
	fl.Flush()

	metrics, evals := s.table(dir, recipe.MetricsFile), s.table(dir, recipe.EvalFile)
	var lastEval, lastImages, lastInfo string
	var lastTail []byte
	tick := time.NewTicker(s.opt.Poll)
	defer tick.Stop()
	idle := 0
	for {
		sent := false
		snap := metrics.Refresh()
		if snap.Gen != q.gen || snap.Rows != q.since {
			body, next := encodeTable(snap, q)
			// Whole buckets move the client on; a changed tail is sent
			// too, so that a slow run still shows its latest rows.
			if snap.Gen != q.gen || next != q.since || string(body) != string(lastTail) {
				fmt.Fprintf(w, "id: %d:%d\nevent: metrics\ndata: %s\n\n", snap.Gen, next, bytes.TrimSuffix(body, []byte("\n")))
				q.gen, q.since, lastTail = snap.Gen, next, body
				sent = true
			}
		}
		es := evals.Refresh()
		if key := fmt.Sprint(es.Gen, es.Rows, es.Err); key != lastEval {
			body, _ := encodeTable(es, tableQuery{every: 1})
			fmt.Fprintf(w, "event: eval\ndata: %s\n\n", bytes.TrimSuffix(body, []byte("\n")))
			lastEval, sent = key, true
		}
		if ep, bt, err := runview.Images(s.fsys, dir); err == nil {
			b, _ := json.Marshal(map[string][]int{"epoch_grids": ep, "sample_grids": bt})
			if string(b) != lastImages {
				fmt.Fprintf(w, "event: images\ndata: %s\n\n", b)
				lastImages, sent = string(b), true
			}
		}
		info, _ := s.info(id, dir)
		info.Updated = nil // changes without news
		if b, _ := json.Marshal(info); string(b) != lastInfo {
			fmt.Fprintf(w, "event: info\ndata: %s\n\n", b)
			lastInfo, sent = string(b), true
		}
		if !sent {
			idle++
			if idle*int(s.opt.Poll/time.Millisecond) >= 15000 {
				fmt.Fprintf(w, ": keep-alive\n\n")
				sent, idle = true, 0
			}
		} else {
			idle = 0
		}
		if sent {
			fl.Flush()
		}
		select {
		case <-r.Context().Done():
			return
		case <-tick.C:
		}
	}
}
