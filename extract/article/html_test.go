package article

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// para is a paragraph of report prose, long and punctuated enough to read
// as article text; lead is a shorter standfirst.
const (
	para1 = "今年以来，区总工会聚焦职工急难愁盼，全年新建基层工会53家，发展会员1200余人，发放补助金26万余元。"
	para2 = "下一步，区总工会将继续推进户外劳动者服务站点建设，让广大一线职工的归属感、认同感、满意度不断提升。"
	para3 = "活动期间，各级工会组织走访慰问困难职工家庭，送去慰问金和节日礼品，帮助他们解决生产生活中的实际困难。"
	lead  = "一年来，区总工会把服务职工放在首位，各项工作取得了新进展。"
)

func TestFromHTML(t *testing.T) {
	tests := []struct {
		Name   string
		Input  string
		Output Article
	}{{
		Name: "FurnitureAndHiddenTextDropped",
		Input: `<html><head><title>区总工会年度工作_测试网</title><style>p{}</style></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">新闻</a> <a href="/b">工会</a></div><h2>年度工作</h2>
<div class="article"><h1>区总工会年度工作</h1>
<p>` + para1 + `</p><!-- 注释里的字 -->
<p style="display: none">隐藏的段落，不该出现。</p><p hidden>另一段隐藏文字，也不该出现。</p>
<p class="note hide">样式类隐藏的段落，不该出现。</p><div class="d-none">框架类隐藏文字，也不该出现。</div>
<script>var s = "脚本里的字，不该出现。";</script>
<div class="share-box">分享到：微信，微博，朋友圈。</div>
<p>` + para2 + `</p></div>
<div class="comment-list"><p>网友评论：写得很好，支持工会工作，点赞点赞。</p></div>
<div id="footer">版权所有 © 测试网 京ICP备00000000号</div></body></html>`,
		Output: Article{Title: "区总工会年度工作", Body: para1 + "\n" + para2},
	}, {
		Name: "DatelineBelowQuotedHeadline",
		Input: `<html><head><title>县总工会举办“春风行动”专场招聘会，助力职工就业_某县人民政府</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/a">部门动态</a></div><table>
<tr><td><h3>县总工会举办“春风行动”专场招聘会，助力职工就业</h3></td></tr>
<tr><td>发布时间：2024-03-01　　信息来源：某县总工会　　浏览次数：<span>120</span></td></tr>
<tr><td><p>` + para1 + `</p><p>` + para2 + `</p></td></tr></table></body></html>`,
		Output: Article{Title: "县总工会举办“春风行动”专场招聘会，助力职工就业", Published: "2024-03-01",
			Source: "某县总工会", Body: para1 + "\n" + para2},
	}, {
		Name: "ChannelHeadingIsNoTitle",
		Input: `<html><head><title>区总工会召开年度工作总结会议_测试网</title></head><body>
<h2>工作总结</h2><div><b>区总工会召开年度工作总结会议</b></div><div><p>` + para1 + `</p></div></body></html>`,
		Output: Article{Title: "区总工会召开年度工作总结会议", Body: para1},
	}, {
		Name: "PagedForumThread",
		Input: `<html><head><title>职工互助保障工作的几点思考(页 1) - 工会理论 - 某某职工论坛 - powered by 论坛程序</title></head><body>
<h1>职工互助保障工作的几点思考(页 1) - 工会理论 - 某某职工论坛 - powered by 论坛程序</h1>
<div class="thread"><p>职工互助保障工作的几点思考</p><p>赵文提、风小天</p>
<p>` + para1 + `</p><p>` + para2 + `</p></div></body></html>`,
		Output: Article{Title: "职工互助保障工作的几点思考", Authors: []string{"赵文提", "风小天"}, Body: para1 + "\n" + para2},
	}, {
		Name: "PenNameInAuthorMeta",
		Input: `<html><head><title>职工书屋读书心得 - 某某社区</title><meta name="author" content="茶座"></head><body>
<div class="article"><h1>职工书屋读书心得</h1><p>` + para1 + `</p></div></body></html>`,
		Output: Article{Title: "职工书屋读书心得", Authors: []string{"茶座"}, Body: para1},
	}, {
		Name: "SiteNameInAuthorMeta",
		Input: `<html><head><title>职工书屋读书心得_某易新闻</title><meta name="author" content="某易"></head><body>
<div class="article"><h1>职工书屋读书心得</h1><p>` + para1 + `</p></div></body></html>`,
		Output: Article{Title: "职工书屋读书心得", Body: para1},
	}, {
		Name: "CopyrightHolderOfABlog",
		Input: `<html><head><title>职工书屋读书心得 - 博客</title></head><body>
<div class="post"><h2>职工书屋读书心得</h2><p>` + para1 + `</p></div><div id="footer">Copyright © 2004-2005 王小明</div></body></html>`,
		Output: Article{Title: "职工书屋读书心得", Authors: []string{"王小明"}, Body: para1},
	}, {
		Name: "CopyrightOfASite",
		Input: `<html><head><title>职工书屋读书心得 - 博客</title></head><body>
<div class="post"><h2>职工书屋读书心得</h2><p>` + para1 + `</p></div><div id="footer">Copyright © 2005 某某网 版权所有</div></body></html>`,
		Output: Article{Title: "职工书屋读书心得", Body: para1},
	}, {
		Name: "PenNameCreditedByHeadline",
		Input: `<html><head><title>欢迎访问某某评论</title></head><body><h1>欢迎访问某某评论</h1>
<table><tr><td><b>茶座：我眼中的职工书屋</b></td></tr><tr><td><p>我眼中的职工书屋</p><p>茶座</p>
<p>` + para1 + `</p><p>` + para2 + `</p></td></tr></table></body></html>`,
		Output: Article{Title: "欢迎访问某某评论", Authors: []string{"茶座"}, Body: "茶座：我眼中的职工书屋\n我眼中的职工书屋\n" + para1 + "\n" + para2},
	}, {
		Name: "SpeakerInHeadlineIsNoAuthor",
		Input: `<html><head><title>茶座：加快推进职工书屋建设_某某网</title></head><body>
<div class="article"><h1>茶座：加快推进职工书屋建设</h1><p>` + para1 + `</p></div></body></html>`,
		Output: Article{Title: "茶座：加快推进职工书屋建设", Body: para1},
	}, {
		Name: "DatelineFarBelowBanner",
		Input: `<html><head><title>欢迎访问某某评论</title></head><body><h1>欢迎访问某某评论</h1>
<table><tr><td>发布日期： 9/17/2004 5:54:13 AM</td></tr><tr><td><p>` + para1 + `</p></td></tr></table></body></html>`,
		Output: Article{Title: "欢迎访问某某评论", Published: "2004-09-17", Body: para1},
	}, {
		Name: "BlogFoundingDateIsNoDate",
		Input: `<html><head><title>职工书屋读书心得 - 某某博客</title></head><body>
<div class="post"><h2>职工书屋读书心得</h2><p>建立于:2004年10月6日</p><p>` + para1 + `</p></div></body></html>`,
		Output: Article{Title: "职工书屋读书心得", Body: para1},
	}, {
		Name: "SiteNameFirstTitle",
		Input: `<html><head><title>某某博客 » 职工书屋建设的几点体会</title></head><body><h1>某某博客</h1>
<div class="post"><p><font size="5">职工书屋建设的几点体会</font></p><p>` + para1 + `</p></div></body></html>`,
		Output: Article{Title: "职工书屋建设的几点体会", Body: para1},
	}, {
		Name: "ConvertedFromPDF",
		Input: `<html><body><div class="content">
<p>今年以来，县总工会在县委和上级工会的坚强领导下，认真贯彻落实上级工会的各项部署，团结带领全县广大职</p>
<p>工建功立业。开展“建会入会集中行动月”活动，全年新建基层工会组织二十</p>
<p>八个，新增会员1946人。全县各级工会和企业投入职工福利及帮扶资金3520<br><br>万元，慰问困难职工和一线职工约2700人次，帮扶力度持续加大，职工群众的获得感不断增强</p>
<p>一、组织建设扎实推进</p><p>全县国有和规模以上非公企业职代会建制率达92%以上，集体合同覆盖职工2.6万人，劳动关系保持和谐稳定。</p>
</div></body></html>`,
		Output: Article{Body: "今年以来，县总工会在县委和上级工会的坚强领导下，认真贯彻落实上级工会的各项部署，团结带领全县广大职工建功立业。开展“建会入会集中行动月”活动，全年新建基层工会组织二十八个，新增会员1946人。全县各级工会和企业投入职工福利及帮扶资金3520万元，慰问困难职工和一线职工约2700人次，帮扶力度持续加大，职工群众的获得感不断增强\n一、组织建设扎实推进\n全县国有和规模以上非公企业职代会建制率达92%以上，集体合同覆盖职工2.6万人，劳动关系保持和谐稳定。"},
	}, {
		Name: "PhotoCaptionLeftOut",
		Input: `<html><body><div class="content"><p>` + para1 + `</p>
<p>县总工会工作人员在户外劳动者驿站为快递小哥测量血压，送上防暑降温用品 记者 张三 摄</p><p>` + para2 + `</p></div></body></html>`,
		Output: Article{Body: para1 + "\n" + para2},
	}, {
		Name: "DatelineOpensTheText",
		Input: `<html><head><title>秭归：果园里建起职工之家_某某工人报</title></head><body>
<div class="article"><h1>秭归：果园里建起职工之家</h1><p>县总工会把组织建到产业链上，把服务送到果农身边</p>
<p>本报讯（记者 张明提 通讯员 王永刚）` + para1 + `</p><p>` + para2 + `</p></div></body></html>`,
		Output: Article{Title: "秭归：果园里建起职工之家", Authors: []string{"张明提", "王永刚"}, Body: para1 + "\n" + para2},
	}, {
		Name: "BreaksAndTables",
		Input: `<html><body><div id="content"><h1>会员发展情况</h1>
<p>` + para1 + `<br>` + para2 + `</p>
<table><tr><td>单位</td><td>新建工会</td></tr><tr><td>甲镇</td><td>12家</td></tr></table>
</div><div class="sidebar"><ul><li><a href="/1">热点新闻一</a></li><li><a href="/2">热点新闻二</a></li></ul></div></body></html>`,
		Output: Article{Title: "会员发展情况", Body: para1 + "\n" + para2 + "\n单位 新建工会\n甲镇 12家"},
	}, {
		Name: "LayoutTableCellsAreContainers",
		Input: `<html><body><table><tr><td><a href="/">首页</a><br><a href="/x">论坛</a></td>
<td><p>` + para1 + `</p><p>` + para2 + `</p></td></tr></table></body></html>`,
		Output: Article{Body: para1 + "\n" + para2},
	}, {
		Name: "FieldsFromDatelineAndBylines",
		Input: `<html><head><title>职工服务驿站投用 - 某某网</title></head><body>
<div class="main"><h1>职工服务驿站投用</h1><div class="info">2023-06-07 16:51 来源：中工网</div>
<p>记者 韩雪梅 通讯员 周锐</p><p>` + para1 + `</p><p>` + para2 + `</p><p>责任编辑：张三</p>
<div><a href="/p">上一篇：2022年11月8日 其他新闻</a></div></div></body></html>`,
		Output: Article{Title: "职工服务驿站投用", Published: "2023-06-07", Source: "中工网",
			Authors: []string{"韩雪梅", "周锐"}, Body: para1 + "\n" + para2},
	}, {
		Name: "MetaFieldsAndClosingByline",
		Input: `<html><head><title>工会服务进万家_新华网</title>
<meta property="og:title" content="工会服务进万家">
<meta property="article:published_time" content="2024-05-17T08:00:00+08:00">
<meta name="source" content="http://example.com/a">
</head><body><article><p>原标题：旧的标题不该当作标题用</p><p>` + para1 + `</p><p>` + para2 + `（赵文提 孙立强）</p></article></body></html>`,
		Output: Article{Title: "工会服务进万家", Published: "2024-05-17",
			Authors: []string{"赵文提", "孙立强"}, Body: para1 + "\n" + para2},
	}, {
		Name:   "NamesAboveTheText",
		Input:  `<html><body><div class="content"><p>赵文提、孙立强</p><p>` + para1 + `</p><p>` + para2 + `</p></div></body></html>`,
		Output: Article{Authors: []string{"赵文提", "孙立强"}, Body: para1 + "\n" + para2},
	}, {
		Name: "ScreenNameAfterLabel",
		Input: `<html><body><div class="content"><h1>车间见闻</h1><p>` + para1 + `</p><p>` + para2 + `</p>
<p>文：小雨点</p></div></body></html>`,
		Output: Article{Title: "车间见闻", Authors: []string{"小雨点"}, Body: para1 + "\n" + para2},
	}, {
		Name: "PosterInStamp",
		Input: `<html><body><div class="post"><h1>车间见闻</h1><p>` + para1 + `</p><p>` + para2 + `</p>
<p>由小雨点张贴 @ 2005-06-14 03:25:55 (370)</p></div></body></html>`,
		Output: Article{Title: "车间见闻", Published: "2005-06-14", Authors: []string{"小雨点"}, Body: para1 + "\n" + para2},
	}, {
		Name: "ClosingBylineAfterQuote",
		Input: `<html><body><div class="content"><h1>车间见闻</h1><p>` + para1 + `</p>
<p>他说：“服务站点建设要继续推进，让职工更满意。”（王明 上海报道）</p></div></body></html>`,
		Output: Article{Title: "车间见闻", Authors: []string{"王明"}, Body: para1 + "\n他说：“服务站点建设要继续推进，让职工更满意。”"},
	}, {
		Name: "NameUnderSecondHeading",
		Input: `<html><head><title>显示</title></head><body><p>显示</p><p><strong>车间见闻(上)</strong></p>
<p>王明<br>——某某工会的一年<br>` + para1 + `<br>` + para2 + `</p></body></html>`,
		Output: Article{Title: "显示", Authors: []string{"王明"}, Body: "王明\n——某某工会的一年\n" + para1 + "\n" + para2},
	}, {
		Name: "LinkWidgetIsNoFooter",
		Input: `<html><body><div class="content"><h1>车间见闻</h1><p>` + para1 + `</p><p>` + para2 + `</p></div>
<div><a href="/ad">by Taboola</a></div></body></html>`,
		Output: Article{Title: "车间见闻", Body: para1 + "\n" + para2},
	}, {
		Name: "OutletBesideDateline",
		Input: `<html><body><div class="news"><h1>车间见闻</h1><p class="info">江河晚报 2024-03-05 08:15 记者 陈晓东</p>
<div class="txt"><p>` + para1 + `</p><p>` + para2 + `</p></div></div></body></html>`,
		Output: Article{Title: "车间见闻", Published: "2024-03-05", Source: "江河晚报", Authors: []string{"陈晓东"}, Body: para1 + "\n" + para2},
	}, {
		Name: "SourceAndJointCreditBelowText",
		Input: `<html><body><div class="content"><h1>车间见闻</h1><p>` + para1 + `</p><p>` + para2 + `</p>
<p style="text-align:right">文/图 李明</p><p>来源：某某区总工会</p></div></body></html>`,
		Output: Article{Title: "车间见闻", Source: "某某区总工会", Authors: []string{"李明"}, Body: para1 + "\n" + para2},
	}, {
		Name: "DisclosureTableAboveHeadline",
		Input: `<html><body><table class="xxgk"><tr><td>索引号：</td><td>012345678/202403-00007</td><td>发布机构：</td><td>某某县总工会</td></tr>
<tr><td>生成日期：</td><td>2024-03-05</td><td>主题分类：</td><td>工作动态</td></tr></table>
<div class="content"><h1>车间见闻</h1><p>` + para1 + `</p><p>` + para2 + `</p></div></body></html>`,
		Output: Article{Title: "车间见闻", Published: "2024-03-05", Source: "某某县总工会", Body: para1 + "\n" + para2},
	}, {
		// The lists and the navigation box outweigh the three paragraphs,
		// so without widening the best element would be one paragraph.
		Name: "ProseBetweenListsAndBoxes",
		Input: `<html><body><div class="entry"><p>` + para1 + `</p><ul><li>一号车间</li><li>二号车间</li><li>三号车间</li></ul>
<p>` + para2 + `</p><div class="navbox">` + strings.Repeat(`<a href="/x">工会组织工作相关条目</a> `, 12) + `</div>
<p>` + para3 + `</p></div></body></html>`,
		Output: Article{Body: para1 + "\n一号车间\n二号车间\n三号车间\n" + para2 + "\n" + para3},
	}, {
		// The body's box is hinted, but the lead above it is prose too.
		Name: "StandfirstAboveHintedBody",
		Input: `<html><body><div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div>
<article><p class="chapo">` + lead + `</p><div class="t-content__body"><p>` + para1 + `</p><p>` + para2 + `</p><p>` + para3 + `</p></div></article></body></html>`,
		Output: Article{Body: lead + "\n" + para1 + "\n" + para2 + "\n" + para3},
	}, {
		// A 推荐阅读 box between paragraphs is skipped; the 相关新闻 list
		// below the text still ends it.
		Name: "InsetBoxBetweenParagraphs",
		Input: `<html><body><div class="content"><p>` + para1 + `</p>
<table><tr><td>推荐阅读</td></tr><tr><td><a href="/1">基层工会建设经验谈</a></td></tr><tr><td><a href="/2">职工服务站点一览</a></td></tr></table>
<p>` + para2 + `</p><p>相关新闻</p><ul><li><a href="/3">区总工会召开年度会议</a></li></ul>
<p>` + para3 + `</p></div></body></html>`,
		Output: Article{Body: para1 + "\n" + para2},
	}, {
		Name: "TitlePieceAboveText",
		Input: `<html><head><title>区总工会年度工作总结 - 某某职工论坛 - powered by X</title></head><body>
<div class="content"><h1>区总工会年度工作总结</h1><p>某某职工论坛</p><p>` + para1 + `</p></div></body></html>`,
		Output: Article{Title: "区总工会年度工作总结", Body: para1},
	}, {
		Name: "LegalNoticeBelowText",
		Input: `<html><body><div class="content"><p>` + para1 + `</p><p>` + para2 + `</p><p>反侵权公告：</p>
<p>一、任何单位或个人，未经本报社书面许可，不得转载、摘编或以其他方式使用本网作品。</p></div></body></html>`,
		Output: Article{Body: para1 + "\n" + para2},
	}, {
		Name:   "NoArticle",
		Input:  `<html><body><div class="nav"><a href="/">首页</a></div></body></html>`,
		Output: Article{},
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got := FromHTML(tt.Input)
			if len(got.Authors) == 0 {
				got.Authors = nil
			}
			assert.Equal(t, tt.Output, got)
		})
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ In, Out string }{
		{"投身外交(3)_读书频道_新浪网", "投身外交(3)"},
		{"区总工会召开年度工作会议 - 某某网", "区总工会召开年度工作会议"},
		{"工会标题|新华网", "工会标题"},
		{"短题_新浪网", "短题_新浪网"}, // too short a headline to cut
		{"没有站名的标题", "没有站名的标题"},
		{"武汉的声音：有英勇的你！-新华网", "武汉的声音：有英勇的你！"},
		{"2022-2023年工会工作总结", "2022-2023年工会工作总结"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.Out, stripSiteName(tt.In), tt.In)
	}
}

