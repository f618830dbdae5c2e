package panel

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/unionfacts/unionfacts/schema"
)

// Builder adds documents up into the panel. It is used from one goroutine.
type Builder struct {
	stock func(metric string) bool
	cells map[cellKey]*cell
}

// NewBuilder returns a Builder; stock says which metrics are stocks or
// rates, holding at a date (period.Words.Stock).
func NewBuilder(stock func(metric string) bool) *Builder {
	return &Builder{stock: stock, cells: map[cellKey]*cell{}}
}

// cellKey names one cell of the panel.
type cellKey struct {
	code   string
	year   int32
	metric string
	unit   string
}

// cell is one cell and the figure that holds it so far.
type cell struct {
	name string
	figure
}

// figure is what one report, or several that tie, say of a cell.
type figure struct {
	value float64
	// rank orders figures of one cell: for a flow the days of the year its
	// spans cover, for a stock its as-of day.
	rank  int64
	facts []string // doc#fact_no
	docs  int32
}

// entry is one fact placed in a cell: its number and its span in days
// since 1970-01-01 (a stock's start is its end).
type entry struct {
	no         int32
	value      float64
	start, end int32
}

// Add adds one document and its facts. Documents come in input order, so
// that every cell lists its facts in that order.
func (b *Builder) Add(doc schema.DocumentRow, facts []schema.FactRow) {
	if doc.Error != nil || doc.DuplicateOf != nil {
		return
	}
	own := map[cellKey][]entry{}
	names := map[cellKey]string{}
	for _, f := range facts {
		k, name, e, ok := b.place(doc, f)
		if !ok {
			continue
		}
		own[k] = append(own[k], e)
		names[k] = name
	}
	for k, es := range own {
		var fig figure
		if b.stock(k.metric) {
			fig = stockFigure(doc.Doc, es)
		} else {
			fig = flowFigure(doc.Doc, es)
		}
		b.merge(k, names[k], fig)
	}
}

// place finds the cell of one fact, or says it has none.
func (b *Builder) place(doc schema.DocumentRow, f schema.FactRow) (cellKey, string, entry, bool) {
	code, name := f.RegionCode, f.RegionName
	if code == nil {
		code, name = doc.RegionCode, doc.RegionName
	}
	if f.PartOf != nil || code == nil || f.PeriodEnd == nil {
		return cellKey{}, "", entry{}, false
	}
	e := entry{no: f.FactNo, value: f.Value, start: *f.PeriodEnd, end: *f.PeriodEnd}
	if !b.stock(f.Metric) {
		if f.PeriodStart == nil || year(*f.PeriodStart) != year(*f.PeriodEnd) {
			return cellKey{}, "", entry{}, false
		}
		e.start = *f.PeriodStart
	}
	regionName := ""
	if name != nil {
		regionName = *name
	}
	return cellKey{code: *code, year: year(e.end), metric: f.Metric, unit: f.Unit}, regionName, e, true
}

// flowFigure is one report's flow in a cell: spans inside a longer span of
// the report left out, the same number for the same span once, the rest
// added up.
func flowFigure(doc string, es []entry) figure {
	var kept []entry
	for _, e := range es {
		if !slices.ContainsFunc(es, func(o entry) bool { return inside(e, o) }) {
			kept = append(kept, e)
		}
	}
	fig := figure{docs: 1}
	type said struct {
		value      float64
		start, end int32
	}
	seen := map[said]bool{}
	for _, e := range kept {
		fig.facts = append(fig.facts, factID(doc, e.no))
		if s := (said{e.value, e.start, e.end}); !seen[s] {
			seen[s] = true
			fig.value += e.value
		}
	}
	fig.rank = coveredDays(kept)
	return fig
}

// inside says whether span e lies within the longer span o.
func inside(e, o entry) bool {
	return o.start <= e.start && e.end <= o.end && (o.start != e.start || o.end != e.end)
}

// coveredDays counts the days the spans cover together.
func coveredDays(es []entry) int64 {
	spans := slices.SortedFunc(slices.Values(es), func(a, b entry) int { return cmp.Compare(a.start, b.start) })
	var days int64
	var end int32 // the last day counted, exclusive
	for i, s := range spans {
		from := s.start
		if i > 0 {
			from = max(from, end)
		}
		if to := s.end + 1; to > from {
			days += int64(to - from)
			end = to
		}
	}
	return days
}

// stockFigure is one report's stock or rate in a cell: the latest as-of
// value, the larger of two as of the same day.
func stockFigure(doc string, es []entry) figure {
	best := es[0]
	for _, e := range es[1:] {
		if e.end > best.end || e.end == best.end && e.value > best.value {
			best = e
		}
	}
	fig := figure{value: best.value, rank: int64(best.end), docs: 1}
	for _, e := range es {
		if e.end == best.end && e.value == best.value {
			fig.facts = append(fig.facts, factID(doc, e.no))
		}
	}
	return fig
}

// merge weighs a report's figure against the cell's: the higher rank wins,
// then the larger value; a tie on both lists both reports' facts.
func (b *Builder) merge(k cellKey, name string, fig figure) {
	c, ok := b.cells[k]
	switch {
	case !ok:
		b.cells[k] = &cell{name: name, figure: fig}
	case fig.rank > c.rank || fig.rank == c.rank && fig.value > c.value:
		c.figure = fig
	case fig.rank == c.rank && fig.value == c.value:
		c.facts = append(c.facts, fig.facts...)
		c.docs += fig.docs
	}
}

// Rows returns the panel, sorted by region code, year, metric and unit.
func (b *Builder) Rows() []schema.PanelRow {
	keys := slices.SortedFunc(maps.Keys(b.cells), func(a, b cellKey) int {
		return cmp.Or(cmp.Compare(a.code, b.code), cmp.Compare(a.year, b.year),
			cmp.Compare(a.metric, b.metric), cmp.Compare(a.unit, b.unit))
	})
	rows := make([]schema.PanelRow, 0, len(keys))
	for _, k := range keys {
		c := b.cells[k]
		rows = append(rows, schema.PanelRow{RegionCode: k.code, RegionName: c.name, Year: k.year, Metric: k.metric,
			Unit: k.unit, Value: c.value, NFacts: int32(len(c.facts)), NDocs: c.docs, Facts: c.facts})
	}
	return rows
}

func factID(doc string, no int32) string { return doc + "#" + strconv.Itoa(int(no)) }

// year returns the calendar year of a day counted from 1970-01-01.
func year(day int32) int32 { return int32(time.Unix(int64(day)*86400, 0).UTC().Year()) }
