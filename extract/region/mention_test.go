package region_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/region"
)

// The sentence leads below are invented, one or more per rule of Mention.
var mentionTests = []struct {
	Name string
	Text string
	Doc  *region.Region
	Code string // "" for nil
}{
	{Name: "CountyBelowProvince", Text: "冷水滩区总工会建成户外劳动者驿站", Doc: &region.Region{Code: "430000"}, Code: "431103"},
	{Name: "DeepestOfAChain", Text: "娄底市娄星区总工会新建工会", Doc: &region.Region{Code: "430000"}, Code: "431302"},
	{Name: "LastNamedWins", Text: "长沙县总工会牵头,衡南县总工会发放慰问金", Doc: &region.Region{Code: "430000"}, Code: "430422"},
	{Name: "WiderScopeAfterName", Text: "在兰陵县一个村成立村级工会,推动全市19个", Doc: &region.Region{Code: "371300"}},
	{Name: "SameScopeAfterName", Text: "长沙县总工会推进建会,全县组建工会组织30余家", Doc: &region.Region{Code: "430000"}, Code: "430121"},
	{Name: "NameAfterScope", Text: "全市新建驿站,其中兰陵县建成12家", Doc: &region.Region{Code: "371300"}, Code: "371324"},
	{Name: "ShortNameUnderDocument", Text: "冷水滩建成驿站", Doc: &region.Region{Code: "431100"}, Code: "431103"},
	{Name: "ShortNameWithoutParentIgnored", Text: "冷水滩建成驿站", Doc: &region.Region{Code: "430000"}},
	{Name: "AboveDocumentIgnored", Text: "湖南省总工会安排资金", Doc: &region.Region{Code: "431103"}},
	{Name: "ElsewhereIgnored", Text: "义安区总工会发放慰问金", Doc: &region.Region{Code: "430000"}},
	{Name: "SameAsDocumentIgnored", Text: "湖南省总工会安排资金", Doc: &region.Region{Code: "430000"}},
	{Name: "NilDocument", Text: "冷水滩区总工会建成驿站"},
	{Name: "UnknownDocumentCode", Text: "冷水滩区总工会建成驿站", Doc: &region.Region{Code: "999999"}},
	{Name: "NoName", Text: "全市建成驿站", Doc: &region.Region{Code: "430000"}},
}

func TestMention(t *testing.T) {
	r, err := region.NewResolver()
	require.NoError(t, err)
	for _, tt := range mentionTests {
		t.Run(tt.Name, func(t *testing.T) {
			assertCode(t, tt.Code, r.Mention(tt.Text, tt.Doc))
		})
	}
}
