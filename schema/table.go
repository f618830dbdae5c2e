package schema

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
)

// groupLimit bounds a row group. parquet-go otherwise puts a whole file in
// one row group, which it holds in memory until Close and which readers
// cannot split for parallel scans.
type groupLimit struct {
	rows  int
	bytes int // text bytes, the bulk of both files
}

// The row group limits of the two files: a documents row carries a whole
// body, so its groups are bounded by text far sooner than facts'.
var (
	documentGroups = groupLimit{rows: 10_000, bytes: 64 << 20}
	factGroups     = groupLimit{rows: 100_000, bytes: 64 << 20}
)

// encoder encodes one Parquet file into a stream, closing row groups at
// their limit.
type encoder[T any] struct {
	name  string // the file, for errors
	w     *parquet.GenericWriter[T]
	limit groupLimit
	size  func(*T) int // text bytes of a row
	rows  int          // rows in the open row group
	bytes int          // text bytes in the open row group
}

func newEncoder[T any](out io.Writer, name string, limit groupLimit, size func(*T) int, opts []parquet.WriterOption) *encoder[T] {
	return &encoder[T]{name: name, w: parquet.NewGenericWriter[T](out, opts...), limit: limit, size: size}
}

// write appends rows, closing the row group once it reaches its limit.
func (e *encoder[T]) write(rows []T) error {
	if _, err := e.w.Write(rows); err != nil {
		return fmt.Errorf("schema: writing %s: %w", e.name, err)
	}
	e.rows += len(rows)
	for i := range rows {
		e.bytes += e.size(&rows[i])
	}
	if e.rows < e.limit.rows && e.bytes < e.limit.bytes {
		return nil
	}
	e.rows, e.bytes = 0, 0
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("schema: writing %s: %w", e.name, err)
	}
	return nil
}

// close writes the last row group and the footer.
func (e *encoder[T]) close() error {
	if err := e.w.Close(); err != nil {
		return fmt.Errorf("schema: finishing %s: %w", e.name, err)
	}
	return nil
}

// table is one Parquet file being written: a temporary file in the output
// folder, so that the final rename never crosses file systems.
type table[T any] struct {
	*encoder[T]
	path string // the final file
	tmp  *os.File
}

func newTable[T any](dir, name string, limit groupLimit, size func(*T) int, opts []parquet.WriterOption) (*table[T], error) {
	path := filepath.Join(dir, name)
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("schema: creating %s: %w", path, err)
	}
	// CreateTemp makes the file private (0600); the output is meant to be
	// read by notebooks that may run as another user.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("schema: creating %s: %w", path, err)
	}
	return &table[T]{encoder: newEncoder(tmp, path, limit, size, opts), path: path, tmp: tmp}, nil
}

// finish writes the footer and makes the temporary file durable.
func (t *table[T]) finish() error {
	err := t.w.Close()
	if err == nil {
		err = t.tmp.Sync()
	}
	if cerr := t.tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("schema: finishing %s: %w", t.path, err)
	}
	return nil
}

// moveIn renames the finished temporary file to its final name.
func (t *table[T]) moveIn() error {
	if err := os.Rename(t.tmp.Name(), t.path); err != nil {
		return fmt.Errorf("schema: moving %s into place: %w", t.path, err)
	}
	return nil
}

// discard removes the temporary file; it is safe after finish and after a
// rename, when there is nothing left to remove.
func (t *table[T]) discard() {
	t.tmp.Close()
	os.Remove(t.tmp.Name())
}
