package article

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlLine is one line of a page's visible text as its markup lays it out:
// a paragraph, a <br>-separated stretch, or a table row.
type htmlLine struct {
	text  string
	owner *html.Node // the block element the line belongs to
	runes int        // non-space runes
	links int        // non-space runes inside <a>
	punct int        // Chinese sentence punctuation outside links
	furn  bool       // inside an element the hints mark as furniture
	// marks are the furniture-marked elements around the line, outermost
	// first; settleFurniture decides which of them count.
	marks []*html.Node
}

// skipped elements never contribute text: code, styling, form controls and
// embedded media.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Svg: true, atom.Canvas: true, atom.Select: true, atom.Option: true,
	atom.Button: true, atom.Textarea: true, atom.Input: true, atom.Map: true,
}

// blocks start and end a line.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Ul: true, atom.Html: true,
}

// renderer turns a DOM into htmlLines.
type renderer struct {
	rules *HTMLRules
	lines []htmlLine
	buf   []byte // the current line, reused from line to line
	links int
	space bool // a space is pending before the next text
	owner *html.Node
	marks []*html.Node // furniture-marked ancestors of the current text
}

// renderLines lays out the visible text under n as lines.
func renderLines(n *html.Node, rules *HTMLRules) []htmlLine {
	r := &renderer{rules: rules, owner: n}
	r.walk(n, false)
	r.flush()
	settleFurniture(r.lines)
	return r.lines
}

func (r *renderer) walk(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data, inLink)
		return
	case html.ElementNode:
	case html.DocumentNode:
		r.children(n, inLink)
		return
	default: // comments, doctypes
		return
	}
	if skipped[n.DataAtom] || r.rules.hidden(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		r.flush()
		return
	case atom.A:
		inLink = inLink || attr(n, "href") != "" // <a name> anchors are no links
	case atom.Td, atom.Th:
		if !layoutCell(n) {
			r.space = true
			r.children(n, inLink)
			r.space = true
			return
		}
	}
	furn := n.DataAtom != atom.Body && n.DataAtom != atom.Html &&
		r.rules.classify(attr(n, "class")+" "+attr(n, "id")) == hintNegative
	if furn {
		r.flush()
		r.marks = append(r.marks, n)
		defer func() { r.marks = r.marks[:len(r.marks)-1] }()
	}
	if !blocks[n.DataAtom] && !layoutCell(n) {
		r.children(n, inLink)
		if furn {
			r.flush()
		}
		return
	}
	r.flush()
	outer := r.owner
	r.owner = n
	r.children(n, inLink)
	r.flush()
	r.owner = outer
}

func (r *renderer) children(n *html.Node, inLink bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, inLink)
	}
}

// text appends a text node, collapsing whitespace runs to one space. It
// copies runs of text whole rather than rune by rune, since rendering
// every text node of a page is a hot path.
func (r *renderer) text(s string, inLink bool) {
	start := -1 // where the run of text not yet copied begins
	for i, c := range s {
		if unicode.IsSpace(c) || c == utf8.RuneError {
			if start >= 0 {
				r.buf = append(r.buf, s[start:i]...)
				start = -1
			}
			if c != utf8.RuneError {
				r.space = true
				continue
			}
		}
		if r.space && len(r.buf) > 0 {
			r.buf = append(r.buf, ' ')
		}
		r.space = false
		if c == utf8.RuneError {
			// An invalid byte is written as U+FFFD, not copied.
			r.buf = utf8.AppendRune(r.buf, c)
		} else if start < 0 {
			start = i
		}
		if inLink {
			r.links++
		}
	}
	if start >= 0 {
		r.buf = append(r.buf, s[start:]...)
	}
}

// flush ends the current line.
func (r *renderer) flush() {
	r.space = false
	if len(r.buf) == 0 {
		return
	}
	text := string(r.buf)
	r.buf = r.buf[:0]
	l := htmlLine{text: text, owner: r.owner, links: r.links}
	if len(r.marks) > 0 {
		l.marks = slices.Clone(r.marks)
	}
	r.links = 0
	for _, c := range text {
		if c != ' ' {
			l.runes++
		}
		if isSentencePunct(c) {
			l.punct++
		}
	}
	l.punct = l.punct * (l.runes - min(l.links, l.runes)) / max(l.runes, 1)
	r.lines = append(r.lines, l)
}

// sentencePunct is the punctuation that marks running Chinese prose, as
// opposed to menus and link lists.
const sentencePunct = "，。；：！？、“”"

// isSentencePunct reports whether c is in sentencePunct; a switch, since
// flush tests every rune of a page.
func isSentencePunct(c rune) bool {
	switch c {
	case '，', '。', '；', '：', '！', '？', '、', '“', '”':
		return true
	}
	return false
}

// layoutCell reports whether a table cell holds block content, as the cells
// of layout tables do; such a cell is a container, not a cell of a data
// row.
func layoutCell(n *html.Node) bool {
	return (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && holdsBlock(n)
}

// holdsBlock reports whether a visible block element or <br> lies under n.
func holdsBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped[c.DataAtom] {
			continue
		}
		if blocks[c.DataAtom] || c.DataAtom == atom.Br || holdsBlock(c) {
			return true
		}
	}
	return false
}

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
