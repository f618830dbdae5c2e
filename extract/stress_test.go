package extract_test

import (
	"context"
	"testing"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/internal/stress"
)

// stressPage is a generated page as the corpus reader gives it.
func stressPage(p stress.Page) corpus.Page {
	format := corpus.Text
	if p.HTML {
		format = corpus.HTML
	}
	return corpus.Page{Doc: p.Name, Data: []byte(p.Text), Format: format}
}

// BenchmarkStress runs the whole pipeline on each generated page at four
// sizes, each four times the one before: time per page must grow about
// fourfold too, not sixteenfold.
func BenchmarkStress(b *testing.B) {
	p := sharedPipeline(b)
	stress.Bench(b, func(sp stress.Page) {
		if doc := p.Process(context.Background(), stressPage(sp)); doc.Err != nil {
			b.Fatal(doc.Err)
		}
	})
}
