package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/unionfacts/unionfacts/copies"
	"github.com/unionfacts/unionfacts/corpus/gold"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/schema"
)

// evalCopies runs the search for republished reports over the documents
// eval extracts, as a run would over a crawl, naming each as its gold file
// does, so that the pairs found can be scored against the gold's
// duplicate_of.
type evalCopies struct {
	sketcher copies.Sketcher
	finder   *copies.Finder
	scratch  string
	docs     []string
}

func newEvalCopies(s copies.Sketcher) (*evalCopies, error) {
	dir, err := os.MkdirTemp("", "unionfacts-eval-copies")
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	f, err := copies.NewFinder(filepath.Join(dir, "scratch"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("eval: %w", err)
	}
	return &evalCopies{sketcher: s, finder: f, scratch: dir}, nil
}

// add adds the next document; a page that failed is never compared.
func (e *evalCopies) add(c gold.Case, d extract.Document) error {
	name := c.Gold.Doc
	if name == "" {
		name = filepath.Base(c.Input)
	}
	row, _ := schema.Rows(d)
	var sk copies.Sketch
	if row.Error == nil {
		sk = e.sketcher.Sketch(row.Body)
	}
	e.docs = append(e.docs, name)
	return e.finder.Add(name, row.Published, sk)
}

// found returns each copy found and the doc of its kept copy.
func (e *evalCopies) found() (map[string]string, error) {
	found, err := e.finder.Find()
	if err != nil {
		return nil, err
	}
	got := map[string]string{}
	for i, doc := range e.docs {
		if of := found.DuplicateOf(i); of != "" {
			got[doc] = of
		}
	}
	return got, nil
}

func (e *evalCopies) close() {
	e.finder.Close()
	os.RemoveAll(e.scratch)
}
