package schema

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// readBatch is how many rows a reader takes at a time.
const readBatch = 256

// ReadRun reads the documents and facts of the finished run in dir, in
// their order, a batch of rows at a time, and calls each with one document
// and its facts; the facts slice is reused by the next call. It refuses a
// pair of files from different runs or another schema version.
func ReadRun(dir string, each func(DocumentRow, []FactRow) error) error {
	if _, err := runMetadata(dir); err != nil {
		return err
	}
	docsFile, err := os.Open(filepath.Join(dir, DocumentsFile))
	if err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	defer docsFile.Close()
	factsFile, err := os.Open(filepath.Join(dir, FactsFile))
	if err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	defer factsFile.Close()
	docs := newRowStream[DocumentRow](docsFile)
	defer docs.r.Close()
	facts := newRowStream[FactRow](factsFile)
	defer facts.r.Close()
	var own []FactRow
	for {
		d, ok, err := docs.next()
		if err != nil || !ok {
			if err == nil && facts.peek() != nil {
				err = fmt.Errorf("schema: %s: facts of %s follow no document", FactsFile, facts.peek().Doc)
			}
			return errors.Join(err, facts.err)
		}
		own = own[:0]
		for f := facts.peek(); f != nil && f.Doc == d.Doc; f = facts.peek() {
			own = append(own, *f)
			facts.advance()
		}
		if facts.err != nil {
			return facts.err
		}
		if err := each(d, own); err != nil {
			return err
		}
	}
}

// rowStream reads a file's rows a batch at a time.
type rowStream[T any] struct {
	r    *parquet.GenericReader[T]
	buf  []T
	at   int
	done bool
	err  error
}

func newRowStream[T any](f *os.File) *rowStream[T] {
	return &rowStream[T]{r: parquet.NewGenericReader[T](f)}
}

// peek returns the next row without taking it; nil at the end or on an
// error (then in s.err).
func (s *rowStream[T]) peek() *T {
	if s.at == len(s.buf) && !s.done {
		s.buf = s.buf[:cap(s.buf)]
		if len(s.buf) == 0 {
			s.buf = make([]T, readBatch)
		}
		n, err := s.r.Read(s.buf)
		s.buf, s.at = s.buf[:n], 0
		if err == io.EOF {
			s.done = true
		} else if err != nil {
			s.done, s.err = true, fmt.Errorf("schema: reading rows: %w", err)
		}
	}
	if s.at == len(s.buf) {
		return nil
	}
	return &s.buf[s.at]
}

func (s *rowStream[T]) advance() { s.at++ }

func (s *rowStream[T]) next() (T, bool, error) {
	var zero T
	r := s.peek()
	if r == nil {
		return zero, false, s.err
	}
	s.advance()
	return *r, true, nil
}

// runMetadata returns the unionfacts metadata of the run in dir, checking
// that its documents and facts belong together and are of this schema.
func runMetadata(dir string) (map[string]string, error) {
	docs, err := fileMetadata(filepath.Join(dir, DocumentsFile))
	if err != nil {
		return nil, err
	}
	facts, err := fileMetadata(filepath.Join(dir, FactsFile))
	if err != nil {
		return nil, err
	}
	switch {
	case docs[KeyRunID] != facts[KeyRunID]:
		return nil, fmt.Errorf("schema: %s: %s and %s are of different runs", dir, DocumentsFile, FactsFile)
	case docs[KeySchemaVersion] != Version:
		return nil, fmt.Errorf("schema: %s: the files have schema version %q; this build reads %q: run again",
			dir, docs[KeySchemaVersion], Version)
	}
	return docs, nil
}

// fileMetadata returns a Parquet file's unionfacts.* key/value metadata.
func fileMetadata(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	pf, err := parquet.OpenFile(f, info.Size(), parquet.SkipPageIndex(true), parquet.SkipBloomFilters(true))
	if err != nil {
		return nil, fmt.Errorf("schema: %s: %w", path, err)
	}
	meta := map[string]string{}
	for _, kv := range pf.Metadata().KeyValueMetadata {
		if strings.HasPrefix(kv.Key, "unionfacts.") {
			meta[kv.Key] = kv.Value
		}
	}
	return meta, nil
}

// ReplacePanel writes panel.parquet into dir, the folder of a finished run,
// with that run's metadata (its run id included), so that it belongs to
// the documents and facts beside it. The file appears whole or not at all.
func ReplacePanel(dir string, rows []PanelRow) error {
	meta, err := runMetadata(dir)
	if err != nil {
		return err
	}
	runID := meta[KeyRunID]
	delete(meta, KeyRunID) // writerOptions sets these two
	delete(meta, KeySchemaVersion)
	t, err := newTable(dir, PanelFile, panelGroups, panelBytes, writerOptions(Metadata(meta), runID))
	if err != nil {
		return err
	}
	defer t.discard()
	if err := t.write(rows); err != nil {
		return err
	}
	if err := t.finish(); err != nil {
		return err
	}
	if err := t.moveIn(); err != nil {
		return err
	}
	return syncDir(dir)
}
