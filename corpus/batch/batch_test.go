package batch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
)

func TestRunKeepsInputOrderWhateverTheWorkers(t *testing.T) {
	in := t.TempDir()
	paths := writeCorpus(t, filepath.Join(in, "pages"), 120)
	var jsonl strings.Builder
	for i := range 30 {
		fmt.Fprintf(&jsonl, `{"url":"http://a.cn/%d","text":"第%d条"}`+"\n", i, i)
	}
	require.NoError(t, os.WriteFile(filepath.Join(in, "z.jsonl.gz"), gzipBytes([]byte(jsonl.String())), 0o644))

	var want []string
	want = append(want, paths...)
	for i := range 30 {
		want = append(want, fmt.Sprintf("http://a.cn/%d", i))
	}
	var first []byte
	for _, workers := range []int{1, 3, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			out := t.TempDir()
			p := &fakeProcessor{delay: 100_000} // 0.1 ms steps
			sum, err := Run(context.Background(), reader(t, in), p, testOptions(out, workers))
			require.NoError(t, err)
			docs, facts := output(t, out)
			assert.Equal(t, want, docNames(docs))
			assert.Equal(t, len(want), sum.Docs)
			assert.Equal(t, len(facts), sum.Facts)
			assert.Zero(t, sum.FailedDocs)
			assert.NoDirExists(t, filepath.Join(out, PartialDir))
			rows := fmt.Appendf(nil, "%v %v", docs, facts)
			if first == nil {
				first = rows
			} else {
				assert.Equal(t, string(first), string(rows), "rows differ from the 1-worker run")
			}
		})
	}
}

func TestRunFailedPagesAreRows(t *testing.T) {
	in := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(in, "a.txt"), []byte("1"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "b.html.gz"), []byte("plain text, not gzip"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(in, "c.txt"), []byte("boom"), 0o644))
	out := t.TempDir()
	p := &fakeProcessor{panic: filepath.Join(in, "c.txt")}
	sum, err := Run(context.Background(), reader(t, in, filepath.Join(in, "missing.txt")), p, testOptions(out, 2))
	require.NoError(t, err)
	docs, _ := output(t, out)
	var errs []string
	for _, d := range docs {
		e := "<nil>"
		if d.Error != nil {
			e = strings.ReplaceAll(*d.Error, in+"/", "")
		}
		errs = append(errs, e)
	}
	assert.Equal(t, []string{
		"<nil>",
		"b.html.gz: read: gzip: invalid header",
		"c.txt: extract: panic: stage bug",
		"missing.txt: read: open missing.txt: no such file or directory",
	}, errs)
	assert.Equal(t, 3, sum.FailedDocs)
	assert.Len(t, sum.Failures, 3)
}

func TestRunCancelKeepsWorkForResume(t *testing.T) {
	in, out, ref := t.TempDir(), t.TempDir(), t.TempDir()
	writeCorpus(t, in, 200)
	_, err := Run(context.Background(), reader(t, in), &fakeProcessor{}, testOptions(ref, 2))
	require.NoError(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	p := &cancellingProcessor{after: 50, cancel: cancel}
	_, err = Run(ctx, reader(t, in), p, testOptions(out, 2))
	require.ErrorIs(t, err, ErrInterrupted)
	require.ErrorIs(t, err, context.Canceled)
	assert.NoFileExists(t, filepath.Join(out, "documents.parquet"))
	done := p.calls.Load()

	opts := testOptions(out, 2)
	opts.Resume = true
	again := &fakeProcessor{}
	sum, err := Run(context.Background(), reader(t, in), again, opts)
	require.NoError(t, err)
	assert.Equal(t, int(done), sum.Resumed, "every page extracted before the cancel is journalled")
	assert.Equal(t, int64(200)-done, again.calls.Load(), "no page extracted twice")
	wantDocs, wantFacts := output(t, ref)
	gotDocs, gotFacts := output(t, out)
	assert.Equal(t, wantDocs, gotDocs)
	assert.Equal(t, wantFacts, gotFacts)
}

// cancellingProcessor cancels the run once it has seen after pages.
type cancellingProcessor struct {
	fakeProcessor
	after  int64
	cancel context.CancelFunc
}

func (c *cancellingProcessor) Process(ctx context.Context, pg corpus.Page) (d extract.Document) {
	d = c.fakeProcessor.Process(ctx, pg)
	if c.calls.Load() == c.after {
		c.cancel()
	}
	return d
}

func TestResumeRefusesOtherRun(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeCorpus(t, in, 20)
	ctx, cancel := context.WithCancel(context.Background())
	_, err := Run(ctx, reader(t, in), &cancellingProcessor{after: 10, cancel: cancel}, testOptions(out, 1))
	require.ErrorIs(t, err, ErrInterrupted)

	other := testOptions(out, 1)
	other.Resume = true
	other.Meta = map[string]string{"unionfacts.version": "other", "unionfacts.rules_hash": "rules"}
	_, err = Run(context.Background(), reader(t, in), &fakeProcessor{}, other)
	assert.ErrorIs(t, err, ErrJournalMismatch)

	same := testOptions(out, 1)
	same.Resume = true
	require.NoError(t, os.Remove(filepath.Join(in, "d00", "p00000.txt")))
	_, err = Run(context.Background(), reader(t, in), &fakeProcessor{}, same)
	assert.ErrorIs(t, err, ErrJournalMismatch)
	assert.ErrorContains(t, err, "document 1 is")
}

func TestRunWithoutResumeStartsOver(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeCorpus(t, in, 20)
	ctx, cancel := context.WithCancel(context.Background())
	_, err := Run(ctx, reader(t, in), &cancellingProcessor{after: 10, cancel: cancel}, testOptions(out, 1))
	require.ErrorIs(t, err, ErrInterrupted)
	p := &fakeProcessor{}
	sum, err := Run(context.Background(), reader(t, in), p, testOptions(out, 1))
	require.NoError(t, err)
	assert.Zero(t, sum.Resumed)
	assert.Equal(t, int64(20), p.calls.Load())
}

func TestOptionsValidate(t *testing.T) {
	ok := testOptions("out", 1)
	tests := []struct {
		Name   string
		Change func(*Options)
		Err    string
	}{
		{"NoOut", func(o *Options) { o.Out = "" }, "Options.Out is required"},
		{"NoWorkers", func(o *Options) { o.Workers = 0 }, "Workers must be at least 1, got 0"},
		{"NoChunk", func(o *Options) { o.ChunkDocs = 0 }, "ChunkDocs and ChunkAge must be positive"},
		{"NoLog", func(o *Options) { o.Log = nil }, "Options.Log is required"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			o := ok
			tt.Change(&o)
			assert.ErrorContains(t, o.validate(), tt.Err)
		})
	}
	assert.NoError(t, ok.validate())
}
