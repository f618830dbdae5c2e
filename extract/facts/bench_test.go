package facts_test

import (
	"context"
	"testing"

	"github.com/unionfacts/unionfacts/extract/numbers"
	"github.com/unionfacts/unionfacts/internal/stress"
)

// BenchmarkFactsStage measures the facts stage on the seed bodies as the
// pipeline runs it, reporting documents per second: the whole stage
// (number reading, classification with the segmented counted nouns, the
// scope of union work, and keyword extraction), then each step alone.
func BenchmarkFactsStage(b *testing.B) {
	seeds := readSeedBodies(b)
	c := defaultClassifier(b)
	seg := testSegmenter(b)
	qs := make([][]numbers.Quantity, len(seeds))
	for i, s := range seeds {
		qs[i] = numbers.Find(s.body)
	}
	steps := []struct {
		name string
		run  func(i int, body string)
	}{
		{"All", func(_ int, body string) {
			fs, _ := c.Classify(context.Background(), body, numbers.Find(body))
			c.Topic("", body).Keep(fs)
			seg.Keywords(context.Background(), body, 10)
		}},
		{"Numbers", func(_ int, body string) { numbers.Find(body) }},
		{"Classify", func(i int, body string) { c.Classify(context.Background(), body, qs[i]) }},
		{"Keywords", func(_ int, body string) { seg.Keywords(context.Background(), body, 10) }},
		{"Topic", func(_ int, body string) { c.Topic("", body) }},
	}
	for _, st := range steps {
		b.Run(st.name, func(b *testing.B) {
			for b.Loop() {
				for i, s := range seeds {
					st.run(i, s.body)
				}
			}
			b.ReportMetric(float64(b.N*len(seeds))/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkClassifyStress classifies the bodies of the generated pages at
// four sizes, each four times the one before (see stress.Bench), their
// numbers read beforehand.
func BenchmarkClassifyStress(b *testing.B) {
	c := defaultClassifier(b)
	qs := map[string][]numbers.Quantity{}
	stress.Bench(b, func(p stress.Page) {
		q, ok := qs[p.Text]
		if !ok {
			q = numbers.Find(p.Text)
			qs[p.Text] = q
		}
		if _, err := c.ClassifyBody(context.Background(), p.Text, func(s string) []numbers.Quantity {
			if s == p.Text {
				return q
			}
			return numbers.Find(s)
		}); err != nil {
			b.Fatal(err)
		}
	})
}
