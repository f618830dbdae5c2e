package region

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGeneric(t *testing.T) {
	tests := []struct {
		Input string
		Want  bool
	}{
		{"老城区", true}, {"城关区", true}, {"市中区", true}, {"城区", true},
		{"义安区", false}, {"新兴县", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.Want, generic(tt.Input), tt.Input)
	}
}
