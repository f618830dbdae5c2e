package schema

import (
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/period"
	"github.com/unionfacts/unionfacts/extract/region"
	"github.com/unionfacts/unionfacts/extract/script"
)

// roundTripDocs are a read page with every field, a range fact and a fact
// of its own region, and a failed page that has next to nothing.
func roundTripDocs() []extract.Document {
	lo, hi := 3.0, 5.0
	return []extract.Document{{
		Doc: "a.html", Input: "in/a.html", ContentHash: "c0ffee",
		Title: "区总工会工作报告", Published: "2023-06-07", Source: "中工网",
		Authors: []string{"周明远", "陈雪梅"},
		Region:  &region.Region{Name: "安徽省铜陵市义安区", Code: "340706"},
		Body:    "全区发展会员652人，新建基层工会3至5个。", Keywords: []string{"工会"},
		Charset: "gbk", CharsetSource: "meta", Script: script.Hans, Relevance: 0.75, AboutUnions: true,
		Facts: []facts.Fact{
			{Metric: "members_added", Value: 652, Unit: "人", Evidence: "652人", Start: 6, End: 10,
				Sentence: "全区发展会员652人，", Trigger: "发展", Noun: "会员", Rule: "members_added/develop",
				Period: period.Span{Start: "2023-01-01", End: "2023-06-07", Text: "title:2023年"}},
			{Metric: "unions_formed", Value: lo, ValueMax: &hi, Unit: "个", Approx: "range", Evidence: "3至5个",
				Start: 17, End: 21, Sentence: "新建基层工会3至5个。", Trigger: "新建", Noun: "工会", Rule: "unions_formed/new",
				Region: &region.Region{Name: "安徽省铜陵市枞阳县", Code: "340722"}, PartOf: 1},
		},
	}, {
		Doc: "b.html", Input: "in/b.html", ContentHash: "deadbeef", Charset: "utf-8", CharsetSource: "sniff",
		Err: &extract.PageError{Doc: "b.html", Stage: extract.StageDecode, Err: extract.ErrEmpty},
	}}
}

func testMetadata() Metadata {
	return RunMetadata("v1.2.3", "rules-abc", []string{"run", "--out", "my out"})
}

func writeAll(t *testing.T, docs []extract.Document, docLimit, factLimit groupLimit) string {
	t.Helper()
	dir := t.TempDir()
	w, err := create(dir, testMetadata(), docLimit, factLimit)
	require.NoError(t, err)
	for _, d := range docs {
		require.NoError(t, w.Write(d))
	}
	require.NoError(t, w.Close())
	return dir
}
