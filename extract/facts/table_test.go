package facts_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/numbers"
)

// tableFacts runs c.TableFacts with a context that never ends.
func tableFacts(t testing.TB, c *facts.Classifier, body string) []facts.Fact {
	t.Helper()
	fs, err := c.TableFacts(context.Background(), body, numbers.Find)
	require.NoError(t, err)
	return fs
}

func TestTableFacts(t *testing.T) {
	rs, err := facts.DefaultRules()
	require.NoError(t, err)
	c, err := facts.NewClassifier(rs, testSegmenter(t))
	require.NoError(t, err)
	body := "各镇完成情况如下：\n" +
		"乡镇 新建工会（家） 新增会员（人） 帮扶资金(万元) 备注\n" +
		"西城镇 24 860 3.5 试点\n" +
		"城关镇 19 702 2 无\n" +
		"合计 43 1562 5.5 -\n" +
		"全年新建工会43家。\n" +
		"西城镇 24 860 3.5 试点\n"
	got := tableFacts(t, c, body)
	type fact struct {
		Metric, Evidence, Unit string
		Value                  float64
	}
	var brief []fact
	for _, f := range got {
		brief = append(brief, fact{f.Metric, f.Evidence, f.Unit, f.Value})
		assert.Equal(t, f.Evidence, string([]rune(body)[f.Start:f.End]), "offsets point at the cell")
	}
	assert.Equal(t, []fact{
		{"unions_formed", "24", "家", 24}, {"members_added", "860", "人", 860}, {"funds_disbursed", "3.5", "元", 35000},
		{"unions_formed", "19", "家", 19}, {"members_added", "702", "人", 702}, {"funds_disbursed", "2", "元", 20000},
		{"unions_formed", "43", "家", 43}, {"members_added", "1562", "人", 1562}, {"funds_disbursed", "5.5", "元", 55000},
	}, brief, "prose ends the table: the row after it has no header")
}

func TestTableFactsNeedsAUnitHeader(t *testing.T) {
	rs, err := facts.DefaultRules()
	require.NoError(t, err)
	c, err := facts.NewClassifier(rs, testSegmenter(t))
	require.NoError(t, err)
	assert.Empty(t, tableFacts(t, c, "乡镇 新建工会 新增会员\n西城镇 24 860\n"), "no unit, no count")
	assert.Empty(t, tableFacts(t, c, "序号 项目（个） 时间\n1 2 2023\n"), "项目 is no metric the rules know")
}
