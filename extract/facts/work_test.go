package facts_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/numbers"
)

// topicCase is an invented page: its title, its body, and the evidence of
// the facts it must yield, in order (none for a page about something else).
type topicCase struct {
	Name, Title, Body string
	Want              []string
	// About is whether the page is about unions.
	About bool
}

// unionFacts runs the whole fact stage on a page: the facts of its body
// that its scope keeps.
func unionFacts(c *facts.Classifier, title, body string) (facts.Topic, []string) {
	sc := c.Topic(title, body)
	fs, err := c.ClassifyBody(context.Background(), body, numbers.Find)
	if err != nil {
		panic(err) // only a done context fails
	}
	var got []string
	for _, f := range sc.Keep(fs) {
		got = append(got, f.Evidence)
	}
	return sc, got
}

func runTopicCases(t *testing.T, cases []topicCase) {
	c := defaultClassifier(t)
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			sc, got := unionFacts(c, tt.Title, tt.Body)
			assert.Equal(t, tt.Want, got)
			assert.Equal(t, tt.About, sc.AboutUnions, "about unions (relevance %.2f)", sc.Relevance)
			assert.GreaterOrEqual(t, sc.Relevance, 0.0)
			assert.LessOrEqual(t, sc.Relevance, 1.0)
		})
	}
}

// Pages about something else, of every kind a crawl of county portals and
// news sites brings, yield no facts, even where the work serves workers.
func TestTopicOffTopicPages(t *testing.T) {
	runTopicCases(t, []topicCase{
		{Name: "film studio", Title: "某电影制片厂新片开机",
			Body: "为此，某电影制片厂投入三千万元拍摄了一部历史题材影片。\n影片由200余名演员参演。"},
		{Name: "foreign government", Title: "某国指责邻国策划袭击",
			Body: "某国政府指责邻国准备拍摄一场假袭击行动的影片，作为出兵的借口。"},
		{Name: "village clean-up", Title: "农村人居环境整治见成效",
			Body: "2022年，全区开展4次村庄清洁专项行动，清理农村生活垃圾3.2万吨，发动村民1.5万人次参与。"},
		{Name: "bank regulator", Title: "监管部门通报银行拨备情况",
			Body: "监管部门要求的拨备覆盖率基本标准为150%，截至6月末，12家上市银行的拨备覆盖率超过200%。"},
		{Name: "foreign strike", Title: "某国爆发全国大罢工",
			Body: "某国5日爆发全国跨行业大罢工，60万多人参与。\n该国各工会号召继续举行罢工，工会负责人表示罢工将持续。"},
		{Name: "union abroad", Title: "唱片业协会谈播客版权",
			Body: "美国唱片工会表示，播客使用音乐须获得许可，已有300余家电台参与讨论。"},
		{Name: "student aid", Title: "县教育局落实学生资助政策",
			Body: "县教育局落实学生资助政策，2023年共资助贫困学生2.1万人次，发放各类资助资金1560万元。"},
		{Name: "free clinic", Title: "县人民医院开展义诊",
			Body: "近日，县人民医院组织专家深入乡镇开展义诊活动，免费诊治群众2600余人次，发放药品价值8万元。"},
		{Name: "traffic campaign", Title: "交警大队开展交通安全宣传",
			Body: "县公安局交警大队开展暑期交通安全宣传活动，举办讲座15场，受教育群众4000余人次。"},
		{Name: "farm co-operative", Title: "合作社分红惠及村民",
			Body: "某村种植专业合作社为入社农户分红32万元，带动79户村民增收。"},
		{Name: "Youth League", Title: "团县委开展志愿服务",
			Body: "今年以来，团县委组织青年志愿者开展志愿服务活动30余场次，服务群众2万余人次，募集爱心款7.5万元。"},
		{Name: "Women's Federation", Title: "县妇联工作报告",
			Body: "县妇联新建妇女之家4个，举办巾帼技能培训班12期，培训妇女860人次。\n全年走访慰问困难妇女320户，发放慰问金16万元。"},
		{Name: "labour bureau wages", Title: "人社局为农民工追回欠薪",
			Body: "县人社局开展根治欠薪专项行动，为1200名农民工追回工资1860万元，举办招聘会22场，提供岗位5600个。"},
		{Name: "charity", Title: "慈善总会开展助学活动",
			Body: "县慈善总会开展爱心助学活动，资助困难学生180名，发放助学金54万元。"},
		{Name: "party service stations", Title: "镇党委建设党群服务站",
			Body: "镇党委建成党群服务站12个，为群众办理事项3000余件，服务群众1.2万人次。"},
	})
}

