package script

import (
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
// Text is looked up in reading order, a whole line at a time where the
// view holds the line as it is just after where the last one was found,
// else run by run: near that place, then anywhere after it, then anywhere.
// Field looks up anywhere in the page, from its start.
type Printer struct {
	t             *Table
	view, printed string
	next          int // byte offset in view after the last Text match
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
		if at := p.findNear(line); at >= 0 {
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
// (whole characters) that the view holds, and where: near the reading
// position if inOrder and the view holds it there, else anywhere. at is -1
// when not even the first character is there.
func (p *Printer) longestFound(run string, inOrder bool) (n, at int) {
	if !inOrder {
		return longestPrefix(run, p.findFirst)
	}
	if n, at = longestPrefix(run, p.findNear); at < 0 {
		n, at = longestPrefix(run, p.findAfter)
	}
	if at < 0 {
		return longestPrefix(run, p.findFirst)
	}
	p.next = at + n
	return n, at
}

// longestPrefix returns the byte length of the longest prefix of run
// (whole characters) that find finds, and where. A prefix that is found has
// every shorter prefix found too, so the length is bisected.
func longestPrefix(run string, find func(string) int) (n, at int) {
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
		if i := find(run[:ends[mid]]); i >= 0 {
			lo, n, at = mid+1, ends[mid], i
		} else {
			hi = mid
		}
	}
	return n, at
}

// nearBytes bounds the search after the reading position: the next piece
// of a body stands close after the last, and a piece not found there
// (a line joined from two) must not cost a scan of the whole page each
// time.
const nearBytes = 16 << 10

// findNear returns where the view holds s within nearBytes after the
// reading position, or -1.
func (p *Printer) findNear(s string) int {
	end := min(len(p.view), p.next+nearBytes+len(s))
	if i := strings.Index(p.view[p.next:end], s); i >= 0 {
		return p.next + i
	}
	return -1
}

// findAfter returns where the view holds s after the reading position, or
// -1.
func (p *Printer) findAfter(s string) int {
	if i := strings.Index(p.view[p.next:], s); i >= 0 {
		return p.next + i
	}
	return -1
}

// findFirst returns where the view first holds s, or -1.
func (p *Printer) findFirst(s string) int { return strings.Index(p.view, s) }
