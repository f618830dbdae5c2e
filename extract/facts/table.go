package facts

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// A report's data table gives its unit once, in the column header, and
// bare numbers in the cells below it (a body line per row, cells apart by
// spaces):
//
//	乡镇 新建工会（家） 新增会员（人）
//	西城镇 24 860
//
// so 24 counts 家 of 新建工会. Such cells are numbers the reader finds no
// unit for, and Classify passes them over.

// unitHeader matches a header cell that names its column's unit in
// brackets: 新建工会（家）, 帮扶资金(万元).
var unitHeader = regexp.MustCompile(`^(\p{Han}[^（()）]{0,15})[（(]([^（()）\d]{1,4})[）)]$`)

// bareNumber matches a cell that is a number alone.
var bareNumber = regexp.MustCompile(`^\d+(?:\.\d+)?$`)

// ClassifyBody returns every fact of body, in reading order: the
// quantities read finds, classified (Classify), and the bare numbers of its
// data tables (TableFacts); the prose's facts each said once (a passage
// printed twice, a headline line the text repeats: see dropRepeats), and
// none from the body's plans (dropPlans). The only error is ctx's.
func (c *Classifier) ClassifyBody(ctx context.Context, body string, read func(string) []numbers.Quantity) ([]Fact, error) {
	out, err := c.Classify(ctx, body, read(body))
	if err != nil {
		return nil, err
	}
	cells, err := c.TableFacts(ctx, body, read)
	if err != nil {
		return nil, err
	}
	out = append(dropRepeats(body, out, c.rules.SentenceEnds), cells...)
	slices.SortStableFunc(out, func(a, b Fact) int { return a.Start - b.Start })
	return dropPlans(body, out, c.rules), nil
}

// TableFacts returns the facts of the bare numbers in body's data tables,
// in reading order. read is the number reader the body's other quantities
// came from: each cell is read as its header would say it (新建工会24家)
// and classified by the rules like any number, with the cell itself as the
// evidence. The only error is ctx's, checked line by line.
func (c *Classifier) TableFacts(ctx context.Context, body string, read func(string) []numbers.Quantity) ([]Fact, error) {
	var out []Fact
	var words, units []string // the header's columns: what they count, and in what
	offset := 0               // rune offset of the line in body
	for line := range strings.SplitSeq(body, "\n") {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		cells := strings.Fields(line)
		switch {
		case len(cells) < 2 || strings.ContainsAny(line, "。，；"):
			words, units = nil, nil // prose ends a table
		case isUnitHeader(cells):
			words, units = splitHeader(cells)
		case len(cells) == len(units):
			out = append(out, c.rowFacts(line, offset, cells, words, units, read)...)
		default:
			words, units = nil, nil
		}
		offset += runeCount(line) + 1
	}
	return out, nil
}

// isUnitHeader reports whether a row is a header: no cell a number, and
// at least one naming its unit.
func isUnitHeader(cells []string) bool {
	named := false
	for _, c := range cells {
		if bareNumber.MatchString(c) {
			return false
		}
		named = named || unitHeader.MatchString(c)
	}
	return named
}

// splitHeader returns each column's words and unit; "" for a column whose
// header names no unit.
func splitHeader(cells []string) (words, units []string) {
	words, units = make([]string, len(cells)), make([]string, len(cells))
	for i, c := range cells {
		if m := unitHeader.FindStringSubmatch(c); m != nil {
			words[i], units[i] = m[1], m[2]
		}
	}
	return words, units
}

// rowFacts classifies the bare numbers of one data row.
func (c *Classifier) rowFacts(line string, offset int, cells, words, units []string, read func(string) []numbers.Quantity) []Fact {
	var out []Fact
	rs := []rune(line)
	spans := spansOf(line)
	at := 0 // rune offset in line to look for the next cell from
	for i, cell := range cells {
		start := indexFrom(rs, []rune(cell), at)
		at = start + runeCount(cell)
		if units[i] == "" || !bareNumber.MatchString(cell) {
			continue
		}
		said := words[i] + cell + units[i]
		qs := read(said)
		j := quantityAt(qs, runeCount(words[i]), runeCount(said))
		if j < 0 || !countable(qs[j]) {
			continue
		}
		q := qs[j]
		f, ok := c.match(q, windowAt(newText([]rune(said), c.rules), qs, j))
		if !ok || f.Metric == None {
			continue
		}
		f.Value, f.ValueMax, f.Unit, f.Approx = q.Value, q.ValueMax, q.Unit, string(q.Approx)
		f.Evidence, f.Start, f.End = cell, offset+start, offset+at
		f.Noun = words[i]
		from, to := sentenceAt(&text{rs: rs}, start, at)
		f.Sentence, f.SentenceStart = spans.slice(from, to), offset+from
		out = append(out, f)
	}
	return out
}

// quantityAt returns the index of the quantity of qs that spans start to
// end, or -1.
func quantityAt(qs []numbers.Quantity, start, end int) int {
	for i, q := range qs {
		if q.Start == start && q.End == end {
			return i
		}
	}
	return -1
}

// indexFrom returns the rune offset of sub in rs at or after from.
func indexFrom(rs, sub []rune, from int) int {
	for i := from; i+len(sub) <= len(rs); i++ {
		if string(rs[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return from
}
