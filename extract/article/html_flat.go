package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatText lays out markup that the HTML parser gives up on as plain text,
// for FromText to read: html.Parse stops at 512 open elements, which old
// pages with thousands of unclosed <font> or <div> tags reach. Each block
// element and <br> ends a line, the <title> comes first as a saved page's
// first line does, and scripts and styles give nothing. Without a DOM the
// article cannot be told from the page around it by density, so the text
// rules' furniture lists do that work.
func flatText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	var raw atom.Atom // the element just opened, whose text may come next
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if !rawSkipped[raw] {
				b.Write(z.Text())
			}
			if raw == atom.Title {
				b.WriteByte('\n')
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			raw = 0
			if tt == html.StartTagToken {
				raw = a
			}
			if blocks[a] || a == atom.Br || a == atom.Td || a == atom.Th {
				b.WriteByte('\n')
			}
		}
	}
}

// rawSkipped are the elements whose text the tokenizer hands over raw and
// that readers never see.
var rawSkipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Textarea: true,
}
