package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/unionfacts/unionfacts/copies"
	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/gold"
	"github.com/unionfacts/unionfacts/extract/charset"
	"github.com/unionfacts/unionfacts/extract/script"
)

func evalCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "[--json] [--detail] DIR...", stderr)
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	detail := fs.Bool("detail", false, "list every missed and extra fact and every wrong field")
	floors := fs.String("floors", "", "JSON `FILE` of minimum scores; fail when any score is below its floor")
	asScript := fs.String("script", "", "`hant`: convert every page and its gold to traditional characters first (OpenCC's table, character by character), to score how traditional pages are read")
	var pf pipelineFlags
	pf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	p, _, err := pf.load()
	if err != nil {
		return err
	}
	convert, err := scriptConversion(*asScript)
	if err != nil {
		return err
	}
	tables, err := loadScriptTables(pf.scriptTables)
	if err != nil {
		return err
	}
	found, err := newEvalCopies(copies.Sketcher{Simplify: tables.Simplified})
	if err != nil {
		return err
	}
	defer found.close()
	rep := gold.NewReport()
	for _, dir := range fs.Args() {
		cases, err := gold.Load(dir)
		if err != nil {
			return err
		}
		for _, c := range cases {
			if err := ctx.Err(); err != nil {
				return err
			}
			page := corpus.ReadFile(c.Input)
			want := ""
			if c.BodyPath != "" {
				raw, err := os.ReadFile(c.BodyPath)
				if err != nil {
					return err
				}
				want = string(raw)
			}
			if convert != nil {
				page, c.Gold, want = convertPage(page, convert), c.Gold.Converted(convert), convert(want)
			}
			doc := p.Process(ctx, page)
			rep.Add(c, doc, want)
			if err := found.add(c, doc); err != nil {
				return err
			}
		}
	}
	got, err := found.found()
	if err != nil {
		return err
	}
	rep.ScoreCopies(got)
	scores := evalJSON(rep, *detail)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(scores); err != nil {
			return err
		}
	} else {
		printReport(stdout, rep, *detail)
	}
	if *floors == "" {
		return nil
	}
	return checkFloors(*floors, scores.flat(), stdout)
}

// scriptConversion returns the conversion --script names: nil for none.
func scriptConversion(name string) (func(string) string, error) {
	switch name {
	case "":
		return nil, nil
	case string(script.Hant):
		return script.Default().Traditional, nil
	}
	return nil, fmt.Errorf("%w: --script %q: want hant", errUsage, name)
}

// convertPage decodes a page and converts its text, handing it on as
// UTF-8, which the decoder takes whatever its meta tag declares.
func convertPage(pg corpus.Page, convert func(string) string) corpus.Page {
	if pg.Err != nil {
		return pg
	}
	text, _ := charset.Decode(pg.Data, pg.ContentType)
	pg.Data, pg.ContentType = []byte(convert(text)), ""
	return pg
}

// checkFloors compares scores with the minimums in path, a JSON object
// whose keys are score names as the command's flat form names them
// ("headline_f1", "fields.title", "metrics.unions_formed.f1"), and fails
// naming every score that fell below its floor.
func checkFloors(path string, got map[string]float64, w io.Writer) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("floors: %w", err)
	}
	var want map[string]float64
	if err := json.Unmarshal(raw, &want); err != nil {
		return fmt.Errorf("floors: %s: %w", path, err)
	}
	var below []string
	for _, k := range slices.Sorted(maps.Keys(want)) {
		v, ok := got[k]
		if !ok {
			return fmt.Errorf("floors: %s: unknown score %q", path, k)
		}
		if v+1e-9 < want[k] {
			below = append(below, fmt.Sprintf("%s %.3f < floor %.3f", k, v, want[k]))
		}
	}
	if len(below) > 0 {
		return fmt.Errorf("scores below their floors in %s:\n  %s", path, strings.Join(below, "\n  "))
	}
	fmt.Fprintf(w, "all %d floors in %s met\n", len(want), path)
	return nil
}

// flat names every score the way a floors file does.
func (s evalScores) flat() map[string]float64 {
	m := map[string]float64{
		"headline_f1": s.HeadlineF1, "all_f1": s.AllF1, "all_precision": s.AllPrecision,
		"all_recall": s.AllRecall, "approx_accuracy": s.ApproxAccuracy, "body_f1": s.BodyF1,
	}
	for k, v := range s.Fields {
		m["fields."+k] = v
	}
	if o := s.OffTopic; o != nil {
		// facts_per_doc is left out: lower is better, and floors are minimums.
		m["off_topic.with_facts_f1"] = o.WithFactsF1
	}
	if c := s.Copies; c != nil {
		m["copies.precision"], m["copies.recall"], m["copies.f1"] = c.Precision, c.Recall, c.F1
	}
	if sc := s.Scope; sc != nil {
		m["scope.period_accuracy"] = sc.PeriodAccuracy
		m["scope.part_of_f1"] = sc.PartOfF1
		m["scope.part_of_precision"] = sc.PartOfPrecision
		m["scope.part_of_recall"] = sc.PartOfRecall
	}
	for k, v := range s.Metrics {
		m["metrics."+k+".f1"] = v.F1
		m["metrics."+k+".precision"] = v.Precision
		m["metrics."+k+".recall"] = v.Recall
	}
	return m
}

