package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDictUpToDate regenerates the compact dictionary from the gse module
// go.mod requires and compares it with the committed one, so that a gse
// upgrade cannot leave package segment on the old word list.
func TestDictUpToDate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dict.txt")
	require.NoError(t, run("", out))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("..", "..", "dict.txt"))
	require.NoError(t, err)
	assert.True(t, string(got) == string(want), "dict.txt is stale: run go generate ./segment")
}
