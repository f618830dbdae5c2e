package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs the command line in-process and returns its streams.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		Name string
		Args []string
	}{
		{Name: "NoCommand", Args: nil},
		{Name: "UnknownCommand", Args: []string{"frobnicate"}},
		{Name: "UnknownFlag", Args: []string{"eval", "--nope", "x"}},
		{Name: "EvalWithoutDir", Args: []string{"eval"}},
		{Name: "ShowWithoutFile", Args: []string{"show"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			_, stderr, err := runCLI(t, tt.Args...)
			assert.ErrorIs(t, err, errUsage)
			assert.Contains(t, stderr, "Usage")
		})
	}
}

// writeCase writes a one-document gold folder and returns its path.
func writeCase(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"r.txt":      "某县总工会工作简报\n\n全年新建基层工会27家,发展会员1350人。\n",
		"r.body.txt": "全年新建基层工会27家,发展会员1350人。\n",
		"r.gold.json": `{"doc":"r.txt","title":"某县总工会工作简报","published":null,"source":null,"authors":[],
			"region":null,"facts":[
			{"metric":"unions_formed","value":27,"unit":"家","approx":"","evidence":"27家"},
			{"metric":"members_added","value":1350,"unit":"人","approx":"","evidence":"1350人"}]}`,
	}
	for name, body := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	return dir
}

func TestEvalJSONAndFloors(t *testing.T) {
	dir := writeCase(t)
	stdout, _, err := runCLI(t, "eval", "--json", dir)
	require.NoError(t, err)
	var s evalScores
	require.NoError(t, json.Unmarshal([]byte(stdout), &s))
	assert.Equal(t, 1, s.Docs)
	assert.Equal(t, 1.0, s.Fields["title"])
	assert.Greater(t, s.BodyF1, 0.9)

	stdout, _, err = runCLI(t, "eval", dir, "--json")
	require.NoError(t, err, "flags may follow the folders")
	require.NoError(t, json.Unmarshal([]byte(stdout), &s))

	floors := filepath.Join(t.TempDir(), "floors.json")
	require.NoError(t, os.WriteFile(floors, []byte(`{"fields.title": 1, "body_f1": 0.9}`), 0o644))
	_, _, err = runCLI(t, "eval", "--floors", floors, dir)
	assert.NoError(t, err)

	require.NoError(t, os.WriteFile(floors, []byte(`{"fields.title": 1.01}`), 0o644))
	_, _, err = runCLI(t, "eval", "--floors", floors, dir)
	assert.ErrorContains(t, err, "fields.title")

	require.NoError(t, os.WriteFile(floors, []byte(`{"no_such_score": 0.5}`), 0o644))
	_, _, err = runCLI(t, "eval", "--floors", floors, dir)
	assert.ErrorContains(t, err, "unknown score")
}

func TestShow(t *testing.T) {
	page := filepath.Join(writeCase(t), "r.txt")
	stdout, _, err := runCLI(t, "show", page)
	require.NoError(t, err)
	assert.Contains(t, stdout, "某县总工会工作简报")
	assert.Contains(t, stdout, "⟦27家⟧")
	assert.Contains(t, stdout, "relevance: 1.00 (about unions)")

	stdout, _, err = runCLI(t, "show", "--json", page)
	require.NoError(t, err)
	var d shownDoc
	require.NoError(t, json.Unmarshal([]byte(stdout), &d))
	assert.Equal(t, page, d.Doc)
	assert.Nil(t, d.Error)
	assert.True(t, d.AboutUnions)
	assert.Equal(t, 1.0, d.Relevance)
	for _, f := range d.Facts {
		assert.Equal(t, f.Evidence, string([]rune(d.Body)[f.Start:f.End]), "offsets point at the evidence")
		assert.NotEmpty(t, f.Rule)
	}
}

func TestParseFlagsInterspersed(t *testing.T) {
	tests := []struct {
		Name       string
		Args       []string
		Detail     bool
		Positional []string
	}{
		{Name: "FlagsFirst", Args: []string{"--detail", "a", "b"}, Detail: true, Positional: []string{"a", "b"}},
		{Name: "FlagsLast", Args: []string{"a", "b", "--detail"}, Detail: true, Positional: []string{"a", "b"}},
		{Name: "FlagsBetween", Args: []string{"a", "--detail", "b"}, Detail: true, Positional: []string{"a", "b"}},
		{Name: "DashDash", Args: []string{"a", "--", "--detail"}, Positional: []string{"a", "--detail"}},
		{Name: "None", Args: nil, Positional: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			fs := newFlagSet("t", "", io.Discard)
			detail := fs.Bool("detail", false, "")
			require.NoError(t, parseFlags(fs, tt.Args))
			assert.Equal(t, tt.Detail, *detail)
			assert.Equal(t, tt.Positional, append([]string{}, fs.Args()...))
		})
	}
}

func TestShowFailedDocument(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	stdout, _, err := runCLI(t, "show", empty)
	assert.ErrorIs(t, err, errDocsFailed)
	assert.Contains(t, stdout, "empty page")
}

func TestShowUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	for _, path := range []string{filepath.Join(dir, "missing.txt"), dir} {
		stdout, _, err := runCLI(t, "show", path)
		require.Error(t, err, path)
		assert.NotErrorIs(t, err, errDocsFailed, "not a document that failed: no document at all")
		assert.Contains(t, err.Error(), path)
		assert.NotContains(t, err.Error(), "\n", "one line")
		assert.Empty(t, stdout, "no report of an empty document")
	}
}
