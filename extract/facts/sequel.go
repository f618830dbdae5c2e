package facts

import (
	"slices"
	"strings"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// partSuffix marks the rule name of a fact found as the part of a total;
// totalSuffix that of a running total, sumSuffix that of a sum.
const (
	partSuffix  = "+part"
	totalSuffix = "+total"
	sumSuffix   = "+sum"
)

// partOf reports whether q is the part of a total given before it in the
// same sentence, and if so returns a fact of the total's metric. The total
// is the last fact before q that counts the same kind of thing, so that a
// sum of money between them does not hide it (资助学生1260人，发放助学金630万元，
// 其中本科生860人).
//
// With explicit set, a part word (其中, 包括) must stand between the total and
// q with no clause break after it: 吸纳会员970余人，其中快递从业者360人;
// parts listed with 、 share it (其中:1个…、2个…). The total is in q's
// sentence, or in the one before when a part word opens q's (…31名。其中，
// 大学生27名). Without, q merely follows
// a part in the same sentence (其中考入本科的91名，考入专科的35名), which
// Classify only accepts for a number that no rule decided.
//
// The total is looked for within reach runes of q, like a rule's words.
func (c *Classifier) partOf(rs []rune, facts []Fact, q numbers.Quantity, explicit bool) (Fact, bool) {
	j := len(facts) - 1
	if !explicit && (j < 0 || !strings.HasSuffix(facts[j].Rule, partSuffix)) {
		return Fact{}, false
	}
	for j >= 0 && !tooFar(facts[j], q) && (strings.HasSuffix(facts[j].Rule, partSuffix) || !c.sameKind(facts[j].Unit, q.Unit)) {
		j--
	}
	if j < 0 || tooFar(facts[j], q) {
		return Fact{}, false
	}
	total := facts[j]
	if total.End > q.Start {
		return Fact{}, false
	}
	between := string(rs[total.End:q.Start])
	if i := strings.LastIndexAny(between, c.rules.SentenceEnds); i >= 0 {
		// A part word may open the sentence after its total's
		// (发展会员800人。其中，女职工300人), in the same paragraph; further
		// parts follow it (其中,本科38名,专科14名).
		opening := strings.TrimLeft(between[i:], c.rules.SentenceEnds+" ")
		if strings.ContainsAny(between[:i], c.rules.SentenceEnds+"\n") ||
			!slices.ContainsFunc(c.rules.Parts, func(p string) bool { return strings.HasPrefix(opening, p) }) {
			return Fact{}, false
		}
		between = opening
	}
	part := Fact{Metric: total.Metric, Rule: total.Rule + partSuffix, Noun: total.Noun}
	for _, p := range c.rules.Parts {
		_, after, found := strings.Cut(between, p)
		if !found {
			continue
		}
		after = strings.TrimLeft(after, c.rules.ClauseEnds)
		if explicit && strings.ContainsAny(after, c.rules.ClauseEnds) {
			return Fact{}, false
		}
		part.Trigger = p
		return part, true
	}
	return Fact{}, false
}

// sequel decides a number that no rule decided from the fact just before
// it: either it continues a list of parts (see partOf), or it is a running
// total (新建“妈咪小屋”9个，总数达到37个) of the same things, whose metric is
// the stock the rules' StockOf names for the fact's metric (unions_formed →
// union_count), or the fact's own, or it is the sum of the facts before
// it (慰问困难职工860人、劳模120人，共计980人), of their metric.
func (c *Classifier) sequel(rs []rune, facts []Fact, q numbers.Quantity, w window) (Fact, bool) {
	if f, ok := c.partOf(rs, facts, q, false); ok {
		return f, true
	}
	if len(facts) == 0 {
		return Fact{}, false
	}
	prev := facts[len(facts)-1]
	word, _, total := lastIn(w.clause, c.rules.Totals)
	found, suffix := total, totalSuffix
	if !found {
		word, _, found = lastIn(w.clause, c.rules.Sums)
		suffix = sumSuffix
	}
	if !found || !c.sameKind(prev.Unit, q.Unit) || prev.End > q.Start || tooFar(prev, q) ||
		strings.ContainsAny(string(rs[prev.End:q.Start]), c.rules.SentenceEnds) {
		return Fact{}, false
	}
	metric := prev.Metric
	if stock, ok := c.rules.StockOf[metric]; ok && total {
		metric = stock
	}
	base, _, _ := strings.Cut(prev.Rule, "+")
	return Fact{Metric: metric, Rule: base + suffix, Trigger: word, Noun: prev.Noun}, true
}

// tooFar reports whether fact f ends more than reach runes before q.
func tooFar(f Fact, q numbers.Quantity) bool { return q.Start-f.End > reach }

// sameKind reports whether units a and b count the same kind of thing:
// they are equal or share one of the rules' unit groups (家 and 个 both
// count organisations).
func (c *Classifier) sameKind(a, b string) bool {
	if a == b {
		return true
	}
	for _, g := range c.rules.UnitGroups {
		if slices.Contains(g, a) && slices.Contains(g, b) {
			return true
		}
	}
	return false
}
