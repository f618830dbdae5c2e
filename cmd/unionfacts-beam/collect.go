package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/unionfacts/unionfacts/copies"
	"github.com/unionfacts/unionfacts/corpus/batch"
	"github.com/unionfacts/unionfacts/panel"
	"github.com/unionfacts/unionfacts/schema"
)

// The collection stages, copies and the panel, as the local run runs them:
// package copies and package panel over every document, in input order.

// oneGroup is the key under which a collection stage gathers all its
// elements on one worker.
const oneGroup = 0

// place is a page's place in the input: the --input it came from, the
// file among that pattern's matches, the page within the file. Sorting by
// it gives the order `unionfacts run` reads the pages in.
type place struct{ Pattern, File, Page int }

func (p place) key() string { return fmt.Sprintf("%d/%d/%d", p.Pattern, p.File, p.Page) }

func comparePlaces(a, b place) int {
	return cmp.Or(cmp.Compare(a.Pattern, b.Pattern), cmp.Compare(a.File, b.File), cmp.Compare(a.Page, b.Page))
}

// sketchRecord is what the search for copies needs of one document.
type sketchRecord struct {
	At        place
	Doc       string
	Published *int32
	Sketch    copies.Sketch
}

// sketchOf returns a document's sketch record, made with the local run's
// sketcher (batch.DefaultOptions) and rules.
func sketchOf(at place, doc schema.DocumentRow) sketchRecord {
	return sketchRecord{At: at, Doc: doc.Doc, Published: doc.Published, Sketch: batch.Sketch(defaultOptions.Copies, doc)}
}

// defaultOptions are the local run's options, whose sketcher and stock
// metrics the Beam run uses too.
var defaultOptions = batch.DefaultOptions(1)

// findCopies gathers every sketch, feeds them to a copies.Finder in input
// order and emits each copy's place with the doc of its kept copy.
func findCopies(_ int, records func(*[]byte) bool, emit func(string, string)) error {
	type encoded struct {
		at place
		b  []byte
	}
	var all []encoded
	var b []byte
	for records(&b) {
		var at struct{ At place }
		if err := json.Unmarshal(b, &at); err != nil {
			return fmt.Errorf("copies: decoding sketch: %w", err)
		}
		all = append(all, encoded{at.At, b})
	}
	slices.SortFunc(all, func(x, y encoded) int { return comparePlaces(x.at, y.at) })
	scratch, err := os.CreateTemp("", "unionfacts-copies-*.scratch")
	if err != nil {
		return fmt.Errorf("copies: %w", err)
	}
	scratch.Close()
	f, err := copies.NewFinder(scratch.Name())
	if err != nil {
		return err
	}
	defer f.Close()
	for i := range all {
		var r sketchRecord
		if err := json.Unmarshal(all[i].b, &r); err != nil {
			return fmt.Errorf("copies: decoding sketch: %w", err)
		}
		all[i].b = nil // memory holds what the finder keeps, not the sketch
		if err := f.Add(r.Doc, r.Published, r.Sketch); err != nil {
			return fmt.Errorf("%s: %w", r.Doc, err)
		}
	}
	found, err := f.Find()
	if err != nil {
		return err
	}
	for i, e := range all {
		if of := found.DuplicateOf(i); of != "" {
			emit(e.at.key(), of)
		}
	}
	return nil
}

// buildPanelFn gathers every document's rows, as the shard writers pass
// them on with duplicate_of set, adds them up in input order with package
// panel, and writes panel.parquet beside the shards, with the run's id.
type buildPanelFn struct {
	Output string
	Meta   schema.Metadata
	RunID  string
}

func (fn *buildPanelFn) ProcessElement(ctx context.Context, _ int, docs func(*[]byte) bool) error {
	var all []docRows
	var b []byte
	for docs(&b) {
		var r docRows
		if err := json.Unmarshal(b, &r); err != nil {
			return fmt.Errorf("panel: decoding rows: %w", err)
		}
		all = append(all, r)
	}
	slices.SortFunc(all, func(x, y docRows) int { return comparePlaces(x.At, y.At) })
	pb := panel.NewBuilder(defaultOptions.StockMetric)
	for _, r := range all {
		pb.Add(r.Doc, r.Facts)
	}
	fs, err := filesystem.New(ctx, fn.Output)
	if err != nil {
		return err
	}
	defer fs.Close()
	path := panelPath(fn.Output)
	out, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	err = schema.EncodePanel(out, pb.Rows(), fn.Meta, fn.RunID)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("panel: %s: %w", path, err)
	}
	return nil
}
