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

// charBagF1 compares two texts as multisets ("bags") of their
// non-whitespace characters, so that line breaks and indentation do not
// count and order matters only as far as the bags differ: precision is the
// share of the extracted characters found in the gold bag, recall the share
// of gold characters found in the extracted bag, each character counted as
// many times as it occurs in both. Two empty texts score 1.
func charBagF1(got, want string) float64 {
	bag := map[rune]int{}
	var nWant, nGot, common int
	for _, r := range want {
		if !unicode.IsSpace(r) {
			bag[r]++
			nWant++
		}
	}
	for _, r := range got {
		if unicode.IsSpace(r) {
			continue
		}
		nGot++
		if bag[r] > 0 {
			bag[r]--
			common++
		}
	}
	if nGot+nWant == 0 {
		return 1
	}
	return 2 * float64(common) / float64(nGot+nWant)
}

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
