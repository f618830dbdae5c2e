package batch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/unionfacts/unionfacts/copies"
	"github.com/unionfacts/unionfacts/extract/period"
	"github.com/unionfacts/unionfacts/extract/script"
	"github.com/unionfacts/unionfacts/rows"
	"github.com/unionfacts/unionfacts/schema"
)

// Processor extracts one page; *extract.Pipeline is one. Run calls it from
// several goroutines at once, through rows.Extract (see package rows for
// what a page becomes). It is rows.Processor, named here because Run takes
// one: a page over Options.PageTimeout is journalled as a failed row, and a
// page cut short by the run's own end is dropped, for a resume to extract
// again.
type Processor = rows.Processor

// Options configure a Run. DefaultOptions fills in all but Out, Meta and
// Log.
type Options struct {
	// Out is the folder for documents.parquet, facts.parquet and, while a
	// run is unfinished, its journal (PartialDir).
	Out string
	// Meta goes into both files (see schema.RunMetadata). It also names the
	// run: a resume refuses a journal written with other metadata, so it
	// must hold whatever decides the rows (inputs, rules, version) and
	// nothing that does not (worker count, verbosity).
	Meta schema.Metadata
	// Workers is how many pages are extracted at once, at least 1.
	Workers int
	// PageTimeout bounds the time one page may take; a page over it is a
	// row failed with context.DeadlineExceeded, and the run goes on. Zero
	// means no bound.
	PageTimeout time.Duration
	// Resume continues the journal of an interrupted run with the same
	// Meta, when there is one, rather than starting over.
	Resume bool
	// ChunkDocs and ChunkAge bound a journal chunk, hence the work a
	// killed run loses: at most that many documents or that long.
	ChunkDocs int
	ChunkAge  time.Duration
	// Size, if set, returns the total input size for the progress
	// estimate; Run calls it on a goroutine of its own. See corpus.Size.
	Size func() (int64, error)
	// Progress shows counts while the run goes; nil shows nothing.
	Progress *Progress
	// Log receives notes on the journal (resumed, discarded).
	Log *slog.Logger
	// Copies reads bodies for the search for republished reports (package
	// copies), which sets duplicate_of once every page is read.
	Copies copies.Sketcher
	// StockMetric says which metrics are stocks or rates, holding at a
	// date, for the panel (period.Words.Stock).
	StockMetric func(metric string) bool
}

// DefaultOptions returns options for the given number of workers, ready
// but for Out, Meta and Log.
func DefaultOptions(workers int) Options {
	return Options{Workers: workers, PageTimeout: DefaultPageTimeout, ChunkDocs: 1000, ChunkAge: 5 * time.Second,
		Copies: copies.Sketcher{Simplify: script.Default().Simplified}, StockMetric: period.DefaultWords().Stock}
}

// DefaultPageTimeout is far beyond what any page should take (a large one
// takes a second or two): it is a backstop against a page that would stall
// a run, not a speed limit.
const DefaultPageTimeout = time.Minute

func (o Options) validate() error {
	switch {
	case o.Out == "":
		return errors.New("batch: Options.Out is required")
	case o.Workers < 1:
		return fmt.Errorf("batch: Options.Workers must be at least 1, got %d", o.Workers)
	case o.PageTimeout < 0:
		return fmt.Errorf("batch: Options.PageTimeout must not be negative, got %v", o.PageTimeout)
	case o.ChunkDocs < 1 || o.ChunkAge <= 0:
		return errors.New("batch: Options.ChunkDocs and ChunkAge must be positive")
	case o.Log == nil:
		return errors.New("batch: Options.Log is required")
	case o.StockMetric == nil:
		return errors.New("batch: Options.StockMetric is required")
	}
	return nil
}

// ErrInterrupted wraps the context's error when a run was cancelled; the
// journal keeps the work done, and a run with Options.Resume carries on.
var ErrInterrupted = errors.New("run interrupted")

// Run extracts every page of src with p and writes Out/documents.parquet
// and Out/facts.parquet, one documents row per page in src's order. Pages
// that fail are rows with an error, counted in the Summary, not errors of
// Run; Run fails only when the output cannot be written, src cannot be
// walked, a resume does not match, or ctx is cancelled.
func Run(ctx context.Context, src Source, p Processor, opts Options) (Summary, error) {
	start := time.Now()
	if err := opts.validate(); err != nil {
		return Summary{}, err
	}
	j, resumed, err := openJournal(opts)
	if err != nil {
		return Summary{}, err
	}
	defer j.close()
	skipped := 0
	if resumed {
		if skipped, err = skipJournalled(j, src, opts.Copies); err != nil {
			return Summary{}, err
		}
		opts.Log.Info("resuming an interrupted run", "documents_done", skipped, "chunks", j.chunks)
	}
	var c counters
	stop := showProgress(opts, src, &c, skipped)
	err = extractAll(ctx, src, p, j, opts, &c)
	stop()
	if err != nil {
		return Summary{}, err
	}
	sum, err := finish(j, opts)
	sum.Resumed = skipped
	sum.Took = time.Since(start)
	return sum, err
}
