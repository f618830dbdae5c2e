package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/gold"
)

func evalCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "[--json] [--detail] DIR...", stderr)
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	detail := fs.Bool("detail", false, "list every missed and extra fact and every wrong field")
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
			doc := p.Process(corpus.ReadFile(c.Input))
			want := ""
			if c.BodyPath != "" {
				raw, err := os.ReadFile(c.BodyPath)
				if err != nil {
					return err
				}
				want = string(raw)
			}
			rep.Add(c, doc, want)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(evalJSON(rep, *detail))
	}
	printReport(stdout, rep, *detail)
	return nil
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
	Missed         []gold.FactDiff         `json:"missed,omitempty"`
	Extra          []gold.FactDiff         `json:"extra,omitempty"`
	FieldMiss      []gold.FieldMiss        `json:"field_misses,omitempty"`
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
	if detail {
		s.Missed, s.Extra, s.FieldMiss = r.Missed, r.Extra, r.FieldMiss
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
}
