package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/schema"
)

func panelIn(t *testing.T, out string) []schema.PanelRow {
	t.Helper()
	return rowsIn[schema.PanelRow](t, out, schema.PanelFile)
}

// TestPanelRebuildsTheRunsPanel: unionfacts panel DIR gives the panel run
// wrote, from the run's other two files.
func TestPanelRebuildsTheRunsPanel(t *testing.T) {
	out := t.TempDir()
	stdout, _, err := runCLI(t, "run", "--quiet", "--out", out)
	require.NoError(t, err)
	assert.Contains(t, stdout, "panel.parquet")
	written := panelIn(t, out)
	require.NotEmpty(t, written)
	require.NoError(t, os.Remove(filepath.Join(out, schema.PanelFile)))
	stdout, _, err = runCLI(t, "panel", out)
	require.NoError(t, err)
	assert.Contains(t, stdout, "rows")
	assert.Equal(t, written, panelIn(t, out))
}

// TestShowRun: show DIR says what a run holds, copies included.
func TestShowRun(t *testing.T) {
	out := t.TempDir()
	_, _, err := runCLI(t, "run", "--quiet", "--out", out)
	require.NoError(t, err)
	stdout, _, err := runCLI(t, "show", out)
	require.NoError(t, err)
	assert.Contains(t, stdout, "documents read: 4 (0 failed)")
	assert.Contains(t, stdout, "copies: 0")
}

func TestPanelUsage(t *testing.T) {
	_, _, err := runCLI(t, "panel")
	assert.ErrorIs(t, err, errUsage)
	_, _, err = runCLI(t, "panel", t.TempDir())
	require.Error(t, err)
	assert.Contains(t, err.Error(), schema.DocumentsFile)
}
