package region

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// form says how a text names a division.
type form uint8

const (
	full   form = iota // its official name: 义安区
	former             // a name it had before a renaming: 铜陵县
	short              // its name without the suffix: 义安
)

// candidate is one division a name may stand for.
type candidate struct {
	div  int
	form form
}

// pattern is a name and every division it may stand for: 通州区 stands
// for two districts, 吉林 for a province and a prefecture.
type pattern struct {
	text  string
	cands []candidate
}

// index finds division names in text. Every name has two runes or more;
// patterns are bucketed by their first two and tried longest first, so a
// scan costs a map lookup per rune and rarely more than one prefix check,
// and 湘潭县 wins over 湘潭.
type index struct {
	buckets map[uint64][]*pattern
	// starts marks the runes some name starts with (all are in the BMP),
	// so most runes of a text are passed over without a map lookup.
	starts [1 << 16 / 64]uint64
}

// startsName reports whether some name starts with r.
func (ix *index) startsName(r rune) bool {
	return r < 1<<16 && ix.starts[r/64]&(1<<(r%64)) != 0
}

// key is the bucket of a text starting with runes a and b.
func key(a, b rune) uint64 { return uint64(a)<<32 | uint64(b) }

// firstTwo returns the first two runes of s.
func firstTwo(s string) (a, b rune) {
	a, size := utf8.DecodeRuneInString(s)
	b, _ = utf8.DecodeRuneInString(s[size:])
	return a, b
}

// newIndex indexes the full, short and former names of divs, leaving out
// the short names that are plain words (see plainwords.txt). A pattern
// lists its candidates in code order, which choose relies on to break ties.
func newIndex(divs []division, plain map[string]bool) *index {
	byText := map[string]*pattern{}
	add := func(text string, c candidate) {
		if utf8.RuneCountInString(text) < 2 {
			return
		}
		p := byText[text]
		if p == nil {
			p = &pattern{text: text}
			byText[text] = p
		}
		p.cands = append(p.cands, c)
	}
	for i, d := range divs {
		add(d.own, candidate{i, full})
		if !plain[d.short] {
			add(d.short, candidate{i, short})
		}
		for _, f := range d.former {
			add(f, candidate{i, former})
		}
	}
	ix := &index{buckets: map[uint64][]*pattern{}}
	for text, p := range byText {
		a, b := firstTwo(text)
		ix.buckets[key(a, b)] = append(ix.buckets[key(a, b)], p)
		if a < 1<<16 {
			ix.starts[a/64] |= 1 << (a % 64)
		}
	}
	for _, ps := range ix.buckets {
		slices.SortFunc(ps, func(a, b *pattern) int {
			if n := len(b.text) - len(a.text); n != 0 {
				return n
			}
			return strings.Compare(a.text, b.text)
		})
	}
	return ix
}

// hit is one name found in a text, at byte offsets [start, end).
type hit struct {
	start, end int
	p          *pattern
}

// scan lists the names in text, leftmost-longest and without overlaps,
// except that a name giving way to a longer one that starts inside it is
// passed over: 从江苏省 names 江苏省, not 从江.
func (ix *index) scan(text string) []hit {
	var hits []hit
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		p := ix.longestAt(text, i)
		if p == nil {
			i += size
			continue
		}
		if q := ix.longestAt(text, i+size); q != nil && size+len(q.text) > len(p.text) && len(q.text) > len(p.text) {
			i += size
			continue
		}
		hits = append(hits, hit{i, i + len(p.text), p})
		i += len(p.text)
	}
	return hits
}

// longestAt returns the longest name that text[i:] starts with, or nil.
func (ix *index) longestAt(text string, i int) *pattern {
	if i >= len(text) {
		return nil
	}
	a, size := utf8.DecodeRuneInString(text[i:])
	if !ix.startsName(a) {
		return nil
	}
	b, _ := utf8.DecodeRuneInString(text[i+size:])
	for _, p := range ix.buckets[key(a, b)] {
		if strings.HasPrefix(text[i:], p.text) {
			return p // buckets are sorted longest first
		}
	}
	return nil
}
