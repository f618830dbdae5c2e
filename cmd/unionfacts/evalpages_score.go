package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// How eval-pages compares an extraction with the dataset's hand-made
// answers.

// goldDate matches the start of a dataset date: year, month, day.
var goldDate = regexp.MustCompile(`^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:\D|$)`)

// goldDay reads a dataset date ("2005-5-7 21:23:57", "2005-03-21",
// "1998-3", "UNKNOWN") as its day in YYYY-MM-DD, or reports it partial
// when it stops short of a day.
func goldDay(s string) (day string, partial bool) {
	m := goldDate.FindStringSubmatch(strings.TrimSpace(s))
	switch {
	case m == nil:
		return "", false
	case m[3] == "":
		return "", true
	}
	return fmt.Sprintf("%s-%02s-%02s", m[1], m[2], m[3]), false
}

// nameSet splits a list of names on spaces and list punctuation and
// returns them sorted; "UNKNOWN" is no name.
func nameSet(s string) []string {
	names := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、，,;；", r)
	})
	names = slices.DeleteFunc(names, func(n string) bool { return strings.EqualFold(n, "unknown") })
	slices.Sort(names)
	return slices.Compact(names)
}
