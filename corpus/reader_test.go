package corpus

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// got is what a test compares of a Page: paths relative to the test's
// folder, and the error's text rather than its value.
type got struct {
	Doc, Input  string
	Format      Format
	ContentType string
	Data        string
	Err         string // the error, with paths relative; "" for none
}

func TestReader(t *testing.T) {
	html := "<html><body><p>工会</p></body></html>"
	tests := []struct {
		Name  string
		Files map[string][]byte // relative path → content
		Args  []string          // relative to the test folder
		Max   int64             // MaxPageBytes; 0 for the default
		Want  []got
	}{{
		Name: "FolderTree",
		Files: map[string][]byte{
			"in/a/1.txt":        []byte("一"),
			"in/a/b/2.html":     []byte(html),
			"in/c.htm.gz":       gz(html),
			"in/d.dat":          []byte("not a page name"),
			"in/.partial/x.txt": []byte("hidden"),
		},
		Args: []string{"in"},
		Want: []got{
			{Doc: "in/a/1.txt", Input: "in/a/1.txt", Format: Text, Data: "一"},
			{Doc: "in/a/b/2.html", Input: "in/a/b/2.html", Format: HTML, Data: html},
			{Doc: "in/c.htm.gz", Input: "in/c.htm.gz", Format: HTML, Data: html},
		},
	}, {
		Name:  "ExplicitFileAnyName",
		Files: map[string][]byte{"page.dat": []byte(html)},
		Args:  []string{"page.dat"},
		Want:  []got{{Doc: "page.dat", Input: "page.dat", Format: HTML, Data: html}},
	}, {
		Name:  "GlobSortedThenArgsInOrder",
		Files: map[string][]byte{"b.txt": []byte("b"), "a.txt": []byte("a"), "z.html": []byte(html)},
		Args:  []string{"z.html", "*.txt", "none-*.txt"},
		Want: []got{
			{Doc: "z.html", Input: "z.html", Format: HTML, Data: html},
			{Doc: "a.txt", Input: "a.txt", Format: Text, Data: "a"},
			{Doc: "b.txt", Input: "b.txt", Format: Text, Data: "b"},
			{Doc: "none-*.txt", Input: "none-*.txt", Err: "open none-*.txt: no such file or directory"},
		},
	}, {
		Name: "JSONL",
		Files: map[string][]byte{"crawl.jsonl": []byte(
			`{"url":"http://a.cn/1","html":"<p>甲</p>"}` + "\n" +
				"\n" +
				`{"id":"doc-2","text":"乙"}` + "\r\n" +
				`{"url":` + "\n" +
				`{"url":"http://a.cn/4"}` + "\n" +
				`{"text":"丙"}`)},
		Args: []string{"crawl.jsonl"},
		Want: []got{
			{Doc: "http://a.cn/1", Input: "crawl.jsonl", Format: HTML, ContentType: "text/html; charset=utf-8", Data: "<p>甲</p>"},
			{Doc: "doc-2", Input: "crawl.jsonl", Format: Text, ContentType: "text/plain; charset=utf-8", Data: "乙"},
			{Doc: "crawl.jsonl:4", Input: "crawl.jsonl", Err: "bad JSON line: unexpected end of JSON input"},
			{Doc: "http://a.cn/4", Input: "crawl.jsonl", Err: `JSON line has neither "html" nor "text"`},
			{Doc: "crawl.jsonl:6", Input: "crawl.jsonl", Format: Text, ContentType: "text/plain; charset=utf-8", Data: "丙"},
		},
	}, {
		Name: "JSONLLineTooLong",
		Files: map[string][]byte{"crawl.jsonl.gz": gz(
			`{"id":"long","text":"` + strings.Repeat("长", 100_000) + `"}` + "\n" +
				`{"id":"short","text":"短"}` + "\n")},
		Args: []string{"crawl.jsonl.gz"},
		Max:  1000,
		Want: []got{
			{Doc: "crawl.jsonl.gz:1", Input: "crawl.jsonl.gz", Err: "page too large: line over 1000 bytes"},
			{Doc: "short", Input: "crawl.jsonl.gz", Format: Text, ContentType: "text/plain; charset=utf-8", Data: "短"},
		},
	}, {
		Name: "JSONLTruncatedGzip",
		// Two gzip members, the second cut short.
		Files: map[string][]byte{"crawl.jsonl.gz": append(gz(`{"id":"one","text":"一"}`+"\n"),
			truncate(gz(strings.Repeat(`{"id":"x","text":"二"}`+"\n", 100)), 30)...)},
		Args: []string{"crawl.jsonl.gz"},
		Want: []got{
			{Doc: "one", Input: "crawl.jsonl.gz", Format: Text, ContentType: "text/plain; charset=utf-8", Data: "一"},
			{Doc: "crawl.jsonl.gz:2", Input: "crawl.jsonl.gz", Err: "reading: unexpected EOF"},
		},
	}, {
		Name: "BadFiles",
		Files: map[string][]byte{
			"bad/empty.txt":      {},
			"bad/binary.html":    {0x89, 'P', 'N', 'G', 0, 0, 1},
			"bad/cut.html.gz":    truncate(gz(strings.Repeat(html, 100)), 40),
			"bad/notgzip.txt.gz": []byte("plain text"),
			"bad/utf8.txt":       {'a', 0xff, 0xfe, 'b'},
			"bad/big.txt":        bytes.Repeat([]byte("大"), 400),
		},
		Args: []string{"bad", "missing.txt"},
		Max:  1000,
		Want: []got{
			{Doc: "bad/big.txt", Input: "bad/big.txt", Err: "page too large: over 1000 bytes"},
			{Doc: "bad/binary.html", Input: "bad/binary.html", Format: HTML, Data: "\x89PNG\x00\x00\x01"},
			{Doc: "bad/cut.html.gz", Input: "bad/cut.html.gz", Err: "truncated file: unexpected EOF"},
			{Doc: "bad/empty.txt", Input: "bad/empty.txt", Format: Text},
			{Doc: "bad/notgzip.txt.gz", Input: "bad/notgzip.txt.gz", Err: "gzip: invalid header"},
			{Doc: "bad/utf8.txt", Input: "bad/utf8.txt", Format: Text, Data: "a\xff\xfeb"},
			{Doc: "missing.txt", Input: "missing.txt", Err: "open missing.txt: no such file or directory"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tt.Files {
				writeFile(t, filepath.Join(dir, name), data)
			}
			opts := DefaultOptions()
			if tt.Max > 0 {
				opts.MaxPageBytes = tt.Max
			}
			assert.Equal(t, tt.Want, readAll(t, dir, tt.Args, opts))
		})
	}
}

func TestReaderDefaultLimitRejectsEighteenMegabytes(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "huge.txt"), bytes.Repeat([]byte("工会会员"), 18<<20/12))
	pages := readAll(t, dir, []string{"huge.txt"}, DefaultOptions())
	require.Len(t, pages, 1)
	assert.Contains(t, pages[0].Err, "page too large")
}

