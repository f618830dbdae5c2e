package facts_test

import (
	"fmt"

	"github.com/unionfacts/unionfacts/extract/facts"
	"github.com/unionfacts/unionfacts/extract/numbers"
	"github.com/unionfacts/unionfacts/segment"
)

func ExampleClassifier_Classify() {
	rs, err := facts.DefaultRules()
	if err != nil {
		panic(err)
	}
	seg, err := segment.Default()
	if err != nil {
		panic(err)
	}
	c, err := facts.NewClassifier(rs, seg)
	if err != nil {
		panic(err)
	}
	body := "开展春节帮扶活动,慰问困难职工386人,慰问金26万余元。"
	for _, f := range c.Classify(body, numbers.Find(body)) {
		fmt.Println(f.Metric, f.Value, f.Unit, f.Approx, f.Rule)
	}
	// Output:
	// people_assisted 386 人  people_assisted.aid
	// funds_disbursed 260000 元 gte funds_disbursed.pay
}
