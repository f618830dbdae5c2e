package facts

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
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
// Like the rules, the links look no further than reach runes from a fact,
// so that a paragraph of thousands of facts costs what its sentences cost.
func (c *Classifier) LinkParts(body string, fs []Fact) {
	if len(fs) < 2 {
		return
	}
	t := c.partText(body)
	for j := range fs {
		if i, ok := c.wordedTotal(t, fs, j); ok {
			fs[j].PartOf = i + 1
		}
	}
	c.nestParts(fs)
	hasParts := make([]bool, len(fs))
	for _, f := range fs {
		if f.PartOf > 0 {
			hasParts[f.PartOf-1] = true
		}
	}
	for i := range fs {
		c.addUpAfter(t, fs, i, hasParts)
		c.addUpBefore(t, fs, i, hasParts)
	}
}

// partText is a body read once for linking: its runes, where each stretch
// that part words govern and each paragraph begins, and where the part,
// sum and subset words stand.
type partText struct {
	rs                   []rune
	scopes, paras        []int // start offsets, ascending
	parts, sums, subsets []span
}

func (c *Classifier) partText(body string) *partText {
	t := &partText{rs: []rune(body), scopes: []int{0}, paras: []int{0}}
	type plainWord struct {
		runes []rune
		list  *[]span
	}
	plain := map[rune][]plainWord{}
	var firsts [1 << 16 / 64]uint64 // the BMP runes that start a word
	for _, l := range []struct {
		words []string
		out   *[]span
	}{{c.rules.Parts, &t.parts}, {c.rules.Sums, &t.sums}, {c.rules.Subsets, &t.subsets}} {
		for _, w := range l.words {
			if strings.Contains(w, gapMark) {
				*l.out = append(*l.out, gapOccurrences(body, w)...)
				continue
			}
			wr := []rune(w)
			plain[wr[0]] = append(plain[wr[0]], plainWord{wr, l.out})
			if wr[0] < 1<<16 {
				firsts[wr[0]/64] |= 1 << (wr[0] % 64)
			}
		}
	}
	for i, r := range t.rs {
		switch {
		case r == '\n':
			t.paras = append(t.paras, i+1)
			fallthrough
		case !isHan(r) && strings.ContainsRune(partScopeEnds, r):
			t.scopes = append(t.scopes, i+1)
		case r < 1<<16 && firsts[r/64]&(1<<(r%64)) == 0:
		default:
			for _, w := range plain[r] {
				if i+len(w.runes) <= len(t.rs) && slices.Equal(t.rs[i:i+len(w.runes)], w.runes) {
					*w.list = append(*w.list, span{i, i + len(w.runes)})
				}
			}
		}
	}
	for _, o := range [][]span{t.parts, t.sums, t.subsets} {
		slices.SortFunc(o, func(a, b span) int { return a.end - b.end })
	}
	return t
}

// isHan reports whether r is a CJK ideograph, which ends no sentence.
func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// gapOccurrences returns every place of a word with gap marks in body, in
// runes.
func gapOccurrences(body, w string) []span {
	var out []span
	at, runes := 0, 0 // a byte offset in body and its rune offset
	for from := 0; from < len(body); {
		i, j, ok := find(body[from:], w, false)
		if !ok {
			break
		}
		start := runes + utf8.RuneCountInString(body[at:from+i])
		out = append(out, span{start, start + utf8.RuneCountInString(body[from+i:from+j])})
		at, runes = from+i, start
		_, size := utf8.DecodeRuneInString(body[from+i:])
		from += i + size
	}
	return out
}

// lastWithin returns the end of the last of ws that lies within [from, to).
func lastWithin(ws []span, from, to int) (int, bool) {
	i, _ := slices.BinarySearchFunc(ws, to+1, func(s span, end int) int { return s.end - end })
	for i--; i >= 0; i-- {
		if ws[i].start >= from {
			return ws[i].end, true
		}
		if ws[i].end <= from {
			break
		}
	}
	return 0, false
}

// scopeStart returns where the stretch of text governed by part words that
// holds offset at begins.
func (t *partText) scopeStart(at int) int { return startBefore(t.scopes, at) }

// paragraph returns the index of the paragraph holding offset at.
func (t *partText) paragraph(at int) int {
	i, _ := slices.BinarySearch(t.paras, at+1)
	return i - 1
}

// startBefore returns the last of starts at or before at.
func startBefore(starts []int, at int) int {
	i, _ := slices.BinarySearch(starts, at+1)
	return starts[max(i-1, 0)]
}