func TestNewReaderRejectsBadLimit(t *testing.T) {
	_, err := NewReader(nil, Options{})
	assert.ErrorContains(t, err, "MaxPageBytes")
}

func TestReaderUnlistableFolderStopsWithErr(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root can list any folder")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	require.NoError(t, os.Mkdir(locked, 0))
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	r, err := NewReader([]string{dir}, DefaultOptions())
	require.NoError(t, err)
	assert.False(t, r.Next())
	assert.ErrorContains(t, r.Err(), "listing")
}

func TestSizeCountsFilesAsStored(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("12345"))
	writeFile(t, filepath.Join(dir, "b/c.html"), []byte("123"))
	writeFile(t, filepath.Join(dir, "b/skip.png"), []byte("1234567"))
	size, err := Size([]string{dir})
	require.NoError(t, err)
	assert.Equal(t, int64(8), size)

	r, err := NewReader([]string{dir}, DefaultOptions())
	require.NoError(t, err)
	for r.Next() {
	}
	assert.Equal(t, size, r.BytesRead())
}

func TestReadFileGunzips(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.html.gz")
	writeFile(t, path, gz("<html>x</html>"))
	pg := ReadFile(path)
	require.NoError(t, pg.Err)
	assert.Equal(t, HTML, pg.Format)
	assert.Equal(t, "<html>x</html>", string(pg.Data))
}

// readAll reads every page under dir, with paths made relative to it.
func readAll(t *testing.T, dir string, args []string, opts Options) []got {
	t.Helper()
	abs := make([]string, len(args))
	for i, a := range args {
		abs[i] = filepath.Join(dir, a)
	}
	r, err := NewReader(abs, opts)
	require.NoError(t, err)
	var out []got
	rel := func(p string) string { return strings.TrimPrefix(p, dir+string(filepath.Separator)) }
	for r.Next() {
		pg := r.Page()
		g := got{Doc: rel(pg.Doc), Input: rel(pg.Input), Format: pg.Format, ContentType: pg.ContentType, Data: string(pg.Data)}
		if pg.Err != nil {
			g.Err = strings.ReplaceAll(pg.Err.Error(), dir+string(filepath.Separator), "")
		}
		out = append(out, g)
	}
	require.NoError(t, r.Err())
	return out
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, data, 0o644))
}

func gz(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	fmt.Fprint(zw, s)
	zw.Close()
	return b.Bytes()
}

