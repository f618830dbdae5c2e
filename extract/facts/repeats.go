package facts

import (
	"strings"
	"unicode"
)

// headlineRunes bounds the length of a headline line: a body line with no
// sentence end that is no longer than this.
const headlineRunes = 40

// dropRepeats removes the facts a page states a second time, which a
// report counts once: a passage the page prints again (an article copied
// twice into one page: the same sentence with the same number), and a
// headline line whose number the text below tells again (为7600名职工送清凉
// as a heading above the paragraph that says it). The fact kept is the
// one in the text. fs must be in reading order.
func dropRepeats(body string, fs []Fact, sentenceEnds string) []Fact {
	type passage struct {
		sentence, metric string
		at               int // where the evidence stands in the sentence
	}
	type number struct {
		metric, unit string
		value        float64
	}
	rs := []rune(body)
	lines, sentences := endsOf(rs, "\n"), endsOf(rs, sentenceEnds)
	headline := make([]bool, len(fs))
	told := map[number]bool{} // the numbers the text outside headlines says
	for i, f := range fs {
		headline[i] = inHeadline(rs, lines, f.Start, sentenceEnds)
		if !headline[i] {
			told[number{f.Metric, f.Unit, f.Value}] = true
		}
	}
	seen := map[passage]bool{}
	out := fs[:0] // in place: a page may have a fact every few characters
	for i, f := range fs {
		p := passage{f.Sentence, f.Metric, f.Start - sentences.after(f.Start)}
		if seen[p] || (headline[i] && told[number{f.Metric, f.Unit, f.Value}]) {
			continue
		}
		seen[p] = true
		out = append(out, f)
	}
	return out
}

// inHeadline reports whether the body line holding offset at is a
// headline: short, with no sentence end in it. lines are where the body's
// lines end; a line is read only when it is short enough.
func inHeadline(rs []rune, lines ends, at int, sentenceEnds string) bool {
	start, end := lines.after(at), lines.next(at, len(rs))
	for start < end && unicode.IsSpace(rs[start]) {
		start++
	}
	for end > start && unicode.IsSpace(rs[end-1]) {
		end--
	}
	return end-start <= headlineRunes && isHeading(string(rs[start:end]), sentenceEnds)
}

// dropPlans removes the facts of the body's plans: everything after a
// heading line that names the union's plans (三、2024年工作打算), and the
// paragraphs that open with a plan word (下一步,…将新建驿站5个). Reports
// give results first and plans last, so a plan heading holds to the end.
// fs must be in reading order.
func dropPlans(body string, fs []Fact, rules *Rules) []Fact {
	out := fs[:0]              // in place
	start, planned := 0, false // the current line's offset, and whether plans began
	next := 0                  // the next fact to place
	for line := range strings.SplitSeq(body, "\n") {
		n := runeCount(line)
		text := strings.TrimSpace(line)
		if !planned && start > 0 && isHeading(text, rules.SentenceEnds) {
			// Not the first line: a headline (…工作总结和2024年工作计划)
			// names the whole report.
			_, _, plan := firstIn(text, rules.PlanHeadings)
			_, _, done := firstIn(text, rules.ResultHeadings)
			planned = plan && !done
		}
		opensPlan := hasPrefixAny(text, rules.PlanOpeners)
		for ; next < len(fs) && fs[next].Start < start+n+1; next++ {
			if !planned && !opensPlan {
				out = append(out, fs[next])
			}
		}
		start += n + 1
	}
	return append(out, fs[next:]...)
}

// isHeading reports whether a body line is a heading or a headline: short,
// with no sentence end.
func isHeading(line, sentenceEnds string) bool {
	return runeCount(line) <= headlineRunes && !strings.ContainsAny(line, sentenceEnds)
}

// hasPrefixAny reports whether s starts with one of words.
func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
