package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/batch"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/schema"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestMain(m *testing.M) {
	registerFns()
	ptest.MainWithDefault(m, "prism")
}

// repoRoot is the root of the main module, two folders up.
const repoRoot = "../.."

// The Beam run's rows, as sets, are the local run's on the same inputs:
// the seeds, our HTML pages (GBK among them) and every other input form
// (gzip, JSONL, WARC, pages that fail), and copies of seeds, so that the
// documents' duplicate_of and the panel, the collection stages' output,
// are compared too.
func TestBeamRowsAreTheLocalRunsRows(t *testing.T) {
	seeds := seedInputs(t)
	inputs := slices.Concat(seeds, []string{filepath.Join(repoRoot, "corpus/testdata/pages/*.html")}, oddInputs(t), copiesOf(t, seeds))
	local := localRun(t, inputs)
	require.Greater(t, len(local.docs), 30)
	require.Greater(t, len(local.facts), 150)
	require.GreaterOrEqual(t, countCopies(local.docs), 3, "the local run finds the copies")
	require.NotEmpty(t, local.panel)

	out := t.TempDir()
	o := Options{Inputs: inputs, Output: out, Shards: 3, MaxPageBytes: corpus.DefaultMaxPageBytes,
		PageTimeout: batch.DefaultPageTimeout}
	var report bytes.Buffer
	require.NoError(t, run(context.Background(), o, &report))
	beam := readShards(t, out, 3)
	left, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Len(t, left, 7, "the shards and the panel, and no spill files")

	assert.Equal(t, local.docs, beam.docs, "documents, duplicate_of included")
	assert.Equal(t, local.facts, beam.facts, "facts")
	assert.Equal(t, local.panel, beam.panel, "panel, row for row")
	assert.Contains(t, report.String(), fmt.Sprintf("documents read: %d (%d failed)", len(local.docs), local.failed))
	assert.Contains(t, report.String(), fmt.Sprintf("facts: %d\n", len(local.facts)))
}

// seedInputs returns the seed reports, the inputs beside their gold files.
func seedInputs(t *testing.T) []string {
	t.Helper()
	shared := os.Getenv("SHARED") // as the Makefile and CI set it
	if shared == "" {
		shared = filepath.Join(repoRoot, "../shared")
	}
	seeds := filepath.Join(shared, "corpus/seeds")
	golds, err := filepath.Glob(filepath.Join(seeds, "*.gold.json"))
	require.NoError(t, err)
	if len(golds) == 0 {
		t.Skip("no seeds in ../shared")
	}
	var inputs []string
	for _, g := range golds {
		stem := strings.TrimSuffix(g, ".gold.json")
		for _, ext := range []string{".html", ".txt"} {
			if _, err := os.Stat(stem + ext); err == nil {
				inputs = append(inputs, stem+ext)
			}
		}
	}
	require.Len(t, inputs, len(golds))
	return inputs
}

// oddInputs writes a folder of every other input form, good and bad, and
// returns it, for the runs to walk, and a file missing from it.
func oddInputs(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	page := "<html><head><title>县总工会工作简报</title></head><body><p>全县新建基层工会12家，发展会员860人。</p></body></html>"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(page)
	require.NoError(t, err)
	warcRecord := func(uri, charset, body string) string {
		block := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=" + charset + "\r\n\r\n" + body
		return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"+
			"Content-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(block), block)
	}
	files := map[string][]byte{
		"page.html.gz": gz(page),
		"empty.txt":    nil,
		"cut.txt.gz":   gz(strings.Repeat("工会", 500))[:60],
		"bundle.jsonl": []byte(`{"url":"http://a.cn/1","html":` + quote(page) + "}\n" + `{"url":` + "\n" +
			`{"id":"t2","text":"镇工会慰问困难职工30户。"}` + "\n"),
		// The HTTP header alone names the GBK page's charset.
		"crawl.warc.gz": append(gz(warcRecord("http://b.cn/1", "GBK", gbk)), gz(warcRecord("http://b.cn/2", "utf-8", "<p>无</p>"))...),
	}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	return []string{dir, filepath.Join(dir, "missing.html")}
}

type runRows struct {
	docs, facts []string // rows as JSON, sorted
	panel       []string // rows as JSON, in the file's order
	failed      int
}

