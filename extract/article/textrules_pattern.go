package article

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// pattern is a [pattern] expression of boilerplate.txt together with
// literals of which every match holds at least one, found once when the
// rules load. Patterns are tried on most short lines of a page, and a
// strings.Contains rules most lines out far sooner than the regexp engine
// does (关注.{0,20}公众号 needs 关注; the site-name pattern needs one of
// its suffixes 新闻网, 政府网 …).
type pattern struct {
	re    *regexp.Regexp
	needs []string // nil when no literal is required
}

// compilePattern compiles expr as regexp.Compile does and finds its
// required literals.
func compilePattern(expr string) (pattern, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return pattern{}, err
	}
	tree, err := syntax.Parse(expr, syntax.Perl) // regexp.Compile's flags
	if err != nil {
		return pattern{}, err
	}
	return pattern{re: re, needs: requiredLiterals(tree)}, nil
}

// match reports whether the pattern matches s.
func (p pattern) match(s string) bool {
	if p.needs != nil && !containsAnyOf(s, p.needs) {
		return false
	}
	return p.re.MatchString(s)
}

// requiredLiterals returns strings one of which every match of re holds,
// or nil when it finds none. A case-folded literal gives none, since the
// text may spell it in another case.
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		// Every part matches, so any part's literals will do; the set
		// whose shortest literal is longest rules out the most lines.
		var best []string
		for _, sub := range re.Sub {
			if lits := requiredLiterals(sub); lits != nil && (best == nil || shortest(lits) > shortest(best)) {
				best = lits
			}
		}
		return best
	case syntax.OpAlternate:
		// One branch matches, so each branch must require a literal.
		var all []string
		for _, sub := range re.Sub {
			lits := requiredLiterals(sub)
			if lits == nil {
				return nil
			}
			all = append(all, lits...)
		}
		return all
	}
	return nil
}

func shortest(lits []string) int {
	n := len(lits[0])
	for _, l := range lits[1:] {
		n = min(n, len(l))
	}
	return n
}

func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
