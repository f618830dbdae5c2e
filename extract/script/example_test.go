package script_test

import (
	"fmt"

	"github.com/unionfacts/unionfacts/extract/script"
)

func Example() {
	t := script.Default()
	page := "縣總工會發展會員1100餘人"
	view := t.Simplified(page)
	fmt.Println(t.Detect(page), view)
	p := t.NewPrinter(view, page)
	fmt.Println(p.Field("发展会员"))
	// Output:
	// hant 县总工会发展会员1100余人
	// 發展會員
}
