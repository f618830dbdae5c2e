package article

import (
	"context"
	"strings"
	"unicode/utf8"
)

// FromText reads a page saved as plain text with the default rules. It is
// never cancelled, so it returns no error.
func FromText(text string) Article {
	a, _ := DefaultRules().FromText(context.Background(), text)
	return a
}

// FromText reads a page saved as plain text: a scraped page's visible text,
// or a PDF or Word document converted to text. It keeps the block of lines
// that holds the article (see articleBlock) and walks it once:
//
//   - furniture (boilerplate.txt: navigation, tags, copyright, page numbers,
//     image placeholders) goes;
//   - header lines (a dateline, 发布时间, 来源, 记者, 字号 …) give the fields
//     and go;
//   - the first line that has a headline's shape, before any article text,
//     is the title; its repeats go;
//   - a closing byline ends the article text, though header lines after it
//     still give fields (页面更新 often follows the byline);
//   - what is left is the body, with lines a conversion broke mid-sentence
//     joined again (see joinBroken).
//
// Pinyin notes go first (see WithoutPinyinNotes). The only error is ctx's,
// checked line by line.
func (r *Rules) FromText(ctx context.Context, text string) (Article, error) {
	p := textPage{rules: r, pending: noLabel}
	block, around := r.articleBlock(pageLines(WithoutPinyinNotes(text)))
	for _, line := range block {
		if err := ctx.Err(); err != nil {
			return Article{}, err
		}
		p.add(line)
	}
	p.addFieldsAround(around)
	return p.article(), ctx.Err()
}

// pageLines returns the lines of a page, trimmed, with no-break and
// ideographic spaces read as plain ones, and each run of blank lines between
// two others as one "". A blank line tells a heading from a line broken
// short (see isHeadingLine).
func pageLines(text string) []string {
	var lines []string
	for _, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(strings.Map(func(c rune) rune {
			if c == '\u00a0' || c == '\u3000' {
				return ' '
			}
			return c
		}, raw))
		if line != "" || len(lines) > 0 && lines[len(lines)-1] != "" {
			lines = append(lines, line)
		}
	}
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	return lines
}

// textPage is the state of one walk over a page's lines.
type textPage struct {
	rules      *Rules
	title      string
	titleCanon string // canon(title), to know its repeats
	siteName   string // the title taken before a breadcrumb (see passFurniture)
	started    bool   // article text has begun
	closed     bool   // a closing byline ended the article text
	blank      bool   // a blank line stands since the last body line
	fields     header
	pending    labelKind // a label that ended the previous line (see header)
	body       []bodyLine
}

// bodyLine is one line of article text.
type bodyLine struct {
	text        string
	blankBefore bool
}

// setTitle takes line as the headline, without the separators a page's
// title bar leaves at its ends (某某活动 |).
func (p *textPage) setTitle(line string) {
	line = strings.Trim(line, " |丨")
	p.title, p.titleCanon = line, canon(line)
}

// maxLabelRunes bounds a site's column or section label (工作动态, 中工娱乐,
// 多媒体数字报), which a page prints above the headline in the headline's
// shape. A headline of so few characters is rare, and one is kept unless a
// longer headline-shaped line follows it before the article text.
const maxLabelRunes = 6

// minKickerPhrases is how many short phrases set apart by spaces make a
// kicker, the line a newspaper prints above its headline (调查摸底 全力保障
// 舆论宣传); a headline in two halves (把温暖送到广大 职工群众的心坎上) is
// no kicker.
const minKickerPhrases = 3

// isLabelOrKicker reports whether the title taken so far is a column's
// label or a kicker, which a headline-shaped line below it replaces.
func (p *textPage) isLabelOrKicker() bool {
	if utf8.RuneCountInString(p.title) <= maxLabelRunes {
		return true
	}
	phrases := strings.Fields(p.title)
	if len(phrases) < minKickerPhrases {
		return false
	}
	for _, ph := range phrases {
		if utf8.RuneCountInString(ph) > maxLabelRunes || strings.ContainsAny(ph, "，,、：:“”\"") {
			return false
		}
	}
	return true
}

