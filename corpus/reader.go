package corpus

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strings"
	"sync/atomic"
)

// Options configure a Reader.
type Options struct {
	// MaxPageBytes is the largest page accepted, after decompression; a
	// larger one becomes a page with ErrTooLarge. It must be positive;
	// DefaultMaxPageBytes suits union reports.
	MaxPageBytes int64
}

// DefaultOptions returns the options Reader users normally want.
func DefaultOptions() Options { return Options{MaxPageBytes: DefaultMaxPageBytes} }

// Reader walks inputs and yields their pages one at a time, in a
// deterministic order, in the manner of bufio.Scanner:
//
//	r, err := corpus.NewReader(paths, corpus.DefaultOptions())
//	for r.Next() {
//		page := r.Page()
//		...
//	}
//	if err := r.Err(); err != nil { ... }
//
// Inputs are files, folders and glob patterns. Folders are walked
// recursively for .txt, .htm(l), .shtml, .xhtml, .jsonl, .ndjson and .warc
// files, gzipped (.gz) or not, skipping names that start with a dot; a
// file named explicitly is read whatever its name. A file is one page,
// unless it is a JSONL bundle (one page per line, see jsonl.go) or a WARC
// file (see warc.go). Every document becomes exactly one Page, including
// the ones that cannot be read, which carry the reason in Page.Err.
type Reader struct {
	opts Options
	walk *walker
	src  source // the bundle being read, nil between files
	page Page
	err  error
	read atomic.Int64 // bytes taken from disk so far
}

// source yields the pages of one file.
type source interface {
	// next returns the file's next page, or false once it has none.
	next() (Page, bool)
	close() error
}

// NewReader returns a reader over the given files, folders and patterns.
func NewReader(paths []string, opts Options) (*Reader, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	return &Reader{opts: opts, walk: newWalker(paths)}, nil
}

func (o Options) check() error {
	if o.MaxPageBytes <= 0 {
		return fmt.Errorf("corpus: MaxPageBytes must be positive, got %d", o.MaxPageBytes)
	}
	return nil
}

// Next advances to the next page. It returns false when the inputs are
// exhausted or a folder could not be listed; Err tells which.
func (r *Reader) Next() bool {
	for {
		if r.src != nil {
			if pg, ok := r.src.next(); ok {
				r.page = pg
				return true
			}
			r.src.close()
			r.src = nil
		}
		path, ok, err := r.walk.next()
		if err != nil || !ok {
			r.err = err
			return false
		}
		r.src = r.open(path)
	}
}

// Page returns the page Next advanced to.
func (r *Reader) Page() Page { return r.page }

// Err returns the error that stopped the walk, nil at a normal end.
func (r *Reader) Err() error { return r.err }

// BytesRead returns how many bytes of input files have been read so far,
// counting compressed files as stored. It is safe to call from another
// goroutine while Next runs, to show progress against Size.
func (r *Reader) BytesRead() int64 { return r.read.Load() }

// open starts reading one file. A file that cannot be opened yields one
// page carrying the error.
func (r *Reader) open(path string) source {
	in, closeFile, err := openFile(path, &r.read)
	if err != nil {
		return &onePage{page: Page{Doc: path, Input: path, Err: err}}
	}
	return pagesOf(path, in, closeFile, r.opts.MaxPageBytes)
}

// pagesOf reads the pages of one file, already decompressed, from in, as
// its name says: one page, or a JSONL or WARC bundle. closeFile releases in.
func pagesOf(path string, in io.Reader, closeFile func() error, max int64) source {
	switch kindOf(path) {
	case kindJSONL:
		return newJSONL(path, in, closeFile, max)
	case kindWARC:
		return newWARC(path, in, closeFile, max)
	}
	defer closeFile()
	return &onePage{page: readPage(path, in, max)}
}

// FilePages returns the pages of one file that the caller opened, named
// path, exactly as a Reader gives that file's pages: decompressed if its
// name ends in .gz, one page or a JSONL or WARC bundle by its name, a
// document that cannot be read carrying its error. It is for runners that
// reach files through another file system, such as a Beam pipeline's
// (gs://, s3://). The caller closes in once done.
func FilePages(path string, in io.Reader, opts Options) (iter.Seq[Page], error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	return func(yield func(Page) bool) {
		in, err := decompress(path, in)
		if err != nil {
			yield(Page{Doc: path, Input: path, Err: err})
			return
		}
		src := pagesOf(path, in, func() error { return nil }, opts.MaxPageBytes)
		defer src.close()
		for {
			pg, ok := src.next()
			if !ok || !yield(pg) {
				return
			}
		}
	}, nil
}

// ReadFile reads one page from disk, decompressing a .gz file, with the
// default size limit; a failure is recorded in Page.Err.
func ReadFile(path string) Page {
	var read atomic.Int64
	in, closeFile, err := openFile(path, &read)
	if err != nil {
		return Page{Doc: path, Input: path, Err: err}
	}
	defer closeFile()
	return readPage(path, in, DefaultMaxPageBytes)
}

func readPage(path string, in io.Reader, max int64) Page {
	data, err := readLimited(in, max)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("truncated file: %w", err)
		}
		return Page{Doc: path, Input: path, Err: err}
	}
	return Page{Doc: path, Input: path, Data: data, Format: FormatOf(trimGz(path), data)}
}

// onePage is the source of a file holding a single page.
type onePage struct {
	page Page
	done bool
}

func (s *onePage) next() (Page, bool) {
	if s.done {
		return Page{}, false
	}
	s.done = true
	return s.page, true
}

func (s *onePage) close() error { return nil }

// FormatOf guesses a page's layout from its name, then from its first bytes.
func FormatOf(name string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".shtml", ".xhtml":
		return HTML
	case ".txt":
		return Text
	}
	head := strings.ToLower(string(data[:min(len(data), 512)]))
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype") {
		return HTML
	}
	return Text
}
