package facts

import (
	"slices"
	"strings"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// window is the text a rule reads around one quantity.
type window struct {
	// near is the clause before the number, cut after the previous
	// number in it: in 建立工会组织8742家、发展会员63.2万人 the near context
	// of 63.2万人 is 、发展会员, not the whole list.
	near string
	// clause is the whole clause before the number.
	clause string
	// sentence is the whole sentence before the number, for rules whose
	// words colour every number after them (计划…, a plan).
	sentence string
	// right is the clause after the unit, up to the next number.
	right string
	// after is right, run on over the further items of a list whose
	// items each put their noun after the number and end with a list
	// mark (1810名货车司机、3941名快递员加入工会), so that the words
	// after the last item are read for each of them.
	after string
	// cut is set when right ends at the next number rather than at the
	// end of the clause; nextUnit is then that number's unit.
	cut      bool
	nextUnit string
	// start is where the clause starts in the body, in runes.
	start int
}

// windowAt builds the window of qs[i] in rs.
func windowAt(rs []rune, qs []numbers.Quantity, i int, rules *Rules) window {
	q := qs[i]
	start := q.Start
	for start > 0 && !strings.ContainsRune(rules.ClauseEnds, rs[start-1]) {
		start--
	}
	w := window{sentence: string(rs[sentenceStart(rs, start, rules.SentenceEnds):q.Start]), start: start}
	w.setLeft(rs, qs, i, start)
	end := clauseEnd(rs, q.End, rules.ClauseEnds)
	if i+1 < len(qs) && qs[i+1].Start < end && qs[i+1].Start >= q.End {
		end, w.cut, w.nextUnit = qs[i+1].Start, true, qs[i+1].Unit
	}
	w.right = string(rs[q.End:end])
	w.after = w.right
	for j := i + 1; j < len(qs) && isItem(w.right, rules.Joiners) && qs[j].Start == end; j++ {
		// The item's noun follows its number and a list mark ends it:
		// the next number is the list's next item.
		end = clauseEnd(rs, qs[j].End, rules.ClauseEnds)
		if j+1 < len(qs) && qs[j+1].Start < end && qs[j+1].Start >= qs[j].End {
			end = qs[j+1].Start
		}
		item := string(rs[qs[j].End:end])
		w.after = string(rs[q.End:end])
		if !isItem(item, rules.Joiners) {
			break
		}
	}
	return w
}

// setLeft sets the near and clause contexts of qs[i], whose clause starts
// at start.
func (w *window) setLeft(rs []rune, qs []numbers.Quantity, i, start int) {
	q := qs[i]
	nearStart := start
	if i > 0 && qs[i-1].End > nearStart && qs[i-1].End <= q.Start {
		nearStart = qs[i-1].End
	}
	w.near = string(rs[nearStart:q.Start])
	w.clause = string(rs[start:q.Start])
	w.start = start
}

// clauseEnd returns the offset of the first clause end at or after from,
// or len(rs).
func clauseEnd(rs []rune, from int, clauseEnds string) int {
	for from < len(rs) && !strings.ContainsRune(clauseEnds, rs[from]) {
		from++
	}
	return from
}

// isItem reports whether right, the text between a number and the next,
// is a list item's noun and the mark that ends it (货车司机、): some text,
// then one of joiners.
func isItem(right string, joiners []string) bool {
	for _, j := range joiners {
		if noun, found := strings.CutSuffix(strings.TrimSpace(right), j); found && strings.TrimSpace(noun) != "" {
			return true
		}
	}
	return false
}

// sentenceStart returns where the sentence holding offset at starts.
func sentenceStart(rs []rune, at int, sentenceEnds string) int {
	for at > 0 && !strings.ContainsRune(sentenceEnds, rs[at-1]) {
		at--
	}
	return at
}

// sentenceAt returns the sentence around rs[start:end].
func sentenceAt(rs []rune, start, end int, sentenceEnds string) string {
	i, j := sentenceStart(rs, start, sentenceEnds), end
	for j < len(rs) && !strings.ContainsRune(sentenceEnds, rs[j]) {
		j++
	}
	if j < len(rs) && rs[j] != '\n' {
		j++
	}
	return strings.TrimSpace(string(rs[i:j]))
}

// lastIn returns the word of words that ends last in s, and how many runes
// of s follow it; ok is false when none occurs.
func lastIn(s string, words []string) (word string, gap int, ok bool) {
	best := -1
	for _, w := range words {
		if _, end, found := find(s, w, true); found && end > best {
			best, word = end, w
		}
	}
	if best < 0 {
		return "", 0, false
	}
	return word, runeCount(s[best:]), true
}

// firstIn returns the word of words that starts first in s, and how many
// runes of s precede it; ok is false when none occurs.
func firstIn(s string, words []string) (word string, gap int, ok bool) {
	best := len(s) + 1
	for _, w := range words {
		if start, _, found := find(s, w, false); found && start < best {
			best, word = start, w
		}
	}
	if best > len(s) {
		return "", 0, false
	}
	return word, runeCount(s[:best]), true
}

// gapMark, inside a rule word, stands for up to maxGap runes of any text:
// 成立…工会 matches 成立工会 and 成立区域性工会联合会 alike.
const (
	gapMark = "…"
	maxGap  = 8
)

// find returns the byte span of an occurrence of word w in s: the first
// one, or with last set the one that ends last. A word with gap marks
// matches its pieces in order, each within maxGap runes of the one before.
func find(s, w string, last bool) (start, end int, ok bool) {
	if !strings.Contains(w, gapMark) {
		i := strings.Index(s, w)
		if last {
			i = strings.LastIndex(s, w)
		}
		return i, i + len(w), i >= 0
	}
	pieces := strings.Split(w, gapMark)
	for from := 0; ; {
		i := strings.Index(s[from:], pieces[0])
		if i < 0 {
			return start, end, ok
		}
		i += from
		if e, chained := chain(s, i+len(pieces[0]), pieces[1:]); chained && (!ok || e > end) {
			start, end, ok = i, e, true
			if !last {
				return start, end, ok
			}
		}
		from = i + len(pieces[0])
	}
}

// chain reports whether pieces follow one another in s from byte offset
// at, each starting within maxGap runes of the end of the one before, and
// where the last one ends.
func chain(s string, at int, pieces []string) (int, bool) {
	for _, p := range pieces {
		rest := s[at:]
		i := strings.Index(rest, p)
		if i < 0 || runeCount(rest[:i]) > maxGap {
			return 0, false
		}
		at += i + len(p)
	}
	return at, true
}

func runeCount(s string) int { return len([]rune(s)) }

// nounNear returns the word of nouns nearest to the number, on either side,
// if one lies within the given number of runes of it. units are the rule's
// units and joiners the rules' list marks.
func nounNear(nouns []string, within int, units, joiners []string, left string, w window) (string, bool) {
	lw, lgap, lok := lastIn(left, nouns)
	if lok && slices.Contains(joiners, strings.TrimSpace(lastRunes(left, lgap))) {
		// 走访慰问60多家企业和423户困难职工家庭: a noun right before a
		// list mark counts the item before it.
		lok = false
	}
	rw, rgap, rok := firstIn(w.right, nouns)
	if rok && w.cut && runeCount(w.right)-rgap-runeCount(rw) < within && !isItem(w.right, joiners) &&
		(slices.Contains(units, w.nextUnit) || slices.Contains(units, "*")) {
		// 在11个乡镇设立服务站11个: the noun just before the next number
		// is what that number counts, if it can count it (not in
		// 10个点位举办托管班共计19期) and no list mark ends it as this
		// number's item (12家乡镇总工会和2家园区总工会).
		rok = false
	}
	switch {
	case lok && lgap < within && (!rok || lgap <= rgap):
		return lw, true
	case rok && rgap < within:
		return rw, true
	}
	return "", false
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	rs := []rune(s)
	return string(rs[max(len(rs)-n, 0):])
}

// maskActors blanks the actors' names in s, rune for rune, so that the
// nouns inside them are not found and the distances to others stay.
func maskActors(s string, actors []string) string {
	for _, a := range actors {
		if strings.Contains(s, a) {
			s = strings.ReplaceAll(s, a, strings.Repeat("□", runeCount(a)))
		}
	}
	return s
}

// hasSuffixAny reports whether s ends with one of words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
