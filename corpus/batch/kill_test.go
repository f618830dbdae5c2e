package batch

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
)

// The test binary doubles as the run TestRunSurvivesSIGKILL kills: with
// these variables set, it runs a batch instead of the tests.
const (
	helperIn  = "UNIONFACTS_BATCH_HELPER_IN"
	helperOut = "UNIONFACTS_BATCH_HELPER_OUT"
)

func TestMain(m *testing.M) {
	if in := os.Getenv(helperIn); in != "" {
		runHelper(in, os.Getenv(helperOut))
	}
	os.Exit(m.Run())
}

// runHelper runs a batch that stalls after helperStall pages, so that the
// parent test can kill it while it holds closed chunks, an open chunk and
// pages in flight; it never returns.
func runHelper(in, out string) {
	r, err := corpus.NewReader([]string{in}, corpus.DefaultOptions())
	if err != nil {
		panic(err)
	}
	p := &stallingProcessor{after: helperStall}
	_, err = Run(context.Background(), r, p, testOptions(out, 2))
	panic(err) // unreachable: the run stalls until killed
}

const helperStall = 150

// stallingProcessor blocks forever once it has seen after pages.
type stallingProcessor struct {
	fakeProcessor
	after int64
}

func (s *stallingProcessor) Process(ctx context.Context, pg corpus.Page) extract.Document {
	d := s.fakeProcessor.Process(ctx, pg)
	if s.calls.Load() > s.after {
		select {}
	}
	return d
}

func TestRunSurvivesSIGKILL(t *testing.T) {
	in, out, ref := t.TempDir(), t.TempDir(), t.TempDir()
	const docs = 400
	writeCorpus(t, in, docs)

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperIn+"="+in, helperOut+"="+out)
	require.NoError(t, cmd.Start())
	// Wait for the stall: the 150 pages before it are journalled, 147 of
	// them in closed chunks of 7, 3 in the open one. The deadline only
	// guards against a hang.
	deadline := time.Now().Add(2 * time.Minute)
	for closedChunks(out) < helperStall/7 {
		require.True(t, time.Now().Before(deadline), "helper run made no progress")
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Kill()) // SIGKILL: no chance to clean up
	_ = cmd.Wait()
	assert.NoFileExists(t, filepath.Join(out, "documents.parquet"))
	assert.NoFileExists(t, filepath.Join(out, "facts.parquet"))

	_, err := Run(context.Background(), reader(t, in), &fakeProcessor{}, testOptions(ref, 2))
	require.NoError(t, err)
	opts := testOptions(out, 2)
	opts.Resume = true
	p := &fakeProcessor{}
	sum, err := Run(context.Background(), reader(t, in), p, opts)
	require.NoError(t, err)
	assert.Equal(t, helperStall/7*7, sum.Resumed, "every closed chunk is kept")
	assert.Equal(t, int64(docs-sum.Resumed), p.calls.Load(), "journalled pages are not extracted again")
	wantDocs, wantFacts := output(t, ref)
	gotDocs, gotFacts := output(t, out)
	assert.Equal(t, wantDocs, gotDocs)
	assert.Equal(t, wantFacts, gotFacts)
	assert.NoDirExists(t, filepath.Join(out, PartialDir))
}

// closedChunks counts the journal chunks in out that a resume would keep.
func closedChunks(out string) int {
	j := &journal{dir: filepath.Join(out, PartialDir)}
	if err := j.countClosed(); err != nil {
		return 0
	}
	return j.chunks
}
