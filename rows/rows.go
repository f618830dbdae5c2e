// Package rows turns one page into its output rows. It is the one
// per-document step of a run, shared by every runner of the pipeline:
// corpus/batch, which runs a crawl on one machine with workers and a
// journal, and cmd/unionfacts-beam, which runs it on Apache Beam. The
// runners differ in how pages reach Extract and where its rows go, never in
// what a page becomes, so the same page gives the same rows on either.
//
//	r := rows.Extract(ctx, pipeline, page, time.Minute)
//	if r.Cut {
//		// the run is ending: drop the page, a later run extracts it again
//	}
//	write(r.Doc, r.Facts)
package rows

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/schema"
)

// Processor extracts one page; *extract.Pipeline is one. Runners call it
// from several goroutines at once. A page whose ctx ends must come back
// soon, with Err wrapping ctx.Err().
type Processor interface {
	Process(context.Context, corpus.Page) extract.Document
}

// Page is what one page gave.
type Page struct {
	Doc   schema.DocumentRow
	Facts []schema.FactRow
	// Err is the page's failure, nil for a page that was read; its message
	// is Doc.Error.
	Err error
	// Cut is set when the run's own context ended while the page was in
	// flight, so that its failure says nothing about the page: a runner
	// drops such a page rather than writing its row, and extracts it again
	// when the run resumes or the work is retried.
	Cut bool
}

// Extract runs one page through p within timeout (zero: no bound) and
// converts the result into rows. A page over its time is a row failed in
// its stage with context.DeadlineExceeded. A panic in a stage becomes a row
// failed in stage "extract": one page that trips a bug must not end a run
// over a million others.
func Extract(ctx context.Context, p Processor, pg corpus.Page, timeout time.Duration) Page {
	d := process(ctx, p, pg, timeout)
	if ctx.Err() != nil && errors.Is(d.Err, ctx.Err()) {
		return Page{Err: d.Err, Cut: true}
	}
	doc, facts := schema.Rows(d)
	return Page{Doc: doc, Facts: facts, Err: d.Err}
}

func process(ctx context.Context, p Processor, pg corpus.Page, timeout time.Duration) (doc extract.Document) {
	defer func() {
		if v := recover(); v != nil {
			doc = extract.Document{Doc: pg.Doc, Input: pg.Input,
				Err: &extract.PageError{Doc: pg.Doc, Stage: "extract", Err: fmt.Errorf("panic: %v", v)}}
		}
	}()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	return p.Process(ctx, pg)
}
