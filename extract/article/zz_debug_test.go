//go:build debugauthors

package article

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/unionfacts/unionfacts/extract/charset"
	"golang.org/x/net/html"
)

func TestDebugAuthors(t *testing.T) {
	dir := "/work/shared/data/boilerplate/Chinese-Web-Content-Extraction-Dataset"
	for _, name := range strings.Fields(os.Getenv("PAGES")) {
		raw, _ := os.ReadFile(dir + "/original/" + name + ".html")
		gold, _ := os.ReadFile(dir + "/author/" + name + ".txt")
		text, _ := charset.Decode(raw, "")
		g, _ := charset.Decode(gold, "")
		want := strings.Fields(strings.TrimSpace(g))
		r := DefaultHTMLRules()
		root, _ := html.Parse(strings.NewReader(text))
		p := &htmlPage{rules: r, meta: readMeta(root)}
		p.lines = renderLines(findBody(root), r)
		p.container = chooseContainer(p.lines, r)
		p.locate()
		p.title()
		fmt.Printf("=== %s want %q start %d end %d title %d n %d\n", name, want, p.start, p.end, p.titleLine, len(p.lines))
		for i, l := range p.lines {
			hit := false
			for _, w := range want {
				if strings.Contains(l.text, w) {
					hit = true
				}
			}
			if hit || i == p.titleLine {
				for j := max(i-2, 0); j < min(i+3, len(p.lines)); j++ {
					tx := p.lines[j].text
					if len(tx) > 200 { tx = tx[:200] }
					fmt.Printf("  %4d furn=%v %q\n", j, p.lines[j].furn, tx)
				}
				fmt.Println("  --")
			}
		}
	}
}
