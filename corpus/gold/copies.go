package gold

import (
	"maps"
	"slices"
)

// CopyMiss is one copy pair that did not match, for --detail: a pair the
// gold names that the output lacks (missed) or one the output names that
// the gold lacks (extra).
type CopyMiss struct {
	Doc         string `json:"doc"`
	Kind        string `json:"kind"` // "missed" or "extra"
	DuplicateOf string `json:"duplicate_of"`
}

// ScoreCopies scores the copies found among the documents added so far
// against their gold, as the fact contract says: precision and recall of
// the pairs (doc, duplicate_of). got maps each document the output marks
// as a copy to its kept copy; a document given the wrong kept copy is both
// a missed and an extra pair.
func (r *Report) ScoreCopies(got map[string]string) {
	for _, doc := range slices.Sorted(maps.Keys(r.goldCopies)) {
		if want := r.goldCopies[doc]; got[doc] == want {
			r.Copies.TP++
		} else {
			r.Copies.FN++
			r.CopyMisses = append(r.CopyMisses, CopyMiss{Doc: doc, Kind: "missed", DuplicateOf: want})
		}
	}
	for _, doc := range slices.Sorted(maps.Keys(got)) {
		if r.goldCopies[doc] != got[doc] {
			r.Copies.FP++
			r.CopyMisses = append(r.CopyMisses, CopyMiss{Doc: doc, Kind: "extra", DuplicateOf: got[doc]})
		}
	}
}

// CopiesScored says whether there were copies to score: in the gold or in
// the output.
func (r *Report) CopiesScored() bool { return r.Copies.TP+r.Copies.FP+r.Copies.FN > 0 }