func TestDefaultHTMLRules(t *testing.T) {
	r := DefaultHTMLRules()
	assert.Equal(t, hintNegative, r.classify("article-comment"))
	assert.Equal(t, hintNegative, r.classify("newsComment"))
	assert.Equal(t, hintPositive, r.classify("main-content"))
	assert.Equal(t, hintNone, r.classify("photo"))
	assert.NotEmpty(t, r.dateMeta)
}

func TestLoadHTMLRules(t *testing.T) {
	_, err := LoadHTMLRules(fstest.MapFS{"html_hints.txt": {Data: []byte("[positive]\nstory\n[bogus]\nx\n")}}, DefaultRules())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "html_hints.txt:4")

	r, err := LoadHTMLRules(fstest.MapFS{"html_hints.txt": {Data: []byte("[negative]\nstory\n")}}, DefaultRules())
	require.NoError(t, err)
	a, err := r.FromHTML(context.Background(), `<body><div class="story"><p>`+para1+`</p></div><div><p>`+para2+`</p></div></body>`)
	require.NoError(t, err)
	assert.Equal(t, para2, a.Body)
	assert.False(t, strings.Contains(a.Body, "48家"))
}

// FuzzFromHTML checks that no markup makes FromHTML panic.
// Run: go test -fuzz FuzzFromHTML ./extract/article
func FuzzFromHTML(f *testing.F) {
	f.Add(`<html><body><div class="article"><h1>标题</h1><p>` + para1 + `</p></div></body></html>`)
	f.Add(`<table><tr><td><p>` + para2 + `<br></td><td>x</td></tr></table>`)
	f.Add(`<a href=x><div class=nav><p style="display:none">` + para1)
	f.Fuzz(func(t *testing.T, src string) {
		FromHTML(src)
	})
}

