package batch

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/unionfacts/unionfacts/copies"
	"github.com/unionfacts/unionfacts/schema"
)

// PartialDir is the folder, inside the output folder, holding the journal
// of a run that has not finished.
const PartialDir = ".partial"

// fingerprintFile names the file holding the journal's fingerprint, and
// copiesFile the scratch file of the search for copies, which every run
// (resumed or not) fills again from the start.
const (
	fingerprintFile = "fingerprint"
	copiesFile      = "copies.scratch"
)

// ErrJournalMismatch means a resume found a journal written by another run:
// other inputs, rules or tool version.
var ErrJournalMismatch = errors.New("the unfinished run in the output folder was started with other inputs, rules or version; run again without resume")

// journal appends finished rows to numbered chunks in dir (see the
// package documentation). It is used from one goroutine.
type journal struct {
	dir      string
	meta     schema.Metadata
	maxDocs  int
	maxAge   time.Duration
	chunks   int            // closed chunks, numbered 1..chunks
	open     *schema.Writer // the chunk being written, nil between chunks
	openDocs int
	opened   time.Time
	// copies receives every journalled document's sketch, in input order.
	copies *copies.Finder
}

// openJournal prepares out/.partial. With resume it keeps the chunks of an
// earlier run with the same metadata; otherwise, or when there is no
// earlier run, it starts an empty journal. resumed reports which happened.
func openJournal(opts Options) (j *journal, resumed bool, err error) {
	j = &journal{dir: filepath.Join(opts.Out, PartialDir), meta: opts.Meta, maxDocs: opts.ChunkDocs, maxAge: opts.ChunkAge}
	if info, err := os.Stat(opts.Out); err == nil && !info.IsDir() {
		return nil, false, fmt.Errorf("batch: output folder %s is a file", opts.Out)
	} else if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return nil, false, fmt.Errorf("batch: output folder: %w", err)
	}
	want := fingerprint(opts.Meta)
	if opts.Resume {
		have, err := os.ReadFile(filepath.Join(j.dir, fingerprintFile))
		switch {
		case err == nil && string(have) != want:
			return nil, false, ErrJournalMismatch
		case err == nil:
			if err := j.keepClosedChunks(); err != nil {
				return nil, false, err
			}
			return j, true, j.startCopies()
		case !errors.Is(err, os.ErrNotExist):
			return nil, false, fmt.Errorf("batch: reading journal: %w", err)
		}
	}
	if _, err := os.Stat(j.dir); err == nil && !opts.Resume {
		opts.Log.Warn("discarding the journal of an unfinished run; resume would have kept it", "dir", j.dir)
	}
	if err := os.RemoveAll(j.dir); err != nil {
		return nil, false, fmt.Errorf("batch: clearing journal: %w", err)
	}
	if err := os.MkdirAll(j.dir, 0o755); err != nil {
		return nil, false, fmt.Errorf("batch: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(j.dir, fingerprintFile), []byte(want)); err != nil {
		return nil, false, fmt.Errorf("batch: writing journal: %w", err)
	}
	return j, false, j.startCopies()
}

func (j *journal) startCopies() error {
	f, err := copies.NewFinder(filepath.Join(j.dir, copiesFile))
	if err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	j.copies = f
	return nil
}

// close releases the search for copies' scratch file.
func (j *journal) close() {
	if j.copies != nil {
		j.copies.Close()
	}
}

// keepClosedChunks keeps the closed chunks for a resume, and removes the
// chunk a crash left half-written along with anything after a gap in the
// numbering.
func (j *journal) keepClosedChunks() error {
	if err := j.countClosed(); err != nil {
		return err
	}
	entries, err := os.ReadDir(j.dir)
	if err != nil {
		return fmt.Errorf("batch: reading journal: %w", err)
	}
	for _, e := range entries {
		var n int
		if _, err := fmt.Sscanf(e.Name(), "%08d", &n); err == nil && n > j.chunks {
			if err := os.RemoveAll(filepath.Join(j.dir, e.Name())); err != nil {
				return fmt.Errorf("batch: clearing journal: %w", err)
			}
		}
	}
	return nil
}

// countClosed sets j.chunks to the number of closed chunks numbered from 1
// without a gap: a chunk is closed once its documents file exists, since
// schema.Writer renames that file last.
func (j *journal) countClosed() error {
	for {
		_, err := os.Stat(filepath.Join(j.chunkDir(j.chunks+1), schema.DocumentsFile))
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("batch: reading journal: %w", err)
		}
		j.chunks++
	}
}

func (j *journal) chunkDir(n int) string { return filepath.Join(j.dir, fmt.Sprintf("%08d", n)) }

// add appends one document's rows, closing the chunk once it is full or old,
// and hands its sketch to the search for copies.
func (j *journal) add(doc schema.DocumentRow, facts []schema.FactRow, sketch copies.Sketch) error {
	if err := j.copies.Add(doc.Doc, doc.Published, sketch); err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	if j.open == nil {
		w, err := schema.Create(j.chunkDir(j.chunks+1), j.meta)
		if err != nil {
			return fmt.Errorf("batch: journal: %w", err)
		}
		j.open, j.openDocs, j.opened = w, 0, time.Now()
	}
	if err := j.open.WriteRows(doc, facts); err != nil {
		return fmt.Errorf("batch: journal: %w", err)
	}
	j.openDocs++
	if j.openDocs >= j.maxDocs || time.Since(j.opened) >= j.maxAge {
		return j.commit()
	}
	return nil
}

// commit closes the open chunk, if any, making it durable.
func (j *journal) commit() error {
	if j.open == nil {
		return nil
	}
	w := j.open
	j.open = nil
	if err := w.Close(); err != nil {
		return fmt.Errorf("batch: journal: %w", err)
	}
	j.chunks++
	return nil
}

// abort drops the open chunk; closed chunks stay for a resume.
func (j *journal) abort() {
	if j.open != nil {
		j.open.Abort()
		j.open = nil
	}
}

// docs and facts read back the rows of closed chunk n.
func (j *journal) docs(n int) ([]schema.DocumentRow, error) {
	return readRows[schema.DocumentRow](filepath.Join(j.chunkDir(n), schema.DocumentsFile))
}

func (j *journal) facts(n int) ([]schema.FactRow, error) {
	return readRows[schema.FactRow](filepath.Join(j.chunkDir(n), schema.FactsFile))
}

func readRows[T any](path string) ([]T, error) {
	rows, err := parquet.ReadFile[T](path)
	if err != nil {
		return nil, fmt.Errorf("batch: reading journal %s: %w", path, err)
	}
	return rows, nil
}

// remove deletes the journal once the final files are in place.
func (j *journal) remove() error {
	if err := os.RemoveAll(j.dir); err != nil {
		return fmt.Errorf("batch: removing journal: %w", err)
	}
	return nil
}

// fingerprint identifies the metadata a journal was written with.
func fingerprint(meta schema.Metadata) string {
	h := sha256.New()
	for _, k := range slices.Sorted(maps.Keys(meta)) {
		fmt.Fprintf(h, "%q=%q\n", k, meta[k])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeFileAtomic writes a small file whole or not at all.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
