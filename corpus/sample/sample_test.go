package sample

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/corpus"
)

func TestPages(t *testing.T) {
	pages := Pages()
	require.GreaterOrEqual(t, len(pages), 3, "the sample should show more than one report")
	formats := map[corpus.Format]bool{}
	for _, p := range pages {
		assert.True(t, strings.HasPrefix(p.Doc, "sample/"), p.Doc)
		assert.Equal(t, p.Doc, p.Input)
		assert.NotEmpty(t, p.Data, p.Doc)
		assert.NoError(t, p.Err)
		formats[p.Format] = true
	}
	assert.True(t, formats[corpus.HTML] && formats[corpus.Text], "the sample shows both HTML pages and text dumps")
}
