package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF or Word conversion breaks lines at the page width or at a page end,
// often with a blank line in between, so the break can fall inside a
// sentence (在基 / 层普及推广) or a number (3140 / 万元). Some dumps separate
// paragraphs with blank lines, others put them only at page breaks, so a
// blank line alone proves nothing. What tells a real paragraph break is the
// line before it: a sentence end or a heading.

// maxHeadingRunes bounds a heading: a line this short with no sentence end,
// standing apart (多措并举,坚持服务职工“主旋律”), is a section title, not a
// broken line. Broken lines mostly run to the page width, which is longer.
const maxHeadingRunes = 24

// itemStart matches the numbering that opens a list item or a section: 一、
// 二是 (三) 1. 2、 ① 第一条 第二章. A line opening so starts a paragraph.
var itemStart = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．是]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、][^\d]|[①-⑳]|第[一二三四五六七八九十百\d]+[条章节部分])`)

func startsItem(s string) bool { return itemStart.MatchString(s) }

// isSentenceEnd reports whether r ends a sentence (see lastMeaningful for
// the quotes and brackets that may follow it).
func isSentenceEnd(r rune) bool { return strings.ContainsRune("。！？!?；;…", r) }

// joinBroken returns the body's lines with mid-sentence breaks joined. In a
// dump without a single blank line, every line stands apart as far as
// headings go.
func joinBroken(lines []bodyLine) []string {
	spaced := slices.ContainsFunc(lines, func(l bodyLine) bool { return l.blankBefore })
	var out []string
	for _, l := range lines {
		if n := len(out); n > 0 && continues(out[n-1], l.text, l.blankBefore || !spaced) {
			out[n-1] = join(out[n-1], l.text)
			continue
		}
		out = append(out, l.text)
	}
	return out
}

// continues reports whether next carries on the sentence prev was broken
// in; blank says blank lines stand between them. A number cut before its
// unit always does; otherwise prev must not end a sentence or be a
// heading, and next must not open a numbered item.
func continues(prev, next string, blank bool) bool {
	if startsItem(next) {
		return false
	}
	last := lastMeaningful(prev)
	if unicode.IsDigit(last) {
		return !isTableRow(prev)
	}
	if isSentenceEnd(last) || last == ':' || last == '：' {
		return false
	}
	return !isHeadingLine(prev, blank)
}

// isTableRow reports whether a line is a row of a data table, cells apart
// by spaces and a number in the last (西城镇 24 860): it ends in a digit
// because its last cell is a number, not because a break cut a unit off.
func isTableRow(s string) bool {
	cells := strings.Fields(s)
	return len(cells) >= 3 && strings.IndexFunc(cells[len(cells)-1], func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) < 0
}

// lastMeaningful is the last rune of s, looking through closing quotes and
// brackets: …发展。” ends a sentence.
func lastMeaningful(s string) rune {
	s = strings.TrimRight(s, "”’」』\"')）】")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isHeadingLine reports whether a line is a heading, or ends in one: a
// numbered section title stuck to the end of a paragraph (…获得感。1.思想政治
// 引领) counts. An unnumbered short line is a heading only when a blank line
// follows it: a short line run straight into the next is a fragment the
// conversion broke (认真落实工会经费按全部职 / 工工资总额…).
func isHeadingLine(s string, blankAfter bool) bool {
	tail := s
	if i := strings.LastIndexAny(s, "。！？!?；;"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		tail = s[i+size:]
	}
	short := utf8.RuneCountInString(tail) <= maxHeadingRunes
	if startsItem(tail) && short {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return tail == s && short && blankAfter && !strings.ContainsRune(",，、", last)
}

// join glues two parts of a broken line, with a space only between two
// Latin words.
func join(a, b string) string {
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeRuneInString(b)
	if isLatin(x) && isLatin(y) {
		return a + " " + b
	}
	return a + b
}

func isLatin(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }
