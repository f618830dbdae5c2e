package facts

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGapWords checks words with the gap mark: their pieces must come in
// order, each within maxGap runes of the one before.
func TestGapWords(t *testing.T) {
	tests := []struct {
		Name, In, Word string
		Found          bool
	}{
		{"Adjacent", "推动企业成立工会", "成立…工会", true},
		{"Apart", "在乡镇成立区域性工会联合会", "成立…工会", true},
		{"AtMostTheGap", "成立一二三四五六七八工会", "成立…工会", true},
		{"BeyondTheGap", "成立一二三四五六七八九工会", "成立…工会", false},
		{"OutOfOrder", "工会成立大会", "成立…工会", false},
		{"ThreePieces", "为女职工免费开展两癌筛查", "为…免费…筛查", true},
		{"LaterStartChains", "成立一二三四五六七八九十，成立工会", "成立…工会", true},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			_, _, found := firstIn(tt.In, []string{tt.Word})
			assert.Equal(t, tt.Found, found, "firstIn")
			_, _, found = lastIn(tt.In, []string{tt.Word})
			assert.Equal(t, tt.Found, found, "lastIn")
		})
	}
	// The gap a rule reads is what lies before the match's start (after)
	// or after its end (before).
	_, gap, _ := firstIn("乡镇成立区域性工会联合会", []string{"成立…工会"})
	assert.Equal(t, 2, gap)
	_, gap, _ = lastIn("成立行业工会联合会", []string{"成立…工会"})
	assert.Equal(t, 3, gap)
	word, _, _ := lastIn("组建工会后成立行业工会", []string{"组建工会", "成立…工会"})
	assert.Equal(t, "成立…工会", word, "the word that ends last")
}
