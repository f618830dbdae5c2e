package article

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Fields as the walk collects them: the first value of each wins, since a
// page prints its own fields before anything else's.

// addFields takes the fields of one header line where none was found yet.
func (p *textPage) addFields(h header) {
	f := &p.fields
	f.published = cmp.Or(f.published, h.published)
	f.updated = cmp.Or(f.updated, h.updated)
	f.source = cmp.Or(f.source, h.source)
	f.authors = append(f.authors, h.authors...)
}

// maxValueRunes bounds a field value standing on a line of its own.
const maxValueRunes = 20

// labelValue reads a line as the value of the label that ended the line
// before (发布日期: / 2022-02-13), and reports whether it was one.
func (p *textPage) labelValue(kind labelKind, line string) bool {
	if utf8.RuneCountInString(line) > maxValueRunes || p.rules.startsWithLabel(line) {
		return false // 来源: / 阅读量: is an empty field, not a source named 阅读量
	}
	var h header
	switch kind {
	case labelPublished:
		h.published = normalizeDate(line)
	case labelUpdated:
		h.updated = normalizeDate(line)
	case labelSource:
		h.source = sourceName(line)
	case labelAuthor:
		h.authors = p.rules.names(line, labelAuthor, true)
	}
	if h.published == "" && h.updated == "" && h.source == "" && len(h.authors) == 0 {
		return false
	}
	p.addFields(h)
	return true
}

// addFieldsAround takes the fields of header lines around the article
// block (see articleBlock) where the block did not give them: a page's
// dateline may stand above a sidebar list that precedes the article. The
// lists below the block are never read: their dates are other articles'.
func (p *textPage) addFieldsAround(lines []string) {
	for _, line := range lines {
		if p.rules.isMarked(canonHead(line)) {
			continue
		}
		if h := p.rules.header(line); h.isHeader() {
			if len(p.fields.authors) > 0 {
				h.authors = nil
			}
			p.addFields(h)
		}
	}
}

// article is the walk's result; a page-update stamp stands in for the date
// only where the page gives no other.
func (p *textPage) article() Article {
	f := p.fields
	return Article{
		Title:     cmp.Or(p.title, p.siteName),
		Published: cmp.Or(f.published, f.updated),
		Source:    f.source,
		Authors:   unique(f.authors),
		Body:      strings.Join(joinBroken(p.body), "\n"),
	}
}

// unique keeps the first of each name: a byline may repeat a header's.
func unique(names []string) []string {
	var out []string
	for _, n := range names {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}
