package batch

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"github.com/unionfacts/unionfacts/schema"
)

// listedFailures caps the failures a Summary keeps, so that a crawl of
// junk does not fill memory with error messages; every one of them is in
// the error column of documents.parquet anyway.
const listedFailures = 50

// Summary is what a run produced, counted from the rows it wrote, so that
// a resumed run reports the same as an uninterrupted one.
type Summary struct {
	Docs  int
	Facts int
	// Copies counts the documents that republish a report the run keeps
	// elsewhere (duplicate_of set).
	Copies int
	// PanelRows counts the rows of panel.parquet.
	PanelRows int
	// Resumed counts the documents taken from an interrupted run's journal
	// rather than extracted by this one.
	Resumed int
	// NotAboutUnions counts the documents read whose text is not about
	// union work (documents.about_unions false), which yield no facts.
	NotAboutUnions int
	ByMetric       map[string]int
	// Failures lists the first failed documents and why; FailedDocs counts
	// them all.
	Failures   []Failure
	FailedDocs int
	Took       time.Duration
}

// Failure is a document that could not be extracted.
type Failure struct {
	Doc, Error string
}

func (s *Summary) add(doc schema.DocumentRow, facts []schema.FactRow) {
	s.Docs++
	if doc.DuplicateOf != nil {
		s.Copies++
	}
	if doc.Error != nil {
		s.FailedDocs++
		if len(s.Failures) < listedFailures {
			s.Failures = append(s.Failures, Failure{Doc: doc.Doc, Error: *doc.Error})
		}
	} else if !doc.AboutUnions {
		s.NotAboutUnions++
	}
	if s.ByMetric == nil {
		s.ByMetric = map[string]int{}
	}
	for _, f := range facts {
		s.ByMetric[f.Metric]++
		s.Facts++
	}
}

// Print writes the summary for a person; out is the output folder.
func (s *Summary) Print(w io.Writer, out string) {
	s.PrintCounts(w)
	fmt.Fprintf(w, "panel: %d rows (division, year, metric)\n", s.PanelRows)
	fmt.Fprintf(w, "wrote %s/%s, %s/%s and %s/%s in %s\n", out, schema.DocumentsFile, out, schema.FactsFile,
		out, schema.PanelFile, s.Took.Round(time.Millisecond))
}

// PrintCounts writes what the run's rows hold: documents, copies, facts
// and failures.
func (s *Summary) PrintCounts(w io.Writer) {
	fmt.Fprintf(w, "documents read: %d (%d failed", s.Docs, s.FailedDocs)
	if s.Resumed > 0 {
		fmt.Fprintf(w, ", %d resumed from an interrupted run", s.Resumed)
	}
	fmt.Fprintln(w, ")")
	fmt.Fprintf(w, "copies: %d (documents republishing a report kept elsewhere in the run; duplicate_of names it)\n", s.Copies)
	fmt.Fprintf(w, "not about unions: %d (no facts taken from them)\n", s.NotAboutUnions)
	fmt.Fprintf(w, "facts: %d\n", s.Facts)
	for _, m := range slices.Sorted(maps.Keys(s.ByMetric)) {
		fmt.Fprintf(w, "  %-16s %d\n", m, s.ByMetric[m])
	}
	for _, f := range s.Failures {
		fmt.Fprintf(w, "failed: %s\n", f.Error)
	}
	if more := s.FailedDocs - len(s.Failures); more > 0 {
		fmt.Fprintf(w, "failed: %d more; see the error column of %s\n", more, schema.DocumentsFile)
	}
}

// SummarizeRun counts the summary of the finished run in dir from its
// files, as the run counted it (Took and Resumed aside).
func SummarizeRun(dir string) (Summary, error) {
	var sum Summary
	err := schema.ReadRun(dir, func(d schema.DocumentRow, facts []schema.FactRow) error {
		sum.add(d, facts)
		return nil
	})
	return sum, err
}