// In a page about other work, only the clauses whose actor is a union
// yield facts: a paragraph that names the union, and what follows it in
// the same paragraph until someone else is named.
func TestTopicMixedPages(t *testing.T) {
	runTopicCases(t, []topicCase{
		{Name: "government report", Title: "某县人民政府工作报告", About: true,
			Body: "过去一年，全县地区生产总值增长6.2%，新建农村公路120公里，新建幼儿园8所。\n" +
				"县人社局组织招聘会36场，提供就业岗位1.2万个，培训农民工5600人次。\n" +
				"县总工会新建基层工会42个，发展会员3100人，走访慰问困难职工860人。\n" +
				"县民政局发放临时救助资金320万元，救助困难群众2100人次。",
			Want: []string{"42个", "3100人", "860人"}},
		{Name: "Women's Federation report", Title: "县妇联2023年工作总结", About: true,
			Body: "一年来，县妇联举办巾帼创业培训班15期，培训妇女1200人次。\n" +
				"与县总工会联合开展女职工关爱行动，县总工会为女职工免费体检3600人。\n" +
				"县妇联还走访慰问困难妇女450户，发放慰问金22万元。",
			Want: []string{"3600人"}},
		{Name: "county news roundup", Title: "要闻简报", About: true,
			Body: "县交通运输局完成道路养护80公里，整治隐患路段12处。\n" +
				"县教育局资助困难学生2300人次，发放资助金460万元。\n" +
				"县总工会开展金秋助学活动，资助困难职工子女156名，发放助学金47万元。\n" +
				"团县委举办青年创业大赛1场，吸引300余名青年参加。",
			Want: []string{"156名", "47万元"}},
		{Name: "livelihood projects list", Title: "某县民生工程进展情况", About: true,
			Body: "30项民生实事中，截至9月底已完成19项。\n" +
				"其中超额完成任务的有5项：新建农村幸福院8个，完成率120%。已建成工会驿站11家，完成率110%。" +
				"已帮扶困难退役军人431人，完成率147%。资助家庭经济困难学生1870名，完成率115%。\n" +
				"农村供水保障提升工程正在施工中。",
			Want: []string{"11家"}},
		{Name: "union and overseas Chinese", About: true,
			Body: "春节前夕，县总工会筹措33万余元开展送温暖活动，慰问困难职工120户。\n" +
				"近日，县归国侨胞和社会爱心人士来到乡里走访慰问困难群众。慰问活动走访40户困难群众，发放慰问物资价值2万余元。",
			Want: []string{"33万余元", "120户"}},
		{Name: "a bureau's station, named again as 该局", Title: "县数据局驿站挂牌", About: true,
			Body: "近日，县数据局被省总工会授予工会服务驿站。\n" +
				"自2019年起，该局在政务服务大厅设立驿站，累计服务户外劳动者5000余人次。"},
		{Name: "speech on mass organisations", Title: "在全区群团工作会议上的讲话", About: true,
			Body: "过去一年，各群团组织围绕中心、服务大局，特别是各级工会累计举办技能比赛62场次，参与职工5万余人次；" +
				"特别是各级妇联发放创业贷款3.5亿元，受益妇女8600人。",
			Want: []string{"62场次", "5万余人次"}},
	})
}

