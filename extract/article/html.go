package article

import (
	"cmp"
	"context"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// FromHTML reads an HTML page with the embedded rules; see
// HTMLRules.FromHTML.
// It is never cancelled, so it returns no error.
func FromHTML(src string) Article {
	a, _ := DefaultHTMLRules().FromHTML(context.Background(), src)
	return a
}

// FromHTML reads an HTML page: it lays the visible text out as lines, picks
// the element that holds the article by prose density and the hints, keeps
// that element's prose lines as the body, and reads the title, date, source
// and bylines from the page's metadata and the lines around the title.
// Markup nested deeper than the parser goes is read as text (see
// flatText); a page without an article gives an empty Body. Pinyin notes
// go first (see WithoutPinyinNotes). The only error is ctx's, checked
// between the steps.
func (r *HTMLRules) FromHTML(ctx context.Context, src string) (Article, error) {
	src = WithoutPinyinNotes(src)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return r.text.FromText(ctx, flatText(src))
	}
	if err := ctx.Err(); err != nil {
		return Article{}, err
	}
	page := &htmlPage{rules: r, meta: readMeta(doc)}
	page.lines = renderLines(pageBody(doc), r)
	if err := ctx.Err(); err != nil {
		return Article{}, err
	}
	page.container = chooseContainer(page.lines, r)
	page.locate()
	if err := ctx.Err(); err != nil {
		return Article{}, err
	}

	a := Article{Title: page.title()}
	fallbackDate := page.readFields(&a)
	a.Body = strings.Join(page.bodyLines(&a), "\n")
	a.Published = cmp.Or(a.Published, page.footerDate(), fallbackDate)
	if len(a.Authors) == 0 {
		a.Authors = page.fallbackAuthors(a)
	}
	a.Authors = unique(a.Authors)
	return a, ctx.Err()
}

// htmlPage is one page on its way through FromHTML.
type htmlPage struct {
	rules     *HTMLRules
	meta      map[string]string // <meta> name/property (lower case) → content
	lines     []htmlLine        // every visible line of <body>
	container *html.Node        // the chosen article element
	start     int               // first line inside container
	end       int               // one past the last line inside container
	titleLine int               // the line holding the headline, or -1
	poster    []string          // who a post stamp of the article names (由某某张贴 @ …)
}

// locate finds the range of lines inside the container.
func (p *htmlPage) locate() {
	p.start, p.end, p.titleLine = len(p.lines), len(p.lines), -1
	for i, l := range p.lines {
		if p.container != nil && within(l.owner, p.container) {
			if p.start == len(p.lines) {
				p.start = i
			}
			p.end = i + 1
		}
	}
	if p.start == len(p.lines) {
		p.start = 0
	}
}

// pageBody returns the <body> element, or the document root when parsing
// produced none.
func pageBody(doc *goquery.Document) *html.Node {
	if body := doc.Find("body"); body.Length() > 0 {
		return body.Nodes[0]
	}
	return doc.Nodes[0]
}
