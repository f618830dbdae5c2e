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
	minProseShare   = 0.5  // a container holding less of the page's prose than this may widen
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
//
// Last, a container holding less than minProseShare of the page's prose
// widens to its parent when the parent holds that much and the parent's
// lines outside furniture score higher: an encyclopedia entry spreads its
// prose over many sections between tables, lists and furniture boxes,
// which outweigh it and would leave its lead paragraph as the best
// element, and the furniture inside the parent is dropped by the line
// filter anyway. Only the parent: the article's paragraphs are siblings,
// and an ancestor further up gathers sidebars and comments. A thread page
// whose parent gathers reply titles does not widen, since link lines count
// against it.
func chooseContainer(lines []htmlLine, rules *HTMLRules) *html.Node {
	// One map for the three tallies: it is updated for every ancestor of
	// every line.
	type tally struct {
		score, kept float64 // kept: the score of the lines outside furniture
		prose       int     // runes of prose, see lineProse
	}
	tallies := map[*html.Node]*tally{}
	score := func(n *html.Node) float64 {
		if t := tallies[n]; t != nil {
			return t.score
		}
		return 0
	}
	totalProse := 0
	var order []*html.Node // first-seen order, so ties break the same way every run
	for _, l := range lines {
		v := lineValue(l)
		p := lineProse(l)
		totalProse += p
		for n := l.owner; n != nil; n = n.Parent {
			t := tallies[n]
			if t == nil {
				t = &tally{}
				tallies[n] = t
				order = append(order, n)
			}
			t.score += v
			t.prose += p
			if !l.furn {
				t.kept += v
			}
		}
	}
	var best *html.Node
	bestScore := 0.0
	for _, n := range order {
		s := score(n)
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
	// The hint bonus can let a hinted element beat its own parent. The
	// parent's raw score being higher means what it adds is net prose, such
	// as a standfirst printed above the body's box, so the choice moves up.
	for best != nil && best.Parent != nil && score(best.Parent) > score(best) {
		best = best.Parent
	}
	for best != nil {
		var next *html.Node
		for c := best.FirstChild; c != nil; c = c.NextSibling {
			if score(c) >= tightenFraction*score(best) && score(c) < score(best) {
				next = c
			}
		}
		if next == nil {
			break
		}
		best = next
	}
	if best == nil {
		return nil
	}
	share := minProseShare * float64(totalProse)
	if parent := best.Parent; parent != nil && parent.Type == html.ElementNode && tallies[parent] != nil &&
		float64(tallies[best].prose) < share && float64(tallies[parent].prose) >= share && tallies[parent].kept > score(best) {
		return parent
	}
	return best
}

// lineProse is the prose a line brings: its unlinked runes when it has
// sentence punctuation and is neither furniture nor a link list.
func lineProse(l htmlLine) int {
	if l.furn || l.punct == 0 || l.links*2 > l.runes {
		return 0
	}
	return l.runes - l.links
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
