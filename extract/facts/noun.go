package facts

import (
	"strings"

	"github.com/unionfacts/unionfacts/segment"
)

// countedNoun reads, from the segmented words around a number, the noun it
// counts: the first noun after the unit when one comes before any verb
// (5家三星级“工会服务驿站” → 工会服务驿站), otherwise the last noun before the
// number (慰问困难职工386人 → 困难职工). It is what a fact's Noun says when
// the rule that matched names none; the domain dictionary of package
// segment keeps union terms whole here.
func countedNoun(seg *segment.Cutter, left, right string) string {
	for _, t := range seg.Cut(right) {
		if isVerb(t.Pos) {
			break
		}
		if isNoun(t.Pos) {
			return t.Text
		}
	}
	toks := seg.Cut(left)
	for i := len(toks) - 1; i >= 0; i-- {
		if isNoun(toks[i].Pos) {
			return toks[i].Text
		}
	}
	return ""
}

// isNoun reports whether a gse part-of-speech tag marks a noun (n, nz, nr,
// ns, nt...), a verbal noun (vn) or an idiom used as one (l).
func isNoun(pos string) bool {
	return strings.HasPrefix(pos, "n") || pos == "vn" || pos == "l"
}

func isVerb(pos string) bool { return strings.HasPrefix(pos, "v") && pos != "vn" }
