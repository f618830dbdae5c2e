package numbers_test

import (
	"fmt"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

func ExampleFind() {
	for _, q := range numbers.Find("全年走访一线职工近万人次，发放补助金26万余元，厂务公开建制率达85%以上") {
		fmt.Println(q.Text, q.Value, q.Unit, q.Approx, q.Kind)
	}
	// Output:
	// 万人次 10000 人次 lte count
	// 26万余元 260000 元 gte money
	// 85% 85 % gte percent
}
