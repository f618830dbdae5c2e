package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTableUpToDate regenerates the table and compares it with the
// committed one, so a change to the generator or the shared data cannot
// go unnoticed.
func TestTableUpToDate(t *testing.T) {
	data := filepath.Join("..", "..", "..", "..", "..", "shared", "data", "divisions")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	out := filepath.Join(t.TempDir(), "divisions.tsv")
	require.NoError(t, run(data, out, false))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("..", "..", "divisions.tsv"))
	require.NoError(t, err)
	assert.True(t, string(got) == string(want), "divisions.tsv is stale: run go generate ./extract/region")
}

func TestSameStem(t *testing.T) {
	tests := []struct {
		A, B string
		Want bool
	}{
		{"铜官山区", "铜官区", true},
		{"狮子山区", "铜官区", false},
		{"兴县", "兴安县", false}, // two runes are all of 兴县
	}
	for _, tt := range tests {
		assert.Equal(t, tt.Want, sameStem(tt.A, tt.B), "%s %s", tt.A, tt.B)
	}
}
