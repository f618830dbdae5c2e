package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/extract"
)

func showCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("show", "[--json] FILE|DIR", stderr)
	asJSON := fs.Bool("json", false, "print the document and its facts as JSON")
	var pf pipelineFlags
	pf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	if isRunDir(fs.Arg(0)) {
		return showRun(stdout, fs.Arg(0), *asJSON)
	}
	page := corpus.ReadFile(fs.Arg(0))
	if page.Err != nil {
		return fmt.Errorf("show: %w", page.Err)
	}
	setMemoryLimit(1)
	p, _, err := pf.load()
	if err != nil {
		return err
	}
	doc := p.Process(ctx, page)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(docJSON(doc)); err != nil {
			return err
		}
	} else {
		printDoc(stdout, doc)
	}
	if doc.Err != nil {
		return errDocsFailed
	}
	return nil
}

// shownDoc is the --json form of a document, with the field names of the
// fact contract.
type shownDoc struct {
	Doc       string   `json:"doc"`
	Title     *string  `json:"title"`
	Published *string  `json:"published"`
	Source    *string  `json:"source"`
	Authors   []string `json:"authors"`
	Region    any      `json:"region"`
	Body      string   `json:"body"`
	Charset   string   `json:"charset"`
	Script    string   `json:"script"`
	// Relevance and AboutUnions say how much of the page is union work.
	Relevance   float64     `json:"relevance"`
	AboutUnions bool        `json:"about_unions"`
	Error       *string     `json:"error"`
	Facts       []shownFact `json:"facts"`
}

type shownFact struct {
	FactNo   int      `json:"fact_no"`
	Metric   string   `json:"metric"`
	Value    float64  `json:"value"`
	ValueMax *float64 `json:"value_max,omitempty"`
	Unit     string   `json:"unit"`
	Approx   string   `json:"approx"`
	Evidence string   `json:"evidence"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Sentence string   `json:"sentence"`
	Trigger  string   `json:"trigger"`
	Noun     string   `json:"noun"`
	Rule     string   `json:"rule"`
	Region   any      `json:"region"`
	// PartOf, PeriodStart, PeriodEnd and PeriodText are null where the
	// fact has none, as in facts.parquet.
	PartOf      *int    `json:"part_of"`
	PeriodStart *string `json:"period_start"`
	PeriodEnd   *string `json:"period_end"`
	PeriodText  *string `json:"period_text"`
}

func docJSON(d extract.Document) shownDoc {
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	s := shownDoc{Doc: d.Doc, Title: opt(d.Title), Published: opt(d.Published), Source: opt(d.Source),
		Authors: d.Authors, Body: d.Body, Charset: d.Charset,
		Script: string(d.Script), Facts: []shownFact{},
		Relevance: d.Relevance, AboutUnions: d.AboutUnions}
	if s.Authors == nil {
		s.Authors = []string{}
	}
	if d.Region != nil {
		s.Region = d.Region
	}
	if d.Err != nil {
		s.Error = opt(d.Err.Error())
	}
	for i, f := range d.Facts {
		sf := shownFact{FactNo: i + 1, Metric: f.Metric, Value: f.Value, ValueMax: f.ValueMax, Unit: f.Unit,
			Approx: f.Approx, Evidence: f.Evidence, Start: f.Start, End: f.End, Sentence: f.Sentence,
			Trigger: f.Trigger, Noun: f.Noun, Rule: f.Rule,
			PeriodStart: opt(f.Period.Start), PeriodEnd: opt(f.Period.End), PeriodText: opt(f.Period.Text)}
		if f.Region != nil {
			sf.Region = f.Region
		}
		if f.PartOf > 0 {
			sf.PartOf = &f.PartOf
		}
		s.Facts = append(s.Facts, sf)
	}
	return s
}

func printDoc(w io.Writer, d extract.Document) {
	field := func(name, v string) {
		if v == "" {
			v = "—"
		}
		fmt.Fprintf(w, "%-10s %s\n", name+":", v)
	}
	field("doc", d.Doc)
	if d.Err != nil {
		field("error", d.Err.Error())
	}
	field("title", d.Title)
	field("published", d.Published)
	field("source", d.Source)
	field("authors", strings.Join(d.Authors, ", "))
	if d.Region != nil {
		field("region", d.Region.Name+" ("+d.Region.Code+")")
	} else {
		field("region", "")
	}
	field("charset", d.Charset)
	field("script", string(d.Script))
	if d.Err == nil {
		about := "about unions"
		if !d.AboutUnions {
			about = "not about unions: no facts taken"
		}
		field("relevance", fmt.Sprintf("%.2f (%s)", d.Relevance, about))
	}
	fmt.Fprintf(w, "\nbody (facts marked ⟦evidence⟧₍n₎):\n%s\n", markFacts(d))
	if len(d.Facts) == 0 {
		fmt.Fprintln(w, "\nno facts")
		return
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "n\tmetric\tvalue\tmax\tunit\tapprox\tevidence\tpart of\tperiod\tperiod words\ttrigger\trule\tregion")
	for i, f := range d.Facts {
		max := ""
		if f.ValueMax != nil {
			max = fmt.Sprint(*f.ValueMax)
		}
		place := ""
		if f.Region != nil {
			place = f.Region.Name
		}
		partOf := ""
		if f.PartOf > 0 {
			partOf = fmt.Sprint(f.PartOf)
		}
		span := ""
		if f.Period.Start != "" || f.Period.End != "" {
			span = f.Period.Start + ".." + f.Period.End
		}
		fmt.Fprintf(tw, "%d\t%s\t%v\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, f.Metric, f.Value, max, f.Unit, f.Approx,
			f.Evidence, partOf, span, f.Period.Text, f.Trigger, f.Rule, place)
	}
	tw.Flush()
}

// markFacts returns the body with each fact's evidence bracketed and
// numbered as in the facts table.
func markFacts(d extract.Document) string {
	rs := []rune(d.Body)
	var b strings.Builder
	at := 0
	for i, f := range d.Facts {
		if f.Start < at || f.End > len(rs) {
			continue // overlapping or out-of-range spans are listed in the table only
		}
		b.WriteString(string(rs[at:f.Start]))
		fmt.Fprintf(&b, "⟦%s⟧₍%d₎", string(rs[f.Start:f.End]), i+1)
		at = f.End
	}
	b.WriteString(string(rs[at:]))
	return b.String()
}