func TestNamesLine(t *testing.T) {
	assert.Equal(t, []string{"赵文提", "孙立强"}, DefaultRules().namesLine("赵文提、孙立强"))
	assert.Nil(t, DefaultRules().namesLine("赵文提、孙立强等人的研究"))
	assert.Equal(t, []string{"赵延东", "风笑天"}, DefaultRules().namesLine("赵延东、风笑天"), "a surname surnames.txt lacks, beside a name")
	assert.Nil(t, DefaultRules().namesLine("交通、教育、医疗"), "no word reads as a name")
	assert.Nil(t, DefaultRules().namesLine("张三、社会学研究所"), "too long for a name")
	assert.Nil(t, DefaultRules().namesLine("风笑天"), "alone, a name needs a known surname")
}

func TestStampAuthors(t *testing.T) {
	tests := []struct {
		Name string
		In   string
		Want []string
	}{
		{"LabelledHandle", "作者:sunny99 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30", []string{"sunny99"}},
		{"By", "〓 某某论坛 发布时间 2005/03/15 22:36:13 by rainman 〓", []string{"rainman"}},
		{"ByInsideWord", "the baby 2005/03/15 22:36:13", nil},
		{"PoweredBy", "Powered by: Discuz 2005/03/15 22:36:13", nil},
		{"DesignedBy", "Designed by 某某科技 2005/03/15 22:36:13", nil},
		{"PostedBy", "由小雨点张贴 @ 2005-06-14 03:25:55 (370)", []string{"小雨点"}},
		{"PostedIn", "本贴由老王于2005年8月12日16:12:21在〖某某论坛〗发表.", []string{"老王"}},
		{"HandleFirst", "sunny99 发表于 2005-9-15 11:46:00", []string{"sunny99"}},
		{"PhotoCaption", "本报记者 王明 摄 2005-9-15 11:46:00", nil},
		{"SentenceWithoutTime", "由市总工会于2023年6月7日主办", nil},
		{"MarkupIsNoHandle", `作者： size="20" 发布日期： 2005-07-05 9:23:57`, nil},
		{"Nobody", "作者：未知 发表于:2005-07-31 12:30", nil},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, DefaultRules().stampAuthors(tt.In))
		})
	}
}

