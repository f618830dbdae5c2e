package numbers_test

import (
	"testing"
	"unicode/utf8"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// FuzzFind checks that Find never panics and that every quantity's
// evidence is exactly the runes its offsets point at.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.Input)
	}
	f.Add("3140\n万元")
	f.Add("百 分 之 一 百二 十点 五")
	f.Add("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the pipeline decodes to valid UTF-8 before this stage
		}
		rs := []rune(s)
		end := 0
		for _, q := range numbers.Find(s) {
			if q.Start < end || q.End <= q.Start || q.End > len(rs) {
				t.Fatalf("bad span [%d,%d) after %d in %q", q.Start, q.End, end, s)
			}
			if got := string(rs[q.Start:q.End]); got != q.Text {
				t.Fatalf("Text %q, runes [%d,%d) are %q", q.Text, q.Start, q.End, got)
			}
			end = q.End
		}
	})
}
