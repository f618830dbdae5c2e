package corpus

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
)

// DefaultMaxPageBytes is the largest page a Reader accepts unless told
// otherwise. Union reports run to tens of kilobytes; anything far larger is
// a dump or a mistake that would only slow the pipeline down.
const DefaultMaxPageBytes = 16 << 20

// ErrTooLarge marks a page over the size limit (see Options.MaxPageBytes).
var ErrTooLarge = errors.New("page too large")

// kind is how a file's content is laid out: one page, or a bundle of them.
type kind int

const (
	kindPage kind = iota
	kindJSONL
	kindWARC
)

// kindOf tells a file's layout from its name, ignoring a .gz suffix.
func kindOf(path string) kind {
	switch innerExt(path) {
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".warc":
		return kindWARC
	}
	return kindPage
}

// innerExt is the lower-case extension of path once a .gz suffix is gone.
func innerExt(path string) string {
	return strings.ToLower(filepath.Ext(trimGz(path)))
}

func trimGz(path string) string {
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		return path[:len(path)-3]
	}
	return path
}

// openFile opens path for streaming, decompressing a .gz file, and counts
// the bytes taken from disk into read. close releases the file.
func openFile(path string, read *atomic.Int64) (r io.Reader, close func() error, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	r, err = decompress(path, &countingReader{r: f, n: read})
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return r, f.Close, nil
}

// decompress returns in as it is, or gunzipped if path's name ends in .gz.
func decompress(path string, in io.Reader) (io.Reader, error) {
	if !strings.EqualFold(filepath.Ext(path), ".gz") {
		return in, nil
	}
	return gzip.NewReader(in) // gzip's errors say "gzip: ..."
}

// readLimited reads all of r, failing with ErrTooLarge past max bytes
// rather than holding an unbounded page (or a gzip bomb) in memory.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

// countingReader adds the bytes it passes on to n, which a progress display
// may read from another goroutine.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
