package article

import (
	"cmp"
	"regexp"
	"strings"
)

// headerWindow is how many lines after the headline (or before the body,
// when no headline line was found) may hold the dateline and bylines.
const headerWindow = 12

// readFields fills the date, source and authors from the lines between the
// headline and the article's first paragraph, where a page prints its own
// dateline; lines naming a neighbouring article (上一篇/下一篇) are
// skipped. A <meta> source stands in for a missing one. Dates and authors
// have later chances (post stamps, closing bylines), so readFields returns
// the fallback date (meta, then a page-update stamp) for FromHTML to use
// last, and fallbackAuthors reads the author metas.
func (p *htmlPage) readFields(a *Article) (fallbackDate string) {
	var h header
	for _, line := range p.headerLines() {
		if p.isNeighbourLink(line) {
			continue
		}
		got := p.rules.text.header(line)
		h.published = cmp.Or(h.published, got.published)
		h.updated = cmp.Or(h.updated, got.updated)
		h.source = cmp.Or(h.source, got.source)
		if len(h.authors) == 0 {
			h.authors = p.rules.text.headerAuthors(got, line)
		}
		if len(h.authors) == 0 {
			h.authors = posterAuthors(line)
		}
		if names := p.rules.text.namesLine(line); len(h.authors) == 0 && (len(names) > 1 || len(names) == 1 && p.belowTitle(line)) {
			h.authors = names // 赵延东、风笑天 below a headline
		}
	}
	a.Published = h.published
	a.Source = cmp.Or(h.source, p.metaValue(p.rules.sourceMeta, sourceName))
	a.Authors = h.authors
	return cmp.Or(p.metaDate(), h.updated)
}

// headerLines are the lines that may carry the page's own dateline and
// bylines: from the headline to the first paragraph of prose in the
// article container, at most headerWindow lines; then, as a second
// choice, the few lines just above the headline, where some pages print
// the date.
func (p *htmlPage) headerLines() []string {
	from := max(p.start-headerWindow, 0)
	if p.titleLine >= 0 {
		from = p.titleLine + 1
	}
	to := min(max(p.firstProse(from), from), from+headerWindow, len(p.lines))
	out := make([]string, 0, to-from+linesAboveTitle)
	for _, l := range p.lines[from:to] {
		out = append(out, l.text)
	}
	if p.titleLine >= 0 {
		for _, l := range p.lines[max(p.titleLine-linesAboveTitle, 0):p.titleLine] {
			out = append(out, l.text)
		}
	}
	return out
}

// belowTitle reports whether line is one of the linesBelowTitle lines
// right below the headline, the only place where a lone name is taken for
// a byline.
func (p *htmlPage) belowTitle(line string) bool {
	if p.titleLine < 0 {
		return false
	}
	for _, l := range p.lines[p.titleLine+1 : min(p.titleLine+1+linesBelowTitle, len(p.lines))] {
		if l.text == line {
			return true
		}
	}
	return false
}

// linesBelowTitle is how far below the headline a lone name may stand: the
// next line, or the one after a second heading line that the page's
// <title> did not include (犬儒病(上) under a site-wide title).
const linesBelowTitle = 2

// linesAboveTitle is how many lines above the headline may hold the date.
const linesAboveTitle = 3

// firstProse returns the index of the first line of the container, at or
// after from, that reads as article prose, or the container's end. Callers
// start below the headline, and a dateline is no prose: a headline with
// quotes (“春风行动”) or a dateline full of colons is punctuated enough to
// pass for prose by density alone.
func (p *htmlPage) firstProse(from int) int {
	for i := max(p.start, from); i < p.end; i++ {
		if isProse(p.lines[i]) && p.rules.text.header(p.lines[i].text).fields == 0 {
			return i
		}
	}
	return p.end
}

