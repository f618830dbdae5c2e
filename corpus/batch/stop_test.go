package batch

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageOverItsTimeIsARow(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	paths := writeCorpus(t, in, 30)
	opts := testOptions(out, 2)
	opts.PageTimeout = 50 * time.Millisecond
	p := &fakeProcessor{stall: paths[11]}
	sum, err := Run(context.Background(), reader(t, in), p, opts)
	require.NoError(t, err, "a page over its time does not end the run")
	assert.Equal(t, 30, sum.Docs)
	assert.Equal(t, 1, sum.FailedDocs)
	docs, _ := output(t, out)
	assert.Equal(t, paths, docNames(docs))
	require.NotNil(t, docs[11].Error)
	assert.Equal(t, paths[11]+": facts: context deadline exceeded", *docs[11].Error)
	for i, d := range docs {
		if i != 11 {
			assert.Nil(t, d.Error, d.Doc)
		}
	}
}

// TestCancelStopsThePageInFlight cancels a run while a page is stuck in a
// stage: the run ends, without a row for that page, and a resume extracts
// it and ends with the rows of an uninterrupted run.
func TestCancelStopsThePageInFlight(t *testing.T) {
	in, out, ref := t.TempDir(), t.TempDir(), t.TempDir()
	paths := writeCorpus(t, in, 60)
	_, err := Run(context.Background(), reader(t, in), &fakeProcessor{}, testOptions(ref, 2))
	require.NoError(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := testOptions(out, 2)
	opts.PageTimeout = 0 // no backstop: only the cancel can end the page
	_, err = Run(ctx, reader(t, in), &fakeProcessor{stall: paths[40], onStall: cancel}, opts)
	require.ErrorIs(t, err, ErrInterrupted)
	require.ErrorIs(t, err, context.Canceled)

	opts.Resume = true
	again := &fakeProcessor{}
	sum, err := Run(context.Background(), reader(t, in), again, opts)
	require.NoError(t, err)
	assert.LessOrEqual(t, sum.Resumed, 40, "the page cut short is not journalled")
	assert.Equal(t, int64(60-sum.Resumed), again.calls.Load())
	wantDocs, wantFacts := output(t, ref)
	gotDocs, gotFacts := output(t, out)
	assert.Equal(t, wantDocs, gotDocs)
	assert.Equal(t, wantFacts, gotFacts)
}

func TestRunOutIsAFile(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 2)
	file := filepath.Join(t.TempDir(), "out")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	for _, out := range []string{file, filepath.Join(file, "sub")} {
		_, err := Run(context.Background(), reader(t, in), &fakeProcessor{}, testOptions(out, 1))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "output folder")
		assert.NotContains(t, err.Error(), "journal")
	}
}
