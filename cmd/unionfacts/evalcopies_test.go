package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEvalScoresCopies: eval finds the copies among its pages as a run
// would and scores the pairs (doc, duplicate_of) against the gold.
func TestEvalScoresCopies(t *testing.T) {
	dir := t.TempDir()
	body, err := os.ReadFile(filepath.Join("..", "..", "copies", "testdata", "annual-2023.txt"))
	require.NoError(t, err)
	other, err := os.ReadFile(filepath.Join("..", "..", "copies", "testdata", "annual-2022.txt"))
	require.NoError(t, err)
	page := func(date string, b []byte) string {
		return "松阳县总工会工作总结\n\n发布时间：" + date + " 来源：松阳县总工会\n\n" + string(b)
	}
	files := map[string]string{
		"a.txt": page("2023-12-28", body), "a.gold.json": `{"doc":"a.txt","facts":[]}`,
		"b.txt": page("2024-01-02", body[:len(body)*2/3]), "b.gold.json": `{"doc":"b.txt","facts":[],"duplicate_of":"a.txt"}`,
		"c.txt": page("2022-12-28", other), "c.gold.json": `{"doc":"c.txt","facts":[]}`,
	}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644))
	}
	stdout, _, err := runCLI(t, "eval", "--json", dir)
	require.NoError(t, err)
	var s evalScores
	require.NoError(t, json.Unmarshal([]byte(stdout), &s))
	require.NotNil(t, s.Copies)
	assert.Equal(t, metricScores{Precision: 1, Recall: 1, F1: 1, TP: 1}, *s.Copies)

	floors := filepath.Join(t.TempDir(), "floors.json")
	require.NoError(t, os.WriteFile(floors, []byte(`{"copies.precision": 1, "copies.recall": 1}`), 0o644))
	_, _, err = runCLI(t, "eval", "--floors", floors, dir)
	assert.NoError(t, err)
}
