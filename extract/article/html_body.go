package article

import (
	"golang.org/x/net/html"
)

// Weights of the container score. A line of prose counts its own runes; a
// line without sentence punctuation (menus, labels, dates) counts a little
// against, and link lists and furniture count fully against, so the best
// container is the one with most prose and least furniture.
const (
	bareLineWeight  = -0.3 // per rune of a line without punctuation
	linkLineWeight  = -0.5 // per rune of a line that is mostly links
	tightenFraction = 0.9  // a child keeping this share of the score replaces its parent
	hintBonus       = 1.25 // multiplier for containers the hints call article-like
)

// lineValue is how much a line speaks for its container being the article.
func lineValue(l htmlLine) float64 {
	switch {
	case l.furn:
		return -float64(l.runes)
	case l.links*2 > l.runes:
		return linkLineWeight * float64(l.runes)
	case l.punct == 0:
		return bareLineWeight * float64(l.runes)
	}
	return float64(l.runes - l.links)
}

// chooseContainer returns the element whose lines look most like one
// article: every line's value is added to each of its ancestors, the best
// scoring element wins, and the choice then moves to a child that holds
// nearly all of that score, so a page wrapper with a little prose beside
// the article does not win. A child that scores higher than its parent
// does not take over: what the parent adds is net furniture (headings,
// tables, link lists), which the line filter handles, and it may be part
// of the article, like a data table.
func chooseContainer(lines []htmlLine, rules *HTMLRules) *html.Node {
	score := map[*html.Node]float64{}
	var order []*html.Node // first-seen order, so ties break the same way every run
	for _, l := range lines {
		v := lineValue(l)
		for n := l.owner; n != nil; n = n.Parent {
			if _, seen := score[n]; !seen {
				order = append(order, n)
			}
			score[n] += v
		}
	}
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		s := score[n]
		if n.Type != html.ElementNode {
			continue
		}
		if s > 0 && rules.classify(attr(n, "class")+" "+attr(n, "id")+" "+attr(n, "itemprop")) == hintPositive {
			s *= hintBonus
		}
		if best == nil || s > bestScore {
			best, bestScore = n, s
		}
	}
	for best != nil {
		var next *html.Node
		for c := best.FirstChild; c != nil; c = c.NextSibling {
			if score[c] >= tightenFraction*score[best] && score[c] < score[best] {
				next = c
			}
		}
		if next == nil {
			break
		}
		best = next
	}
	return best
}

// within reports whether n is c or lies under it.
func within(n, c *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == c {
			return true
		}
	}
	return false
}
