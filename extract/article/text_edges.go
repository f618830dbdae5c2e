package article

import (
	"cmp"
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
	_, _, ok := p.rules.dateline(line)
	return !ok
}

// dateline returns the length in runes of the dateline opening a line
// (本报讯, 新华社北京6月7日电, 某某网讯:), if any, and the outlet it credits:
// the text its expression's "outlet" group matched, "" for 本报讯.
func (r *Rules) dateline(line string) (n int, outlet string, ok bool) {
	folded := strings.Map(foldWidth, line)
	for _, re := range r.datelines {
		m := re.FindStringSubmatchIndex(folded)
		if m == nil || m[0] != 0 {
			continue
		}
		end := m[1]
		next, _ := utf8.DecodeRuneInString(folded[end:])
		if end == len(folded) || unicode.IsSpace(next) || strings.ContainsRune("(【—-:,", next) || strings.HasSuffix(folded[:end], ":") {
			if g := re.SubexpIndex("outlet"); g >= 0 && m[2*g] >= 0 {
				outlet = folded[m[2*g]:m[2*g+1]]
			}
			return utf8.RuneCountInString(folded[:end]), outlet, true
		}
	}
	return 0, "", false
}

// credit is what a dateline or a closing bracket says of who wrote a
// report: the outlet and the reporters.
type credit struct {
	source  string
	authors []string
}

// dropDateline removes the dateline opening the first paragraph and the
// bracketed credits right after it (本报讯(记者 张三) …, 「本文来源:某某日报」…),
// keeping what they say.
func (p *textPage) dropDateline(line string) string {
	rest, c, _ := p.rules.cutDateline(line)
	p.addFields(header{source: c.source, authors: c.authors})
	return rest
}

// maxLeadCredits bounds the bracketed groups read at the head of a first
// paragraph: a byline and a source label at most ((记者 张三)(来源:某某报)).
const maxLeadCredits = 2

// cutDateline returns line without the dateline opening it and the
// bracketed credits right after that, what those say, and whether there was
// a dateline or a credit. A credit group holds a byline ((记者 张三)) or
// labelled fields ((来源:某某日报), 「本文来源:某某日报」); a report's own
// parenthesis ((2023年)…) is neither and stays.
func (r *Rules) cutDateline(line string) (rest string, c credit, ok bool) {
	rest = line
	if n, outlet, found := r.dateline(line); found {
		rest, c.source, ok = string([]rune(line)[n:]), outlet, true
	}
	for range maxLeadCredits {
		rest = strings.TrimLeft(rest, " \t:：")
		folded := strings.Map(foldWidth, rest)
		if !strings.HasPrefix(folded, "(") && !strings.HasPrefix(folded, "【") && !strings.HasPrefix(folded, "「") {
			break
		}
		end := closingBracket(folded)
		if end <= 0 {
			break
		}
		group := folded[:end]
		if names := r.byline(group); len(names) > 0 {
			c.authors = append(c.authors, names...)
		} else if h := r.header(strings.Trim(group, "()【】「」")); h.isHeader() && h.source != "" {
			c.source = cmp.Or(c.source, h.source)
			c.authors = append(c.authors, h.authors...)
		} else {
			break
		}
		rest, ok = string([]rune(rest)[utf8.RuneCountInString(group):]), true
	}
	if ok {
		rest = r.cutRunInByline(rest, &c)
	}
	return strings.TrimLeft(rest, " \t—-:："), c, ok
}

// cutRunInByline removes a byline that follows a dateline without brackets
// and is set off by a space (本报讯 通讯员王五、赵六报道 近日…), adding its
// names to c. Only a word that a role opens counts, so a dateline followed
// by the report's first words (本报讯 近日…) keeps them.
func (r *Rules) cutRunInByline(rest string, c *credit) string {
	rest = strings.TrimLeft(rest, " \t")
	word, after, found := strings.Cut(rest, " ")
	if !found || utf8.RuneCountInString(word) > maxBylineLineRunes {
		return rest
	}
	first, _, _ := strings.Cut(strings.TrimLeftFunc(word, isBylineSep), "、")
	if _, _, isRole := r.role(first); !isRole {
		return rest
	}
	names := r.names(strings.TrimSuffix(word, "报道"), labelIgnore, true)
	if len(names) == 0 {
		return rest
	}
	c.authors = append(c.authors, names...)
	return after
}

// closingQuotes close a quotation that may end a paragraph.
const closingQuotes = "”’」』\"'"

// closingBracket returns the byte offset just past the bracket closing the
// group a folded string opens with, or -1.
func closingBracket(s string) int {
	if i := strings.IndexAny(s, ")】」"); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return i + n
	}
	return -1
}

// cutClosingByline splits the credit in brackets that closes a report's
// last paragraph (…取得实效。(张三), …取得实效。(供稿:某某镇工会)) from the text
// before it. The group must follow a sentence end, or a quotation closed
// after one (…过程吗？” (姚峰 上海报道)), and hold only roles and names, a
// labelled source, or the name of the body that sent the report in
// ((某某县总工会): an outlet's or an organisation's name, see isOutlet).
func (r *Rules) cutClosingByline(line string) (string, credit) {
	folded := strings.Map(foldWidth, line)
	if !strings.HasSuffix(folded, ")") && !strings.HasSuffix(folded, "】") {
		return line, credit{}
	}
	open := max(strings.LastIndex(folded, "("), strings.LastIndex(folded, "【"))
	if open <= 0 {
		return line, credit{}
	}
	before := strings.TrimRight(folded[:open], " \t")
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, closingQuotes))
	if !isSentenceEnd(last) {
		return line, credit{}
	}
	var c credit
	group := folded[open:]
	inner := strings.TrimSpace(strings.Trim(group, "()【】"))
	if c.authors = r.byline(group); len(c.authors) == 0 {
		if h := r.header(inner); h.isHeader() {
			c.source = h.source
		} else if r.isOutlet(inner) {
			c.source = inner
		}
	}
	if c.source == "" && len(c.authors) == 0 {
		return line, credit{}
	}
	keep := utf8.RuneCountInString(before)
	return string([]rune(line)[:keep]), c
}
