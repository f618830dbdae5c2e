package period

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// defaultWords is the embedded table; see periods.txt for its format.
//
//go:embed periods.txt
var defaultWords []byte

// kind says what a period word does; periods.txt lists them.
type kind string

const (
	kindYear         kind = "year"
	kindSinceYear    kind = "since-year"
	kindBack         kind = "back"
	kindNow          kind = "now"
	kindVague        kind = "vague"
	kindFestival     kind = "festival"
	kindLunar        kind = "lunar"
	kindSince        kind = "since"
	kindUntil        kind = "until"
	kindRange        kind = "range"
	kindPart         kind = "part"
	kindEnd          kind = "end"
	kindCumulative   kind = "cumulative"
	kindCompare      kind = "compare"
	kindCompareAfter kind = "compare-after"
	kindHas          kind = "has"
	kindStock        kind = "stock"
	// kindNone, in a file that extends the default table, removes a word.
	kindNone kind = "none"
)

// nPlaceholder stands for the count of years in a back word (N年来).
const nPlaceholder = "N"

// word is one line of the table.
type word struct {
	text string
	kind kind
	// offset is a year word's distance from the publication year.
	offset int
	// from and to bound a part of a year, as month*100+day; alone says
	// the part counts without a year before it.
	from, to int
	alone    bool
	// before and after are a back word's text around its count of years:
	// 近 and "" for 近N年, "" and 来 for N年来 (the 年 goes with the count).
	before, after string
	// first and last bound a festival season.
	first, last dayOf
	// days are a lunar festival's dates.
	days []date
}

// dayOf is a day of a year: a fixed month and day, or a lunar festival's
// day moved by offset days.
type dayOf struct {
	md     int // month*100+day, when lunar is ""
	lunar  string
	offset int
}

// Words is a table of period words (periods.txt). It is read-only once
// built, so one table serves every worker.
type Words struct {
	words  []word
	stocks map[string]bool
	// byFirst indexes words (not back words) by their first rune, longest
	// first, so that a text is scanned once.
	byFirst map[rune][]int
	// firsts marks the runes of the Basic Multilingual Plane that start a
	// word, so that the scan skips the others without a map lookup.
	firsts [1 << 16 / 64]uint64
	back   []word
	// lunar maps a lunar festival (春节) to its day in each year.
	lunar map[string]map[int]date
}

// ErrWords is wrapped by every error about a table's contents.
var ErrWords = errors.New("period: bad period words")

// DefaultWords returns the table compiled into the binary.
func DefaultWords() *Words {
	ws, err := ParseWords(bytes.NewReader(defaultWords))
	if err != nil {
		panic(err) // the embedded table is tested; this is a build defect
	}
	return ws
}

// ParseWords reads a table in the form of periods.txt. A table whose first
// line (after comments) is "extends default" amends the embedded one: its
// words replace the default meaning of the same word or are added, and a
// word of kind none is removed.
func ParseWords(r io.Reader) (*Words, error) {
	lines, extends, err := readLines(r)
	if err != nil {
		return nil, err
	}
	if extends {
		base, _, err := readLines(bytes.NewReader(defaultWords))
		if err != nil {
			return nil, err
		}
		lines = amend(base, lines)
	}
	return build(lines)
}

// readLines parses the table's lines, keeping kind none.
func readLines(r io.Reader) (words []word, extends bool, err error) {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(words) == 0 && !extends && len(f) == 2 && f[0] == "extends" && f[1] == "default" {
			extends = true
			continue
		}
		w, err := parseWord(f)
		if err != nil {
			return nil, false, fmt.Errorf("%w: line %d: %v", ErrWords, n, err)
		}
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, false, fmt.Errorf("period: reading words: %w", err)
	}
	return words, extends, nil
}

func parseWord(f []string) (word, error) {
	if len(f) < 2 {
		return word{}, fmt.Errorf("%q: want a word and its kind", strings.Join(f, " "))
	}
	w := word{text: f[0], kind: kind(f[1])}
	args := f[2:]
	want := 0
	switch w.kind {
	case kindYear, kindSinceYear:
		want = 1
		if len(args) == want {
			n, err := strconv.Atoi(args[0])
			if err != nil {
				return word{}, fmt.Errorf("%s: year offset %q is not a whole number", w.text, args[0])
			}
			w.offset = n
		}
	case kindFestival:
		want = 2
		if len(args) == 3 && args[2] == "alone" {
			w.alone, args = true, args[:2]
		}
		if len(args) == want {
			var err error
			if w.first, err = parseDayOf(args[0]); err == nil {
				w.last, err = parseDayOf(args[1])
			}
			if err != nil {
				return word{}, fmt.Errorf("%s: %v", w.text, err)
			}
		}
	case kindLunar:
		for _, a := range args {
			d := parseDate(a)
			if d.zero() {
				return word{}, fmt.Errorf("%s: %q is not YYYY-MM-DD", w.text, a)
			}
			w.days = append(w.days, d)
		}
		want = len(args)
	case kindPart:
		want = 2
		if len(args) == 3 && args[2] == "alone" {
			w.alone, args = true, args[:2]
		}
		if len(args) == want {
			var err error
			if w.from, err = monthDay(args[0]); err == nil {
				w.to, err = monthDay(args[1])
			}
			if err != nil {
				return word{}, fmt.Errorf("%s: %v", w.text, err)
			}
		}
	case kindBack:
		before, after, ok := strings.Cut(w.text, nPlaceholder+"年")
		if !ok {
			return word{}, fmt.Errorf("%s: a back word holds %s年", w.text, nPlaceholder)
		}
		w.before, w.after = before, after
	case kindNow, kindVague, kindSince, kindUntil, kindRange, kindEnd, kindCumulative, kindCompare, kindCompareAfter,
		kindHas, kindStock, kindNone:
	default:
		return word{}, fmt.Errorf("%s: unknown kind %q", w.text, w.kind)
	}
	if len(args) != want {
		return word{}, fmt.Errorf("%s: kind %s takes %d arguments, not %d", w.text, w.kind, want, len(args))
	}
	return w, nil
}

