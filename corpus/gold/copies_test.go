package gold

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/unionfacts/unionfacts/extract"
)

func TestScoreCopies(t *testing.T) {
	of := func(s string) *string { return &s }
	r := NewReport()
	for _, f := range []File{
		{Doc: "a"}, {Doc: "b", DuplicateOf: of("a")}, {Doc: "c", DuplicateOf: of("a")},
		{Doc: "d", DuplicateOf: of("a")}, {Doc: "e"},
	} {
		r.Add(Case{Gold: f}, extract.Document{Doc: f.Doc}, "")
	}
	// b right; c given the wrong kept copy; d missed; e joined wrongly
	r.ScoreCopies(map[string]string{"b": "a", "c": "b", "e": "a"})
	assert.Equal(t, PRF{TP: 1, FP: 2, FN: 2}, r.Copies)
	assert.Equal(t, []CopyMiss{{"c", "missed", "a"}, {"d", "missed", "a"}, {"c", "extra", "b"}, {"e", "extra", "a"}},
		r.CopyMisses)
	assert.True(t, r.CopiesScored())
	assert.False(t, NewReport().CopiesScored())
}
