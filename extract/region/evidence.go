package region

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Weights of a name by where it stands: the title says what a report is
// about, the source says who wrote it, the first paragraph usually names
// the acting union, and the rest of the body is where other places come up.
const (
	weightTitle  = 4
	weightSource = 3
	weightLead   = 2
	weightBody   = 1
	// A name right before 总工会 or 工会 names an acting union: ×2.
	unionFactor = 2
	// A short name is weaker evidence than a full one: ×½.
	shortFactor = 0.5
	// A name of the kind of division the report calls its own (全市, 我县)
	// is what the report is about: ×2.
	cueFactor = 2
)

// levelCue matches the words by which a report names its own division
// without its name: 全县, 我市, 本区, or its union, 县总工会, opening a clause.
// The suffix captured (县, 市, 区, 旗) is the kind of division the report is
// about.
var levelCue = regexp.MustCompile(`(?:全|我|本)([县市区旗])|(?:^|[^\p{Han}])([县市区旗])总工会`)

// isCued reports whether div is of a kind the report calls its own: its
// name ends with one of cues.
func (r *Resolver) isCued(div int, cues string) bool {
	last, _ := utf8.DecodeLastRuneInString(r.divs[div].Name)
	return strings.ContainsRune(cues, last)
}

// cuedSuffixes returns the suffixes levelCue finds in text.
func cuedSuffixes(text string) string {
	var cues string
	for _, m := range levelCue.FindAllStringSubmatch(text, -1) {
		if suffix := m[1] + m[2]; !strings.Contains(cues, suffix) {
			cues += suffix
		}
	}
	return cues
}

// part is a piece of a document and the weight of a name in it.
type part struct {
	text   string
	weight float64
}

// evidence is how strongly a document names each division.
type evidence struct {
	own      map[int]float64 // weight of the names of the division itself
	redacted float64         // weight of blanked-out names
	head     float64         // weight of the names in the title, source and lead
	cues     string          // the suffixes of the kinds of division the report calls its own (see levelCue)
	// titled is the lowest division above or at every name the title
	// gives, -1 where it gives none.
	titled int
}

// parts splits a document into weighted pieces, the title first.
func parts(title, body, source string) []part {
	ps := []part{{title, weightTitle}, {source, weightSource}}
	lead, rest, _ := strings.Cut(strings.TrimSpace(body), "\n")
	return append(ps, part{lead, weightLead}, part{rest, weightBody})
}

// collect weighs every accepted name in ps. It reads twice: the first pass
// sees which divisions the text names by full names, so that the second
// can accept weaker names of them or under them and settle names shared by several
// divisions (通州区, 鼓楼区) by the parent the text names; where the text
// names none, the lowest code wins.
func (r *Resolver) collect(ps []part) evidence {
	lineage := map[int]float64{} // full-name weight of each division and its ancestors
	hitsOf := make([][]hit, len(ps))
	for i, p := range ps {
		hits := r.ix.scan(p.text)
		hitsOf[i] = hits
		for k, h := range hits {
			if len(h.p.cands) != 1 || h.p.cands[0].form == short || !r.accepts(p.text, hits, k, h.p.cands[0], nil) {
				continue
			}
			for d := h.p.cands[0].div; d >= 0; d = r.divs[d].parent {
				lineage[d] += p.weight
			}
		}
	}
	named := func(div int) bool { return lineage[div] > 0 }
	cues := cuedSuffixes(ps[0].text + "\n" + ps[2].text + "\n" + ps[3].text)
	cued := func(div int) bool { return r.isCued(div, cues) }
	// In the title and the source, a short name of a division of the kind
	// the body calls its own counts without more support: a county paper's
	// name (某某今报) or a headline (某某新建工会…) over a report that says
	// only 县总工会 or 全市.
	namedOrCued := func(div int) bool { return named(div) || cued(div) }
	support := func(div int) float64 {
		s := 0.0
		for a := r.divs[div].parent; a >= 0; a = r.divs[a].parent {
			s += lineage[a]
		}
		return s
	}
	ev := evidence{own: map[int]float64{}, titled: -1, cues: cues}
	for i, p := range ps {
		hits := hitsOf[i]
		chosen := make([]candidate, len(hits))
		ok := make([]bool, len(hits))
		accept := named
		if i < 2 {
			accept = namedOrCued
		}
		for k := range hits {
			chosen[k], ok[k] = r.choose(p.text, hits, k, accept, support)
		}
		for k, h := range hits {
			if !ok[k] {
				continue
			}
			// A name that only qualifies the next one (湖南省 in
			// 湖南省长沙市) adds nothing of its own: the child's weight
			// reaches it anyway.
			if k+1 < len(hits) && ok[k+1] && hits[k+1].start == h.end && r.isAncestor(chosen[k].div, chosen[k+1].div) {
				continue
			}
			w := p.weight
			if chosen[k].form == short {
				w *= shortFactor
			}
			if unionAt(p.text, h.end) {
				w *= unionFactor
			}
			if cued(chosen[k].div) {
				w *= cueFactor
			}
			ev.own[chosen[k].div] += w
			if i < len(ps)-1 {
				ev.head += w
			}
			if i == 0 {
				ev.titled = r.common(ev.titled, chosen[k].div)
			}
		}
		for _, end := range redactions(p.text) {
			w := p.weight
			if unionAt(p.text, end) {
				w *= unionFactor
			}
			ev.redacted += w
		}
	}
	return ev
}

// choose picks the division the k-th hit stands for among those it may
// name and that its context accepts: one whose parent the text names right
// before it first, then the one with the most support, then the lowest
// code (candidates are in code order).
func (r *Resolver) choose(text string, hits []hit, k int, named func(int) bool, support func(int) float64) (candidate, bool) {
	best, bestScore, found := candidate{}, -1.0, false
	for _, c := range hits[k].p.cands {
		if !r.accepts(text, hits, k, c, named) {
			continue
		}
		score := support(c.div)
		if k > 0 && hits[k-1].end == hits[k].start && r.anyAncestor(hits[k-1].p, c.div) {
			score += 1e6
		}
		if score > bestScore {
			best, bestScore, found = c, score, true
		}
	}
	return best, found
}

// common returns the lowest division at or above both a and d, where a
// may be -1 for none yet; -1 where they share no province.
func (r *Resolver) common(a, d int) int {
	if a < 0 {
		return d
	}
	for ; a >= 0; a = r.divs[a].parent {
		if a == d || r.isAncestor(a, d) {
			return a
		}
	}
	return -1
}
