package schema

import (
	"errors"
	"fmt"
	"os"

	"github.com/unionfacts/unionfacts/extract"
)

// The files a run writes into its output folder.
const (
	DocumentsFile = "documents.parquet"
	FactsFile     = "facts.parquet"
)

// ErrClosed is returned by a Writer used after Close or Abort.
var ErrClosed = errors.New("schema: writer already closed")

// Writer writes documents.parquet and facts.parquet into a folder. Rows go
// to temporary files in that folder; Close moves them into place, Abort
// removes them. See the package documentation for what a reader can see if
// Close fails half-way.
type Writer struct {
	dir         string
	docs, facts *tempFile
	stream      *Stream
	done        bool
}

// Create starts writing into dir, creating it if needed. meta is added to
// both files' key/value metadata, beside the schema version and a new run
// id.
func Create(dir string, meta Metadata) (*Writer, error) {
	return create(dir, meta, documentGroups, factGroups)
}

// create is Create with the row group limits as parameters, so that tests
// can produce several row groups from a few rows.
func create(dir string, meta Metadata, docLimit, factLimit groupLimit) (*Writer, error) {
	if err := meta.check(); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	docs, err := createTemp(dir, DocumentsFile)
	if err != nil {
		return nil, err
	}
	facts, err := createTemp(dir, FactsFile)
	if err != nil {
		docs.discard()
		return nil, err
	}
	s, err := newStream(docs.f, facts.f, docs.path, facts.path, meta, NewRunID(), docLimit, factLimit)
	if err != nil {
		docs.discard()
		facts.discard()
		return nil, err
	}
	return &Writer{dir: dir, docs: docs, facts: facts, stream: s}, nil
}

// Write adds one document and its facts.
func (w *Writer) Write(d extract.Document) error {
	dr, frs := Rows(d)
	return w.WriteRows(dr, frs)
}

// WriteRows adds rows built earlier by Rows, for instance rows replayed from
// a journal when a batch resumes. The facts must be the document's own, so
// that a replay that loses its place fails instead of misattributing facts.
func (w *Writer) WriteRows(doc DocumentRow, facts []FactRow) error {
	if w.done {
		return ErrClosed
	}
	return w.stream.WriteRows(doc, facts)
}

// Close finishes both files and moves them into place. It first removes the
// previous documents.parquet, then renames facts.parquet, then
// documents.parquet: documents.parquet, which lists every page of the run, is
// always the last to appear, so it never sits beside another run's facts.
// If Close fails, the temporary files are gone and the folder may hold no
// documents.parquet at all.
func (w *Writer) Close() error {
	if w.done {
		return ErrClosed
	}
	w.done = true
	defer w.discard()
	if err := errors.Join(w.stream.Close(), w.docs.finish(), w.facts.finish()); err != nil {
		return err
	}
	if err := os.Remove(w.docs.path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("schema: replacing %s: %w", w.docs.path, err)
	}
	if err := w.facts.moveIn(); err != nil {
		return err
	}
	if err := w.docs.moveIn(); err != nil {
		return err
	}
	return syncDir(w.dir)
}

// Abort discards everything written so far. It is a no-op after Close, so
// callers may defer it.
func (w *Writer) Abort() {
	if w.done {
		return
	}
	w.done = true
	w.discard()
}

func (w *Writer) discard() {
	w.docs.discard()
	w.facts.discard()
}

// syncDir makes the renames durable: without it, a crash right after Close
// could bring back the folder as it was before.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("schema: syncing %s: %w", dir, err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("schema: syncing %s: %w", dir, err)
	}
	return nil
}
