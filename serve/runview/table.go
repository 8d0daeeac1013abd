package runview

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Table is a numeric CSV file that another process appends to (metrics.csv)
// or rewrites atomically (eval.csv), read incrementally: each Refresh parses
// only the bytes added since the last one, and only up to the last newline,
// so a line the writer has half flushed is never taken as data.
//
// A file whose bytes before the read offset are no longer the ones parsed
// is read again from the start, and Gen changes so that clients holding rows
// of the old file know to drop them: a file replaced by another (a rename),
// shortened, or rewritten in place. gogan train --resume cuts metrics.csv
// back to its checkpoint and appends again, so by the time the file is next
// read it may be longer than before, with the same inode: neither its size
// nor its identity can tell. So a refresh checks a hash of the prefix it
// parsed against the file's current bytes (reading the prefix again: a few
// milliseconds for the largest logs), unless the file is certainly
// unchanged: the same file, size and modification time, that time already
// racyWindow old when the file was last read (so a later write could not
// have left it as it was; git's index makes the same argument).
type Table struct {
	fsys fs.FS
	name string

	mu      sync.Mutex
	gen     int64
	ident   fs.FileInfo  // the file the rows came from, as last seen
	seen    time.Time    // when ident was taken
	offset  int64        // end of the last complete line parsed
	prefix  maphash.Hash // of the bytes [0, offset)
	line    int          // lines parsed, header included
	Columns []string
	cols    [][]float64
	err     error // the first bad line; rows before it stay readable
}

// NewTable reads name (a CSV with a header line and numeric fields) from fsys.
func NewTable(fsys fs.FS, name string) *Table {
	return &Table{fsys: fsys, name: name}
}

// genCounter numbers table generations, starting from the clock so that a
// restarted server does not hand out a number a page still holds.
var genCounter struct {
	sync.Mutex
	n int64
}

func nextGen() int64 {
	genCounter.Lock()
	defer genCounter.Unlock()
	if genCounter.n == 0 {
		genCounter.n = time.Now().UnixMilli()
	}
	genCounter.n++
	return genCounter.n
}

// Snapshot is a consistent view of a table's rows.
type Snapshot struct {
	Gen     int64
	Columns []string
	Rows    int
	cols    [][]float64
	Err     error
}

// Col returns column i's values for rows [from, to).
func (s Snapshot) Col(i, from, to int) []float64 { return s.cols[i][from:to] }

// Index returns the position of a named column, or -1.
func (s Snapshot) Index(name string) int {
	for i, c := range s.Columns {
		if c == name {
			return i
		}
	}
	return -1
}

// Refresh reads what was appended since the last call and returns the rows.
// A missing file is an empty table, not an error.
func (t *Table) Refresh() Snapshot {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.refresh(); err != nil && t.err == nil {
		t.err = err
	}
	rows := 0
	if len(t.cols) > 0 {
		rows = len(t.cols[0])
	}
	// The columns' arrays are only appended to (or replaced on reset), so a
	// reader may share them as long as it keeps to [0, rows) of its own
	// slice headers.
	cols := make([][]float64, len(t.cols))
	for i, c := range t.cols {
		cols[i] = c[:rows:rows]
	}
	return Snapshot{Gen: t.gen, Columns: t.Columns, Rows: rows, cols: cols, Err: t.err}
}

func (t *Table) reset() {
	t.gen = nextGen()
	t.ident, t.offset, t.line, t.Columns, t.cols, t.err = nil, 0, 0, nil, nil, nil
	t.prefix.Reset()
}

// racyWindow bounds the granularity of modification times (2 s on FAT, a
// clock tick on ext4): a write within it of the last one may leave the time
// as it was.
const racyWindow = 3 * time.Second

// unchanged says whether st certainly describes the file as t last read it:
// the same file, size and modification time, and that time was already
// racyWindow old then.
func (t *Table) unchanged(st fs.FileInfo) bool {
	return t.ident != nil && os.SameFile(t.ident, st) && st.Size() == t.ident.Size() &&
		st.ModTime().Equal(t.ident.ModTime()) && st.ModTime().Before(t.seen.Add(-racyWindow))
}

