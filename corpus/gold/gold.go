// Package gold reads gold files, the hand-checked extractions that are the
// referee of quality, and scores pipeline output against them exactly as
// the fact contract says.
package gold

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// File is one <doc>.gold.json.
type File struct {
	Doc       string   `json:"doc"`
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Source    *string  `json:"source"`
	Authors   []string `json:"authors"`
	Region    *struct {
		Name string `json:"name"`
		Code string `json:"code"`
	} `json:"region"`
	Facts []Fact `json:"facts"`
	// Scope says the file annotates when each fact holds and what it is
	// part of; only such files are scored for scope.
	Scope bool `json:"scope"`
	// DuplicateOf is the doc of the copy a run keeps when this page
	// republishes a report another gold file's page prints; nil otherwise.
	DuplicateOf *string `json:"duplicate_of,omitempty"`
}

// Fact is one gold fact.
type Fact struct {
	Metric   string   `json:"metric"`
	Value    float64  `json:"value"`
	ValueMax *float64 `json:"value_max,omitempty"`
	Unit     string   `json:"unit"`
	Approx   string   `json:"approx"`
	Evidence string   `json:"evidence"`
	// PartOf is the 1-based position in Facts of the total this fact is a
	// part of; nil if none.
	PartOf *int `json:"part_of,omitempty"`
	// PeriodStart and PeriodEnd are YYYY-MM-DD; nil where absent.
	PeriodStart *string `json:"period_start,omitempty"`
	PeriodEnd   *string `json:"period_end,omitempty"`
}

// Converted returns f with its printed fields (title, source, authors)
// passed through convert, as a page converted by it prints them; the
// facts' units and the region stay as the contract writes them. It scores
// pages converted to traditional characters against the simplified gold.
func (f File) Converted(convert func(string) string) File {
	conv := func(s *string) *string {
		if s == nil {
			return nil
		}
		c := convert(*s)
		return &c
	}
	f.Title, f.Source = conv(f.Title), conv(f.Source)
	f.Authors = slices.Clone(f.Authors)
	for i, a := range f.Authors {
		f.Authors[i] = convert(a)
	}
	return f
}

// Case is one gold file with the paths of its input and expected body.
type Case struct {
	Gold     File
	Input    string // the page the gold describes
	BodyPath string // <stem>.body.txt, "" when absent
	GoldPath string
}

// Load reads every *.gold.json directly inside dir, in name order.
func Load(dir string) ([]Case, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("gold: no *.gold.json files in %s", dir)
	}
	sort.Strings(paths)
	cases := make([]Case, 0, len(paths))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var f File
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("gold: %s: %w", p, err)
		}
		if f.Doc == "" {
			return nil, fmt.Errorf("gold: %s: no doc field", p)
		}
		c := Case{Gold: f, Input: filepath.Join(dir, f.Doc), GoldPath: p}
		body := filepath.Join(dir, strings.TrimSuffix(f.Doc, filepath.Ext(f.Doc))+".body.txt")
		if _, err := os.Stat(body); err == nil {
			c.BodyPath = body
		}
		cases = append(cases, c)
	}
	return cases, nil
}
