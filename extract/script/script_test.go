package script

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		Name, In string
		Want     Script
	}{
		{"Simplified", "县总工会今年以来发展会员1100余人，慰问困难职工509人。", Hans},
		{"Traditional", "縣總工會今年以來發展會員1100餘人，慰問困難職工509人。", Hant},
		{"NoChinese", "<html><body>2023 report</body></html>", Hans},
		{"OnlyShared", "工人大会", Hans}, // no character only one script writes
		{"StrayTraditionalName", "县总工会发展会员1100余人，会长鍾某某讲话，会议强调做好职工服务工作。", Hans},
		{"StraySimplifiedNav", "首页 " + strings.Repeat("縣總工會發展會員，慰問困難職工。", 5), Hant},
		{"Mixed", "县总工会发展会员，慰问困难职工。縣總工會發展會員，慰問困難職工。", Mixed},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, Default().Detect(tt.In))
		})
	}
}

func TestSimplifiedKeepsOffsets(t *testing.T) {
	in := "臺灣省工會(2023)：萬人參與，個人、團體與會。abc"
	got := Default().Simplified(in)
	assert.Equal(t, "台湾省工会(2023)：万人参与，个人、团体与会。abc", got)
	assert.Equal(t, len(in), len(got))
	assert.Equal(t, utf8.RuneCountInString(in), utf8.RuneCountInString(got))
}

func TestSimplifiedLeavesSimplifiedAlone(t *testing.T) {
	in := "县总工会发展会员1100余人"
	got := Default().Simplified(in)
	assert.Equal(t, in, got)
	assert.Equal(t, strings.Clone(in), got)
}

// TestRoundTrip: simplified text made traditional and viewed again reads
// as it started, for the characters union reports are written in.
func TestRoundTrip(t *testing.T) {
	in := "松阳县总工会2023年新发展会员1100余人，筹集送温暖资金8.4亿元，建成3家四星级工会服务驿站，后续还将开展技能培训。"
	hant := Default().Traditional(in)
	assert.NotEqual(t, in, hant)
	assert.Equal(t, Hant, Default().Detect(hant))
	assert.Equal(t, in, Default().Simplified(hant))
}

func TestPrinter(t *testing.T) {
	printed := "<title>縣總工會發展會員</title><p>今年以來，縣總工會發展會員1100餘人。</p>\n<p>在基</p>\n<p>層落地，後續</p>"
	tbl := Default()
	view := tbl.Simplified(printed)
	p := tbl.NewPrinter(view, printed)
	assert.Equal(t, "縣總工會發展會員", p.Field("县总工会发展会员"))
	assert.Equal(t, "今年以來，縣總工會發展會員1100餘人。", p.Text("今年以来，县总工会发展会员1100余人。"))
	// a run joined from two lines is printed from its pieces
	assert.Equal(t, "在基層落地，後續", p.Text("在基层落地，后续"))
	// text the stage made itself prints as it is
	assert.Equal(t, "另见：团结", p.Text("另见：团结"))
}

// TestPrinterOrder: where a page prints the same view text two ways (a
// simplified sidebar, a traditional article), Text takes the occurrence at
// the reading position.
func TestPrinterOrder(t *testing.T) {
	printed := "导航：发展会员 正文：發展會員100人。發展會員200人。"
	tbl := Default()
	p := tbl.NewPrinter(tbl.Simplified(printed), printed)
	assert.Equal(t, "发展会员", p.Field("发展会员"))
	assert.Equal(t, "正文：發展會員100人。", p.Text("正文：发展会员100人。"))
	assert.Equal(t, "發展會員200人。", p.Text("发展会员200人。"))
}

func TestPrinterOtherLayout(t *testing.T) {
	p := Default().NewPrinter("会", "會員")
	assert.Equal(t, "会员", p.Text("会员"))
}

func TestParse(t *testing.T) {
	tbl, err := Parse(strings.NewReader("# comment\n會\t会\n乾\t干 乾\n"), strings.NewReader("会\t會\n"))
	require.NoError(t, err)
	assert.Equal(t, "会干", tbl.Simplified("會乾"))
	assert.Equal(t, Hant, tbl.Detect("會"))
	assert.Equal(t, Hans, tbl.Detect("乾"), "乾 is also simplified: no evidence")

	for _, bad := range []string{"會会\n", "會\t\n", "會\t𫝈\n", "ab\t会\n"} {
		_, err := Parse(strings.NewReader(bad), strings.NewReader(""))
		assert.Error(t, err, "%q", bad)
	}
}

func BenchmarkDetectSimplified(b *testing.B) {
	text := strings.Repeat("<p>县总工会今年以来发展会员1100余人，慰问困难职工509人。</p>\n", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Default().Detect(text)
	}
}
