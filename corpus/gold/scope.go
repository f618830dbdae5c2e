package gold

import (
	"strconv"

	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/facts"
)

// ScopeScore scores when facts hold and what they are part of, over the
// facts matched to gold in files that annotate scope, as the fact contract
// says: a period is right when its start and end both equal the gold's to
// the month (an absent date matching only an absent one), counted over the
// matched facts where the gold or the output gives a period; a part-of link
// (fact → total) is right when both of its facts are matched to the gold's
// pair. Links are counted from matched parts only: a part that was not
// extracted is already a missed fact.
type ScopeScore struct {
	Docs int
	// PeriodOK of PeriodN matched facts with a period in gold or output
	// have the right one.
	PeriodOK, PeriodN int
	PartOf            PRF
	Misses            []ScopeMiss
}

// ScopeMiss is one matched fact whose period or part-of link is wrong, for
// --detail.
type ScopeMiss struct {
	Doc      string `json:"doc"`
	FactNo   int    `json:"fact_no"` // the gold fact's position, 1-based
	Evidence string `json:"evidence"`
	Field    string `json:"field"` // "period" or "part_of"
	Want     string `json:"want"`
	Got      string `json:"got"`
}

// PeriodAccuracy is the share of matched facts with a period in gold or
// output whose period is right; 0 when there are none.
func (s *ScopeScore) PeriodAccuracy() float64 { return ratio(s.PeriodOK, s.PeriodN) }

func (s *ScopeScore) add(g File, got extract.Document, goldOf []int) {
	s.Docs++
	predOf := make([]int, len(g.Facts)) // the predicted fact each gold fact matched, -1 if none
	for i := range predOf {
		predOf[i] = -1
	}
	for k, gi := range goldOf {
		if gi >= 0 {
			predOf[gi] = k
		}
	}
	for k, gi := range goldOf {
		if gi < 0 {
			continue
		}
		gf, pf := g.Facts[gi], got.Facts[k]
		if want, have := goldPeriod(gf), gotPeriod(pf); want != "" || have != "" {
			s.PeriodN++
			if sameMonths(gf, pf) {
				s.PeriodOK++
			} else {
				s.miss(g.Doc, gi, gf.Evidence, "period", want, have)
			}
		}
		wantTotal := -1 // the gold total's index
		if gf.PartOf != nil {
			wantTotal = *gf.PartOf - 1
		}
		gotTotal := -1 // the gold index of the predicted total, -2 if unmatched
		if pf.PartOf > 0 && pf.PartOf <= len(goldOf) {
			if gotTotal = goldOf[pf.PartOf-1]; gotTotal < 0 {
				gotTotal = -2
			}
		}
		switch {
		case wantTotal < 0 && gotTotal == -1:
			continue
		case wantTotal >= 0 && gotTotal == wantTotal:
			s.PartOf.TP++
			continue
		}
		if wantTotal >= 0 {
			s.PartOf.FN++
		}
		if gotTotal != -1 {
			s.PartOf.FP++
		}
		s.miss(g.Doc, gi, gf.Evidence, "part_of", factNo(wantTotal), factNo(gotTotal))
	}
}

func (s *ScopeScore) miss(doc string, gi int, evidence, field, want, got string) {
	s.Misses = append(s.Misses, ScopeMiss{Doc: doc, FactNo: gi + 1, Evidence: evidence, Field: field, Want: want, Got: got})
}

// factNo names a gold fact index for a miss: its 1-based position, "" for
// none, "unmatched" for a predicted total that matched no gold fact.
func factNo(i int) string {
	switch {
	case i == -2:
		return "unmatched"
	case i < 0:
		return ""
	}
	return "#" + strconv.Itoa(i+1)
}

// sameMonths reports whether both ends agree to the month.
func sameMonths(g Fact, p facts.Fact) bool {
	return month(deref(g.PeriodStart)) == month(p.Period.Start) && month(deref(g.PeriodEnd)) == month(p.Period.End)
}

// month returns YYYY-MM of a YYYY-MM-DD date, "" for none.
func month(d string) string {
	if len(d) < 7 {
		return ""
	}
	return d[:7]
}

func goldPeriod(f Fact) string { return span(deref(f.PeriodStart), deref(f.PeriodEnd)) }

func gotPeriod(f facts.Fact) string { return span(f.Period.Start, f.Period.End) }

func span(start, end string) string {
	if start == "" && end == "" {
		return ""
	}
	return start + ".." + end
}
