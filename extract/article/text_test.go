package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Invented paragraphs: long enough to read as prose, ending a sentence.
const (
	paraA = "今年以来,市总工会围绕中心服务大局,组织开展劳动竞赛和技能比武,职工参与热情持续高涨。"
	paraB = "全市新建基层工会组织120家,发展会员8600人,各项工作取得明显成效。"
	paraC = "下一步,市总工会将继续深化产业工人队伍建设改革,推动工会工作再上新台阶。"
)

// page joins lines into a text dump, one per line.
func page(lines ...string) string { return strings.Join(lines, "\n") }

func TestFromText(t *testing.T) {
	tests := []struct {
		Name      string
		In        string
		Title     string
		Published string
		Source    string
		Authors   []string
		Body      string
	}{{
		Name:  "TitleBlankBody",
		In:    page("市总工会推进基层建会工作", "", paraA, "", paraB),
		Title: "市总工会推进基层建会工作",
		Body:  page(paraA, paraB),
	}, {
		Name:      "BreadcrumbDatelineSource",
		In:        page("当前位置:首页 > 工会动态 >", "", "某市工会:建强阵地 服务职工", "", "2024-03-05 09:12:00 来源:某某工人报", "", paraA),
		Title:     "某市工会:建强阵地 服务职工",
		Published: "2024-03-05",
		Source:    "某某工人报",
		Body:      paraA,
	}, {
		Name:      "HeaderLinesAndTitleRepeat",
		In:        page("年度工作总结", "发布时间:2023年12月1日 来源:某某网 字号:大 中 小", "年度工作总结", paraA, paraB),
		Title:     "年度工作总结",
		Published: "2023-12-01",
		Source:    "某某网",
		Body:      page(paraA, paraB),
	}, {
		Name: "NoTitleDatelineMarker",
		In:   page("本报讯 "+paraA, paraB, "(张三 李四)"),
		Body: page(paraA, paraB), Authors: []string{"张三", "李四"},
	}, {
		Name:    "DatelineWithByline",
		In:      page("本报讯(记者 王五 通讯员 赵六)"+paraA, paraB),
		Authors: []string{"王五", "赵六"},
		Body:    page(paraA, paraB),
	}, {
		Name:  "ClosingBylineInLastParagraph",
		In:    page("标题在这里就好", "", paraA, "", paraC+"(周七)", "", "展开阅读全文", "", "页面更新:2024-01-02"),
		Title: "标题在这里就好", Published: "2024-01-02", Authors: []string{"周七"},
		Body: page(paraA, paraC),
	}, {
		Name:  "BracketInTextIsNoByline",
		In:    page("标题在这里就好", paraA, "社区开设了托管班(爱心托管班),受到职工欢迎。"),
		Title: "标题在这里就好",
		Body:  page(paraA, "社区开设了托管班(爱心托管班),受到职工欢迎。"),
	}, {
		Name:      "UpdateStampOnlyWithoutBetter",
		In:        page("标题在这里就好", "发布时间:2023-05-06", paraA, "页面更新:2024-01-02"),
		Title:     "标题在这里就好",
		Published: "2023-05-06",
		Body:      paraA,
	}, {
		Name:  "TagsKeywordsPageNumbers",
		In:    page("标题在这里就好", paraA, "标签:工会 职工 服务", "关键词:", "1 2 3 4 5", "Top"),
		Title: "标题在这里就好",
		Body:  paraA,
	}, {
		Name:  "CopyrightAndICP",
		In:    page("标题在这里就好", paraA, "© Copyright 2020-2024 版权所有 某某网", "京ICP备12345678号-1", "京公网安备11010502000001号"),
		Title: "标题在这里就好",
		Body:  paraA,
	}, {
		Name:   "NeighbourDatesAndRelatedList",
		In:     page("标题在这里就好", paraA, paraB, "来源:某某融媒体中心", "版权声明:本文由用户投稿,不代表本站观点。", "(0)", "上一篇 2022年11月8日 下午3:27", "下一篇 2022年11月9日 下午3:40", "相关推荐", "  • 某个无关的文章标题", "    无关文章的摘要说明文字,内容与本文没有任何关系,只是列表里的一项而已…", "    某某百科 2024年8月3日", "    31"),
		Title:  "标题在这里就好",
		Source: "某某融媒体中心",
		Body:   page(paraA, paraB),
	}, {
		Name:   "DownloadPromptEndsPage",
		In:     page("标题在这里就好", paraA, "本文来源:https://www.example.net/doc/1.html", "《标题在这里就好.doc》", "将本文的Word文档下载到电脑,方便收藏和打印", "推荐度:", "点击下载文档", "文档为doc格式"),
		Title:  "标题在这里就好",
		Body:   paraA,
		Source: "",
	}, {
		Name:  "SidebarListAboveArticle",
		In:    page("最新文章", "某条新闻标题一", "某条新闻标题二", "热门推荐", "标题在这里就好", paraA, paraB, paraC, "发表评论"),
		Title: "标题在这里就好",
		Body:  page(paraA, paraB, paraC),
	}, {
		Name:  "EpaperHeaderAndImagePlaceholder",
		In:    page("第03版:工会新闻", "2023年6月7日 星期三", "标题在这里就好", "【资料图】", paraA),
		Title: "标题在这里就好", Published: "2023-06-07",
		Body: paraA,
	}, {
		Name:  "SubheadingsKept",
		In:    page("标题在这里就好", "", paraA, "", "建强阵地,打造服务“主阵地”", "", paraB),
		Title: "标题在这里就好",
		Body:  page(paraA, "建强阵地,打造服务“主阵地”", paraB),
	}, {
		Name:  "BrokenLinesJoined",
		In:    page("标题在这里就好", "各级工会筹集帮扶资金3520", "", "万元,慰问困难职工家庭,把工会组织的关怀及时送到职工身", "", "边。"),
		Title: "标题在这里就好",
		Body:  "各级工会筹集帮扶资金3520万元,慰问困难职工家庭,把工会组织的关怀及时送到职工身边。",
	}, {
		Name:    "BylineLineAtTop",
		In:      page("标题在这里就好", "记者 孙八 通讯员 钱九 责任编辑:吴十", paraA),
		Title:   "标题在这里就好",
		Authors: []string{"孙八", "钱九"},
		Body:    paraA,
	}, {
		Name:      "LabelValueOnNextLine",
		In:        page("标题在这里就好", "作者:", "郑一", "发布日期:", "2022-02-13", paraA),
		Title:     "标题在这里就好",
		Published: "2022-02-13",
		Authors:   []string{"郑一"},
		Body:      paraA,
	}, {
		Name:  "SubtitleDropped",
		In:    page("扎根基层的娘家人", "——记某区总工会的一名工会干部", paraA),
		Title: "扎根基层的娘家人",
		Body:  paraA,
	}, {
		Name:      "EpaperPageHeader",
		In:        page("工人日报 2023年06月07日 星期三 第03版:新闻", "标题在这里就好", paraA),
		Title:     "标题在这里就好",
		Body:      paraA,
		Published: "2023-06-07",
	}, {
		Name:      "GovernmentSiteHeader",
		In:        page("标题在这里就好", "发布日期:2023-06-07 来源:某某市总工会 浏览次数:123 【字体:大 中 小】【打印本页】【关闭窗口】", paraA, "分享到:", "扫一扫在手机打开当前页"),
		Title:     "标题在这里就好",
		Published: "2023-06-07",
		Source:    "某某市总工会",
		Body:      paraA,
	}, {
		Name:      "WeChatArticle",
		In:        page("标题在这里就好", "原创 某某工会 2023-06-07 18:00 发表于北京", "点击蓝字 关注我们", paraA, paraB, "文字 | 吴二", "编辑 | 郑三", "审核 | 王四", "阅读原文", "往期推荐", "某条往期文章的标题"),
		Title:     "标题在这里就好",
		Published: "2023-06-07",
		Authors:   []string{"吴二"},
		Body:      page(paraA, paraB),
	}, {
		Name:  "ConvertedDocumentPageCounters",
		In:    page("标题在这里就好", "各级工会深入开展劳动竞赛和技能比武活动,全年累计开展各类竞赛", "第 1 页 共 3 页", "120余场次,参与职工达3万余人次。", "- 2 -", paraC),
		Title: "标题在这里就好",
		Body:  page("各级工会深入开展劳动竞赛和技能比武活动,全年累计开展各类竞赛120余场次,参与职工达3万余人次。", paraC),
	}, {
		Name:  "SiteNameAndBreadcrumbAboveTitle",
		In:    page("中工网", "中工网 > 各地工会 > 正文", "标题在这里就好", paraA),
		Title: "标题在这里就好",
		Body:  paraA,
	}, {
		Name:      "DocumentSharingPage",
		In:        page("标题在这里就好", "上传时间:2023-03-04 文档页数:3页 文档格式:doc 贡献者:用户123", paraA, "还剩2页未读,继续阅读", "下载文档"),
		Title:     "标题在这里就好",
		Published: "2023-03-04",
		Body:      paraA,
	}, {
		Name:      "FooterWithoutByline",
		In:        page("标题在这里就好", "", paraA, "", "展开阅读全文", "", "页面更新:2024-05-17", "", "推荐阅读:", "某篇其他文章的标题", "最近更新", "另一篇文章的标题 2024-05-01"),
		Title:     "标题在这里就好",
		Published: "2024-05-17",
		Body:      paraA,
	}, {
		Name:  "HeadingInDumpWithoutBlanks",
		In:    page("标题在这里就好", paraA, "建强阵地服务职工", paraB),
		Title: "标题在这里就好",
		Body:  page(paraA, "建强阵地服务职工", paraB),
	}, {
		Name:  "FragmentInDumpWithBlanks",
		In:    page("标题在这里就好", "", paraA, "", "严格执行工会经费按全部职", "工工资总额拨缴的规定,加强经费审查监督。"),
		Title: "标题在这里就好",
		Body:  page(paraA, "严格执行工会经费按全部职工工资总额拨缴的规定,加强经费审查监督。"),
	}, {
		Name:  "TitleWithSiteNameThenBare",
		In:    page("县总工会建强服务阵地_某某工会网", "县总工会建强服务阵地", "2023-06-07", paraA),
		Title: "县总工会建强服务阵地", Published: "2023-06-07",
		Body: paraA,
	}, {
		Name:   "SourceOnTheLineThatEndsTheArticle",
		In:     page("标题在这里就好", paraA, "本文来源:某某日报", "相关新闻", "另一篇文章的标题 来源:别的网站"),
		Title:  "标题在这里就好",
		Source: "某某日报",
		Body:   paraA,
	}, {
		Name:      "SiteNameAboveBreadcrumbIsNoTitle",
		In:        page("某某区人民政府", "", "首页 > 政务公开 > 部门动态", "", "区总工会关于年度工作情况的报告", "", "发布日期:2024-03-05 信息来源:区总工会", "", paraA),
		Title:     "区总工会关于年度工作情况的报告",
		Published: "2024-03-05",
		Source:    "区总工会",
		Body:      paraA,
	}, {
		Name:  "SiteNameStaysWhereNoHeadlineFollows",
		In:    page("某某区人民政府", "", "首页 > 政务公开 > 部门动态", "", paraA),
		Title: "某某区人民政府",
		Body:  paraA,
	}, {
		Name: "DisclosureTable",
		In: page("某某县人民政府 > 信息公开 > 县总工会", "",
			"索引号:012345678/202403-00007    信息分类:工作动态",
			"发布机构:某某县总工会    生成日期:2024-03-05",
			"名称:县总工会2024年工作要点", "文号:    关键字:工作要点", "",
			"县总工会2024年工作要点", "", paraA),
		Title:     "县总工会2024年工作要点",
		Published: "2024-03-05",
		Source:    "某某县总工会",
		Body:      paraA,
	}, {
		Name:      "OutletDatelineByline",
		In:        page("标题在这里就好", "江河晚报 2024-03-05 08:15 记者 陈晓东", paraA),
		Title:     "标题在这里就好",
		Published: "2024-03-05",
		Source:    "江河晚报",
		Authors:   []string{"陈晓东"},
		Body:      paraA,
	}, {
		Name:    "TextAndPicturesByline",
		In:      page("标题在这里就好", paraA, "文/图 李明"),
		Title:   "标题在这里就好",
		Authors: []string{"李明"},
		Body:    paraA,
	}, {
		Name: "Empty",
		In:   "\n\n  \n",
	}, {
		Name:  "DoubleArrowBreadcrumbAndYouAreHere",
		In:    page("◎当前位置:首页>>工会动态>>正文", "某区总工会开展金秋助学活动", "", paraA),
		Title: "某区总工会开展金秋助学活动",
		Body:  paraA,
	}, {
		Name:  "ColumnLabelAboveHeadline",
		In:    page("工作动态", "", "某县总工会为环卫工人送清凉", "", paraA),
		Title: "某县总工会为环卫工人送清凉",
		Body:  paraA,
	}, {
		Name:  "ShortHeadlineStays",
		In:    page("职工书屋", "发布时间:2023年12月1日", paraA),
		Title: "职工书屋", Published: "2023-12-01",
		Body: paraA,
	}, {
		Name:  "SpaceSeparatedMenuAndButtons",
		In:    page("首页 新闻中心 本地新闻 本网专稿", "[字体:大 中 小] [打印] [关闭]", "某市职工服务中心开展互助保障宣传", "", paraA),
		Title: "某市职工服务中心开展互助保障宣传",
		Body:  paraA,
	}, {
		Name:   "OutletDateline",
		In:     page("某县工会送温暖", "", "某某网7月25日讯:"+paraA),
		Title:  "某县工会送温暖",
		Source: "某某网",
		Body:   paraA,
	}, {
		Name:    "SiteAndPaperDatelineWithByline",
		In:      page("某某工网—某某工人报讯(记者 王五)"+paraA, paraB),
		Source:  "某某工人报",
		Authors: []string{"王五"},
		Body:    page(paraA, paraB),
	}, {
		Name:    "ReportedByDateline",
		In:      page("某某融媒报道:(记者 王五)" + paraA),
		Source:  "某某融媒",
		Authors: []string{"王五"},
		Body:    paraA,
	}, {
		Name:   "SourceLabelInBracketsOpensText",
		In:     page("某区工会驿站建设提速", "「本文来源:某某日报」"+paraA),
		Title:  "某区工会驿站建设提速",
		Source: "某某日报",
		Body:   paraA,
	}, {
		Name:   "ClosingCreditOrganisation",
		In:     page("某镇工会开展体检", "", paraA, "", paraB+"(供稿:某某镇总工会)"),
		Title:  "某镇工会开展体检",
		Source: "某某镇总工会",
		Body:   page(paraA, paraB),
	}, {
		Name:   "ClosingCreditBodyName",
		In:     page("某市工会互助保障", "", paraA, "", paraB+"(某某市总工会)"),
		Title:  "某市工会互助保障",
		Source: "某某市总工会",
		Body:   page(paraA, paraB),
	}, {
		Name:      "EmptySourceLabelBeforeCounter",
		In:        page("某区工会慰问活动", "发布日期:2025-01-17 来源:", "阅读量:", paraA),
		Title:     "某区工会慰问活动",
		Published: "2025-01-17",
		Body:      paraA,
	}, {
		Name:      "NewspaperEditionCredit",
		In:        page("某区总工会启动送温暖", "《某某日报》(2016年01月22日 002版)", "本报讯 "+paraA),
		Title:     "某区总工会启动送温暖",
		Published: "2016-01-22",
		Source:    "某某日报",
		Body:      paraA,
	}, {
		Name:    "OneCharacterPaperDateline",
		In:      page("某市工会开展金秋助学", "某报讯(记者 林光)"+paraA),
		Title:   "某市工会开展金秋助学",
		Authors: []string{"林光"},
		Body:    paraA,
	}, {
		Name:    "RunInBylineAfterDateline",
		In:      page("某区成立网约送餐员联合工会", "本报讯 通讯员王五、赵六报道 "+paraA),
		Title:   "某区成立网约送餐员联合工会",
		Authors: []string{"王五", "赵六"},
		Body:    paraA,
	}, {
		Name:  "DatelineWithoutBylineKeepsFirstWords",
		In:    page("某区工会开展慰问", "本报讯 近日 "+paraA),
		Title: "某区工会开展慰问",
		Body:  "近日 " + paraA,
	}, {
		Name:    "EpaperControlsAndDeckAboveDateline",
		In:      page("多媒体数字报", "通版阅读请点击:", "展开通版", "当前版:02版", "把温暖送到职工心坎上", "省总工会开展送温暖走访慰问活动", "文章字数:442", "本报讯(记者 王五)"+paraA),
		Title:   "把温暖送到职工心坎上",
		Authors: []string{"王五"},
		Body:    paraA,
	}, {
		Name:      "EpaperEditionLineGivesDate",
		In:        page("某街有个暖心驿站", "", "版次:02  2024年05月09日", "", paraA),
		Title:     "某街有个暖心驿站",
		Published: "2024-05-09",
		Body:      paraA,
	}, {
		Name:      "DateAfterSourceLabel",
		In:        page("某市农民工加入工会", "稿源: 某某日报  | 2007-02-06 07:17:44", paraA),
		Title:     "某市农民工加入工会",
		Published: "2007-02-06",
		Source:    "某某日报",
		Body:      paraA,
	}, {
		Name:      "DayFirstDottedDateline",
		In:        page("某省工会会员人数增至788万人", "", "29.01.2016  10:56", "", paraA),
		Title:     "某省工会会员人数增至788万人",
		Published: "2016-01-29",
		Body:      paraA,
	}, {
		Name:  "TitleBarSeparatorsTrimmed",
		In:    page("某镇总工会开展送温暖慰问活动 |", "", paraA),
		Title: "某镇总工会开展送温暖慰问活动",
		Body:  paraA,
	}, {
		Name:  "EpaperSubtitleMarked",
		In:    page("某市新建基层工会组织181家", "新增货车司机会员数全省居首(副题)", "", paraA),
		Title: "某市新建基层工会组织181家",
		Body:  paraA,
	}, {
		Name:    "SiteOwnNewsDateline",
		In:      page("某县工会开展慰问", "本网讯(陈五)"+paraA),
		Title:   "某县工会开展慰问",
		Authors: []string{"陈五"},
		Body:    paraA,
	}, {
		Name:   "NewsDatelineEndingInXiaoxi",
		In:     page("某县工会开展慰问", "今日某某网消息 "+paraA),
		Title:  "某县工会开展慰问",
		Source: "今日某某网",
		Body:   paraA,
	}, {
		Name:   "ReportCreditedToAnotherOutlet",
		In:     page("某市开展春风行动", "据某某日报报道 "+paraA),
		Title:  "某市开展春风行动",
		Source: "某某日报",
		Body:   paraA,
	}, {
		Name:      "KickerAboveHeadline",
		In:        page("调查摸底 全力保障 舆论宣传", "", "某市总3项工作促农民工入会", "", "2015年08月17日11:09  来源:某某日报", "", paraA),
		Title:     "某市总3项工作促农民工入会",
		Published: "2015-08-17",
		Source:    "某某日报",
		Body:      paraA,
	}, {
		Name:    "DrafterAndCheckerLine",
		In:      page("某区总工会开展中秋慰问", "", paraA, "", "拟稿人:李五   核稿人:耿六   来源:某某区总工会"),
		Title:   "某区总工会开展中秋慰问",
		Source:  "某某区总工会",
		Authors: []string{"李五"},
		Body:    paraA,
	}, {
		Name:   "GluedCollectedAndEditedLabel",
		In:     page("来源:某某融媒收集编辑:某某融媒", paraA),
		Source: "某某融媒",
		Body:   paraA,
	}, {
		Name:      "OutletAfterPublicationTime",
		In:        page("某市农民工可享免费技能培训", "", "时间:2017-09-01 11:30某某网(www.example.cn)", paraA),
		Title:     "某市农民工可享免费技能培训",
		Published: "2017-09-01",
		Source:    "某某网",
		Body:      paraA,
	}, {
		Name:  "SiteHomeLinkAndLongPipeMenu",
		In:    page("某某素材库 首页", "欢迎光临某某旅游网>> | 首页 | 意见反馈 | 网站投稿 |", "某县总工会上半年工作总结", "", paraA),
		Title: "某县总工会上半年工作总结",
		Body:  paraA,
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			a := FromText(tt.In)
			assert.Equal(t, tt.Title, a.Title, "title")
			assert.Equal(t, tt.Published, a.Published, "published")
			assert.Equal(t, tt.Source, a.Source, "source")
			assert.Equal(t, tt.Authors, a.Authors, "authors")
			assert.Equal(t, tt.Body, a.Body, "body")
		})
	}
}

func TestFromTextCRLF(t *testing.T) {
	a := FromText("标题在这里就好\r\n\r\n" + paraA + "\r\n")
	assert.Equal(t, "标题在这里就好", a.Title)
	assert.Equal(t, paraA, a.Body)
}

// TestFromTextIdempotent checks that a body read again comes out unchanged,
// as gofmt's tests rerun on their golden output: the body holds no furniture
// left to strip and no break left to join.
func TestFromTextIdempotent(t *testing.T) {
	in := page("本报讯 "+paraA, "全市筹措资金3140", "", "万元。", paraC+"(张三)")
	once := FromText(in).Body
	assert.Equal(t, once, FromText(once).Body)
}

func TestFromTextLeavesOutCaptions(t *testing.T) {
	a := FromText("县总工会开展送清凉活动\n\n" + para1 + "\n县总工会工作人员为环卫工人送上防暑降温用品 记者 张三 摄\n" + para2 + "\n")
	assert.Equal(t, para1+"\n"+para2, a.Body)
	assert.Empty(t, a.Authors, "who took a photo is no author of the report")
}
