package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/sample"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/schema"
)

func runCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", "[--out DIR] [PATH...]", stderr)
	out := fs.String("out", "out", "output `DIR` for documents.parquet and facts.parquet")
	var pf pipelineFlags
	pf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	start := time.Now()
	p, rules, err := pf.load()
	if err != nil {
		return err
	}
	meta := schema.Metadata{
		"unionfacts.version":    Version,
		"unionfacts.rules_hash": rules.Hash(),
		"unionfacts.args":       strings.Join(args, " "),
	}
	w, err := schema.Create(*out, meta)
	if err != nil {
		return err
	}
	var sum summary
	write := func(pg corpus.Page) error {
		doc := p.Process(pg)
		sum.add(doc)
		return w.Write(doc)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "no input given: running on the embedded sample reports")
		for _, pg := range sample.Pages() {
			if err := write(pg); err != nil {
				w.Abort()
				return err
			}
		}
	} else {
		r := corpus.NewReader(fs.Args())
		for r.Next() {
			if err := ctx.Err(); err != nil {
				w.Abort()
				return err
			}
			if err := write(r.Page()); err != nil {
				w.Abort()
				return err
			}
		}
		if err := r.Err(); err != nil {
			w.Abort()
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	sum.print(stdout, *out, time.Since(start))
	if len(sum.failed) > 0 {
		return errDocsFailed
	}
	return nil
}

// summary counts what a run produced, for the closing report.
type summary struct {
	docs     int
	facts    int
	byMetric map[string]int
	failed   []extract.Document
}

func (s *summary) add(d extract.Document) {
	s.docs++
	if d.Err != nil {
		s.failed = append(s.failed, d)
		return
	}
	if s.byMetric == nil {
		s.byMetric = map[string]int{}
	}
	for _, f := range d.Facts {
		s.byMetric[f.Metric]++
		s.facts++
	}
}

func (s *summary) print(w io.Writer, out string, took time.Duration) {
	fmt.Fprintf(w, "documents read: %d (%d failed)\n", s.docs, len(s.failed))
	fmt.Fprintf(w, "facts: %d\n", s.facts)
	for _, m := range slices.Sorted(maps.Keys(s.byMetric)) {
		fmt.Fprintf(w, "  %-16s %d\n", m, s.byMetric[m])
	}
	for _, d := range s.failed {
		fmt.Fprintf(w, "failed: %v\n", d.Err)
	}
	fmt.Fprintf(w, "wrote %s/%s and %s/%s in %s\n", out, schema.DocumentsFile, out, schema.FactsFile,
		took.Round(time.Millisecond))
}