func TestSameCompact(t *testing.T) {
	for _, tt := range []struct{ S, C string }{
		{"区总工会 年度 工作", "区总工会年度工作"},
		{" 区总工会\t年度工作 ", "区总工会年度工作"},
		{"区总工会年度", "区总工会年度工作"},
		{"区总工会年度工作会议", "区总工会年度工作"},
		{"", ""},
		{"  ", ""},
		{"工作", ""},
	} {
		assert.Equal(t, compact(tt.S) == tt.C, sameCompact(tt.S, tt.C), "%q %q", tt.S, tt.C)
	}
}

func TestIsSentencePunct(t *testing.T) {
	for c := rune(0); c < 1<<16; c++ {
		if isSentencePunct(c) != strings.ContainsRune(sentencePunct, c) {
			t.Errorf("isSentencePunct(%q) disagrees with sentencePunct", c)
		}
	}
}

func TestMetaAuthors(t *testing.T) {
	r := DefaultRules()
	tests := []struct {
		In   string
		Want []string
	}{
		{"赵  培", []string{"赵培"}},
		{"张三,李四", []string{"张三", "李四"}},
		{"魑皇", []string{"魑皇"}}, // a pen name
		{"大汉网络", nil},          // a company
		{"参考消息", nil},          // an outlet
		{"某县人民政府", nil},
		{"佚名", nil},
		{"admin", nil},
		{"L_104485", nil},
		{"www.yunnan.cn,云南日报报业集团,云南网", nil},
		{"", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.Want, r.metaAuthors(tt.In), tt.In)
	}
}

func TestInfoBoxDateIsNoDateline(t *testing.T) {
	// Only a labelled date counts inside the article block when the header
	// window missed the dateline; an info box's dates are about its subject.
	got := FromHTML(`<html><head><title>欢迎访问某某百科</title></head><body><h1>欢迎访问某某百科</h1>` +
		strings.Repeat(`<div>条目分类</div>`, headerWindow+1) + `
<div><p>出生 1976年4月25日 水原站</p><p>` + para1 + `</p><p>` + para2 + `</p></div></body></html>`)
	assert.Empty(t, got.Published)
	assert.Empty(t, got.Source)
}

func TestLoadWithDefaults(t *testing.T) {
	// A folder with one edited file changes that file's rules only.
	labels, err := fs.ReadFile(defaultFiles, "labels.txt")
	require.NoError(t, err)
	dir := fstest.MapFS{"labels.txt": {Data: append(labels, []byte("\n[author]\n采写\n")...)}}
	text, html, err := LoadWithDefaults(dir)
	require.NoError(t, err)
	line := "采写:张三"
	assert.Empty(t, DefaultRules().header(line).authors)
	assert.Equal(t, []string{"张三"}, text.header(line).authors, "采写 is now an author label")
	assert.Equal(t, DefaultRules().surnames, text.surnames, "surnames.txt comes from the binary")
	assert.Equal(t, DefaultHTMLRules().positive, html.positive, "html_hints.txt comes from the binary")
	got, err := html.FromHTML(context.Background(), `<html><body><div class="article"><p>`+line+`</p><p>`+para1+`</p></div></body></html>`)
	require.NoError(t, err)
	assert.Equal(t, []string{"张三"}, got.Authors, "the HTML reader uses the text rules it was built on")
	assert.Empty(t, FromHTML(`<html><body><div class="article"><p>`+line+`</p><p>`+para1+`</p></div></body></html>`).Authors)

	_, _, err = LoadWithDefaults(fstest.MapFS{"labels.txt": {Data: []byte("[bogus]\nx\n")}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "labels.txt")
}
