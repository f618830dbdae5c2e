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
	var ps paragraphs
	for _, l := range lines {
		if last, ok := ps.last(); ok && continues(last, l.text, l.blankBefore || !spaced) {
			ps.carry(l.text)
			continue
		}
		ps.open(l.text)
	}
	return ps.done()
}

// paragraphs gathers lines into paragraphs: each line opens one or carries
// on the last. A paragraph grows in a builder, since gluing each line to a
// string holding all the lines before it would copy the paragraph once a
// line, at a cost that grows with the square of its length.
type paragraphs struct {
	out       []string
	cur       strings.Builder
	gathering bool // cur holds a paragraph, maybe an empty one
}

// last returns the paragraph being gathered, if there is one.
func (p *paragraphs) last() (string, bool) { return p.cur.String(), p.gathering }

// open starts a paragraph with line s.
func (p *paragraphs) open(s string) {
	p.flush()
	p.cur.WriteString(s)
	p.gathering = true
}

// carry glues line s to the paragraph, with a space only between two Latin
// words.
func (p *paragraphs) carry(s string) {
	x, _ := utf8.DecodeLastRuneInString(p.cur.String())
	y, _ := utf8.DecodeRuneInString(s)
	if isLatin(x) && isLatin(y) {
		p.cur.WriteByte(' ')
	}
	p.cur.WriteString(s)
}

func (p *paragraphs) flush() {
	if p.gathering {
		p.out = append(p.out, p.cur.String())
		p.cur = strings.Builder{}
		p.gathering = false
	}
}

// done returns the paragraphs.
func (p *paragraphs) done() []string {
	p.flush()
	return p.out
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
// It reads s from its end, no further than its third cell from last, and
// a last cell longer than maxCellBytes is no table's: s may be a paragraph
// growing line by line.
func isTableRow(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	cell := 0 // bytes of the last cell read so far
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if unicode.IsSpace(r) {
			break
		}
		if cell += size; cell > maxCellBytes || !unicode.IsDigit(r) && r != '.' {
			return false
		}
		s = s[:len(s)-size]
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	s = strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsSpace(r) }) // the cell before
	return strings.TrimRightFunc(s, unicode.IsSpace) != "" && cell > 0
}

// maxCellBytes bounds the number in a table's cell.
const maxCellBytes = 64

// lastMeaningful is the last rune of s, looking through up to maxClosers
// closing quotes and brackets: …发展。” ends a sentence.
func lastMeaningful(s string) rune {
	for range maxClosers {
		r, size := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune("”’」』\"')）】", r) {
			return r
		}
		s = s[:len(s)-size]
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// maxClosers bounds the closing marks lastMeaningful looks through, which
// real text stacks two or three deep.
const maxClosers = 8

// isHeadingLine reports whether a line is a heading, or ends in one: a
// numbered section title stuck to the end of a paragraph (…获得感。1.思想政治
// 引领) counts. An unnumbered short line is a heading only when a blank line
// follows it: a short line run straight into the next is a fragment the
// conversion broke (认真落实工会经费按全部职 / 工工资总额…).
//
// Only a tail of maxHeadingRunes can be a heading, so s is read from its end
// no further back than that: s may be a paragraph growing line by line.
func isHeadingLine(s string, blankAfter bool) bool {
	from := len(s) // s[from:] holds the last maxHeadingRunes+1 runes
	for n := 0; from > 0 && n <= maxHeadingRunes; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:from])
		from -= size
	}
	tail := s
	if i := strings.LastIndexAny(s[from:], "。！？!?；;"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[from+i:])
		tail = s[from+i+size:]
	} else if from > 0 {
		return false // the tail runs longer than a heading
	}
	short := utf8.RuneCountInString(tail) <= maxHeadingRunes
	if startsItem(tail) && short {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return tail == s && short && blankAfter && !strings.ContainsRune(",，、", last)
}

func isLatin(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }
