// Package wordlist reads dictionaries in gse's "word freq pos" form and
// settles their entries the way gse's loader does, so that the compact
// dictionary package segment embeds and the domain words it adds at run
// time hold exactly what gse would have loaded from them.
package wordlist

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Entry is one word as gse stores it.
type Entry struct {
	// Key is the word with ASCII letters lower-cased: gse lower-cases the
	// Latin runs of every word and text it reads.
	Key  string
	Freq float64
	Pos  string
}

// minFreq is gse's default minimum frequency (Segmenter.MinTokenFreq):
// rarer words are not loaded.
const minFreq = 2

// Read returns the entries of r in order, settled as gse's LoadDictStr
// and Dictionary.AddToken settle them: a line without a frequency, or
// with one below 2, is skipped; a one-character word's frequency becomes
// 2; of two lines with the same key only the first counts. Lines starting
// with # are comments.
func Read(r io.Reader) ([]Entry, error) {
	seen := map[string]bool{}
	var out []Entry
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.Split(sc.Text(), " ")
		if len(fields) < 2 {
			continue
		}
		word := strings.TrimSpace(fields[0])
		freq, err := strconv.ParseFloat(strings.TrimSpace(fields[1]), 64)
		if err != nil || freq < minFreq || word == "" {
			continue
		}
		if utf8.RuneCountInString(word) < 2 {
			freq = minFreq
		}
		pos := ""
		if len(fields) > 2 {
			pos = strings.TrimSpace(fields[2])
		}
		key := LowerASCII(word)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, Entry{key, freq, pos})
	}
	return out, sc.Err()
}

// LowerASCII lower-cases A-Z only, as gse does; it returns s itself when
// there is nothing to change, so byte offsets into s stay valid either way.
func LowerASCII(s string) string {
	if !strings.ContainsFunc(s, isUpperASCII) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isUpperASCII(r) {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

func isUpperASCII(r rune) bool { return 'A' <= r && r <= 'Z' }

// Compact returns entries in the compact form package segment searches:
// a "# total N" line holding the sum of the frequencies, which gse's path
// costs depend on, then "key freq pos" lines sorted by key. The entries
// must have distinct keys, as Read returns them.
func Compact(entries []Entry) string {
	entries = slices.SortedFunc(slices.Values(entries), func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	total := 0.0
	for _, e := range entries {
		total += e.Freq
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# total %s\n", formatFreq(total))
	for _, e := range entries {
		fmt.Fprintf(&b, "%s %s %s\n", e.Key, formatFreq(e.Freq), e.Pos)
	}
	return b.String()
}

func formatFreq(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
