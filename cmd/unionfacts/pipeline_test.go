package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// showJSON runs `show --json` with extra flags and decodes its output.
func showJSON(t *testing.T, page string, flags ...string) shownDoc {
	t.Helper()
	stdout, _, err := runCLI(t, append(append([]string{"show", "--json"}, flags...), page)...)
	require.NoError(t, err)
	var d shownDoc
	require.NoError(t, json.Unmarshal([]byte(stdout), &d))
	return d
}

func TestDataFileOverrides(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "r.txt")
	require.NoError(t, os.WriteFile(page, []byte("某县总工会工作简报\n采写:张三\n\n全年新建基层工会27家,发展会员1350人。\n"), 0o644))

	d := showJSON(t, page)
	assert.Empty(t, d.Authors, "采写 is no embedded label")
	assert.Len(t, d.Facts, 2)

	// A folder with an extended labels.txt: 采写 now credits its author.
	rules := filepath.Join(dir, "rules")
	require.NoError(t, os.Mkdir(rules, 0o755))
	labels, err := fs.ReadFile(os.DirFS("../../extract/article"), "labels.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(rules, "labels.txt"), append(labels, "\n[author]\n采写\n"...), 0o644))
	d = showJSON(t, page, "--article-rules", rules)
	assert.Equal(t, []string{"张三"}, d.Authors)

	// A unit table without 家 leaves 27家 without a unit, so no fact.
	units := filepath.Join(dir, "units.txt")
	require.NoError(t, os.WriteFile(units, []byte("人 count\n"), 0o644))
	d = showJSON(t, page, "--units", units)
	require.Len(t, d.Facts, 1)
	assert.Equal(t, "1350人", d.Facts[0].Evidence)
}

// TestScriptTablesOverride: an edited table decides what the view reads.
func TestScriptTablesOverride(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "r.txt")
	require.NoError(t, os.WriteFile(page, []byte("某縣總工會工作簡報\n\n全年新建基層工會27家，發展會員1350人。\n"), 0o644))
	d := showJSON(t, page)
	assert.Equal(t, "hant", d.Script)
	assert.Len(t, d.Facts, 2)

	// A table that no longer knows 發 leaves 發展 unread: no recruitment.
	tables := filepath.Join(dir, "tables")
	require.NoError(t, os.Mkdir(tables, 0o755))
	embedded, err := os.ReadFile("../../extract/script/hant2hans.txt")
	require.NoError(t, err)
	var kept []string
	for _, line := range strings.Split(strings.TrimSpace(string(embedded)), "\n") {
		if !strings.HasPrefix(line, "發\t") {
			kept = append(kept, line)
		}
	}
	require.NoError(t, os.WriteFile(filepath.Join(tables, "hant2hans.txt"), []byte(strings.Join(kept, "\n")), 0o644))
	d = showJSON(t, page, "--script-tables", tables)
	require.NotEmpty(t, d.Facts)
	assert.Equal(t, "27家", d.Facts[0].Evidence)
	for _, f := range d.Facts {
		// 1350人 may still be read as the members' stock, never as
		// members added.
		assert.NotEqual(t, "members_added", f.Metric, f.Evidence)
	}

	require.NoError(t, os.WriteFile(filepath.Join(tables, "st.txt"), nil, 0o644))
	_, _, err = runCLI(t, "show", "--script-tables", tables, page)
	assert.ErrorContains(t, err, "unknown file st.txt")
}

func TestArticleRulesErrors(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "r.txt")
	require.NoError(t, os.WriteFile(page, []byte("全年新建基层工会27家。\n"), 0o644))

	_, _, err := runCLI(t, "show", "--article-rules", filepath.Join(dir, "missing"), page)
	assert.ErrorContains(t, err, "article rules")

	rules := filepath.Join(dir, "rules")
	require.NoError(t, os.Mkdir(rules, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(rules, "label.txt"), []byte("[author]\n采写\n"), 0o644))
	_, _, err = runCLI(t, "show", "--article-rules", rules, page)
	assert.ErrorContains(t, err, "unknown file label.txt", "a misspelt file is not ignored")

	require.NoError(t, os.Remove(filepath.Join(rules, "label.txt")))
	require.NoError(t, os.WriteFile(filepath.Join(rules, "labels.txt"), []byte("[bogus]\nx\n"), 0o644))
	_, _, err = runCLI(t, "show", "--article-rules", rules, page)
	assert.ErrorContains(t, err, "labels.txt")
}

func TestPeriodsOverride(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "r.txt")
	require.NoError(t, os.WriteFile(page, []byte("某县总工会工作简报\n\n开春以来新建基层工会27家。去年发展会员1350人。\n"), 0o644))

	d := showJSON(t, page)
	require.Len(t, d.Facts, 2)
	assert.Nil(t, d.Facts[0].PeriodText, "开春以来 is no embedded period word")
	assert.Equal(t, "去年", *d.Facts[1].PeriodText)
	assert.Nil(t, d.Facts[1].PeriodStart, "去年 needs the publication date, which the page does not give")

	// A table that extends the default one: 开春以来 now sets the span, and
	// the default words still work.
	words := filepath.Join(dir, "periods.txt")
	require.NoError(t, os.WriteFile(words, []byte("extends default\n开春以来 since-year 0\n"), 0o644))
	d = showJSON(t, page, "--periods", words)
	require.Len(t, d.Facts, 2)
	assert.Equal(t, "开春以来", *d.Facts[0].PeriodText)
	assert.Nil(t, d.Facts[0].PeriodStart)
	assert.Equal(t, "去年", *d.Facts[1].PeriodText)

	// A table that replaces the default one knows only its own words: 去年
	// is none, so its fact inherits the span before it.
	require.NoError(t, os.WriteFile(words, []byte("开春以来 since-year 0\n"), 0o644))
	d = showJSON(t, page, "--periods", words)
	assert.Equal(t, "开春以来", *d.Facts[1].PeriodText)

	require.NoError(t, os.WriteFile(words, []byte("开春以来 sometime\n"), 0o644))
	_, _, err := runCLI(t, "show", "--periods", words, page)
	assert.ErrorContains(t, err, "periods")
}
