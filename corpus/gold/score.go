package gold

import (
	"slices"
	"strings"
	"unicode"

	"github.com/unionfacts/unionfacts/extract"
)

// Headline lists the metrics whose micro-average is the headline score.
var Headline = []string{"unions_formed", "members_added", "funds_disbursed"}

// PRF counts matches for precision, recall and F1.
type PRF struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (s PRF) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP/(TP+FN), 0 when there was nothing to find.
func (s PRF) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s PRF) F1() float64 { return ratio(2*s.TP, 2*s.TP+s.FP+s.FN) }

func (s *PRF) add(o PRF) { s.TP += o.TP; s.FP += o.FP; s.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// FactDiff is one fact that did not match, for --detail.
type FactDiff struct {
	Doc      string   `json:"doc"`
	Kind     string   `json:"kind"` // "missed" (gold only) or "extra" (predicted only)
	Metric   string   `json:"metric"`
	Value    float64  `json:"value"`
	ValueMax *float64 `json:"value_max,omitempty"`
	Unit     string   `json:"unit"`
	Approx   string   `json:"approx"`
	Evidence string   `json:"evidence"`
}

// FieldMiss is one document field that differs from gold.
type FieldMiss struct {
	Doc   string `json:"doc"`
	Field string `json:"field"`
	Want  string `json:"want"`
	Got   string `json:"got"`
}

// Report is the score of a set of documents.
type Report struct {
	Docs      int
	PerMetric map[string]*PRF
	Headline  PRF
	All       PRF
	ApproxOK  int // matched pairs whose approx agrees
	BodyF1Sum float64
	BodyDocs  int
	FieldOK   map[string]int // per field, documents right
	Missed    []FactDiff
	Extra     []FactDiff
	FieldMiss []FieldMiss
	// Scope scores the documents whose gold annotates scope.
	Scope ScopeScore
	// NoFactDocs counts the documents whose gold has no facts (pages about
	// something else), NoFactDocFacts the facts output on them: every one
	// is false.
	NoFactDocs, NoFactDocFacts int
	// WithFacts scores all metrics over the documents whose gold has
	// facts: on a set of mixed pages, how well the unions' facts are told
	// from the others'.
	WithFacts PRF
	// Copies scores the pairs (doc, duplicate_of) once ScoreCopies has
	// run; CopyMisses lists the pairs that did not match.
	Copies     PRF
	CopyMisses []CopyMiss
	goldCopies map[string]string // doc → duplicate_of, from the gold files added
}

// FalseFactsPerNoFactDoc is how many facts a document whose gold has none
// gets on average; 0 when there is no such document.
func (r *Report) FalseFactsPerNoFactDoc() float64 { return ratio(r.NoFactDocFacts, r.NoFactDocs) }

// NewReport returns an empty report.
func NewReport() *Report {
	return &Report{PerMetric: map[string]*PRF{}, FieldOK: map[string]int{}, goldCopies: map[string]string{}}
}

// Fields are the document fields scored by exact match.
var Fields = []string{"title", "published", "source", "authors", "region.code"}

// Add scores one predicted document against its gold case. wantBody is the
// expected body, "" when the case has none.
func (r *Report) Add(c Case, got extract.Document, wantBody string) {
	r.Docs++
	if c.Gold.DuplicateOf != nil {
		r.goldCopies[c.Gold.Doc] = *c.Gold.DuplicateOf
	}
	r.addFacts(c.Gold, got)
	if wantBody != "" {
		r.BodyF1Sum += BodyF1(got.Body, wantBody)
		r.BodyDocs++
	}
	region := ""
	if got.Region != nil {
		region = got.Region.Code
	}
	goldRegion := ""
	if c.Gold.Region != nil {
		goldRegion = c.Gold.Region.Code
	}
	pairs := [][3]string{
		{"title", deref(c.Gold.Title), got.Title},
		{"published", deref(c.Gold.Published), got.Published},
		{"source", deref(c.Gold.Source), got.Source},
		{"authors", strings.Join(c.Gold.Authors, "|"), strings.Join(got.Authors, "|")},
		{"region.code", goldRegion, region},
	}
	for _, p := range pairs {
		if p[1] == p[2] {
			r.FieldOK[p[0]]++
		} else {
			r.FieldMiss = append(r.FieldMiss, FieldMiss{Doc: c.Gold.Doc, Field: p[0], Want: p[1], Got: p[2]})
		}
	}
}

func (r *Report) addFacts(g File, got extract.Document) {
	matched := make([]bool, len(g.Facts))
	goldOf := make([]int, len(got.Facts)) // the gold fact each predicted fact matched, -1 if none
	per := map[string]*PRF{}
	at := func(m string) *PRF {
		if per[m] == nil {
			per[m] = &PRF{}
		}
		return per[m]
	}
	for k, p := range got.Facts {
		hit := -1
		for i, gf := range g.Facts {
			if !matched[i] && gf.Metric == p.Metric && gf.Value == p.Value &&
				sameMax(gf.ValueMax, p.ValueMax) && gf.Unit == p.Unit {
				hit = i
				break
			}
		}
		goldOf[k] = hit
		if hit < 0 {
			at(p.Metric).FP++
			r.Extra = append(r.Extra, FactDiff{Doc: g.Doc, Kind: "extra", Metric: p.Metric, Value: p.Value,
				ValueMax: p.ValueMax, Unit: p.Unit, Approx: p.Approx, Evidence: p.Evidence})
			continue
		}
		matched[hit] = true
		at(p.Metric).TP++
		if g.Facts[hit].Approx == p.Approx {
			r.ApproxOK++
		}
	}
	for i, gf := range g.Facts {
		if !matched[i] {
			at(gf.Metric).FN++
			r.Missed = append(r.Missed, FactDiff{Doc: g.Doc, Kind: "missed", Metric: gf.Metric, Value: gf.Value,
				ValueMax: gf.ValueMax, Unit: gf.Unit, Approx: gf.Approx, Evidence: gf.Evidence})
		}
	}
	if g.Scope {
		r.Scope.add(g, got, goldOf)
	}
	if len(g.Facts) == 0 {
		r.NoFactDocs++
		r.NoFactDocFacts += len(got.Facts)
	}
	for m, s := range per {
		if len(g.Facts) > 0 {
			r.WithFacts.add(*s)
		}
		if r.PerMetric[m] == nil {
			r.PerMetric[m] = &PRF{}
		}
		r.PerMetric[m].add(*s)
		r.All.add(*s)
		if slices.Contains(Headline, m) {
			r.Headline.add(*s)
		}
	}
}

// ApproxAccuracy is the share of matched facts whose approx is right.
func (r *Report) ApproxAccuracy() float64 { return ratio(r.ApproxOK, r.All.TP) }

// BodyF1 is the mean body F1 over the documents that have an expected body.
func (r *Report) BodyF1() float64 {
	if r.BodyDocs == 0 {
		return 0
	}
	return r.BodyF1Sum / float64(r.BodyDocs)
}

// FieldAccuracy is the share of documents whose field is exactly right.
func (r *Report) FieldAccuracy(field string) float64 { return ratio(r.FieldOK[field], r.Docs) }

func sameMax(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// BodyF1 is the F1 of the multisets of character bigrams of got and want,
// whitespace ignored: the fact contract's body score.
func BodyF1(got, want string) float64 { return bagF1(bigrams(got), bigrams(want)) }

// CharBagF1 is the F1 of the multisets ("bags") of non-whitespace
// characters of got and want: line breaks, indentation and order do not
// count. It is the body score of web-extraction datasets.
func CharBagF1(got, want string) float64 { return bagF1(chars(got), chars(want)) }

// bagF1 is 2·common/(|got|+|want|) over two multisets, each element counted
// as often as it occurs in both; two empty bags score 1.
func bagF1[K comparable](got, want map[K]int) float64 {
	common, ng, nw := 0, 0, 0
	for k, c := range got {
		common += min(c, want[k])
		ng += c
	}
	for _, c := range want {
		nw += c
	}
	if ng+nw == 0 {
		return 1
	}
	return 2 * float64(common) / float64(ng+nw)
}

func chars(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			m[r]++
		}
	}
	return m
}

func bigrams(s string) map[string]int {
	rs := []rune(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s))
	m := make(map[string]int, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		m[string(rs[i:i+2])]++
	}
	return m
}
