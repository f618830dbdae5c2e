// Package period reads when each fact of a report holds: the span of time
// a number covers (a flow: members added in 2022), or the day a stock or
// rate holds at (union_count at the end of 2022), as the fact contract's
// "Where and when a fact holds" defines it.
//
// The words come from a table kept as data (periods.txt, embedded; a
// researcher's own replaces or extends it, see ParseWords): years counted
// from the publication date (今年, 去年以来), spans counted back from it
// (五年来), points in time (截至, 目前), words that join dates into spans
// (以来, 至), parts of a year (上半年), running totals (累计), comparisons
// that are no spans (比去年) and the metrics that are stocks. Years,
// months and days written with numerals come from the number reader.
//
// A fact takes the last time words before its number in its own sentence,
// else the last span stated before it in its paragraph, else the span the
// first paragraph or the title states for the report, else, for a flow,
// the date of the news event its paragraph reports:
//
//	ws := period.DefaultWords()
//	rd := numbers.DefaultReader()
//	body := "今年以来，全县新建基层工会32个。"
//	spans := ws.Spans(period.Page{Body: body, Published: "2023-06-07",
//		BodyQuantities: rd.Find(body)}, []period.Fact{{Start: 13, Metric: "unions_formed"}})
//	// spans[0] is {2023-01-01 2023-06-07 今年以来}
package period