// headLine takes a line met before any article text that belongs to the
// headline: the headline itself, a site or channel name above it (中工网,
// 正文, 工作动态: a longer headline below such a label replaces it), its subtitle (——记某某工会主席), or the headline again without the
// site name its first copy carried (标题_某某网, then 标题). c is the line's
// canonical form.
func (p *textPage) headLine(line, c string) bool {
	n := utf8.RuneCountInString(line)
	switch {
	case p.title == "" && p.isTitle(line):
		p.setTitle(line)
	case p.title == "":
		return n < minTitleRunes
	case strings.HasPrefix(line, "—"):
	case n >= minTitleRunes && strings.HasPrefix(p.titleCanon, c):
		p.setTitle(line)
	case p.isLabelOrKicker() && n > maxLabelRunes && p.isTitle(line):
		p.setTitle(line) // the line taken was a column's label (工作动态) or a kicker
	default:
		return false
	}
	return true
}

// add takes one line; "" stands for blank lines.
func (p *textPage) add(line string) {
	if line == "" {
		p.blank = true
		return
	}
	r := p.rules
	c := canonHead(line)
	if kind := p.pending; kind != noLabel {
		p.pending = noLabel
		if p.labelValue(kind, line) {
			return
		}
	}
	if r.isMarked(c) || p.title != "" && c == p.titleCanon {
		p.passFurniture(c)
		return
	}
	if names := r.bracketByline(line); len(names) > 0 {
		p.fields.authors = append(p.fields.authors, names...)
		p.closed = p.started // (张三) after the text closes it
		return
	}
	h := r.header(line)
	if h.isHeader() {
		p.addFields(h)
		p.pending = h.pending
		return
	}
	if r.isPatterned(c) {
		p.passFurniture(c)
		if h.dated {
			p.addFields(header{published: h.published}) // an e-paper page header's date
		}
		return
	}
	if p.closed {
		return
	}
	if r.isCaption(line) {
		return // a photo's caption (…测量血压 记者 张三 摄) tells of the picture
	}
	if names := r.byline(line); len(names) > 0 {
		p.fields.authors = append(p.fields.authors, names...) // 光明日报记者 王建宏
		return
	}
	if !p.started {
		if p.headLine(line, c) {
			return
		}
		line = p.dropDateline(line)
	} else if p.isDeck() {
		if _, _, ok := r.dateline(line); ok {
			// A news dateline opens the report's text: the short lines
			// above it were a subtitle or a deck (某某总工会开展…活动).
			p.body = p.body[:0]
			line = p.dropDateline(line)
		}
	}
	if text, c := r.cutClosingByline(line); c.source != "" || len(c.authors) > 0 {
		p.addFields(header{source: c.source, authors: c.authors})
		line, p.closed = text, true
	}
	if line != "" {
		p.body = append(p.body, bodyLine{text: line, blankBefore: p.blank})
		p.started, p.blank = true, false
	}
}

// maxDeckLines bounds the subtitle and deck lines a page prints between
// its headline and the dateline that opens the report.
const maxDeckLines = 2

// isDeck reports whether the article text so far is no more than a
// subtitle or a deck: a line or two, each short and without a sentence.
func (p *textPage) isDeck() bool {
	if len(p.body) > maxDeckLines {
		return false
	}
	for _, l := range p.body {
		if utf8.RuneCountInString(l.text) > maxTitleRunes || strings.ContainsAny(l.text, "。；;") {
			return false
		}
	}
	return true
}

// passFurniture notes a furniture line met before any article text. A
// portal prints its name above the breadcrumb and the headline below it
// (某某县人民政府 / 首页 > 政务公开 / 标题), so a title taken before a
// breadcrumb was the site's name: the walk looks for the headline again
// and keeps the site's name only for a page that prints none.
func (p *textPage) passFurniture(c string) {
	if p.started || p.title == "" || !isBreadcrumb(c) {
		return
	}
	p.siteName = p.title
	p.setTitle("")
}

// isBreadcrumb reports whether a furniture line is a trail of two or more
// places (首页 > 政务公开 >, 首页 » 新闻), not a lone "更多>>".
func isBreadcrumb(c string) bool {
	places := 0
	for part := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == '>' || r == '»' }) {
		if strings.TrimSpace(part) != "" {
			places++
		}
	}
	return places >= 2
}
