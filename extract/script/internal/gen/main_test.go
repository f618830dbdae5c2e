package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTablesUpToDate regenerates the tables and compares them with the
// committed ones, so that a change to the generator cannot go unnoticed.
func TestTablesUpToDate(t *testing.T) {
	mod, err := moduleDir(openccModule)
	if err != nil {
		t.Skipf("OpenCC module not available: %v", err)
	}
	out := t.TempDir()
	require.NoError(t, run(filepath.Join(mod, "dictionary"), out, io.Discard))
	for _, tb := range tables {
		got, err := os.ReadFile(filepath.Join(out, tb.to))
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join("..", "..", tb.to))
		require.NoError(t, err)
		assert.True(t, string(got) == string(want), "%s is stale: run go generate ./extract/script", tb.to)
	}
}

func TestFilter(t *testing.T) {
	in := strings.Join([]string{
		"會\t会",     // kept
		"乾\t干 乾",   // kept, with both candidates
		"鍊\t炼 链 𫔀", // kept, the wide candidate dropped
		"㑮\t𫝈",     // wide conversion
		"𠉂\t㒓",     // wide key
		"彷\t彷 仿",   // converts to itself
		"",
	}, "\n")
	var out strings.Builder
	n, err := filter(strings.NewReader(in), &out)
	require.NoError(t, err)
	assert.Equal(t, "會\t会\n乾\t干 乾\n鍊\t炼 链\n", out.String())
	assert.Equal(t, counts{kept: 3, wide: 2, same: 1}, n)
}
