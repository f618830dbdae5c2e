package batch

import (
	"fmt"

	"github.com/unionfacts/unionfacts/copies"
	"github.com/unionfacts/unionfacts/panel"
	"github.com/unionfacts/unionfacts/schema"
)

// skipJournalled advances src past the documents the journal holds,
// checking that they are the same documents, and hands their sketches to
// the search for copies.
func skipJournalled(j *journal, src Source, s copies.Sketcher) (int, error) {
	n := 0
	for chunk := 1; chunk <= j.chunks; chunk++ {
		docs, err := j.docs(chunk)
		if err != nil {
			return n, err
		}
		for _, d := range docs {
			if !src.Next() {
				return n, fmt.Errorf("batch: cannot resume: the inputs end after %d documents but the journal holds more: %w",
					n, ErrJournalMismatch)
			}
			if got := src.Page().Doc; got != d.Doc {
				return n, fmt.Errorf("batch: cannot resume: document %d is %s in the inputs but %s in the journal: %w",
					n+1, got, d.Doc, ErrJournalMismatch)
			}
			if err := j.copies.Add(d.Doc, d.Published, Sketch(s, d)); err != nil {
				return n, fmt.Errorf("batch: %w", err)
			}
			n++
		}
	}
	return n, nil
}

// finish finds the copies among the journalled documents, copies the
// journal's chunks in order into the final files with duplicate_of set,
// adds them up into the panel, counts the summary from them, and removes
// the journal.
func finish(j *journal, opts Options) (Summary, error) {
	var sum Summary
	found, err := j.copies.Find()
	if err != nil {
		return sum, fmt.Errorf("batch: %w", err)
	}
	w, err := schema.Create(opts.Out, opts.Meta)
	if err != nil {
		return sum, err
	}
	defer w.Abort()
	pb := panel.NewBuilder(opts.StockMetric)
	index := 0 // the document's place in the input
	for chunk := 1; chunk <= j.chunks; chunk++ {
		docs, err := j.docs(chunk)
		if err != nil {
			return sum, err
		}
		facts, err := j.facts(chunk)
		if err != nil {
			return sum, err
		}
		for _, d := range docs {
			if of := found.DuplicateOf(index); of != "" {
				d.DuplicateOf = &of
			}
			index++
			n := 0 // facts are in document order: take this document's run
			for n < len(facts) && facts[n].Doc == d.Doc {
				n++
			}
			if err := w.WriteRows(d, facts[:n]); err != nil {
				return sum, err
			}
			sum.add(d, facts[:n])
			pb.Add(d, facts[:n])
			facts = facts[n:]
		}
		if len(facts) > 0 {
			return sum, fmt.Errorf("batch: journal chunk %d: %d facts of %s follow no document", chunk, len(facts), facts[0].Doc)
		}
	}
	rows := pb.Rows()
	sum.PanelRows = len(rows)
	if err := w.WritePanel(rows); err != nil {
		return sum, err
	}
	if err := w.Close(); err != nil {
		return sum, err
	}
	return sum, j.remove()
}
