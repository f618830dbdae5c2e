package article

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bodyLines returns the container's article lines. It drops furniture
// (lines inside elements the hints mark, link lists, boilerplate.txt
// lines, single characters such as a vertical 今/日/推/荐 banner), the
// headline and anything above it, photo captions, header lines made only
// of fields, a news dateline opening the text (and any deck above it), and
// bylines, on lines of their own or closing the last paragraph, whose
// names it adds to a.Authors; a header line's source fills a.Source where
// the header gave none. The date of the first post stamp is the date of a
// page that has no dateline, and its poster is kept for fallbackAuthors.
// Lines a PDF or Word conversion broke are joined again.
func (p *htmlPage) bodyLines(a *Article) []string {
	rules := p.rules.text
	title := compact(a.Title)
	docTitle := compact(p.meta[metaDocTitle])
	from := p.start
	if p.titleLine >= p.start && p.titleLine < p.end {
		from = p.titleLine + 1
	}
	var out []string
	var owners []*html.Node // the block of each line of out
	stamps := 0
	prose := false    // a line of prose has been kept
	lead := 0         // lines kept before the first line of prose
	var last htmlLine // the last line kept
	keep := func(l htmlLine) {
		out, prose, last = append(out, l.text), prose || isProse(l), l
		owners = append(owners, l.owner)
		if !prose {
			lead = len(out)
		}
	}
	for i := from; i < p.end; i++ {
		l := p.lines[i]
		if isStamp(l) {
			// A stamp heads a post or comment, or closes one (由海姑娘张贴
			// @ 2005-06-14 03:25:55), so the poster is read up to the
			// second one. That starts the next entry of a blog archive
			// or forum thread, and the page's article is the first entry.
			if len(p.poster) == 0 {
				p.poster = rules.stampAuthors(l.text)
			}
			if stamps++; stamps > 1 && len(out) > 0 {
				break
			}
			if a.Published == "" {
				a.Published = normalizeDate(l.text)
			}
			continue
		}
		if l.furn || l.links*2 > l.runes || l.runes < 2 || !within(l.owner, p.container) {
			continue
		}
		if len(out) > 0 && !strings.Contains(l.text, "。") && rules.isTail(l.text) {
			next := p.afterInsetBox(i, last)
			if next < 0 {
				break
			}
			i = next - 1
			continue
		}
		c := canon(l.text)
		if rules.isMarked(c) || sameCompact(l.text, title) {
			continue
		}
		if !prose && l.runes >= minTitlePieceRunes && !strings.Contains(l.text, "。") && strings.Contains(docTitle, compact(l.text)) {
			// Above the text, a piece of the <title> is the site's or
			// forum's name or the headline again, as printed in a
			// page header the title finder did not take.
			continue
		}
		if l.runes <= maxFurnitureRunes && rules.isCaption(l.text) {
			continue // a photo's caption (…测量血压 记者 张三 摄) tells of the picture
		}
		if l.runes > maxFieldLineRunes {
			keep(l)
			continue
		}
		if h := rules.header(l.text); h.isHeader() {
			a.Authors = append(a.Authors, rules.headerAuthors(h, l.text)...)
			// Many pages credit the outlet only below the text (来源:某某工会).
			a.Source = cmp.Or(a.Source, h.source)
			if !prose && !h.dated {
				// A labelled date (发布日期:) far below a banner taken for
				// the headline. An unlabelled one there may be any date
				// a page's info box gives (出生 1976年4月25日).
				a.Published = cmp.Or(a.Published, h.published)
			}
			continue
		}
		if rules.isPatterned(c) {
			continue
		}
		if l.runes > maxBylineRunes {
			keep(l)
			continue
		}
		if names := rules.byline(l.text); len(names) > 0 {
			a.Authors = append(a.Authors, names...)
			continue
		}
		if names := rules.namesLine(l.text); len(names) > 1 && !prose {
			a.Authors = append(a.Authors, names...) // 赵延东、风笑天 above the text
			continue
		}
		keep(l)
	}
	if len(a.Authors) == 0 {
		if name, ok := rules.creditedPenName(append(slices.Clone(out[:lead]), a.Title)); ok {
			a.Authors = []string{name}
			if i := slices.IndexFunc(out, func(line string) bool { return strings.TrimSpace(line) == name }); i >= 0 {
				out, owners = slices.Delete(out, i, i+1), slices.Delete(owners, i, i+1)
			}
		}
	}
	// A news dateline (本报讯（记者 张三）…) opens the report's text: what
	// stands above it is a deck or a subtitle, and the dateline goes too.
	for k := 0; k <= lead && k < len(out); k++ {
		if rest, c, ok := rules.cutDateline(out[k]); ok {
			a.Authors = append(a.Authors, c.authors...)
			a.Source = cmp.Or(a.Source, c.source)
			out, owners = out[k:], owners[k:]
			if out[0] = rest; rest == "" {
				out, owners = out[1:], owners[1:]
			}
			break
		}
	}
	out = rules.joinBrokenParagraphs(out, owners)
	if n := len(out); n > 0 {
		// …过一个廉洁的新春佳节。（常书香 马丹阳）
		if text, c := rules.cutClosingByline(out[n-1]); c.source != "" || len(c.authors) > 0 {
			a.Authors = append(a.Authors, c.authors...)
			a.Source = cmp.Or(a.Source, c.source)
			if out[n-1] = strings.TrimSpace(text); out[n-1] == "" {
				out = out[:n-1]
			}
		}
	}
	return out
}

