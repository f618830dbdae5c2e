package facts_test

import (
	"context"
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
	fs, err := c.Classify(context.Background(), body, numbers.Find(body))
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Println(f.Metric, f.Value, f.Unit, f.Approx, f.Rule)
	}
	// Output:
	// people_assisted 386 人  people_assisted.aid
	// funds_disbursed 260000 元 gte funds_disbursed.pay
}
