// Command unionfacts-beam runs the unionfacts pipeline on Apache Beam: the
// same per-document step as `unionfacts run` (package rows), on prism in
// this process by default, or on a Flink or Spark job server or Dataflow by
// Beam's flags.
//
//	unionfacts-beam --input 'crawl/*.warc.gz' --output out/
//	unionfacts-beam --runner flink --endpoint localhost:8099 --environment_type DOCKER \
//	    --input 'gs://bucket/crawl/*' --output gs://bucket/out
//
// It writes out/documents-00000-of-00004.parquet … and
// out/facts-00000-of-00004.parquet …, the columns and metadata of
// `unionfacts run`, all shards of one run sharing a unionfacts.run_id.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/batch"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/schema"
)

// Version is set at build time with -ldflags "-X main.Version=...".
var Version = "dev"

// patterns is a repeatable --input.
type patterns []string

func (p *patterns) String() string     { return strings.Join(*p, ",") }
func (p *patterns) Set(v string) error { *p = append(*p, v); return nil }

func main() {
	var inputs patterns
	flag.Var(&inputs, "input", "file `PATTERN` to read (repeatable): a local path, folder or glob, or gs://, s3:// patterns")
	output := flag.String("output", "out", "output `DIR` (or gs://, s3:// prefix) for the Parquet shards")
	shards := flag.Int("shards", 4, "documents and facts files to write")
	maxPage := flag.Int64("max-page-bytes", corpus.DefaultMaxPageBytes, "largest page accepted, after decompression; larger pages fail")
	pageTimeout := flag.Duration("page-timeout", batch.DefaultPageTimeout,
		"longest time one page may take; a page over it is a failed row (0: no limit)")
	flag.Parse()
	registerFns()
	beam.Init() // on a worker, this runs the worker and never returns

	if len(inputs) == 0 || *shards < 1 {
		fmt.Fprintln(os.Stderr, "unionfacts-beam: give at least one --input, and --shards of 1 or more")
		flag.Usage()
		os.Exit(2)
	}
	o := Options{Inputs: inputs, Output: *output, Shards: *shards, MaxPageBytes: *maxPage, PageTimeout: *pageTimeout}
	if err := run(context.Background(), o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "unionfacts-beam:", err)
		os.Exit(1)
	}
}

// run builds the pipeline, runs it on the runner Beam's flags name (prism
// by default) and prints what it wrote.
func run(ctx context.Context, o Options, stdout io.Writer) error {
	rules, err := facts.DefaultRules()
	if err != nil {
		return err
	}
	// The metadata records what decides the rows, as `unionfacts run`
	// does: the page limit and the inputs (the data files are the embedded
	// ones, whose rules hash has its own key).
	o.Meta = schema.RunMetadata(Version, rules.Hash(),
		slices.Concat([]string{"--max-page-bytes=" + strconv.FormatInt(o.MaxPageBytes, 10)}, o.Inputs))
	o.RunID = schema.NewRunID()
	p, s := beam.NewPipelineWithRoot()
	build(s, o)
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	took := time.Since(start)
	if res == nil {
		return errors.New("the runner returned no result")
	}
	if err := removeTemp(ctx, tempDir(o.Output, o.RunID)); err != nil {
		return err
	}
	c := counts(res)
	out := strings.TrimSuffix(o.Output, "/")
	fmt.Fprintf(stdout, "documents read: %d (%d failed)\nfacts: %d\ncopies: %d (documents republishing a report kept elsewhere in the run; duplicate_of names it)\n"+
		"panel: %d rows (division, year, metric)\nwrote %s/{documents,facts}-*-of-%05d.parquet and %s/%s in %s\n",
		c.documents, c.failed, c.facts, c.copies, c.panelRows, out, o.Shards, out, schema.PanelFile, took.Round(time.Millisecond))
	return nil
}

// removeTemp removes what spill files failed bundles left in the temp
// folder (the shard writers remove the others), and the folder itself on a
// local disk.
func removeTemp(ctx context.Context, dir string) error {
	fs, err := filesystem.New(ctx, dir)
	if err != nil {
		return err
	}
	defer fs.Close()
	left, err := fs.List(ctx, dir+"/*")
	if err != nil {
		return err
	}
	if rm, ok := fs.(filesystem.Remover); ok {
		for _, p := range left {
			if err := rm.Remove(ctx, p); err != nil {
				return err
			}
		}
	}
	if !hasScheme(dir) {
		return os.RemoveAll(dir)
	}
	return nil
}
