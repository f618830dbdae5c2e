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

// table is one Parquet file being encoded into a stream.
type table[T any] struct {
	name  string // the file, for errors
	w     *parquet.GenericWriter[T]
	limit groupLimit
	size  func(*T) int // text bytes of a row
	rows  int          // rows in the open row group
	bytes int          // text bytes in the open row group
}

func newTable[T any](out io.Writer, name string, limit groupLimit, size func(*T) int, opts []parquet.WriterOption) *table[T] {
	return &table[T]{name: name, w: parquet.NewGenericWriter[T](out, opts...), limit: limit, size: size}
}

// write appends rows, closing the row group once it reaches its limit.
func (t *table[T]) write(rows []T) error {
	if _, err := t.w.Write(rows); err != nil {
		return fmt.Errorf("schema: writing %s: %w", t.name, err)
	}
	t.rows += len(rows)
	for i := range rows {
		t.bytes += t.size(&rows[i])
	}
	if t.rows < t.limit.rows && t.bytes < t.limit.bytes {
		return nil
	}
	t.rows, t.bytes = 0, 0
	if err := t.w.Flush(); err != nil {
		return fmt.Errorf("schema: writing %s: %w", t.name, err)
	}
	return nil
}

// close writes the last row group and the footer.
func (t *table[T]) close() error {
	if err := t.w.Close(); err != nil {
		return fmt.Errorf("schema: finishing %s: %w", t.name, err)
	}
	return nil
}

// tempFile is a file being written under a temporary name in the output
// folder, so that the final rename never crosses file systems.
type tempFile struct {
	path string // the final file
	f    *os.File
}

func createTemp(dir, name string) (*tempFile, error) {
	path := filepath.Join(dir, name)
	f, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("schema: creating %s: %w", path, err)
	}
	// CreateTemp makes the file private (0600); the output is meant to be
	// read by notebooks that may run as another user.
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("schema: creating %s: %w", path, err)
	}
	return &tempFile{path: path, f: f}, nil
}

// finish makes the written file durable.
func (t *tempFile) finish() error {
	err := t.f.Sync()
	if cerr := t.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("schema: finishing %s: %w", t.path, err)
	}
	return nil
}

// moveIn renames the finished temporary file to its final name.
func (t *tempFile) moveIn() error {
	if err := os.Rename(t.f.Name(), t.path); err != nil {
		return fmt.Errorf("schema: moving %s into place: %w", t.path, err)
	}
	return nil
}

// discard removes the temporary file; it is safe after finish and after a
// rename, when there is nothing left to remove.
func (t *tempFile) discard() {
	t.f.Close()
	os.Remove(t.f.Name())
}