// evalScores is the --json form of a report.
type evalScores struct {
	Docs           int                     `json:"docs"`
	HeadlineF1     float64                 `json:"headline_f1"`
	AllF1          float64                 `json:"all_f1"`
	AllPrecision   float64                 `json:"all_precision"`
	AllRecall      float64                 `json:"all_recall"`
	ApproxAccuracy float64                 `json:"approx_accuracy"`
	BodyF1         float64                 `json:"body_f1"`
	Fields         map[string]float64      `json:"fields"`
	Metrics        map[string]metricScores `json:"metrics"`
	// OffTopic is absent when every gold file has facts.
	OffTopic *offTopicScores `json:"off_topic,omitempty"`
	// Scope is absent when no gold file annotates scope.
	Scope *scopeScores `json:"scope,omitempty"`
	// Copies scores the pairs (doc, duplicate_of); absent when neither
	// the gold nor the output names a copy.
	Copies     *metricScores    `json:"copies,omitempty"`
	CopyMisses []gold.CopyMiss  `json:"copy_misses,omitempty"`
	Missed     []gold.FactDiff  `json:"missed,omitempty"`
	Extra      []gold.FactDiff  `json:"extra,omitempty"`
	FieldMiss  []gold.FieldMiss `json:"field_misses,omitempty"`
}

// offTopicScores scores a set with pages about something else: the false
// facts on the pages whose gold has none, and all metrics over the
// others (on mixed pages, how well the unions' facts are told apart).
type offTopicScores struct {
	Docs          int     `json:"docs"`
	Facts         int     `json:"facts"`
	FactsPerDoc   float64 `json:"facts_per_doc"`
	WithFactsDocs int     `json:"with_facts_docs"`
	WithFactsF1   float64 `json:"with_facts_f1"`
	WithFactsP    float64 `json:"with_facts_precision"`
	WithFactsR    float64 `json:"with_facts_recall"`
	WithFactsTP   int     `json:"with_facts_tp"`
	WithFactsFP   int     `json:"with_facts_fp"`
	WithFactsFN   int     `json:"with_facts_fn"`
}

// scopeScores is the --json form of a gold.ScopeScore.
type scopeScores struct {
	Docs            int              `json:"docs"`
	PeriodAccuracy  float64          `json:"period_accuracy"`
	PeriodRight     int              `json:"period_right"`
	PeriodScored    int              `json:"period_scored"`
	PartOfF1        float64          `json:"part_of_f1"`
	PartOfPrecision float64          `json:"part_of_precision"`
	PartOfRecall    float64          `json:"part_of_recall"`
	PartOfTP        int              `json:"part_of_tp"`
	PartOfFP        int              `json:"part_of_fp"`
	PartOfFN        int              `json:"part_of_fn"`
	Misses          []gold.ScopeMiss `json:"misses,omitempty"`
}

type metricScores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
}

func evalJSON(r *gold.Report, detail bool) evalScores {
	s := evalScores{
		Docs: r.Docs, HeadlineF1: r.Headline.F1(), AllF1: r.All.F1(),
		AllPrecision: r.All.Precision(), AllRecall: r.All.Recall(),
		ApproxAccuracy: r.ApproxAccuracy(), BodyF1: r.BodyF1(),
		Fields: map[string]float64{}, Metrics: map[string]metricScores{},
	}
	for _, f := range gold.Fields {
		s.Fields[f] = r.FieldAccuracy(f)
	}
	for m, prf := range r.PerMetric {
		s.Metrics[m] = metricScores{prf.Precision(), prf.Recall(), prf.F1(), prf.TP, prf.FP, prf.FN}
	}
	if r.NoFactDocs > 0 {
		w := r.WithFacts
		s.OffTopic = &offTopicScores{Docs: r.NoFactDocs, Facts: r.NoFactDocFacts,
			FactsPerDoc: r.FalseFactsPerNoFactDoc(), WithFactsDocs: r.Docs - r.NoFactDocs,
			WithFactsF1: w.F1(), WithFactsP: w.Precision(), WithFactsR: w.Recall(),
			WithFactsTP: w.TP, WithFactsFP: w.FP, WithFactsFN: w.FN}
	}
	if sc := &r.Scope; sc.Docs > 0 {
		s.Scope = &scopeScores{Docs: sc.Docs, PeriodAccuracy: sc.PeriodAccuracy(), PeriodRight: sc.PeriodOK,
			PeriodScored: sc.PeriodN, PartOfF1: sc.PartOf.F1(), PartOfPrecision: sc.PartOf.Precision(),
			PartOfRecall: sc.PartOf.Recall(), PartOfTP: sc.PartOf.TP, PartOfFP: sc.PartOf.FP, PartOfFN: sc.PartOf.FN}
		if detail {
			s.Scope.Misses = sc.Misses
		}
	}
	if r.CopiesScored() {
		c := r.Copies
		s.Copies = &metricScores{c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN}
	}
	if detail {
		s.Missed, s.Extra, s.FieldMiss, s.CopyMisses = r.Missed, r.Extra, r.FieldMiss, r.CopyMisses
	}
	return s
}

