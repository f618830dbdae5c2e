package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalizeDate(t *testing.T) {
	tests := []struct {
		Name, In, Want string
	}{
		{"DateTime", "2023-06-07 16:51:37", "2023-06-07"},
		{"Han", "2023年6月7日", "2023-06-07"},
		{"HanSpaced", "2023 年 6 月 7 日", "2023-06-07"},
		{"HanNoDay", "发表于2023年6月7", "2023-06-07"},
		{"Slash", "2023/6/7", "2023-06-07"},
		{"Dot", "2023.06.07", "2023-06-07"},
		{"FullWidth", "２０２３－０６－０７", "2023-06-07"},
		{"InLine", "页面更新:2024-05-17", "2024-05-17"},
		{"ClockAfter", "2022年11月8日 下午3:27", "2022-11-08"},
		{"HanNumerals", "二〇二三年六月十七日", "2023-06-17"},
		{"HanNumeralsTwenty", "二〇二一年十二月二十一日", "2021-12-21"},
		{"MixedSeparators", "12/01/2004 - 01/01/2005", ""},
		{"LongerDigitRun", "编号12023-06-071", ""},
		{"BadMonth", "2023-13-01", ""},
		{"BadDay", "2023-02-32", ""},
		{"TooEarly", "1900-01-01", ""},
		{"YearOnly", "2021年基层工会建设回顾", ""},
		{"Decimal", "提高2.74.1个百分点", ""},
		{"USDateTime", "9/17/2004 5:54:13 AM", "2004-09-17"},
		{"USDateTimeLower", "posted 12/1/2005 11:02 pm", "2005-12-01"},
		{"SlashedWithoutClock", "9/17/2004", ""},
		{"DayFirstDots", "29.01.2016  10:56", "2016-01-29"},
		{"DayFirstDotsSmallDay", "08.02.2016", "2016-02-08"},
		{"Empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, normalizeDate(tt.In))
		})
	}
}

