package facts_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/numbers"
)

// classify runs c.Classify with a context that never ends.
func classify(t testing.TB, c *facts.Classifier, body string, qs []numbers.Quantity) []facts.Fact {
	t.Helper()
	fs, err := c.Classify(context.Background(), body, qs)
	require.NoError(t, err)
	return fs
}

// quantities builds the quantities of in from their evidence strings, in
// order, so that classifier tests do not depend on the number reader. The
// unit is what follows the numeral; 元, % and "" give money, percent and
// bare kinds, any other unit a count.
func quantities(t *testing.T, in string, evidence []string) []numbers.Quantity {
	t.Helper()
	var qs []numbers.Quantity
	from := 0
	for _, ev := range evidence {
		i := strings.Index(in[from:], ev)
		require.GreaterOrEqual(t, i, 0, "evidence %q not in %q", ev, in)
		start := utf8.RuneCountInString(in[:from+i])
		from += i + len(ev)
		unit := strings.TrimLeft(ev, "0123456789.至一二两三四五六七八九十百千万亿余多 ")
		q := numbers.Quantity{Text: ev, Start: start, End: start + utf8.RuneCountInString(ev), Value: 1, Unit: unit, Kind: numbers.Count}
		switch unit {
		case "元":
			q.Kind = numbers.Money
		case "%":
			q.Kind = numbers.Percent
		case "":
			q.Kind = numbers.Bare
		}
		if strings.ContainsAny(ev, "余多") {
			q.Approx = numbers.GTE
		}
		qs = append(qs, q)
	}
	return qs
}

func TestClassify(t *testing.T) {
	c := defaultClassifier(t)
	for _, tt := range classifyTests {
		t.Run(tt.Name, func(t *testing.T) {
			require.Len(t, tt.Want, len(tt.Qs))
			qs := quantities(t, tt.In, tt.Qs)
			got := map[int]facts.Fact{}
			for _, f := range classify(t, c, tt.In, qs) {
				got[f.Start] = f
			}
			for i, ev := range tt.Qs {
				f, ok := got[qs[i].Start]
				if tt.Want[i] == "" {
					assert.False(t, ok, "%s: want no fact, got %s by %s", ev, f.Metric, f.Rule)
					continue
				}
				if assert.True(t, ok, "%s: want %s, got no fact", ev, tt.Want[i]) {
					assert.Equal(t, tt.Want[i], f.Metric, "%s: metric (rule %s)", ev, f.Rule)
					assert.NotEmpty(t, f.Rule)
				}
			}
		})
	}
}

// TestClassifyFields checks what a fact carries besides its metric.
func TestClassifyFields(t *testing.T) {
	c := defaultClassifier(t)
	in := "开展春节帮扶活动。慰问困难职工386人,慰问金26万余元。"
	qs := quantities(t, in, []string{"386人", "26万余元"})
	qs[1].Value = 260000
	got := classify(t, c, in, qs)
	require.Len(t, got, 2)
	assert.Equal(t, facts.Fact{
		Metric: "funds_disbursed", Value: 260000, Unit: "元", Approx: "gte", Evidence: "26万余元",
		Start: qs[1].Start, End: qs[1].End, Sentence: "慰问困难职工386人,慰问金26万余元。", SentenceStart: 9,
		Trigger: "慰问金", Noun: "慰问金", Rule: "funds_disbursed.pay",
	}, got[1])
	assert.Equal(t, "people_assisted.aid", got[0].Rule)
	assert.Equal(t, "慰问", got[0].Trigger)
	assert.Equal(t, "困难职工", got[0].Noun, "the counted noun, read from the segmented clause")
}

// TestClassifySkipsKinds checks that only counts, sums and percentages can
// be facts, whatever words surround them: years, dates, times, ordinals,
// codes and bare numbers never are.
func TestClassifySkipsKinds(t *testing.T) {
	c := defaultClassifier(t)
	in := "新建基层工会2023家。"
	for _, k := range []numbers.Kind{numbers.Year, numbers.Date, numbers.Time, numbers.Ordinal, numbers.Code, numbers.Bare} {
		q := numbers.Quantity{Text: "2023家", Start: 6, End: 11, Value: 2023, Unit: "家", Kind: k}
		assert.Empty(t, classify(t, c, in, []numbers.Quantity{q}), "kind %s", k)
	}
	q := numbers.Quantity{Text: "2023家", Start: 6, End: 11, Value: 2023, Unit: "家", Kind: numbers.Count}
	assert.Len(t, classify(t, c, in, []numbers.Quantity{q}), 1, "the same number as a count")
}

// TestWithWordsSameNouns checks that a classifier reading nouns with the
// body's Cutter finds the facts, nouns included, that one cutting each
// context on its own finds; and that a Cutter of another text only costs
// time.
func TestWithWordsSameNouns(t *testing.T) {
	c := defaultClassifier(t)
	body := "全县新建工会服务驿站12家，慰问困难职工386人，发放慰问金26万余元。其中新就业形态劳动者入会1100余人。"
	qs := numbers.DefaultReader().Find(body)
	want := classify(t, c, body, qs)
	require.NotEmpty(t, want)
	seg := testSegmenter(t)
	assert.Equal(t, want, classify(t, c.WithWords(seg.Within(body)), body, qs))
	assert.Equal(t, want, classify(t, c.WithWords(seg.Within("另一篇正文")), body, qs))
}
