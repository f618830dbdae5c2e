package region

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRedactions(t *testing.T) {
	tests := []struct {
		Input string
		Want  int
	}{
		{"___省总工会", 1},
		{"××县和××市", 2},
		{"某县总工会", 1},
		{"某市场主体", 0},
		{"某区域", 0},
		{"__特色社会主义", 0},
		{"X光机", 0},
		{"_省", 0}, // one underscore is punctuation, not a name
		{"湖南省", 0},
	}
	for _, tt := range tests {
		assert.Len(t, redactions(tt.Input), tt.Want, tt.Input)
	}
}
