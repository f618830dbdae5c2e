package article

import (
	"strings"

	"golang.org/x/net/html"
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
// lower case), the <title>, and machine-readable dates.
func readMeta(root *html.Node) map[string]string {
	m := map[string]string{}
	set := func(k, v string) {
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if _, ok := m[k]; !ok && k != "" && v != "" {
			m[k] = v
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				content := attr(n, "content")
				set(attr(n, "name"), content)
				set(attr(n, "property"), content)
				set(attr(n, "itemprop"), content)
			case atom.Title:
				if n.FirstChild != nil && m[metaDocTitle] == "" {
					set(metaDocTitle, textOf(n))
				}
			case atom.Time:
				set(metaTimeTag, attr(n, "datetime"))
			case atom.Script, atom.Style:
				return
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				set(metaItemDate, attr(n, "datetime")+" "+textOf(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

// textOf returns the text under n with whitespace runs collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
