package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/period"
	"github.com/unionfacts/unionfacts/extract/region"
)

func TestRowsDocument(t *testing.T) {
	tests := []struct {
		Name string
		In   extract.Document
		Want DocumentRow
	}{
		{Name: "Empty", In: extract.Document{Doc: "d"},
			Want: DocumentRow{Doc: "d", Authors: []string{}, Keywords: []string{}}},
		{Name: "Epoch", In: extract.Document{Published: "1970-01-01"},
			Want: DocumentRow{Published: ptr(int32(0)), Authors: []string{}, Keywords: []string{}}},
		{Name: "BeforeEpoch", In: extract.Document{Published: "1969-12-31"},
			Want: DocumentRow{Published: ptr(int32(-1)), Authors: []string{}, Keywords: []string{}}},
		{Name: "LeapYear", In: extract.Document{Published: "2000-03-01"},
			Want: DocumentRow{Published: ptr(int32(11017)), Authors: []string{}, Keywords: []string{}}},
		{Name: "Date", In: extract.Document{Published: "2023-06-07"},
			Want: DocumentRow{Published: ptr(int32(19515)), Authors: []string{}, Keywords: []string{}}},
		{Name: "UnpaddedDate", In: extract.Document{Published: "2023-6-7"},
			Want: DocumentRow{Authors: []string{}, Keywords: []string{}}},
		{Name: "BodyLengthInRunes", In: extract.Document{Body: "会员652人"},
			Want: DocumentRow{Body: "会员652人", BodyLength: 6, Authors: []string{}, Keywords: []string{}}},
		{Name: "RegionWithoutCode", In: extract.Document{Region: &region.Region{Name: "安徽省"}},
			Want: DocumentRow{RegionName: ptr("安徽省"), Authors: []string{}, Keywords: []string{}}},
		{Name: "Error", In: extract.Document{Err: &extract.PageError{Doc: "d", Stage: extract.StageClean, Err: extract.ErrNotArticle}},
			Want: DocumentRow{Error: ptr("d: clean: no article text found"), Authors: []string{}, Keywords: []string{}}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, frs := Rows(tt.In)
			assert.Equal(t, tt.Want, got)
			assert.Empty(t, frs)
		})
	}
}

func TestRowsFacts(t *testing.T) {
	hi := 5.0
	tests := []struct {
		Name string
		In   facts.Fact
		Want FactRow
	}{
		{Name: "Plain", In: facts.Fact{Metric: "members_added", Value: 652, Unit: "人", Start: 2, End: 6},
			Want: FactRow{Doc: "d", FactNo: 1, Metric: "members_added", Value: 652, Unit: "人", EvidenceStart: 2, EvidenceEnd: 6}},
		{Name: "Range", In: facts.Fact{Value: 3, ValueMax: &hi, Approx: "range"},
			Want: FactRow{Doc: "d", FactNo: 1, Value: 3, ValueMax: &hi, Approx: "range"}},
		{Name: "OwnRegion", In: facts.Fact{Region: &region.Region{Name: "安徽省铜陵市枞阳县", Code: "340722"}},
			Want: FactRow{Doc: "d", FactNo: 1, RegionName: ptr("安徽省铜陵市枞阳县"), RegionCode: ptr("340722")}},
		{Name: "Period", In: facts.Fact{Period: period.Span{Start: "2023-01-01", End: "2023-06-07", Text: "今年以来"}},
			Want: FactRow{Doc: "d", FactNo: 1, PeriodStart: ptr(int32(19358)), PeriodEnd: ptr(int32(19515)), PeriodText: ptr("今年以来")}},
		{Name: "StockAtEnd", In: facts.Fact{Period: period.Span{End: "2023-06-07", Text: "目前"}},
			Want: FactRow{Doc: "d", FactNo: 1, PeriodEnd: ptr(int32(19515)), PeriodText: ptr("目前")}},
		{Name: "PartOf", In: facts.Fact{PartOf: 1},
			Want: FactRow{Doc: "d", FactNo: 1, PartOf: ptr(int32(1))}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			_, got := Rows(extract.Document{Doc: "d", Facts: []facts.Fact{tt.In}})
			assert.Equal(t, []FactRow{tt.Want}, got)
		})
	}
}

func ptr[T any](v T) *T { return &v }
