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
	// work indexes rules.Work's words; nil when the rules have none.
	work *workWords
	// words, when set, cuts the body about to be classified (see WithWords).
	words *segment.Cutter
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
	c := &Classifier{rules: rs, seg: seg}
	if rs.Work != nil {
		c.work = newWorkWords(rs)
	}
	return c, nil
}

// WithWords returns a copy of c that reads the counted nouns of a body with
// words, the body's segment.Cutter, so that a pipeline builds the body's
// dictionary once for its keywords and its facts. The nouns are the same
// either way.
func (c *Classifier) WithWords(words *segment.Cutter) *Classifier {
	cw := *c
	cw.words = words
	return &cw
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
	t := newText(rs, c.rules)
	sentences := spansOf(body)
	nouns := c.words
	if nouns == nil {
		nouns = c.seg.Within(body)
	}
	var out []Fact
	starts := make([]int, len(qs)) // where each number's clause starts, lists joined
	for i, q := range qs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !countable(q) || reduplicated(rs, q) || (isArticle(q) && slices.Contains(c.rules.Articles, q.Unit)) {
			continue
		}
		w := windowAt(t, qs, i)
		if c.continuesList(rs, qs, i, w) {
			w.setLeft(rs, qs, i, starts[i-1])
		}
		starts[i] = w.start
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
		i, j := sentenceAt(t, q.Start, q.End)
		f.Sentence, f.SentenceStart = sentences.slice(i, j), i
		if f.Noun == "" {
			f.Noun = countedNoun(nouns, w.near, w.right)
		}
		out = append(out, f)
	}
	return out, nil
}

// listItemRunes bounds the clause of a further list item: a noun phrase
// and its number, no more.
const listItemRunes = 10

// continuesList reports whether qs[i], with window w, is a further item of
// a list whose items are set apart by clause marks, so that the verb of
// the list's first clause governs it: 慰问困难职工183人,大病职工107人,劳动模范142人.
// Its clause is a short noun phrase ending with the number: nouns, with at
// most a verb that qualifies them (退休劳动模范), no sum (总计发放补贴1.8万元
// is a sentence of its own), and the clause before ends with a number of
// the same kind. The item's own words still decide first, in the near
// context.
func (c *Classifier) continuesList(rs []rune, qs []numbers.Quantity, i int, w window) bool {
	if i == 0 || w.cut || strings.TrimSpace(w.right) != "" {
		return false
	}
	p, q := qs[i-1], qs[i]
	if p.End >= w.start || !countable(p) || !c.sameKind(p.Unit, q.Unit) {
		return false
	}
	mark := strings.TrimSpace(string(rs[p.End:w.start]))
	if runeCount(mark) != 1 || strings.Contains(c.rules.SentenceEnds, mark) {
		return false
	}
	phrase := strings.TrimSpace(w.clause)
	if phrase == "" || runeCount(phrase) > listItemRunes {
		return false
	}
	if _, _, sum := lastIn(phrase, slices.Concat(c.rules.Sums, c.rules.Totals)); sum {
		return false
	}
	toks := c.seg.Cut(phrase)
	if len(toks) == 0 || !isNoun(toks[len(toks)-1].Pos) {
		return false
	}
	for k, t := range toks {
		// A verb may only qualify the noun it opens (退休劳动模范, 患病职工).
		if isVerb(t.Pos) && (k > 0 || !isNoun(toks[k+1].Pos)) {
			return false
		}
	}
	return true
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
	if len(r.Context) > 0 {
		if _, _, found := lastIn(w.sentence, r.Context); !found {
			return Fact{}, false
		}
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
		word, _, found := firstIn(w.after, r.After)
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
		noun, found := nounNear(r.Nouns, within, r.Units, c.rules.Joiners, maskActors(left, c.rules.Actors), nw)
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