// A union's report names other actors in passing, as leaders, partners,
// places and beneficiaries; its facts stay.
func TestTopicUnionReportsNamingOthers(t *testing.T) {
	runTopicCases(t, []topicCase{
		{Name: "leadership and partner", Title: "县总工会2023年工作总结", About: true,
			Body: "在县委县政府的坚强领导下，全县新建基层工会32个，发展会员1500人。\n" +
				"县总工会联合县人社局举办招聘会12场，提供岗位3000余个。\n" +
				"与县民政部门实现数据共享，累计完成困难职工解困脱困340户。",
			Want: []string{"32个", "1500人", "12场", "3000余个", "340户"}},
		{Name: "enterprises and places", Title: "市总工会开展送温暖活动", About: true,
			Body: "市总工会慰问组深入企业、医院和环卫所，慰问一线职工620人，发放慰问金31万元。\n" +
				"覆盖企业420家、职工3.6万人。\n" +
				"百人以上企业建会率达到96.5%。",
			Want: []string{"620人", "31万元", "3.6万人", "96.5%"}},
		{Name: "joint actors", Title: "县总工会县妇联为抗疫一线送温暖", About: true,
			Body: "2月6日，县总工会和县妇联组成慰问组，向抗疫一线工作者送温暖。\n" +
				"慰问组到县医院、县疾控中心等地慰问，这次慰问共发放慰问金40万元。",
			Want: []string{"40万元"}},
		{Name: "no title, union named in the body", About: true,
			Body: "今年以来，区总工会聚焦产业工人队伍建设，组织劳动竞赛16场次，参与职工580余名。\n" +
				"全区新建工会驿站24家。",
			Want: []string{"16场次", "580余名", "24家"}},
		{Name: "leaders by their titles", Title: "某镇总工会开展送温暖活动", About: true,
			Body: "2月4日，镇党委书记王某、人大主席李某、工会主席赵某等领导分组走访辖区企业，慰问外地职工。\n" +
				"本次慰问共发放慰问礼包约2000份，总金额约38万元。",
			Want: []string{"2000份", "38万元"}},
		{Name: "a charity's part of the union's programme", Title: "市职工服务中心开展互助保障活动", About: true,
			Body: "累计为5.6万名环卫工等特殊群体赠送互助保障计划达332万元，其中，市慈善总会出资133.8万元，" +
				"有1089名职工获得赔付金200万元。",
			Want: []string{"5.6万名", "332万元", "133.8万元", "1089名", "200万元"}},
		{Name: "a town union's working committee", About: true,
			Body: "7月22日，某镇工委会联合镇卫计局和镇妇联开展女职工健康体检活动，当天为50名女职工提供免费健康检查。\n" +
				"镇工委会坚持定期组织女职工健康体检。",
			Want: []string{"50名"}},
		{Name: "another actor inside a paragraph holds for its sentence", Title: "市总工会扩大组织覆盖", About: true,
			Body: "市总工会扩大组织覆盖面，市委组织部给予有力指导。全年发展会员8600人，建成职工书屋45家。",
			Want: []string{"8600人", "45家"}},
		{Name: "another actor opening a paragraph holds for the paragraph", Title: "县数据局获评省级工会服务驿站", About: true,
			Body: "近日，县数据局被省总工会授予工会服务驿站。\n" +
				"自2019年起，该局在政务服务大厅设立驿站。累计服务环卫工人和办事群众达5000余人次。\n" +
				"县总工会今年新建户外劳动者服务驿站12个。",
			Want: []string{"12个"}},
		{Name: "the union's own party work", Title: "县总工会机关党建工作", About: true,
			Body: "县总工会规范基层党组织建设，形成党组、机关党委、党支部四位一体的工作机制，举办职工讲座25场。",
			Want: []string{"25场"}},
	})
}

func TestTopicRelevance(t *testing.T) {
	c := defaultClassifier(t)
	report, _ := unionFacts(c, "县总工会工作报告", "全县新建基层工会32个，发展会员1500人。")
	mixed, _ := unionFacts(c, "某县人民政府工作报告",
		"全县地区生产总值增长6.2%，新建农村公路120公里，新建幼儿园8所，改造农村危房300户。\n"+
			"县人社局组织招聘会36场，提供就业岗位1.2万个，培训农民工5600人次。\n"+
			"县总工会新建基层工会42个。")
	other, _ := unionFacts(c, "县妇联工作报告", "县妇联新建妇女之家4个。")
	assert.Equal(t, 1.0, report.Relevance)
	assert.Greater(t, mixed.Relevance, 0.0)
	assert.Less(t, mixed.Relevance, 0.5)
	assert.Equal(t, 0.0, other.Relevance)
}

// The actor words are data: a researcher's rules file adds an actor, and
// a page that names it as its actor yields no facts.
func TestTopicExtendedActors(t *testing.T) {
	body := "县总工会主办。\n县老年协会开展讲座30场。"
	c := defaultClassifier(t)
	_, before := unionFacts(c, "", body)
	require.Equal(t, []string{"30场"}, before)

	rs, err := facts.DefaultRules()
	require.NoError(t, err)
	w := *rs.Work
	w.Others = append(append([]string(nil), w.Others...), "老年协会")
	ext, err := json.Marshal(map[string]any{"extends": "default", "work": w})
	require.NoError(t, err)
	amended, err := facts.ParseRules(strings.NewReader(string(ext)))
	require.NoError(t, err)
	c2, err := facts.NewClassifier(amended, testSegmenter(t))
	require.NoError(t, err)
	_, after := unionFacts(c2, "", body)
	assert.Empty(t, after)
}

func TestTopicBadWork(t *testing.T) {
	for name, work := range map[string]string{
		"no unions":        `{"unions": [], "lead": 6, "about_unions": 0.05}`,
		"negative lead":    `{"unions": ["工会"], "lead": -1, "about_unions": 0.05}`,
		"threshold over 1": `{"unions": ["工会"], "lead": 6, "about_unions": 1.5}`,
		"empty word":       `{"unions": ["工会"], "others": [""], "lead": 6, "about_unions": 0.05}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := facts.ParseRules(strings.NewReader(`{"extends": "default", "work": ` + work + `}`))
			assert.ErrorIs(t, err, facts.ErrRules)
		})
	}
}
