package facts

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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

// reach is how many runes on either side of a number the classifier reads
// at most: its clause, its sentence, the further items of its list, the
// total it is a part of. Report clauses run to a hundred runes and
// sentences to two hundred; a longer stretch without a clause or sentence
// end is a list or a table flattened into one line, whose far ends say
// nothing about the number. Reading all of it for each of its numbers would
// make a long list cost the square of its length in time, and a copy of it
// per fact in memory.
const reach = 256

// text is a body the classifier reads: its runes, and where its clauses
// and sentences end.
type text struct {
	rs                []rune
	clauses, sentence ends
	joiners           []string // the rules' list marks
}

func newText(rs []rune, rules *Rules) *text {
	return &text{rs: rs, clauses: endsOf(rs, rules.ClauseEnds), sentence: endsOf(rs, rules.SentenceEnds), joiners: rules.Joiners}
}

// ends holds the offsets of the runes of a text that end something (a
// clause, a sentence), in increasing order.
type ends []int32

func endsOf(rs []rune, set string) ends {
	var e ends
	for i, r := range rs {
		if strings.ContainsRune(set, r) {
			e = append(e, int32(i))
		}
	}
	return e
}

// after returns the offset just after the last end before i, 0 if none.
func (e ends) after(i int) int {
	k := sort.Search(len(e), func(k int) bool { return int(e[k]) >= i })
	if k == 0 {
		return 0
	}
	return int(e[k-1]) + 1
}

// next returns the offset of the first end at or after i, or n, the length
// of the text, if none.
func (e ends) next(i, n int) int {
	k := sort.Search(len(e), func(k int) bool { return int(e[k]) >= i })
	if k == len(e) {
		return n
	}
	return int(e[k])
}

// clauseEnd returns the offset of the first clause end at or after from,
// no further than reach runes after limit.
func (t *text) clauseEnd(from, limit int) int {
	return min(t.clauses.next(from, len(t.rs)), limit+reach)
}

// windowAt builds the window of qs[i] in t, reading no further than reach
// runes either side of the number.
func windowAt(t *text, qs []numbers.Quantity, i int) window {
	rs, q := t.rs, qs[i]
	start := max(t.clauses.after(q.Start), q.Start-reach)
	sentence := max(t.sentence.after(start), q.Start-reach)
	w := window{sentence: string(rs[sentence:q.Start]), start: start}
	w.setLeft(rs, qs, i, start)
	end := t.clauseEnd(q.End, q.End)
	if i+1 < len(qs) && qs[i+1].Start < end && qs[i+1].Start >= q.End {
		end, w.cut, w.nextUnit = qs[i+1].Start, true, qs[i+1].Unit
	}
	w.right = string(rs[q.End:end])
	after := end
	for j := i + 1; j < len(qs) && isItem(w.right, t.joiners) && qs[j].Start == after && after < q.End+reach; j++ {
		// The item's noun follows its number and a list mark ends it:
		// the next number is the list's next item.
		end := t.clauseEnd(qs[j].End, q.End)
		if j+1 < len(qs) && qs[j+1].Start < end && qs[j+1].Start >= qs[j].End {
			end = qs[j+1].Start
		}
		after = end
		if !isItem(string(rs[qs[j].End:end]), t.joiners) {
			break
		}
	}
	w.after = string(rs[q.End:after])
	return w
}