// isProse reports whether a line reads as article prose: long enough,
// punctuated as sentences, not links or furniture.
func isProse(l htmlLine) bool {
	return !l.furn && l.links*2 <= l.runes && l.punct >= 2 && l.runes >= minProseRunes
}

// footerDate returns the date of the first post stamp in the lines right
// after the container (作者:某 发表于:2005-07-31 12:30), where blogs and
// forums print the post's date below its text.
func (p *htmlPage) footerDate() string {
	for _, l := range p.lines[p.end:min(p.end+headerWindow, len(p.lines))] {
		if isStamp(l) && !p.isNeighbourLink(l.text) {
			return normalizeDate(l.text)
		}
	}
	return ""
}

// fallbackAuthors looks for bylines where a page without header or closing
// bylines may print them: bracketed in the first paragraph (据新华社电（记者
// 某某）), in the post stamp that heads the article, in a post's footer line
// after the container, in a copyright line that names a person, or in an
// author <meta> that names people or one pen name.
func (p *htmlPage) fallbackAuthors(a Article) []string {
	first, _, _ := strings.Cut(a.Body, "\n")
	if names := p.rules.text.leadAuthors(first); len(names) > 0 {
		return names
	}
	if len(p.poster) > 0 {
		return p.poster
	}
	for _, l := range p.lines[p.end:min(p.end+headerWindow, len(p.lines))] {
		// A line of links is a widget (by Taboola), not the post's footer.
		if l.runes <= maxFieldLineRunes && l.links*2 <= l.runes && !p.isNeighbourLink(l.text) {
			if names := p.rules.text.stampAuthors(l.text); len(names) > 0 {
				return names
			}
		}
	}
	if names := p.copyrightHolder(); len(names) > 0 {
		return names
	}
	// A site's own name, which some pages put in their author <meta>
	// (网易, 新浪科技), stands in the <title> beside the headline.
	siteNames := strings.Replace(p.meta[metaDocTitle], a.Title, " ", 1)
	for _, k := range p.rules.authorMeta {
		names := p.rules.text.metaAuthors(p.meta[k])
		if len(names) > 0 && !strings.Contains(siteNames, names[0]) {
			return names
		}
	}
	return nil
}

// copyright matches a page's copyright line, and what stands around the
// holder's name in it: the mark, years, and the rights reserved.
var (
	copyright      = regexp.MustCompile(`(?i)copyright|版权所有|©`)
	copyrightWords = regexp.MustCompile(`(?i)copyright|版权所有|all rights reserved|©|\(c\)|\d{4}(?:\s*[-–~]\s*\d{4})?|[.,:;]`)
)

// copyrightHolder returns the person the copyright line in the page's
// footer, below the article, names (Copyright © 李建忠): on a personal blog
// or homepage, whoever owns the text wrote it. A line naming a site or an
// organisation, as news pages' lines do, gives nil.
func (p *htmlPage) copyrightHolder() []string {
	for _, l := range p.lines[p.end:] {
		if l.runes > maxBylineRunes || !copyright.MatchString(l.text) {
			continue
		}
		holder := strings.TrimSpace(copyrightWords.ReplaceAllString(strings.Map(foldWidth, l.text), " "))
		if p.rules.text.isName(holder) {
			return []string{holder}
		}
	}
	return nil
}

// metaDate returns the first date among the <meta> date keys.
func (p *htmlPage) metaDate() string {
	return p.metaValue(p.rules.dateMeta, normalizeDate)
}

// metaValue returns the first non-empty result of read over the given
// <meta> keys.
func (p *htmlPage) metaValue(keys []string, read func(string) string) string {
	for _, k := range keys {
		if v := read(p.meta[k]); v != "" {
			return v
		}
	}
	return ""
}

// isNeighbourLink reports whether a line is marked furniture
// (boilerplate.txt: 上一篇, 下一篇 …), whose dates belong to other articles.
func (p *htmlPage) isNeighbourLink(line string) bool {
	return p.rules.text.isMarked(canon(line))
}
