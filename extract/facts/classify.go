package facts

import (
	"strings"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// Classifier applies a rule set to the quantities of a body.
type Classifier struct {
	rules *Rules
}

// NewClassifier prepares rs for use. It is safe for concurrent use.
func NewClassifier(rs *Rules) (*Classifier, error) { return &Classifier{rules: rs}, nil }

// Classify returns the facts among qs, which must have been read from body.
func (c *Classifier) Classify(body string, qs []numbers.Quantity) []Fact {
	rs := []rune(body)
	var out []Fact
	for _, q := range qs {
		clause := clauseBefore(rs, q.Start)
		for _, rule := range c.rules.Rules {
			trig := firstIn(clause, rule.Triggers)
			if trig == "" || !contains(rule.Units, q.Unit) {
				continue
			}
			out = append(out, Fact{
				Metric: rule.Metric, Value: q.Value, ValueMax: q.ValueMax, Unit: q.Unit,
				Approx: string(q.Approx), Evidence: q.Text, Start: q.Start, End: q.End,
				Sentence: sentenceAt(rs, q.Start, q.End), Trigger: trig, Rule: rule.Name,
			})
			break
		}
	}
	return out
}

func clauseBefore(rs []rune, at int) string {
	i := at
	for i > 0 && !strings.ContainsRune("，,。；;！？\n", rs[i-1]) {
		i--
	}
	return string(rs[i:at])
}

func sentenceAt(rs []rune, start, end int) string {
	i, j := start, end
	for i > 0 && !strings.ContainsRune("。；;！？\n", rs[i-1]) {
		i--
	}
	for j < len(rs) && !strings.ContainsRune("。；;！？\n", rs[j]) {
		j++
	}
	if j < len(rs) && rs[j] != '\n' {
		j++
	}
	return strings.TrimSpace(string(rs[i:j]))
}

func firstIn(s string, words []string) string {
	for _, w := range words {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
