package script

import (
	"index/suffixarray"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Printer gives back how a page prints text a stage read from its view.
// A stage that reads the view (a cleaner choosing the title and body)
// returns text in simplified characters, pieced together from the view:
// lines trimmed and joined, spaces normalized, entities decoded. Its
// characters that the view may have converted are looked up in the view,
// run of Han characters by run, and replaced by what the page prints at
// the same place. A run the view does not hold whole (two lines joined)
// is looked up in its longest pieces that it does hold.
//
// Text is looked up in reading order, each from where the last one was
// found, a whole line at a time where the view holds the line as it is;
// Field looks up anywhere in the page, from its start.
type Printer struct {
	t             *Table
	view, printed string
	next          int // byte offset in view after the last Text match
	// index tells at once whether the view holds a text anywhere, so that
	// a lookup that fails need not read the whole view (twice): a body
	// whose lines were joined is looked up run by run, most lookups of its
	// bisections fail, and a long page would cost the square of its
	// length. It is built on the first lookup that fails.
	index *suffixarray.Index
}

// NewPrinter returns a Printer for a page as printed and its view
// (Simplified(printed)). Given a view of another layout, it prints text
// unchanged.
func (t *Table) NewPrinter(view, printed string) *Printer {
	if len(view) != len(printed) {
		view, printed = "", ""
	}
	return &Printer{t: t, view: view, printed: printed}
}

// Text returns s as printed, taking s to come after the text given to the
// previous call of Text (a body, line after line).
func (p *Printer) Text(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, line := range lines {
		if at := p.find(line, true); at >= 0 {
			lines[i] = p.printed[at : at+len(line)]
			p.next = max(p.next, at+len(line))
		} else {
			lines[i] = p.print(line, true)
		}
	}
	return strings.Join(lines, "")
}

// Field returns s as printed, taking it from wherever the page holds it
// first (a title, an author's name).
func (p *Printer) Field(s string) string { return p.print(s, false) }

func (p *Printer) print(s string, inOrder bool) string {
	var b strings.Builder
	for s != "" {
		i := p.runStart(s)
		b.WriteString(s[:i])
		s = s[i:]
		run := s[:hanRunEnd(s)]
		s = s[len(run):]
		for run != "" {
			n, at := p.longestFound(run, inOrder)
			if at < 0 {
				// Not in the view at all: the stage made it, so it prints as it is.
				_, n = utf8.DecodeRuneInString(run)
				b.WriteString(run[:n])
			} else {
				b.WriteString(p.printed[at : at+n])
			}
			run = run[n:]
		}
	}
	return b.String()
}

// runStart returns the offset of the first Han character of s that the
// view may have converted; before it, s prints as it is.
func (p *Printer) runStart(s string) int {
	for i, r := range s {
		if r < bmp && p.t.printed[r] {
			// back up to the start of the Han run holding it
			for i > 0 {
				prev, size := utf8.DecodeLastRuneInString(s[:i])
				if !unicode.Is(unicode.Han, prev) {
					break
				}
				i -= size
			}
			return i
		}
	}
	return len(s)
}

// hanRunEnd returns the length of the run of Han characters s starts with.
func hanRunEnd(s string) int {
	for i, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return i
		}
	}
	return len(s)
}

// longestFound returns the byte length of the longest prefix of run
// (whole characters) that the view holds, and where: from the reading
// position on if inOrder and the view holds it there, else from the start.
// at is -1 when not even the first character is there. A prefix that is
// found has every shorter prefix found too, so the length is bisected.
func (p *Printer) longestFound(run string, inOrder bool) (n, at int) {
	ends := make([]int, 0, len(run)/3)
	for i := range run {
		if i > 0 {
			ends = append(ends, i)
		}
	}
	ends = append(ends, len(run))
	lo, hi := 0, len(ends) // ends[:lo] found, ends[hi:] not
	n, at = 0, -1
	for lo < hi {
		mid := (lo + hi) / 2
		if i := p.find(run[:ends[mid]], inOrder); i >= 0 {
			lo, n, at = mid+1, ends[mid], i
		} else {
			hi = mid
		}
	}
	if at >= 0 && inOrder && at >= p.next {
		p.next = at + n
	}
	return n, at
}

// find returns where the view holds s: from the reading position on when
// inOrder and it is there, else its first occurrence; -1 when nowhere.
func (p *Printer) find(s string, inOrder bool) int {
	if !p.holds(s) {
		return -1
	}
	if inOrder {
		if i := strings.Index(p.view[p.next:], s); i >= 0 {
			return p.next + i
		}
	}
	return strings.Index(p.view, s)
}

// holds reports whether the view holds s anywhere. Short views are read
// through; a long one gets its index on the first miss.
func (p *Printer) holds(s string) bool {
	if p.index == nil {
		if len(p.view) < minIndexedView || strings.Contains(p.view, s) {
			return true // find will tell
		}
		p.index = suffixarray.New([]byte(p.view))
		return false
	}
	return len(p.index.Lookup([]byte(s), 1)) > 0
}

// minIndexedView is the length from which a view gets an index: below it,
// reading the view costs less than building one.
const minIndexedView = 64 << 10
