package facts

import (
	"math"
	"strings"
)

// partScopeEnds end the stretch of text a part word (其中, 包括) governs:
// a full stop, not a semicolon, since the parts it introduces are often
// listed with semicolons (其中，本科27名，包括…4名；…23名).
const partScopeEnds = "。！？!?\n"

// LinkParts sets PartOf on every fact of fs that is a part of another fact
// of fs, as the fact contract defines parts: fs are one document's facts in
// reading order and body its body. A link is made only where the words or
// the sums support it:
//
//   - a part word (其中, 包括) stands before the part in its sentence, and
//     the total is the last fact before that word, in the same paragraph,
//     of the same metric and kind of unit, and no smaller than the part
//     (新建工会32个，其中非公企业工会20个);
//   - a subset word (获评, 荣获) follows the part, and the total is a larger
//     fact of the same metric and kind of unit before it in its sentence
//     (在7个小区开设托管班…，1个托管班获评…);
//   - facts of the same metric and kind of unit that follow a total in its
//     paragraph add up to it exactly, two or more of them or the rest of
//     the parts its part words began (31名…其中27名…；…4名);
//   - a sum word (共计, 合计) stands before a total, and the facts just before
//     it in its sentence add up to it exactly (860人、120人，共计980人).
//
// Like the rules, the links read no further than reach runes from a fact.
func (c *Classifier) LinkParts(body string, fs []Fact) {
	rs := []rune(body)
	b := &partText{rs: rs, lines: endsOf(rs, "\n"), scopes: endsOf(rs, partScopeEnds), clauses: endsOf(rs, c.rules.ClauseEnds)}
	for j := range fs {
		if i, ok := c.wordedTotal(b, fs, j); ok {
			fs[j].PartOf = i + 1
		}
	}
	for i := range fs {
		c.addUpAfter(b, fs, i)
		c.addUpBefore(b, fs, i)
	}
}

// partText is the body LinkParts reads: its runes and where its lines,
// part scopes and clauses end.
type partText struct {
	rs                     []rune
	lines, scopes, clauses ends
}

// wordedTotal returns the total that a part word or a subset word makes
// fs[j] a part of.
func (c *Classifier) wordedTotal(b *partText, fs []Fact, j int) (int, bool) {
	rs, f := b.rs, fs[j]
	scope := b.scopeStart(f.Start)
	if _, at, ok := lastWordIn(rs, scope, f.Start, c.rules.Parts); ok {
		for i := j - 1; i >= 0 && fs[i].End >= at-reach; i-- {
			t := fs[i]
			if t.End > at || !b.sameParagraph(t.End, at) {
				if t.End <= at {
					break
				}
				continue
			}
			if c.partFits(t, f) {
				return i, true
			}
		}
	}
	clauseEnd := min(b.clauses.next(f.End, len(rs)), f.End+reach)
	if _, _, ok := lastWordIn(rs, f.End, clauseEnd, c.rules.Subsets); !ok {
		return 0, false
	}
	for i := j - 1; i >= 0 && fs[i].End > scope; i-- {
		if c.partFits(fs[i], f) && fs[i].Value > f.Value {
			return i, true
		}
	}
	return 0, false
}

// partFits reports whether part can be a part of total: the same metric,
// the same kind of unit, and no larger.
func (c *Classifier) partFits(total, part Fact) bool {
	return total.Metric == part.Metric && c.sameKind(total.Unit, part.Unit) && part.Value <= total.Value
}

// addUpAfter links the facts after fs[i] in its paragraph that complete its
// sum: the parts already linked to it plus the next unlinked facts of its
// metric and kind, when they reach it exactly and are two or more.
func (c *Classifier) addUpAfter(b *partText, fs []Fact, i int) {
	t := fs[i]
	sum, n := 0.0, 0
	var extra []int
	for j := i + 1; j < len(fs) && fs[j].Start <= t.End+reach && b.sameParagraph(t.End, fs[j].Start); j++ {
		f := fs[j]
		switch {
		case f.PartOf == i+1:
			sum += f.Value
			n++
		case f.PartOf == 0 && c.partFits(t, f) && exact(t, f) && len(extra) < maxAddends && !isTotalOf(fs, j):
			if sum+f.Value > t.Value+tolerance(t.Value) {
				continue
			}
			sum += f.Value
			n++
			extra = append(extra, j)
		}
		if n >= 2 && len(extra) > 0 && equalSum(sum, t.Value) {
			for _, k := range extra {
				fs[k].PartOf = i + 1
			}
			return
		}
	}
}

// addUpBefore links the facts right before fs[i] in its sentence when a sum
// word stands before it and they add up to it exactly.
func (c *Classifier) addUpBefore(b *partText, fs []Fact, i int) {
	rs, t := b.rs, fs[i]
	scope := b.scopeStart(t.Start)
	from := t.Start
	for from > scope && !strings.ContainsRune(c.rules.ClauseEnds, rs[from-1]) {
		from--
	}
	if _, _, ok := lastWordIn(rs, from, t.Start, c.rules.Sums); !ok {
		return
	}
	sum := 0.0
	var parts []int
	for j := i - 1; j >= 0 && fs[j].Start >= scope; j-- {
		f := fs[j]
		if f.PartOf != 0 || !c.partFits(t, f) || !exact(t, f) {
			break
		}
		sum += f.Value
		parts = append(parts, j)
		if len(parts) >= 2 && equalSum(sum, t.Value) {
			for _, k := range parts {
				fs[k].PartOf = i + 1
			}
			return
		}
	}
}

// exact reports whether facts are all exact numbers, which sums need.
func exact(fs ...Fact) bool {
	for _, f := range fs {
		if f.Approx != "" {
			return false
		}
	}
	return true
}

// maxAddends bounds how many facts a sum may gather after its total.
const maxAddends = 8

// isTotalOf reports whether some fact is already a part of fs[j]. Its
// parts lie within twice reach of it (see LinkParts), so no further is
// looked.
func isTotalOf(fs []Fact, j int) bool {
	for i := j - 1; i >= 0 && fs[i].End >= fs[j].Start-2*reach; i-- {
		if fs[i].PartOf == j+1 {
			return true
		}
	}
	for i := j + 1; i < len(fs) && fs[i].Start <= fs[j].End+2*reach; i++ {
		if fs[i].PartOf == j+1 {
			return true
		}
	}
	return false
}

func tolerance(v float64) float64 { return math.Max(1e-6, math.Abs(v)*1e-9) }

func equalSum(sum, total float64) bool { return math.Abs(sum-total) <= tolerance(total) }

// scopeStart returns where the stretch of text governed by part words that
// holds offset at begins, or reach runes before at if that is later.
func (b *partText) scopeStart(at int) int {
	return max(b.scopes.after(at), at-reach, 0)
}

// sameParagraph reports whether offsets x and y lie in one body line.
func (b *partText) sameParagraph(x, y int) bool {
	if x > y {
		x, y = y, x
	}
	x, y = max(x, 0), min(y, len(b.rs))
	return x >= y || b.lines.next(x, len(b.rs)) >= y
}

// lastWordIn returns the word of words that ends last in rs[from:to], and
// the offset where it ends.
func lastWordIn(rs []rune, from, to int, words []string) (string, int, bool) {
	if from >= to {
		return "", 0, false
	}
	word, n, ok := lastIn(string(rs[from:to]), words)
	if !ok {
		return "", 0, false
	}
	return word, to - n, true
}
