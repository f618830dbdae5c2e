package period

import (
	"slices"
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
	c := &context{ws: ws, rs: rs, pub: parseDate(p.Published)}
	for _, q := range p.BodyQuantities {
		if t, ok := quantityToken(q); ok && t.kind == tokYear {
			c.years = append(c.years, t)
		}
	}
	trs := []rune(p.Title)
	titleExprs, _ := ws.exprs(trs, p.TitleQuantities, &context{ws: ws, pub: c.pub})
	for _, q := range p.TitleQuantities {
		if q.Kind == numbers.Year {
			c.titleYear = int(q.Value)
			break
		}
	}
	exprs, marks := ws.exprs(rs, p.BodyQuantities, c)
	d := doc{ws: ws, rs: rs, exprs: exprs, marks: marks, pub: c.pub, leadEnd: lineEnd(rs, 0),
		sentences: []int{0}, lines: []int{0}, numbers: p.BodyQuantities}
	for i, r := range rs {
		if r >= 0x4E00 && r <= 0x9FFF {
			continue // an ideograph ends no sentence
		}
		if strings.ContainsRune(sentenceEnds, r) {
			d.sentences = append(d.sentences, i+1)
		}
		if r == '\n' {
			d.lines = append(d.lines, i+1)
		}
	}
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
	// sentences and lines are where the body's sentences and lines
	// start; numbers are its quantities, in order.
	sentences, lines []int
	numbers          []numbers.Quantity
}

// span returns the span of one fact.
func (d *doc) span(f Fact) Span {
	at := min(max(f.Start, 0), len(d.rs))
	para, sent := startBefore(d.lines, at), startBefore(d.sentences, at)
	stock := d.ws.Stock(f.Metric)
	e, found := lastExpr(d.exprs, sent, at, false, true)
	if found && e.now {
		// 今年…，目前已完成8家: now closes the span its sentence opened.
		if open, ok := lastExpr(d.exprs, sent, e.start, false, false); ok && !open.from.zero() && open.to == d.pub {
			e = open
		}
	}
	if !found && stock {
		if m, ok := d.had(sent, at); ok {
			e := expr{start: m.start, end: m.end, to: d.pub, unresolved: d.pub.zero()}
			return d.finish(f, e, string(d.rs[m.start:m.end]), sent, at, true)
		}
	}
	if !found {
		e, found = lastExpr(d.exprs, para, at, false, false)
	}
	if !found {
		// Only weak spans in the paragraph: the day of its event, if it
		// gives one, wins (2014年8月29日，2014年“金秋助学”活动…举行).
		if e, found = lastExpr(d.exprs, para, at, true, false); found {
			if day, ok := lastEvent(d.exprs, para, at); ok {
				e = day
			}
		}
	}
	if found {
		text := string(d.rs[e.start:e.end])
		if _, total := d.marker(kindCumulative, sent, at); e.until && !stock && !total {
			if open, ok := d.opener(para, e); ok {
				e.from, text = open.from, string(d.rs[open.start:open.end])+"…"+text
			}
		}
		return d.finish(f, e, text, sent, at, true)
	}
	// A weak span of the report (2024年“春风行动”, an edition's name)
	// gives way to the day of the news event for a flow, as in a paragraph.
	_, leadDay := lastEvent(d.exprs, 0, d.leadEnd)
	givesWay := func(e *expr) bool { return e.weak && leadDay && !stock }
	switch {
	case at >= d.leadEnd && d.lead != nil && !givesWay(d.lead):
		return d.finish(f, *d.lead, FromLead+string(d.rs[d.lead.start:d.lead.end]), sent, at, false)
	case d.title != nil && !givesWay(d.title):
		return d.finish(f, *d.title, FromTitle+d.titleText, sent, at, false)
	}
	if !stock {
		e, found = lastEvent(d.exprs, para, at)
		if !found && at >= d.leadEnd {
			e, found = lastEvent(d.exprs, 0, d.leadEnd)
		}
		if found {
			return d.finish(f, e, FromEvent+string(d.rs[e.start:e.end]), sent, at, false)
		}
	}
	return d.bare(f, sent, at)
}