func TestReadHeader(t *testing.T) {
	tests := []struct {
		Name      string
		In        string
		Header    bool
		Published string
		Updated   string
		Source    string
		Authors   []string
	}{
		{Name: "DatelineSource", In: "2023-06-07 16:51:37 来源:中工网", Header: true, Published: "2023-06-07", Source: "中工网"},
		{Name: "EmptyDateLabel", In: "发布时间:\u00a0\u00a0来源:文档文库\u00a0", Header: true, Source: "文档文库"},
		{Name: "FullWidthColon", In: "来源：工人日报　作者：张三", Header: true, Source: "工人日报", Authors: []string{"张三"}},
		{Name: "Update", In: "页面更新:2024-05-17", Header: true, Updated: "2024-05-17"},
		{Name: "FontSize", In: "字号:大 中 小", Header: true},
		{Name: "EditorsAreNoAuthors", In: "记者 张三 通讯员 李四 责任编辑:王五", Header: true, Authors: []string{"张三", "李四"}},
		{Name: "GluedFields", In: "2021-08-19 10:25来源：保定日报作者：韩冬浏览量：1,903", Header: true, Published: "2021-08-19", Source: "保定日报", Authors: []string{"韩冬"}},
		{Name: "GluedAfterSpacedLabel", In: "作者:通讯员 杨丽浏览次数:", Header: true, Authors: []string{"杨丽"}},
		{Name: "InterviewQuestion", In: "记者：你们这次活动有多少职工参加？", Header: false},
		{Name: "UploaderIsNoAuthor", In: "上传者:用户8812 浏览:35", Header: true},
		{Name: "BareDate", In: "2022-02-13 23:37", Header: true, Published: "2022-02-13"},
		{Name: "DatelineWithSite", In: "BUSINESS.SOHU.COM 2005年3月11日12:12", Header: true, Published: "2005-03-11"},
		{Name: "DatelineWithOutlet", In: "2005年03月31日03:18 北京娱乐信报", Header: true, Published: "2005-03-31", Source: "北京娱乐信报"},
		{Name: "OutletDatelineByline", In: "江河晚报 2024-03-05 08:15 记者 陈晓东", Header: true, Published: "2024-03-05", Source: "江河晚报", Authors: []string{"陈晓东"}},
		{Name: "OutletBeforeHanDate", In: "某某县总工会 2024年3月5日", Header: true, Published: "2024-03-05", Source: "某某县总工会"},
		{Name: "LabelledSourceWinsOverOutlet", In: "江河晚报 2024-03-05 来源:江河网", Header: true, Published: "2024-03-05", Source: "江河网"},
		{Name: "WeekdayIsNoOutlet", In: "2024年3月5日 星期二", Header: true, Published: "2024-03-05"},
		{Name: "PosterIsNoOutlet", In: "王明 2024-03-05 08:15", Header: true, Published: "2024-03-05"},
		{Name: "ForumPosterIsNoOutlet", In: "2005-6-14 09:07 闲云野鹤", Header: true, Published: "2005-06-14"},
		{Name: "TwoWordsAreNoOutlet", In: "2024-03-05 江河晚报 第三版", Header: true, Published: "2024-03-05"},
		{Name: "DisclosureAgencyAndDate", In: "发布机构：某某县总工会    生成日期：2024-03-05", Header: true, Published: "2024-03-05", Source: "某某县总工会"},
		{Name: "DisclosureWrittenDate", In: "成文日期：2024-03-01    文号：某工〔2024〕3号", Header: true, Published: "2024-03-01"},
		{Name: "DisclosureCatalogue", In: "索引号：012345678/202403-00007    信息分类：工作动态", Header: true},
		{Name: "DisclosureName", In: "名称：某某县总工会2024年工作要点", Header: true},
		{Name: "TextAndPictures", In: "文/图 李明", Header: true, Authors: []string{"李明"}},
		{Name: "PicturesAndText", In: "图/文 李明 王芳", Header: true, Authors: []string{"李明", "王芳"}},
		{Name: "TextAndPhotos", In: "文/摄 李明", Header: true, Authors: []string{"李明"}},
		{Name: "PicturesAloneAreNoAuthors", In: "图 李明", Header: true},
		{Name: "BracketedSource", In: "来源:[ 国际金融报 ]", Header: true, Source: "国际金融报"},
		{Name: "SourceURLIsNone", In: "本文来源:https://www.example.net/k/doc/1.html", Header: true},
		{Name: "SourceDomainIsNone", In: "来源:www.example.com", Header: true},
		{Name: "SentenceIsNoHeader", In: "2023年6月7日,市总工会召开全委会议,部署全年工作任务。"},
		{Name: "LabelInsideWord", In: "记者了解到,为持续加强职工之家规范化建设", Header: false},
		{Name: "PenNameIsNoAuthor", In: "作者:芊草凡凡 时间:2005-08-22 19:13:18", Header: true, Published: "2005-08-22"},
		{Name: "AuthorThenDate", In: "作者:张三2023-06-07", Header: true, Published: "2023-06-07", Authors: []string{"张三"}},
		{Name: "AuthorLabelInSentence", In: "记者 张三 报道了这件事情", Header: false},
		{Name: "BracketedByline", In: "(记者 郝婧 通讯员 任晓峰)", Header: true, Authors: []string{"郝婧", "任晓峰"}},
		{Name: "NeighbourLink", In: "上一篇 2022年11月8日 下午3:27 市总工会召开会议", Published: "2022-11-08"},
		{Name: "BracketedNameInDateline", In: "NEWS.EXAMPLE.COM 2004年7月16日08:19 [ 王明 ] 来源:[ 某某报 ]", Header: true, Published: "2004-07-16", Source: "某某报", Authors: []string{"王明"}},
		{Name: "BracketedNoteInDateline", In: "2004年7月16日08:19 【打印】", Header: true, Published: "2004-07-16"},
		{Name: "PhotoCreditAfterReporter", In: "本报记者 王明 摄", Header: true, Authors: []string{}},
		{Name: "LatinLabelIsAWord", In: "2005/03/15 22:36:13 by rainman", Header: true, Published: "2005-03-15"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			h := readHeader(tt.In)
			assert.Equal(t, tt.Header, h.isHeader(), "isHeader")
			assert.Equal(t, tt.Published, h.published, "published")
			assert.Equal(t, tt.Updated, h.updated, "updated")
			assert.Equal(t, tt.Source, h.source, "source")
			assert.Equal(t, tt.Authors, h.authors, "authors")
		})
	}
}

func TestReadHeaderPending(t *testing.T) {
	assert.Equal(t, labelAuthor, readHeader("作者:").pending)
	assert.Equal(t, labelPublished, readHeader("来源:中工网 发布日期:").pending)
	assert.Equal(t, noLabel, readHeader("字号:").pending, "an ignored label waits for nothing")
	assert.Equal(t, noLabel, readHeader("来源:中工网").pending)
}

