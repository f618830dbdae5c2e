package period

import (
	"slices"
	"sort"
	"strings"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// Span is the time a fact covers, as the fact contract defines it.
type Span struct {
	// Start and End are YYYY-MM-DD, "" where absent: a stock or rate, a
	// running total without a stated start, and a point in time have no
	// Start; a span that needs a date the page does not give has neither.
	Start, End string
	// Text is the words that set the span (2022年, 今年以来, 截至2022年底),
	// prefixed with where they stand when the fact inherits them from the
	// document: "lead:" for the first paragraph, "title:" for the title,
	// "event:" for the date of the news the fact belongs to. It is "" when
	// no words set a span.
	Text string
}

// Page is what the reader needs of a document.
type Page struct {
	Title, Body string
	// Published is the publication date, YYYY-MM-DD, "" if none.
	Published string
	// BodyQuantities and TitleQuantities are every quantity the number
	// reader found in Body and Title (numbers.Reader.Find): the years,
	// months and days among them are read as dates.
	BodyQuantities, TitleQuantities []numbers.Quantity
}

// Fact is what the reader needs of a fact: where its number starts in the
// body, in runes, and its metric.
type Fact struct {
	Start  int
	Metric string
}

// The prefixes of Span.Text for spans inherited from the document.
const (
	FromLead  = "lead:"
	FromTitle = "title:"
	FromEvent = "event:"
)

// Spans returns the span of each fact of facts, which must be in reading
// order. The span of a fact is read from the words before its number, in
// this order: the last time words of its own sentence, else the last span
// stated before it in its paragraph, else the span the first paragraph or
// the title states for the whole report, else, for a flow, the date of the
// event the paragraph or the first paragraph reports. A running total
// (累计) keeps only a start stated in its own sentence, and a stock or rate
// never has a start.
func (ws *Words) Spans(p Page, facts []Fact) []Span {
	if len(facts) == 0 {
		return nil
	}
	rs := []rune(p.Body)
	c := &context{pub: parseDate(p.Published)}
	for _, q := range p.BodyQuantities {
		if t, ok := quantityToken(q); ok && t.kind == tokYear {
			c.years = append(c.years, t)
		}
	}
	trs := []rune(p.Title)
	titleExprs, _ := ws.exprs(trs, p.TitleQuantities, &context{pub: c.pub})
	for _, q := range p.TitleQuantities {
		if q.Kind == numbers.Year {
			c.titleYear = int(q.Value)
			break
		}
	}
	exprs, marks := ws.exprs(rs, p.BodyQuantities, c)
	d := doc{ws: ws, rs: rs, exprs: exprs, marks: marks, pub: c.pub, lines: endsOf(rs, "\n"), sentences: endsOf(rs, sentenceEnds)}
	d.leadEnd = d.lines.next(0, len(rs))
	d.prevSpan, d.prevDay = previous(exprs, func(e expr) bool { return !e.day }), previous(exprs, func(e expr) bool { return e.day })
	if e, ok := firstSpan(exprs, 0, d.leadEnd); ok {
		d.lead = &e
	}
	if e, ok := firstSpan(titleExprs, 0, len(trs)); ok {
		d.title, d.titleText = &e, string(trs[e.start:e.end])
	}
	out := make([]Span, len(facts))
	for i, f := range facts {
		out[i] = d.span(f)
	}
	return out
}

// doc is one document being read.
type doc struct {
	ws        *Words
	rs        []rune
	exprs     []expr
	marks     []marker
	pub       date
	leadEnd   int   // where the first paragraph ends
	lead      *expr // the span the first paragraph states, if any
	title     *expr // the span the title states, if any
	titleText string
	// lines and sentences are where the body's lines and sentences end.
	lines, sentences ends
	// prevSpan[i] is the index of the last expression up to exprs[i] that
	// states a span, -1 if none; prevDay that of the last day.
	prevSpan, prevDay []int
}

// reach is how far before a fact its sentence is read at most: a longer
// stretch without a sentence end is a list, and reading all of it for each
// of its numbers would cost the square of its length.
const reach = 256

// ends holds the offsets of the runes of a text that end something (a
// line, a sentence), in increasing order.
type ends []int

func endsOf(rs []rune, set string) ends {
	var e ends
	for i, r := range rs {
		if strings.ContainsRune(set, r) {
			e = append(e, i)
		}
	}
	return e
}

// after returns the offset just after the last end before i, 0 if none.
func (e ends) after(i int) int {
	k := sort.SearchInts(e, i)
	if k == 0 {
		return 0
	}
	return e[k-1] + 1
}

// next returns the offset of the first end at or after i, n if none.
func (e ends) next(i, n int) int {
	if k := sort.SearchInts(e, i); k < len(e) {
		return e[k]
	}
	return n
}

// previous returns, for each expression, the index of the last one up to
// it that is, -1 if none.
func previous(exprs []expr, is func(expr) bool) []int {
	out := make([]int, len(exprs))
	last := -1
	for i, e := range exprs {
		if is(e) {
			last = i
		}
		out[i] = last
	}
	return out
}

// before returns how many expressions start before offset at.
func (d *doc) before(at int) int {
	return sort.Search(len(d.exprs), func(i int) bool { return d.exprs[i].start >= at })
}

// lastOf returns the last expression between from and at among those prev
// indexes (d.prevSpan or d.prevDay).
func (d *doc) lastOf(prev []int, from, at int) (expr, bool) {
	for i := d.before(at) - 1; i >= 0; {
		j := prev[i]
		if j < 0 || d.exprs[j].start < from {
			return expr{}, false
		}
		if d.exprs[j].end <= at {
			return d.exprs[j], true
		}
		i = j - 1
	}
	return expr{}, false
}

// span returns the span of one fact.
func (d *doc) span(f Fact) Span {
	at := min(max(f.Start, 0), len(d.rs))
	para := d.lines.after(at)
	sent := max(d.sentences.after(at), at-reach)
	e, prefix, found := d.own(sent, at)
	if !found {
		e, found = d.lastOf(d.prevSpan, para, at)
	}
	if !found && at >= d.leadEnd && d.lead != nil {
		e, prefix, found = *d.lead, FromLead, true
	}
	if !found && d.title != nil {
		return d.finish(f, *d.title, FromTitle+d.titleText, sent, at, false)
	}
	if !found && !d.ws.Stock(f.Metric) {
		e, found = d.lastOf(d.prevDay, para, at)
		if !found && at >= d.leadEnd {
			e, found = d.lastOf(d.prevDay, 0, d.leadEnd)
		}
		prefix = FromEvent
	}
	if !found {
		return d.bare(f, sent, at)
	}
	return d.finish(f, e, prefix+string(d.rs[e.start:e.end]), sent, at, prefix == "")
}

// own returns the last time words of the fact's own sentence.
func (d *doc) own(sent, at int) (expr, string, bool) {
	for i := d.before(at) - 1; i >= 0; i-- {
		e := d.exprs[i]
		if e.end <= at && e.start >= sent {
			return e, "", true
		}
		if e.start < sent {
			break
		}
	}
	return expr{}, "", false
}

// finish applies what the fact's own words say to the span e: a running
// total keeps a start only if it is stated in the fact's own sentence
// (local), a stock has none.
func (d *doc) finish(f Fact, e expr, text string, sent, at int, local bool) Span {
	if m, ok := d.marker(kindCumulative, sent, at); ok {
		ownStart := local && e.start >= sent && !e.from.zero() && !e.day
		if !ownStart {
			text = string(d.rs[m.start:m.end])
			if e.from.zero() && !e.unresolved && local && e.start >= sent {
				text = string(d.rs[e.start:e.end]) + "…" + text // 截至2022年底，累计…
			} else {
				e = expr{to: d.pub, unresolved: d.pub.zero()}
			}
			e.from = date{}
		}
	}
	if e.unresolved {
		return Span{Text: text}
	}
	s := Span{Start: e.from.String(), End: e.to.String(), Text: text}
	if d.ws.Stock(f.Metric) {
		s.Start = ""
	}
	return s
}

// bare is the span of a fact with no time words before it at all: a stock
// said to be had (五华区有1万多个基层工会) holds now, a running total ends
// now, and anything else has no span.
func (d *doc) bare(f Fact, sent, at int) Span {
	if d.ws.Stock(f.Metric) {
		// Markers do not overlap: they end in the order they start.
		k := sort.Search(len(d.marks), func(i int) bool { return d.marks[i].end >= at })
		for _, m := range d.marks[k:min(k+1, len(d.marks))] {
			if m.kind == kindHas && m.end == at {
				e := expr{start: m.start, end: m.end, to: d.pub, unresolved: d.pub.zero()}
				return d.finish(f, e, string(d.rs[m.start:m.end]), sent, at, true)
			}
		}
	}
	if _, ok := d.marker(kindCumulative, sent, at); ok {
		return d.finish(f, expr{unresolved: true}, "", sent, at, false)
	}
	return Span{}
}

// marker returns the last marker of kind k between from and at.
func (d *doc) marker(k kind, from, at int) (marker, bool) {
	i := sort.Search(len(d.marks), func(i int) bool { return d.marks[i].start >= at })
	for i--; i >= 0 && d.marks[i].start >= from; i-- {
		if m := d.marks[i]; m.kind == k && m.end <= at {
			return m, true
		}
	}
	return marker{}, false
}

// firstSpan returns the first expression between from and to that states
// a span: what a title or a first paragraph says of the whole report.
func firstSpan(exprs []expr, from, to int) (expr, bool) {
	i := slices.IndexFunc(exprs, func(e expr) bool { return e.start >= from && e.end <= to && !e.day })
	if i < 0 {
		return expr{}, false
	}
	return exprs[i], true
}
