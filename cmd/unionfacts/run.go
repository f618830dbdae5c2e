package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"slices"
	"strconv"

	"github.com/unionfacts/unionfacts/copies"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/batch"
	"github.com/unionfacts/unionfacts/corpus/sample"
	"github.com/unionfacts/unionfacts/schema"
)

// runCmd extracts pages into Parquet; package batch does the work.
func runCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", "[flags] [PATH|GLOB...]", stderr)
	out := fs.String("out", "out", "output `DIR` for documents.parquet, facts.parquet and panel.parquet")
	workers := fs.Int("workers", runtime.NumCPU(), "pages extracted at once")
	maxPage := fs.Int64("max-page-bytes", corpus.DefaultMaxPageBytes,
		"largest page accepted, after decompression; larger pages fail")
	pageTimeout := fs.Duration("page-timeout", batch.DefaultPageTimeout,
		"longest time one page may take; a page over it is a failed row and the run goes on (0: no limit)")
	resume := fs.Bool("resume", false, "carry on from an interrupted run into the same --out")
	quiet := fs.Bool("quiet", false, "no progress display")
	var pf pipelineFlags
	pf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if info, err := os.Stat(*out); err == nil && !info.IsDir() {
		return fmt.Errorf("%w: --out %s is a file; it must name a folder", errUsage, *out)
	}
	setMemoryLimit(*workers)
	p, rules, err := pf.load()
	if err != nil {
		return err
	}
	dataArgs, err := pf.args()
	if err != nil {
		return err
	}
	// The search for copies reads traditional pages through the same
	// tables as the pipeline, and the panel knows stocks from the same
	// period words.
	tables, err := loadScriptTables(pf.scriptTables)
	if err != nil {
		return err
	}
	words, err := loadPeriods(pf.periods)
	if err != nil {
		return err
	}
	opts := batch.DefaultOptions(*workers)
	opts.Copies = copies.Sketcher{Simplify: tables.Simplified}
	opts.StockMetric = words.Stock
	opts.Out, opts.Resume, opts.PageTimeout = *out, *resume, *pageTimeout
	opts.Log = slog.New(slog.NewTextHandler(stderr, nil))
	// Only what decides the rows goes into the metadata, which also names
	// the run for --resume: not --workers, --quiet, --resume, --out or
	// --page-timeout (which only a page that stalls would feel).
	opts.Meta = schema.RunMetadata(Version, rules.Hash(),
		slices.Concat([]string{"--max-page-bytes=" + strconv.FormatInt(*maxPage, 10)}, dataArgs, fs.Args()))
	if !*quiet {
		opts.Progress = batch.NewProgress(stderr)
	}
	var src batch.Source
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "no input given: running on the embedded sample reports")
		src = batch.FromPages(sample.Pages())
	} else {
		r, err := corpus.NewReader(fs.Args(), corpus.Options{MaxPageBytes: *maxPage})
		if err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		src = r
		opts.Size = func() (int64, error) { return corpus.Size(fs.Args()) }
	}
	sum, err := batch.Run(ctx, src, p, opts)
	if errors.Is(err, batch.ErrInterrupted) {
		return fmt.Errorf("%w; run again with --resume to carry on", err)
	}
	if err != nil {
		return err
	}
	sum.Print(stdout, *out)
	if sum.FailedDocs > 0 {
		return errDocsFailed
	}
	return nil
}
