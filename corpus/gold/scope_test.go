package gold

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/period"
)

func TestScopeScore(t *testing.T) {
	gold := File{Doc: "a.txt", Scope: true, Facts: []Fact{
		{Metric: "members_added", Value: 1100, Unit: "人", PeriodStart: ptr("2023-01-01"), PeriodEnd: ptr("2023-06-07")},
		{Metric: "members_added", Value: 489, Unit: "人", PartOf: ptr(1), PeriodStart: ptr("2023-01-01"), PeriodEnd: ptr("2023-06-07")},
		{Metric: "union_count", Value: 20, Unit: "家", PeriodEnd: ptr("2023-06-07")},
		{Metric: "service_sites", Value: 7, Unit: "个"},
		{Metric: "service_sites", Value: 1, Unit: "个", PartOf: ptr(4)},
		{Metric: "events_held", Value: 3, Unit: "场"},
	}}
	got := extract.Document{Doc: "a.txt", Facts: []facts.Fact{
		// Right to the month though not to the day.
		{Metric: "members_added", Value: 1100, Unit: "人", Period: period.Span{Start: "2023-01-15", End: "2023-06-30"}},
		// Right link; period off by a month.
		{Metric: "members_added", Value: 489, Unit: "人", PartOf: 1, Period: period.Span{Start: "2023-02-01", End: "2023-06-07"}},
		// A stock given a start: wrong.
		{Metric: "union_count", Value: 20, Unit: "家", Period: period.Span{Start: "2023-01-01", End: "2023-06-07"}},
		// An extra fact, linked to nothing gold has.
		{Metric: "service_sites", Value: 9, Unit: "个"},
		{Metric: "service_sites", Value: 7, Unit: "个"},
		// Linked to the unmatched 9: a wrong link and a missed one.
		{Metric: "service_sites", Value: 1, Unit: "个", PartOf: 4},
		// A period where gold has none: scored, and wrong.
		{Metric: "events_held", Value: 3, Unit: "场", Period: period.Span{End: "2023-06-07"}},
	}}
	r := NewReport()
	r.Add(Case{Gold: gold}, got, "")
	s := r.Scope
	assert.Equal(t, 1, s.Docs)
	assert.Equal(t, 4, s.PeriodN, "the two service sites have no period anywhere")
	assert.Equal(t, 1, s.PeriodOK)
	assert.Equal(t, PRF{TP: 1, FP: 1, FN: 1}, s.PartOf)
	assert.InDelta(t, 0.25, s.PeriodAccuracy(), 1e-9)

	// A gold file that does not annotate scope is not scored for it.
	gold.Scope = false
	r = NewReport()
	r.Add(Case{Gold: gold}, got, "")
	assert.Equal(t, ScopeScore{}, r.Scope)
}