// opener returns the span stated by its start (今年以来, 9月以来) that a
// flow closed by a date without a start (截至10月底) counts from: the last
// one before it in its paragraph, else the first paragraph's or the
// title's. It must start before the date that closes the flow.
func (d *doc) opener(para int, until expr) (expr, bool) {
	opens := func(e expr) bool { return e.stretch && !e.from.zero() && e.from.before(until.to) }
	for i := len(d.exprs) - 1; i >= 0; i-- {
		e := d.exprs[i]
		if e.start < para {
			break
		}
		if e.end <= until.start && opens(e) {
			return e, true
		}
	}
	switch {
	case d.lead != nil && d.lead.end <= until.start && opens(*d.lead):
		return *d.lead, true
	case d.title != nil && opens(*d.title):
		return *d.title, true
	}
	return expr{}, false
}

// had returns a word that says a stock is had now (有, 现有) standing right
// before a number of the fact's sentence, before the fact: 五华区有1万多个
// 基层工会，工会会员20多万人.
func (d *doc) had(sent, at int) (marker, bool) {
	for _, m := range d.marks {
		if m.kind == kindHas && m.start >= sent && m.end <= at && d.numberStartsAt(m.end) {
			return m, true
		}
	}
	return marker{}, false
}

// finish applies what the fact's own words say to the span e: a running
// total keeps a start only if it is stated in the fact's own sentence
// (local), a stock has none.
func (d *doc) finish(f Fact, e expr, text string, sent, at int, local bool) Span {
	if m, ok := d.marker(kindCumulative, sent, at); ok {
		ownStart := local && e.start >= sent && (e.stretch || e.opens) && !e.from.zero()
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

// bare is the span of a fact with no time words before it at all: a
// running total ends now, anything else has no span.
func (d *doc) bare(f Fact, sent, at int) Span {
	if _, ok := d.marker(kindCumulative, sent, at); ok {
		return d.finish(f, expr{unresolved: true}, "", sent, at, false)
	}
	return Span{}
}

// marker returns the last marker of kind k between from and at.
func (d *doc) marker(k kind, from, at int) (marker, bool) {
	for i := len(d.marks) - 1; i >= 0; i-- {
		m := d.marks[i]
		if m.kind == k && m.start >= from && m.end <= at {
			return m, true
		}
	}
	return marker{}, false
}

// lastExpr returns the last expression between from and at that states
// a span: not the day of an event unless days is set, and not a festival
// season without its year unless weak is set.
func lastExpr(exprs []expr, from, at int, weak, days bool) (expr, bool) {
	for i := len(exprs) - 1; i >= 0; i-- {
		e := exprs[i]
		if e.start < from {
			break
		}
		if e.end <= at && (days || !e.day) && (weak || !e.weak) {
			return e, true
		}
	}
	return expr{}, false
}

// lastEvent returns the last day between from and at.
func lastEvent(exprs []expr, from, at int) (expr, bool) {
	for i := len(exprs) - 1; i >= 0; i-- {
		if e := exprs[i]; e.start >= from && e.end <= at && e.day {
			return e, true
		}
	}
	return expr{}, false
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

// numberStartsAt reports whether a quantity of the body starts at offset at.
func (d *doc) numberStartsAt(at int) bool {
	_, ok := slices.BinarySearchFunc(d.numbers, at, func(q numbers.Quantity, at int) int { return q.Start - at })
	return ok
}

// startBefore returns the last of starts (ascending, starting with 0) at
// or before at.
func startBefore(starts []int, at int) int {
	i, _ := slices.BinarySearch(starts, at+1)
	return starts[max(i-1, 0)]
}

func lineEnd(rs []rune, at int) int {
	for at < len(rs) && rs[at] != '\n' {
		at++
	}
	return at
}
