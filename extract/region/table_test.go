package region

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseTable(t *testing.T) {
	tests := []struct {
		Name   string
		Input  string
		Names  []string // full names, in order
		Levels []level
		Error  bool
	}{{
		Name:   "Chain",
		Input:  "340000\t安徽省\t安徽\t\n340700\t铜陵市\t铜陵\t\n340706\t义安区\t义安\t铜陵县\n",
		Names:  []string{"安徽省", "安徽省铜陵市", "安徽省铜陵市义安区"},
		Levels: []level{province, prefecture, county},
	}, {
		Name:   "MunicipalityCountyUnderProvince",
		Input:  "110000\t北京市\t北京\t\n110105\t朝阳区\t朝阳\t\n",
		Names:  []string{"北京市", "北京市朝阳区"},
		Levels: []level{province, county},
	}, {
		Name:   "ProvinceAdministeredCity",
		Input:  "410000\t河南省\t河南\t\n419001\t济源市\t济源\t\n",
		Names:  []string{"河南省", "河南省济源市"},
		Levels: []level{province, county},
	}, {
		Name: "ShortLine", Input: "340000\t安徽省\n", Error: true,
	}, {
		Name: "BadCode", Input: "3400\t安徽省\t安徽\t\n", Error: true,
	}}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			divs, err := parseTable(tt.Input)
			if tt.Error {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			var names []string
			var levels []level
			for _, d := range divs {
				names, levels = append(names, d.Name), append(levels, d.level)
			}
			assert.Equal(t, tt.Names, names)
			assert.Equal(t, tt.Levels, levels)
		})
	}
}

// TestEmbeddedTable checks the shape of the generated table.
func TestEmbeddedTable(t *testing.T) {
	divs, err := parseTable(divisionsTSV)
	require.NoError(t, err)
	count := map[level]int{}
	for _, d := range divs {
		count[d.level]++
	}
	assert.Equal(t, 34, count[province]) // 31 mainland, Taiwan, Hong Kong, Macau
	assert.Greater(t, count[prefecture], 330)
	assert.Greater(t, count[county], 2800)
}
