package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/rows"
	"github.com/unionfacts/unionfacts/schema"
)

// Options describe one run of the Beam pipeline.
type Options struct {
	// Inputs are file patterns: local paths, folders and globs, read as
	// `unionfacts run` reads them, or patterns of another Beam file system
	// (gs://bucket/crawl/*.warc.gz, s3://...), every match read.
	Inputs []string
	// Output is the folder (or bucket prefix) for the shards.
	Output string
	// Shards is how many documents and facts files the rows are split into.
	Shards       int
	MaxPageBytes int64
	PageTimeout  time.Duration
	// Meta goes into every shard's metadata, with RunID.
	Meta  schema.Metadata
	RunID string
}

// build adds the pipeline to s:
//
//	patterns → files → (reshuffle) → pages → rows → spill files → (group by shard) → Parquet shards
//	                                           ↘ sketches → (one group) → copies ↗ (side input)
//	                                                   shards' rows → (one group) → panel.parquet
//
// Reading a file, extracting its pages and spilling their rows are one
// fused step, so that neither pages nor rows cross the network or sit in a
// runner's memory (prism holds every grouped element in memory): each
// bundle appends its rows to one spill file per shard in the output's temp
// folder, and only the files' names are grouped by shard. The reshuffle of
// file names spreads files over workers. Every shard is written by one
// worker, which streams its spill files into the shard's Parquet files.
//
// The two collection stages see every page, as in the local run. Copy
// detection takes each page's sketch with its place in the input (pattern,
// file, page); one worker gathers them all, feeds them to a copies.Finder
// in input order, and hands duplicate_of, by place, to the shard writers
// as a side input. The panel takes every document's rows (bodies left out)
// as the shards are written; one worker sorts them into input order and
// adds them up with package panel. Both single groups are the pipeline's
// scaling limit: the finder holds about 200 bytes a document, but the
// group delivers every sketch to one worker (see the README, "Beyond one
// machine").
func build(s beam.Scope, o Options) {
	patterns := make([]inputPattern, len(o.Inputs))
	for i, p := range o.Inputs {
		patterns[i] = inputPattern{No: i, Pattern: p}
	}
	files := beam.ParDo(s.Scope("ListFiles"), listFiles, beam.CreateList(s, patterns))
	files = beam.Reshuffle(s, files)
	pages := beam.ParDo(s.Scope("ReadPages"), &readPagesFn{MaxPageBytes: o.MaxPageBytes}, files)
	docs, sketches := beam.ParDo2(s.Scope("Extract"), &extractFn{PageTimeout: o.PageTimeout, Shards: o.Shards}, pages)
	found := beam.ParDo(s.Scope("FindCopies"), findCopies, beam.GroupByKey(s, sketches))
	spills := beam.ParDo(s.Scope("Spill"), &spillFn{Temp: tempDir(o.Output, o.RunID)}, docs)
	// Every shard is written, even one no document falls into, so that a
	// reader always finds N of N files.
	shards := make([]int, o.Shards)
	for i := range shards {
		shards[i] = i
	}
	markers := beam.ParDo(s, markShard, beam.CreateList(s, shards))
	grouped := beam.GroupByKey(s, beam.Flatten(s, spills, markers))
	written := beam.ParDo(s.Scope("WriteShards"), &writeShardFn{Output: o.Output, Shards: o.Shards, Meta: o.Meta, RunID: o.RunID},
		grouped, beam.SideInput{Input: found})
	beam.ParDo0(s.Scope("BuildPanel"), &buildPanelFn{Output: o.Output, Meta: o.Meta, RunID: o.RunID}, beam.GroupByKey(s, written))
}

