package facts

import (
	"strings"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// window is the text a rule reads around one quantity.
type window struct {
	// near is the clause before the number, cut after the previous
	// number in it: in 建立工会组织10998家、发展会员85.6万人 the near context
	// of 85.6万人 is 、发展会员, not the whole list.
	near string
	// clause is the whole clause before the number.
	clause string
	// right is the clause after the unit, up to the next number.
	right string
	// cut is set when right ends at the next number rather than at the
	// end of the clause.
	cut bool
}

// windowAt builds the window of qs[i] in rs.
func windowAt(rs []rune, qs []numbers.Quantity, i int, clauseEnds string) window {
	q := qs[i]
	start := q.Start
	for start > 0 && !strings.ContainsRune(clauseEnds, rs[start-1]) {
		start--
	}
	nearStart := start
	if i > 0 && qs[i-1].End > nearStart && qs[i-1].End <= q.Start {
		nearStart = qs[i-1].End
	}
	end := q.End
	for end < len(rs) && !strings.ContainsRune(clauseEnds, rs[end]) {
		end++
	}
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

// sentenceAt returns the sentence around rs[start:end].
func sentenceAt(rs []rune, start, end int, sentenceEnds string) string {
	i, j := start, end
	for i > 0 && !strings.ContainsRune(sentenceEnds, rs[i-1]) {
		i--
	}
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
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > best {
			best, word = i+len(w), w
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
		if i := strings.Index(s, w); i >= 0 && i < best {
			best, word = i, w
		}
	}
	if best > len(s) {
		return "", 0, false
	}
	return word, runeCount(s[:best]), true
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

// hasSuffixAny reports whether s ends with one of words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
