// Package stress generates pages that a crawl can really hold and that
// once made a stage take time or memory out of all proportion to their
// size: long lists, one endless sentence, huge tables, deep markup. Tests,
// benchmarks and fuzz seeds of every stage grow them to show that work per
// page grows with its length.
package stress

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
)

// title opens every text page, so that the cleaner finds a headline.
const title = "某县总工会2024年工作总结\n\n"

// prose is a normal paragraph with three facts.
const prose = "全年新建基层工会27家，发展会员1350人，发放慰问金52.6万元。"

// Page is a generated page and whether it is HTML.
type Page struct {
	Name string
	Text string
	HTML bool
}

// Pages returns every generator at scale n, where n = 1 gives the sizes
// issue 18 reported (140 KB to 7 MB) and n = 4 four times as much, and two
// shapes found since: hard-wrapped lines and runs of multipliers.
func Pages(n float64) []Page {
	scale := func(k int) int { return max(1, int(float64(k)*n)) }
	return []Page{
		{"ranges", Ranges(scale(5000)), false},
		{"counts", Counts(scale(2000)), false},
		{"money", Money(scale(240000)), false},
		{"table", Table(scale(5000)), true},
		{"divs", Divs(scale(50000)), true},
		{"wrapped", Wrapped(scale(5000)), false},
		{"multipliers", Multipliers(scale(20000)), false},
	}
}

// Ranges is a page whose one sentence lists n ranges (3至5个、…).
func Ranges(n int) string {
	return title + strings.Repeat("新建职工书屋3至5个、", n) + "。\n"
}

// Counts is one sentence listing n counts, each after its own place:
// 第1村慰问困难职工4名、第2村慰问困难职工5名、…
func Counts(n int) string {
	var b strings.Builder
	b.WriteString(title)
	for i := range n {
		fmt.Fprintf(&b, "第%d村慰问困难职工%d名、", i+1, i%97+3)
	}
	b.WriteString("。\n")
	return b.String()
}

// Money is n clauses of one sentence, each a sum: 发放慰问金1.2万余元，…
func Money(n int) string {
	return title + strings.Repeat("发放慰问金1.2万余元，", n) + "。\n"
}

// Table is an HTML page with a paragraph and a data table of n rows whose
// header gives the units.
func Table(n int) string {
	var b strings.Builder
	b.WriteString("<html><head><title>某县总工会2024年工作总结</title></head><body><h1>某县总工会2024年工作总结</h1><p>")
	b.WriteString(prose)
	b.WriteString("</p><table><tr><th>乡镇</th><th>新建工会（家）</th><th>新增会员（人）</th></tr>")
	for i := range n {
		fmt.Fprintf(&b, "<tr><td>第%d镇</td><td>%d</td><td>%d</td></tr>", i+1, i%50, i%900)
	}
	b.WriteString("</table></body></html>")
	return b.String()
}

// Wrapped is a text page whose one paragraph a conversion broke into n
// lines, each ending mid-sentence.
func Wrapped(n int) string {
	return title + strings.Repeat("全年新建基层工会27家，发展\n", n) + "会员1350人。\n"
}

// Multipliers is a sentence with a run of n multipliers where a number
// would stand: 发放万万万…元.
func Multipliers(n int) string {
	return title + "全年共发放" + strings.Repeat("万", n) + "元。\n"
}

// Divs is an HTML page whose one paragraph sits n <div>s deep.
func Divs(n int) string {
	return "<html><body>" + strings.Repeat("<div>", n) + "<p>" + prose + "</p>" + strings.Repeat("</div>", n) + "</body></html>"
}

// Scales are the sizes benchmarks grow the pages through, each four times
// the one before: time per page that grows about fourfold from one to the
// next is linear in the page's length.
var Scales = []float64{1.0 / 16, 1.0 / 4, 1, 4}

// Bench runs one sub-benchmark per page and scale, named page/size, with
// run doing one stage's work on the page's text. Besides ns/op it reports
// cpu-ns/op, the process's CPU time per page, which the load of other
// processes on a shared machine leaves alone.
func Bench(b *testing.B, run func(p Page)) {
	for _, scale := range Scales {
		for _, p := range Pages(scale) {
			b.Run(fmt.Sprintf("%s/%dKB", p.Name, len(p.Text)>>10), func(b *testing.B) {
				b.SetBytes(int64(len(p.Text)))
				b.ReportAllocs()
				start := CPUTime()
				for b.Loop() {
					run(p)
				}
				b.ReportMetric(float64(CPUTime()-start)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}

// CPUTime returns the CPU time the process has used, in nanoseconds.
func CPUTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