// joinBrokenParagraphs joins the lines that a PDF or Word conversion to
// HTML broke inside a sentence or a number (…贯彻落实中国工会十八大精 /
// 神，…; …帮扶资金3520 / 万元), as joinBroken does for text dumps. A
// conversion breaks lines at the page width, so only a line longer than a
// heading may be a fragment: short lines without a sentence end are
// headings, agenda items and the like (时间:7:00-9:30), whatever their last
// character. Table rows, list items, headings and photo captions never
// join. Only a page whose long lines often end mid-sentence is such a
// conversion: elsewhere a long line without a sentence end is a caption, a
// quotation's source or a heading, which a paragraph break follows.
func (r *Rules) joinBrokenParagraphs(lines []string, owners []*html.Node) []string {
	long, broken := 0, 0
	for _, s := range lines {
		if longerThanHeading(s) {
			long++
			if !isSentenceEnd(lastMeaningful(s)) {
				broken++
			}
		}
	}
	if broken < minBrokenLines || broken*brokenShare < long {
		return lines
	}
	var ps paragraphs
	for i, s := range lines {
		if i > 0 && longerThanHeading(lines[i-1]) && joinable(owners[i-1]) && joinable(owners[i]) &&
			continues(lines[i-1], s, true) && !r.isCaption(lines[i-1]) {
			ps.carry(s)
			continue
		}
		ps.open(s)
	}
	return ps.done()
}

// longerThanHeading reports whether s has more than maxHeadingRunes runes,
// counting them only for a line short enough in bytes to need it.
func longerThanHeading(s string) bool {
	return len(s) > maxHeadingRunes*utf8.UTFMax || utf8.RuneCountInString(s) > maxHeadingRunes
}

// A page is taken for a conversion that broke its lines at the page width
// when at least minBrokenLines of its long lines, and one in brokenShare,
// end mid-sentence.
const (
	minBrokenLines = 3
	brokenShare    = 3
)

// joinable reports whether a line of the block n may be a fragment of a
// broken paragraph: not a table row or cell, list item, heading or
// caption, which end where their element does.
func joinable(n *html.Node) bool {
	if n == nil {
		return false
	}
	switch n.DataAtom {
	case atom.Td, atom.Th, atom.Tr, atom.Li, atom.Dt, atom.Dd, atom.Caption, atom.Figcaption:
		return false
	}
	return !isHeading(n)
}

// afterInsetBox returns the index of the line after the box that the tail
// line at i heads, when the box is inset in the article's flow of
// paragraphs and the flow goes on with prose right after it, or -1. A
// 推荐阅读 table set between two paragraphs is no end of the article, as a
// 相关新闻 list below it is. The box is the element around the tail line
// that is a sibling of the last kept line, and it must hold more than the
// tail line: a heading standing alone as a paragraph heads what follows it.
func (p *htmlPage) afterInsetBox(i int, last htmlLine) int {
	if last.owner == nil || last.owner.Parent == nil {
		return -1
	}
	flow := last.owner.Parent
	box := p.lines[i].owner
	for box != nil && box.Parent != flow {
		box = box.Parent
	}
	if box == nil || box == last.owner {
		return -1
	}
	next := i + 1
	for next < p.end && within(p.lines[next].owner, box) {
		next++
	}
	if next == i+1 || next == p.end || p.lines[next].owner.Parent != flow || !isProse(p.lines[next]) {
		return -1
	}
	return next
}

// minTitlePieceRunes is the shortest line above the text dropped for
// appearing in the <title>: shorter ones (a name, 茉莉) may be the byline.
const minTitlePieceRunes = 6

// maxStampRunes is the longest line taken for an entry's stamp: a title and
// date-time, or a floor number, poster and time.
const maxStampRunes = 60

// isStamp reports whether a short line holds a date with a time of day, as
// the heading of a post or comment does.
func isStamp(l htmlLine) bool {
	// A time of day has a colon; testing for one first spares the clock
	// expression most lines.
	return l.runes <= maxStampRunes && l.punct <= 1 && strings.Contains(l.text, ":") &&
		clockTime.MatchString(l.text) && normalizeDate(l.text) != ""
}

// maxFieldLineRunes is the longest line read for header fields and
// bylines: they are short, and reading every long paragraph for them would
// cost most of the extraction time.
const maxFieldLineRunes = 80

// maxBylineRunes is the longest line read as a byline:
// (某某日报全媒体记者 张三) or 记者 张三 通讯员 李四 王五.
const maxBylineRunes = 40
