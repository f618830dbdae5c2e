package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGoldDay(t *testing.T) {
	tests := []struct {
		In      string
		Day     string
		Partial bool
	}{
		{"2005-5-7 21:23:57", "2005-05-07", false},
		{"2022-02-13", "2022-02-13", false},
		{"1998-3", "", true},
		{"2018", "", true},
		{"UNKNOWN", "", false},
		{"UNKNWON", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		day, partial := goldDay(tt.In)
		assert.Equal(t, tt.Day, day, tt.In)
		assert.Equal(t, tt.Partial, partial, tt.In)
	}
}

func TestNameSet(t *testing.T) {
	assert.Equal(t, []string{"王燕平", "赵延东"}, nameSet("赵延东、王燕平"))
	assert.Equal(t, []string{"伊琳", "李清芬"}, nameSet("伊琳  李清芬"))
	assert.Empty(t, nameSet("UNKNOWN"))
}

// TestEvalPages scores a two-page dataset written on the spot.
func TestEvalPages(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) {
		t.Helper()
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, rel)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, rel), []byte(s), 0o644))
	}
	para := "今年以来，区总工会聚焦职工急难愁盼，全年新建基层工会48家，发展会员1200余人，发放慰问金36万余元。"
	write("original/a.html", `<html><head><title>工会工作会议_某网</title></head><body><h1>工会工作会议</h1>
<div>2023-06-07 10:00 作者：周明远</div><div class="content"><p>`+para+`</p></div></body></html>`)
	write("cleaned/a.txt", para+"\n")
	write("date/a.txt", "2023-06-07 10:00")
	write("author/a.txt", "周明远")
	write("original/b.html", `<html><body><p>`+para+`</p></body></html>`)
	write("cleaned/b.txt", "xyz")
	write("date/b.txt", "UNKNOWN")
	write("author/b.txt", "UNKNOWN")

	stdout, _, err := runCLI(t, "eval-pages", "--json", dir)
	require.NoError(t, err)
	var got pageScores
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	assert.Equal(t, 2, got.Pages)
	assert.InDelta(t, 0.5, got.BodyF1, 1e-9)
	assert.Equal(t, 1, got.DatedPages)
	assert.Equal(t, 1, got.DatesRight)
	assert.Equal(t, 1, got.AuthoredPages)
	assert.Equal(t, 1, got.AuthorsRight)

	_, _, err = runCLI(t, "eval-pages", t.TempDir())
	assert.Error(t, err)
}
