package schema

import (
	"errors"
	"fmt"
	"os"

	"github.com/parquet-go/parquet-go"
	"github.com/unionfacts/unionfacts/extract"
)

// The files a run writes into its output folder.
const (
	DocumentsFile = "documents.parquet"
	FactsFile     = "facts.parquet"
)

// ErrClosed is returned by a Writer used after Close or Abort.
var ErrClosed = errors.New("schema: writer already closed")

// Writer writes documents.parquet and facts.parquet into a folder, and
// panel.parquet if it is given one. Rows go to temporary files in that
// folder; Close moves them into place, Abort removes them. See the package
// documentation for what a reader can see if Close fails half-way.
type Writer struct {
	dir   string
	opts  []parquet.WriterOption
	docs  *table[DocumentRow]
	facts *table[FactRow]
	panel *table[PanelRow] // nil until WritePanel
	done  bool
}

// Create starts writing into dir, creating it if needed. meta is added to
// both files' key/value metadata, beside the schema version and a run id.
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
	opts := writerOptions(meta, NewRunID())
	docs, err := newTable(dir, DocumentsFile, docLimit, documentBytes, opts)
	if err != nil {
		return nil, err
	}
	facts, err := newTable(dir, FactsFile, factLimit, factBytes, opts)
	if err != nil {
		docs.discard()
		return nil, err
	}
	return &Writer{dir: dir, opts: opts, docs: docs, facts: facts}, nil
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
	return writeRows(w.docs.encoder, w.facts.encoder, doc, facts)
}

// WritePanel adds the panel's rows, which a run builds from the rows of
// every document; Close then moves panel.parquet in with the other two.
// It may be called more than once, and with no rows for an empty panel.
func (w *Writer) WritePanel(rows []PanelRow) error {
	if w.done {
		return ErrClosed
	}
	if w.panel == nil {
		t, err := newTable(w.dir, PanelFile, panelGroups, panelBytes, w.opts)
		if err != nil {
			return err
		}
		w.panel = t
	}
	return w.panel.write(rows)
}

// Close finishes the files and moves them into place. It first removes the
// previous documents.parquet, then renames facts.parquet, then
// panel.parquet if there is one, then documents.parquet: documents.parquet,
// which lists every page of the run, is always the last to appear, so it
// never sits beside another run's facts or panel. If Close fails, the
// temporary files are gone and the folder may hold no documents.parquet at
// all.
func (w *Writer) Close() error {
	if w.done {
		return ErrClosed
	}
	w.done = true
	defer w.discard()
	tables := []interface {
		finish() error
		moveIn() error
	}{w.facts}
	if w.panel != nil {
		tables = append(tables, w.panel)
	}
	tables = append(tables, w.docs)
	var errs []error
	for _, t := range tables {
		errs = append(errs, t.finish())
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if err := os.Remove(w.docs.path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("schema: replacing %s: %w", w.docs.path, err)
	}
	for _, t := range tables {
		if err := t.moveIn(); err != nil {
			return err
		}
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
	if w.panel != nil {
		w.panel.discard()
	}
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

// documentBytes and factBytes estimate a row's share of a row group by its
// long text columns.
func documentBytes(r *DocumentRow) int { return len(r.Body) + len(r.Doc) + len(r.Input) }

func factBytes(r *FactRow) int { return len(r.Sentence) + len(r.Evidence) }