// registerFns registers the pipeline's functions and types, which a worker
// needs before beam.Init.
var registerFns = sync.OnceFunc(func() {
	beam.RegisterType(reflect.TypeOf((*page)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*inputPattern)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*inputFile)(nil)).Elem())
	register.Function3x1[context.Context, inputPattern, func(inputFile), error](listFiles)
	register.Emitter1[inputFile]()
	register.DoFn3x1[context.Context, inputFile, func(page), error](&readPagesFn{})
	register.Emitter1[page]()
	register.DoFn4x1[context.Context, page, func(int, []byte), func(int, []byte), error](&extractFn{})
	register.Emitter2[int, []byte]()
	register.Function3x1[int, func(*[]byte) bool, func(string, string), error](findCopies)
	register.Iter1[[]byte]()
	register.Emitter2[string, string]()
	register.Iter2[string, string]()
	register.DoFn5x1[context.Context, int, func(*string) bool, func(*string, *string) bool, func(int, []byte), error](&writeShardFn{})
	register.DoFn3x1[context.Context, int, func(*[]byte) bool, error](&buildPanelFn{})
	register.DoFn4x1[context.Context, int, []byte, func(int, string), error](&spillFn{})
	register.Emitter2[int, string]()
	register.Function1x2[int, int, string](markShard)
	register.Iter1[string]()
})

// hasScheme tells a pattern of a Beam file system (gs://...) from a local
// path.
func hasScheme(pattern string) bool { return strings.Contains(pattern, "://") }

// inputPattern is one --input, with its place among them.
type inputPattern struct {
	No      int
	Pattern string
}

// inputFile is one file to read, with its place in the input: the
// pattern's, then the file's among the pattern's matches.
type inputFile struct {
	PatternNo, FileNo int
	Path              string
}

// listFiles emits the files a pattern names. Local patterns are listed as
// `unionfacts run` lists its arguments (folders walked, a missing path kept
// so that reading it fails on a row); other file systems' patterns give
// their matches, or the pattern itself when nothing matches, for the same
// reason.
func listFiles(ctx context.Context, in inputPattern, emit func(inputFile)) error {
	pattern, n := in.Pattern, 0
	next := func(path string) {
		emit(inputFile{PatternNo: in.No, FileNo: n, Path: path})
		n++
	}
	if !hasScheme(pattern) {
		for f, err := range corpus.Files([]string{pattern}) {
			if err != nil {
				return err
			}
			next(f)
		}
		return nil
	}
	fs, err := filesystem.New(ctx, pattern)
	if err != nil {
		return err
	}
	defer fs.Close()
	matches, err := fs.List(ctx, pattern)
	if err != nil {
		return fmt.Errorf("listing %s: %w", pattern, err)
	}
	if len(matches) == 0 {
		matches = []string{pattern}
	}
	for _, m := range matches {
		next(m)
	}
	return nil
}

// page is a corpus.Page as a pipeline element: its error as text, which is
// all a row keeps of it, and its place in the input.
type page struct {
	PatternNo, FileNo, PageNo int
	Doc, Input                string
	Data                      []byte
	ContentType               string
	Format                    string
	Err                       string
}

func toElement(f inputFile, pageNo int, pg corpus.Page) page {
	e := page{PatternNo: f.PatternNo, FileNo: f.FileNo, PageNo: pageNo, Doc: pg.Doc, Input: pg.Input, Data: pg.Data, ContentType: pg.ContentType, Format: string(pg.Format)}
	if pg.Err != nil {
		e.Err = pg.Err.Error()
	}
	return e
}

func (e page) corpusPage() corpus.Page {
	pg := corpus.Page{Doc: e.Doc, Input: e.Input, Data: e.Data, ContentType: e.ContentType, Format: corpus.Format(e.Format)}
	if e.Err != "" {
		pg.Err = errors.New(e.Err)
	}
	return pg
}

// readPagesFn reads the pages of one file with package corpus, through the
// file system the path names.
type readPagesFn struct {
	MaxPageBytes int64
}

func (fn *readPagesFn) ProcessElement(ctx context.Context, f inputFile, emit func(page)) error {
	path := f.Path
	in, err := openRead(ctx, path)
	if err != nil {
		emit(toElement(f, 0, corpus.Page{Doc: path, Input: path, Err: err}))
		return nil
	}
	defer in.Close()
	pages, err := corpus.FilePages(path, in, corpus.Options{MaxPageBytes: fn.MaxPageBytes})
	if err != nil {
		return err
	}
	n := 0
	for pg := range pages {
		emit(toElement(f, n, pg))
		n++
	}
	return nil
}

