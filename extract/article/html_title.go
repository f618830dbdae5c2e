package article

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSeparators join a headline to the site and channel names in a
// <title>: 标题_读书频道_新浪网, 标题 - 某某网, 标题|某某网.
var titleSeparators = []string{"_", " - ", "-", "|", " | ", " — ", "——", " – ", "－"}

// maxSiteName is the longest trailing <title> segment taken for a site or
// channel name rather than part of the headline.
const maxSiteName = 12

// title returns the headline. A heading on the page (h1–h4, or an element
// whose class says title) whose text the <title> contains is the best
// witness, since <title> adds the site name and headings include widgets;
// next come og:title, the <title> without its site suffix, and the first
// <h1> of a page without a <title>. A line that
// starts with 原标题 is the original headline of a reprint, never this one.
func (p *htmlPage) title() string {
	doc := compact(p.meta[metaDocTitle])
	// A heading must cover half the headline part of <title>, so that a
	// channel heading (新闻中心) found in 标题_新闻中心_某网 does not win.
	minRunes := max(4, utf8.RuneCountInString(compact(stripSiteName(p.meta[metaDocTitle])))/2)
	// A banner that prints the whole <title>, site name and all, is no
	// witness for the headline part.
	banner := ""
	if firstSegment(p.meta[metaDocTitle]) != "" {
		banner = doc
	}
	best := -1
	for i, l := range p.lines {
		if l.furn || l.runes < minRunes || !isHeading(l.owner) || strings.HasPrefix(l.text, "原标题") || sameCompact(l.text, banner) {
			continue
		}
		if doc != "" && strings.Contains(doc, compact(l.text)) && (best < 0 || l.runes > p.lines[best].runes) {
			best = i
		}
	}
	if best >= 0 {
		p.titleLine = best
		return p.lines[best].text
	}
	t := stripSiteName(p.meta["og:title"])
	if t == "" {
		t = stripSiteName(p.meta[metaDocTitle])
	}
	if t == "" {
		for i, l := range p.lines {
			if !l.furn && l.owner.DataAtom == atom.H1 {
				p.titleLine = i
				return l.text
			}
		}
	}
	t = pageNumber.ReplaceAllString(t, "")
	p.titleLine = p.findLine(t)
	if first := pageNumber.ReplaceAllString(firstSegment(p.meta[metaDocTitle]), ""); first != "" && (p.titleLine < 0 || sameCompact(t, banner)) {
		// A long site suffix (标题 - 论坛名 - powered by …) defeats
		// stripSiteName; the page may still print the first segment.
		if i := p.findLine(first); i >= 0 {
			p.titleLine, t = i, first
		}
	}
	if long := longestSegment(p.meta[metaDocTitle]); p.titleLine < 0 && long != "" {
		// Blogs put their own name first (多维博客 » 标题); the headline is
		// then the longest segment, printed by the article.
		if i := p.findLine(long); i >= p.start-headerWindow && i < p.end {
			p.titleLine, t = i, long
		}
	}
	return t
}

// longestSegment returns the longest of a <title>'s segments between
// separators, when it has at least minTitleSegmentRunes, or "". Here »
// separates too: breadcrumb titles (站名 » 栏目 » 标题) end with the
// headline, so stripSiteName leaves them alone.
func longestSegment(t string) string {
	segments := []string{t}
	for _, sep := range append(titleSeparators[:len(titleSeparators):len(titleSeparators)], "»") {
		var next []string
		for _, s := range segments {
			next = append(next, strings.Split(s, sep)...)
		}
		segments = next
	}
	long := ""
	for _, s := range segments {
		if s = strings.TrimSpace(s); utf8.RuneCountInString(s) > utf8.RuneCountInString(long) {
			long = s
		}
	}
	if utf8.RuneCountInString(long) < minTitleSegmentRunes {
		return ""
	}
	return long
}

// minTitleSegmentRunes is the shortest <title> segment taken for a
// headline by length alone.
const minTitleSegmentRunes = 8

// pageNumber matches the page number that a <title> gives a paged article
// or thread (标题(页 1), 标题(第2页), 标题 page 3) and its headline lacks.
var pageNumber = regexp.MustCompile(`(?i)\s*[(（]?\s*(?:第\s*\d+\s*页|页\s*\d+|page\s*\d+)\s*[)）]?\s*$`)

// firstSegment returns a <title> up to its first separator, or "" when it
// has none after a headline-sized start.
func firstSegment(t string) string {
	cut := -1
	for _, sep := range titleSeparators {
		if i := strings.Index(t, sep); i > 0 && (cut < 0 || i < cut) && utf8.RuneCountInString(t[:i]) >= 4 {
			cut = i
		}
	}
	if cut < 0 {
		return ""
	}
	return strings.TrimSpace(t[:cut])
}

// findLine returns the first line whose text is s (spaces ignored), or -1.
func (p *htmlPage) findLine(s string) int {
	if s == "" {
		return -1
	}
	s = compact(s)
	for i, l := range p.lines {
		if sameCompact(l.text, s) {
			return i
		}
	}
	return -1
}

// stripSiteName removes trailing site and channel names from a <title>.
func stripSiteName(t string) string {
	t = strings.TrimSpace(t)
	for {
		cut := -1
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > cut && isSiteName(t[i+len(sep):]) {
				cut = i
			}
		}
		if cut <= 0 || utf8.RuneCountInString(strings.TrimSpace(t[:cut])) < 4 {
			return t
		}
		t = strings.TrimSpace(t[:cut])
	}
}

// isSiteName reports whether a trailing <title> segment can be a site or
// channel name: short, and not starting with a digit, so that the year
// range of 2022-2023年工作总结 is not cut.
func isSiteName(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && utf8.RuneCountInString(s) <= maxSiteName && (s[0] < '0' || s[0] > '9')
}

// isHeading reports whether a line's block is a heading by tag or class.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4:
		return true
	}
	c := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(c, "title") || strings.Contains(c, "headline") || strings.Contains(c, "biaoti")
}

// compact drops all whitespace, so that texts laid out differently compare.
func compact(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// sameCompact reports whether compact(s) == c without building
// compact(s): it runs on every line of a page.
func sameCompact(s, c string) bool {
	for f := range strings.FieldsSeq(s) {
		if !strings.HasPrefix(c, f) {
			return false
		}
		c = c[len(f):]
	}
	return c == ""
}
