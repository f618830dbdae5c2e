package facts_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/numbers"
)

func TestLinkParts(t *testing.T) {
	c := defaultClassifier(t)
	tests := []struct {
		Name, In string
		// Want maps the evidence of each part to its total's; each
		// evidence is unique in In.
		Want map[string]string
	}{
		{Name: "Subgroup", In: "吸纳会员1100余人，其中新业态从业者489人。",
			Want: map[string]string{"489人": "1100余人"}},
		{Name: "PartsListed", In: "打造了3个产改示范点，其中：1个被命名为市级产改示范点、2个为区级产改示范点。",
			Want: map[string]string{"1个": "3个", "2个": "3个"}},
		{Name: "PartWordOpensTheNextSentence", In: "全县发展会员800人。其中，新就业形态劳动者300人。",
			Want: map[string]string{"300人": "800人"}},
		{Name: "PartLargerThanTotal", In: "新建工会32个，其中非公企业工会40个。", Want: map[string]string{}},
		{Name: "NotAcrossParagraphs", In: "吸纳会员1100余人。\n其中新业态从业者489人。", Want: map[string]string{}},
		{Name: "SumAfterItsParts", In: "慰问困难职工860人、劳模120人，共计980人。",
			Want: map[string]string{"860人": "980人", "120人": "980人"}},
		{Name: "SumThatDoesNotAddUp", In: "慰问困难职工860人、劳模100人，共计980人。", Want: map[string]string{}},
		{Name: "SubsetWord", In: "在7个小区开设了爱心托管班，服务职工子弟4000余人次，1个爱心托管班获评全国优秀爱心托管班。",
			Want: map[string]string{"1个": "7个"}},
		{Name: "RestOfTheParts", In: "今年资助困难职工子女31名。其中，资助大学生27名。另资助高中生4名。",
			Want: map[string]string{"27名": "31名", "4名": "31名"}},
		{Name: "PartsOfAPart", In: "全市192494人参加互助，其中新参加7138人，新参加中新就业形态劳动者141人，农民工266人，职工6731人。",
			Want: map[string]string{"7138人": "192494人", "141人": "7138人", "266人": "7138人", "6731人": "7138人"}},
		{Name: "ItemsAddUpToTotal", In: "慰问困难职工100人。慰问劳模60人，慰问农民工40人。",
			Want: map[string]string{"60人": "100人", "40人": "100人"}},
		{Name: "ItemsThatDoNotAddUp", In: "慰问困难职工100人。慰问劳模60人，慰问农民工50人。", Want: map[string]string{}},
		{Name: "ApproximateItemsAreNoSum", In: "慰问困难职工100人。慰问劳模60余人，慰问农民工40人。", Want: map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			fs, err := c.ClassifyBody(context.Background(), tt.In, numbers.Find)
			require.NoError(t, err)
			c.LinkParts(tt.In, fs)
			got := map[string]string{}
			for _, f := range fs {
				if f.PartOf > 0 {
					got[f.Evidence] = fs[f.PartOf-1].Evidence
				}
			}
			assert.Equal(t, tt.Want, got, "facts: %v", evidences(fs))
		})
	}
}

func evidences(fs []facts.Fact) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Evidence+" "+f.Metric)
	}
	return out
}
