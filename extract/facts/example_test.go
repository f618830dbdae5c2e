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
	body := "开展冬送温暖活动,慰问困难职工509人,慰问金41万余元。"
	for _, f := range c.Classify(body, numbers.Find(body)) {
		fmt.Println(f.Metric, f.Value, f.Unit, f.Approx, f.Rule)
	}
	// Output:
	// people_assisted 509 人  people_assisted.aid
	// funds_disbursed 410000 元 gte funds_disbursed.pay
}
