package facts

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/unionfacts/unionfacts/extract/numbers"
	"github.com/unionfacts/unionfacts/segment"
)

// Classifier applies a rule set to the quantities of a body. It is a
// generic engine: every word it looks for comes from the Rules.
type Classifier struct {
	rules *Rules
	seg   *segment.Segmenter
}

// NewClassifier prepares rs for use, with seg to read the counted noun of
// each fact (see segment.Default). The classifier is safe for concurrent
// use.
func NewClassifier(rs *Rules, seg *segment.Segmenter) (*Classifier, error) {
	if rs == nil || rs.hash == "" {
		return nil, ErrRulesNotLoaded
	}
	if seg == nil {
		return nil, errors.New("facts: a segmenter is required")
	}
	return &Classifier{rules: rs, seg: seg}, nil
}

// ErrRulesNotLoaded means the rules did not come from DefaultRules or
// ParseRules, which validate them.
var ErrRulesNotLoaded = errors.New("facts: rules not loaded: use DefaultRules or ParseRules")

// Classify returns the facts among qs, which must have been read from body
// and be in reading order. Each quantity is tried in two passes: first
// with the near context (the clause back to the previous number), then
// with the whole clause, so that the trigger closest to the number decides.
// A number after a part word (其中) takes the metric of the total before it;
// a number no rule decides may still continue the fact before it (see
// sequel). The only error is ctx's, checked number by number.
func (c *Classifier) Classify(ctx context.Context, body string, qs []numbers.Quantity) ([]Fact, error) {
	rs := []rune(body)
	clauses, sentences := newEnds(rs, c.rules.ClauseEnds), newEnds(rs, c.rules.SentenceEnds)
	offsets := byteOffsets{s: body}
	var out []Fact
	for i, q := range qs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !countable(q) || reduplicated(rs, q) {
			continue
		}
		w := windowAt(clauses, qs, i)
		f, ok := c.partOf(rs, out, q, true)
		if !ok {
			var decided bool
			f, decided = c.match(q, w)
			if !decided {
				f, decided = c.sequel(rs, out, q, w)
			}
			ok = decided && f.Metric != None
		}
		if !ok {
			continue
		}
		f.Value, f.ValueMax, f.Unit, f.Approx = q.Value, q.ValueMax, q.Unit, string(q.Approx)
		f.Evidence, f.Start, f.End = q.Text, q.Start, q.End
		i, j := sentenceAt(sentences, q.Start, q.End)
		f.Sentence, f.SentenceStart = offsets.slice(i, j), i
		if f.Noun == "" {
			f.Noun = countedNoun(c.seg, w.near, w.right)
		}
		out = append(out, f)
	}
	return out, nil
}

// countable reports whether q is of a kind that can be a fact.
func countable(q numbers.Quantity) bool {
	return q.Kind == numbers.Count || q.Kind == numbers.Money || q.Kind == numbers.Percent
}

// reduplicated reports whether q's unit is said twice (一项项活动, 一个个
// 驿站), which means "one after another", not a count.
func reduplicated(rs []rune, q numbers.Quantity) bool {
	u := []rune(q.Unit)
	return len(u) > 0 && q.End+len(u) <= len(rs) && string(rs[q.End:q.End+len(u)]) == q.Unit
}

// match runs the rules over the near context, then over the clause, and
// reports whether a rule decided; the fact it returns has metric None when
// that rule marks the number as no fact.
func (c *Classifier) match(q numbers.Quantity, w window) (Fact, bool) {
	for _, left := range []string{w.near, w.clause} {
		for _, r := range c.rules.Rules {
			if f, ok := c.apply(r, q, left, w); ok {
				return f, true
			}
		}
		if w.near == w.clause {
			break
		}
	}
	return Fact{}, false
}

// apply reports whether rule r applies to q, reading left as the context
// before the number (the whole clause for a Clause rule), and the fact it
// yields. Not words are looked for in the whole clause, so that they also
// veto a rule in the near pass.
func (c *Classifier) apply(r Rule, q numbers.Quantity, left string, w window) (Fact, bool) {
	right := w.right
	if r.Clause {
		left = w.clause
	}
	if !slices.Contains(r.Units, q.Unit) && !slices.Contains(r.Units, "*") {
		return Fact{}, false
	}
	if r.Round && !isRound(q) {
		return Fact{}, false
	}
	if len(r.Prefix) > 0 && !hasSuffixAny(strings.TrimRight(left, " "), r.Prefix) {
		return Fact{}, false
	}
	if _, _, found := lastIn(w.clause, r.Not); found {
		return Fact{}, false
	}
	if _, _, found := firstIn(right, r.Not); found {
		return Fact{}, false
	}
	f := Fact{Metric: r.Metric, Rule: r.Name}
	if len(r.Before) > 0 {
		word, _, found := lastIn(left, r.Before)
		if !found {
			return Fact{}, false
		}
		f.Trigger = word
	}
	if len(r.After) > 0 {
		word, _, found := firstIn(right, r.After)
		if !found {
			return Fact{}, false
		}
		if f.Trigger == "" {
			f.Trigger = word
		}
	}
	if len(r.Nouns) > 0 {
		within := r.Within
		if within == 0 {
			within = c.rules.NounWindow
		}
		nw := w
		if len(r.Before) == 0 && len(r.After) == 0 && isArticle(q) && opensPhrase(w.clause) {
			// 一座崭新的职工之家…格外显眼, 新政镇的一处驿站里: 一 and a
			// measure word opening a clause or a noun phrase are the
			// indefinite article. Only a noun before them (驿站一座) makes
			// them a count then; a verb (打造一家…) would stand right
			// before them.
			nw.right = ""
		}
		noun, found := nounNear(r.Nouns, within, maskActors(left, c.rules.Actors), nw)
		if !found {
			return Fact{}, false
		}
		f.Noun = noun
	}
	return f, true
}

// isArticle reports whether q is 一 and its measure word alone (一座, 一个),
// which Chinese also uses as the indefinite article.
func isArticle(q numbers.Quantity) bool {
	return q.Text == "一"+q.Unit
}

// opensPhrase reports whether what comes after the clause context left
// opens a clause or a noun phrase: nothing before it, or a possessive 的.
func opensPhrase(left string) bool {
	left = strings.TrimSpace(left)
	return left == "" || strings.HasSuffix(left, "的")
}

// isRound reports whether q is exact and written as a bare magnitude
// (千名, 万场): no digit before its first multiplier.
func isRound(q numbers.Quantity) bool {
	if q.Approx != numbers.Exact {
		return false
	}
	first, _, _ := strings.Cut(q.Text, q.Unit)
	return first == "十" || first == "百" || first == "千" || first == "万" || first == "亿"
}
