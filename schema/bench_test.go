package schema

import (
	"fmt"
	"strings"
	"testing"

	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/region"
)

// benchFactsPerDoc is about what a long work report yields.
const benchFactsPerDoc = 10

// benchDocs are distinct documents shaped like real reports: a body of a
// few thousand characters, a region, a handful of facts.
func benchDocs(n int) []extract.Document {
	sentence := "全区各级工会新发展会员652人，新建基层工会12个，发放慰问金36万余元。"
	body := strings.Repeat(sentence, 60)
	docs := make([]extract.Document, n)
	for i := range docs {
		d := extract.Document{
			Doc: fmt.Sprintf("report-%05d.html", i), Input: fmt.Sprintf("in/report-%05d.html", i),
			ContentHash: fmt.Sprintf("%064x", i), Title: "区总工会工作报告", Published: "2023-06-07",
			Source: "中工网", Authors: []string{"周明远"}, Body: body, Keywords: []string{"工会", "会员"},
			Region:  &region.Region{Name: "安徽省铜陵市义安区", Code: "340706"},
			Charset: "gbk", CharsetSource: "meta",
		}
		for j := 0; j < benchFactsPerDoc; j++ {
			d.Facts = append(d.Facts, facts.Fact{Metric: "members_added", Value: 652, Unit: "人",
				Evidence: "652人", Start: 13 + j*37, End: 17 + j*37, Sentence: sentence,
				Trigger: "发展", Noun: "会员", Rule: "members_added/develop"})
		}
		docs[i] = d
	}
	return docs
}

// BenchmarkWrite measures documents (and their facts) written per second,
// Close included, so that the last row group's flush is counted.
func BenchmarkWrite(b *testing.B) {
	docs := benchDocs(1000)
	b.SetBytes(int64(len(docs[0].Body)))
	b.ReportAllocs()
	w, err := Create(b.TempDir(), testMetadata())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := w.Write(docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/s, "docs/s")
	b.ReportMetric(float64(b.N*benchFactsPerDoc)/s, "facts/s")
}