// openRead opens a file of any registered file system; local paths are
// opened as `unionfacts run` opens them, so that a missing one fails with
// the same message.
func openRead(ctx context.Context, path string) (io.ReadCloser, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	return fs.OpenRead(ctx, path)
}

// extractFn runs each page through rows.Extract, the per-document step the
// local run uses too, and keys its rows by shard; it also emits the page's
// sketch for the search for copies, under the one key they are gathered by.
type extractFn struct {
	PageTimeout time.Duration
	Shards      int

	pipeline *extract.Pipeline
}

// Setup takes the worker's pipeline, loaded once per worker process and
// shared by all its DoFn instances: it holds the segmenter's dictionary,
// hundreds of megabytes, and is safe for concurrent use.
func (fn *extractFn) Setup() error {
	p, err := workerPipeline()
	fn.pipeline = p
	return err
}

func (fn *extractFn) ProcessElement(ctx context.Context, e page, emit func(int, []byte), emitSketch func(int, []byte)) error {
	r := rows.Extract(ctx, fn.pipeline, e.corpusPage(), fn.PageTimeout)
	if r.Cut {
		// The bundle is being cancelled: fail it, and the runner retries it.
		return fmt.Errorf("%s: cut short: %w", e.Doc, r.Err)
	}
	at := place{e.PatternNo, e.FileNo, e.PageNo}
	b, err := json.Marshal(docRows{At: at, Doc: r.Doc, Facts: r.Facts})
	if err != nil {
		return fmt.Errorf("%s: encoding rows: %w", e.Doc, err)
	}
	sk, err := json.Marshal(sketchOf(at, r.Doc))
	if err != nil {
		return fmt.Errorf("%s: copies: encoding sketch: %w", e.Doc, err)
	}
	documentsCounter.Inc(ctx, 1)
	if r.Err != nil {
		failedCounter.Inc(ctx, 1)
	}
	factsCounter.Inc(ctx, int64(len(r.Facts)))
	emit(shardOf(e.Doc, fn.Shards), b)
	emitSketch(oneGroup, sk)
	return nil
}

var workerPipeline = sync.OnceValues(func() (*extract.Pipeline, error) {
	rules, err := facts.DefaultRules()
	if err != nil {
		return nil, err
	}
	return extract.New(extract.Options{Rules: rules})
})

// docRows is one document's rows as they travel to their shard, and, its
// body left out, to the panel.
type docRows struct {
	At    place
	Doc   schema.DocumentRow
	Facts []schema.FactRow
}

// shardOf spreads documents over shards by name, so that a document and its
// facts land in files of the same number.
func shardOf(doc string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(doc))
	return int(h.Sum32() % uint32(shards))
}

// markShard is a shard's marker, an empty name that no spill file has.
func markShard(shard int) (int, string) { return shard, "" }

// tempDir is the folder of a run's spill files, inside its output.
func tempDir(output, runID string) string {
	return strings.TrimSuffix(output, "/") + "/.temp-" + runID
}

// spillFn appends each document's rows, as extractFn encoded them, to its
// bundle's spill file for the document's shard, and names the files once
// the bundle ends. A file is a series of records, each the length of the
// rows (uvarint) and the rows. A bundle that fails leaves files no one
// names, which the run's end removes with the temp folder.
type spillFn struct {
	Temp string

	fs    filesystem.Interface
	files map[int]*spillFile
}

type spillFile struct {
	path string
	out  io.WriteCloser
	buf  *bufio.Writer
}

func (fn *spillFn) StartBundle(ctx context.Context, _ func(int, string)) error {
	fs, err := filesystem.New(ctx, fn.Temp)
	fn.fs, fn.files = fs, map[int]*spillFile{}
	return err
}

func (fn *spillFn) ProcessElement(ctx context.Context, shard int, rows []byte, _ func(int, string)) error {
	f, ok := fn.files[shard]
	if !ok {
		path := fmt.Sprintf("%s/%s-%05d.rows", fn.Temp, rand.Text(), shard)
		out, err := fn.fs.OpenWrite(ctx, path)
		if err != nil {
			return err
		}
		f = &spillFile{path: path, out: out, buf: bufio.NewWriterSize(out, 1<<20)}
		fn.files[shard] = f
	}
	f.buf.Write(binary.AppendUvarint(nil, uint64(len(rows))))
	_, err := f.buf.Write(rows)
	return err
}

