package region_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/region"
)

// The reports below are invented, one or two per rule of Document.
var documentTests = []struct {
	Name                string
	Title, Body, Source string
	Code                string // "" for nil
	WantName            string // checked where set
}{{
	Name: "UniqueCounty", Title: "义安区推进县级工会加强年工作",
	Body: "义安区总工会召开全委会。安徽省总工会领导出席。", Code: "340706", WantName: "安徽省铜陵市义安区",
}, {
	Name: "SharedNameSettledByParentBefore", Body: "南通市通州区总工会为职工送清凉。",
	Code: "320612",
}, {
	Name: "SharedNameSettledByParentElsewhere", Title: "通州区总工会开展送温暖活动",
	Body: "江苏省总工会部署后,通州区总工会走访困难职工。", Code: "320612",
}, {
	Name: "SharedNameInMunicipality", Body: "北京市通州区总工会举办招聘会。",
	Code: "110112", WantName: "北京市通州区",
}, {
	Name: "SharedNameUnsettledTakesLowestCode", Body: "鼓楼区总工会举办技能竞赛。",
	Code: "320106",
}, {
	Name: "ShortCountyAloneIgnored", Body: "为打造幸福义安凝聚职工力量。",
}, {
	Name: "ShortCountyAfterParent", Body: "铜陵义安经济发展良好。",
	Code: "340706",
}, {
	Name: "TwoRuneNameInsideWordIgnored", Body: "助力乡村振兴县域经济发展,推动城区职工服务。",
}, {
	Name: "GenericNameAsWordIgnored", Body: "老城区改造提升,振兴区域经济。",
}, {
	Name: "GenericNameAfterParent", Body: "洛阳市老城区总工会开展送清凉活动。", Code: "410302",
}, {
	Name: "NameBeforeMarket", Body: "南京市场监管局与南京市总工会联合开展活动。", Code: "320100",
}, {
	Name: "TwoRuneNameBeforeInstitution", Body: "兴县总工会认真履职,兴县县委高度重视。",
	Code: "141123", WantName: "山西省吕梁市兴县",
}, {
	Name: "TwoRuneNameOnceSupported", Title: "兴县召开职工代表大会",
	Body: "会议由兴县总工会主持,吕梁市总工会、山西省总工会领导出席。", Code: "141123",
}, {
	Name: "TwoRuneNameAfterParent", Body: "吕梁市兴县职工服务中心揭牌。", Code: "141123",
}, {
	Name: "RedactedCounty", Title: "××县总工会2022年工作总结",
	Body: "××县总工会在湖南省总工会指导下开展工作。", Code: "",
}, {
	Name: "RedactedProvince", Body: "___省总工会第十二次代表大会召开以来,全省各级工会组织凝心聚力。",
}, {
	Name: "ProvinceWide", Title: "湖南工会:打造桥头堡",
	Body: "湖南省总工会推动县级工会加强年工作。\n长沙县总工会依托数字平台;娄底市娄星区总工会推行一线工作法。\n湖南省总工会实现全省全覆盖。",
	Code: "430000",
}, {
	Name: "NationalReport", Title: "全国总工会推广地方工会经验",
	Body: "北京市总工会、上海市总工会、广东省总工会、浙江省总工会分别介绍了经验。",
}, {
	Name: "TripToAnotherProvince", Title: "义安区总工会组织劳模疗休养",
	Body: "义安区总工会组织劳模赴浙江省杭州市疗休养。", Code: "340706",
}, {
	Name: "Prefecture", Title: "临沂市总工会打造党建品牌",
	Body: "临沂市总工会扎实推进各项工作。兰山区一家企业获评先进。", Source: "山东工人报社",
	Code: "371300", WantName: "山东省临沂市",
}, {
	Name: "TitleKeepsPrefectureOverBusyCounty", Title: "临沂市总工会推进驿站建设",
	Body: "兰山区总工会建成驿站。\n兰山区总工会开展活动。\n兰山区总工会发放慰问金。\n兰山区总工会举办竞赛。",
	Code: "371300",
}, {
	Name: "TitleLowersBelowBusyPrefecture", Title: "义安区总工会开展送温暖活动",
	Body: "铜陵市总工会部署。\n铜陵市总工会督导。\n铜陵市总工会通报。\n铜陵市总工会表彰。",
	Code: "340706",
}, {
	Name: "TitleNamingTwoPlacesGivesTheirParent", Title: "湖南省总工会部署长沙县试点",
	Body: "长沙县总工会推进试点。\n长沙县总工会总结经验。", Code: "430000",
}, {
	Name: "FormerCountyName", Body: "铜陵县总工会召开全委会。", Code: "340706",
}, {
	Name: "FormerPrefectureName", Body: "襄樊市总工会开展金秋助学。", Code: "420600",
}, {
	Name: "TitleOutweighsBody", Title: "长沙县总工会开展送温暖活动",
	Body: "在湖南省总工会的指导下,全县工会走访困难职工。", Code: "430121",
}, {
	Name: "SourceNamesTheUnion", Body: "区总工会为户外劳动者建成驿站。", Source: "冷水滩区总工会",
	Code: "431103",
}, {
	Name: "NoPlace", Body: "工会组织开展技能培训。",
}, {
	Name: "PlainWordShortNameIgnored", Body: "今年以来全市新建工会驿站126个。\n助力乡村振兴,新兴领域工会建设提速。",
}, {
	Name: "PlaceNamedOnceInPassingIgnored", Body: "市总工会开展送清凉活动。\n慰问了交警、城管和峡山城区环卫工人。",
}, {
	Name: "AutonomousCountyByPlainSuffix", Body: "近日,石林县总工会召开新建工会组织授牌会。",
	Code: "530126",
}, {
	Name: "OwnCityAboveTheDistrictNamed", Title: "我市新增50个爱心驿站",
	Body: "近日,市总工会在万柏林区西华苑社区举行爱心驿站授牌仪式。\n全市已建成爱心驿站300个。",
	Code: "140100",
}, {
	Name: "TitleNamesCountyUnderCityWords", Title: "正阳县总工会慰问环卫工人",
	Body: "连日来,我市普降大雪。\n正阳县总工会走访慰问一线环卫工人。",
	Code: "411724",
}, {
	Name: "LongerNameInsideShortOne", Title: "", Body: "记者从江苏省残联工作会议上获悉,今年工作成效明显。",
	Code: "320000",
}, {
	Name: "Empty",
}}

func TestDocument(t *testing.T) {
	r, err := region.NewResolver()
	require.NoError(t, err)
	for _, tt := range documentTests {
		t.Run(tt.Name, func(t *testing.T) {
			got := r.Document(tt.Title, tt.Body, tt.Source)
			if assertCode(t, tt.Code, got) && tt.WantName != "" {
				assert.Equal(t, tt.WantName, got.Name)
			}
		})
	}
}

// assertCode checks that got has the code want, or is nil where want is
// "", and reports whether got is a region to check further.
func assertCode(t *testing.T, want string, got *region.Region) bool {
	t.Helper()
	if want == "" {
		assert.Nil(t, got)
		return false
	}
	if !assert.NotNil(t, got) {
		return false
	}
	return assert.Equal(t, want, got.Code, got.Name)
}
