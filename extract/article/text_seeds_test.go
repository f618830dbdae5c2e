package article_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/corpus/gold"
	"github.com/unionfacts/unionfacts/extract/article"
	"github.com/unionfacts/unionfacts/internal/stress"
)

// sharedSeeds is the shared seed corpus, ../shared from the repository root.
var sharedSeeds = filepath.Join("..", "..", "..", "shared", "corpus", "seeds")

// seedsDir returns sharedSeeds, skipping the test where it is absent.
func seedsDir(tb testing.TB) string {
	if _, err := os.Stat(sharedSeeds); err != nil {
		tb.Skipf("shared seeds not found at %s", sharedSeeds)
	}
	return sharedSeeds
}

// minSeedBodyF1 is the body score every seed must reach.
const minSeedBodyF1 = 0.98

// TestSeeds reads every text seed and compares it with its gold file: the
// body by bigram F1 as the evaluation scores it, the fields exactly.
func TestSeeds(t *testing.T) {
	cases, err := gold.Load(seedsDir(t))
	require.NoError(t, err)
	for _, c := range cases {
		if filepath.Ext(c.Input) != ".txt" || c.BodyPath == "" {
			continue
		}
		t.Run(c.Gold.Doc, func(t *testing.T) {
			in, err := os.ReadFile(c.Input)
			require.NoError(t, err)
			want, err := os.ReadFile(c.BodyPath)
			require.NoError(t, err)
			a := article.FromText(string(in))
			assert.GreaterOrEqual(t, gold.BodyF1(a.Body, string(want)), minSeedBodyF1, "body F1")
			assert.Equal(t, deref(c.Gold.Title), a.Title, "title")
			assert.Equal(t, deref(c.Gold.Published), a.Published, "published")
			assert.Equal(t, deref(c.Gold.Source), a.Source, "source")
			assert.Equal(t, strings.Join(c.Gold.Authors, "|"), strings.Join(a.Authors, "|"), "authors")
		})
	}
}

// TestGoldBodiesStayPut reads every expected body, of the seeds and of our
// own golden pages, as a page of its own: a clean body has no furniture to
// strip and no break to join, so it must come back unchanged.
func TestGoldBodiesStayPut(t *testing.T) {
	dirs := []string{filepath.Join("..", "..", "corpus", "testdata", "pages")}
	if _, err := os.Stat(sharedSeeds); err == nil {
		dirs = append(dirs, sharedSeeds)
	}
	for _, dir := range dirs {
		paths, err := filepath.Glob(filepath.Join(dir, "*.body.txt"))
		require.NoError(t, err)
		for _, p := range paths {
			t.Run(filepath.Base(p), func(t *testing.T) {
				data, err := os.ReadFile(p)
				require.NoError(t, err)
				body := strings.TrimSpace(string(data))
				assert.Equal(t, body, article.FromText(body).Body)
			})
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// BenchmarkFromText measures text-page throughput (MB/s) over the seeds.
func BenchmarkFromText(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(seedsDir(b), "*.txt"))
	require.NoError(b, err)
	var pages []string
	size := 0
	for _, p := range paths {
		if strings.HasSuffix(p, ".body.txt") {
			continue
		}
		data, err := os.ReadFile(p)
		require.NoError(b, err)
		pages = append(pages, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			article.FromText(p)
		}
	}
}

// BenchmarkCleanStress cleans the generated pages at four sizes, each four
// times the one before (see stress.Bench).
func BenchmarkCleanStress(b *testing.B) {
	stress.Bench(b, func(p stress.Page) {
		if p.HTML {
			article.FromHTML(p.Text)
		} else {
			article.FromText(p.Text)
		}
	})
}
