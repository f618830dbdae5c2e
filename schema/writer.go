package schema

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
	"github.com/unionfacts/unionfacts/extract"
)

// The files a run writes into its output folder.
const (
	DocumentsFile = "documents.parquet"
	FactsFile     = "facts.parquet"
)

// rowGroupRows bounds row groups, which parquet-go otherwise grows to the
// whole file, so that readers can stream and skip.
const rowGroupRows = 50_000

// Metadata is written into every file's key/value metadata.
type Metadata map[string]string

// Writer writes documents.parquet and facts.parquet into a folder. The
// files appear whole, on Close, or not at all: rows go to temporary files in
// the same folder, renamed into place only once both are complete.
type Writer struct {
	dir             string
	docTmp, factTmp *os.File
	docs            *parquet.GenericWriter[DocumentRow]
	facts           *parquet.GenericWriter[FactRow]
}

// Create starts writing into dir, creating it if needed.
func Create(dir string, meta Metadata) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	docTmp, err := os.CreateTemp(dir, ".documents-*.parquet.tmp")
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	factTmp, err := os.CreateTemp(dir, ".facts-*.parquet.tmp")
	if err != nil {
		docTmp.Close()
		os.Remove(docTmp.Name())
		return nil, fmt.Errorf("schema: %w", err)
	}
	opts := []parquet.WriterOption{
		parquet.Compression(&zstd.Codec{}),
		parquet.MaxRowsPerRowGroup(rowGroupRows),
		parquet.KeyValueMetadata("unionfacts.schema_version", Version),
	}
	for k, v := range meta {
		opts = append(opts, parquet.KeyValueMetadata(k, v))
	}
	return &Writer{
		dir: dir, docTmp: docTmp, factTmp: factTmp,
		docs:  parquet.NewGenericWriter[DocumentRow](docTmp, opts...),
		facts: parquet.NewGenericWriter[FactRow](factTmp, opts...),
	}, nil
}

// Write adds one document and its facts.
func (w *Writer) Write(d extract.Document) error {
	dr, frs := Rows(d)
	if _, err := w.docs.Write([]DocumentRow{dr}); err != nil {
		return fmt.Errorf("schema: writing %s: %w", DocumentsFile, err)
	}
	if len(frs) > 0 {
		if _, err := w.facts.Write(frs); err != nil {
			return fmt.Errorf("schema: writing %s: %w", FactsFile, err)
		}
	}
	return nil
}

// Close finishes both files and moves them into place.
func (w *Writer) Close() error {
	err := errors.Join(w.docs.Close(), w.facts.Close(), w.docTmp.Sync(), w.factTmp.Sync(),
		w.docTmp.Close(), w.factTmp.Close())
	if err != nil {
		w.removeTemps()
		return fmt.Errorf("schema: finishing output: %w", err)
	}
	if err := os.Rename(w.factTmp.Name(), filepath.Join(w.dir, FactsFile)); err != nil {
		w.removeTemps()
		return fmt.Errorf("schema: %w", err)
	}
	if err := os.Rename(w.docTmp.Name(), filepath.Join(w.dir, DocumentsFile)); err != nil {
		w.removeTemps()
		return fmt.Errorf("schema: %w", err)
	}
	return nil
}

// Abort discards everything written so far.
func (w *Writer) Abort() {
	w.docTmp.Close()
	w.factTmp.Close()
	w.removeTemps()
}

func (w *Writer) removeTemps() {
	os.Remove(w.docTmp.Name())
	os.Remove(w.factTmp.Name())
}
