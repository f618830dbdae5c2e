package extract_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/unionfacts/unionfacts/corpus"
	"github.com/unionfacts/unionfacts/corpus/gold"
	"github.com/unionfacts/unionfacts/extract"
	"github.com/unionfacts/unionfacts/extract/charset"
	"github.com/unionfacts/unionfacts/extract/script"
)

// traditionalPage makes a traditional version of a page with the reverse
// table of the view's own converter, as UTF-8.
func traditionalPage(t *testing.T, pg corpus.Page) corpus.Page {
	t.Helper()
	require.NoError(t, pg.Err)
	text, _ := charset.Decode(pg.Data, pg.ContentType)
	pg.Data = []byte(script.Default().Traditional(text))
	return pg
}

// TestGoldenTraditional reads every golden page converted to traditional
// characters and expects what the simplified page gives: the same facts,
// offsets, region and date, with fields, body and evidence as the
// traditional page prints them and units in simplified characters.
func TestGoldenTraditional(t *testing.T) {
	p := sharedPipeline(t)
	cases, err := gold.Load(goldenPages)
	require.NoError(t, err)
	hant := script.Default().Traditional
	for _, c := range cases {
		t.Run(filepath.Base(c.Input), func(t *testing.T) {
			pg := corpus.ReadFile(c.Input)
			want := p.Process(context.Background(), pg)
			got := p.Process(context.Background(), traditionalPage(t, pg))
			require.NoError(t, got.Err)
			assert.Equal(t, script.Hans, want.Script)
			assert.Equal(t, script.Hant, got.Script)
			assert.Equal(t, hant(want.Title), got.Title)
			assert.Equal(t, hant(want.Source), got.Source)
			assert.Equal(t, want.Published, got.Published)
			assert.Equal(t, strings.Split(hant(strings.Join(want.Authors, "\n")), "\n"), strings.Split(strings.Join(got.Authors, "\n"), "\n"))
			assert.Equal(t, hant(want.Body), got.Body)
			assert.Equal(t, want.Region, got.Region)
			require.Len(t, got.Facts, len(want.Facts))
			for i, f := range got.Facts {
				w := want.Facts[i]
				assert.Equal(t, hant(w.Evidence), f.Evidence, "fact %d", i)
				assert.Equal(t, hant(w.Sentence), f.Sentence, "fact %d", i)
				w.Evidence, w.Sentence = f.Evidence, f.Sentence
				assert.Equal(t, w, f, "fact %d", i)
			}
		})
	}
}

// mirrorPage is a traditional mirror site's copy of a report, with pinyin
// notes after some characters and the page's own parentheses.
const mirrorPage = `<html><head><meta charset="utf-8"><title>陝西省商洛市鎮安縣總工會(huì)：新發展會員1100餘人</title></head><body>
<div class="nav">首頁 | 新聞網(wǎng) | 工會(huì)動態</div>
<div class="article">
<h1>鎮安縣總工會(huì)：新發展會員1100餘人</h1>
<div class="info">2023-11-02 來源：商洛新聞網(wǎng) 作者：李(lǐ)煒</div>
<p>本報訊（記者 李煒）今年以來，鎮安縣總工會(huì)聚焦新就業形態勞動者，新發展會員1100餘人，其中貨車司機489人。</p>
<p>縣總工會籌集送溫暖資金2.2萬(wàn)元，慰問困難職工(2023年度)509人，新建工會(huì)驛站12個(gè)（含戶外勞動者服務站）。</p>
</div></body></html>`

// evidences lists the evidence of a document's facts.
func evidences(doc extract.Document) []string {
	var out []string
	for _, f := range doc.Facts {
		out = append(out, f.Evidence)
	}
	return out
}

// TestMirrorPage reads a garbled traditional mirror page: the notes leave
// every field and the body, the page's own parentheses stay, the region
// resolves from its traditional names, units are simplified and evidence
// is as printed.
func TestMirrorPage(t *testing.T) {
	doc := sharedPipeline(t).Process(context.Background(), corpus.Page{Doc: "m.html", Data: []byte(mirrorPage), Format: corpus.HTML})
	require.NoError(t, doc.Err)
	assert.Equal(t, script.Hant, doc.Script)
	assert.Equal(t, "鎮安縣總工會：新發展會員1100餘人", doc.Title)
	assert.Equal(t, "商洛新聞網", doc.Source)
	assert.Equal(t, []string{"李煒"}, doc.Authors)
	assert.Equal(t, "2023-11-02", doc.Published)
	require.NotNil(t, doc.Region)
	assert.Equal(t, "611025", doc.Region.Code)
	assert.Equal(t, "今年以來，鎮安縣總工會聚焦新就業形態勞動者，新發展會員1100餘人，其中貨車司機489人。\n"+
		"縣總工會籌集送溫暖資金2.2萬元，慰問困難職工(2023年度)509人，新建工會驛站12個（含戶外勞動者服務站）。", doc.Body)
	body := []rune(doc.Body)
	var got []string
	for _, f := range doc.Facts {
		assert.Equal(t, f.Evidence, string(body[f.Start:f.End]))
		got = append(got, f.Metric+" "+f.Evidence+" "+f.Unit)
	}
	assert.Equal(t, []string{
		"members_added 1100餘人 人", "members_added 489人 人", "funds_raised 2.2萬元 元",
		"people_assisted 509人 人", "service_sites 12個 个",
	}, got)
}