// wordedTotal returns the total that a part word or a subset word makes
// fs[j] a part of.
func (c *Classifier) wordedTotal(t *partText, fs []Fact, j int) (int, bool) {
	f := fs[j]
	scope := t.scopeStart(f.Start)
	if at, ok := lastWithin(t.parts, scope, f.Start); ok {
		para := t.paragraph(at)
		for i := j - 1; i >= 0 && fs[i].End >= at-reach; i-- {
			total := fs[i]
			if total.End > at {
				continue
			}
			if t.paragraph(total.End) != para {
				break
			}
			if c.partFits(total, f) {
				return i, true
			}
		}
	}
	clauseEnd := f.End
	for clauseEnd < len(t.rs) && clauseEnd < f.End+reach && !strings.ContainsRune(c.rules.ClauseEnds, t.rs[clauseEnd]) {
		clauseEnd++
	}
	if _, ok := lastWithin(t.subsets, f.End, clauseEnd); !ok {
		return 0, false
	}
	for i := j - 1; i >= 0 && fs[i].End > scope; i-- {
		if c.partFits(fs[i], f) && fs[i].Value > f.Value {
			return i, true
		}
	}
	return 0, false
}

// nestParts moves parts that one part word gave to a total under an
// earlier part of it when they add up to that part exactly (…192494人，
// 其中新参互7138人，新参互中…141人，…266人，…6731人: the last three make up
// the 7138).
func (c *Classifier) nestParts(fs []Fact) {
	for p := range fs {
		total := fs[p].PartOf
		if total == 0 || !exact(fs[p]) {
			continue
		}
		sum := 0.0
		var run []int
		for j := p + 1; j < len(fs) && fs[j].PartOf == total && c.partFits(fs[p], fs[j]) && exact(fs[j]); j++ {
			sum += fs[j].Value
			run = append(run, j)
			if len(run) >= 2 && equalSum(sum, fs[p].Value) {
				for _, k := range run {
					fs[k].PartOf = p + 1
				}
				break
			}
		}
	}
}

// partFits reports whether part can be a part of total: the same metric,
// the same kind of unit, and no larger.
func (c *Classifier) partFits(total, part Fact) bool {
	return total.Metric == part.Metric && c.sameKind(total.Unit, part.Unit) && part.Value <= total.Value
}

// addUpAfter links the facts after fs[i] in its paragraph that complete its
// sum: the parts already linked to it plus the next unlinked facts of its
// metric and kind, when they reach it exactly and are two or more.
func (c *Classifier) addUpAfter(t *partText, fs []Fact, i int, hasParts []bool) {
	total := fs[i]
	if !exact(total) {
		return
	}
	para := t.paragraph(total.End)
	sum, n := 0.0, 0
	var extra []int
	for j := i + 1; j < len(fs) && fs[j].Start <= total.End+reach && t.paragraph(fs[j].Start) == para; j++ {
		f := fs[j]
		switch {
		case f.PartOf == i+1:
			sum += f.Value
			n++
		case f.PartOf == 0 && c.partFits(total, f) && exact(f) && len(extra) < maxAddends && !hasParts[j]:
			if sum+f.Value > total.Value+tolerance(total.Value) {
				continue
			}
			sum += f.Value
			n++
			extra = append(extra, j)
		}
		if n >= 2 && len(extra) > 0 && equalSum(sum, total.Value) {
			for _, k := range extra {
				fs[k].PartOf = i + 1
			}
			hasParts[i] = true
			return
		}
	}
}

// addUpBefore links the facts right before fs[i] in its sentence when a sum
// word stands before it and they add up to it exactly.
func (c *Classifier) addUpBefore(t *partText, fs []Fact, i int, hasParts []bool) {
	total := fs[i]
	if !exact(total) {
		return
	}
	scope := t.scopeStart(total.Start)
	from := total.Start
	for from > scope && from > total.Start-reach && !strings.ContainsRune(c.rules.ClauseEnds, t.rs[from-1]) {
		from--
	}
	if _, ok := lastWithin(t.sums, from, total.Start); !ok {
		return
	}
	sum := 0.0
	var parts []int
	for j := i - 1; j >= 0 && fs[j].Start >= scope && fs[j].Start >= total.Start-reach; j-- {
		f := fs[j]
		if f.PartOf != 0 || !c.partFits(total, f) || !exact(f) {
			break
		}
		sum += f.Value
		parts = append(parts, j)
		if len(parts) >= 2 && equalSum(sum, total.Value) {
			for _, k := range parts {
				fs[k].PartOf = i + 1
			}
			hasParts[i] = true
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

func tolerance(v float64) float64 { return math.Max(1e-6, math.Abs(v)*1e-9) }

func equalSum(sum, total float64) bool { return math.Abs(sum-total) <= tolerance(total) }
