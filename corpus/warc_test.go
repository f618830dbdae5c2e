package corpus

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// warcRecord renders one WARC record.
func warcRecord(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, contentType, len(block), block)
}

// httpResponse renders an HTTP response as a crawler stores it.
func httpResponse(status string, headers []string, body string) string {
	var b strings.Builder
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	return b.String() + "\r\n" + body
}

// warcGz compresses each record as its own gzip member, as crawlers do.
func warcGz(records ...string) []byte {
	var b bytes.Buffer
	for _, r := range records {
		b.Write(gz(r))
	}
	return b.Bytes()
}

func TestReaderWARC(t *testing.T) {
	const resp = "application/http; msgtype=response"
	page := "<html><body><p>新建工会12家</p></body></html>"
	gbk := "\xb9\xa4\xbb\xe1" // 工会 in GBK
	crawl := []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "http://a.cn/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: a.cn\r\n\r\n"),
		warcRecord("response", "<http://a.cn/1>", resp,
			httpResponse("200 OK", []string{"Content-Type: text/html; charset=GBK"}, gbk)),
		warcRecord("response", "http://a.cn/logo.png", resp,
			httpResponse("200 OK", []string{"Content-Type: image/png"}, "\x89PNG")),
		warcRecord("response", "http://a.cn/old", resp,
			httpResponse("301 Moved Permanently", []string{"Location: /new", "Content-Type: text/html"}, "<a>moved</a>")),
		warcRecord("response", "http://a.cn/2.txt", resp,
			httpResponse("200 OK", []string{"Content-Type: text/plain"}, "纯文本")),
		warcRecord("response", "http://a.cn/chunked", resp,
			httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"},
				fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page), page))),
		warcRecord("response", "http://a.cn/gzipped", resp,
			httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, string(gz(page)))),
		warcRecord("response", "http://a.cn/sniffed", resp, httpResponse("200 OK", nil, page)),
		warcRecord("response", "http://a.cn/brotli", resp,
			httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: br"}, "??")),
		warcRecord("response", "http://a.cn/garbled", resp, "not http at all"),
		warcRecord("resource", "file:///a.html", "text/html", page),
		warcRecord("response", "http://a.cn/big", resp,
			httpResponse("200 OK", []string{"Content-Type: text/plain"}, strings.Repeat("大", 700))),
		warcRecord("response", "http://a.cn/huge", resp,
			httpResponse("200 OK", []string{"Content-Type: text/plain"}, strings.Repeat("大", 30_000))),
		warcRecord("response", "http://a.cn/after", resp,
			httpResponse("200 OK", []string{"Content-Type: text/plain"}, "纯文本")),
	}
	tests := []struct {
		Name  string
		Files map[string][]byte
		Want  []got
	}{{
		Name:  "Gzipped",
		Files: map[string][]byte{"crawl.warc.gz": warcGz(crawl...)},
		Want: []got{
			{Doc: "http://a.cn/1", Input: "crawl.warc.gz", Format: HTML, ContentType: "text/html; charset=GBK", Data: gbk},
			{Doc: "http://a.cn/2.txt", Input: "crawl.warc.gz", Format: Text, ContentType: "text/plain", Data: "纯文本"},
			{Doc: "http://a.cn/chunked", Input: "crawl.warc.gz", Format: HTML, ContentType: "text/html", Data: page},
			{Doc: "http://a.cn/gzipped", Input: "crawl.warc.gz", Format: HTML, ContentType: "text/html", Data: page},
			{Doc: "http://a.cn/sniffed", Input: "crawl.warc.gz", Format: HTML, Data: page},
			{Doc: "http://a.cn/brotli", Input: "crawl.warc.gz", Err: `unsupported HTTP Content-Encoding "br"`},
			{Doc: "http://a.cn/garbled", Input: "crawl.warc.gz", Err: `bad HTTP response in WARC record: malformed HTTP status code "http"`},
			{Doc: "http://a.cn/big", Input: "crawl.warc.gz", Err: "reading HTTP payload: page too large: over 1000 bytes"},
			{Doc: "http://a.cn/huge", Input: "crawl.warc.gz", Err: "page too large: WARC record of 90045 bytes"},
			{Doc: "http://a.cn/after", Input: "crawl.warc.gz", Format: Text, ContentType: "text/plain", Data: "纯文本"},
		},
	}, {
		Name:  "Plain",
		Files: map[string][]byte{"crawl.warc": []byte(crawl[2] + crawl[5])},
		Want: []got{
			{Doc: "http://a.cn/1", Input: "crawl.warc", Format: HTML, ContentType: "text/html; charset=GBK", Data: gbk},
			{Doc: "http://a.cn/2.txt", Input: "crawl.warc", Format: Text, ContentType: "text/plain", Data: "纯文本"},
		},
	}, {
		Name:  "TruncatedBlock",
		Files: map[string][]byte{"crawl.warc": []byte(crawl[5] + crawl[2][:len(crawl[2])-30])},
		Want: []got{
			{Doc: "http://a.cn/2.txt", Input: "crawl.warc", Format: Text, ContentType: "text/plain", Data: "纯文本"},
			{Doc: "http://a.cn/1", Input: "crawl.warc", Err: "truncated WARC record: unexpected EOF"},
		},
	}, {
		Name:  "TruncatedHeader",
		Files: map[string][]byte{"crawl.warc": []byte(crawl[5] + "WARC/1.1\r\nWARC-Type: resp")},
		Want: []got{
			{Doc: "http://a.cn/2.txt", Input: "crawl.warc", Format: Text, ContentType: "text/plain", Data: "纯文本"},
			{Doc: "crawl.warc#2", Input: "crawl.warc", Err: "truncated WARC file: reading WARC header: EOF"},
		},
	}, {
		Name:  "TruncatedGzipMember",
		Files: map[string][]byte{"crawl.warc.gz": append(warcGz(crawl[5]), truncate(gz(crawl[2]), 50)...)},
		Want: []got{
			{Doc: "http://a.cn/2.txt", Input: "crawl.warc.gz", Format: Text, ContentType: "text/plain", Data: "纯文本"},
			{Doc: "crawl.warc.gz#2", Input: "crawl.warc.gz", Err: "reading WARC header: unexpected EOF"},
		},
	}, {
		Name:  "NotWARC",
		Files: map[string][]byte{"junk.warc": bytes.Repeat([]byte{0, 1, 2}, 100_000)},
		Want:  []got{{Doc: "junk.warc#1", Input: "junk.warc", Err: "not a WARC file: no version line"}},
	}, {
		Name:  "BadLength",
		Files: map[string][]byte{"crawl.warc": []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n")},
		Want:  []got{{Doc: "crawl.warc#1", Input: "crawl.warc", Err: `bad WARC Content-Length "lots"`}},
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			dir := t.TempDir()
			var args []string
			for name, data := range tt.Files {
				writeFile(t, filepath.Join(dir, name), data)
				args = append(args, name)
			}
			assert.Equal(t, tt.Want, readAll(t, dir, args, Options{MaxPageBytes: 1000}))
		})
	}
}
