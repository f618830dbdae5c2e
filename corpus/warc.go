package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// httpHeadRoom is how much larger than a page a WARC block may be: the
// block also holds the HTTP status line and headers.
const httpHeadRoom = 64 << 10

// warc reads a WARC file (ISO 28500): records of a version line, named
// header fields, a blank line and Content-Length bytes of block. Only
// response records carrying a 2xx HTTP response with an HTML or plain-text
// payload are documents, named by WARC-Target-URI; the HTTP Content-Type
// header goes into Page.ContentType so that its charset reaches the
// decoder. Requests, metadata, redirects, images and the like are skipped.
//
// A .warc.gz file is a series of gzip members, one per record, which
// compress/gzip reads as one stream. A broken record (a bad version line or
// length, a truncated block) ends the file with one page carrying the
// error: without a trustworthy length there is no way to find the next
// record.
type warc struct {
	path      string
	br        *bufio.Reader
	tp        *textproto.Reader
	closeFile func() error
	max       int64
	record    int // records started so far, to name broken ones
	done      bool
}

func newWARC(path string, in io.Reader, closeFile func() error, max int64) *warc {
	br := bufio.NewReaderSize(in, 64<<10)
	return &warc{path: path, br: br, tp: textproto.NewReader(br), closeFile: closeFile, max: max}
}

func (s *warc) next() (Page, bool) {
	for !s.done {
		if pg, ok := s.nextRecord(); ok {
			return pg, true
		}
	}
	return Page{}, false
}

func (s *warc) close() error { return s.closeFile() }

// nextRecord reads one record; ok is false for a skipped record or the end.
func (s *warc) nextRecord() (pg Page, ok bool) {
	line, err := s.versionLine()
	if err == io.EOF {
		s.done = true
		return Page{}, false
	}
	s.record++
	if err == nil && !strings.HasPrefix(line, "WARC/") {
		err = fmt.Errorf("not a WARC record: starts %q", line[:min(len(line), 40)])
	}
	if err != nil {
		return s.broken(err), true
	}
	hdr, err := s.tp.ReadMIMEHeader()
	if err != nil {
		return s.broken(fmt.Errorf("reading WARC header: %w", err)), true
	}
	size, err := strconv.ParseInt(hdr.Get("Content-Length"), 10, 64)
	if err != nil || size < 0 {
		return s.broken(fmt.Errorf("bad WARC Content-Length %q", hdr.Get("Content-Length"))), true
	}
	uri := strings.Trim(hdr.Get("WARC-Target-URI"), "<>")
	if uri == "" {
		uri = s.recordName()
	}
	if hdr.Get("WARC-Type") != "response" || !strings.HasPrefix(hdr.Get("Content-Type"), "application/http") {
		return s.skip(uri, size)
	}
	if size > s.max+httpHeadRoom {
		if pg, ok := s.skip(uri, size); ok {
			return pg, ok
		}
		return Page{Doc: uri, Input: s.path, Err: fmt.Errorf("%w: WARC record of %d bytes", ErrTooLarge, size)}, true
	}
	block := make([]byte, size)
	if _, err := io.ReadFull(s.br, block); err != nil {
		s.done = true
		return Page{Doc: uri, Input: s.path, Err: fmt.Errorf("truncated WARC record: %w", err)}, true
	}
	return s.payload(uri, block)
}

// versionLine returns the first non-blank line: records end with two
// CRLFs, which belong to neither record. A line longer than the read
// buffer is not a version line, and is not read whole: the file may be
// binary, with no line breaks at all.
func (s *warc) versionLine() (string, error) {
	for {
		line, err := s.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			return "", errors.New("not a WARC file: no version line")
		}
		if err != nil && (err != io.EOF || len(line) > 0) {
			return "", fmt.Errorf("truncated WARC file: %w", io.ErrUnexpectedEOF)
		}
		if err != nil {
			return "", err
		}
		if l := strings.TrimRight(string(line), "\r\n"); l != "" {
			return l, nil
		}
	}
}

// skip discards a block. It reports a page only when the file ends inside
// the block, which breaks the rest of the file.
func (s *warc) skip(uri string, size int64) (Page, bool) {
	if _, err := io.CopyN(io.Discard, s.br, size); err != nil {
		s.done = true
		return Page{Doc: uri, Input: s.path, Err: fmt.Errorf("truncated WARC record: %w", err)}, true
	}
	return Page{}, false
}

func (s *warc) broken(err error) Page {
	s.done = true
	if errors.Is(err, io.EOF) {
		err = fmt.Errorf("truncated WARC file: %w", err)
	}
	return Page{Doc: s.recordName(), Input: s.path, Err: err}
}

func (s *warc) recordName() string { return s.path + "#" + strconv.Itoa(s.record) }
