package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runNumbers runs `unionfacts numbers args...` on stdin and decodes its
// JSON lines.
func runNumbers(t *testing.T, stdin string, args ...string) ([]numberLine, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), append([]string{"numbers"}, args...), strings.NewReader(stdin), &out, &errb)
	var lines []numberLine
	dec := json.NewDecoder(&out)
	for dec.More() {
		var l numberLine
		require.NoError(t, dec.Decode(&l))
		lines = append(lines, l)
	}
	return lines, err
}

func TestNumbersCmd(t *testing.T) {
	lines, err := runNumbers(t, "补助金26万余元\n\n培育2至4个示范点，热线12351\n")
	require.NoError(t, err)
	four := 4.0
	assert.Equal(t, []numberLine{
		{Line: 1, Text: "26万余元", Start: 3, End: 8, Value: 260000, Unit: "元", Approx: "gte", Kind: "money"},
		{Line: 3, Text: "2至4个", Start: 2, End: 6, Value: 2, ValueMax: &four, Unit: "个", Approx: "range", Kind: "count"},
		{Line: 3, Text: "12351", Start: 12, End: 17, Value: 12351, Kind: "code"},
	}, lines)
}

func TestNumbersCmdUnits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "units.txt")
	require.NoError(t, os.WriteFile(path, []byte("# only one unit\n座 count\n"), 0o644))
	lines, err := runNumbers(t, "建成3座驿站、5家书屋", "-units", path)
	require.NoError(t, err)
	require.Len(t, lines, 2)
	assert.Equal(t, "座", lines[0].Unit)
	assert.Equal(t, "", lines[1].Unit, "家 is not in the replacement table")

	require.NoError(t, os.WriteFile(path, []byte("座 things\n"), 0o644))
	_, err = runNumbers(t, "3座", "-units", path)
	assert.ErrorContains(t, err, "line 1: unknown kind")
}

func TestNumbersCmdUsage(t *testing.T) {
	_, err := runNumbers(t, "", "--nope")
	assert.ErrorIs(t, err, errUsage)
}
