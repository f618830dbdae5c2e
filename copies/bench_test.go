package copies

import (
	"strings"
	"testing"
)

// BenchmarkSketch sketches a year-end report of about 1,400 characters,
// the work each page adds to a run's workers.
func BenchmarkSketch(b *testing.B) {
	body := strings.Repeat(report(b, "annual-2023"), 3)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Sketcher{}.Sketch(body)
	}
}
