package article

import (
	"regexp"
	"strings"
	"testing"
)

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// FuzzFromText checks that any text reads without a panic into well-formed
// fields: a YYYY-MM-DD date or none, a body without blank lines.
//
//	go test ./extract/article -run '^$' -fuzz FuzzFromText -fuzztime 60s
func FuzzFromText(f *testing.F) {
	f.Add(page("标题在这里就好", "2023-06-07 来源:某某网", "本报讯(记者 张三)"+paraA, "筹措资金31", "", "40万元。(李四)", "相关推荐", "上一篇 2022年11月8日"))
	f.Add("（）\n(\n)\n【】\n记者\n来源:\n二〇二三年十月\n第1页")
	f.Fuzz(func(t *testing.T, text string) {
		a := FromText(text)
		if a.Published != "" && !isoDate.MatchString(a.Published) {
			t.Errorf("published %q", a.Published)
		}
		for _, l := range strings.Split(a.Body, "\n") {
			if a.Body != "" && strings.TrimSpace(l) == "" {
				t.Errorf("blank body line in %q", a.Body)
			}
		}
	})
}
