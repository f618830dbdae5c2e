package facts_test

import (
	"testing"

	"github.com/unionfacts/unionfacts/extract/numbers"
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
			c.Scope("", body).Keep(c.Classify(body, numbers.Find(body)))
			seg.Keywords(body, 10)
		}},
		{"Numbers", func(_ int, body string) { numbers.Find(body) }},
		{"Classify", func(i int, body string) { c.Classify(body, qs[i]) }},
		{"Keywords", func(_ int, body string) { seg.Keywords(body, 10) }},
		{"Scope", func(_ int, body string) { c.Scope("", body) }},
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
