package schema

import (
	"path/filepath"
	"slices"
	"testing"

	pq "github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	pqschema "github.com/apache/arrow-go/v18/parquet/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/unionfacts/unionfacts/extract"
)

// TestRoundTripFileLayout checks what the Arrow schema does not show: every
// text column is annotated STRING (DuckDB would read BLOB otherwise), the
// files are zstd-compressed, low-cardinality columns carry a dictionary, and
// both files hold the same metadata.
func TestRoundTripFileLayout(t *testing.T) {
	dir := writeAll(t, roundTripDocs(), documentGroups, factGroups)
	dicts := map[string][]string{
		DocumentsFile: {"source", "authors.list.element", "region_name", "region_code", "keywords.list.element",
			"charset", "charset_source", "script"},
		FactsFile: {"doc", "metric", "unit", "approx", "trigger", "noun", "rule", "region_name", "region_code", "period_text"},
	}
	var runIDs []string
	for _, name := range []string{DocumentsFile, FactsFile} {
		t.Run(name, func(t *testing.T) {
			md := openParquet(t, filepath.Join(dir, name)).MetaData()
			for i := 0; i < md.Schema.NumColumns(); i++ {
				col := md.Schema.Column(i)
				if col.PhysicalType() == pq.Types.ByteArray {
					assert.IsType(t, pqschema.StringLogicalType{}, col.LogicalType(), "%s is text", col.Path())
				}
				cc, err := md.RowGroup(0).ColumnChunk(i)
				require.NoError(t, err)
				assert.Equal(t, compress.Codecs.Zstd, cc.Compression(), "%s compression", col.Path())
				assert.Equal(t, slices.Contains(dicts[name], col.Path()), cc.HasDictionaryPage(), "%s dictionary", col.Path())
			}
			kv := md.KeyValueMetadata()
			for k, want := range testMetadata() {
				assert.Equal(t, want, deref(kv.FindValue(k)), k)
			}
			assert.Equal(t, Version, deref(kv.FindValue(KeySchemaVersion)))
			runIDs = append(runIDs, deref(kv.FindValue(KeyRunID)))
		})
	}
	require.Len(t, runIDs, 2)
	assert.NotEmpty(t, runIDs[0])
	assert.Equal(t, runIDs[0], runIDs[1], "both files name the same run")
}

// TestRoundTripRowGroups checks that the limits cut row groups, by rows and
// by text bytes, and that rows survive the cuts in order.
func TestRoundTripRowGroups(t *testing.T) {
	docs := make([]extract.Document, 7)
	for i := range docs {
		docs[i] = roundTripDocs()[i%2]
		docs[i].Doc = string(rune('a' + i))
	}
	tests := []struct {
		Name             string
		Docs, Facts      groupLimit
		WantDocs, WantFx []int64
	}{
		{Name: "ByRows", Docs: groupLimit{rows: 3, bytes: 1 << 20}, Facts: groupLimit{rows: 4, bytes: 1 << 20},
			WantDocs: []int64{3, 3, 1}, WantFx: []int64{4, 4}},
		{Name: "ByBytes", Docs: groupLimit{rows: 100, bytes: 1}, Facts: groupLimit{rows: 100, bytes: 1},
			WantDocs: []int64{1, 1, 1, 1, 1, 1, 1}, WantFx: []int64{2, 2, 2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			dir := writeAll(t, docs, tt.Docs, tt.Facts)
			assert.Equal(t, tt.WantDocs, groupRows(t, filepath.Join(dir, DocumentsFile)))
			assert.Equal(t, tt.WantFx, groupRows(t, filepath.Join(dir, FactsFile)))
			rows := tableRows(t, readTable(t, filepath.Join(dir, DocumentsFile)))
			require.Len(t, rows, len(docs))
			for i, r := range rows {
				assert.Equal(t, docs[i].Doc, r["doc"])
			}
		})
	}
}
