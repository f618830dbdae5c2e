package copies

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/extract/script"
)

// report reads an invented report from testdata.
func report(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
	require.NoError(t, err)
	return string(b)
}

// testDoc is one document of a test run.
type testDoc struct {
	doc       string
	published *int32
	body      string
}

func day(d int32) *int32 { return &d }

// find runs a Finder over docs, in order, and returns each copy's kept doc.
func find(t *testing.T, s Sketcher, docs []testDoc) map[string]string {
	t.Helper()
	f, err := NewFinder(filepath.Join(t.TempDir(), "scratch"))
	require.NoError(t, err)
	defer f.Close()
	for _, d := range docs {
		require.NoError(t, f.Add(d.doc, d.published, s.Sketch(d.body)))
	}
	found, err := f.Find()
	require.NoError(t, err)
	got := map[string]string{}
	for i, d := range docs {
		if of := found.DuplicateOf(i); of != "" {
			got[d.doc] = of
		}
	}
	assert.Equal(t, len(got), found.Copies)
	return got
}

// truncate keeps the first share of s's characters, as an app share that
// shows the opening of a report does.
func truncate(s string, share float64) string {
	rs := []rune(s)
	return string(rs[:int(float64(len(rs))*share)])
}

// Furniture an aggregator leaves around a report, and the furniture the
// union's own page had.
const (
	aggregatorHead = "来源：丽水新闻网　　作者：王芳　　浏览次数：1903\n【字体：大 中 小】\n"
	aggregatorTail = "\n扫一扫在手机打开当前页\n【打印本页】【关闭窗口】\n相关阅读：县总工会召开全委会议"
	ownTail        = "\n（责任编辑：李明）"
)

// traditional is a traditional-character mirror's text, and simplified
// the hook that reads it back.
var (
	traditional = script.Default().Traditional
	simplified  = script.Default().Simplified
)

// smallEdits rewords a sentence, drops a clause and adds a line, as a
// document library's copy does.
func smallEdits(s string) string {
	s = strings.Replace(s, "取得了新的成效", "取得了明显成效", 1)
	s = strings.Replace(s, "，让一线职工在家门口就能读书学习", "", 1)
	s = strings.Replace(s, "，鼓励他们坚定信心、克服困难", "", 1)
	return s + "\n（本文有删节）"
}

func TestFindsEachKindOfCopy(t *testing.T) {
	bodies := map[string]string{}
	for _, name := range []string{"annual-2023", "warmth-jan", "warmth-jan-other-outlet"} {
		bodies[name] = report(t, name)
	}
	kinds := []struct {
		Name string
		Copy func(string) string
	}{
		{"Identical", func(s string) string { return s }},
		{"Truncated60", func(s string) string { return truncate(s, 0.6) }},
		{"OpeningCut60", func(s string) string { // the last 60% kept, where few numbers are
			rs := []rune(s)
			return string(rs[len(rs)*2/5:])
		}},
		{"FurnitureSwap", func(s string) string { return aggregatorHead + s + aggregatorTail }},
		{"Traditional", traditional},
		{"SmallEdits", smallEdits},
		{"TruncatedWithFurniture", func(s string) string { return aggregatorHead + truncate(s, 0.6) + aggregatorTail }},
		{"TraditionalEdited", func(s string) string { return traditional(smallEdits(s)) }},
	}
	for _, k := range kinds {
		t.Run(k.Name, func(t *testing.T) {
			for name, body := range bodies {
				docs := []testDoc{
					{"a-" + name, day(19400), body + ownTail},
					{"b-" + name, day(19401), k.Copy(body)},
				}
				got := find(t, Sketcher{Simplify: simplified}, docs)
				assert.Equal(t, map[string]string{"b-" + name: "a-" + name}, got, name)
			}
		})
	}
}

// TestSimplifyHook: a traditional mirror is a copy only when the Sketcher
// reads it in simplified characters.
func TestSimplifyHook(t *testing.T) {
	body := report(t, "annual-2023")
	docs := []testDoc{{"a", nil, body}, {"b", nil, traditional(body)}}
	assert.Empty(t, find(t, Sketcher{}, docs))
	assert.Equal(t, map[string]string{"b": "a"}, find(t, Sketcher{Simplify: simplified}, docs))
}

// TestKeepsLookAlikesApart: reports of one genre, county and month, a
// template filled with another year's numbers and one event told by two
// outlets are different reports.
func TestKeepsLookAlikesApart(t *testing.T) {
	var docs []testDoc
	for _, name := range []string{"annual-2023", "annual-2022", "warmth-jan", "warmth-jan-other-outlet", "jobfair-jan"} {
		docs = append(docs, testDoc{name, day(19367), report(t, name)})
	}
	assert.Empty(t, find(t, Sketcher{Simplify: simplified}, docs))
}

