package panel

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/unionfacts/unionfacts/extract/period"
	"github.com/unionfacts/unionfacts/schema"
)

// day returns a date as days since 1970-01-01, as the rows hold it.
func day(ymd string) *int32 {
	t, err := time.Parse(time.DateOnly, ymd)
	if err != nil {
		panic(err)
	}
	d := int32(t.Unix() / 86400)
	return &d
}

func ptr[T any](v T) *T { return &v }

// report is a document of 松阳县 with its facts, numbered in order.
func report(doc string, facts ...schema.FactRow) (schema.DocumentRow, []schema.FactRow) {
	d := schema.DocumentRow{Doc: doc, RegionCode: ptr("331124"), RegionName: ptr("浙江省丽水市松阳县")}
	for i := range facts {
		facts[i].Doc, facts[i].FactNo = doc, int32(i+1)
	}
	return d, facts
}

// flow is a fact of metric counted over from..to.
func flow(metric string, value float64, unit, from, to string) schema.FactRow {
	return schema.FactRow{Metric: metric, Value: value, Unit: unit, PeriodStart: day(from), PeriodEnd: day(to)}
}

// stock is a fact of metric holding at asOf.
func stock(metric string, value float64, unit, asOf string) schema.FactRow {
	return schema.FactRow{Metric: metric, Value: value, Unit: unit, PeriodEnd: day(asOf)}
}

type doc struct {
	row   schema.DocumentRow
	facts []schema.FactRow
}

func docOf(d schema.DocumentRow, fs []schema.FactRow) doc { return doc{d, fs} }

func build(docs ...doc) []schema.PanelRow {
	b := NewBuilder(period.DefaultWords().Stock)
	for _, d := range docs {
		b.Add(d.row, d.facts)
	}
	return b.Rows()
}

// wantCell is the part of a panel row a rule decides.
type wantCell struct {
	Code   string
	Year   int32
	Metric string
	Unit   string
	Value  float64
	Docs   int32
	Facts  []string
}

func cells(t *testing.T, rows []schema.PanelRow) []wantCell {
	out := []wantCell{}
	for _, r := range rows {
		assert.Len(t, r.Facts, int(r.NFacts))
		out = append(out, wantCell{r.RegionCode, r.Year, r.Metric, r.Unit, r.Value, r.NDocs, r.Facts})
	}
	return out
}

const songyang = "331124"

