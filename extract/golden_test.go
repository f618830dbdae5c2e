package extract_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/gold"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current extraction")

const (
	// goldenPages holds our own reports with their hand-written gold files;
	// every page a gold file names is a golden case.
	goldenPages = "../corpus/testdata/pages"
	// goldenDir holds the recorded extraction of each case, <stem>.golden.json.
	goldenDir = "../corpus/testdata/golden"
)

// goldenDoc is the recorded form of a Document: every field, with the error
// as its message so that a failing page records why it failed.
type goldenDoc struct {
	extract.Document
	Err string `json:",omitempty"`
}

// TestGolden runs the whole pipeline on every golden case and compares the
// complete extraction with the recorded one. The golden files record what the
// pipeline does today, not what is right (the gold files say that), so a
// change that improves a stage shows up here as a diff to review and accept
// with:
//
//	go test ./extract -run TestGolden -update
func TestGolden(t *testing.T) {
	rules, err := facts.DefaultRules()
	require.NoError(t, err)
	p, err := extract.New(extract.Options{Rules: rules})
	require.NoError(t, err)
	cases, err := gold.Load(goldenPages)
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.MkdirAll(goldenDir, 0o755))
	}

	stems := map[string]bool{}
	for _, c := range cases {
		stem := strings.TrimSuffix(c.Gold.Doc, filepath.Ext(c.Gold.Doc))
		stems[stem] = true
		t.Run(stem, func(t *testing.T) {
			got := render(t, p.Process(context.Background(), corpus.ReadFile(c.Input)))
			// A second run must agree, or the golden file would flake.
			require.Equal(t, got, render(t, p.Process(context.Background(), corpus.ReadFile(c.Input))), "extraction is not deterministic")
			path := filepath.Join(goldenDir, stem+".golden.json")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "no golden file; record it with -update")
			assert.Equal(t, string(want), got, "extraction of %s changed; if the change is right, rerun with -update", c.Gold.Doc)
		})
	}

	recorded, err := filepath.Glob(filepath.Join(goldenDir, "*.golden.json"))
	require.NoError(t, err)
	for _, path := range recorded {
		stem := strings.TrimSuffix(filepath.Base(path), ".golden.json")
		if stems[stem] {
			continue
		}
		if *update {
			require.NoError(t, os.Remove(path))
			continue
		}
		t.Errorf("%s records a page that has no gold file; rerun with -update to remove it", path)
	}
}

// taxonomy is the fact contract's list of metrics.
var taxonomy = []string{
	"unions_formed", "union_count", "members_added", "member_count", "funds_disbursed",
	"funds_raised", "people_assisted", "jobs_offered", "trainees", "service_sites",
	"coverage_rate", "events_held", "participants",
}

// TestGoldCases checks the hand-written gold files themselves, so that an
// edit to the referee cannot silently break it: every case has an expected
// body, every fact names a metric of the taxonomy and a valid approx, has a
// value_max exactly when it is a range, and its evidence ends with its unit
// and occurs in the body after the previous fact's.
func TestGoldCases(t *testing.T) {
	cases, err := gold.Load(goldenPages)
	require.NoError(t, err)
	for _, c := range cases {
		t.Run(c.Gold.Doc, func(t *testing.T) {
			require.NotEmpty(t, c.BodyPath, "no <stem>.body.txt beside the gold file")
			raw, err := os.ReadFile(c.BodyPath)
			require.NoError(t, err)
			body := string(raw)
			if c.Gold.Region != nil {
				assert.Regexp(t, `^[1-8]\d{5}$`, c.Gold.Region.Code)
			}
			at := 0
			for i, f := range c.Gold.Facts {
				assert.Contains(t, taxonomy, f.Metric, "fact %d", i)
				assert.Contains(t, []string{"", "gte", "lte", "about", "range"}, f.Approx, "fact %d", i)
				assert.Equal(t, f.Approx == "range", f.ValueMax != nil, "fact %d: value_max goes with approx range", i)
				// A table cell under a header that names the unit
				// (新建工会（家）) holds the number alone.
				bare := strings.Trim(f.Evidence, "0123456789.") == ""
				assert.True(t, strings.HasSuffix(f.Evidence, f.Unit) || bare, "fact %d: evidence %q does not end with unit %q", i, f.Evidence, f.Unit)
				next := strings.Index(body[at:], f.Evidence)
				if !assert.GreaterOrEqual(t, next, 0, "fact %d: evidence %q not in the body after the previous fact", i, f.Evidence) {
					continue
				}
				at += next + 1
			}
		})
	}
}

// render serializes a document as stable, indented JSON: field order is the
// struct's, facts keep their reading order, nothing depends on maps, and
// text is written as is (no \u003c escapes) so that diffs stay readable.
func render(t *testing.T, doc extract.Document) string {
	t.Helper()
	g := goldenDoc{Document: doc}
	if doc.Err != nil {
		g.Err = doc.Err.Error()
	}
	var out strings.Builder
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(g))
	return out.String()
}
