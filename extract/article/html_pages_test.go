package article

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/extract/charset"
)

// sharedDir returns the path of rel inside the shared data directory that
// sits beside the repository (../shared from the repository root), and
// skips the test when it is absent.
func sharedDir(tb testing.TB, rel string) string {
	tb.Helper()
	dir, err := filepath.Abs(".")
	require.NoError(tb, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("shared data not available: %v", err)
	}
	return path
}

// maxReplacementShare bounds the U+FFFD characters a decoded page may
// hold: a few come from bytes broken in the source page itself, many mean
// a wrong charset.
const maxReplacementShare = 0.002

// TestBoilerplatePages runs every HTML page of the shared boilerplate
// corpora (GNE tests and list pages, readability and trafilatura pages,
// the Chinese extraction dataset) through decode and FromHTML: none may
// panic, none may come out mis-decoded, and a page that is valid
// UTF-8 must decode as UTF-8 whatever its meta tag claims.
func TestBoilerplatePages(t *testing.T) {
	root := sharedDir(t, "data/boilerplate")
	n, stale := 0, 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") && !strings.HasSuffix(path, ".htm") {
			return err
		}
		n++
		rel, _ := filepath.Rel(root, path)
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		text, res := charset.Decode(raw, "")
		if utf8.Valid(raw) && !strings.HasPrefix(string(raw), "\uFEFF") {
			assert.Equal(t, charset.Result{Name: "utf-8", Source: charset.FromUTF8Check}, res, rel)
			assert.Equal(t, string(raw), text, rel)
			if gbMeta.Match(raw[:min(len(raw), 4096)]) {
				stale++
			}
		}
		bad := strings.Count(text, "\uFFFD")
		assert.LessOrEqual(t, float64(bad), maxReplacementShare*float64(utf8.RuneCountInString(text)), "%s: %d U+FFFD after decoding as %s", rel, bad, res.Name)
		assert.NotContains(t, text, "锟斤拷", rel) // UTF-8 U+FFFD read back as GBK
		FromHTML(text)                          // must not panic
		return nil
	})
	require.NoError(t, err)
	t.Logf("%d pages, %d of them UTF-8 with a stale GB meta tag", n, stale)
	assert.Greater(t, n, 100, "pages walked")
	assert.GreaterOrEqual(t, stale, 4, "UTF-8 pages with a stale GB meta tag")
}

// gbMeta finds a GB charset declaration, which on a valid UTF-8 page is
// stale.
var gbMeta = regexp.MustCompile(`(?i)charset\s*=\s*["']?(gb2312|gbk|gb18030)`)

// BenchmarkPages measures decode + clean + fields over the 69 pages of the
// Chinese extraction dataset; the pages/s metric is what to compare.
func BenchmarkPages(b *testing.B) {
	dir := sharedDir(b, "data/boilerplate/Chinese-Web-Content-Extraction-Dataset/original")
	paths, err := filepath.Glob(filepath.Join(dir, "*.html"))
	require.NoError(b, err)
	pages := make([][]byte, len(paths))
	size := 0
	for i, p := range paths {
		pages[i], err = os.ReadFile(p)
		require.NoError(b, err)
		size += len(pages[i])
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, raw := range pages {
			text, _ := charset.Decode(raw, "")
			FromHTML(text)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