// samePrefix says whether the first t.offset bytes of f still hash as the
// bytes parsed did.
func (t *Table) samePrefix(f fs.File) (bool, error) {
	ra, ok := f.(io.ReaderAt)
	if !ok {
		return false, fmt.Errorf("%s: cannot read at an offset", t.name)
	}
	var h maphash.Hash
	h.SetSeed(t.prefix.Seed())
	n, err := io.Copy(&h, io.NewSectionReader(ra, 0, t.offset))
	if err != nil {
		return false, err
	}
	return n == t.offset && h.Sum64() == t.prefix.Sum64(), nil
}

func (t *Table) refresh() error {
	if t.gen == 0 {
		t.reset()
	}
	now := time.Now()
	f, err := t.fsys.Open(t.name)
	if errors.Is(err, fs.ErrNotExist) {
		if t.ident != nil {
			t.reset()
		}
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if t.ident != nil && !t.unchanged(st) {
		if !os.SameFile(t.ident, st) || st.Size() < t.offset {
			t.reset()
		} else if same, err := t.samePrefix(f); err != nil {
			return err
		} else if !same {
			t.reset() // rewritten in place, perhaps past its old size
		}
	}
	t.ident, t.seen = st, now
	if st.Size() == t.offset || t.err != nil {
		return nil
	}
	rs, ok := f.(io.Seeker)
	if !ok {
		return fmt.Errorf("%s: cannot seek", t.name)
	}
	if _, err := rs.Seek(t.offset, io.SeekStart); err != nil {
		return err
	}
	// Only the bytes present at Stat time: a writer racing ahead is read
	// next time.
	br := bufio.NewReaderSize(io.LimitReader(f, st.Size()-t.offset), 64<<10)
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return fmt.Errorf("%s: line %d is longer than 64 KiB", t.name, t.line+1)
		}
		if err != nil {
			return nil // EOF: no newline yet, so the line is unfinished
		}
		if perr := t.parse(bytes.TrimRight(line, "\r\n")); perr != nil {
			return perr
		}
		t.prefix.Write(line)
		t.offset += int64(len(line))
	}
}

func (t *Table) parse(line []byte) error {
	n := t.line + 1
	fields := strings.Split(string(line), ",")
	if t.Columns == nil {
		t.Columns = fields
		t.cols = make([][]float64, len(fields))
		t.line = n
		return nil
	}
	if len(fields) != len(t.Columns) {
		return fmt.Errorf("%s: line %d has %d fields, want %d", t.name, n, len(fields), len(t.Columns))
	}
	vals := make([]float64, len(fields))
	for i, s := range fields {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return fmt.Errorf("%s: line %d, column %s: %q is not a number", t.name, n, t.Columns[i], s)
		}
		vals[i] = v
	}
	for i, v := range vals {
		t.cols[i] = append(t.cols[i], v)
	}
	t.line = n
	return nil
}

// LastLine returns the last complete line of a file that may be being
// appended to, reading only its end; "" when it has no complete line after
// the header.
func LastLine(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	ra, ok := f.(io.ReaderAt)
	if !ok {
		return "", fmt.Errorf("%s: cannot read at an offset", name)
	}
	const block = 4096
	start := max(0, st.Size()-block)
	buf := make([]byte, st.Size()-start)
	if _, err := ra.ReadAt(buf, start); err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	end := bytes.LastIndexByte(buf, '\n')
	if end < 0 {
		return "", nil
	}
	begin := bytes.LastIndexByte(buf[:end], '\n')
	if begin < 0 {
		if start > 0 {
			return "", fmt.Errorf("%s: last line is longer than %d bytes", name, block)
		}
		return "", nil // only the header is complete
	}
	return strings.TrimRight(string(buf[begin+1:end]), "\r"), nil
}
