package extract_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/internal/stress"
)

// The budget of one page grows with its length: a page may take fuzzCPU
// plus fuzzCPUPerByte for each of its bytes, and allocate fuzzAlloc plus
// fuzzAllocPerByte for each. The generated pathological pages take a fifth
// of that CPU time and half that allocation at every size (most of it the
// dictionary the segmenter builds for each body, given back at once); a
// stage whose work grew with the square of a page's length would not keep
// within it on the repeated input.
const (
	fuzzCPU          = time.Second
	fuzzCPUPerByte   = 10 * time.Microsecond
	fuzzAlloc        = 64 << 20
	fuzzAllocPerByte = 2048
	// fuzzRepeatBytes is how long the repeated input grows: long enough that
	// work growing with its square shows, short enough to fuzz quickly.
	fuzzRepeatBytes = 64 << 10
)

// FuzzProcess feeds any bytes to the whole per-page function, as a text
// page and as HTML, once as they are and once repeated to fuzzRepeatBytes.
// Every page must come back as its row (its Doc, an error only as a
// *PageError), with facts whose offsets and evidence are the body's, within
// the budget above. Seeds: the generated pathological pages, at a small
// scale, and our golden pages.
//
//	go test ./extract -run '^$' -fuzz FuzzProcess -fuzztime 10m
func FuzzProcess(f *testing.F) {
	for _, sp := range stress.Pages(1.0 / 64) {
		f.Add([]byte(sp.Text), sp.HTML)
	}
	pages, _ := filepath.Glob(filepath.Join("..", "corpus", "testdata", "pages", "*"))
	for _, path := range pages {
		if strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".body.txt") {
			continue
		}
		data, err := os.ReadFile(path)
		require.NoError(f, err)
		f.Add(data, corpus.FormatOf(path, data) == corpus.HTML)
	}
	p := sharedPipeline(f)
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		checkPage(t, p, data, html)
		if len(data) > 0 && len(data) < fuzzRepeatBytes/16 {
			checkPage(t, p, bytes.Repeat(data, fuzzRepeatBytes/len(data)), html)
		}
	})
}

// checkPage runs one page and checks its row and its budget.
func checkPage(t *testing.T, p *extract.Pipeline, data []byte, html bool) {
	t.Helper()
	pg := corpus.Page{Doc: "fuzz", Input: "fuzz", Data: data, Format: corpus.Text}
	if html {
		pg.Format = corpus.HTML
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := stress.CPUTime()
	doc := p.Process(context.Background(), pg)
	took := time.Duration(stress.CPUTime() - cpu)
	runtime.ReadMemStats(&after)

	require.Equal(t, "fuzz", doc.Doc)
	if doc.Err != nil {
		var pe *extract.PageError
		require.True(t, errors.As(doc.Err, &pe), "error %v is no PageError", doc.Err)
	}
	body := []rune(doc.Body)
	for _, f := range doc.Facts {
		require.True(t, 0 <= f.Start && f.Start < f.End && f.End <= len(body), "fact %+v outside the body", f)
		require.Equal(t, string(body[f.Start:f.End]), f.Evidence)
		require.True(t, f.SentenceStart <= f.Start && strings.Contains(f.Sentence, f.Evidence), "fact %+v outside its sentence", f)
	}
	require.True(t, slices.IsSortedFunc(doc.Facts, func(a, b facts.Fact) int { return a.Start - b.Start }), "facts out of reading order")

	n := len(data)
	require.LessOrEqual(t, took, fuzzCPU+time.Duration(n)*fuzzCPUPerByte, "CPU time for %d bytes", n)
	require.LessOrEqual(t, after.TotalAlloc-before.TotalAlloc, uint64(fuzzAlloc+n*fuzzAllocPerByte), "bytes allocated for %d bytes", n)
}
