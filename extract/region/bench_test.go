package region_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/region"
)

// BenchmarkDocument resolves each seed report once per iteration.
func BenchmarkDocument(b *testing.B) {
	seeds := readSeeds(b)
	r, err := region.NewResolver()
	require.NoError(b, err)
	size := 0
	for _, s := range seeds {
		size += len(s.title) + len(s.body) + len(s.source)
	}
	b.SetBytes(int64(size / len(seeds)))
	for i := 0; b.Loop(); i++ {
		s := seeds[i%len(seeds)]
		r.Document(s.title, s.body, s.source)
	}
}

// BenchmarkNewResolver parses the embedded table and builds the index,
// which a process does once.
func BenchmarkNewResolver(b *testing.B) {
	for b.Loop() {
		if _, err := region.NewResolver(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMention resolves the lead of a fact's sentence below a province.
func BenchmarkMention(b *testing.B) {
	r, err := region.NewResolver()
	require.NoError(b, err)
	doc := &region.Region{Code: "430000"}
	for b.Loop() {
		r.Mention("娄底市娄星区总工会聚焦职工服务主责,持续完善服务网络,新建成一批职工暖心驿站", doc)
	}
}
