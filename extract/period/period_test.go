package period

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// spanOf returns the span DefaultWords gives the fact whose evidence is
// the first occurrence of evidence in body.
func spanOf(t *testing.T, title, body, published, evidence, metric string) Span {
	t.Helper()
	i := strings.Index(body, evidence)
	require.GreaterOrEqual(t, i, 0, "evidence %q not in body", evidence)
	rd := numbers.DefaultReader()
	p := Page{Title: title, Body: body, Published: published,
		BodyQuantities: rd.Find(body), TitleQuantities: rd.Find(title)}
	spans := DefaultWords().Spans(p, []Fact{{Start: utf8.RuneCountInString(body[:i]), Metric: metric}})
	require.Len(t, spans, 1)
	return spans[0]
}

func TestSpans(t *testing.T) {
	tests := []struct {
		Name, Title, Body, Published, Evidence, Metric string
		Want                                           Span
	}{
		// Years and parts of years.
		{Name: "Year", Body: "2022年，全县新建工会32个。", Evidence: "32个",
			Want: Span{"2022-01-01", "2022-12-31", "2022年"}},
		{Name: "HanYear", Body: "二〇二三年新建工会32个。", Evidence: "32个",
			Want: Span{"2023-01-01", "2023-12-31", "二〇二三年"}},
		{Name: "HalfYear", Body: "2023年上半年，发展会员800人。", Evidence: "800人",
			Want: Span{"2023-01-01", "2023-06-30", "2023年上半年"}},
		{Name: "YearMonth", Body: "2022年10月，慰问职工50人。", Evidence: "50人",
			Want: Span{"2022-10-01", "2022-10-31", "2022年10月"}},
		{Name: "MonthRangeYearFromPublication", Body: "1至9月，全县发展会员800人。", Published: "2023-10-12", Evidence: "800人",
			Want: Span{"2023-01-01", "2023-09-30", "1至9月"}},
		{Name: "MonthRangeYearFromText", Body: "2021年工作回顾。1-9月，全县发展会员800人。", Published: "2023-10-12", Evidence: "800人",
			Want: Span{"2021-01-01", "2021-09-30", "1-9月"}},
		{Name: "DateRange", Body: "活动于2017年12月初启动，至2018年1月30日结束。共筹集资金170万元。", Evidence: "170万元",
			Want: Span{"2017-12-01", "2018-01-30", "2017年12月初启动，至2018年1月30日"}},
		{Name: "DayRangeInOneMonth", Body: "2019年7月13日到15日，慰问职工770余人。", Evidence: "770余人",
			Want: Span{"2019-07-13", "2019-07-15", "2019年7月13日到15日"}},
		{Name: "MonthBeforePublicationMonth", Body: "12月，慰问职工50人。", Published: "2023-01-05", Evidence: "50人",
			Want: Span{"2022-12-01", "2022-12-31", "12月"}},
		// Spans counted back from publication.
		{Name: "ThisYearSince", Body: "今年以来，全县新建工会32个。", Published: "2023-06-07", Evidence: "32个",
			Want: Span{"2023-01-01", "2023-06-07", "今年以来"}},
		{Name: "ThisYear", Body: "今年全县新建工会32个。", Published: "2023-06-07", Evidence: "32个",
			Want: Span{"2023-01-01", "2023-06-07", "今年"}},
		{Name: "LastYear", Body: "去年全县新建工会32个。", Published: "2023-06-07", Evidence: "32个",
			Want: Span{"2022-01-01", "2022-12-31", "去年"}},
		{Name: "LastYearSince", Body: "去年以来，全县新建工会32个。", Published: "2023-06-07", Evidence: "32个",
			Want: Span{"2022-01-01", "2023-06-07", "去年以来"}},
		{Name: "ThisYearMonth", Body: "今年5月，慰问职工50人。", Published: "2023-06-07", Evidence: "50人",
			Want: Span{"2023-05-01", "2023-05-31", "今年5月"}},
		{Name: "FiveYears", Body: "五年来新组建工会1.1万家。", Published: "2023-06-07", Evidence: "1.1万家",
			Want: Span{"2018-01-01", "2023-06-07", "五年来"}},
		{Name: "PastFiveYears", Body: "过去五年，新组建工会1.1万家。", Published: "2023-06-07", Evidence: "1.1万家",
			Want: Span{"2018-01-01", "2023-06-07", "过去五年"}},
		{Name: "RecentFiveYears", Body: "近5年新组建工会1.1万家。", Published: "2023-06-07", Evidence: "1.1万家",
			Want: Span{"2018-01-01", "2023-06-07", "近5年"}},
		{Name: "SinceAYear", Body: "自1998年以来，先后筹集资金150多万元。", Published: "2021-09-14", Evidence: "150多万元",
			Want: Span{"1998-01-01", "2021-09-14", "1998年以来"}},
		{Name: "AfterAStart", Body: "2022年10月，专项工作启动后，组建工会32个。", Published: "2024-05-17", Evidence: "32个",
			Want: Span{"2022-10-01", "2024-05-17", "2022年10月，专项工作启动后"}},
		{Name: "RelativeWithoutPublication", Body: "今年以来，全县新建工会32个。", Evidence: "32个",
			Want: Span{Text: "今年以来"}},
		{Name: "ComparedYearIsNoSpan", Body: "2022年新建工会32个，比去年增加5个。全县发展会员800人。", Published: "2023-01-05", Evidence: "800人",
			Want: Span{"2022-01-01", "2022-12-31", "2022年"}},
		// Points in time for stocks.
		{Name: "StockAtYearEnd", Body: "截至2022年底，全县有工会组织2678家。", Evidence: "2678家", Metric: "union_count",
			Want: Span{"", "2022-12-31", "截至2022年底"}},
		{Name: "StockAtYearEndWithoutUntil", Body: "2022年末，全县工会会员22万人。", Evidence: "22万人", Metric: "member_count",
			Want: Span{"", "2022-12-31", "2022年末"}},
		{Name: "StockNow", Body: "目前，全县已建工会2678家。", Published: "2017-07-25", Evidence: "2678家", Metric: "union_count",
			Want: Span{"", "2017-07-25", "目前"}},
		{Name: "StockInAYear", Body: "2022年，全县建会率达到93%。", Evidence: "93%", Metric: "coverage_rate",
			Want: Span{"", "2022-12-31", "2022年"}},
		{Name: "StockHadNow", Body: "五华区有1万多个基层工会。", Published: "2016-01-22", Evidence: "1万多个", Metric: "union_count",
			Want: Span{"", "2016-01-22", "有"}},
		{Name: "FlowNowHasNoStart", Body: "目前全县已建立工会组织20余家。", Published: "2023-06-07", Evidence: "20余家",
			Want: Span{"", "2023-06-07", "目前"}},
		// Running totals.
		{Name: "CumulativeWithoutStart", Body: "已连续26年开展活动，累计发放助学金337万元。", Published: "2025-08-27", Evidence: "337万元",
			Want: Span{"", "2025-08-27", "累计"}},
		{Name: "CumulativeKeepsItsStart", Body: "去年以来，累计发放帮扶救助金184万元。", Published: "2023-06-07", Evidence: "184万元",
			Want: Span{"2022-01-01", "2023-06-07", "去年以来"}},
		{Name: "CumulativeDropsAnInheritedStart", Body: "2022年，新建工会8个。累计建成工会120个。", Published: "2023-03-01", Evidence: "120个",
			Want: Span{"", "2023-03-01", "累计"}},
		// Inheritance.
		{Name: "LastSpanInParagraph", Body: "2022年，全县新建工会32个。发展会员800人。", Evidence: "800人",
			Want: Span{"2022-01-01", "2022-12-31", "2022年"}},
		{Name: "NotFromAnotherParagraph", Body: "概述。\n2022年，新建工会32个。\n发展会员800人。", Evidence: "800人",
			Want: Span{}},
		{Name: "NotFromWordsAfter", Body: "发展会员800人，其中2家荣获2022年全国称号。", Evidence: "800人",
			Want: Span{}},
		{Name: "FromLead", Body: "今年以来，县总工会扎实工作。\n发展会员800人。", Published: "2023-06-07", Evidence: "800人",
			Want: Span{"2023-01-01", "2023-06-07", "lead:今年以来"}},
		{Name: "FromTitle", Title: "县总工会2023年工作总结", Body: "概述。\n发展会员800人。", Evidence: "800人",
			Want: Span{"2023-01-01", "2023-12-31", "title:2023年"}},
		{Name: "LeadBeforeTitle", Title: "2022年工会工作亮点", Body: "过去五年，成绩显著。\n新组建工会1.1万家。", Evidence: "1.1万家",
			Want: Span{Text: "lead:过去五年"}},
		{Name: "LeadDayIsNoSpanForTheReport", Title: "县总工会2022年送温暖活动启动", Body: "1月6日上午，活动启动。\n共筹集资金32.8万元。",
			Evidence: "32.8万元", Want: Span{"2022-01-01", "2022-12-31", "title:2022年"}},
		{Name: "DayInOwnSentence", Body: "1月10日，县总工会慰问困难职工50人。", Published: "2023-01-12", Evidence: "50人",
			Want: Span{"2023-01-10", "2023-01-10", "1月10日"}},
		{Name: "EventDate", Body: "1月10日，县总工会开展慰问。慰问困难职工50人。", Published: "2023-01-12", Evidence: "50人",
			Want: Span{"2023-01-10", "2023-01-10", "event:1月10日"}},
		{Name: "EventDateNotForStocks", Body: "1月10日，县总工会开展慰问。全县工会会员22万人。", Published: "2023-01-12",
			Evidence: "22万人", Metric: "member_count", Want: Span{}},
		{Name: "EventWithoutYear", Body: "7月16日，街道总工会慰问高温作业人员800多人。", Evidence: "800多人",
			Want: Span{Text: "7月16日"}},
		{Name: "NoTimeWords", Body: "全省123个县级工会。", Evidence: "123个", Metric: "union_count", Want: Span{}},
		// Spans too vague to date.
		{Name: "RecentYearsIsNoSpan", Title: "县总工会2015年工作", Body: "近年来共投入近百万元资金。", Published: "2015-07-22",
			Evidence: "百万元", Want: Span{Text: "近年来"}},
		{Name: "FormerlyIsNoSpan", Body: "去年，组建率从原来的56%提高到现在的81%。", Published: "2007-02-06", Evidence: "56%",
			Metric: "coverage_rate", Want: Span{Text: "原来"}},
		{Name: "NowIsAPoint", Body: "去年，组建率从原来的56%提高到现在的81%。", Published: "2007-02-06", Evidence: "81%",
			Metric: "coverage_rate", Want: Span{"", "2007-02-06", "现在"}},
		{Name: "NowClosesTheSpanItsSentenceOpened", Body: "今年我区在5月5日部署工作后，目前已完成8家企业工会组建。", Published: "2019-09-18",
			Evidence: "8家", Metric: "unions_formed", Want: Span{"2019-01-01", "2019-09-18", "今年"}},
		{Name: "SomeYearsIsNoSpan", Body: "2014年，投资15万元建起基地。几年来，安排困难职工30人次种植。同时，支持7名困难职工创业。",
			Evidence: "7名", Want: Span{Text: "几年来"}},
		// This year on a page without a publication date.
		{Name: "ThisYearRepeatsTheParagraphsYear", Body: "2024年县总工会推进建会。今年，共发展会员57人。", Evidence: "57人",
			Want: Span{"2024-01-01", "2024-12-31", "今年"}},
		{Name: "ThisYearWithoutAYearInItsParagraph", Body: "2024年县总工会推进建会。\n今年，共发展会员57人。", Evidence: "57人",
			Want: Span{Text: "今年"}},
		{Name: "ThisMonthAfterPublication", Body: "如今年5月，慰问职工50人。", Published: "2021-04-13", Evidence: "50人",
			Want: Span{Text: "今年5月"}},
		// Stocks had now.
		{Name: "HadBeforeAnotherNumber", Body: "1月20日，区总工会启动送温暖。\n五华区有1万多个基层工会，工会会员20多万人。", Published: "2016-01-22",
			Evidence: "20多万人", Metric: "member_count", Want: Span{"", "2016-01-22", "有"}},
		// A flow closed by a date without a start counts from the span opened before it.
		{Name: "UntilOnAFlowAfterAnOpenedSpan", Body: "今年以来，县总工会推动建会。\n截至10月底，新建基层工会27家。", Published: "2023-11-02",
			Evidence: "27家", Want: Span{"2023-01-01", "2023-10-31", "今年以来…截至10月底"}},
		{Name: "UntilOnAFlowInItsParagraph", Body: "6月以来，开展集中入会行动。截至6月15日，吸纳会员入会一千二百余人。", Published: "2023-06-20",
			Evidence: "一千二百余人", Want: Span{"2023-06-01", "2023-06-15", "6月以来…截至6月15日"}},
		{Name: "UntilOnAStockKeepsNoStart", Body: "今年以来，县总工会推动建会。\n截至10月底，全县共有工会会员2.1万人。", Published: "2023-11-02",
			Evidence: "2.1万人", Metric: "member_count", Want: Span{"", "2023-10-31", "截至10月底"}},
		{Name: "UntilOnARunningTotalKeepsNoStart", Body: "今年以来，县总工会推动建会。\n截至10月底，累计建成驿站41家。", Published: "2023-11-02",
			Evidence: "41家", Want: Span{"", "2023-10-31", "截至10月底…累计"}},
		{Name: "UntilWithoutAnOpenedSpan", Body: "截至10月底，新建基层工会27家。", Published: "2023-11-02",
			Evidence: "27家", Want: Span{"", "2023-10-31", "截至10月底"}},
		// Festivals and named programmes.
		{Name: "SummerHolidaysOfThisYear", Body: "今年暑期，县总工会提供勤工助学岗位40个。", Published: "2023-08-29",
			Evidence: "40个", Want: Span{"2023-07-01", "2023-08-29", "今年暑期"}},
		{Name: "CampaignMonthAfterAReportSpan", Title: "县总工会开展安全生产活动",
			Body: "9月以来，县总工会开展“安康杯”竞赛。\n在“安全生产月”期间，举办活动20余场。", Published: "2023-10-11",
			Evidence: "20余场", Want: Span{"2023-06-01", "2023-06-30", "安全生产月"}},
		{Name: "FestivalNamedAsADay", Body: "在“三八”国际妇女节到来之际，县总工会开展关爱活动，慰问女职工1,050人。", Published: "2023-03-10",
			Evidence: "1,050人", Want: Span{"2023-03-08", "2023-03-08", "三八”国际妇女节"}},
		{Name: "EditionInLeadGivesWayToItsEventDay", Title: "市总工会举办2024年“春风行动”招聘会",
			Body: "2月19日，市总工会举办2024年“春风行动”专场招聘会。\n本次招聘会提供就业岗位3,500余个。", Published: "2024-02-20",
			Evidence: "3,500余个", Want: Span{"2024-02-19", "2024-02-19", "event:2月19日"}},
		{Name: "EditionInLeadStaysForAStock", Title: "市总工会举办2024年“春风行动”招聘会",
			Body: "2月19日，市总工会举办2024年“春风行动”专场招聘会。\n全市共有工会会员2.1万人。", Published: "2024-02-20",
			Evidence: "2.1万人", Metric: "member_count", Want: Span{"", "2024-12-31", "lead:2024年"}},
		{Name: "SpringFestivalSeason", Title: "2020年市总工会工作总结", Body: "概述。\n春节期间筹集送温暖资金13.02万元。", Evidence: "13.02万元",
			Want: Span{"2020-01-25", "2020-01-25", "春节期间"}},
		{Name: "NewYearSpringFestivalSeasonIsItsMonths", Title: "2022年工作总结", Body: "概述。\n元旦春节期间，慰问职工800人。", Evidence: "800人",
			Want: Span{"2022-01-01", "2022-02-01", "元旦春节期间"}},
		{Name: "QuotedSeasonStartingWithANumeral", Body: "2022年工作总结。\n帮扶有力。\"两节\"期间，筹集资金100万元。", Evidence: "100万元",
			Want: Span{"2022-01-01", "2022-02-01", "两节\"期间"}},
		{Name: "CurlyQuotedSeason", Body: "2023年工作总结。\n据统计，“五一”期间开展活动70余场次。", Evidence: "70余场次",
			Want: Span{"2023-05-01", "2023-05-05", "五一”期间"}},
		{Name: "AroundSpringFestival", Title: "2018年工作总结", Body: "概述。\n春节前后，走访困难职工312户。", Evidence: "312户",
			Want: Span{"2018-01-01", "2018-02-28", "春节前后"}},
		{Name: "NewYearToSpringFestival", Body: "市总工会举行2012年元旦春节困难职工救助行动，发放补助款40.7万元。", Evidence: "40.7万元",
			Want: Span{"2012-01-01", "2012-01-23", "2012年元旦春节"}},
		{Name: "UndatedSeasonGivesWay", Body: "2018年我县工会积极帮扶。据统计，“两节期间”我县各级工会筹集资金120多万元。", Evidence: "120多万元",
			Want: Span{"2018-01-01", "2018-12-31", "2018年"}},
		{Name: "ProgrammeEditionGivesWay", Body: "活动于2017年12月初启动，至2018年1月30日结束。今年“两节”送温暖活动共筹集资金170.5万元。",
			Published: "2018-02-05", Evidence: "170.5万元", Want: Span{"2017-12-01", "2018-01-30", "2017年12月初启动，至2018年1月30日"}},
		{Name: "EventDayBeatsAProgrammeEdition", Body: "2014年8月29日上午，市工会2014年“金秋助学”活动发放仪式举行。一百余名受助学生参加了仪式。",
			Evidence: "一百余名", Want: Span{"2014-08-29", "2014-08-29", "2014年8月29日"}},
		{Name: "EventDayTakesALaterYear", Body: "7月22日，镇工会开展体检活动。当天为50名女职工体检。\n2020年筛查受惠人数已达910多名。",
			Evidence: "50名", Want: Span{"2020-07-22", "2020-07-22", "event:7月22日"}},
		{Name: "CumulativeKeepsAnOpeningYear", Body: "2025年，区总工会累计开展劳动竞赛20余场。", Published: "2026-01-07", Evidence: "20余场",
			Want: Span{"2025-01-01", "2025-12-31", "2025年"}},
		{Name: "CumulativeDropsANamingYear", Body: "全力兑现2024年服务职工10件实事，全市累计建成97家工会驿站。", Published: "2025-02-01", Evidence: "97家",
			Want: Span{"", "2025-02-01", "累计"}},
		{Name: "CumulativeKeepsARange", Body: "从1992年至2011年“两节”期间，各级工会累计筹集慰问款6200多万元。", Published: "2012-01-17", Evidence: "6200多万元",
			Want: Span{"1992-01-01", "2011-12-31", "1992年至2011年"}},
		{Name: "ProgrammeNameIsNoSeason", Body: "2022年10月以来，工作推进。\n开展冬送温暖活动，慰问困难职工509人。", Published: "2024-05-17",
			Evidence: "509人", Want: Span{"2022-10-01", "2024-05-17", "lead:2022年10月以来"}},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			metric := tt.Metric
			if metric == "" {
				metric = "members_added"
			}
			assert.Equal(t, tt.Want, spanOf(t, tt.Title, tt.Body, tt.Published, tt.Evidence, metric))
		})
	}
}

