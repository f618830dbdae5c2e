package article

import (
	"strings"
	"unicode/utf8"
)

// isMarked reports whether a canonical line holds a [line] or [contains]
// furniture marker. These are tested before header fields are read, so
// that the neighbours' dates in 上一篇/下一篇 lines are never taken.
//
// A [contains] marker inside a sentence of some length is the report's own
// words (职工扫描二维码即可申请入会，全年新增会员1200人。), not a prompt
// or a copyright notice: those are short, or an editor's note in brackets
// (【……未经授权，不得转载。】).
func (r *Rules) isMarked(c string) bool {
	if hasAnyPrefix(c, r.lineStarts) {
		return true
	}
	if _, note := parenthesised(c); !note && strings.Contains(c, "。") && utf8.RuneCountInString(c) > maxMarkedSentenceRunes {
		return false
	}
	return r.contains.in(c)
}

// maxMarkedSentenceRunes is the longest sentence a [contains] marker makes
// furniture: 本文来源于网络，如有侵权请联系删除。 and the like.
const maxMarkedSentenceRunes = 30

// substrings is a set of strings that in tells apart from text in one pass
// over the text rather than one per string: the [contains] markers are
// looked for in every line of a page.
type substrings struct {
	byFirst map[rune][]string    // the strings by their first rune
	bmp     [1 << 16 / 64]uint64 // bit c set: some string starts with rune c < 1<<16
}

// add puts a non-empty string in the set.
func (x *substrings) add(s string) {
	c, _ := utf8.DecodeRuneInString(s)
	if x.byFirst == nil {
		x.byFirst = map[rune][]string{}
	}
	x.byFirst[c] = append(x.byFirst[c], s)
	if c < 1<<16 {
		x.bmp[c>>6] |= 1 << (c & 63)
	}
}

// in reports whether one of the strings occurs in text.
func (x *substrings) in(text string) bool {
	for i, c := range text {
		if c < 1<<16 && x.bmp[c>>6]&(1<<(c&63)) == 0 {
			continue // the common case, without a map lookup
		}
		for _, s := range x.byFirst[c] {
			if strings.HasPrefix(text[i:], s) {
				return true
			}
		}
	}
	return false
}

// isPatterned reports whether a [pattern] matches a canonical line. These
// are tested after header fields are read: a bare dateline has no Chinese
// character either.
func (r *Rules) isPatterned(c string) bool {
	for _, p := range r.patterns {
		if p.match(c) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
