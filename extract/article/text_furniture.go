package article

import "strings"

// isMarked reports whether a canonical line holds a [line] or [contains]
// furniture marker. These are tested before header fields are read, so
// that the neighbours' dates in 上一篇/下一篇 lines are never taken.
func (r *Rules) isMarked(c string) bool {
	if hasAnyPrefix(c, r.lineStarts) {
		return true
	}
	for _, m := range r.contains {
		if strings.Contains(c, m) {
			return true
		}
	}
	return false
}

// isPatterned reports whether a [pattern] matches a canonical line. These
// are tested after header fields are read: a bare dateline has no Chinese
// character either.
func (r *Rules) isPatterned(c string) bool {
	for _, re := range r.patterns {
		if re.MatchString(c) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
