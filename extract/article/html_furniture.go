package article

import (
	"strings"

	"golang.org/x/net/html"
)

// maxFurnitureShare is the share of a page's prose above which an element
// marked as furniture is taken for a wrapper with a misleading class
// (<body class="has-nav-bar">, <div class="main-side">) and not dropped.
const maxFurnitureShare = 0.9

// settleFurniture sets each line's furn flag: the line is furniture when
// one of its marked ancestors holds no more than maxFurnitureShare of the
// page's prose.
func settleFurniture(lines []htmlLine) {
	prose := map[*html.Node]int{}
	total := 0
	for _, l := range lines {
		if l.punct == 0 || l.links*2 > l.runes {
			continue
		}
		total += l.runes - l.links
		for _, m := range l.marks {
			prose[m] += l.runes - l.links
		}
	}
	for i := range lines {
		for _, m := range lines[i].marks {
			if float64(prose[m]) <= maxFurnitureShare*float64(total) {
				lines[i].furn = true
				break
			}
		}
	}
}

// hidden reports whether markup hides an element from readers: an
// attribute, an inline style, or a class the rules list as hiding.
func (r *HTMLRules) hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			for c := range strings.FieldsSeq(a.Val) {
				if r.hiddenClass[strings.ToLower(c)] {
					return true
				}
			}
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "type":
			if strings.EqualFold(a.Val, "hidden") {
				return true
			}
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}