func TestRules(t *testing.T) {
	year2023 := func(v float64) schema.FactRow { return flow("members_added", v, "人", "2023-01-01", "2023-12-31") }
	tests := []struct {
		Name string
		Docs []doc
		Want []wantCell
	}{{
		Name: "CopiesNeverCount",
		Docs: []doc{
			docOf(report("a", year2023(1100))),
			func() doc {
				d, fs := report("b", year2023(1100))
				d.DuplicateOf = ptr("a")
				return doc{d, fs}
			}(),
		},
		Want: []wantCell{{songyang, 2023, "members_added", "人", 1100, 1, []string{"a#1"}}},
	}, {
		Name: "FailedDocumentsNeverCount",
		Docs: []doc{func() doc {
			d, fs := report("a", year2023(1100))
			d.Error = ptr("a: facts: context deadline exceeded")
			return doc{d, fs}
		}()},
		Want: []wantCell{},
	}, {
		Name: "PartsNeverAddToTheirTotal",
		Docs: []doc{docOf(report("a", year2023(1100), func() schema.FactRow {
			f := year2023(489)
			f.PartOf = ptr(int32(1))
			return f
		}()))},
		Want: []wantCell{{songyang, 2023, "members_added", "人", 1100, 1, []string{"a#1"}}},
	}, {
		Name: "FlowCountsInTheYearItsSpanLiesIn",
		Docs: []doc{docOf(report("a",
			flow("members_added", 300, "人", "2022-10-01", "2022-12-31"),
			flow("members_added", 5000, "人", "2018-01-01", "2023-06-30"),                                  // 五年来: across years
			schema.FactRow{Metric: "members_added", Value: 9000, Unit: "人", PeriodEnd: day("2023-06-30")}, // 累计, no start
			schema.FactRow{Metric: "members_added", Value: 70, Unit: "人"},                                 // no span at all
		))},
		Want: []wantCell{{songyang, 2022, "members_added", "人", 300, 1, []string{"a#1"}}},
	}, {
		Name: "SameNumberSameSpanOnce",
		Docs: []doc{docOf(report("a", year2023(1100), year2023(1100)))},
		Want: []wantCell{{songyang, 2023, "members_added", "人", 1100, 1, []string{"a#1", "a#2"}}},
	}, {
		Name: "SpansOfTheirOwnAddUp",
		Docs: []doc{docOf(report("a",
			flow("members_added", 300, "人", "2023-01-01", "2023-03-31"),
			flow("members_added", 300, "人", "2023-04-01", "2023-06-30"),
			flow("people_assisted", 509, "人", "2023-01-01", "2023-12-31"),
			flow("people_assisted", 120, "人", "2023-01-01", "2023-12-31"),
		))},
		Want: []wantCell{
			{songyang, 2023, "members_added", "人", 600, 1, []string{"a#1", "a#2"}},
			{songyang, 2023, "people_assisted", "人", 629, 1, []string{"a#3", "a#4"}},
		},
	}, {
		Name: "SpanInsideALongerSpanOfTheReportLeftOut",
		Docs: []doc{docOf(report("a",
			flow("members_added", 1100, "人", "2023-01-01", "2023-11-02"), // 今年以来
			flow("members_added", 900, "人", "2023-01-01", "2023-09-30"),  // 1至9月
		))},
		Want: []wantCell{{songyang, 2023, "members_added", "人", 1100, 1, []string{"a#1"}}},
	}, {
		Name: "StockTakesTheLatestAsOfValueInTheYear",
		Docs: []doc{
			docOf(report("a", stock("member_count", 22000, "人", "2023-06-30"), stock("member_count", 21000, "人", "2023-12-31"))),
			docOf(report("b", stock("member_count", 25000, "人", "2023-09-30"), stock("member_count", 19000, "人", "2022-12-31"),
				schema.FactRow{Metric: "member_count", Value: 30000, Unit: "人"})), // no as-of date: no year
		},
		Want: []wantCell{
			{songyang, 2022, "member_count", "人", 19000, 1, []string{"b#2"}},
			{songyang, 2023, "member_count", "人", 21000, 1, []string{"a#2"}},
		},
	}, {
		Name: "AnnualSummarySupersedesHalfYear",
		Docs: []doc{
			docOf(report("half", flow("members_added", 1500, "人", "2023-01-01", "2023-06-30"))),
			docOf(report("annual", year2023(1100))),
		},
		Want: []wantCell{{songyang, 2023, "members_added", "人", 1100, 1, []string{"annual#1"}}},
	}, {
		Name: "EqualCoverageTheLargerValue",
		Docs: []doc{
			docOf(report("a", year2023(1100))),
			docOf(report("b", year2023(1180))),
		},
		Want: []wantCell{{songyang, 2023, "members_added", "人", 1180, 1, []string{"b#1"}}},
	}, {
		Name: "ReportsThatTieAreAllListed",
		Docs: []doc{
			docOf(report("a", year2023(1100))),
			docOf(report("b", year2023(1100), year2023(1100))),
		},
		Want: []wantCell{{songyang, 2023, "members_added", "人", 1100, 2, []string{"a#1", "b#1", "b#2"}}},
	}, {
		Name: "FactsOwnRegionFirst",
		Docs: []doc{docOf(report("a", year2023(1100), func() schema.FactRow {
			f := year2023(800)
			f.RegionCode, f.RegionName = ptr("331123"), ptr("浙江省丽水市遂昌县")
			return f
		}()))},
		Want: []wantCell{
			{"331123", 2023, "members_added", "人", 800, 1, []string{"a#2"}},
			{songyang, 2023, "members_added", "人", 1100, 1, []string{"a#1"}},
		},
	}, {
		Name: "UnitsApart",
		Docs: []doc{docOf(report("a", flow("trainees", 2860, "人次", "2023-01-01", "2023-12-31"),
			flow("trainees", 46, "人", "2023-01-01", "2023-12-31")))},
		Want: []wantCell{
			{songyang, 2023, "trainees", "人", 46, 1, []string{"a#2"}},
			{songyang, 2023, "trainees", "人次", 2860, 1, []string{"a#1"}},
		},
	}, {
		Name: "NoDivisionNoRow",
		Docs: []doc{func() doc {
			d, fs := report("a", year2023(1100))
			d.RegionCode, d.RegionName = nil, nil
			return doc{d, fs}
		}()},
		Want: []wantCell{},
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, cells(t, build(tt.Docs...)))
		})
	}
}

func TestRowsCarryTheRegionName(t *testing.T) {
	rows := build(docOf(report("a", flow("members_added", 1100, "人", "2023-01-01", "2023-12-31"))))
	assert.Equal(t, []schema.PanelRow{{RegionCode: songyang, RegionName: "浙江省丽水市松阳县", Year: 2023,
		Metric: "members_added", Unit: "人", Value: 1100, NFacts: 1, NDocs: 1, Facts: []string{"a#1"}}}, rows)
}
