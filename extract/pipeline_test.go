package extract_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
)

var (
	pipelineOnce sync.Once
	pipeline     *extract.Pipeline
	pipelineErr  error
)

// sharedPipeline loads the pipeline once per test binary: the segmenter's
// dictionary takes seconds to load.
func sharedPipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	pipelineOnce.Do(func() {
		rules, err := facts.DefaultRules()
		if err != nil {
			pipelineErr = err
			return
		}
		pipeline, pipelineErr = extract.New(extract.Options{Rules: rules})
	})
	require.NoError(t, pipelineErr)
	return pipeline
}

func TestNewRequiresRules(t *testing.T) {
	_, err := extract.New(extract.Options{})
	assert.ErrorContains(t, err, "Rules")
}

const report = "某县总工会2024年工作简报\n\n全年新建基层工会27家,发展会员1350人,发放慰问金52.6万元。\n"

func TestProcessFailures(t *testing.T) {
	p := sharedPipeline(t)
	tests := []struct {
		Name  string
		Page  corpus.Page
		Stage extract.Stage
		Err   error
	}{
		{Name: "Unreadable", Page: corpus.Page{Doc: "gone.txt", Err: errors.New("no such file")}, Stage: extract.StageRead},
		{Name: "Empty", Page: corpus.Page{Doc: "e.txt", Data: []byte(" \n\t"), Format: corpus.Text}, Stage: extract.StageRead, Err: extract.ErrEmpty},
		{Name: "Binary", Page: corpus.Page{Doc: "b.txt", Data: []byte("PK\x03\x04\x00\x00binary"), Format: corpus.Text}, Stage: extract.StageRead, Err: extract.ErrBinary},
		{Name: "NoArticle", Page: corpus.Page{Doc: "n.html", Data: []byte("<html><body><script>x()</script></body></html>"), Format: corpus.HTML}, Stage: extract.StageClean, Err: extract.ErrNotArticle},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			doc := p.Process(context.Background(), tt.Page)
			var pe *extract.PageError
			require.ErrorAs(t, doc.Err, &pe)
			assert.Equal(t, tt.Page.Doc, pe.Doc)
			assert.Equal(t, tt.Stage, pe.Stage)
			if tt.Err != nil {
				assert.ErrorIs(t, doc.Err, tt.Err)
			}
			assert.Contains(t, doc.Err.Error(), tt.Page.Doc, "the message names the page")
			assert.Empty(t, doc.Facts)
		})
	}
}

func TestProcessReport(t *testing.T) {
	doc := sharedPipeline(t).Process(context.Background(), corpus.Page{Doc: "r.txt", Input: "r.txt", Data: []byte(report), Format: corpus.Text})
	require.NoError(t, doc.Err)
	assert.Equal(t, "某县总工会2024年工作简报", doc.Title)
	assert.Len(t, doc.ContentHash, 64)
	assert.Equal(t, "utf-8", doc.Charset)
	var metrics []string
	for _, f := range doc.Facts {
		metrics = append(metrics, f.Metric)
		assert.Equal(t, f.Evidence, string([]rune(doc.Body)[f.Start:f.End]))
	}
	assert.Equal(t, []string{"unions_formed", "members_added", "funds_disbursed"}, metrics)
}

// A UTF-16 page is full of NUL bytes but is text: its byte-order mark must
// keep it from being rejected as binary.
func TestProcessUTF16(t *testing.T) {
	units := utf16.Encode([]rune(report))
	data := []byte{0xFF, 0xFE}
	for _, u := range units {
		data = append(data, byte(u), byte(u>>8))
	}
	doc := sharedPipeline(t).Process(context.Background(), corpus.Page{Doc: "u.txt", Data: data, Format: corpus.Text})
	require.NoError(t, doc.Err)
	assert.Len(t, doc.Facts, 3)
}

// A county named before the second of two equal numbers in one sentence
// owns that fact: the region is read up to the fact's own evidence, not up
// to the first place the same text occurs.
func TestFactRegionRepeatedEvidence(t *testing.T) {
	page := "湖南省永州市总工会工作简报\n\n永州市总工会指导各县区建设服务站点，其中祁阳市建成工会户外劳动者驿站24家，冷水滩区建成工会户外劳动者驿站24家。\n"
	doc := sharedPipeline(t).Process(context.Background(), corpus.Page{Doc: "y.txt", Data: []byte(page), Format: corpus.Text})
	require.NoError(t, doc.Err)
	var places []string
	for _, f := range doc.Facts {
		if f.Evidence == "24家" {
			require.NotNil(t, f.Region, "the sentence names a county below the document's region")
			places = append(places, f.Region.Code)
		}
	}
	assert.Equal(t, []string{"431181", "431103"}, places)
}

func TestProcessStopsWhenItsContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, pg := range []corpus.Page{
		{Doc: "r.txt", Data: []byte(report), Format: corpus.Text},
		{Doc: "r.html", Data: []byte("<html><body><p>" + report + "</p></body></html>"), Format: corpus.HTML},
	} {
		doc := sharedPipeline(t).Process(ctx, pg)
		var pe *extract.PageError
		require.ErrorAs(t, doc.Err, &pe, pg.Doc)
		assert.ErrorIs(t, doc.Err, context.Canceled, pg.Doc)
		assert.Equal(t, pg.Doc, pe.Doc)
		assert.Empty(t, doc.Facts, pg.Doc)
	}
}
