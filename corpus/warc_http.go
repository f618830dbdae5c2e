package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// payload turns a response block into a page, or skips it.
func (s *warc) payload(uri string, block []byte) (Page, bool) {
	fail := func(err error) (Page, bool) { return Page{Doc: uri, Input: s.path, Err: err}, true }
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return fail(fmt.Errorf("bad HTTP response in WARC record: %w", err))
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Page{}, false // redirects and error pages are not documents
	}
	ct := resp.Header.Get("Content-Type")
	format, known := formatOfMedia(ct)
	if known && format == "" {
		return Page{}, false
	}
	body := io.Reader(resp.Body)
	switch enc := strings.ToLower(resp.Header.Get("Content-Encoding")); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		if body, err = gzip.NewReader(body); err != nil {
			return fail(fmt.Errorf("gzip HTTP payload: %w", err))
		}
	default:
		return fail(fmt.Errorf("unsupported HTTP Content-Encoding %q", enc))
	}
	data, err := readLimited(body, s.max)
	if err != nil {
		return fail(fmt.Errorf("reading HTTP payload: %w", err))
	}
	if !known {
		if format, _ = formatOfMedia(http.DetectContentType(data)); format == "" {
			return Page{}, false
		}
	}
	return Page{Doc: uri, Input: s.path, Data: data, ContentType: ct, Format: format}, true
}

// formatOfMedia maps a Content-Type to a page format. known is false when
// the header is missing or unreadable, so that the caller sniffs; format is
// "" for media that are not pages.
func formatOfMedia(contentType string) (format Format, known bool) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", false
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return HTML, true
	case "text/plain":
		return Text, true
	}
	return "", true
}
