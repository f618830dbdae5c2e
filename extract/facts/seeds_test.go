package facts_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/corpus/gold"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/numbers"
	"github.com/unionfacts/unionfacts/segment"
)

// seedsDir returns the shared seed corpus, skipping the test where the
// shared data directory is absent.
func seedsDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return dir
}

// seedBody is one gold case with its expected body.
type seedBody struct {
	c    gold.Case
	body string
}

// readSeedBodies reads the shared seeds.
func readSeedBodies(t testing.TB) []seedBody { return readGoldBodies(t, seedsDir(t)) }

// readGoldBodies reads the gold cases of dir that have an expected body.
func readGoldBodies(t testing.TB, dir string) []seedBody {
	cases, err := gold.Load(dir)
	require.NoError(t, err)
	var out []seedBody
	for _, c := range cases {
		if c.BodyPath == "" {
			continue
		}
		raw, err := os.ReadFile(c.BodyPath)
		require.NoError(t, err)
		out = append(out, seedBody{c, string(raw)})
	}
	require.NotEmpty(t, out)
	return out
}

// testSegmenter returns the process's shared segmenter, loaded once per
// test binary.
func testSegmenter(t testing.TB) *segment.Segmenter {
	t.Helper()
	seg, err := segment.Default()
	require.NoError(t, err)
	return seg
}

func defaultClassifier(t testing.TB) *facts.Classifier {
	t.Helper()
	rs, err := facts.DefaultRules()
	require.NoError(t, err)
	c, err := facts.NewClassifier(rs, testSegmenter(t))
	require.NoError(t, err)
	return c
}

// TestGoldBodies scores the number reader and the classifier on the gold
// bodies, so that the facts stage is measured apart from body cleaning: the
// shared seeds, and the repository's own test pages, which the rules were
// not written from. The floors only ever go up.
func TestGoldBodies(t *testing.T) {
	tests := []struct {
		Name                  string
		Dir                   func(t testing.TB) string
		Headline, All, Approx float64
	}{
		{"Seeds", seedsDir, 0.99, 0.99, 0.99},
		// 35 pages since 18 were added after the rules were written.
		{"TestPages", func(testing.TB) string { return filepath.Join("..", "..", "corpus", "testdata", "pages") }, 0.98, 0.985, 0.99},
	}
	c := defaultClassifier(t)
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			rep := gold.NewReport()
			for _, s := range readGoldBodies(t, tt.Dir(t)) {
				doc := extract.Document{Doc: s.c.Gold.Doc, Body: s.body}
				var err error
				doc.Facts, err = c.ClassifyBody(context.Background(), s.body, numbers.Find)
				require.NoError(t, err)
				rep.Add(s.c, doc, "")
			}
			logReport(t, rep)
			assert.GreaterOrEqual(t, rep.Headline.F1(), tt.Headline, "headline F1")
			assert.GreaterOrEqual(t, rep.All.F1(), tt.All, "all-metric F1")
			assert.GreaterOrEqual(t, rep.ApproxAccuracy(), tt.Approx, "approx accuracy")
		})
	}
}

func logReport(t *testing.T, rep *gold.Report) {
	for m, s := range rep.PerMetric {
		t.Logf("%-16s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", m, s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
	}
	t.Logf("headline F1 %.3f, all F1 %.3f (P %.3f R %.3f), approx accuracy %.3f",
		rep.Headline.F1(), rep.All.F1(), rep.All.Precision(), rep.All.Recall(), rep.ApproxAccuracy())
	if testing.Verbose() {
		for _, d := range append(rep.Missed, rep.Extra...) {
			t.Logf("%-6s %s %-16s %v %s %q", d.Kind, d.Doc, d.Metric, d.Value, d.Unit, d.Evidence)
		}
	}
}

// TestConcurrentClassify checks, under go test -race, that workers can
// share one Classifier (and through it one Segmenter).
func TestConcurrentClassify(t *testing.T) {
	c := defaultClassifier(t)
	seeds := readSeedBodies(t)
	want := make([][]facts.Fact, len(seeds))
	for i, s := range seeds {
		want[i] = classify(t, c, s.body, numbers.Find(s.body))
	}
	var wg sync.WaitGroup
	got := make([][][]facts.Fact, 4)
	for w := range got {
		wg.Go(func() {
			for _, s := range seeds {
				fs, err := c.Classify(context.Background(), s.body, numbers.Find(s.body))
				assert.NoError(t, err)
				got[w] = append(got[w], fs)
			}
		})
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, want, g)
	}
}
