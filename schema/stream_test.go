package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStreamWritesTheFilesAWriterWritesWithTheRunIDGiven(t *testing.T) {
	dir := writeAll(t, roundTripDocs(), documentGroups, factGroups)
	var docs, facts bytes.Buffer
	s, err := NewStream(&docs, &facts, testMetadata(), "run-1")
	require.NoError(t, err)
	for _, d := range roundTripDocs() {
		require.NoError(t, s.WriteRows(Rows(d)))
	}
	require.NoError(t, s.Close())
	assert.ErrorIs(t, s.Close(), ErrClosed)

	for _, f := range []struct {
		name string
		data []byte
	}{{DocumentsFile, docs.Bytes()}, {FactsFile, facts.Bytes()}} {
		want, err := os.ReadFile(filepath.Join(dir, f.name))
		require.NoError(t, err)
		wantFile, err := parquet.OpenFile(bytes.NewReader(want), int64(len(want)))
		require.NoError(t, err)
		haveFile, err := parquet.OpenFile(bytes.NewReader(f.data), int64(len(f.data)))
		require.NoError(t, err)
		assert.Equal(t, wantFile.Schema().String(), haveFile.Schema().String(), f.name)
		assert.Equal(t, wantFile.NumRows(), haveFile.NumRows(), f.name)
		runID, _ := haveFile.Lookup(KeyRunID)
		assert.Equal(t, "run-1", runID, f.name)
		for _, k := range []string{KeySchemaVersion, KeyToolVersion, KeyRulesHash, KeyArgs} {
			w, _ := wantFile.Lookup(k)
			h, ok := haveFile.Lookup(k)
			assert.True(t, ok, k)
			assert.Equal(t, w, h, k)
		}
	}
}

func TestStreamNeedsARunID(t *testing.T) {
	_, err := NewStream(&bytes.Buffer{}, &bytes.Buffer{}, testMetadata(), "")
	assert.ErrorContains(t, err, "run id")
}
