// Package panel adds a run's facts up into the county-year panel: one row
// per division, calendar year, metric and unit, the table every researcher
// otherwise writes by hand in SQL and gets wrong in a way of their own. It
// is a collection stage: it sees the rows of every document (documents and
// facts, with duplicate_of, part_of and the periods set), never a page.
//
// # The rules
//
// A fact enters the panel when
//
//   - its document was read (error null) and is no copy (duplicate_of
//     null): a republished report counts once, through its kept copy;
//   - it is no part of another fact (part_of null): 其中新就业形态劳动者489人
//     is already inside the 1,100 members it is a part of;
//   - it has a division: its own region where it has one, else its
//     document's;
//   - for a flow (members added, funds paid, people trained…), its period
//     lies within one calendar year, which is the year it counts in: a span
//     across years (五年来, 2022年10月至2023年3月) and a cumulative total
//     without a start (累计) are no year's flow and stay out;
//   - for a stock or rate (union_count, member_count, coverage_rate: the
//     period words' stock metrics), it has an as-of date (period_end),
//     whose year it counts in.
//
// One report's facts of one cell (division, year, metric, unit) make one
// figure:
//
//   - the same number for the same span said twice (in the lead and again
//     in the summary) counts once;
//   - a flow whose span lies inside a longer span of the same report (1至9月
//     inside 今年以来) is already counted in it and is left out;
//   - the rest, spans of their own (each quarter, or several kinds of
//     people assisted in the same year), add up;
//   - a stock or rate takes its latest as-of value; two values as of the
//     same day, the larger.
//
// Several reports on one cell do not add up, since they report on the same
// division and year:
//
//   - flows: the report whose spans cover the most days of the year wins (an
//     annual summary over a half-year one); equal coverage, the larger
//     figure;
//   - stocks and rates: the latest as-of date wins; the same date, the
//     larger value;
//   - reports that tie on both (two outlets' independent reports of the same
//     annual figure) are all listed.
//
// facts lists the facts the cell's value comes from, doc#fact_no, in input
// order; n_facts and n_docs count them and their documents.
//
// # Memory
//
// A Builder holds one entry per cell, with the facts of its current
// figure: memory grows with the divisions, years and metrics a crawl
// covers, not with its documents.
//
//	b := panel.NewBuilder(period.DefaultWords().Stock)
//	for each document d, with its facts fs, in input order {
//		b.Add(d, fs)
//	}
//	rows := b.Rows() // sorted by region_code, year, metric, unit
package panel
