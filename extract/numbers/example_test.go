package numbers_test

import (
	"fmt"

	"github.com/unionfacts/unionfacts/extract/numbers"
)

func ExampleFind() {
	for _, q := range numbers.Find("全年慰问困难职工近万人次，发放慰问金41万余元，职代会建制率达90%以上") {
		fmt.Println(q.Text, q.Value, q.Unit, q.Approx, q.Kind)
	}
	// Output:
	// 万人次 10000 人次 lte count
	// 41万余元 410000 元 gte money
	// 90% 90 % gte percent
}
