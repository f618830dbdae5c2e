package numbers_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

func TestDefaultTables(t *testing.T) {
	_, err := numbers.New(numbers.DefaultOptions())
	require.NoError(t, err)
	units := map[string]numbers.Unit{}
	for _, u := range numbers.DefaultUnits() {
		units[u.Word] = u
	}
	// Every counting word of the fact contract is a count.
	for _, w := range []string{"人", "人次", "名", "家", "个", "户", "场", "场次", "次", "项", "件次", "张"} {
		assert.Equal(t, numbers.Count, units[w].Kind, w)
	}
	assert.Equal(t, numbers.Unit{Word: "元人民币", Kind: numbers.Money, Canon: "元", Factor: 1}, units["元人民币"])
	assert.Equal(t, numbers.Unit{Word: "千分之", Kind: numbers.Percent, Canon: "%", Factor: 0.1, Prefix: true}, units["千分之"])
}

var parseUnitsTests = []struct {
	Name   string
	Input  string
	Output []numbers.Unit
	Error  string
}{
	{Name: "Minimal", Input: "人 count", Output: []numbers.Unit{{Word: "人", Kind: numbers.Count, Canon: "人", Factor: 1}}},
	{Name: "Full", Input: "千分之\tpercent\t%\t0.1\tprefix # comment", Output: []numbers.Unit{{Word: "千分之", Kind: numbers.Percent, Canon: "%", Factor: 0.1, Prefix: true}}},
	{Name: "DashCanon", Input: "元 money - 1", Output: []numbers.Unit{{Word: "元", Kind: numbers.Money, Canon: "元", Factor: 1}}},
	{Name: "CommentsAndBlanks", Input: "# units\n\n人 count\n", Output: []numbers.Unit{{Word: "人", Kind: numbers.Count, Canon: "人", Factor: 1}}},
	{Name: "PercentWord", Input: "% percent", Output: []numbers.Unit{{Word: "%", Kind: numbers.Percent, Canon: "%", Factor: 1}}},
	{Name: "BadKind", Input: "人 people", Error: "line 1: unknown kind"},
	{Name: "BadFactor", Input: "\n人 count 人 zero", Error: "line 2: bad factor"},
	{Name: "BadPrefix", Input: "人 count 人 1 before", Error: "want prefix"},
	{Name: "OneField", Input: "人", Error: "got 1 fields"},
}

func TestParseUnits(t *testing.T) {
	for _, tt := range parseUnitsTests {
		t.Run(tt.Name, func(t *testing.T) {
			got, err := numbers.ParseUnits(strings.NewReader(tt.Input))
			if tt.Error != "" {
				assert.ErrorContains(t, err, tt.Error)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.Output, got)
		})
	}
}

var parseMarkersTests = []struct {
	Name   string
	Input  string
	Output []numbers.Marker
	Error  string
}{
	{Name: "Qualifier", Input: "近 lte before", Output: []numbers.Marker{{Word: "近", Place: numbers.Before, Approx: numbers.LTE}}},
	{Name: "Context", Input: "热线 code before", Output: []numbers.Marker{{Word: "热线", Place: numbers.Before, Kind: numbers.Code}}},
	{Name: "Range", Input: "至 range between", Output: []numbers.Marker{{Word: "至", Place: numbers.Between, Approx: numbers.Range}}},
	{Name: "Blocker", Input: "签约 none before", Output: []numbers.Marker{{Word: "签约", Place: numbers.Before}}},
	{Name: "BadEffect", Input: "近 near before", Error: "unknown effect"},
	{Name: "BadPlace", Input: "近 lte around", Error: "unknown place"},
	{Name: "RangeOutside", Input: "至 range after", Error: "range goes with between"},
	{Name: "BetweenNoRange", Input: "至 gte between", Error: "range goes with between"},
	{Name: "TwoFields", Input: "近 lte", Error: "got 2 fields"},
}

func TestParseMarkers(t *testing.T) {
	for _, tt := range parseMarkersTests {
		t.Run(tt.Name, func(t *testing.T) {
			got, err := numbers.ParseMarkers(strings.NewReader(tt.Input))
			if tt.Error != "" {
				assert.ErrorContains(t, err, tt.Error)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.Output, got)
		})
	}
}

func TestNewRejects(t *testing.T) {
	def := numbers.DefaultOptions()
	for name, o := range map[string]numbers.Options{
		"NoUnits":       {Markers: def.Markers},
		"NoMarkers":     {Units: def.Units},
		"EmptyWord":     {Units: []numbers.Unit{{Kind: numbers.Count, Factor: 1}}, Markers: def.Markers},
		"ZeroFactor":    {Units: []numbers.Unit{{Word: "人", Kind: numbers.Count}}, Markers: def.Markers},
		"DuplicateUnit": {Units: append(def.Units, numbers.Unit{Word: "人", Kind: numbers.Count, Factor: 1}), Markers: def.Markers},
		"BadPlace":      {Units: def.Units, Markers: []numbers.Marker{{Word: "近", Approx: numbers.LTE}}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := numbers.New(o)
			assert.True(t, errors.Is(err, numbers.ErrOptions), "got %v", err)
		})
	}
}

// TestReaderOptions shows a researcher's extension: a new counting word
// and a new qualifier, without touching the code.
func TestReaderOptions(t *testing.T) {
	o := numbers.DefaultOptions()
	assert.Empty(t, brief(numbers.Find("建成3驿站小屋"))[0].Unit, "驿站小屋 is no default unit")
	o.Units = append(o.Units, numbers.Unit{Word: "驿站小屋", Kind: numbers.Count, Canon: "驿站小屋", Factor: 1})
	o.Markers = append(o.Markers, numbers.Marker{Word: "将近有", Place: numbers.Before, Approx: numbers.LTE})
	rd, err := numbers.New(o)
	require.NoError(t, err)
	got := rd.Find("建成将近有3驿站小屋")
	require.Len(t, got, 1)
	assert.Equal(t, q{"3驿站小屋", 3, 0, "驿站小屋", numbers.LTE, numbers.Count}, brief(got)[0])
}
