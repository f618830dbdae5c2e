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
		{"MidWord", "组织劳模工匠宣讲团深入企业宣讲,推动党的创新理论在基", "层落地生根,增强了职工的获得感。", true, true},
		{"ShortUnpunctuatedIsHeading", "推动党的创新理论在基", "层落地生根,增强了职工的获得感。", true, false},
		{"ShortLineRunOnIsFragment", "认真落实工会经费按全部职", "工工资总额的规定,规范经费使用管理。", false, true},
		{"NumberedHeadingRunOn", "一、基本情况", "全年新建工会120家。", false, false},
		{"MidNumber", "县级以上工会创办就业基地600余家,筹集资金7706", "万元,开展技能培训。", true, true},
		{"NumberInShortLine", "筹集资金7706", "万元。", true, true},
		{"DigitsSplit", "累计发放资金12", "34万元。", true, true},
		{"AfterComma", "先后荣获“全国五一巾帼标兵岗”称号,", "“省劳动模范”2人。", true, true},
		{"AfterEnumComma", "完善了组织、制度、", "阵地建设。", true, true},
		{"SentenceEnd", "各项工作取得明显成效。", "下一步将继续努力。", true, false},
		{"ExclamationEnd", "奋斗正当时!", "全市职工干劲十足。", true, false},
		{"QuoteAfterEnd", "他说:“我们的工作还要再加把劲。”", "记者了解到,工作正在推进。", true, false},
		{"Ellipsis", "构建具有区域特色的基层工会体系……", "省总工会推动专项工作。", true, false},
		{"ShortHeading", "统筹推动,坚持创新发展“主基调”", "2022年9月,专项工作正式启动。", true, false},
		{"HeadingStuckToParagraph", "满满的幸福感与获得感。1.思想政治引领", "新时代孕育新思想。", true, false},
		{"HanHeadingStuck", "树立工会社会形象。二、加强工会工作创新的基本原则", "1.坚持围绕中心。", true, false},
		{"NextIsNumberedItem", "项目补助实施办法(试行附件第一章总则", "第一条为认真落实市委决策部署,制定本办法。", true, false},
		{"NextIsEnumerated", "主要做法有以下几个方面的内容和具体的举措要求", "一是加强组织领导。", true, false},
		{"NextIsBracketItem", "主要做法有以下几个方面的内容和具体的举措要求", "(一)加强组织领导。", true, false},
		{"ColonIntroducesList", "特提出如下意见:", "充分认识工会工作创新的重要性。", true, false},
		{"LongLineNoPunctuation", "为在全市工会系统唱响创新、落实工作主旋律,切实保持和增强工会的", "政治性、先进性、群众性。", true, true},
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
