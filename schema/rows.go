package schema

import (
	"time"
	"unicode/utf8"

	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/region"
)

// Version is the output schema's version, written into every file's
// metadata. Bump it whenever a column is added, removed or changes meaning.
const Version = "5"

// DocumentRow is one row of documents.parquet: one input page. Pointer
// fields are null where the page does not give the field. Columns that take
// few distinct values are dictionary-encoded (dict), which keeps them small
// and lets readers such as pyarrow load them as dictionaries.
type DocumentRow struct {
	Doc       string  `parquet:"doc"`
	Title     *string `parquet:"title,optional"`
	Published *int32  `parquet:"published,optional,date"` // days since 1970-01-01
	Source    *string `parquet:"source,optional,dict"`
	// Authors and Keywords are never null: a page without any gives [].
	Authors    []string `parquet:"authors,list,dict"`
	RegionName *string  `parquet:"region_name,optional,dict"`
	RegionCode *string  `parquet:"region_code,optional,dict"`
	Body       string   `parquet:"body"`
	Keywords   []string `parquet:"keywords,list,dict"`
	// BodyLength counts the body's characters (runes), the unit of the
	// facts' offsets, so that notebooks need not count UTF-8 themselves.
	BodyLength int32 `parquet:"body_length"`
	// Relevance is how much of the body is about union work, 0 to 1, and
	// AboutUnions whether the page reaches the threshold at which it
	// yields facts (see facts.Topic).
	Relevance   float64 `parquet:"relevance"`
	AboutUnions bool    `parquet:"about_unions"`
	// Error is null for a page that was read; otherwise it says which stage
	// failed and why, and the other columns hold what the pipeline got.
	Error *string `parquet:"error,optional"`
	// Input, ContentHash, Charset and CharsetSource trace the row back to
	// the exact bytes it came from and how they were decoded.
	Input         string `parquet:"input"`
	ContentHash   string `parquet:"content_hash"`
	Charset       string `parquet:"charset,dict"`
	CharsetSource string `parquet:"charset_source,dict"`
	// Script is the characters the page is written in: hans, hant or
	// mixed; pages not in simplified characters were read through a
	// simplified view (see extract/script). "" for a page never decoded.
	Script string `parquet:"script,dict"`
	// DuplicateOf is the doc of the copy of this report the run keeps when
	// the page republishes a report printed elsewhere in the run; null on
	// the kept copy and on a report printed once. Package copies sets it
	// once every page is read: Rows leaves it null.
	DuplicateOf *string `parquet:"duplicate_of,optional"`
}

// FactRow is one row of facts.parquet: one fact of one document.
type FactRow struct {
	Doc string `parquet:"doc,dict"`
	// FactNo is the fact's position in its document, 1-based, in reading
	// order: what PartOf refers to.
	FactNo int32   `parquet:"fact_no"`
	Metric string  `parquet:"metric,dict"`
	Value  float64 `parquet:"value"`
	// ValueMax is null unless the fact is a range (approx "range").
	ValueMax *float64 `parquet:"value_max,optional"`
	Unit     string   `parquet:"unit,dict"`
	Approx   string   `parquet:"approx,dict"`
	Evidence string   `parquet:"evidence"`
	// EvidenceStart and EvidenceEnd are the evidence's rune offsets in the
	// document's body, end exclusive. They are not named start and end
	// because END is reserved in SQL.
	EvidenceStart int32  `parquet:"evidence_start"`
	EvidenceEnd   int32  `parquet:"evidence_end"`
	Sentence      string `parquet:"sentence"`
	Trigger       string `parquet:"trigger,dict"`
	Noun          string `parquet:"noun,dict"`
	Rule          string `parquet:"rule,dict"`
	// RegionName and RegionCode are the division the fact's sentence names
	// when it is lower than the document's own; null otherwise.
	RegionName *string `parquet:"region_name,optional,dict"`
	RegionCode *string `parquet:"region_code,optional,dict"`
	// PartOf is the FactNo of the total this fact is a part of; null if
	// none.
	PartOf *int32 `parquet:"part_of,optional"`
	// PeriodStart and PeriodEnd bound the span the fact covers, in days
	// since 1970-01-01 like published; null where absent (a stock has no
	// start). PeriodText is the words that set the span, or where the fact
	// inherited them from (title:…, lead:…, event:…); null if none.
	PeriodStart *int32  `parquet:"period_start,optional,date"`
	PeriodEnd   *int32  `parquet:"period_end,optional,date"`
	PeriodText  *string `parquet:"period_text,optional,dict"`
}

// Rows converts a document into its documents row and its fact rows.
func Rows(d extract.Document) (DocumentRow, []FactRow) {
	dr := DocumentRow{
		Doc:           d.Doc,
		Title:         nonEmpty(d.Title),
		Published:     days(d.Published),
		Source:        nonEmpty(d.Source),
		Authors:       nonNil(d.Authors),
		Body:          d.Body,
		Keywords:      nonNil(d.Keywords),
		BodyLength:    int32(utf8.RuneCountInString(d.Body)),
		Relevance:     d.Relevance,
		AboutUnions:   d.AboutUnions,
		Input:         d.Input,
		ContentHash:   d.ContentHash,
		Charset:       d.Charset,
		CharsetSource: d.CharsetSource,
		Script:        string(d.Script),
	}
	dr.RegionName, dr.RegionCode = regionColumns(d.Region)
	if d.Err != nil {
		msg := d.Err.Error()
		dr.Error = &msg
	}
	frs := make([]FactRow, 0, len(d.Facts))
	for i, f := range d.Facts {
		fr := FactRow{
			Doc: d.Doc, FactNo: int32(i + 1), Metric: f.Metric, Value: f.Value, ValueMax: f.ValueMax,
			Unit: f.Unit, Approx: f.Approx, Evidence: f.Evidence,
			EvidenceStart: int32(f.Start), EvidenceEnd: int32(f.End), Sentence: f.Sentence,
			Trigger: f.Trigger, Noun: f.Noun, Rule: f.Rule,
		}
		fr.RegionName, fr.RegionCode = regionColumns(f.Region)
		if f.PartOf > 0 {
			no := int32(f.PartOf)
			fr.PartOf = &no
		}
		fr.PeriodStart, fr.PeriodEnd = days(f.Period.Start), days(f.Period.End)
		fr.PeriodText = nonEmpty(f.Period.Text)
		frs = append(frs, fr)
	}
	return dr, frs
}

func regionColumns(r *region.Region) (name, code *string) {
	if r == nil {
		return nil, nil
	}
	return nonEmpty(r.Name), nonEmpty(r.Code)
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nonNil keeps list columns from depending on whether a stage returned nil
// or an empty slice.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
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
