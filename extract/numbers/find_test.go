package numbers_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

// q is the part of a Quantity a table row states; Max 0 means no range.
type q struct {
	Text   string
	Value  float64
	Max    float64
	Unit   string
	Approx numbers.Approx
	Kind   numbers.Kind
}

func brief(qs []numbers.Quantity) []q {
	out := []q{}
	for _, x := range qs {
		b := q{Text: x.Text, Value: x.Value, Unit: x.Unit, Approx: x.Approx, Kind: x.Kind}
		if x.ValueMax != nil {
			b.Max = *x.ValueMax
		}
		out = append(out, b)
	}
	return out
}

const (
	count   = numbers.Count
	money   = numbers.Money
	percent = numbers.Percent
	year    = numbers.Year
	date    = numbers.Date
	clock   = numbers.Time
	ordinal = numbers.Ordinal
	code    = numbers.Code
	bare    = numbers.Bare
	gte     = numbers.GTE
	lte     = numbers.LTE
	about   = numbers.About
	rng     = numbers.Range
)

var findTests = []struct {
	Name   string
	Input  string
	Output []q
}{
	// Arabic digits, separators, multipliers.
	{Name: "Plain", Input: "吸收会员642人", Output: []q{{"642人", 642, 0, "人", "", count}}},
	{Name: "FullWidth", Input: "建会１２３家", Output: []q{{"１２３家", 123, 0, "家", "", count}}},
	{Name: "Thousands", Input: "工会组织12,764家", Output: []q{{"12,764家", 12764, 0, "家", "", count}}},
	{Name: "ThousandsFullWidth", Input: "82，225.00元", Output: []q{{"82，225.00元", 82225, 0, "元", "", money}}},
	{Name: "CommaIsPunctuation", Input: "32个，48家", Output: []q{{"32个", 32, 0, "个", "", count}, {"48家", 48, 0, "家", "", count}}},
	{Name: "DecimalWan", Input: "新建基层工会1.4万家", Output: []q{{"1.4万家", 14000, 0, "家", "", count}}},
	{Name: "DecimalYi", Input: "下拨4.6亿元帮扶资金", Output: []q{{"4.6亿元", 460000000, 0, "元", "", money}}},
	{Name: "FullWidthPoint", Input: "２．２亿元", Output: []q{{"２．２亿元", 220000000, 0, "元", "", money}}},
	{Name: "WanThenDigits", Input: "3万4000人", Output: []q{{"3万4000人", 34000, 0, "人", "", count}}},
	{Name: "QianLingWan", Input: "2千零30万元", Output: []q{{"2千零30万元", 20300000, 0, "元", "", money}}},
	{Name: "YiYu", Input: "投入1.2亿余元", Output: []q{{"1.2亿余元", 120000000, 0, "元", gte, money}}},
	{Name: "YiYuNoUnit", Input: "总额1.2亿余。", Output: []q{{"1.2亿", 120000000, 0, "", gte, bare}}},
	{Name: "BaiShi", Input: "一百十一人", Output: []q{{"一百十一人", 111, 0, "人", "", count}}},
	{Name: "Kilowatt", Input: "42.3亿千瓦时", Output: []q{{"42.3亿", 4.23e9, 0, "", "", bare}}},
	{Name: "WanYi", Input: "4.78万亿", Output: []q{{"4.78万亿", 4.78e12, 0, "", "", bare}}},
	{Name: "LetterK", Input: "月薪15k左右", Output: []q{{"15k", 15000, 0, "", about, bare}}},
	// Chinese numerals.
	{Name: "SanBaiWuShi", Input: "三百五十万元", Output: []q{{"三百五十万元", 3500000, 0, "元", "", money}}},
	{Name: "LiangQian", Input: "两千名职工", Output: []q{{"两千名", 2000, 0, "名", "", count}}},
	{Name: "YiQianErBaiWan", Input: "一千二百万人次", Output: []q{{"一千二百万人次", 12000000, 0, "人次", "", count}}},
	{Name: "Ling", Input: "一千零五个", Output: []q{{"一千零五个", 1005, 0, "个", "", count}}},
	{Name: "Circle", Input: "二〇二二年", Output: []q{{"二〇二二年", 2022, 0, "年", "", year}}},
	{Name: "Nian", Input: "廿二人", Output: []q{{"廿二人", 22, 0, "人", "", count}}},
	{Name: "Formal", Input: "壹佰贰拾叁元", Output: []q{{"壹佰贰拾叁元", 123, 0, "元", "", money}}},
	{Name: "Traditional", Input: "三萬四千五百六十七個", Output: []q{{"三萬四千五百六十七個", 34567, 0, "个", "", count}}},
	{Name: "Abbreviated", Input: "一百五十人和三万五人", Output: []q{{"一百五十人", 150, 0, "人", "", count}, {"三万五人", 35000, 0, "人", "", count}}},
	{Name: "HanDecimal", Input: "三点五万人", Output: []q{{"三点五万人", 35000, 0, "人", "", count}}},
	{Name: "Spaces", Input: "7 万5 千4 百", Output: []q{{"7 万5 千4 百", 75400, 0, "", "", bare}}},
	{Name: "BaiFenZhi", Input: "百分之九十五", Output: []q{{"百分之九十五", 95, 0, "%", "", percent}}},
	{Name: "BaiFenZhiArabic", Input: "提高百分之2.4", Output: []q{{"百分之2.4", 2.4, 0, "%", "", percent}}},
	{Name: "QianFenZhi", Input: "千分之一", Output: []q{{"千分之一", 0.1, 0, "%", "", percent}}},
	{Name: "Fraction", Input: "三分之一以上", Output: []q{{"三分之一", 1.0 / 3, 0, "", gte, bare}}},
	{Name: "BaiYu", Input: "组织送岗位活动百余场", Output: []q{{"百余场", 100, 0, "场", gte, count}}},
	{Name: "JinWan", Input: "近万人次", Output: []q{{"万人次", 10000, 0, "人次", lte, count}}},
	{Name: "JinBaiWan", Input: "近百万人次", Output: []q{{"百万人次", 1000000, 0, "人次", lte, count}}},
	{Name: "YiJia", Input: "用心建设一家镇级职工书屋", Output: []q{{"一家", 1, 0, "家", "", count}}},
	{Name: "LiangCi", Input: "两次来到县委礼堂", Output: []q{{"两次", 2, 0, "次", "", count}}},
	{Name: "WeiYiYiJia", Input: "唯一一家", Output: []q{}},
	{Name: "Negative", Input: "负3.9%", Output: []q{{"负3.9%", -3.9, 0, "%", "", percent}}},
	// Qualifiers and evidence spans.
	{Name: "Yu", Input: "入会850余人", Output: []q{{"850余人", 850, 0, "人", gte, count}}},
	{Name: "WanYuYuan", Input: "补助金26万余元", Output: []q{{"26万余元", 260000, 0, "元", gte, money}}},
	{Name: "YuWan", Input: "轮训职工30余万人次", Output: []q{{"30余万人次", 300000, 0, "人次", gte, count}}},
	{Name: "ShiYuWanSpaces", Input: "十 余 万", Output: []q{{"十 余 万", 100000, 0, "", gte, bare}}},
	{Name: "Duo", Input: "推出招聘岗位1900多个", Output: []q{{"1900多个", 1900, 0, "个", gte, count}}},
	{Name: "DuoTrailing", Input: "四百多", Output: []q{{"四百", 400, 0, "", gte, bare}}},
	{Name: "YiShang", Input: "厂务公开建制率达85%以上", Output: []q{{"85%", 85, 0, "%", gte, percent}}},
	{Name: "ZuoYou", Input: "50人左右", Output: []q{{"50人", 50, 0, "人", about, count}}},
	{Name: "ShangXia", Input: "30万元上下", Output: []q{{"30万元", 300000, 0, "元", about, money}}},
	{Name: "YiXia", Input: "50人以下", Output: []q{{"50人", 50, 0, "人", lte, count}}},
	{Name: "YiNei", Input: "3天以内", Output: []q{{"3天", 3, 0, "天", lte, count}}},
	{Name: "Jin", Input: "近80万人次", Output: []q{{"80万人次", 800000, 0, "人次", lte, count}}},
	{Name: "Yue", Input: "约5000人", Output: []q{{"5000人", 5000, 0, "人", about, count}}},
	{Name: "NotYue", Input: "签约3家", Output: []q{{"3家", 3, 0, "家", "", count}}},
	{Name: "DaYue", Input: "大约3万元", Output: []q{{"3万元", 30000, 0, "元", about, money}}},
	{Name: "ChaoGuo", Input: "超过2000家", Output: []q{{"2000家", 2000, 0, "家", gte, count}}},
	{Name: "Chao", Input: "超5000人", Output: []q{{"5000人", 5000, 0, "人", gte, count}}},
	{Name: "Yu2", Input: "逾百家", Output: []q{{"百家", 100, 0, "家", gte, count}}},
	{Name: "BuDao", Input: "不到20人", Output: []q{{"20人", 20, 0, "人", lte, count}}},
	{Name: "BuZu", Input: "不足10%", Output: []q{{"10%", 10, 0, "%", lte, percent}}},
	{Name: "SpaceInside", Input: "组织各类消防演练 3 万余次", Output: []q{{"3 万余次", 30000, 0, "次", gte, count}}},
	// Ranges.
	{Name: "RangeZhi", Input: "培育2至4个示范点", Output: []q{{"2至4个", 2, 4, "个", rng, count}}},
	{Name: "RangeDao", Input: "一到两次", Output: []q{{"一到两次", 1, 2, "次", rng, count}}},
	{Name: "RangeDash", Input: "1万-5万元", Output: []q{{"1万-5万元", 10000, 50000, "元", rng, money}}},
	{Name: "RangeEmDash", Input: "2——3万港币", Output: []q{{"2——3万港币", 20000, 30000, "港元", rng, money}}},
	{Name: "RangeTilde", Input: "10~15k元", Output: []q{{"10~15k元", 10000, 15000, "元", rng, money}}},
	{Name: "RangeFullTilde", Input: "5～8人", Output: []q{{"5～8人", 5, 8, "人", rng, count}}},
	{Name: "RangeInherits", Input: "十八至三十万日元", Output: []q{{"十八至三十万日元", 180000, 300000, "日元", rng, money}}},
	{Name: "RangeNoInherit", Input: "从8500到3万港元", Output: []q{{"8500到3万港元", 8500, 30000, "港元", rng, money}}},
	{Name: "RangeUnitTwice", Input: "1万元--5万元", Output: []q{{"1万元--5万元", 10000, 50000, "元", rng, money}}},
	{Name: "Pair", Input: "七八个", Output: []q{{"七八个", 7, 8, "个", rng, count}}},
	{Name: "YearsNotRange", Input: "2020-2022年", Output: []q{{"2020", 2020, 0, "", "", bare}, {"2022年", 2022, 0, "年", "", year}}},
	// Units and money.
	{Name: "YuanRenMinBi", Input: "8亿元人民币", Output: []q{{"8亿元人民币", 800000000, 0, "元", "", money}}},
	{Name: "Yen", Input: "1万亿日元", Output: []q{{"1万亿日元", 1e12, 0, "日元", "", money}}},
	{Name: "Cents", Input: "50元6角三分", Output: []q{{"50元6角三分", 50.63, 0, "元", "", money}}},
	{Name: "Yuan", Input: "￥300", Output: []q{{"￥300", 300, 0, "元", "", money}}},
	{Name: "PercentagePoints", Input: "提高2.4个百分点", Output: []q{{"2.4个百分点", 2.4, 0, "个百分点", "", percent}}},
	{Name: "SquareMetres", Input: "48250平方米", Output: []q{{"48250平方米", 48250, 0, "平方米", "", count}}},
	{Name: "Rooms", Input: "建成12间职工书屋和3所学校", Output: []q{{"12间", 12, 0, "间", "", count}, {"3所", 3, 0, "所", "", count}}},
	{Name: "Months", Input: "3个月", Output: []q{{"3个月", 3, 0, "个月", "", count}}},
	{Name: "Duration", Input: "连续3年", Output: []q{{"3年", 3, 0, "年", "", count}}},
	// Kinds that are not counts: the traps.
	{Name: "YearMonth", Input: "2021年11月", Output: []q{{"2021年", 2021, 0, "年", "", year}, {"11月", 11, 0, "月", "", date}}},
	{Name: "HouseNumber", Input: "解放路733号", Output: []q{{"733号", 733, 0, "", "", code}}},
	{Name: "Day", Input: "15日", Output: []q{{"15日", 15, 0, "日", "", date}}},
	{Name: "ISODate", Input: "2023-06-07 16:51:37", Output: []q{{"2023-06-07", 20230607, 0, "", "", date}, {"16:51:37", 16 + 51.0/60 + 37.0/3600, 0, "", "", clock}}},
	{Name: "DottedDate", Input: "2023.06.07", Output: []q{{"2023.06.07", 20230607, 0, "", "", date}}},
	{Name: "Clock", Input: "16:51", Output: []q{{"16:51", 16 + 51.0/60, 0, "", "", clock}}},
	{Name: "Score", Input: "比分30:21", Output: []q{{"30:21", 30, 0, "", "", code}}},
	{Name: "EveningNine", Input: "晚上9点", Output: []q{{"9点", 9, 0, "点", "", clock}}},
	{Name: "ClockMinutes", Input: "上午9点30分", Output: []q{{"9点30分", 9.5, 0, "点", "", clock}}},
	{Name: "ClockHalf", Input: "晚上九点半", Output: []q{{"九点半", 9.5, 0, "点", "", clock}}},
	{Name: "EveningNineHan", Input: "晚上九点", Output: []q{{"九点", 9, 0, "点", "", clock}}},
	{Name: "YiDian", Input: "多一点耐心", Output: []q{}},
	{Name: "Ordinal", Input: "第九届", Output: []q{{"九届", 9, 0, "届", "", ordinal}}},
	{Name: "OrdinalRank", Input: "获得第2名", Output: []q{{"2名", 2, 0, "名", "", ordinal}}},
	{Name: "FirstTime", Input: "第一时间", Output: []q{{"一", 1, 0, "", "", ordinal}}},
	{Name: "Congress", Input: "十九届六中全会", Output: []q{{"十九届", 19, 0, "届", "", ordinal}}},
	{Name: "Anniversary", Input: "建党100周年", Output: []q{{"100周年", 100, 0, "周年", "", ordinal}}},
	{Name: "Page", Input: "第3页 共5页", Output: []q{{"3页", 3, 0, "页", "", ordinal}, {"5页", 5, 0, "页", "", ordinal}}},
	{Name: "PageList", Input: "上一页 1 2 3 下一页", Output: []q{{"一页", 1, 0, "页", "", ordinal}, {"1", 1, 0, "", "", bare}, {"2", 2, 0, "", "", bare}, {"3", 3, 0, "", "", bare}, {"一页", 1, 0, "页", "", ordinal}}},
	{Name: "Hotline", Input: "职工服务热线12351", Output: []q{{"12351", 12351, 0, "", "", code}}},
	{Name: "HotlineColon", Input: "热线电话：12351", Output: []q{{"12351", 12351, 0, "", "", code}}},
	{Name: "ICP", Input: "浙ICP备20419637号-2", Output: []q{{"20419637号-2", 20419637, 0, "", "", code}}},
	{Name: "Phone", Input: "电话0351-1234567", Output: []q{{"0351-1234567", 351, 0, "", "", code}}},
	{Name: "PhoneNoWord", Input: "0351-1234567", Output: []q{{"0351-1234567", 351, 0, "", "", code}}},
	{Name: "Mobile", Input: "联系13812345678", Output: []q{{"13812345678", 13812345678, 0, "", "", code}}},
	{Name: "LongDigits", Input: "订单202107211321", Output: []q{{"202107211321", 202107211321, 0, "", "", code}}},
	{Name: "FiveG", Input: "5G网络", Output: []q{{"5", 5, 0, "", "", code}}},
	{Name: "FourteenthFive", Input: "十四五规划", Output: []q{}},
	{Name: "FourteenthFivePeriod", Input: "十四五期间", Output: []q{}},
	{Name: "MayDay", Input: "五一劳动节", Output: []q{}},
	{Name: "MayDayPeriod", Input: "五一期间", Output: []q{}},
	{Name: "InCase", Input: "万一家长不同意", Output: []q{}},
	{Name: "Garbled", Input: "2.74.1个百分点", Output: []q{{"2.74.1", 2, 0, "", "", code}}},
	{Name: "SplitLine", Input: "筹措资金3140\n\n万元", Output: []q{{"3140", 3140, 0, "", "", bare}}},
	{Name: "Slogan", Input: "四个意识", Output: []q{{"四个", 4, 0, "个", "", count}}},
	// Numerals inside words are not quantities.
	{Name: "Words", Input: "统一部署，一些单位，一线职工，万一，一起，唯一，十分重要，百姓，千方百计，万众一心", Output: []q{}},
	{Name: "RoundRhetoric", Input: "千家万户，万名大工匠，千万不要，百万职工", Output: []q{}},
	{Name: "FormalInWords", Input: "陆地，队伍，收拾，放肆", Output: []q{}},
	{Name: "Together", Input: "一对一帮扶，一站式服务，一部分", Output: []q{}},
	{Name: "PersonTimesInBrackets", Input: "慰问困难职工56万多人(次)", Output: []q{{"56万多人(次)", 560000, 0, "人次", "gte", count}}},
	// 起 counts cases only after digits or a numeral of several characters.
	{Name: "CasesNotTogether", Input: "调解纠纷17起，二十起，大家一起参加", Output: []q{{"17起", 17, 0, "起", "", count}, {"二十起", 20, 0, "起", "", count}}},
	{Name: "BareHan", Input: "二百五十", Output: []q{{"二百五十", 250, 0, "", "", bare}}},
	{Name: "LiangBai", Input: "两百", Output: []q{{"两百", 200, 0, "", "", bare}}},
	{Name: "BaiFenZhiShiWu", Input: "百分之十五", Output: []q{{"百分之十五", 15, 0, "%", "", percent}}},
	{Name: "WanWan", Input: "万万", Output: []q{}},
	{Name: "LoneWan", Input: "万", Output: []q{}},
	{Name: "ZeroPointFive", Input: "零点五", Output: []q{{"零点五", 0.5, 0, "", "", bare}}},
	{Name: "YiDianYiDi", Input: "一点一滴", Output: []q{}},
	{Name: "FormalMoney", Input: "肆佰叁拾萬圆整", Output: []q{{"肆佰叁拾萬圆", 4300000, 0, "元", "", money}}},
	{Name: "UnitAfterSpace", Input: "共 3 页", Output: []q{{"3 页", 3, 0, "页", "", ordinal}}},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.Name, func(t *testing.T) {
			got := numbers.Find(tt.Input)
			assert.Equal(t, tt.Output, brief(got))
			rs := []rune(tt.Input)
			for _, x := range got {
				assert.Equal(t, string(rs[x.Start:x.End]), x.Text, "span of %q", x.Text)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	got := numbers.Find("近百万人次，补助金26万余元。")
	if assert.Len(t, got, 2) {
		assert.Equal(t, [2]int{1, 5}, [2]int{got[0].Start, got[0].End})
		assert.Equal(t, [2]int{9, 14}, [2]int{got[1].Start, got[1].End})
	}
}
