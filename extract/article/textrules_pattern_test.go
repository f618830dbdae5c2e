package article

import (
	"regexp/syntax"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		Expr string
		Want []string
	}{
		{`关注.{0,20}公众号`, []string{"公众号"}},
		{`^[^,。\s]{2,16}(新闻网|政府网|在线)$`, []string{"新闻网", "政府网", "在线"}},
		{`^(【[^】]{1,8}】\s*){2,}$`, []string{"【"}},
		{`^[^\p{Han}]*$`, nil},
		{`^(大|\d)$`, nil},            // a branch without a literal
		{`(?i)copyright`, nil},       // the text may spell it in capitals
		{`^字号(页)?$`, []string{"字号"}}, // an optional part is not required
	}
	for _, tt := range tests {
		tree, err := syntax.Parse(tt.Expr, syntax.Perl)
		require.NoError(t, err)
		assert.Equal(t, tt.Want, requiredLiterals(tree), tt.Expr)
	}
}

func TestPatternMatch(t *testing.T) {
	p, err := compilePattern(`^[^,。\s]{2,16}(新闻网|政府网)$`)
	require.NoError(t, err)
	assert.True(t, p.match("晋中新闻网"))
	assert.False(t, p.match("晋中日报"))
	assert.False(t, p.match("织密组织覆盖网"))
	_, err = compilePattern(`(`)
	assert.Error(t, err)
}
