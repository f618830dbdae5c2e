package facts_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// TestClassifyBodySaysEachOnce checks that a page's repeats are counted
// once: a passage printed twice, and a headline line the text repeats.
// Distinct sentences with the same number stay two facts.
func TestClassifyBodySaysEachOnce(t *testing.T) {
	c := defaultClassifier(t)
	evidence := func(body string) []string {
		fs, err := c.ClassifyBody(context.Background(), body, numbers.Find)
		require.NoError(t, err)
		var out []string
		for _, f := range fs {
			out = append(out, f.Metric+" "+f.Evidence+" "+string([]rune(body)[f.Start-2:f.Start]))
		}
		return out
	}
	twice := "全区有3000多个基层工会。慰问困难职工800名。\n全区有3000多个基层工会。慰问困难职工800名。"
	assert.Equal(t, []string{"union_count 3000多个 区有", "people_assisted 800名 职工"}, evidence(twice),
		"the copy of a passage adds nothing")

	headline := "区总工会为7600名职工送清凉\n今年7月,区总工会组成慰问组,为7600名职工送清凉。"
	got := evidence(headline)
	require.Len(t, got, 1, "the headline's number is the text's")
	assert.Equal(t, "people_assisted 7600名 ,为", got[0])

	again := "全省123个县级工会参加培训。\n全省123个县区总工会完成换届。"
	assert.Len(t, evidence(again), 2, "two sentences that give one number are two facts")
	same := "城关镇建成驿站24家,东城镇建成驿站24家。"
	assert.Len(t, evidence(same), 2, "one sentence that gives one number twice says two facts")
}
