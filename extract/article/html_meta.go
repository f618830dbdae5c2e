package article

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/atom"
)

// Keys readMeta adds beside the <meta> names.
const (
	metaDocTitle = "<title>"    // the text of <title>
	metaTimeTag  = "<time>"     // the first <time datetime>
	metaItemDate = "itemprop:d" // itemprop=datePublished on any element
)

// readMeta collects what the page says about itself outside its text:
// <meta name|property|itemprop content> (first occurrence of each key, in
// lower case), the <title>, and machine-readable dates. Each key keeps its
// first non-empty value.
func readMeta(doc *goquery.Document) map[string]string {
	m := map[string]string{}
	set := func(k, v string) {
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if _, ok := m[k]; !ok && k != "" && v != "" {
			m[k] = v
		}
	}
	// One walk over the page for every kind of element wanted.
	doc.Find("meta[content], title, time[datetime], [itemprop]").Each(func(_ int, s *goquery.Selection) {
		n := s.Nodes[0]
		switch n.DataAtom {
		case atom.Meta:
			content := s.AttrOr("content", "")
			set(s.AttrOr("name", ""), content)
			set(s.AttrOr("property", ""), content)
			set(s.AttrOr("itemprop", ""), content)
			return
		case atom.Title:
			set(metaDocTitle, collapseSpace(s.Text()))
		case atom.Time:
			set(metaTimeTag, s.AttrOr("datetime", ""))
		}
		// Attribute selectors match case-sensitively; pages spell it
		// datepublished too.
		if strings.EqualFold(s.AttrOr("itemprop", ""), "datePublished") {
			set(metaItemDate, s.AttrOr("datetime", "")+" "+collapseSpace(s.Text()))
		}
	})
	return m
}

// collapseSpace trims s and turns each whitespace run in it into one space.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