// truncate cuts data to n bytes, as a crawl killed mid-write leaves it.
func truncate(data []byte, n int) []byte { return data[:min(n, len(data))] }

// TestReaderVisitsEachFileOnce walks a folder holding a link to its own
// parent, a link to a sibling folder and a link to a file, with files also
// named on the command line twice and through a glob: every file is read
// once, at its first place in the walk.
func TestReaderVisitsEachFileOnce(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "in/a.txt"), []byte("甲"))
	writeFile(t, filepath.Join(dir, "other/b.txt"), []byte("乙"))
	require.NoError(t, os.Symlink("..", filepath.Join(dir, "in/loop")))
	require.NoError(t, os.Symlink("../other", filepath.Join(dir, "in/sibling")))
	require.NoError(t, os.Symlink("a.txt", filepath.Join(dir, "in/z-link.txt")))

	assert.Equal(t, []got{{Doc: "in/a.txt", Input: "in/a.txt", Format: Text, Data: "甲"}},
		readAll(t, dir, []string{"in/a.txt", "in/a.txt", "./in/a.txt", "in/*.txt"}, DefaultOptions()))

	assert.Equal(t, []got{
		{Doc: "in/a.txt", Input: "in/a.txt", Format: Text, Data: "甲"},
		{Doc: "in/loop/other/b.txt", Input: "in/loop/other/b.txt", Format: Text, Data: "乙"},
	}, readAll(t, dir, []string{"in", "other", "missing.txt", "missing.txt"}, DefaultOptions())[:2])

	loop := t.TempDir()
	writeFile(t, filepath.Join(loop, "crawl/only.txt"), []byte("丙"))
	require.NoError(t, os.Symlink("..", filepath.Join(loop, "crawl/parent")))
	require.NoError(t, os.Symlink(".", filepath.Join(loop, "crawl/self")))
	assert.Equal(t, []got{{Doc: "crawl/only.txt", Input: "crawl/only.txt", Format: Text, Data: "丙"}},
		readAll(t, loop, []string{"crawl"}, DefaultOptions()), "a folder with a link loop and one file gives one page")
}

func TestFilePagesReadsAFileAsTheReaderDoes(t *testing.T) {
	const resp = "application/http; msgtype=response"
	html := "<html><body><p>工会</p></body></html>"
	files := map[string][]byte{
		"page.html":       []byte(html),
		"page.txt.gz":     gz("一"),
		"page.dat":        []byte(html),
		"big.txt":         bytes.Repeat([]byte("大"), 400),
		"cut.html.gz":     truncate(gz(strings.Repeat(html, 100)), 40),
		"notgzip.html.gz": []byte(html),
		"crawl.jsonl":     []byte(`{"url":"http://a.cn/1","html":"<p>甲</p>"}` + "\n" + `{"url":` + "\n" + `{"id":"b","text":"乙"}`),
		"crawl.warc.gz": warcGz(
			warcRecord("response", "http://a.cn/1", resp, httpResponse("200 OK", []string{"Content-Type: text/html; charset=GBK"}, "\xb9\xa4\xbb\xe1")),
			warcRecord("response", "http://a.cn/2", resp, httpResponse("200 OK", []string{"Content-Type: text/plain"}, "纯文本"))),
	}
	dir := t.TempDir()
	opts := Options{MaxPageBytes: 1000}
	for name, data := range files {
		path := filepath.Join(dir, name)
		writeFile(t, path, data)
		t.Run(name, func(t *testing.T) {
			r, err := NewReader([]string{path}, opts)
			require.NoError(t, err)
			var want []Page
			for r.Next() {
				want = append(want, r.Page())
			}
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			pages, err := FilePages(path, f, opts)
			require.NoError(t, err)
			var have []Page
			for pg := range pages {
				have = append(have, pg)
			}
			require.NotEmpty(t, have)
			assert.Equal(t, want, have)
		})
	}
	_, err := FilePages("a.html", strings.NewReader(html), Options{})
	assert.ErrorContains(t, err, "MaxPageBytes")
}

func TestFilesListsWhatTheReaderReads(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"in/a/1.txt", "in/a/b/2.html", "in/c.jsonl.gz", "in/d.dat", "in/.partial/x.txt", "z.dat"} {
		writeFile(t, filepath.Join(dir, name), []byte("工会"))
	}
	args := []string{filepath.Join(dir, "in"), filepath.Join(dir, "*.dat"), filepath.Join(dir, "missing.txt")}
	var files []string
	for f, err := range Files(args) {
		require.NoError(t, err)
		files = append(files, strings.TrimPrefix(f, dir+"/"))
	}
	assert.Equal(t, []string{"in/a/1.txt", "in/a/b/2.html", "in/c.jsonl.gz", "z.dat", "missing.txt"}, files)
}