func (fn *spillFn) FinishBundle(ctx context.Context, emit func(int, string)) error {
	defer fn.fs.Close()
	for shard, f := range fn.files {
		err := f.buf.Flush()
		if cerr := f.out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", f.path, err)
		}
		emit(shard, f.path)
	}
	fn.files = nil
	return nil
}

// writeShardFn writes one shard's rows with package schema, from the spill
// files of every bundle, and removes them.
type writeShardFn struct {
	Output string
	Shards int
	Meta   schema.Metadata
	RunID  string
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, spills func(*string) bool,
	found func(*string, *string) bool, emitPanel func(int, []byte)) error {
	duplicateOf := map[string]string{}
	var at, of string
	for found(&at, &of) {
		duplicateOf[at] = of
	}
	fs, err := filesystem.New(ctx, fn.Output)
	if err != nil {
		return err
	}
	defer fs.Close()
	var paths []string
	var p string
	for spills(&p) {
		if p != "" { // not the shard's marker
			paths = append(paths, p)
		}
	}
	docsPath, factsPath := shardPath(fn.Output, "documents", shard, fn.Shards), shardPath(fn.Output, "facts", shard, fn.Shards)
	docs, err := fs.OpenWrite(ctx, docsPath)
	if err != nil {
		return err
	}
	facts, err := fs.OpenWrite(ctx, factsPath)
	if err != nil {
		docs.Close()
		return err
	}
	err = fn.write(ctx, fs, docs, facts, paths, duplicateOf, emitPanel)
	if cerr := docs.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("%s: %w", docsPath, cerr)
	}
	if cerr := facts.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("%s: %w", factsPath, cerr)
	}
	if err != nil {
		return fmt.Errorf("shard %d: %w", shard, err)
	}
	if rm, ok := fs.(filesystem.Remover); ok {
		for _, p := range paths {
			if err := rm.Remove(ctx, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// write streams a shard's spill files into its two Parquet files, with
// duplicate_of set from the copies found (by place), and passes each
// document's rows on to the panel.
func (fn *writeShardFn) write(ctx context.Context, fs filesystem.Interface, docs, facts io.Writer, spills []string,
	duplicateOf map[string]string, emitPanel func(int, []byte)) error {
	s, err := schema.NewStream(docs, facts, fn.Meta, fn.RunID)
	if err != nil {
		return err
	}
	for _, path := range spills {
		if err := copySpill(ctx, fs, path, s, duplicateOf, emitPanel); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return s.Close()
}

// copySpill writes the rows of one spill file into s and passes them on to
// the panel.
func copySpill(ctx context.Context, fs filesystem.Interface, path string, s *schema.Stream,
	duplicateOf map[string]string, emitPanel func(int, []byte)) error {
	in, err := fs.OpenRead(ctx, path)
	if err != nil {
		return err
	}
	defer in.Close()
	br := bufio.NewReaderSize(in, 1<<20)
	var b []byte
	for {
		n, err := binary.ReadUvarint(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		b = slices.Grow(b[:0], int(n))[:n]
		if _, err := io.ReadFull(br, b); err != nil {
			return err
		}
		var r docRows
		if err := json.Unmarshal(b, &r); err != nil {
			return err
		}
		if of, ok := duplicateOf[r.At.key()]; ok {
			r.Doc.DuplicateOf = &of
		}
		if err := s.WriteRows(r.Doc, r.Facts); err != nil {
			return err
		}
		r.Doc.Body = "" // the panel does not read it
		p, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("%s: encoding rows: %w", r.Doc.Doc, err)
		}
		emitPanel(oneGroup, p)
	}
}

// shardPath names shard i of n of a table in the output folder, with a
// slash whatever the file system, since gs:// and s3:// use one.
func shardPath(output, table string, i, n int) string {
	return fmt.Sprintf("%s/%s-%05d-of-%05d.parquet", strings.TrimSuffix(output, "/"), table, i, n)
}

// panelPath names the panel file in the output folder.
func panelPath(output string) string {
	return strings.TrimSuffix(output, "/") + "/" + schema.PanelFile
}
