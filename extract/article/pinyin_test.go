package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithoutPinyinNotes(t *testing.T) {
	tests := []struct {
		Name, In, Want string
	}{
		{"Notes", "縣總工會(huì)新聞網(wǎng)：新增會員2.2萬(wàn)人", "縣總工會新聞網：新增會員2.2萬人"},
		{"FullWidth", "工會（huì）會員", "工會會員"},
		{"UmlautAndSh", "綠(lǜ)色雙(shuāng)創", "綠色雙創"},
		{"Byline", "（记者 张三）县总工会", "（记者 张三）县总工会"},
		{"Year", "工作报告(2023)全文", "工作报告(2023)全文"},
		{"OwnNote", "学历（含本科、专科）人员", "学历（含本科、专科）人员"},
		{"English", "应用(app)下载，咖啡(café)", "应用(app)下载，咖啡(café)"},
		{"NoToneMark", "条款(a)规定", "条款(a)规定"},
		{"TwoSyllables", "工会(gōnghuì)组织", "工会(gōnghuì)组织"},
		{"AfterLatin", "JavaScript function(huì)", "JavaScript function(huì)"},
		{"Unclosed", "工會(huì", "工會(huì"},
		{"Nothing", "县总工会", "县总工会"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			assert.Equal(t, tt.Want, WithoutPinyinNotes(tt.In))
		})
	}
}

// TestMirrorPageNotes reads a garbled page's text and HTML: the notes
// leave body, title, source and authors, the page's own parentheses stay.
// (Traditional mirror pages, read through the simplified view, are tested
// in package extract.)
func TestMirrorPageNotes(t *testing.T) {
	text := "某县总工会(huì)：服务(wù)职工\n" +
		"2023-06-07 16:51 来源：某某新闻网(wǎng)\n" +
		"本报讯（记者 张(zhāng)三）今年以来，县总工会(huì)新发(fā)展会员2.2万(wàn)人（含新业态劳动者），筹集资金(2023年度)350万元。\n"
	a := FromText(text)
	assert.Equal(t, "某县总工会：服务职工", a.Title)
	assert.Equal(t, "某某新闻网", a.Source)
	assert.Equal(t, []string{"张三"}, a.Authors)
	assert.Equal(t, "今年以来，县总工会新发展会员2.2万人（含新业态劳动者），筹集资金(2023年度)350万元。", a.Body)

	html := `<html><head><title>县总工会(huì)：服务(wù)职工</title></head><body>
<h1>县总工会(huì)：服务(wù)职工</h1><p>今年以来，县总工会(huì)新发(fā)展会员2.2万(wàn)人（含新业态劳动者），筹集资金(2023年度)350万元，慰问困难职工509人。</p>
<p>全县新建基层工会32个(gè)，建会率达到93%。</p></body></html>`
	h := FromHTML(html)
	assert.Equal(t, "县总工会：服务职工", h.Title)
	assert.Equal(t, "今年以来，县总工会新发展会员2.2万人（含新业态劳动者），筹集资金(2023年度)350万元，慰问困难职工509人。\n"+
		"全县新建基层工会32个，建会率达到93%。", h.Body)
}