// TestMixedPage: a simplified portal's page that quotes a traditional
// report is read through the view too, and prints both as they are.
func TestMixedPage(t *testing.T) {
	page := "某县总工会转载：香港工会联合会工作报告\n\n" +
		"县总工会今年以来发展会员320人，发放慰问金8万元。\n" +
		"報告指出，聯合會全年新發展會員1200餘人，籌集資金350萬元。\n"
	doc := sharedPipeline(t).Process(context.Background(), corpus.Page{Doc: "x.txt", Data: []byte(page), Format: corpus.Text})
	require.NoError(t, doc.Err)
	assert.Equal(t, script.Mixed, doc.Script)
	assert.Equal(t, "县总工会今年以来发展会员320人，发放慰问金8万元。\n報告指出，聯合會全年新發展會員1200餘人，籌集資金350萬元。", doc.Body)
	assert.Equal(t, []string{"320人", "8万元", "1200餘人", "350萬元"}, evidences(doc))
}

// TestBig5Pages reads golden pages converted to traditional and saved in
// Big5, with the charset declared and with nothing declaring it, and
// expects what the same text gives in UTF-8. (OpenCC writes a few
// characters Big5 lacks, such as 爲; they are saved as "?".)
func TestBig5Pages(t *testing.T) {
	p := sharedPipeline(t)
	for _, name := range []string{"mianyang-city-report.html", "guangshan-news.txt"} {
		pg := traditionalPage(t, corpus.ReadFile(filepath.Join(goldenPages, name)))
		raw, err := encoding.ReplaceUnsupported(traditionalchinese.Big5.NewEncoder()).Bytes(pg.Data)
		require.NoError(t, err)
		text, err := traditionalchinese.Big5.NewDecoder().Bytes(raw)
		require.NoError(t, err)
		utf8Page := pg
		utf8Page.Data = text
		want := p.Process(context.Background(), utf8Page)
		require.NotEmpty(t, want.Facts)
		require.Equal(t, p.Process(context.Background(), pg).Region, want.Region)
		for _, tt := range []struct {
			Name        string
			ContentType string
			Source      string
		}{
			{"Declared", "text/html; charset=big5", "header"},
			{"HKSCS", "text/html; charset=Big5-HKSCS", "header"},
			{"Detected", "", "detected"},
		} {
			t.Run(name+"/"+tt.Name, func(t *testing.T) {
				big5 := pg
				big5.Data, big5.ContentType = raw, tt.ContentType
				got := p.Process(context.Background(), big5)
				require.NoError(t, got.Err)
				assert.Equal(t, "big5", got.Charset)
				assert.Equal(t, tt.Source, got.CharsetSource)
				got.Charset, got.CharsetSource, got.ContentHash = want.Charset, want.CharsetSource, want.ContentHash
				assert.Equal(t, want, got)
			})
		}
	}
}

// TestTraditionalRegions resolves regions named in traditional characters
// through the view.
func TestTraditionalRegions(t *testing.T) {
	tests := []struct {
		Name, Title, Code string
	}{
		{"County", "浙江省臺州市天台縣總工會2023年工作總結", "331023"},
		{"District", "陝西省西安市雁塔區總工會召開全委會議", "610113"},
		{"AutonomousCounty", "長陽土家族自治縣總工會開展送溫暖活動", "420528"},
		{"Province", "陝西省總工會：全年新建工會組織", "610000"},
		{"TaiVariant", "台州市總工會工作報告", "331000"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			page := tt.Title + "\n\n今年以來，總工會新發展會員1100餘人，慰問困難職工509人。\n"
			doc := sharedPipeline(t).Process(context.Background(), corpus.Page{Doc: "r.txt", Data: []byte(page), Format: corpus.Text})
			require.NoError(t, doc.Err)
			assert.Equal(t, tt.Title, doc.Title)
			require.NotNil(t, doc.Region)
			assert.Equal(t, tt.Code, doc.Region.Code, doc.Region.Name)
		})
	}
}

// TestFramedTraditionalArticle: a simplified portal whose navigation
// outweighs a reposted traditional article still reads the article
// through the view.
func TestFramedTraditionalArticle(t *testing.T) {
	nav := strings.Repeat("<li>首页 新闻 动态 专题 图片 视频 会员服务 联系我们 网站地图 关于我们</li>\n", 30)
	page := `<html><head><title>鎮安縣總工會新發展會員1100餘人_某某资讯网</title></head><body><ul class="nav">` + nav + `</ul>
<div class="article"><h1>鎮安縣總工會新發展會員1100餘人</h1>
<p>來源：商洛新聞網</p>
<p>今年以來，鎮安縣總工會聚焦新就業形態勞動者，新發展會員1100餘人，籌集送溫暖資金2.2萬元，慰問困難職工509人。</p>
<p>縣總工會新建工會驛站12個，為戶外勞動者提供休息場所。</p></div></body></html>`
	require.Equal(t, script.Hans, script.Default().Detect(page), "the page is mostly simplified")
	doc := sharedPipeline(t).Process(context.Background(), corpus.Page{Doc: "f.html", Data: []byte(page), Format: corpus.HTML})
	require.NoError(t, doc.Err)
	assert.Equal(t, script.Hant, doc.Script)
	assert.Equal(t, "商洛新聞網", doc.Source)
	assert.Equal(t, []string{"1100餘人", "2.2萬元", "509人", "12個"}, evidences(doc))
}
