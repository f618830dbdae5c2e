package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFlatText(t *testing.T) {
	src := `<html><head><title>区总工会年度工作</title><style>p{color:red}</style><script>var s = "脚本";</script></head>
<body><div>` + para1 + `<br>` + para2 + `<p>记者 张三</p>`
	got := strings.Fields(flatText(src))
	assert.Equal(t, []string{"区总工会年度工作", para1, para2, "记者", "张三"}, got)
}

func TestFromHTMLTooDeep(t *testing.T) {
	// Old pages leave <font> open thousands of times; the parser gives up
	// at 512 open elements, and the text is read all the same.
	src := `<html><head><title>区总工会年度工作_某某网</title></head><body>` +
		strings.Repeat(`<font size="3">`, 600) + `<p>` + para1 + `</p><p>` + para2 + `</p><p>版权所有 某某网</p></body></html>`
	got := FromHTML(src)
	assert.Equal(t, para1+"\n"+para2, got.Body)
}
