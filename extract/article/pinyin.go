package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// WithoutPinyinNotes removes the pinyin some mirror sites print after
// characters, in parentheses (工會(huì), 網(wǎng), 2.2萬(wàn)人): it is a
// converter's noise, not the page's text. A note is one syllable with a
// tone mark, right after a Han character, in ASCII or full-width
// parentheses; the page's own parentheses (（记者 张三）, (2023), (app),
// （含本科、专科）) hold no such syllable and stay. FromHTML and FromText
// remove the notes before reading a page, so that the body, the fields and
// every offset into the body are those of the page without them.
func WithoutPinyinNotes(text string) string {
	var b strings.Builder
	done := 0 // text[:done] is written to b, or needs no change
	var parens openParens
	for i := 0; ; {
		open := parens.next(text, i)
		if open < 0 {
			break
		}
		i = open + 1
		prev, _ := utf8.DecodeLastRuneInString(text[:open])
		if !unicode.Is(unicode.Han, prev) {
			continue
		}
		end, ok := pinyinNoteEnd(text, open)
		if !ok {
			continue
		}
		if done == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[done:open])
		done, i = end, end
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// openParens finds the opening parentheses of a text, ASCII and full-width,
// in order. It searches for each kind with the vectorized byte search and
// keeps the next of each, since strings.IndexAny with a non-ASCII set
// decodes every character of a page.
type openParens struct {
	ascii, wide int // offset of the next of each kind, -1 for none
	searched    bool
}

// next returns the offset of the first opening parenthesis at or after from,
// or -1. Calls must not go backwards.
func (p *openParens) next(text string, from int) int {
	if !p.searched {
		p.ascii, p.wide, p.searched = indexFrom(text, "(", from), indexFrom(text, "（", from), true
	}
	if p.ascii >= 0 && p.ascii < from {
		p.ascii = indexFrom(text, "(", from)
	}
	if p.wide >= 0 && p.wide < from {
		p.wide = indexFrom(text, "（", from)
	}
	switch {
	case p.ascii < 0:
		return p.wide
	case p.wide < 0:
		return p.ascii
	}
	return min(p.ascii, p.wide)
}

// indexFrom is strings.Index from an offset.
func indexFrom(s, sub string, from int) int {
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

// maxSyllable bounds the letters of one pinyin syllable (zhuāng is six).
const maxSyllable = 6

// pinyinNoteEnd reads a parenthesised pinyin syllable at text[open:] and
// returns the offset after its closing parenthesis.
func pinyinNoteEnd(text string, open int) (int, bool) {
	_, size := utf8.DecodeRuneInString(text[open:])
	var plain [maxSyllable]byte
	n, marks := 0, 0
	for i := open + size; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r == ')' || r == '）' {
			return i, marks == 1 && isSyllable(string(plain[:n]))
		}
		base, marked := toneless(r)
		if base == 0 || n == maxSyllable {
			return 0, false
		}
		plain[n] = base
		n++
		if marked {
			marks++
		}
	}
	return 0, false
}

// toneless returns the plain letter of a lower-case pinyin letter and
// whether it carried a tone mark; 0 for anything else. ü is written v.
func toneless(r rune) (byte, bool) {
	if r >= 'a' && r <= 'z' {
		return byte(r), false
	}
	if r == 'ü' {
		return 'v', false
	}
	for _, v := range toneVowels {
		if strings.ContainsRune(v.marked, r) {
			return v.base, true
		}
	}
	return 0, false
}

// toneVowels are the vowels with the four tone marks.
var toneVowels = []struct {
	base   byte
	marked string
}{
	{'a', "āáǎà"}, {'e', "ēéěè"}, {'i', "īíǐì"}, {'o', "ōóǒò"}, {'u', "ūúǔù"}, {'v', "ǖǘǚǜ"},
}

// isSyllable reports whether s (ü written v) is an initial followed by a
// final of Mandarin pinyin. It accepts a few combinations Mandarin lacks
// (bü), which is harmless: what matters is refusing English words.
func isSyllable(s string) bool {
	for _, ini := range pinyinInitials {
		if rest, ok := strings.CutPrefix(s, ini); ok && pinyinFinals[rest] {
			return true
		}
	}
	return pinyinFinals[s]
}

// pinyinInitials are the initials, two-letter ones first so that zh is
// not read as z.
var pinyinInitials = []string{
	"zh", "ch", "sh",
	"b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w",
}

// pinyinFinals are the finals as spelled after an initial (and alone, as
// in ài, ēn, ér); after j, q, x and y, u stands for ü.
var pinyinFinals = map[string]bool{
	"a": true, "o": true, "e": true, "ai": true, "ei": true, "ao": true, "ou": true,
	"an": true, "en": true, "ang": true, "eng": true, "ong": true, "er": true,
	"i": true, "ia": true, "ie": true, "iao": true, "iu": true, "ian": true, "in": true,
	"iang": true, "ing": true, "iong": true,
	"u": true, "ua": true, "uo": true, "uai": true, "ui": true, "uan": true, "un": true,
	"uang": true, "ueng": true, "ue": true,
	"v": true, "ve": true, "van": true, "vn": true,
}
