// Package schema defines the rows of documents.parquet and facts.parquet and
// writes them. Column names are the field names of the fact contract.
package schema

import (
	"time"

	"github.com/unionfacts/unionfacts/extract"
)

// Version is the output schema's version, written into every file's
// metadata. Bump it whenever a column is added, removed or changes meaning.
const Version = "1"

// DocumentRow is one row of documents.parquet: one input document.
type DocumentRow struct {
	Doc        string   `parquet:"doc"`
	Title      *string  `parquet:"title,optional"`
	Published  *int32   `parquet:"published,optional,date"` // days since 1970-01-01
	Source     *string  `parquet:"source,optional"`
	Authors    []string `parquet:"authors,list"`
	RegionName *string  `parquet:"region_name,optional"`
	RegionCode *string  `parquet:"region_code,optional,dict"`
	Body       string   `parquet:"body"`
	Charset    string   `parquet:"charset,dict"`
	Error      *string  `parquet:"error,optional"`
}

// FactRow is one row of facts.parquet: one fact.
type FactRow struct {
	Doc      string   `parquet:"doc,dict"`
	Metric   string   `parquet:"metric,dict"`
	Value    float64  `parquet:"value"`
	ValueMax *float64 `parquet:"value_max,optional"`
	Unit     string   `parquet:"unit,dict"`
	Approx   string   `parquet:"approx,dict"`
	Evidence string   `parquet:"evidence"`
	// Start and End are the evidence's rune offsets in the document's body.
	Start    int32  `parquet:"start"`
	End      int32  `parquet:"end"`
	Sentence string `parquet:"sentence"`
	Trigger  string `parquet:"trigger,dict"`
	Noun     string `parquet:"noun,dict"`
	Rule     string `parquet:"rule,dict"`
}

// Rows converts a document into its documents row and its fact rows.
func Rows(d extract.Document) (DocumentRow, []FactRow) {
	dr := DocumentRow{
		Doc:       d.Doc,
		Title:     nonEmpty(d.Title),
		Published: days(d.Published),
		Source:    nonEmpty(d.Source),
		Authors:   d.Authors,
		Body:      d.Body,
		Charset:   d.Charset,
	}
	if d.Region != nil {
		dr.RegionName, dr.RegionCode = nonEmpty(d.Region.Name), nonEmpty(d.Region.Code)
	}
	if d.Err != nil {
		msg := d.Err.Error()
		dr.Error = &msg
	}
	frs := make([]FactRow, 0, len(d.Facts))
	for _, f := range d.Facts {
		frs = append(frs, FactRow{
			Doc: d.Doc, Metric: f.Metric, Value: f.Value, ValueMax: f.ValueMax,
			Unit: f.Unit, Approx: f.Approx, Evidence: f.Evidence,
			Start: int32(f.Start), End: int32(f.End), Sentence: f.Sentence,
			Trigger: f.Trigger, Noun: f.Noun, Rule: f.Rule,
		})
	}
	return dr, frs
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// days converts YYYY-MM-DD to days since the Unix epoch, the physical form
// of a Parquet DATE. parquet-go mis-writes time.Time fields tagged date.
func days(ymd string) *int32 {
	t, err := time.Parse(time.DateOnly, ymd)
	if err != nil {
		return nil
	}
	d := int32(t.Unix() / 86400)
	return &d
}
