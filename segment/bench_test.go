package segment

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// benchBody is a whole report body of the golden corpus.
func benchBody(b *testing.B) string {
	data, err := os.ReadFile("../corpus/testdata/pages/songyang-county-summary.body.txt")
	require.NoError(b, err)
	return string(data)
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkKeywords(b *testing.B) {
	s, text := testSegmenter(b), benchBody(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Keywords(context.Background(), text, 10)
	}
}

func BenchmarkMatches(b *testing.B) {
	s, text := testSegmenter(b), benchBody(b)
	b.SetBytes(int64(len(text)))
	var lines []uint32
	for b.Loop() {
		lines = s.dict.matches(text, lines[:0])
	}
}
