package schema

import (
	"errors"
	"fmt"
	"io"

	"github.com/parquet-go/parquet-go"
)

// Stream encodes a documents file and a facts file into writers the caller
// provides: the same columns, compression, row groups and metadata as a
// Writer's, without naming, placing or moving any file. It is for runs
// whose output is written in parts by several machines, such as the shards
// of a Beam run in a bucket; a run on one machine uses a Writer, which
// makes its files appear whole or not at all.
type Stream struct {
	docs  *encoder[DocumentRow]
	facts *encoder[FactRow]
	done  bool
}

// NewStream starts encoding into docs and facts. meta is added to both
// files' key/value metadata, beside the schema version and runID, which
// every file of one run shares (see NewRunID).
func NewStream(docs, facts io.Writer, meta Metadata, runID string) (*Stream, error) {
	if err := meta.check(); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	if runID == "" {
		return nil, errors.New("schema: a run id is required")
	}
	opts := writerOptions(meta, runID)
	return &Stream{
		docs:  newEncoder(docs, DocumentsFile, documentGroups, documentBytes, opts),
		facts: newEncoder(facts, FactsFile, factGroups, factBytes, opts),
	}, nil
}

// WriteRows adds one document's rows, built by Rows. The facts must be the
// document's own, so that a caller that loses its place fails instead of
// misattributing facts.
func (s *Stream) WriteRows(doc DocumentRow, facts []FactRow) error {
	if s.done {
		return ErrClosed
	}
	return writeRows(s.docs, s.facts, doc, facts)
}

// Close writes both files' last row groups and footers. It does not close
// the writers.
func (s *Stream) Close() error {
	if s.done {
		return ErrClosed
	}
	s.done = true
	return errors.Join(s.docs.close(), s.facts.close())
}

// writerOptions are the options of every file of a run.
func writerOptions(meta Metadata, runID string) []parquet.WriterOption {
	opts := []parquet.WriterOption{
		parquet.Compression(compression),
		parquet.KeyValueMetadata(KeySchemaVersion, Version),
		parquet.KeyValueMetadata(KeyRunID, runID),
	}
	for k, v := range meta {
		opts = append(opts, parquet.KeyValueMetadata(k, v))
	}
	return opts
}

// writeRows adds a document and its own facts to a run's two files.
func writeRows(docs *encoder[DocumentRow], facts *encoder[FactRow], doc DocumentRow, own []FactRow) error {
	for _, f := range own {
		if f.Doc != doc.Doc {
			return fmt.Errorf("schema: writing %s: a fact of %s given with document %s", facts.name, f.Doc, doc.Doc)
		}
	}
	if err := docs.write([]DocumentRow{doc}); err != nil {
		return err
	}
	if len(own) == 0 {
		return nil
	}
	return facts.write(own)
}

// EncodePanel encodes the panel's rows into out, with meta and runID as in
// NewStream, for a runner that writes its files through a writer of its
// own rather than into a local folder. It does not close out.
func EncodePanel(out io.Writer, rows []PanelRow, meta Metadata, runID string) error {
	if err := meta.check(); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	if runID == "" {
		return errors.New("schema: a run id is required")
	}
	e := newEncoder(out, PanelFile, panelGroups, panelBytes, writerOptions(meta, runID))
	if err := e.write(rows); err != nil {
		return err
	}
	return e.close()
}
