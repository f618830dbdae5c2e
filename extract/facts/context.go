package facts

import (
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
	// right is the clause after the unit, up to the next number.
	right string
	// cut is set when right ends at the next number rather than at the
	// end of the clause.
	cut bool
}

// reach is how many runes on either side of a number the classifier reads
// at most. Report clauses run to a hundred runes and sentences to two
// hundred; a longer stretch without a clause or sentence end is a list or
// a table flattened into one line, whose far ends say nothing about the
// number. Reading all of it for each of its numbers would make a long list
// cost the square of its length in time, and a copy of it per fact in
// memory.
const reach = 256

// windowAt builds the window of qs[i] in clauses.rs, the clause cut to
// reach runes on either side.
func windowAt(clauses *ends, qs []numbers.Quantity, i int) window {
	rs, q := clauses.rs, qs[i]
	start := max(clauses.after(q.Start), q.Start-reach)
	nearStart := start
	if i > 0 && qs[i-1].End > nearStart && qs[i-1].End <= q.Start {
		nearStart = qs[i-1].End
	}
	end := min(clauses.next(q.End), q.End+reach)
	cut := false
	if i+1 < len(qs) && qs[i+1].Start < end && qs[i+1].Start >= q.End {
		end, cut = qs[i+1].Start, true
	}
	return window{
		near:   string(rs[nearStart:q.Start]),
		clause: string(rs[start:q.Start]),
		right:  string(rs[q.End:end]),
		cut:    cut,
	}
}

// sentenceAt returns the rune span of the sentence around rs[start:end]
// (rs is sentences.rs), cut to reach runes on either side.
func sentenceAt(sentences *ends, start, end int) (int, int) {
	rs := sentences.rs
	i := max(sentences.after(start), start-reach)
	j := min(sentences.next(end), end+reach)
	if j < len(rs) && j < end+reach && rs[j] != '\n' {
		j++
	}
	for i < j && unicode.IsSpace(rs[i]) {
		i++
	}
	for j > i && unicode.IsSpace(rs[j-1]) {
		j--
	}
	return i, j
}

// ends finds the characters of a set (clause or sentence ends) nearest to
// positions in a text. Asked about positions in increasing order, as
// Classify asks, it reads the text once in all, however long the stretches
// between two ends.
type ends struct {
	rs  []rune
	set string
	// rs[:seen] has been read back to front; last is the last end in it,
	// or -1.
	seen, last int
	// following is the first end at or after from, or len(rs).
	from, following int
}

func newEnds(rs []rune, set string) *ends {
	return &ends{rs: rs, set: set, last: -1, from: -1, following: -1}
}

func (e *ends) is(i int) bool { return strings.ContainsRune(e.set, e.rs[i]) }

// after returns the offset just after the last end before i, 0 if none.
func (e *ends) after(i int) int {
	if i < e.seen {
		e.seen, e.last = 0, -1 // asked out of order: read again
	}
	for ; e.seen < i; e.seen++ {
		if e.is(e.seen) {
			e.last = e.seen
		}
	}
	return e.last + 1
}

// next returns the offset of the first end at or after i, len(rs) if none.
func (e *ends) next(i int) int {
	if i < e.from || i > e.following {
		e.from, e.following = i, i
		for e.following < len(e.rs) && !e.is(e.following) {
			e.following++
		}
	}
	return e.following
}

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

// slice returns the runes from i to j of s, sharing its memory: a fact's
// sentence is a window on the body, not a copy of it. Bytes that are not
// UTF-8 read as U+FFFD, as they do in the runes.
func (o *byteOffsets) slice(i, j int) string {
	from := o.at(i)
	if s := o.s[from:o.at(j)]; utf8.ValidString(s) {
		return s
	} else {
		return string([]rune(s))
	}
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
// if one lies within the given number of runes of it.
func nounNear(nouns []string, within int, left string, w window) (string, bool) {
	lw, lgap, lok := lastIn(left, nouns)
	rw, rgap, rok := firstIn(w.right, nouns)
	if rok && w.cut && runeCount(w.right)-rgap-runeCount(rw) < within {
		// 在11个乡镇设立服务站11个: the noun just before the next number
		// is what that number counts.
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
