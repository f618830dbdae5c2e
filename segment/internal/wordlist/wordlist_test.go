package wordlist

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRead(t *testing.T) {
	in := strings.Join([]string{
		"# a comment",
		"工会 500 n",
		"4S店 3 n",
		"4s店 9 v", // same key as 4S店: the first is kept
		"工会 7 v",  // a repeat: the first is kept
		"稀有词 1 n", // below the minimum frequency
		"无频率",     // no frequency
		"坏 x n",   // no number
		"会 900 v", // one character: its frequency becomes 2
		"服务驿站 40", // no part of speech
		"",
	}, "\n")
	got, err := Read(strings.NewReader(in))
	require.NoError(t, err)
	assert.Equal(t, []Entry{
		{"工会", 500, "n"},
		{"4s店", 3, "n"},
		{"会", 2, "v"},
		{"服务驿站", 40, ""},
	}, got)
}

func TestLowerASCII(t *testing.T) {
	assert.Equal(t, "4s店ktv", LowerASCII("4S店KTV"))
	assert.Equal(t, "ＡＢＣ", LowerASCII("ＡＢＣ"), "full-width letters are not gse's Latin runs")
	s := "工会"
	assert.Equal(t, s, LowerASCII(s))
}
