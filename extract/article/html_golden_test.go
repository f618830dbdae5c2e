package article

import (
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/extract/charset"
)

var updateHTML = flag.Bool("update-html", false, "rewrite testdata/html/*.golden.txt from the current output")

// goldenText lays an Article out for a golden file.
func goldenText(a Article) string {
	return fmt.Sprintf("title: %s\npublished: %s\nsource: %s\nauthors: %s\n\n%s\n",
		a.Title, a.Published, a.Source, strings.Join(a.Authors, ", "), a.Body)
}

// TestGoldenHTML decodes and cleans each testdata/html/*.html page and
// compares the result with its .golden.txt twin (go test -update-html
// rewrites them). It then reruns FromHTML on the golden body set as plain
// paragraphs, which must give the same body back, as gofmt's tests rerun
// on their golden output.
func TestGoldenHTML(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			raw, err := os.ReadFile(page)
			require.NoError(t, err)
			text, _ := charset.Decode(raw, "")
			got := FromHTML(text)
			golden := strings.TrimSuffix(page, ".html") + ".golden.txt"
			if *updateHTML {
				require.NoError(t, os.WriteFile(golden, []byte(goldenText(got)), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), goldenText(got))

			var b strings.Builder
			b.WriteString("<html><body><article><h1>" + html.EscapeString(got.Title) + "</h1>")
			for _, line := range strings.Split(got.Body, "\n") {
				b.WriteString("<p>" + html.EscapeString(line) + "</p>")
			}
			b.WriteString("</article></body></html>")
			again := FromHTML(b.String())
			assert.Equal(t, got.Body, again.Body, "rerun on the golden body")
		})
	}
}
