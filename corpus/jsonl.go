package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// jsonlRecord is one line of a JSONL bundle. A page is named by url, or id
// when it has none, and holds either html or text, already decoded from
// whatever charset it was crawled in.
type jsonlRecord struct {
	URL  string  `json:"url"`
	ID   string  `json:"id"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// jsonl reads a bundle with one JSON page per line. Blank lines are not
// documents; every other line is, and a line that cannot be used (bad
// JSON, no html or text, too long) becomes a page with Err, named
// path:line since its URL is unknown.
type jsonl struct {
	path      string
	br        *bufio.Reader
	closeFile func() error
	max       int64
	line      int
	done      bool
}

func newJSONL(path string, in io.Reader, closeFile func() error, max int64) *jsonl {
	return &jsonl{path: path, br: bufio.NewReaderSize(in, 64<<10), closeFile: closeFile, max: max}
}

func (s *jsonl) next() (Page, bool) {
	for !s.done {
		s.line++
		line, err := readLine(s.br, s.max)
		switch {
		case errors.Is(err, ErrTooLarge):
			return s.failed(err), true
		case err == io.EOF:
			s.done = true
		case err != nil:
			s.done = true // the stream is broken: nothing after this is trustworthy
			return s.failed(fmt.Errorf("reading: %w", err)), true
		}
		if len(bytes.TrimSpace(line)) > 0 {
			return s.page(line), true
		}
	}
	return Page{}, false
}

func (s *jsonl) page(line []byte) Page {
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return s.failed(fmt.Errorf("bad JSON line: %w", err))
	}
	pg := Page{Doc: rec.URL, Input: s.path}
	if pg.Doc == "" {
		pg.Doc = rec.ID
	}
	if pg.Doc == "" {
		pg.Doc = s.lineName()
	}
	// The bundle holds decoded text: say so, lest a stale <meta charset>
	// inside the HTML send the decoder astray.
	switch {
	case rec.HTML != nil:
		pg.Data, pg.Format, pg.ContentType = []byte(*rec.HTML), HTML, "text/html; charset=utf-8"
	case rec.Text != nil:
		pg.Data, pg.Format, pg.ContentType = []byte(*rec.Text), Text, "text/plain; charset=utf-8"
	default:
		pg.Err = errors.New(`JSON line has neither "html" nor "text"`)
	}
	return pg
}

func (s *jsonl) failed(err error) Page {
	return Page{Doc: s.lineName(), Input: s.path, Err: err}
}

func (s *jsonl) lineName() string { return s.path + ":" + strconv.Itoa(s.line) }

// readLine returns the next line without its newline. A line longer than
// max is consumed and reported as ErrTooLarge, so that one huge line costs
// no more memory than max.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		if int64(len(line)+len(frag)) > max+1 { // +1: the newline
			if err := skipLine(br, err); err != nil && err != io.EOF {
				return nil, err
			}
			return nil, fmt.Errorf("%w: line over %d bytes", ErrTooLarge, max)
		}
		line = append(line, frag...)
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil:
			return line, err
		}
		return line[:len(line)-1], nil
	}
}

// skipLine discards the rest of a line, given the error of the last read.
func skipLine(br *bufio.Reader, err error) error {
	for err == bufio.ErrBufferFull {
		_, err = br.ReadSlice('\n')
	}
	return err
}

func (s *jsonl) close() error { return s.closeFile() }
