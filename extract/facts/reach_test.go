package facts

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/numbers"
	"github.com/unionfacts/unionfacts/internal/stress"
	"github.com/unionfacts/unionfacts/segment"
)

// TestEnds checks the end finder against a plain scan.
func TestEnds(t *testing.T) {
	rs := []rune("甲乙，丙丁。戊，己庚辛")
	set := "，。"
	after := func(i int) int {
		for i > 0 && !strings.ContainsRune(set, rs[i-1]) {
			i--
		}
		return i
	}
	next := func(i int) int {
		for i < len(rs) && !strings.ContainsRune(set, rs[i]) {
			i++
		}
		return i
	}
	e := endsOf(rs, set)
	for i := range len(rs) + 1 {
		assert.Equal(t, after(i), e.after(i), "after(%d)", i)
		assert.Equal(t, next(i), e.next(i, len(rs)), "next(%d)", i)
	}
}

func TestByteOffsets(t *testing.T) {
	s := "ab中文\xffc𝄞d。"
	rs := []rune(s)
	o := spansOf(s)
	for _, span := range [][2]int{{0, 2}, {2, 4}, {1, 6}, {4, 5}, {0, len(rs)}, {6, 8}, {3, 3}} {
		assert.Equal(t, string(rs[span[0]:span[1]]), o.slice(span[0], span[1]), "%v", span)
	}
}

// TestLongSentenceIsRead reads a sentence that lists a thousand counts:
// each fact is found, and its sentence is the part of the list around it,
// a window on the body rather than a copy of the list.
func TestLongSentenceIsRead(t *testing.T) {
	c := testClassifier(t)
	body := stress.Counts(1000)
	qs := numbers.Find(body)
	fs, err := c.Classify(context.Background(), body, qs)
	require.NoError(t, err)
	require.Len(t, fs, 1000)
	rs := []rune(body)
	for _, f := range fs {
		n := utf8.RuneCountInString(f.Sentence)
		require.LessOrEqual(t, n, 2*cutContext+utf8.RuneCountInString(f.Evidence)+1)
		require.Equal(t, string(rs[f.SentenceStart:f.SentenceStart+n]), f.Sentence)
		require.LessOrEqual(t, f.SentenceStart, f.Start)
		require.Equal(t, "people_assisted", f.Metric)
	}
	last := fs[len(fs)-1]
	assert.True(t, strings.HasSuffix(last.Sentence, "。"), "the sentence still ends at its end")
}

func testClassifier(t *testing.T) *Classifier {
	t.Helper()
	rs, err := DefaultRules()
	require.NoError(t, err)
	seg, err := segment.Default()
	require.NoError(t, err)
	c, err := NewClassifier(rs, seg)
	require.NoError(t, err)
	return c
}
