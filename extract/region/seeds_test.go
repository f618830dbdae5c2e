package region_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/region"
)

// shared returns a path under the shared data directory, skipping the test
// where that directory is absent.
func shared(t testing.TB, elem ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{"..", "..", "..", "shared"}, elem...)...)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return dir
}

// seed is one seed document with its gold region code ("" for null).
type seed struct {
	name, title, body, source, code string
}

func readSeeds(t testing.TB) []seed {
	dir := shared(t, "corpus", "seeds")
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	require.NoError(t, err)
	require.NotEmpty(t, golds)
	var seeds []seed
	for _, g := range golds {
		raw, err := os.ReadFile(g)
		require.NoError(t, err)
		var gold struct {
			Title, Source *string
			Region        *struct{ Code string }
		}
		require.NoError(t, json.Unmarshal(raw, &gold))
		base := strings.TrimSuffix(g, ".gold.json")
		body, err := os.ReadFile(base + ".body.txt")
		require.NoError(t, err)
		s := seed{name: filepath.Base(base), body: string(body)}
		if gold.Title != nil {
			s.title = *gold.Title
		}
		if gold.Source != nil {
			s.source = *gold.Source
		}
		if gold.Region != nil {
			s.code = gold.Region.Code
		}
		seeds = append(seeds, s)
	}
	return seeds
}

func TestSeeds(t *testing.T) {
	r, err := region.NewResolver()
	require.NoError(t, err)
	for _, s := range readSeeds(t) {
		t.Run(s.name, func(t *testing.T) {
			assertCode(t, s.code, r.Document(s.title, s.body, s.source))
		})
	}
}