// monthDay reads MM-DD as month*100+day.
func monthDay(s string) (int, error) {
	m, d, ok := strings.Cut(s, "-")
	mm, err1 := strconv.Atoi(m)
	dd, err2 := strconv.Atoi(d)
	if !ok || err1 != nil || err2 != nil || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return 0, fmt.Errorf("%q is not MM-DD", s)
	}
	return mm*100 + dd, nil
}

// parseDayOf reads MM-DD, or a lunar festival with an optional offset in
// days (春节, 春节+14).
func parseDayOf(s string) (dayOf, error) {
	if md, err := monthDay(s); err == nil {
		return dayOf{md: md}, nil
	}
	name, n, signed := strings.Cut(s, "+")
	sign := 1
	if !signed {
		name, n, signed = strings.Cut(s, "-")
		sign = -1
	}
	d := dayOf{lunar: name}
	if signed {
		off, err := strconv.Atoi(n)
		if err != nil || name == "" {
			return dayOf{}, fmt.Errorf("%q is not MM-DD or a festival and an offset", s)
		}
		d.offset = sign * off
	}
	return d, nil
}

// amend returns base with ext's words replacing or added to it. Lunar
// lines add days: a table may give a festival's dates over several lines.
func amend(base, ext []word) []word {
	out := slices.Clone(base)
	for _, e := range ext {
		if e.kind != kindLunar {
			out = slices.DeleteFunc(out, func(b word) bool { return b.text == e.text && b.kind != kindLunar })
		}
		out = append(out, e)
	}
	return out
}

// build indexes a table, dropping kind none.
func build(lines []word) (*Words, error) {
	ws := &Words{stocks: map[string]bool{}, byFirst: map[rune][]int{}, lunar: map[string]map[int]date{}}
	for _, w := range lines {
		if w.kind != kindLunar {
			continue
		}
		if ws.lunar[w.text] == nil {
			ws.lunar[w.text] = map[int]date{}
		}
		for _, d := range w.days {
			ws.lunar[w.text][d.y] = d
		}
	}
	for _, w := range lines {
		switch w.kind {
		case kindNone, kindLunar:
			continue
		case kindStock:
			ws.stocks[w.text] = true
			continue
		case kindBack:
			ws.back = append(ws.back, w)
			continue
		case kindFestival:
			for _, d := range []dayOf{w.first, w.last} {
				if d.lunar != "" && ws.lunar[d.lunar] == nil {
					return nil, fmt.Errorf("%w: %s: no lunar line gives the days of %s", ErrWords, w.text, d.lunar)
				}
			}
		}
		r, _ := utf8.DecodeRuneInString(w.text)
		ws.byFirst[r] = append(ws.byFirst[r], len(ws.words))
		ws.words = append(ws.words, w)
		if r < 1<<16 {
			ws.firsts[r/64] |= 1 << (r % 64)
		}
	}
	if len(ws.words) == 0 {
		return nil, fmt.Errorf("%w: no words", ErrWords)
	}
	for _, idx := range ws.byFirst {
		slices.SortStableFunc(idx, func(a, b int) int {
			return utf8.RuneCountInString(ws.words[b].text) - utf8.RuneCountInString(ws.words[a].text)
		})
	}
	return ws, nil
}

// day returns d in year y, and whether the table knows it.
func (ws *Words) day(d dayOf, y int) (date, bool) {
	if d.lunar == "" {
		m, dd := d.md/100, d.md%100
		return date{y, m, dd}, valid(y, m, dd)
	}
	base, ok := ws.lunar[d.lunar][y]
	if !ok {
		return date{}, false
	}
	t := time.Date(base.y, time.Month(base.m), base.d+d.offset, 0, 0, 0, 0, time.UTC)
	return date{t.Year(), int(t.Month()), t.Day()}, true
}

// Stock reports whether metric is a stock or rate, which holds at the end
// of its span and has no start.
func (ws *Words) Stock(metric string) bool { return ws.stocks[metric] }
