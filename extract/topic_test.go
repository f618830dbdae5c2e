package extract_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/gold"
)

// generalNewsPages lists the general Chinese news pages of the shared
// boilerplate datasets: 147 pages about everything but unions.
func generalNewsPages(t *testing.T) []string {
	dir := filepath.Join("..", "..", "shared", "data", "boilerplate")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	var pages []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".html") {
			pages = append(pages, path)
		}
		return err
	})
	require.NoError(t, err)
	return pages
}

// TestGeneralNewsIsNotAboutUnions runs the pipeline on general news pages,
// none of them a union report: none is about unions, and together they
// yield at most two facts (before pages were read for their actor they
// yielded 33).
func TestGeneralNewsIsNotAboutUnions(t *testing.T) {
	p := sharedPipeline(t)
	pages := generalNewsPages(t)
	require.GreaterOrEqual(t, len(pages), 100)
	total := 0
	for _, path := range pages {
		doc := p.Process(context.Background(), corpus.ReadFile(path))
		assert.False(t, doc.AboutUnions, "%s: about unions (relevance %.2f)", path, doc.Relevance)
		for _, f := range doc.Facts {
			t.Logf("%s: %s %s in %q", path, f.Metric, f.Evidence, f.Sentence)
		}
		total += len(doc.Facts)
	}
	assert.LessOrEqual(t, total, 2, "facts from %d general news pages", len(pages))
}

// TestReportsAreAboutUnions runs the pipeline on every union report with a
// gold file: the seeds, our golden corpus and the holdout are all about
// unions.
func TestReportsAreAboutUnions(t *testing.T) {
	p := sharedPipeline(t)
	dirs := []string{"../corpus/testdata/pages", "../corpus/testdata/holdout"}
	if seeds := filepath.Join("..", "..", "shared", "corpus", "seeds"); dirExists(seeds) {
		dirs = append(dirs, seeds)
	}
	for _, dir := range dirs {
		cases, err := gold.Load(dir)
		require.NoError(t, err)
		for _, c := range cases {
			doc := p.Process(context.Background(), corpus.ReadFile(c.Input))
			assert.True(t, doc.AboutUnions, "%s: not about unions (relevance %.2f)", c.Input, doc.Relevance)
			assert.Greater(t, doc.Relevance, 0.5, c.Input)
		}
	}
}

func dirExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// TestTraditionalMixedPage: a page in traditional characters is read for
// its actors through the simplified view, like its facts: the Women's
// Federation's numbers stay out, the union's come in as printed.
func TestTraditionalMixedPage(t *testing.T) {
	page := "縣婦聯工作簡報\n\n" +
		"縣婦聯舉辦巾幗創業培訓班15期，培訓婦女1200人次。\n" +
		"縣總工會走訪慰問困難職工860人，發放慰問金52萬元。\n"
	doc := sharedPipeline(t).Process(context.Background(),
		corpus.Page{Doc: "hant.txt", Data: []byte(page), Format: corpus.Text})
	require.NoError(t, doc.Err)
	assert.True(t, doc.AboutUnions)
	var got []string
	for _, f := range doc.Facts {
		got = append(got, f.Evidence)
	}
	assert.Equal(t, []string{"860人", "52萬元"}, got)
}
