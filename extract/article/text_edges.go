package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The edges of a report's text: the headline above it, the dateline that
// opens it and the byline that closes it. None of them is body text.

// Headline bounds, in characters. Chinese headlines run from a few words to
// two clauses; a longer line is the first paragraph of a page without one.
const (
	minTitleRunes = 4
	maxTitleRunes = 60
)

// isTitle reports whether a line, met before any article text, has the
// shape of a headline: short, no sentence inside it (。；), not ending
// mid-clause (，、：), not a numbered item and not a dateline-led
// paragraph. Pages without a headline (a report pasted from a newspaper,
// opening 本报讯 …) thus get none.
func (p *textPage) isTitle(line string) bool {
	n := utf8.RuneCountInString(line)
	if n < minTitleRunes || n > maxTitleRunes || strings.ContainsAny(line, "。；;") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(",，、:：", last) || startsItem(line) {
		return false
	}
	_, ok := p.rules.dateline(line)
	return !ok
}

// dateline returns the length in runes of the dateline opening a line
// (本报讯, 新华社北京6月7日电), if any.
func (r *Rules) dateline(line string) (int, bool) {
	folded := strings.Map(foldWidth, line)
	for _, re := range r.datelines {
		loc := re.FindStringIndex(folded)
		if loc == nil || loc[0] != 0 {
			continue
		}
		next, _ := utf8.DecodeRuneInString(folded[loc[1]:])
		if loc[1] == len(folded) || unicode.IsSpace(next) || strings.ContainsRune("(【—-:,", next) {
			return utf8.RuneCountInString(folded[:loc[1]]), true
		}
	}
	return 0, false
}

// dropDateline removes the dateline opening the first paragraph and the
// bracketed byline right after it (本报讯(记者 张三) …), keeping the names.
func (p *textPage) dropDateline(line string) string {
	rest, names, _ := p.rules.cutDateline(line)
	p.fields.authors = append(p.fields.authors, names...)
	return rest
}

// cutDateline returns line without the dateline opening it and the
// bracketed byline right after that (本报讯（记者 张三）…), the byline's
// names, and whether there was a dateline.
func (r *Rules) cutDateline(line string) (rest string, names []string, ok bool) {
	n, ok := r.dateline(line)
	if !ok {
		return line, nil, false
	}
	rest = strings.TrimLeft(string([]rune(line)[n:]), " \t")
	if folded := strings.Map(foldWidth, rest); strings.HasPrefix(folded, "(") || strings.HasPrefix(folded, "【") {
		if end := closingBracket(folded); end > 0 {
			if names = r.byline(folded[:end]); len(names) > 0 {
				rest = string([]rune(rest)[utf8.RuneCountInString(folded[:end]):])
			}
		}
	}
	return strings.TrimLeft(rest, " \t—-:："), names, true
}

// closingQuotes close a quotation that may end a paragraph.
const closingQuotes = "”’」』\"'"

// closingBracket returns the byte offset just past the bracket closing the
// group a folded string opens with, or -1.
func closingBracket(s string) int {
	if i := strings.IndexAny(s, ")】"); i >= 0 {
		return i + 1
	}
	return -1
}

// cutClosingByline splits the byline in brackets that closes a report's
// last paragraph (…取得实效。(张三)) from the text before it. The group
// must follow a sentence end, or a quotation closed after one (…过程吗？”
// (姚峰 上海报道)), and hold only roles and names.
func (r *Rules) cutClosingByline(line string) (string, []string) {
	folded := strings.Map(foldWidth, line)
	if !strings.HasSuffix(folded, ")") && !strings.HasSuffix(folded, "】") {
		return line, nil
	}
	open := max(strings.LastIndex(folded, "("), strings.LastIndex(folded, "【"))
	if open <= 0 {
		return line, nil
	}
	before := strings.TrimRight(folded[:open], " \t")
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, closingQuotes))
	if !isSentenceEnd(last) {
		return line, nil
	}
	names := r.byline(folded[open:])
	if len(names) == 0 {
		return line, nil
	}
	keep := utf8.RuneCountInString(before)
	return string([]rune(line)[:keep]), names
}
