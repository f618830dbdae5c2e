package gold

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/region"
)

func ptr[T any](v T) *T { return &v }

func TestBodyF1(t *testing.T) {
	tests := []struct {
		Name      string
		Got, Want string
		F1        float64
	}{
		{Name: "Identical", Got: "工会组建", Want: "工会组建", F1: 1},
		{Name: "WhitespaceIgnored", Got: "工会\n 组建", Want: "工会组建", F1: 1},
		{Name: "Disjoint", Got: "甲乙", Want: "丙丁", F1: 0},
		// got bigrams {工会, 会组}, want {工会, 会组, 组建}: P=1, R=2/3.
		{Name: "Partial", Got: "工会组", Want: "工会组建", F1: 0.8},
		{Name: "MultisetCounts", Got: "哈哈哈", Want: "哈哈", F1: 2.0 / 3},
		{Name: "BothEmpty", Got: "", Want: " ", F1: 1},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.InDelta(t, tt.F1, BodyF1(tt.Got, tt.Want), 1e-9)
		})
	}
}

func TestCharBagF1(t *testing.T) {
	tests := []struct {
		Name      string
		Got, Want string
		F1        float64
	}{
		{Name: "Same", Got: "工会会员", Want: "工会会员", F1: 1},
		{Name: "WhitespaceIgnored", Got: "工会\n 会员", Want: "工会会员\n", F1: 1},
		{Name: "OrderIgnored", Got: "会员工会", Want: "工会会员", F1: 1},
		{Name: "RepeatsCounted", Got: "工工", Want: "工", F1: 2.0 / 3},
		{Name: "Half", Got: "工会", Want: "工会会员", F1: 2 * 2.0 / 6},
		{Name: "Disjoint", Got: "甲乙", Want: "丙丁", F1: 0},
		{Name: "BothEmpty", Got: " ", Want: "", F1: 1},
		{Name: "GotEmpty", Got: "", Want: "工会", F1: 0},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.InDelta(t, tt.F1, CharBagF1(tt.Got, tt.Want), 1e-9)
		})
	}
}

func TestReportMatchesFactsOnce(t *testing.T) {
	c := Case{Gold: File{
		Doc:     "a.txt",
		Title:   ptr("标题"),
		Authors: []string{"杜文涛"},
		Facts: []Fact{
			{Metric: "members_added", Value: 837, Unit: "人"},
			{Metric: "members_added", Value: 837, Unit: "人", Approx: "gte"},
			{Metric: "service_sites", Value: 3, ValueMax: ptr(5.0), Unit: "个", Approx: "range"},
			{Metric: "funds_disbursed", Value: 410000, Unit: "元", Approx: "gte"},
		},
	}}
	got := extract.Document{
		Title:   "标题",
		Authors: []string{"杜文涛"},
		Region:  &region.Region{Name: "安徽省", Code: "340000"},
		Facts: []facts.Fact{
			{Metric: "members_added", Value: 837, Unit: "人"},
			{Metric: "members_added", Value: 837, Unit: "人"}, // second gold 837 matched, approx wrong
			{Metric: "members_added", Value: 837, Unit: "人"}, // no gold left: extra
			{Metric: "service_sites", Value: 3, Unit: "个"},   // value_max differs: extra
			{Metric: "funds_disbursed", Value: 410000, Unit: "元", Approx: "gte"},
		},
	}
	r := NewReport()
	r.Add(c, got, "")

	assert.Equal(t, PRF{TP: 2, FP: 1}, *r.PerMetric["members_added"])
	assert.Equal(t, PRF{FP: 1, FN: 1}, *r.PerMetric["service_sites"])
	assert.Equal(t, PRF{TP: 3, FP: 1}, r.Headline)
	assert.Equal(t, PRF{TP: 3, FP: 2, FN: 1}, r.All)
	assert.InDelta(t, 2.0/3, r.ApproxAccuracy(), 1e-9)
	assert.InDelta(t, 6.0/9, r.All.F1(), 1e-9)
	require.Len(t, r.Missed, 1)
	assert.Equal(t, "service_sites", r.Missed[0].Metric)
	assert.Len(t, r.Extra, 2)

	assert.Equal(t, 1.0, r.FieldAccuracy("title"))
	assert.Equal(t, 1.0, r.FieldAccuracy("authors"))
	assert.Equal(t, 1.0, r.FieldAccuracy("published"), "null in gold and empty in output agree")
	assert.Equal(t, 0.0, r.FieldAccuracy("region.code"), "gold has no region, output has one")
}

func TestLoadFindsInputAndBody(t *testing.T) {
	cases, err := Load("testdata")
	require.NoError(t, err)
	require.Len(t, cases, 1)
	assert.Equal(t, "testdata/report.txt", cases[0].Input)
	assert.Equal(t, "testdata/report.body.txt", cases[0].BodyPath)
	assert.Equal(t, "县总工会", *cases[0].Gold.Title)
	require.Len(t, cases[0].Gold.Facts, 1)
	assert.Equal(t, 27.0, cases[0].Gold.Facts[0].Value)

	_, err = Load(t.TempDir())
	assert.ErrorContains(t, err, "no *.gold.json")
}