func TestHeaderSource(t *testing.T) {
	tests := []struct{ Name, In, Want string }{
		{"Plain", "来源:中工网", "中工网"},
		{"Spaced", "来源: 江西工会融媒体中心", "江西工会融媒体中心"},
		{"Quoted", "来源:《工人日报》", "工人日报"},
		{"Latin", "来源:CCTV", "CCTV"},
		{"URL", "本文来源:https://www.example.net/a.html", ""},
		{"Markup", `来源: width="100"`, ""},
		{"NoLabel", "中工网", ""},
		{"LabelInsideWord", "资金来源:财政拨款", ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, readHeader(tt.In).source, "the outlet a line credits, never a URL")
		})
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		Name string
		In   string
		Want []string
	}{
		{"OneName", "(周锐)", []string{"周锐"}},
		{"FullWidthBrackets", "（周锐）", []string{"周锐"}},
		{"OutletRole", "(河北工人报全媒体记者 韩雪梅)", []string{"韩雪梅"}},
		{"TwoNames", "(赵文提 孙立强)", []string{"赵文提", "孙立强"}},
		{"RoleGlued", "(本报记者张三 通讯员李四)", []string{"张三", "李四"}},
		{"PhotoCredit", "(记者 张三 摄)", []string{"张三"}},
		{"CompoundSurname", "(欧阳明月)", []string{"欧阳明月"}},
		{"MiddleDot", "(记者 阿依古丽·买买提)", []string{"阿依古丽·买买提"}},
		{"Labelled", "记者 张三 通讯员 李四", []string{"张三", "李四"}},
		{"Slash", "文/ 王五", []string{"王五"}},
		{"Colon", "作者:赵六", []string{"赵六"}},
		{"OutletFirst", "光明日报记者 王建宏 张文攀", []string{"王建宏", "张文攀"}},
		{"Reporting", "新京报记者 彭冲 山东冠县报道", []string{"彭冲"}},
		{"Intern", "本报实习生 刘国栋 周炜", []string{"刘国栋", "周炜"}},
		{"FiledFrom", "本报记者张三发自北京", []string{"张三"}},
		{"FiledFromSpaced", "记者 李四 王五 发自武汉", []string{"李四", "王五"}},
		{"FiledFromRunTogether", "本报记者罗某苏某发自北京", nil}, // one name or two? left alone
		{"NameEndingInLabel", "(李文)", []string{"李文"}},
		{"OutletInBrackets", "（光山县总工会 陈新宇 周璐）", []string{"陈新宇", "周璐"}},
		{"EditorOnly", "编辑:张三", nil},
		{"ChiefEditor", "(责任编辑:张三)", nil},
		{"NotAName", "(爱心托管班)", nil},
		{"Trial", "(试行)", nil},
		{"EndNote", "(全文完)", nil},
		{"ContinuedNote", "(下转第2版)", nil},
		{"BareNamesNeedBrackets", "张三 李四", nil},
		{"Sentence", "全市 记者 张三 报道了这件事情", nil},
		{"Caption", "职工们在车间里忙碌 本报记者 王明 摄", nil},
		{"OutletWithMiddleDot", "整合 某某日报·客户端记者 王明", []string{"王明"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, parseByline(tt.In))
		})
	}
}

func TestRole(t *testing.T) {
	tests := []struct {
		Name string
		Word string
		Kind labelKind
		Rest string
		OK   bool
	}{
		{"OutletRole", "河北工人报全媒体记者", labelAuthor, "", true},
		{"RoleName", "记者韩雪梅", labelAuthor, "韩雪梅", true},
		{"Editor", "责任编辑", labelIgnore, "", true},
		{"Photo", "摄", labelPhoto, "", true},
		{"OneRuneLabelInName", "李文", 0, "", false},
		{"UpperCaseOutlet", "CCTV记者王明", labelAuthor, "王明", true},
		// Ⱥ takes more bytes in lower case: the rest is still cut from w.
		{"LowerCaseLonger", "Ⱥ记者王明", labelAuthor, "王明", true},
		{"NoRole", "王明", 0, "", false},
	}
	r := DefaultRules()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			kind, rest, ok := r.role(tt.Word)
			assert.Equal(t, tt.OK, ok)
			assert.Equal(t, tt.Kind, kind)
			assert.Equal(t, tt.Rest, rest)
		})
	}
}

func TestUnpadNames(t *testing.T) {
	r := DefaultRules()
	tests := []struct{ In, Want string }{
		{"作者: 赵  培:北京物资学院", "作者: 赵培:北京物资学院"},
		{"记者 王小明 李  四", "记者 王小明 李四"},
		{"作者:赵  培", "作者:赵培"},
		{"王 小 明", "王小明"},
		{"王　伟", "王伟"},              // an ideographic space pads as well
		{"王 小 明 李 四", "王 小 明 李 四"}, // five single characters: which are whose?
		{"文 图 张三", "文 图 张三"},       // labels, not a padded name
		{"王 李 张 赵", "王 李 张 赵"},     // four single characters are no name
		{"张三 李四", "张三 李四"},
		{"的 人", "的 人"}, // no surname
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.Want, r.unpadNames(tt.In), tt.In)
	}
}

// readHeader reads the labelled fields of one line with the default rules.
func readHeader(line string) header { return DefaultRules().header(line) }

// parseByline reads one byline with the default rules.
func parseByline(line string) []string { return DefaultRules().byline(line) }

func TestPaddedLabelIsNoHandle(t *testing.T) {
	// 文　　号 is the document-number label of a disclosure table, padded:
	// its 文 is no author label with 号 for a screen name.
	assert.Nil(t, DefaultRules().labelledAuthors(strings.Map(foldWidth, "文　　号：浦工〔2024〕3号")))
}
