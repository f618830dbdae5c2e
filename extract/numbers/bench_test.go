package numbers_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/unionfacts/unionfacts/extract/numbers"
	"github.com/unionfacts/unionfacts/internal/stress"
)

// BenchmarkFind reads the seed pages' text (shared corpus, read at run
// time) and reports throughput in bytes of UTF-8 input.
func BenchmarkFind(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join(shared(b, "corpus", "seeds"), "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skipf("no seed texts: %v", err)
	}
	var texts []string
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	numbers.Find("") // build the default reader outside the timing
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			numbers.Find(s)
		}
	}
}

// BenchmarkFindStress reads the generated pages at four sizes, each four
// times the one before (see stress.Bench).
func BenchmarkFindStress(b *testing.B) {
	stress.Bench(b, func(p stress.Page) { numbers.Find(p.Text) })
}
