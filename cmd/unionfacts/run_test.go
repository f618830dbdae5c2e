package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/corpus/batch"
	"github.com/unionfacts/unionfacts/schema"
)

const report = "某县总工会工作简报\n\n全年新建基层工会27家,发展会员1350人。\n"

// writeInputs writes one input of each form into a folder and returns the
// documents' names in reading order.
func writeInputs(t *testing.T, dir string) []string {
	t.Helper()
	page := "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + report
	record := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://w.cn/1\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(page), page)
	var warc bytes.Buffer
	zw := gzip.NewWriter(&warc)
	zw.Write([]byte(record))
	zw.Close()
	files := map[string][]byte{
		"a/1.txt":        []byte(report),
		"a/b/2.html":     []byte("<html><body><h1>简报</h1><p>" + report + "</p></body></html>"),
		"c.jsonl":        []byte(`{"url":"http://j.cn/1","text":"` + strings.ReplaceAll(report, "\n", `\n`) + `"}` + "\n"),
		"d.warc.gz":      warc.Bytes(),
		"e/skipped.json": []byte("{}"),
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, data, 0o644))
	}
	return []string{filepath.Join(dir, "a/1.txt"), filepath.Join(dir, "a/b/2.html"), "http://j.cn/1", "http://w.cn/1"}
}

func docsIn(t *testing.T, out string) []schema.DocumentRow {
	t.Helper()
	return rowsIn[schema.DocumentRow](t, out, schema.DocumentsFile)
}

// rowsIn reads one of a run's files.
func rowsIn[T any](t *testing.T, out, name string) []T {
	t.Helper()
	rows, err := parquet.ReadFile[T](filepath.Join(out, name))
	require.NoError(t, err)
	return rows
}

func TestRunEveryInputForm(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	want := writeInputs(t, in)
	stdout, _, err := runCLI(t, "run", "--quiet", "--workers", "2", "--out", out, in)
	require.NoError(t, err)
	assert.Contains(t, stdout, "documents read: 4 (0 failed)")
	var got []string
	for _, d := range docsIn(t, out) {
		got = append(got, d.Doc)
	}
	assert.Equal(t, want, got)
}

func TestRunFailedDocumentsExitStatus(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644))
	stdout, _, err := runCLI(t, "run", "--quiet", "--out", out, in)
	assert.ErrorIs(t, err, errDocsFailed)
	assert.Contains(t, stdout, "failed: "+filepath.Join(in, "empty.txt")+": read: empty page")
	assert.Len(t, docsIn(t, out), 1)
}

func TestRunResume(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeInputs(t, in)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	err := run(cancelled, []string{"run", "--quiet", "--out", out, in}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	require.ErrorIs(t, err, batch.ErrInterrupted)
	assert.NoFileExists(t, filepath.Join(out, schema.DocumentsFile))

	stdout, _, err := runCLI(t, "run", "--quiet", "--resume", "--workers", "3", "--out", out, in)
	require.NoError(t, err, "--workers does not change what the run is")
	assert.Contains(t, stdout, "documents read: 4")
	assert.Len(t, docsIn(t, out), 4)
}

func TestRunResumeNeedsTheSameData(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeInputs(t, in)
	units := filepath.Join(t.TempDir(), "units.txt")
	require.NoError(t, os.WriteFile(units, []byte("家 count\n人 count\n"), 0o644))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	err := run(cancelled, []string{"run", "--quiet", "--units", units, "--out", out, in}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	require.ErrorIs(t, err, batch.ErrInterrupted)

	// The same path with other contents is other data.
	require.NoError(t, os.WriteFile(units, []byte("家 count\n"), 0o644))
	_, _, err = runCLI(t, "run", "--quiet", "--resume", "--units", units, "--out", out, in)
	require.ErrorIs(t, err, batch.ErrJournalMismatch)
}

func TestRunBadLimit(t *testing.T) {
	_, _, err := runCLI(t, "run", "--max-page-bytes", "0", "--out", t.TempDir(), t.TempDir())
	assert.ErrorIs(t, err, errUsage)
}

func TestRunOutMustBeAFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "out.parquet")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	_, _, err := runCLI(t, "run", "--quiet", "--out", file, t.TempDir())
	assert.ErrorIs(t, err, errUsage)
	assert.ErrorContains(t, err, "--out "+file+" is a file")
}
