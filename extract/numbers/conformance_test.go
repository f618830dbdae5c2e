package numbers_test

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// A conformance case is one input of a third-party spec (see MANIFEST.md in
// the shared number-specs directory) and a check of Find's output on it.
type conformanceCase struct {
	Input string
	Check func(qs []numbers.Quantity) bool
}

// TestConformance runs the third-party number specs. Cases that do not
// apply to this reader are listed with their reason in
// testdata/conformance-skips.tsv. The contract asks for 98% of the rest;
// every one passes today, so any failure is a regression and fails the
// test (list a case in the skips file, with its reason, to accept it).
func TestConformance(t *testing.T) {
	dir := shared(t, "data", "number-specs")
	skips := readSkips(t)
	used := map[string]bool{}
	sources := []struct {
		name  string
		cases func(t *testing.T, dir string) []conformanceCase
	}{
		{"rt-number", rtCases("Number/Chinese/NumberModel.json", "")},
		{"rt-percent", rtCases("Number/Chinese/PercentModel.json", numbers.Percent)},
		{"rt-currency", rtCases("NumberWithUnit/Chinese/CurrencyModel.json", numbers.Money)},
		{"cn2an", cn2anCases},
		{"cn2an-errors", cn2anErrorCases},
		{"jionlp-money", jionlpCases},
		{"duckling-numeral", ducklingCases},
	}
	for _, src := range sources {
		t.Run(src.name, func(t *testing.T) {
			var pass, fail, skipped int
			for _, c := range src.cases(t, dir) {
				key := src.name + "\t" + c.Input
				if _, ok := skips[key]; ok {
					used[key] = true
					skipped++
					if c.Check(numbers.Find(c.Input)) {
						t.Logf("skipped case passes now: %q", c.Input)
					}
					continue
				}
				if c.Check(numbers.Find(c.Input)) {
					pass++
					continue
				}
				fail++
				t.Logf("FAIL %q: got %s", c.Input, describe(numbers.Find(c.Input)))
			}
			rate := float64(pass) / float64(pass+fail)
			t.Logf("%s: %d passed, %d failed, %d skipped (%.1f%%)", src.name, pass, fail, skipped, 100*rate)
			assert.GreaterOrEqual(t, rate, 0.98, "pass rate of %s", src.name)
			assert.Zero(t, fail, "%s: cases that apply and fail (see the log)", src.name)
		})
	}
	for key := range skips {
		assert.True(t, used[key], "skip entry matches no case: %q", key)
	}
}

// readSkips reads testdata/conformance-skips.tsv: source, input, reason.
func readSkips(t *testing.T) map[string]string {
	f, err := os.Open(filepath.Join("testdata", "conformance-skips.tsv"))
	require.NoError(t, err)
	defer f.Close()
	skips := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 3, "conformance-skips.tsv line %d", n)
		require.NotEmpty(t, f[2], "conformance-skips.tsv line %d: reason", n)
		skips[f[0]+"\t"+f[1]] = f[2]
	}
	require.NoError(t, sc.Err())
	return skips
}

func readJSON(t *testing.T, path string, v any) {
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, v), path)
}

func near(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func describe(qs []numbers.Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString(strconv.Quote(q.Text) + "=" + strconv.FormatFloat(q.Value, 'g', -1, 64) + "/" + q.Unit + "/" + string(q.Kind) + "/" + string(q.Approx) + " ")
	}
	return "[" + b.String() + "]"
}
