package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/schema"
)

// fakeProcessor stands in for the pipeline where a test is about the
// batch, not about extraction: its body is the page's text and every
// ASCII digit in it is a fact. It takes longer on some pages than others,
// so that workers finish out of order.
type fakeProcessor struct {
	calls atomic.Int64
	delay time.Duration
	panic string // a Doc to panic on
	// stall is a Doc that takes until its ctx ends, as a page would that
	// a stage is stuck on; onStall, if set, is called when it starts.
	stall   string
	onStall func()
}

func (f *fakeProcessor) Process(ctx context.Context, pg corpus.Page) extract.Document {
	f.calls.Add(1)
	d := extract.Document{Doc: pg.Doc, Input: pg.Input}
	if pg.Err != nil {
		d.Err = &extract.PageError{Doc: pg.Doc, Stage: extract.StageRead, Err: pg.Err}
		return d
	}
	if pg.Doc == f.panic {
		panic("stage bug")
	}
	if pg.Doc == f.stall {
		if f.onStall != nil {
			f.onStall()
		}
		<-ctx.Done()
		d.Err = &extract.PageError{Doc: pg.Doc, Stage: extract.StageFacts, Err: ctx.Err()}
		return d
	}
	h := fnv.New32a()
	h.Write([]byte(pg.Doc))
	time.Sleep(time.Duration(h.Sum32()%4) * f.delay)
	d.Body = string(pg.Data)
	for i, r := range []rune(d.Body) {
		if r >= '0' && r <= '9' {
			d.Facts = append(d.Facts, facts.Fact{Metric: "digit", Value: float64(r - '0'), Unit: "个",
				Evidence: string(r), Start: i, End: i + 1})
		}
	}
	return d
}

// testOptions are options for a test run into out, with small chunks.
func testOptions(out string, workers int) Options {
	opts := DefaultOptions(workers)
	opts.Out = out
	opts.Meta = schema.RunMetadata("test", "rules", []string{"in"})
	opts.ChunkDocs = 7
	opts.Log = slog.New(slog.DiscardHandler)
	return opts
}

// output reads back a run's two files.
func output(t *testing.T, out string) ([]schema.DocumentRow, []schema.FactRow) {
	t.Helper()
	docs, err := parquet.ReadFile[schema.DocumentRow](filepath.Join(out, schema.DocumentsFile))
	require.NoError(t, err)
	fs, err := parquet.ReadFile[schema.FactRow](filepath.Join(out, schema.FactsFile))
	require.NoError(t, err)
	return docs, fs
}

// docNames lists the rows' Doc column.
func docNames(rows []schema.DocumentRow) []string {
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = r.Doc
	}
	return names
}

// writeCorpus writes n small text pages into dir, spread over folders, and
// returns their paths in reading order.
func writeCorpus(t testing.TB, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("d%02d", i%10), fmt.Sprintf("p%05d.txt", i))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, fmt.Appendf(nil, "第%d篇 新建工会%d家", i, i%97), 0o644))
		paths = append(paths, p)
	}
	slices.Sort(paths) // folder names have one length: path order is walk order
	return paths
}

func gzipBytes(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func reader(t testing.TB, paths ...string) *corpus.Reader {
	t.Helper()
	r, err := corpus.NewReader(paths, corpus.DefaultOptions())
	require.NoError(t, err)
	return r
}

// newPipeline loads the real extraction pipeline.
func newPipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	rules, err := facts.DefaultRules()
	require.NoError(t, err)
	p, err := extract.New(extract.Options{Rules: rules})
	require.NoError(t, err)
	return p
}
