package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestContinues(t *testing.T) {
	tests := []struct {
		Name       string
		Prev, Next string
		Blank      bool // blank lines between them
		Want       bool
	}{
		{"MidWord", "组织劳模工匠宣讲团走进车间班组,推动安全生产知识在基", "层普及推广,提升了职工的防范意识。", true, true},
		{"ShortUnpunctuatedIsHeading", "推动安全生产知识在基", "层普及推广,提升了职工的防范意识。", true, false},
		{"ShortLineRunOnIsFragment", "严格执行工会经费按全部职", "工工资总额拨缴的规定,加强经费审查监督。", false, true},
		{"NumberedHeadingRunOn", "一、基本情况", "全年新建工会120家。", false, false},
		{"MidNumber", "县级以上工会建设实训基地450余家,筹措资金3140", "万元,开展技能培训。", true, true},
		{"NumberInShortLine", "筹措资金3140", "万元。", true, true},
		{"TableRow", "西城镇 24 860", "城关镇 19 702", false, false},
		{"TableRowLongFirstCells", "全县各乡镇街道新建基层工会组织情况统计表 合计 西城镇 24 860", "城关镇 19 702", false, false},
		{"TwoCellsAreNoRow", "资金 3140", "万元。", true, true},
		{"LongTailIsNoHeading", "这是一个很长的句子的开头部分，它还在继续并且一直没有结束直到这里还没", "结束。", true, true},
		{"StackedQuotes", "他说:“‘好。’”", "记者了解到。", true, false},
		{"DigitsSplit", "累计发放资金12", "34万元。", true, true},
		{"AfterComma", "先后获评“全国工人先锋号”称号,", "“市劳动模范”3人。", true, true},
		{"AfterEnumComma", "完善了组织、制度、", "阵地建设。", true, true},
		{"SentenceEnd", "各项工作取得明显成效。", "下一步将继续努力。", true, false},
		{"ExclamationEnd", "奋斗正当时!", "全市职工干劲十足。", true, false},
		{"QuoteAfterEnd", "他说:“我们的工作还要再加把劲。”", "记者了解到,工作正在推进。", true, false},
		{"Ellipsis", "打造富有行业特点的职工服务体系……", "市总工会部署专项行动。", true, false},
		{"ShortHeading", "多措并举,坚持服务职工“主旋律”", "2021年5月,专项行动全面铺开。", true, false},
		{"HeadingStuckToParagraph", "职工的归属感持续增强。1.组织体系建设", "新阶段呼唤新作为。", true, false},
		{"HanHeadingStuck", "展现工会良好风貌。二、推进基层工会建设的主要举措", "1.坚持服务大局。", true, false},
		{"NextIsNumberedItem", "书屋建设管理办法(暂行附件第一章总则", "第一条为规范职工书屋建设管理,制定本办法。", true, false},
		{"NextIsEnumerated", "主要做法有以下几个方面的内容和具体的举措要求", "一是加强组织领导。", true, false},
		{"NextIsBracketItem", "主要做法有以下几个方面的内容和具体的举措要求", "(一)加强组织领导。", true, false},
		{"ColonIntroducesList", "特提出如下意见:", "深刻把握基层工会建设的重要性。", true, false},
		{"LongLineNoPunctuation", "为在全县工会系统营造比学赶超、争先创优氛围,持续提升基层工会的", "凝聚力、组织力、服务力。", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, continues(tt.Prev, tt.Next, tt.Blank))
		})
	}
}

func TestJoinBroken(t *testing.T) {
	tests := []struct {
		Name string
		In   []string
		Want []string
	}{
		{"Nothing", nil, nil},
		{"KeepsParagraphs", []string{"第一段。", "第二段。"}, []string{"第一段。", "第二段。"}},
		{"ChainOfBreaks", []string{"这是一个被文档转换工具按照页面宽度断开了很多次的长句子的开", "头部分,它的中间部分仍然没有结束并且一直还在不停地继", "续,直到这里才结束。"},
			[]string{"这是一个被文档转换工具按照页面宽度断开了很多次的长句子的开头部分,它的中间部分仍然没有结束并且一直还在不停地继续,直到这里才结束。"}},
		{"LatinWordsGetASpace", []string{"the union said it would publish", "figures next month"}, []string{"the union said it would publish figures next month"}},
		{"HeadingThenText", []string{"一、基本情况", "全年新建工会120家。"}, []string{"一、基本情况", "全年新建工会120家。"}},
		{"ParagraphGrowsFromDigits", []string{"1", "2", "3", "万元。", "下一段。"}, []string{"123万元。", "下一段。"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var in []bodyLine
			for _, l := range tt.In {
				in = append(in, bodyLine{text: l, blankBefore: true})
			}
			assert.Equal(t, tt.Want, joinBroken(in))
		})
	}
}
