package batch

import (
	"context"
	"fmt"
	"sync"

	"github.com/unionfacts/unionfacts/copies"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/rows"
	"github.com/unionfacts/unionfacts/schema"
)

// slotsPerWorker bounds the pages between reader and writer: enough that a
// slow page does not leave the other workers idle, few enough that memory
// stays flat.
const slotsPerWorker = 4

type job struct {
	seq  int
	page corpus.Page
}

type result struct {
	seq   int
	doc   schema.DocumentRow
	facts []schema.FactRow
	// sketch is the body's, for the search for copies, made by the worker
	// so that the writer's goroutine does not do it for every page.
	sketch copies.Sketch
	// cut is set for a page the run's end cut short: it has no rows, and
	// no page after it is journalled, so that a resume starts with it.
	cut bool
}

// extractAll runs reader → workers → ordered writer until src is done or
// ctx is cancelled, journalling every document's rows in src's order. On
// cancellation the pages in flight stop (see Processor); those that were
// finished are journalled up to the first that was cut short, and the open
// chunk is closed, so that a resume starts right after them.
func extractAll(ctx context.Context, src Source, p Processor, j *journal, opts Options, c *counters) error {
	workers := opts.Workers
	stopRead, cancel := context.WithCancel(ctx)
	defer cancel()
	slots := make(chan struct{}, workers*slotsPerWorker)
	jobs := make(chan job)
	results := make(chan result, cap(slots))
	var readErr error
	exhausted := false // src ran out, so a late cancel interrupted nothing
	go func() {
		defer close(jobs)
		for seq := 0; src.Next(); seq++ {
			// A cancel must win over a free slot, which select alone would
			// pick at random: a run cancelled before it starts reads nothing.
			if stopRead.Err() != nil {
				return
			}
			select {
			case slots <- struct{}{}:
			case <-stopRead.Done():
				return
			}
			jobs <- job{seq: seq, page: src.Page()}
		}
		readErr, exhausted = src.Err(), true
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for jb := range jobs {
				r := rows.Extract(ctx, p, jb.page, opts.PageTimeout)
				if r.Cut {
					results <- result{seq: jb.seq, cut: true}
					continue
				}
				results <- result{seq: jb.seq, doc: r.Doc, facts: r.Facts, sketch: Sketch(opts.Copies, r.Doc)}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]result{} // results that overtook an earlier page
	next := 0
	var writeErr error
	cut := false // a page was cut short: nothing after it is journalled
	for r := range results {
		pending[r.seq] = r
		for writeErr == nil && !cut {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if cut = r.cut; cut {
				break
			}
			if writeErr = j.add(r.doc, r.facts, r.sketch); writeErr != nil {
				cancel() // stop reading; keep draining results
				break
			}
			c.add(r)
			next++
			<-slots
		}
	}
	switch {
	case writeErr != nil:
		j.abort()
		return writeErr
	case readErr != nil:
		return joinCommit(j, readErr)
	case !exhausted || cut:
		return joinCommit(j, fmt.Errorf("batch: %w (%w) with %d more documents journalled",
			ErrInterrupted, ctx.Err(), next))
	}
	return j.commit()
}

// Sketch returns the sketch of a document's body, as every runner makes
// it for the search for copies; a failed document is
// never compared, whatever part of a body it got.
func Sketch(s copies.Sketcher, doc schema.DocumentRow) copies.Sketch {
	if doc.Error != nil {
		return copies.Sketch{}
	}
	return s.Sketch(doc.Body)
}

// joinCommit closes the open chunk, keeping the work done, and returns err.
func joinCommit(j *journal, err error) error {
	if cerr := j.commit(); cerr != nil {
		return fmt.Errorf("%w (and %w)", err, cerr)
	}
	return err
}

func (c *counters) add(r result) {
	c.docs.Add(1)
	c.facts.Add(int64(len(r.facts)))
	if r.doc.Error != nil {
		c.failed.Add(1)
	}
}