// TestNumbersWeigh: the template twins share nearly all their words, and
// only their numbers tell them apart.
func TestNumbersWeigh(t *testing.T) {
	s := Sketcher{}
	a, b := s.Sketch(report(t, "annual-2023")), s.Sketch(report(t, "annual-2022"))
	radixSort(a.Shingles) // the exact checks compare sorted sets
	radixSort(b.Shingles)
	plain := float64(sharedWeight(a.Shingles, b.Shingles, one)) / float64(min(len(a.Shingles), len(b.Shingles)))
	var wa, wb uint32
	for _, h := range a.Shingles {
		wa += shingleWeight(h)
	}
	for _, h := range b.Shingles {
		wb += shingleWeight(h)
	}
	weighted := float64(sharedWeight(a.Shingles, b.Shingles, shingleWeight)) / float64(min(wa, wb))
	t.Logf("containment of the template twins: %.2f unweighted, %.2f weighted", plain, weighted)
	assert.Less(t, weighted, minContainment)
	assert.Less(t, weighted, plain-0.15)
}

// TestKeptCopy: the earliest published copy is kept; on a tie, or
// without dates, the first by doc, whatever the input order.
func TestKeptCopy(t *testing.T) {
	body := report(t, "annual-2023")
	tests := []struct {
		Name string
		Docs []testDoc
		Want map[string]string
	}{
		{"EarliestPublished", []testDoc{{"a", day(20), body}, {"b", day(10), body}, {"c", nil, body}},
			map[string]string{"a": "b", "c": "b"}},
		{"TieByDoc", []testDoc{{"z", day(10), body}, {"m", day(10), body}, {"q", day(11), body}},
			map[string]string{"z": "m", "q": "m"}},
		{"NoDatesByDoc", []testDoc{{"z", nil, body}, {"m", nil, body}},
			map[string]string{"z": "m"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, find(t, Sketcher{}, tt.Docs))
		})
	}
}

// TestShortAndFailedBodies: bodies too short to compare, and documents
// added without a sketch (failed pages), are never copies.
func TestShortAndFailedBodies(t *testing.T) {
	docs := []testDoc{{"a", nil, "县总工会慰问职工。"}, {"b", nil, "县总工会慰问职工。"}, {"c", nil, ""}, {"d", nil, ""}}
	assert.Empty(t, find(t, Sketcher{}, docs))
}

// TestTemplateBucket: a bucket of many look-alikes does not stop a copy
// from being found, and the comparisons stay bounded.
func TestManyLookAlikes(t *testing.T) {
	base := report(t, "annual-2023")
	var docs []testDoc
	digits := regexp.MustCompile(`[0-9]+`)
	for i := range 200 {
		// a look-alike fills the template with numbers of its own
		n := 0
		body := digits.ReplaceAllStringFunc(base, func(string) string {
			n++
			return strconv.Itoa(1000 + 37*i + n)
		})
		docs = append(docs, testDoc{"look-" + strconv.Itoa(1000+i), nil, body})
	}
	docs = append(docs, testDoc{"orig", day(1), base}, testDoc{"copy", day(2), truncate(base, 0.7)})
	assert.Equal(t, map[string]string{"copy": "orig"}, find(t, Sketcher{}, docs))
}

// TestQuotedInsideLonger: a short report quoted whole inside a much longer
// one is not a copy of it.
func TestQuotedInsideLonger(t *testing.T) {
	warmth := report(t, "warmth-jan")
	longer := report(t, "annual-2023") + warmth + report(t, "jobfair-jan")
	assert.Empty(t, find(t, Sketcher{}, []testDoc{{"a", nil, longer}, {"b", nil, warmth}}))
}

// TestNoChains: a template filled in again and again, each time with one
// more of its numbers changed, is a chain of near neighbours whose ends are
// different reports; it does not become one report.
func TestNoChains(t *testing.T) {
	base := report(t, "annual-2023")
	digits := regexp.MustCompile(`[0-9]+`)
	const steps = 16
	var docs []testDoc
	for i := range steps {
		n := 0 // report i changes the first i numbers
		body := digits.ReplaceAllStringFunc(base, func(d string) string {
			if n++; n <= i {
				return d + "7"
			}
			return d
		})
		docs = append(docs, testDoc{fmt.Sprintf("r%02d", i), nil, body})
	}
	got := find(t, Sketcher{}, docs)
	t.Log(got)
	assert.NotEqual(t, "r00", got[fmt.Sprintf("r%02d", steps-1)], "the chain's ends became one report")
	ends := find(t, Sketcher{}, []testDoc{docs[0], docs[steps-1]})
	assert.Empty(t, ends, "the chain's ends are not copies of each other")
}