func TestSpansKeepFactOrder(t *testing.T) {
	body := "2021年新建工会5个。2022年新建工会8个。"
	rd := numbers.DefaultReader()
	spans := DefaultWords().Spans(Page{Body: body, BodyQuantities: rd.Find(body)},
		[]Fact{{Start: 9, Metric: "unions_formed"}, {Start: 21, Metric: "unions_formed"}})
	assert.Equal(t, []Span{{"2021-01-01", "2021-12-31", "2021年"}, {"2022-01-01", "2022-12-31", "2022年"}}, spans)
	assert.Nil(t, DefaultWords().Spans(Page{Body: body}, nil))
}

func TestParseWords(t *testing.T) {
	tests := []struct {
		Name, In, Err string
	}{
		{Name: "UnknownKind", In: "开春 season\n", Err: "unknown kind"},
		{Name: "MissingKind", In: "开春\n", Err: "want a word and its kind"},
		{Name: "YearOffset", In: "今年 year x\n", Err: "not a whole number"},
		{Name: "YearArgs", In: "今年 year\n", Err: "takes 1 arguments"},
		{Name: "PartDates", In: "上半年 part 01-01 13-30\n", Err: "not MM-DD"},
		{Name: "BackWithoutN", In: "五年来 back\n", Err: "holds N年"},
		{Name: "Empty", In: "# nothing\n", Err: "no words"},
		{Name: "ExtendsOnlyFirst", In: "今年 year 0\nextends default\n", Err: "unknown kind"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			_, err := ParseWords(strings.NewReader(tt.In))
			require.ErrorIs(t, err, ErrWords)
			assert.ErrorContains(t, err, tt.Err)
		})
	}
}

func TestParseWordsExtends(t *testing.T) {
	ws, err := ParseWords(strings.NewReader("extends default\n开春以来 since-year 0\n目前 none\nservice_sites stock\n"))
	require.NoError(t, err)
	assert.True(t, ws.Stock("service_sites"))
	assert.True(t, ws.Stock("union_count"), "the default stocks stay")
	body := "开春以来，新建工会5个。目前全县有工会20个。"
	rd := numbers.DefaultReader()
	spans := ws.Spans(Page{Body: body, Published: "2023-06-07", BodyQuantities: rd.Find(body)},
		[]Fact{{Start: 10, Metric: "unions_formed"}, {Start: 20, Metric: "union_count"}})
	assert.Equal(t, Span{"2023-01-01", "2023-06-07", "开春以来"}, spans[0])
	assert.Equal(t, Span{"", "2023-06-07", "开春以来"}, spans[1], "目前 was removed: the stock takes the span before it")
}

func TestDefaultWordsStocks(t *testing.T) {
	ws := DefaultWords()
	for _, m := range []string{"union_count", "member_count", "coverage_rate"} {
		assert.True(t, ws.Stock(m), m)
	}
	assert.False(t, ws.Stock("unions_formed"))
}
