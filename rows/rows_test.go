package rows

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/schema"
)

// processFunc lets a test say what a page becomes.
type processFunc func(context.Context, corpus.Page) extract.Document

func (f processFunc) Process(ctx context.Context, pg corpus.Page) extract.Document { return f(ctx, pg) }

// stall waits for its ctx to end, as a page would that a stage is stuck on.
var stall = processFunc(func(ctx context.Context, pg corpus.Page) extract.Document {
	<-ctx.Done()
	return extract.Document{Doc: pg.Doc, Err: &extract.PageError{Doc: pg.Doc, Stage: extract.StageFacts, Err: ctx.Err()}}
})

func TestExtractGivesTheDocumentsRows(t *testing.T) {
	d := extract.Document{Doc: "a.html", Input: "a.html", Body: "新发展会员10人",
		Facts: []facts.Fact{{Metric: "members_added", Value: 10, Unit: "人", Evidence: "10人", Start: 5, End: 8}}}
	r := Extract(context.Background(), processFunc(func(context.Context, corpus.Page) extract.Document { return d }),
		corpus.Page{Doc: "a.html"}, time.Minute)
	wantDoc, wantFacts := schema.Rows(d)
	assert.Equal(t, Page{Doc: wantDoc, Facts: wantFacts}, r)
}

func TestExtractTurnsAPanicIntoAFailedRow(t *testing.T) {
	r := Extract(context.Background(), processFunc(func(context.Context, corpus.Page) extract.Document { panic("stage bug") }),
		corpus.Page{Doc: "a.html", Input: "in.jsonl"}, 0)
	require.NotNil(t, r.Doc.Error)
	assert.Equal(t, "a.html: extract: panic: stage bug", *r.Doc.Error)
	assert.Equal(t, "in.jsonl", r.Doc.Input)
	assert.False(t, r.Cut)
}

func TestExtractFailsAPageOverItsTime(t *testing.T) {
	r := Extract(context.Background(), stall, corpus.Page{Doc: "slow.html"}, time.Millisecond)
	require.NotNil(t, r.Doc.Error)
	assert.Equal(t, "slow.html: facts: context deadline exceeded", *r.Doc.Error)
	assert.ErrorIs(t, r.Err, context.DeadlineExceeded)
	assert.False(t, r.Cut, "a page over its own time is a row")
}

func TestExtractCutsAPageWhenTheRunEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	go cancel()
	r := Extract(ctx, stall, corpus.Page{Doc: "a.html"}, time.Minute)
	assert.True(t, r.Cut)
	assert.Equal(t, schema.DocumentRow{}, r.Doc, "a cut page has no row")
	assert.True(t, errors.Is(r.Err, context.Canceled))
}

func TestExtractKeepsAFailureThatIsNotTheRunsEnd(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := Extract(ctx, processFunc(func(_ context.Context, pg corpus.Page) extract.Document {
		return extract.Document{Doc: pg.Doc, Err: &extract.PageError{Doc: pg.Doc, Stage: extract.StageRead, Err: extract.ErrEmpty}}
	}), corpus.Page{Doc: "empty.html"}, 0)
	assert.False(t, r.Cut, "the page failed on its own, whatever the run does")
	require.NotNil(t, r.Doc.Error)
	assert.Equal(t, "empty.html: read: empty page", *r.Doc.Error)
}