// copiesOf writes republished copies of the first seeds into a folder and
// returns it: two copies as printed, under other names, and one cut to its
// first 70%.
func copiesOf(t *testing.T, seeds []string) []string {
	t.Helper()
	require.GreaterOrEqual(t, len(seeds), 3)
	dir := t.TempDir()
	for i, seed := range seeds[:3] {
		data, err := os.ReadFile(seed)
		require.NoError(t, err)
		if i == 2 {
			runes := []rune(string(data))
			data = []byte(string(runes[:len(runes)*7/10]))
		}
		name := fmt.Sprintf("copy-%d%s", i, filepath.Ext(seed))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	return []string{dir}
}

// countCopies counts the documents with duplicate_of set.
func countCopies(docs []string) int {
	n := 0
	for _, d := range docs {
		var row schema.DocumentRow
		if json.Unmarshal([]byte(d), &row) == nil && row.DuplicateOf != nil {
			n++
		}
	}
	return n
}

// readPanel reads a panel file's rows as JSON, in order.
func readPanel(t *testing.T, path string) []string {
	t.Helper()
	read, err := parquet.ReadFile[schema.PanelRow](path)
	require.NoError(t, err)
	var rows []string
	for _, row := range read {
		b, err := json.Marshal(row)
		require.NoError(t, err)
		rows = append(rows, string(b))
	}
	return rows
}

// localRun runs `unionfacts run`'s runner, package batch, on inputs.
func localRun(t *testing.T, inputs []string) runRows {
	t.Helper()
	rules, err := facts.DefaultRules()
	require.NoError(t, err)
	p, err := extract.New(extract.Options{Rules: rules})
	require.NoError(t, err)
	src, err := corpus.NewReader(inputs, corpus.DefaultOptions())
	require.NoError(t, err)
	out := t.TempDir()
	opts := batch.DefaultOptions(2)
	opts.Out, opts.Meta = out, schema.RunMetadata("test", rules.Hash(), nil)
	opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	_, err = batch.Run(context.Background(), src, p, opts)
	require.NoError(t, err)
	var r runRows
	r.docs, r.failed = readRows[schema.DocumentRow](t, filepath.Join(out, schema.DocumentsFile))
	r.facts, _ = readRows[schema.FactRow](t, filepath.Join(out, schema.FactsFile))
	r.panel = readPanel(t, filepath.Join(out, schema.PanelFile))
	return r
}

// readShards reads every shard of a Beam run, checking that they share
// one run id.
func readShards(t *testing.T, out string, n int) runRows {
	t.Helper()
	var r runRows
	runIDs := map[string]bool{}
	for i := range n {
		for _, table := range []string{"documents", "facts"} {
			path := shardPath(out, table, i, n)
			pf := openParquet(t, path)
			id, ok := pf.Lookup(schema.KeyRunID)
			require.True(t, ok, path)
			runIDs[id] = true
			v, _ := pf.Lookup(schema.KeySchemaVersion)
			assert.Equal(t, schema.Version, v)
			if table == "documents" {
				docs, failed := readRows[schema.DocumentRow](t, path)
				r.docs, r.failed = append(r.docs, docs...), r.failed+failed
			} else {
				facts, _ := readRows[schema.FactRow](t, path)
				r.facts = append(r.facts, facts...)
			}
		}
	}
	pf := openParquet(t, panelPath(out))
	id, _ := pf.Lookup(schema.KeyRunID)
	runIDs[id] = true
	r.panel = readPanel(t, panelPath(out))
	assert.Len(t, runIDs, 1, "every shard and the panel have the run's id")
	slices.Sort(r.docs)
	slices.Sort(r.facts)
	return r
}

// openParquet opens a Parquet file for its metadata; the test closes it.
func openParquet(t *testing.T, path string) *parquet.File {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	info, err := f.Stat()
	require.NoError(t, err)
	pf, err := parquet.OpenFile(f, info.Size())
	require.NoError(t, err)
	return pf
}

// readRows reads a Parquet file's rows as sorted JSON, counting those with
// an error column.
func readRows[T any](t *testing.T, path string) (rows []string, failed int) {
	t.Helper()
	read, err := parquet.ReadFile[T](path)
	require.NoError(t, err)
	for _, row := range read {
		b, err := json.Marshal(row)
		require.NoError(t, err)
		rows = append(rows, string(b))
		if d, ok := any(row).(schema.DocumentRow); ok && d.Error != nil {
			failed++
		}
	}
	slices.Sort(rows)
	return rows, failed
}

func gz(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	io.WriteString(zw, s)
	zw.Close()
	return b.Bytes()
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
