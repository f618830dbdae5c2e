package schema

import (
	"errors"
	"fmt"
	"io"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// Stream encodes a documents file and a facts file into writers the caller
// provides: the same columns, compression, row groups and metadata as a
// Writer's, without naming, placing or moving any file. It is for runs
// whose output is written in parts by several machines, such as the shards
// of a Beam run in a bucket; a run on one machine uses a Writer, which
// makes its two files appear whole or not at all.
type Stream struct {
	docs  *table[DocumentRow]
	facts *table[FactRow]
	done  bool
}

// NewStream starts encoding into docs and facts. meta is added to both
// files' key/value metadata, beside the schema version and runID, which
// every file of one run shares (see NewRunID).
func NewStream(docs, facts io.Writer, meta Metadata, runID string) (*Stream, error) {
	return newStream(docs, facts, DocumentsFile, FactsFile, meta, runID, documentGroups, factGroups)
}

// newStream is NewStream with the files' names for errors and the row
// group limits as parameters, so that tests can produce several row groups
// from a few rows.
func newStream(docs, facts io.Writer, docsName, factsName string, meta Metadata, runID string, docLimit, factLimit groupLimit) (*Stream, error) {
	if err := meta.check(); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	if runID == "" {
		return nil, errors.New("schema: a run id is required")
	}
	opts := []parquet.WriterOption{
		parquet.Compression(&zstd.Codec{}),
		parquet.KeyValueMetadata(KeySchemaVersion, Version),
		parquet.KeyValueMetadata(KeyRunID, runID),
	}
	for k, v := range meta {
		opts = append(opts, parquet.KeyValueMetadata(k, v))
	}
	return &Stream{
		docs:  newTable(docs, docsName, docLimit, documentBytes, opts),
		facts: newTable(facts, factsName, factLimit, factBytes, opts),
	}, nil
}

// WriteRows adds one document's rows, built by Rows. The facts must be the
// document's own, so that a caller that loses its place fails instead of
// misattributing facts.
func (s *Stream) WriteRows(doc DocumentRow, facts []FactRow) error {
	if s.done {
		return ErrClosed
	}
	for _, f := range facts {
		if f.Doc != doc.Doc {
			return fmt.Errorf("schema: writing %s: a fact of %s given with document %s", s.facts.name, f.Doc, doc.Doc)
		}
	}
	if err := s.docs.write([]DocumentRow{doc}); err != nil {
		return err
	}
	if len(facts) == 0 {
		return nil
	}
	return s.facts.write(facts)
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

// documentBytes and factBytes estimate a row's share of a row group by its
// long text columns.
func documentBytes(r *DocumentRow) int { return len(r.Body) + len(r.Doc) + len(r.Input) }

func factBytes(r *FactRow) int { return len(r.Sentence) + len(r.Evidence) }
