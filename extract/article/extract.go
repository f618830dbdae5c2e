package article

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// FromText reads a page saved as plain text: the first line is the headline,
// the non-empty lines after it are the body.
func FromText(text string) Article {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return Article{}
	}
	return Article{Title: lines[0], Body: strings.Join(lines[1:], "\n")}
}

// FromHTML reads an HTML page: the <title> and the text of <body>.
func FromHTML(html string) (Article, error) {
	dom, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		return Article{}, err
	}
	dom.Find("script, style, noscript").Remove()
	a := FromText(dom.Find("body").Text())
	a.Title = strings.TrimSpace(dom.Find("title").First().Text())
	return a, nil
}
