package period

import (
	"slices"
	"strings"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// expr is one time expression of a text: the words that state a span.
type expr struct {
	start, end int  // rune offsets of its words
	from, to   date // from is zero where no start is stated (a point in time)
	// day marks a single day, the date of an event: it covers the facts of
	// its own sentence only.
	day bool
	// unresolved marks words that need a date the page does not give (今年
	// without a publication date), or that are too vague to date (近年来):
	// they still end the search for a span.
	unresolved bool
	// weak marks a festival season the text does not date with a year,
	// and a year that opens a quoted programme name (2014年“金秋助学”活动):
	// any other span of the sentence or paragraph, or the day of its event,
	// wins over it.
	weak bool
	// stretch marks a span stated by its ends (以来, 至), and opens one
	// that opens its clause (2025年，…): a running total keeps their start.
	stretch, opens bool
	// now marks the publication date as a point (目前, 至今).
	now bool
	// until marks a span closed by a date with no start of its own
	// (截至10月底): a flow counts from the span opened before it.
	until bool
}

// clauseStarts are the characters after which a time word opens a clause.
const clauseStarts = "，,；;。！？!?：:\n"

// openQuotes open a programme's name after a year that names its edition.
const openQuotes = "“\"「『《"

// marker is a word that changes how a span applies to the facts after it:
// a running total (累计) or a stock that is had now (有).
type marker struct {
	start, end int
	kind       kind
}

// tokenKind says what a token of a time expression is.
type tokenKind int

const (
	tokYear  tokenKind = iota // 2022年
	tokMonth                  // 10月
	tokDay                    // 15日
	tokFull                   // 2023-06-07, value 20230607
	tokBare                   // a number without unit, a month or day in a range (1至9月)
	tokWord                   // a word of the table
)

type token struct {
	start, end int
	kind       tokenKind
	val        int
	w          *word
}

// sentenceEnds end the sentence a day or a since word reaches over.
const sentenceEnds = "。！？!?；;\n"

// fillers may stand between the parts of a date: 6月份, 12月初, 2022年 10月.
const fillers = "份初中旬 "

// sinceReach is how far after a date its since word may stand
// (2022年10月，专项工作启动后).
const sinceReach = 16

// rangeReach is how far after a date the range word to its end date may
// stand (于2017年12月初启动，至2018年1月30日结束).
const rangeReach = 8

// tokens returns the calendar numbers of qs and the table's words in rs,
// in order. Words inside a quantity (the 至 of 3至5个) are not read, but a
// word that starts with a quantity and covers it is.
func (ws *Words) tokens(rs []rune, qs []numbers.Quantity) []token {
	var out []token
	q := 0
	for i := 0; i < len(rs); {
		for q < len(qs) && qs[q].End <= i {
			q++
		}
		w, n := ws.wordAt(rs, i)
		if q < len(qs) && qs[q].Start <= i {
			t, ok := quantityToken(qs[q])
			if ok || w == nil || i+n < qs[q].End {
				if ok {
					out = append(out, t)
				}
				i = qs[q].End
				continue
			}
			// A word that starts with a number which is no date, and
			// covers it, is the word: 两节期间 is no count of 两节.
		}
		if w != nil {
			out = append(out, token{start: i, end: i + n, kind: tokWord, w: w})
			i += n
			continue
		}
		i++
	}
	return out
}

// quantityToken turns a year, month, day or whole date into a token.
func quantityToken(q numbers.Quantity) (token, bool) {
	t := token{start: q.Start, end: q.End, val: int(q.Value)}
	if float64(t.val) != q.Value || q.ValueMax != nil {
		return token{}, false
	}
	switch {
	case q.Kind == numbers.Year:
		t.kind = tokYear
	case q.Kind == numbers.Date && q.Unit == "月":
		t.kind = tokMonth
	case q.Kind == numbers.Date && (q.Unit == "日" || q.Unit == "号"):
		t.kind = tokDay
	case q.Kind == numbers.Date && t.val > 10000000:
		t.kind = tokFull
	case q.Kind == numbers.Bare && t.val >= 1 && t.val <= 31:
		t.kind = tokBare
	default:
		return token{}, false
	}
	return t, true
}

// wordAt returns the longest word of the table at rs[i:] and how many
// runes of rs it spans, or nil. Quotation marks inside the word are
// skipped: a season is often quoted by its name (“两节”期间, "五一"期间).
func (ws *Words) wordAt(rs []rune, i int) (*word, int) {
	if r := rs[i]; r < 1<<16 && ws.firsts[r/64]&(1<<(r%64)) == 0 {
		return nil, 0
	}
	for _, k := range ws.byFirst[rs[i]] {
		w := &ws.words[k]
		if n, ok := quotedPrefixAt(rs, i, w.text); ok {
			return w, n
		}
	}
	return nil, 0
}

// quotes may stand inside a word of the table.
const quotes = "\"“”‘’「」『』'"

// quotedPrefixAt reports whether s starts at rs[i], with quotation marks
// allowed between its runes, and how many runes of rs it spans.
func quotedPrefixAt(rs []rune, i int, s string) (int, bool) {
	j := i
	for k, r := range []rune(s) {
		for k > 0 && j < len(rs) && rs[j] != r && strings.ContainsRune(quotes, rs[j]) {
			j++
		}
		if j >= len(rs) || rs[j] != r {
			return 0, false
		}
		j++
	}
	return j - i, true
}

func hasPrefixAt(rs []rune, i int, s string) bool {
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

func hasSuffixAt(rs []rune, end int, s string) bool {
	n := len([]rune(s))
	return end-n >= 0 && hasPrefixAt(rs, end-n, s)
}

// group is a date as written: a year, a month, a day, a part of a year,
// in any of their usual combinations.
type group struct {
	start, end int
	year       int   // written with numerals; 0 if none
	rel        *word // a year counted from publication (今年)
	month, day int
	bare       int // a number whose field the other end of a range says (1至9月)
	full       date
	part       *word // a part of the year, or its end (上半年, 底)
	fest       *word // a festival season (春节期间)
}

// adjacent reports whether b follows a with only fillers between.
func adjacent(rs []rune, a, b token) bool {
	if b.start < a.end || b.start-a.end > 2 {
		return false
	}
	for _, r := range rs[a.end:b.start] {
		if !strings.ContainsRune(fillers, r) {
			return false
		}
	}
	return true
}

// groupAt reads the date starting at toks[i], and returns the index of the
// first token after it; ok is false where none starts there.
func groupAt(rs []rune, toks []token, i int) (g group, next int, ok bool) {
	t := toks[i]
	g.start, g.end = t.start, t.end
	switch {
	case t.kind == tokFull:
		y, m, d := t.val/10000, t.val/100%100, t.val%100
		if !valid(y, m, d) {
			return group{}, i + 1, false
		}
		g.full = date{y, m, d}
		return g, i + 1, true
	case t.kind == tokYear:
		g.year = t.val
	case t.kind == tokMonth:
		g.month = t.val
	case t.kind == tokDay:
		g.day = t.val
	case t.kind == tokBare:
		g.bare = t.val
	case t.kind == tokWord && t.w.kind == kindYear:
		g.rel = t.w
	case t.kind == tokWord && t.w.kind == kindPart && t.w.alone:
		g.part = t.w
		return g, i + 1, true
	case t.kind == tokWord && t.w.kind == kindFestival && t.w.alone:
		g.fest = t.w
		return g, i + 1, true
	default:
		return group{}, i + 1, false
	}
	j := i + 1
	for ; j < len(toks) && adjacent(rs, toks[j-1], toks[j]); j++ {
		t := toks[j]
		hasYear := g.year != 0 || g.rel != nil
		switch {
		case t.kind == tokMonth && hasYear && g.month == 0 && g.part == nil:
			g.month = t.val
		case t.kind == tokDay && g.month != 0 && g.day == 0 && g.bare == 0:
			g.day = t.val
		case t.kind == tokBare && g.month != 0 && g.day == 0 && g.bare == 0:
			g.bare = t.val
		case t.kind == tokWord && t.w.kind == kindPart && hasYear && g.month == 0 && g.part == nil:
			g.part = t.w
		case t.kind == tokWord && t.w.kind == kindFestival && hasYear && g.month == 0 && g.part == nil:
			g.fest = t.w
		case t.kind == tokWord && t.w.kind == kindEnd && (hasYear || g.month != 0) && g.day == 0 && g.part == nil:
			g.part = t.w
		default:
			g.end = toks[j-1].end
			return g, j, g.usable()
		}
	}
	g.end = toks[j-1].end
	return g, j, g.usable()
}

// usable reports whether g is a date by itself: a lone number or day is
// not (it may still open a range).
func (g group) usable() bool {
	return g.year != 0 || g.rel != nil || g.month != 0 || g.part != nil || g.fest != nil || !g.full.zero()
}

// namesEdition reports whether g is a year alone that opens a quoted name
// (2014年“金秋助学”活动, 今年“两节”送温暖): the programme's edition.
func (g group) namesEdition(rs []rune) bool {
	return (g.year != 0 || g.rel != nil) && g.month == 0 && g.part == nil && g.fest == nil &&
		g.end < len(rs) && strings.ContainsRune(openQuotes, rs[g.end])
}

// context resolves dates against the page: the publication date, and the
// years the text states.
type context struct {
	ws  *Words
	rs  []rune
	pub date
	// years are the body's years written with numerals, by offset, and
	// titleYear the title's first, for months written without a year.
	years     []token
	titleYear int
}

// yearFor returns the year of a month or day written without one at
// offset at: the last year the text states before it, else the title's,
// else the publication year (the year before, for a month after the
// publication month); 0 if there is none.
func (c *context) yearFor(at, month int) int {
	i, _ := slices.BinarySearchFunc(c.years, at, func(t token, at int) int { return t.start - at })
	switch {
	case i > 0:
		return c.years[i-1].val
	case c.titleYear != 0:
		return c.titleYear
	case !c.pub.zero() && month > c.pub.m:
		return c.pub.y - 1
	case !c.pub.zero():
		return c.pub.y
	case i < len(c.years):
		return c.years[i].val // the year the text states later
	}
	return 0
}

// paragraphYear returns the last year written with numerals before offset
// at in its paragraph, 0 if none: what 今年 repeats on a page without a
// publication date (2024年…。今年，共建…).
func (c *context) paragraphYear(at int) int {
	i, _ := slices.BinarySearchFunc(c.years, at, func(t token, at int) int { return t.start - at })
	if i == 0 || strings.ContainsRune(string(c.rs[c.years[i-1].end:at]), '\n') {
		return 0
	}
	return c.years[i-1].val
}

// resolve returns the expression g states.
func (c *context) resolve(g group) expr {
	e := expr{start: g.start, end: g.end}
	if !g.full.zero() {
		e.from, e.to, e.day = g.full, g.full, true
		return e
	}
	y := g.year
	switch {
	case g.rel != nil && !c.pub.zero():
		y = c.pub.y + g.rel.offset
	case g.rel != nil && g.rel.offset == 0 && c.rs != nil:
		y = c.paragraphYear(g.start)
	case g.rel != nil:
		y = 0
	}
	if g.rel != nil && y == 0 {
		e.unresolved = true
		return e
	}
	if y == 0 {
		if y = c.yearFor(g.start, g.month); y == 0 {
			e.unresolved = true
			return e
		}
	}
	switch {
	case g.fest != nil:
		first, ok1 := c.ws.day(g.fest.first, y)
		last, ok2 := c.ws.day(g.fest.last, y)
		if !ok1 || !ok2 {
			e.unresolved = true
			return e
		}
		e.from, e.to, e.weak = first, last, g.year == 0 && g.rel == nil
	case g.part != nil && g.part.kind == kindEnd && g.month != 0:
		e.to = date{y, g.month, lastDay(y, g.month)}
	case g.part != nil && g.part.kind == kindEnd:
		e.to = date{y, 12, 31}
	case g.part != nil:
		e.from = date{y, g.part.from / 100, g.part.from % 100}
		e.to = date{y, g.part.to / 100, g.part.to % 100}
	case g.month != 0 && g.day != 0:
		if !valid(y, g.month, g.day) {
			e.unresolved = true
			return e
		}
		e.from, e.to, e.day = date{y, g.month, g.day}, date{y, g.month, g.day}, true
	case g.month != 0:
		e.from, e.to = date{y, g.month, 1}, date{y, g.month, lastDay(y, g.month)}
	default:
		e.from, e.to = date{y, 1, 1}, date{y, 12, 31}
	}
	if g.rel != nil && !c.pub.zero() && c.pub.before(e.to) {
		e.to = c.pub // 今年: up to the publication date
	}
	if !e.from.zero() && e.to.before(e.from) {
		return expr{start: g.start, end: g.end, unresolved: true} // 今年5月 read after May: the page is older than its date
	}
	return e
}

// between returns the span from the start of a to the end of b.
func (c *context) between(a, b group) expr {
	e, last := c.resolve(a), c.resolve(b)
	if e.from.zero() || last.to.zero() || last.to.before(e.from) {
		return expr{start: a.start, end: b.end, unresolved: true}
	}
	return expr{start: a.start, end: b.end, from: e.from, to: last.to, stretch: true}
}

// toPub returns e ending at the publication date, unresolved without one.
func (c *context) toPub(e expr) expr {
	e.to, e.day, e.weak, e.stretch = c.pub, false, false, true
	if c.pub.zero() || c.pub.before(e.from) {
		e.from, e.to, e.unresolved = date{}, date{}, true
	}
	return e
}

// exprs returns the time expressions of rs in order, and its markers.
// qs are rs's quantities.
func (ws *Words) exprs(rs []rune, qs []numbers.Quantity, c *context) ([]expr, []marker) {
	toks := ws.tokens(rs, qs)
	var out []expr
	var marks []marker
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind == tokWord {
			switch t.w.kind {
			case kindCumulative, kindHas:
				marks = append(marks, marker{t.start, t.end, t.w.kind})
				i++
				continue
			case kindVague:
				out = append(out, expr{start: t.start, end: t.end, unresolved: true})
				i++
				continue
			case kindSinceYear, kindNow:
				i++
				if compared(rs, toks, i-1, i) {
					continue
				}
				e := expr{start: t.start, end: t.end, now: t.w.kind == kindNow}
				if t.w.kind == kindSinceYear && !c.pub.zero() {
					e.from = date{c.pub.y + t.w.offset, 1, 1}
				}
				out = append(out, c.toPub(e))
				continue
			}
		}
		g, next, ok := groupAt(rs, toks, i)
		var e expr
		if g2, after, isRange := rangeEnd(rs, toks, next); isRange && (ok || g.bare != 0) {
			a, b := joinRange(g, g2)
			e, next, ok = c.between(a, b), after, true
		} else if ok {
			e = c.resolve(g)
			e.weak = e.weak || g.namesEdition(rs)
		}
		if !ok || compared(rs, toks, i, next) {
			i = max(next, i+1)
			continue
		}
		if i > 0 && toks[i-1].kind == tokWord && toks[i-1].w.kind == kindUntil && toks[i-1].end >= e.start-1 {
			e.start, e.from, e.day, e.until = toks[i-1].start, date{}, false, true
		} else if s, ok := sinceAfter(rs, toks, next); ok && !e.from.zero() {
			e.end = toks[s].end
			e = c.toPub(e)
			next = s + 1
		}
		out = append(out, e)
		i = next
	}
	out = append(out, ws.backs(rs, qs, c)...)
	slices.SortStableFunc(out, func(a, b expr) int { return a.start - b.start })
	for i, e := range out {
		out[i].opens = e.start == 0 || strings.ContainsRune(clauseStarts, rs[e.start-1])
	}
	return out, marks
}

// compared reports whether the time words toks[i:next] are what a number
// is compared with (比去年, 去年同期) rather than when it holds.
func compared(rs []rune, toks []token, i, next int) bool {
	if i > 0 {
		p := toks[i-1]
		if p.kind == tokWord && p.w.kind == kindCompare && p.end == toks[i].start {
			return true
		}
	}
	if next < len(toks) {
		n := toks[next]
		if n.kind == tokWord && n.w.kind == kindCompareAfter && n.start == toks[next-1].end {
			return true
		}
	}
	return false
}

// rangeEnd reads the far end of a range that may start at toks[i]: a
// range word close after the first date and a date right after it.
func rangeEnd(rs []rune, toks []token, i int) (group, int, bool) {
	if i >= len(toks) || i+1 >= len(toks) || i == 0 {
		return group{}, i, false
	}
	sep, prev := toks[i], toks[i-1]
	if sep.kind != tokWord || sep.w.kind != kindRange || sep.start-prev.end > rangeReach ||
		strings.ContainsAny(string(rs[prev.end:sep.start]), sentenceEnds) {
		return group{}, i, false
	}
	if toks[i+1].start-sep.end > 1 {
		return group{}, i, false
	}
	g, next, ok := groupAt(rs, toks, i+1)
	if !ok && g.day == 0 {
		return group{}, i, false
	}
	return g, next, true
}

// joinRange returns the two ends of a range, each completed with what it
// leaves out from the other: 1至9月 is January to September, 7月13日到15日
// ends on July 15.
func joinRange(a, b group) (group, group) {
	if b.year == 0 && b.rel == nil {
		b.year, b.rel = a.year, a.rel
		if b.month == 0 && b.day != 0 {
			b.month = a.month
		}
	}
	if a.bare != 0 {
		switch {
		case a.month != 0:
			a.day = a.bare
		case b.day != 0:
			a.day, a.month = a.bare, b.month
		case b.month != 0:
			a.month = a.bare
		}
		a.bare = 0
	}
	if a.year == 0 && a.rel == nil {
		a.year, a.rel = b.year, b.rel
	}
	return a, b
}

// sinceAfter returns the index of a since word close after a date ending
// before toks[i] (2022年10月，专项工作启动后), with no other date between.
func sinceAfter(rs []rune, toks []token, i int) (int, bool) {
	if i == 0 {
		return 0, false
	}
	from := toks[i-1].end
	for j := i; j < len(toks) && toks[j].start-from <= sinceReach; j++ {
		t := toks[j]
		if strings.ContainsAny(string(rs[from:t.start]), sentenceEnds) || t.kind != tokWord {
			return 0, false
		}
		if t.w.kind == kindSince {
			return j, true
		}
	}
	return 0, false
}

// backs returns the spans counted back from publication: 五年来, 近五年.
func (ws *Words) backs(rs []rune, qs []numbers.Quantity, c *context) []expr {
	var out []expr
	for _, q := range qs {
		if q.Kind != numbers.Count || q.Unit != "年" || q.ValueMax != nil {
			continue
		}
		for _, w := range ws.back {
			if !hasSuffixAt(rs, q.Start, w.before) || !hasPrefixAt(rs, q.End, w.after) {
				continue
			}
			e := expr{start: q.Start - len([]rune(w.before)), end: q.End + len([]rune(w.after))}
			if !c.pub.zero() {
				e.from = date{c.pub.y - int(q.Value), 1, 1}
			}
			out = append(out, c.toPub(e))
			break
		}
	}
	return out
}
