package schema

// Helpers that read our files back with Apache Arrow's reader, which
// shares no code with parquet-go and is what pyarrow and polars build on.

import (
	"context"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func openParquet(t *testing.T, path string) *file.Reader {
	t.Helper()
	r, err := file.OpenParquetFile(path, false)
	require.NoError(t, err)
	t.Cleanup(func() { r.Close() })
	return r
}

func readTable(t *testing.T, path string) arrow.Table {
	t.Helper()
	fr, err := pqarrow.NewFileReader(openParquet(t, path), pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	require.NoError(t, err)
	tbl, err := fr.ReadTable(context.Background())
	require.NoError(t, err)
	t.Cleanup(tbl.Release)
	return tbl
}

func groupRows(t *testing.T, path string) []int64 {
	t.Helper()
	md := openParquet(t, path).MetaData()
	var n []int64
	for i := 0; i < md.NumRowGroups(); i++ {
		n = append(n, md.RowGroup(i).NumRows())
	}
	return n
}

// assertColumns compares names, Arrow types and nullability, ignoring the
// field metadata Arrow adds.
func assertColumns(t *testing.T, got *arrow.Schema, want []arrow.Field) {
	t.Helper()
	require.Equal(t, len(want), got.NumFields(), "columns: %s", got)
	for i, w := range want {
		g := got.Field(i)
		assert.Equal(t, w.Name, g.Name, "column %d", i)
		assert.True(t, arrow.TypeEqual(w.Type, g.Type), "%s: want %s, got %s", w.Name, w.Type, g.Type)
		assert.Equal(t, w.Nullable, g.Nullable, "%s nullable", w.Name)
	}
}

// tableRows turns a table into one map per row: nil for null, dates as
// YYYY-MM-DD, lists as []string.
func tableRows(t *testing.T, tbl arrow.Table) []map[string]any {
	t.Helper()
	rows := make([]map[string]any, tbl.NumRows())
	for i := range rows {
		rows[i] = map[string]any{}
	}
	for c := 0; c < int(tbl.NumCols()); c++ {
		name := tbl.Schema().Field(c).Name
		i := 0
		for _, chunk := range tbl.Column(c).Data().Chunks() {
			for j := 0; j < chunk.Len(); j, i = j+1, i+1 {
				rows[i][name] = cell(t, chunk, j)
			}
		}
	}
	return rows
}

func cell(t *testing.T, a arrow.Array, i int) any {
	if a.IsNull(i) {
		return nil
	}
	switch a := a.(type) {
	case *array.String:
		return a.Value(i)
	case *array.Int32:
		return a.Value(i)
	case *array.Float64:
		return a.Value(i)
	case *array.Boolean:
		return a.Value(i)
	case *array.Date32:
		return a.Value(i).ToTime().Format("2006-01-02")
	case *array.List:
		start, end := a.ValueOffsets(i)
		out := []string{}
		for k := start; k < end; k++ {
			out = append(out, cell(t, a.ListValues(), int(k)).(string))
		}
		return out
	}
	t.Fatalf("unexpected array type %s", a.DataType())
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
