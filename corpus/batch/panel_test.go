package batch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/extract/script"
	"github.com/unionfacts/unionfacts/schema"
)

// republishedReport is one of the invented reports of package copies'
// tests, as a text page with its title, date and outlet.
type republishedReport struct {
	name, title, published string
}

var republishedReports = []republishedReport{
	{"annual-2023", "松阳县总工会2023年工作总结", "2023-12-28"},
	{"warmth-jan", "松阳县总工会启动2023年“两节”送温暖活动", "2023-01-10"},
	{"jobfair-jan", "松阳县举办2023年“春风行动”专场招聘会", "2023-01-29"},
}

func textPage(title, published, outlet, body string) []byte {
	return fmt.Appendf(nil, "%s\n\n发布时间：%s 来源：%s\n\n%s", title, published, outlet, body)
}

// writeReports writes the originals into dir and, with copies, each again
// as a mirror would print it: cut to 70%, in traditional characters, with
// a line edited, all published a few days later and named so that they
// come before their original.
func writeReports(t *testing.T, dir string, withCopies bool) {
	t.Helper()
	for _, r := range republishedReports {
		raw, err := os.ReadFile(filepath.Join("..", "..", "copies", "testdata", r.name+".txt"))
		require.NoError(t, err)
		body := string(raw)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "original-"+r.name+".txt"),
			textPage(r.title, r.published, "松阳县总工会", body), 0o644))
		if !withCopies {
			continue
		}
		date, err := time.Parse(time.DateOnly, r.published)
		require.NoError(t, err)
		later := date.AddDate(0, 0, 3).Format(time.DateOnly)
		rs := []rune(body)
		mirrors := map[string][]byte{
			"a-cut":         textPage(r.title, later, "丽水新闻网", string(rs[:len(rs)*7/10])),
			"a-traditional": textPage(script.Default().Traditional(r.title), later, "臺灣工會網", script.Default().Traditional(body)),
			"a-edited":      textPage(r.title, later, "文库", strings.Replace(body, "，", "；", 2)+"\n（本文有删节）"),
		}
		for kind, page := range mirrors {
			require.NoError(t, os.WriteFile(filepath.Join(dir, kind+"-"+r.name+".txt"), page, 0o644))
		}
	}
}

// TestPanelIgnoresCopies: a crawl holding each report four times gives the
// panel of the crawl holding it once.
func TestPanelIgnoresCopies(t *testing.T) {
	p := newPipeline(t)
	panels := map[bool][]schema.PanelRow{}
	for _, withCopies := range []bool{false, true} {
		in, out := t.TempDir(), t.TempDir()
		writeReports(t, in, withCopies)
		sum, err := Run(context.Background(), reader(t, in), p, testOptions(out, 2))
		require.NoError(t, err)
		if withCopies {
			assert.Equal(t, 9, sum.Copies)
		}
		rows, err := parquet.ReadFile[schema.PanelRow](filepath.Join(out, schema.PanelFile))
		require.NoError(t, err)
		require.NotEmpty(t, rows)
		assert.Equal(t, len(rows), sum.PanelRows)
		for i := range rows {
			for k, f := range rows[i].Facts { // the same facts, in folders of their own
				rows[i].Facts[k] = filepath.Base(f)
			}
		}
		panels[withCopies] = rows
	}
	assert.Equal(t, panels[false], panels[true])
}
