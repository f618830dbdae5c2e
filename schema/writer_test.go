package schema

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCreateRejects(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plain-file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	tests := []struct {
		Name  string
		Dir   string
		Meta  Metadata
		Error string
	}{
		{Name: "NoToolVersion", Meta: Metadata{KeyRulesHash: "h"}, Error: "metadata lacks unionfacts.version"},
		{Name: "NoRulesHash", Meta: RunMetadata("v1", "", nil), Error: "metadata lacks unionfacts.rules_hash"},
		{Name: "SchemaVersionKey", Meta: Metadata{KeyToolVersion: "v1", KeyRulesHash: "h", KeySchemaVersion: "9"},
			Error: "unionfacts.schema_version is set by the writer"},
		{Name: "RunIDKey", Meta: Metadata{KeyToolVersion: "v1", KeyRulesHash: "h", KeyRunID: "x"},
			Error: "unionfacts.run_id is set by the writer"},
		{Name: "DirIsAFile", Dir: filepath.Join(file, "out"), Meta: testMetadata(), Error: file},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			dir := tt.Dir
			if dir == "" {
				dir = t.TempDir()
			}
			_, err := Create(dir, tt.Meta)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.Error)
		})
	}
}

func TestRunMetadata(t *testing.T) {
	tests := []struct {
		Name string
		Args []string
		Want string
	}{
		{Name: "None", Args: nil, Want: `[]`},
		{Name: "SpaceInArgument", Args: []string{"run", "--out", "my out"}, Want: `["run","--out","my out"]`},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			m := RunMetadata("v1", "h", tt.Args)
			assert.Equal(t, Metadata{KeyToolVersion: "v1", KeyRulesHash: "h", KeyArgs: tt.Want}, m)
		})
	}
}

func TestAbortLeavesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	w, err := Create(dir, testMetadata())
	require.NoError(t, err)
	for _, d := range roundTripDocs() {
		require.NoError(t, w.Write(d))
	}
	w.Abort()
	w.Abort()
	assert.Empty(t, dirNames(t, dir))
	assert.ErrorIs(t, w.Write(roundTripDocs()[0]), ErrClosed)
	assert.ErrorIs(t, w.Close(), ErrClosed)
}

// TestFailedCloseLeavesNoFacts makes the first step of Close fail: the old
// documents.parquet cannot be removed. No temporary file may remain, and no
// facts.parquet may appear beside a documents.parquet of another run.
func TestFailedCloseLeavesNoFacts(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, DocumentsFile)
	require.NoError(t, os.MkdirAll(filepath.Join(blocker, "keep"), 0o755))
	w, err := Create(dir, testMetadata())
	require.NoError(t, err)
	require.NoError(t, w.Write(roundTripDocs()[0]))
	err = w.Close()
	require.Error(t, err)
	assert.Contains(t, err.Error(), blocker)
	assert.Equal(t, []string{DocumentsFile}, dirNames(t, dir))
	w.Abort()
	assert.Equal(t, []string{DocumentsFile}, dirNames(t, dir))
}

func TestCloseReplacesPair(t *testing.T) {
	dir := t.TempDir()
	docs := roundTripDocs()
	for _, run := range [][]int{{0, 1}, {1}} {
		w, err := Create(dir, testMetadata())
		require.NoError(t, err)
		for _, i := range run {
			require.NoError(t, w.Write(docs[i]))
		}
		require.NoError(t, w.Close())
		w.Abort() // a no-op after Close
		assert.ErrorIs(t, w.Close(), ErrClosed)
	}
	assert.Equal(t, []string{DocumentsFile, FactsFile}, dirNames(t, dir))
	for _, name := range []string{DocumentsFile, FactsFile} {
		info, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o644), info.Mode().Perm(), "%s is readable by others", name)
	}
	gotDocs, err := parquet.ReadFile[DocumentRow](filepath.Join(dir, DocumentsFile))
	require.NoError(t, err)
	require.Len(t, gotDocs, 1)
	assert.Equal(t, docs[1].Doc, gotDocs[0].Doc)
	gotFacts, err := parquet.ReadFile[FactRow](filepath.Join(dir, FactsFile))
	require.NoError(t, err)
	assert.Empty(t, gotFacts, "the second run's facts, not the first's")
}

// TestWriteRowsMatchesWrite checks the journal path: rows built earlier by
// Rows come out as Write would have written them.
func TestWriteRowsMatchesWrite(t *testing.T) {
	viaWrite := writeAll(t, roundTripDocs(), documentGroups, factGroups)
	viaRows := t.TempDir()
	w, err := Create(viaRows, testMetadata())
	require.NoError(t, err)
	for _, d := range roundTripDocs() {
		require.NoError(t, w.WriteRows(Rows(d)))
	}
	require.NoError(t, w.Close())
	for _, name := range []string{DocumentsFile, FactsFile} {
		assert.Equal(t, tableRows(t, readTable(t, filepath.Join(viaWrite, name))),
			tableRows(t, readTable(t, filepath.Join(viaRows, name))), name)
	}
}

func TestWriteRowsRejectsOthersFacts(t *testing.T) {
	w, err := Create(t.TempDir(), testMetadata())
	require.NoError(t, err)
	defer w.Abort()
	doc, facts := Rows(roundTripDocs()[0])
	doc.Doc = "other.html"
	err = w.WriteRows(doc, facts)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a fact of a.html given with document other.html")
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	return names
}
