package facts

import (
	"github.com/unionfacts/unionfacts/extract/period"
	"github.com/unionfacts/unionfacts/extract/region"
)

// Fact is one number of the taxonomy, with the words that prove it.
type Fact struct {
	Metric   string
	Value    float64
	ValueMax *float64 // upper end of a range, nil otherwise
	Unit     string
	Approx   string
	// Evidence is the exact substring of the body from the number's first
	// character to its unit's last; Start and End are its rune offsets.
	Evidence   string
	Start, End int
	// Sentence is the body sentence the evidence sits in, or of a sentence
	// longer than the classifier reads, the part it read (see reach).
	Sentence string
	// SentenceStart is Sentence's rune offset in the body, so that the
	// text before the evidence need not be searched for. It is left out of
	// JSON: it adds no information to Sentence and Start.
	SentenceStart int `json:"-"`
	// Trigger and Noun are the words that decided the metric; Rule names the
	// rule that matched.
	Trigger, Noun, Rule string
	// Region is the division the sentence names when it is lower than the
	// document's own, nil otherwise.
	Region *region.Region
	// PartOf is the position (1-based, in the document's facts) of the
	// total this fact is a part of, 0 if none; see Classifier.LinkParts.
	PartOf int
	// Period is the span of time the fact covers (see package period).
	Period period.Span
}
