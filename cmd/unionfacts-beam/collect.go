package main

import (
	"bufio"
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

// findCopies reads every sketch from the spill files named, feeds them to
// a copies.Finder in input order and emits each copy's place with the doc
// of its kept copy.
func findCopies(ctx context.Context, _ int, spills func(*string) bool, emit func(string, string)) error {
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
	var at []place
	err = inOrder(ctx, spills, func(b []byte) error {
		var r sketchRecord
		if err := json.Unmarshal(b, &r); err != nil {
			return fmt.Errorf("copies: decoding sketch: %w", err)
		}
		at = append(at, r.At)
		return f.Add(r.Doc, r.Published, r.Sketch)
	})
	if err != nil {
		return err
	}
	found, err := f.Find()
	if err != nil {
		return err
	}
	copiesCounter.Inc(ctx, int64(found.Copies))
	for i, p := range at {
		if of := found.DuplicateOf(i); of != "" {
			emit(p.key(), of)
		}
	}
	return nil
}

// buildPanelFn reads every document's rows, as the shard writers spilled
// them with duplicate_of set, adds them up in input order with package
// panel, and writes panel.parquet beside the shards, with the run's id.
type buildPanelFn struct {
	Output string
	Meta   schema.Metadata
	RunID  string
}

func (fn *buildPanelFn) ProcessElement(ctx context.Context, _ int, spills func(*string) bool) error {
	pb := panel.NewBuilder(defaultOptions.StockMetric)
	err := inOrder(ctx, spills, func(b []byte) error {
		var r docRows
		if err := json.Unmarshal(b, &r); err != nil {
			return fmt.Errorf("panel: decoding rows: %w", err)
		}
		pb.Add(r.Doc, r.Facts)
		return nil
	})
	if err != nil {
		return err
	}
	rows := pb.Rows()
	panelRowsCounter.Inc(ctx, int64(len(rows)))
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
	err = schema.EncodePanel(out, rows, fn.Meta, fn.RunID)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("panel: %s: %w", path, err)
	}
	return nil
}

// inOrder calls each with every record of the spill files named, in input
// order (by the place each record starts with). The records are copied to
// a local scratch file as they are read, so that memory holds only their
// places and offsets, and read back from it in order.
func inOrder(ctx context.Context, spills func(*string) bool, each func([]byte) error) error {
	scratch, err := os.CreateTemp("", "unionfacts-order-*.scratch")
	if err != nil {
		return err
	}
	defer os.Remove(scratch.Name())
	defer scratch.Close()
	type record struct {
		at     place
		off, n int64
	}
	var records []record
	w := bufio.NewWriterSize(scratch, 1<<20)
	var off int64
	var path string
	for spills(&path) {
		fs, err := filesystem.New(ctx, path)
		if err != nil {
			return err
		}
		err = readRecords(ctx, fs, path, func(b []byte) error {
			var head struct{ At place }
			if err := json.Unmarshal(b, &head); err != nil {
				return err
			}
			records = append(records, record{head.At, off, int64(len(b))})
			off += int64(len(b))
			_, err := w.Write(b)
			return err
		})
		fs.Close()
		if err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	slices.SortFunc(records, func(x, y record) int { return comparePlaces(x.at, y.at) })
	var b []byte
	for _, r := range records {
		b = slices.Grow(b[:0], int(r.n))[:r.n]
		if _, err := scratch.ReadAt(b, r.off); err != nil {
			return err
		}
		if err := each(b); err != nil {
			return err
		}
	}
	return nil
}