func printReport(w io.Writer, r *gold.Report, detail bool) {
	fmt.Fprintf(w, "documents: %d\n\n", r.Docs)
	fmt.Fprintf(w, "%-18s %6s %6s %6s %5s %5s %5s\n", "metric", "P", "R", "F1", "tp", "fp", "fn")
	for _, m := range slices.Sorted(maps.Keys(r.PerMetric)) {
		s := r.PerMetric[m]
		fmt.Fprintf(w, "%-18s %6.3f %6.3f %6.3f %5d %5d %5d\n", m, s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
	}
	fmt.Fprintf(w, "%-18s %6.3f %6.3f %6.3f %5d %5d %5d\n", "headline (micro)",
		r.Headline.Precision(), r.Headline.Recall(), r.Headline.F1(), r.Headline.TP, r.Headline.FP, r.Headline.FN)
	fmt.Fprintf(w, "%-18s %6.3f %6.3f %6.3f %5d %5d %5d\n\n", "all (micro)",
		r.All.Precision(), r.All.Recall(), r.All.F1(), r.All.TP, r.All.FP, r.All.FN)
	fmt.Fprintf(w, "approx accuracy: %.3f (%d of %d matched)\n", r.ApproxAccuracy(), r.ApproxOK, r.All.TP)
	fmt.Fprintf(w, "body F1:         %.3f (%d documents)\n", r.BodyF1(), r.BodyDocs)
	for _, f := range gold.Fields {
		fmt.Fprintf(w, "%-16s %.3f\n", f+":", r.FieldAccuracy(f))
	}
	if r.NoFactDocs > 0 {
		wf := r.WithFacts
		fmt.Fprintf(w, "\npages whose gold has no facts: %d, facts output on them: %d (%.3f a page)\n",
			r.NoFactDocs, r.NoFactDocFacts, r.FalseFactsPerNoFactDoc())
		fmt.Fprintf(w, "pages whose gold has facts: %d, all metrics P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n",
			r.Docs-r.NoFactDocs, wf.Precision(), wf.Recall(), wf.F1(), wf.TP, wf.FP, wf.FN)
	}
	if sc := &r.Scope; sc.Docs > 0 {
		fmt.Fprintf(w, "\nscope (%d documents annotate it):\n", sc.Docs)
		fmt.Fprintf(w, "period accuracy: %.3f (%d of %d matched facts with a period)\n", sc.PeriodAccuracy(), sc.PeriodOK, sc.PeriodN)
		fmt.Fprintf(w, "part-of links:   P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n",
			sc.PartOf.Precision(), sc.PartOf.Recall(), sc.PartOf.F1(), sc.PartOf.TP, sc.PartOf.FP, sc.PartOf.FN)
	} else {
		fmt.Fprintln(w, "\nscope: no gold file here annotates it")
	}
	if c := r.Copies; r.CopiesScored() {
		fmt.Fprintf(w, "copies (doc, duplicate_of): P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n",
			c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	} else {
		fmt.Fprintln(w, "copies: none in the gold or the output")
	}
	if !detail {
		return
	}
	fmt.Fprintln(w)
	for _, d := range append(append([]gold.FactDiff(nil), r.Missed...), r.Extra...) {
		fmt.Fprintf(w, "%-6s %s  %-16s %v %s %q approx=%q\n", d.Kind, d.Doc, d.Metric, d.Value, d.Unit, d.Evidence, d.Approx)
	}
	for _, m := range r.FieldMiss {
		fmt.Fprintf(w, "field  %s  %s: want %q, got %q\n", m.Doc, m.Field, m.Want, m.Got)
	}
	for _, m := range r.CopyMisses {
		fmt.Fprintf(w, "copy   %s  %s: duplicate_of %q\n", m.Doc, m.Kind, m.DuplicateOf)
	}
	for _, m := range r.Scope.Misses {
		fmt.Fprintf(w, "scope  %s  #%d %q %s: want %q, got %q\n", m.Doc, m.FactNo, m.Evidence, m.Field, m.Want, m.Got)
	}
}
