package period_test

import (
	"fmt"

	"github.com/unionfacts/unionfacts/extract/numbers"
	"github.com/unionfacts/unionfacts/extract/period"
)

func ExampleWords_Spans() {
	ws := period.DefaultWords()
	rd := numbers.DefaultReader()
	body := "今年以来，全县新建基层工会32个。截至目前，全县工会会员22万人。"
	spans := ws.Spans(period.Page{Body: body, Published: "2023-06-07", BodyQuantities: rd.Find(body)},
		[]period.Fact{{Start: 13, Metric: "unions_formed"}, {Start: 28, Metric: "member_count"}})
	for _, s := range spans {
		fmt.Printf("%q %q %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// "2023-01-01" "2023-06-07" 今年以来
	// "" "2023-06-07" 截至目前
}
