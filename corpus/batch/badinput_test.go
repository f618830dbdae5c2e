package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunBadInputs runs the real pipeline over a folder of inputs that go
// wrong in every way a crawl can: each still gets exactly one row, the
// unreadable ones with an error naming the page, and the run finishes.
func TestRunBadInputs(t *testing.T) {
	in := t.TempDir()
	report := "某县总工会工作简报\n\n全年新建基层工会27家,发展会员1350人。\n"
	zipped := gzipBytes([]byte(strings.Repeat(report, 200)))
	files := map[string][]byte{
		"good.txt":         []byte(report),
		"empty.txt":        {},
		"binary.html":      append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 4096)...),
		"truncated.txt.gz": zipped[:len(zipped)/2],
		"nested.html": []byte("<html><body>" + strings.Repeat("<div>", 100_000) + "<p>" + report + "</p>" +
			strings.Repeat("</div>", 100_000) + "</body></html>"),
		"huge.txt":        bytes.Repeat([]byte(report), 18<<20/len(report)+1),
		"broken-utf8.txt": append([]byte(report), 0xe5, 0xb7, '\n', 0xff, 0xfe, '\n'),
	}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(in, name), data, 0o644))
	}
	out := t.TempDir()
	sum, err := Run(context.Background(), reader(t, in), newPipeline(t), testOptions(out, 2))
	require.NoError(t, err)
	docs, _ := output(t, out)
	require.Len(t, docs, len(files), "one row per input")
	errs := map[string]string{}
	for _, d := range docs {
		if d.Error != nil {
			errs[filepath.Base(d.Doc)] = *d.Error
		}
	}
	for name, cause := range map[string]string{
		"empty.txt":        "read: empty page",
		"binary.html":      "read: binary content",
		"truncated.txt.gz": "read: truncated file: unexpected EOF",
		"huge.txt":         "read: page too large",
	} {
		assert.Contains(t, errs[name], filepath.Join(in, name)+": "+cause, name)
	}
	assert.NotContains(t, errs, "good.txt")
	assert.Equal(t, len(errs), sum.FailedDocs)
}