// setLeft sets the near and clause contexts of qs[i], whose clause starts
// at start, or reach runes before it if that is later.
func (w *window) setLeft(rs []rune, qs []numbers.Quantity, i, start int) {
	q := qs[i]
	start = max(start, q.Start-reach)
	nearStart := start
	if i > 0 && qs[i-1].End > nearStart && qs[i-1].End <= q.Start {
		nearStart = qs[i-1].End
	}
	w.near = string(rs[nearStart:q.Start])
	w.clause = string(rs[start:q.Start])
	w.start = start
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

// sentenceAt returns the rune span of the sentence around t.rs[start:end].
// A sentence that runs on further than reach runes from the number is a
// list, whose far ends say nothing of it: its span is then cutContext runes
// either side of the number, so that a list of thousands of items does not
// give each of its facts a long copy of itself to carry.
func sentenceAt(t *text, start, end int) (int, int) {
	rs := t.rs
	i, stop := t.sentence.after(start), t.sentence.next(end, len(rs))
	j := stop
	if i < start-reach || j > end+reach {
		i, j = max(i, start-cutContext), min(j, end+cutContext)
	}
	if j == stop && j < len(rs) && rs[j] != '\n' {
		j++ // the sentence's end mark
	}
	for i < j && unicode.IsSpace(rs[i]) {
		i++
	}
	for j > i && unicode.IsSpace(rs[j-1]) {
		j--
	}
	return i, j
}

// cutContext is how much of a sentence longer than reach a fact keeps on
// either side of its number.
const cutContext = 32

// byteOffsets turns rune offsets of s into byte offsets. It walks from the
// offset asked for last, so offsets asked for in about increasing order cost
// one walk over s in all.
type byteOffsets struct {
	s          string
	rune, byte int
}

func (o *byteOffsets) at(r int) int {
	for o.rune < r {
		_, n := utf8.DecodeRuneInString(o.s[o.byte:])
		o.rune, o.byte = o.rune+1, o.byte+n
	}
	for o.rune > r {
		_, n := utf8.DecodeLastRuneInString(o.s[:o.byte])
		o.rune, o.byte = o.rune-1, o.byte-n
	}
	return o.byte
}

// spans turns rune spans of s into substrings, for spans met in about
// increasing order: it keeps a cursor for their starts and one for their
// ends.
type spans struct{ starts, ends byteOffsets }

func spansOf(s string) *spans {
	return &spans{byteOffsets{s: s}, byteOffsets{s: s}}
}

// slice returns the runes from i to j of s, sharing its memory: a fact's
// sentence is a window on the body, not a copy of it. Bytes that are not
// UTF-8 read as U+FFFD, as they do in the runes.
func (sp *spans) slice(i, j int) string {
	s := sp.starts.s[sp.starts.at(i):sp.ends.at(j)]
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}

// lastIn returns the word of words that ends last in s, and how many runes
// of s follow it; ok is false when none occurs.
func lastIn(s string, words []string) (word string, gap int, ok bool) {
	best := -1
	held := heldBy(s, words)
	for _, w := range words {
		if !held.mayHold(w) {
			continue
		}
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
	held := heldBy(s, words)
	for _, w := range words {
		if !held.mayHold(w) {
			continue
		}
		if start, _, found := find(s, w, false); found && start < best {
			best, word = start, w
		}
	}
	if best > len(s) {
		return "", 0, false
	}
	return word, runeCount(s[:best]), true
}

// runeSet is a bitmap of the runes of a text, hashed: a word with a rune
// whose bit is not set is not in the text. The rules' word lists are long
// and most of their words are absent from a window, so that ruling them out
// at a glance saves a search of the window for each.
type runeSet struct {
	bits [16]uint64
	all  bool // no bitmap was made: every word may be held
}

// minListForSet is the length of a word list from which a bitmap pays.
const minListForSet = 4

// heldBy returns the runeSet of s for a search of words in it.
func heldBy(s string, words []string) *runeSet {
	if len(words) < minListForSet {
		return &runeSet{all: true}
	}
	set := &runeSet{}
	for _, r := range s {
		h := runeHash(r)
		set.bits[h>>6] |= 1 << (h & 63)
	}
	return set
}

func runeHash(r rune) uint32 { return uint32(r) * 2654435761 >> 22 } // 10 bits

// mayHold reports whether the text may hold word w: every rune of w but a
// gap mark is in the set.
func (set *runeSet) mayHold(w string) bool {
	if set.all {
		return true
	}
	for _, r := range w {
		if h := runeHash(r); r != '…' && set.bits[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
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
		// maxGap runes take at most utf8.UTFMax bytes each: look no further.
		rest := s[at:min(len(s), at+maxGap*utf8.UTFMax+len(p))]
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
