package schema

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var panelRows = []PanelRow{{RegionCode: "340706", RegionName: "安徽省铜陵市义安区", Year: 2023, Metric: "members_added",
	Unit: "人", Value: 652, NFacts: 1, NDocs: 1, Facts: []string{"a.html#1"}}}

// writeRun writes roundTripDocs and, if panel is not nil, a panel.
func writeRun(t *testing.T, dir string, panel []PanelRow) {
	t.Helper()
	w, err := Create(dir, testMetadata())
	require.NoError(t, err)
	for _, d := range roundTripDocs() {
		require.NoError(t, w.Write(d))
	}
	if panel != nil {
		require.NoError(t, w.WritePanel(panel))
	}
	require.NoError(t, w.Close())
}

func TestRoundTripPanel(t *testing.T) {
	dir := t.TempDir()
	writeRun(t, dir, panelRows)
	assert.Equal(t, []string{DocumentsFile, FactsFile, PanelFile}, dirNames(t, dir))
	tbl := readTable(t, filepath.Join(dir, PanelFile))
	assertColumns(t, tbl.Schema(), []arrow.Field{
		{Name: "region_code", Type: utf8T},
		{Name: "region_name", Type: utf8T},
		{Name: "year", Type: int32T},
		{Name: "metric", Type: utf8T},
		{Name: "unit", Type: utf8T},
		{Name: "value", Type: float64T},
		{Name: "n_facts", Type: int32T},
		{Name: "n_docs", Type: int32T},
		{Name: "facts", Type: listOfT},
	})
	assert.Equal(t, []map[string]any{{"region_code": "340706", "region_name": "安徽省铜陵市义安区", "year": int32(2023),
		"metric": "members_added", "unit": "人", "value": 652.0, "n_facts": int32(1), "n_docs": int32(1),
		"facts": []string{"a.html#1"}}}, tableRows(t, tbl))
	meta := func(name string) map[string]string {
		m, err := fileMetadata(filepath.Join(dir, name))
		require.NoError(t, err)
		return m
	}
	assert.Equal(t, meta(DocumentsFile), meta(PanelFile), "the panel carries its run's metadata, run id included")
}

// TestPanelOnlyWhenWritten: a writer given no panel (a journal chunk)
// writes none, and an empty panel is a file with no rows.
func TestPanelOnlyWhenWritten(t *testing.T) {
	none, empty := t.TempDir(), t.TempDir()
	writeRun(t, none, nil)
	assert.Equal(t, []string{DocumentsFile, FactsFile}, dirNames(t, none))
	writeRun(t, empty, []PanelRow{})
	assert.Empty(t, tableRows(t, readTable(t, filepath.Join(empty, PanelFile))))
}

func TestReplacePanel(t *testing.T) {
	dir := t.TempDir()
	writeRun(t, dir, []PanelRow{})
	before, err := fileMetadata(filepath.Join(dir, DocumentsFile))
	require.NoError(t, err)
	require.NoError(t, ReplacePanel(dir, panelRows))
	after, err := fileMetadata(filepath.Join(dir, PanelFile))
	require.NoError(t, err)
	assert.Equal(t, before, after)
	assert.Len(t, tableRows(t, readTable(t, filepath.Join(dir, PanelFile))), 1)
	assert.Equal(t, []string{DocumentsFile, FactsFile, PanelFile}, dirNames(t, dir), "no temporary file left")
}

// TestReplacePanelRefusesMixedRuns: the facts of one run beside the
// documents of another make no panel.
func TestReplacePanelRefusesMixedRuns(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	writeRun(t, a, nil)
	writeRun(t, b, nil)
	require.NoError(t, os.Rename(filepath.Join(b, FactsFile), filepath.Join(a, FactsFile)))
	err := ReplacePanel(a, panelRows)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "different runs")
	assert.NoFileExists(t, filepath.Join(a, PanelFile))
}

func TestReadRun(t *testing.T) {
	dir := t.TempDir()
	writeRun(t, dir, nil)
	var docs []string
	var facts []int
	require.NoError(t, ReadRun(dir, func(d DocumentRow, fs []FactRow) error {
		docs = append(docs, d.Doc)
		facts = append(facts, len(fs))
		for _, f := range fs {
			assert.Equal(t, d.Doc, f.Doc)
		}
		return nil
	}))
	assert.Equal(t, []string{"a.html", "b.html"}, docs)
	assert.Equal(t, []int{2, 0}, facts)
}

// TestReadRunAcrossBatches: documents and facts read a batch at a time
// stay paired where batches end at different places in the two files.
func TestReadRunAcrossBatches(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir, testMetadata())
	require.NoError(t, err)
	want := map[string]int{}
	for i := range 3*readBatch + 7 {
		d := roundTripDocs()[0]
		d.Doc = fmt.Sprintf("%04d.html", i)
		d.Facts = d.Facts[:i%3]
		want[d.Doc] = i % 3
		require.NoError(t, w.Write(d))
	}
	require.NoError(t, w.Close())
	got := map[string]int{}
	require.NoError(t, ReadRun(dir, func(d DocumentRow, fs []FactRow) error {
		for _, f := range fs {
			require.Equal(t, d.Doc, f.Doc)
		}
		got[d.Doc] = len(fs)
		return nil
	}))
	assert.Equal(t, want, got)
}
