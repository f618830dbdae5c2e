package article

import (
	"context"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDefaultRules checks that the embedded data files parse, which
// DefaultRules otherwise finds out by panicking.
func TestDefaultRules(t *testing.T) {
	r, err := LoadRules(defaultFiles)
	require.NoError(t, err)
	assert.NotEmpty(t, r.lineStarts)
	assert.NotEmpty(t, r.contains)
	assert.NotEmpty(t, r.tails)
	assert.NotEmpty(t, r.patterns)
	assert.NotEmpty(t, r.datelines)
	assert.True(t, r.surnames["欧阳"])
	for i := 1; i < len(r.labels); i++ {
		assert.GreaterOrEqual(t, len(r.labels[i-1].runes), len(r.labels[i].runes), "labels longest first")
	}
}

// ruleFiles returns the embedded data files with some replaced.
func ruleFiles(t *testing.T, replace map[string]string) fs.FS {
	fsys := fstest.MapFS{}
	for _, name := range []string{"boilerplate.txt", "labels.txt", "surnames.txt"} {
		data, err := fs.ReadFile(defaultFiles, name)
		require.NoError(t, err)
		fsys[name] = &fstest.MapFile{Data: data}
	}
	for name, data := range replace {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

func TestLoadRulesErrors(t *testing.T) {
	tests := []struct {
		Name    string
		Replace map[string]string
		Err     string
	}{
		{"BadPattern", map[string]string{"boilerplate.txt": "[pattern]\n# a comment\n^(unclosed\n"}, "boilerplate.txt:3"},
		{"UnknownSection", map[string]string{"boilerplate.txt": "[lines]\n标签:\n"}, "boilerplate.txt:2: unknown section [lines]"},
		{"BracketedMarkerIsNoSection", map[string]string{"boilerplate.txt": "[line]\n[打印]\n[pattern]\n(\n"}, "boilerplate.txt:4"},
		{"UnknownLabelSection", map[string]string{"labels.txt": "[writer]\n作者\n"}, "labels.txt:2: unknown section [writer]"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			_, err := LoadRules(ruleFiles(t, tt.Replace))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.Err)
		})
	}
	t.Run("MissingFile", func(t *testing.T) {
		fsys := ruleFiles(t, nil).(fstest.MapFS)
		delete(fsys, "surnames.txt")
		_, err := LoadRules(fsys)
		assert.ErrorContains(t, err, "surnames.txt")
	})
}

// TestLoadRulesOverride shows a researcher's extension at work: a marker
// added to a copy of boilerplate.txt drops a line the defaults keep.
func TestLoadRulesOverride(t *testing.T) {
	text := page("标题在这里就好", paraA, "欢迎留言互动交流")
	assert.Contains(t, FromText(text).Body, "欢迎留言")

	base, err := fs.ReadFile(defaultFiles, "boilerplate.txt")
	require.NoError(t, err)
	r, err := LoadRules(ruleFiles(t, map[string]string{"boilerplate.txt": string(base) + "\n[contains]\n欢迎留言\n"}))
	require.NoError(t, err)
	got, err := r.FromText(context.Background(), text)
	require.NoError(t, err)
	assert.Equal(t, paraA, got.Body)
}

func TestCanon(t *testing.T) {
	assert.Equal(t, "来源:(中工网) abc 123", canon("\u3000来源：（中工网）\u00a0ABC １２３ "))
}
