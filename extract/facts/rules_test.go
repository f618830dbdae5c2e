package facts_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/unionfacts/unionfacts/extract/facts"
)

func ruleNames(rs *facts.Rules) []string {
	var out []string
	for _, r := range rs.Rules {
		out = append(out, r.Name)
	}
	return out
}

func TestParseRules(t *testing.T) {
	def, err := facts.DefaultRules()
	require.NoError(t, err)
	defNames := ruleNames(def)
	tests := []struct {
		Name  string
		Input string
		Check func(t *testing.T, rs *facts.Rules)
		Error string // substring of the error, "" for success
	}{
		{
			Name: "Complete",
			Input: `{"clause_ends": "，。", "sentence_ends": "。", "noun_window": 3,
				"rules": [{"name": "a", "metric": "trainees", "units": ["人"], "before": ["培训"]}]}`,
			Check: func(t *testing.T, rs *facts.Rules) { assert.Equal(t, []string{"a"}, ruleNames(rs)) },
		},
		{
			Name:  "ExtendsAddsFirst",
			Input: `{"extends": "default", "rules": [{"name": "x.hall", "metric": "service_sites", "units": ["个"], "nouns": ["礼堂"]}]}`,
			Check: func(t *testing.T, rs *facts.Rules) {
				assert.Equal(t, append([]string{"x.hall"}, defNames...), ruleNames(rs))
				assert.Equal(t, def.NounWindow, rs.NounWindow, "settings come from the default")
			},
		},
		{
			Name:  "ExtendsReplacesByName",
			Input: `{"extends": "default", "rules": [{"name": "jobs_offered.posts", "metric": "jobs_offered", "units": ["个"], "nouns": ["职位"]}]}`,
			Check: func(t *testing.T, rs *facts.Rules) {
				assert.Equal(t, defNames, ruleNames(rs), "replaced in place")
				i := slices.Index(ruleNames(rs), "jobs_offered.posts")
				assert.Equal(t, []string{"职位"}, rs.Rules[i].Nouns)
			},
		},
		{
			Name:  "ExtendsRemoves",
			Input: `{"extends": "default", "remove": ["none.sales"], "noun_window": 9, "rules": []}`,
			Check: func(t *testing.T, rs *facts.Rules) {
				assert.Len(t, rs.Rules, len(def.Rules)-1)
				assert.NotContains(t, ruleNames(rs), "none.sales")
				assert.Equal(t, 9, rs.NounWindow)
			},
		},
		{
			Name:  "ExtendsSums",
			Input: `{"extends": "default", "sums": ["一共"], "rules": []}`,
			Check: func(t *testing.T, rs *facts.Rules) {
				assert.Equal(t, []string{"一共"}, rs.Sums)
				assert.Equal(t, def.Totals, rs.Totals)
			},
		},
		{Name: "UnknownField", Input: `{"rulez": []}`, Error: "unknown field"},
		{Name: "NotJSON", Input: `rules:`, Error: "parsing rules"},
		{Name: "ExtendsOther", Input: `{"extends": "mine", "rules": []}`, Error: "only \"default\""},
		{Name: "RemoveAlone", Input: `{"remove": ["none.sales"], "rules": []}`, Error: "remove needs"},
		{Name: "RemoveUnknown", Input: `{"extends": "default", "remove": ["nope"], "rules": []}`, Error: "no such default rule"},
		{Name: "NoSettings", Input: `{"rules": []}`, Error: "clause_ends"},
		{
			Name:  "NoUnits",
			Input: `{"extends": "default", "rules": [{"name": "a", "metric": "trainees", "before": ["培训"]}]}`,
			Error: "name, metric and units",
		},
		{
			Name:  "NoWords",
			Input: `{"extends": "default", "rules": [{"name": "a", "metric": "trainees", "units": ["人"]}]}`,
			Error: "needs before, after, nouns, prefix, context or round",
		},
		{
			Name: "Duplicate",
			Input: `{"extends": "default", "rules": [{"name": "a", "metric": "trainees", "units": ["人"], "before": ["培训"]},
				{"name": "a", "metric": "trainees", "units": ["人"], "before": ["轮训"]}]}`,
			Error: "appears twice",
		},
		{
			Name:  "GapWithoutWord",
			Input: `{"extends": "default", "rules": [{"name": "a", "metric": "trainees", "units": ["人"], "before": ["…培训"]}]}`,
			Error: "empty on a side of …",
		},
		{
			Name:  "GapInTotals",
			Input: `{"extends": "default", "totals": ["总数…"], "rules": []}`,
			Error: "totals",
		},
		{
			Name:  "NegativeWithin",
			Input: `{"extends": "default", "rules": [{"name": "a", "metric": "trainees", "units": ["人"], "nouns": ["职工"], "within": -1}]}`,
			Error: "within",
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			rs, err := facts.ParseRules(strings.NewReader(tt.Input))
			if tt.Error != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.Error)
				return
			}
			require.NoError(t, err)
			assert.Len(t, rs.Hash(), 16)
			tt.Check(t, rs)
		})
	}
}

func TestRulesHash(t *testing.T) {
	def, err := facts.DefaultRules()
	require.NoError(t, err)
	raw, err := os.ReadFile("rules.json")
	require.NoError(t, err)
	same, err := facts.ParseRules(strings.NewReader(string(raw)))
	require.NoError(t, err)
	assert.Equal(t, def.Hash(), same.Hash(), "the embedded file parsed again")
	noop, err := facts.ParseRules(strings.NewReader(`{"extends": "default", "rules": []}`))
	require.NoError(t, err)
	assert.Equal(t, def.Hash(), noop.Hash(), "an empty extension changes nothing")
	changed, err := facts.ParseRules(strings.NewReader(`{"extends": "default", "remove": ["none.sales"], "rules": []}`))
	require.NoError(t, err)
	assert.NotEqual(t, def.Hash(), changed.Hash())
}

// TestUserRuleWins shows a user extending the rules without recompiling:
// a new rule goes before the default ones.
func TestUserRuleWins(t *testing.T) {
	rs, err := facts.ParseRules(strings.NewReader(`{"extends": "default", "rules": [
		{"name": "user.sites.hall", "metric": "service_sites", "units": ["个"], "nouns": ["职工食堂"], "why": "canteens count as sites here"}]}`))
	require.NoError(t, err)
	c, err := facts.NewClassifier(rs, testSegmenter(t))
	require.NoError(t, err)
	in := "改造职工食堂12个。"
	got := classify(t, c, in, quantities(t, in, []string{"12个"}))
	require.Len(t, got, 1)
	assert.Equal(t, "service_sites", got[0].Metric)
	assert.Equal(t, "user.sites.hall", got[0].Rule)

	_, err = facts.NewClassifier(&facts.Rules{}, testSegmenter(t))
	assert.ErrorIs(t, err, facts.ErrRulesNotLoaded)
}

func TestDefaultRulesAreDocumented(t *testing.T) {
	def, err := facts.DefaultRules()
	require.NoError(t, err)
	for _, r := range def.Rules {
		assert.NotEmpty(t, r.Why, "rule %s says nothing about its wording", r.Name)
	}
}
