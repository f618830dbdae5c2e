package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFurniture classifies single lines with the default rules: marked
// ([line], [contains]), patterned ([pattern]) or article text.
func TestFurniture(t *testing.T) {
	tests := []struct {
		Name string
		Line string
		Want bool
	}{
		{"Breadcrumb", "您的位置:首页 > 综合 >", true},
		{"BreadcrumbArrows", "读书 -> 连载 -> 书摘", true},
		{"BreadcrumbOneStep", "某某县人民政府网 > 部门动态", true},
		{"Menu", "首页 | 政务公开 | 部门动态 | 政民互动", true},
		{"ReadAll", "展开阅读全文", true},
		{"Tags", "标签:县级 专项 工会", true},
		{"Keywords", "关键词：工会 职工", true},
		{"Copyright", "© CopyRight 2020-2024 All Rights Reserved.", true},
		{"CopyrightHan", "版权所有 某某市总工会", true},
		{"ICP", "浙ICP备20419637号-2", true},
		{"PoliceRecord", "浙公网安备33058102000417号", true},
		{"Previous", "上一篇 2022年11月8日 下午3:27", true},
		{"Next", "下一篇：某某工会召开会议", true},
		{"PageNumbers", "1 2 3 4 5", true},
		{"Top", "Top", true},
		{"CommentCount", "(0)", true},
		{"ImagePlaceholder", "【资料图】", true},
		{"FontSize", "字号:", true},
		{"ButtonRow", "【打印本页】 【关闭窗口】", true},
		{"EpaperHeader", "第03版:工会新闻", true},
		{"EpaperDate", "2023年6月7日 星期三", true},
		{"PageCounter", "第 2 页 共 10 页", true},
		{"SiteName", "晋中新闻网", true},
		{"FollowPrompt", "更多精彩内容请关注某某新闻网微信公众号", true},
		{"AccountLine", "微信号：luyigonghui 职工服务热线：0394-7211234", true},
		{"PictureCaptionMark", "▲县总工会走访慰问环卫工人", true},
		{"BulletWithANumber", "▲全年新建基层工会27家", false},
		{"DocumentNumber", "蕉工〔2023〕5号", true},
		{"DownloadPrompt", "将本文的Word文档下载到电脑,方便收藏和打印", true},
		{"LoadMore", "上滑加载更多 ↓", true},
		{"Disclaimer", "版权声明:本站部分内容由网友自行上传,文章观点仅代表作者个人。", true},
		{"Paragraph", "全市新建基层工会组织120家,发展会员8600人。", false},
		{"Subheading", "多措并举,坚持服务职工“主旋律”", false},
		{"NumberedHeading", "一、深刻把握基层工会建设的重要性", false},
		{"CopyrightTopic", "开展知识产权保护宣传,维护职工著作权益。", false},
		{"NetInText", "建成职工服务网,覆盖全市。", false},
		{"Comparison", "企业产值>1000万元", false},
		{"NetHeading", "织密工会组织覆盖网", false},
		{"GovernmentSite", "某某县人民政府门户网站", true},
		{"PageInText", "第一条为规范职工书屋建设管理,特制定本办法。", false},
	}
	r := DefaultRules()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			c := canon(tt.Line)
			assert.Equal(t, tt.Want, r.isMarked(c) || r.isPatterned(c))
		})
	}
}

func TestIsTail(t *testing.T) {
	r := DefaultRules()
	for _, line := range []string{"推荐阅读:", "相关推荐", "最近更新", "友情链接:", "本文来源:https://example.net/1.html", "往期推荐", "发表评论", "郑 重 声 明", "反侵权公告："} {
		assert.True(t, r.isTail(line), line)
	}
	assert.False(t, r.isTail("相关推荐工作已经全部完成。"), "a sentence is text whatever its first words")
	assert.False(t, r.isTail(paraA))
}

func TestSubstrings(t *testing.T) {
	var x substrings
	for _, s := range []string{"版权所有", "©", "icp备", "关注该公众号"} {
		x.add(s)
	}
	tests := []struct {
		Text string
		Want bool
	}{
		{"© 2023 某某网", true},
		{"某某网 版权所有 京icp备000号", true},
		{"尾部icp备", true},
		{"版权", false},
		{"关注该公众", false},
		{"", false},
		{"\xff\xfe 乱码", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.Want, x.in(tt.Text), tt.Text)
	}
}

func TestIsMarkedSpareReportSentences(t *testing.T) {
	r := DefaultRules()
	tests := []struct {
		In     string
		Marked bool
	}{
		{"职工通过扫描二维码即可在线申请入会，全年新增会员1200人，新建基层工会27家。", false},
		{"扫描二维码关注我们", true},
		{"本文来源于网络，如有侵权请联系删除。", true},
		{"【本文的中文相关权益归某某公司独家所有。未经授权，不得转载、摘编等。】", true},
		{"Copyright © 2024 某某网 版权所有", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.Marked, r.isMarked(canon(tt.In)), tt.In)
	}
}
