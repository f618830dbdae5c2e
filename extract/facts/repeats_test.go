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

// TestClassifyBodyDropsPlans checks that the numbers of the body's plans
// are no facts: after a plan heading, and in a paragraph that opens with a
// plan word.
func TestClassifyBodyDropsPlans(t *testing.T) {
	c := defaultClassifier(t)
	metrics := func(body string) []string {
		fs, err := c.ClassifyBody(context.Background(), body, numbers.Find)
		require.NoError(t, err)
		var out []string
		for _, f := range fs {
			out = append(out, f.Evidence)
		}
		return out
	}
	body := "一、工作成效\n全年新建工会46家,发展会员3100人。\n" +
		"下一步,县总工会将继续推进建会入会,新建驿站5个。\n" +
		"二、2025年工作打算\n（一）新建基层工会30家。\n（二）开展技能竞赛12场。"
	assert.Equal(t, []string{"46家", "3100人"}, metrics(body))
	results := "二、重点工作完成情况\n新建基层工会30家。"
	assert.Equal(t, []string{"30家"}, metrics(results), "a heading of results is no plan")
	titled := "县总工会2024年工作总结和2025年工作计划\n全年新建基层工会30家。\n二、2024年工作计划完成情况\n发展会员1200人。"
	assert.Equal(t, []string{"30家", "1200人"}, metrics(titled), "the headline names the report; a heading of what a plan achieved is results")
}
