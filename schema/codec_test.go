package schema

import (
	"bytes"
	"testing"

	parquetzstd "github.com/parquet-go/parquet-go/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPageZstdRoundTrip checks that pages compressed with the narrow window
// decode with parquet-go's own zstd codec, including a page longer than
// the window and an empty one.
func TestPageZstdRoundTrip(t *testing.T) {
	long := bytes.Repeat([]byte("全县新建工会组织12家，发展会员386人。"), 3*pageWindow/50)
	require.Greater(t, len(long), 2*pageWindow)
	for _, page := range [][]byte{long, []byte("工会"), {}} {
		packed, err := compression.Encode(nil, page)
		require.NoError(t, err)
		var std parquetzstd.Codec
		got, err := std.Decode(nil, packed)
		require.NoError(t, err)
		assert.True(t, bytes.Equal(page, got), "page of %d bytes", len(page))
	}
	packed, err := compression.Encode(nil, long)
	require.NoError(t, err)
	assert.Less(t, len(packed), len(long)/20, "a repeated page still compresses")
}
