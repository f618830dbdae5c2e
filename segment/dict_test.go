package segment

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-ego/gse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fullGse loads gse the way this package did before it had a compact
// dictionary: the domain words, then the whole embedded zh_s dictionary.
// It takes over a second and some 130 MB.
func fullGse(t *testing.T) *gse.Segmenter {
	t.Helper()
	g := &gse.Segmenter{SkipLog: true, NotLoadHMM: true}
	require.NoError(t, g.LoadDictStr(domainDict))
	require.NoError(t, g.LoadDictEmbed("zh_s"))
	return g
}

// equivalenceTexts are the bodies of the golden and held-out corpora and
// invented lines that stress what gse does with Latin letters, digits,
// full-width forms and mixed case.
func equivalenceTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"",
		"ABC公司工会慰问困难职工386人,发放慰问金26万余元。",
		"4S店职工之家、iPhone维修点和KTV歌厅都建了工会小组",
		"ＡＢＣ全角字母与ａｂｃ、１２３号文件，Ⅳ类",
		"县级工会加强年专项工作推进会在松阳召开",
		"工会服务驿站工会服务驿站工会",
		"x",
		"中",
	}
	for _, pattern := range []string{"../corpus/testdata/pages/*.body.txt", "../corpus/testdata/holdout/*.body.txt"} {
		files, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			texts = append(texts, string(b))
		}
	}
	require.Greater(t, len(texts), 20, "corpus bodies not found")
	return texts
}

// TestCutMatchesFullDictionary checks the claim the package rests on: gse
// given only the words of a text, and the filler, cuts it exactly as gse
// with the full dictionary does, and ranks the same keywords.
func TestCutMatchesFullDictionary(t *testing.T) {
	if raceDetector {
		t.Skip("no goroutines here, and under -race loading the full dictionary takes a minute")
	}
	s := testSegmenter(t)
	full := fullGse(t)
	assert.Equal(t, full.Dict.TotalFreq(), s.total, "frequency sum")
	for _, text := range equivalenceTexts(t) {
		name := text[:min(len(text), 30)]
		assert.Equal(t, cut(full, text), s.Cut(text), "cut of %q", name)
		want, err := s.keywords(context.Background(), full, text, keywordsChecked)
		require.NoError(t, err)
		assert.Equal(t, want, keywords(t, s, text, keywordsChecked), "keywords of %q", name)
	}
}

// keywordsChecked is more than a document gets, so that ties lower down
// are compared too.
const keywordsChecked = 30

func TestDictionaryLines(t *testing.T) {
	d := testSegmenter(t).dict
	require.Greater(t, len(d.lines), 300000)
	sum := 0.0
	for i := range d.lines {
		e := d.entry(uint32(i))
		require.GreaterOrEqual(t, e.Freq, 2.0, "line %d %q", i, e.Key)
		require.Equal(t, e.Key, d.key(uint32(i)))
		sum += e.Freq
	}
	assert.Equal(t, d.total, sum, "the total line is the sum of the frequencies")
}

func TestDictionaryMatches(t *testing.T) {
	d := testSegmenter(t).dict
	keys := func(text string) []string {
		var out []string
		for _, i := range d.matches(text, nil) {
			out = append(out, d.key(i))
		}
		return out
	}
	got := keys("慰问困难职工")
	for _, w := range []string{"慰问", "困难", "职工", "困难职工", "慰", "工"} {
		assert.Contains(t, got, w)
	}
	assert.NotContains(t, got, "慰问困难职工")
	assert.Contains(t, keys("4s店"), "4s店")
	assert.Empty(t, keys("@@"))
	assert.Empty(t, keys(""))
	_, ok := d.find("困难职工")
	assert.True(t, ok)
	_, ok = d.find("困难职工们的")
	assert.False(t, ok)
}

func TestParseDictionaryRejects(t *testing.T) {
	for _, text := range []string{
		"",
		"甲 3 n\n",
		"# total 5\n甲 3 n\n乙 2 n\n", // unsorted: 乙 (U+4E59) sorts before 甲
		"# total 5\n甲3n\n",
	} {
		_, err := parseDictionary(text)
		assert.Error(t, err, "%q", strings.ReplaceAll(text, "\n", `\n`))
	}
	d, err := parseDictionary("# total 5\n甲 3 n\n甲乙 2 v\n")
	require.NoError(t, err)
	for _, key := range []string{"甲", "甲乙"} {
		_, ok := d.find(key)
		assert.True(t, ok, key)
	}
	line, ok := d.prefix("甲")
	assert.True(t, ok)
	assert.Equal(t, uint32(0), line)
	_, ok = d.find("乙")
	assert.False(t, ok, "乙 is no key, nor a prefix of one")
}
