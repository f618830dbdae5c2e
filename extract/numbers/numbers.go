// Package numbers reads every quantity expression in Chinese text: arabic,
// full-width and Chinese numerals, multipliers (万, 亿), qualifiers (余, 近,
// 以上...), ranges, units and money, as a careful reader would.
package numbers

// Kind says what sort of number a quantity is. Only counts, money and
// percentages can become facts; the other kinds are read so that they are not
// mistaken for counts.
type Kind string

// The kinds of quantity the reader tells apart.
const (
	Count   Kind = "count"   // a number with a counting word: 32个, 1100余人
	Money   Kind = "money"   // a sum folded to 元: 41万余元
	Percent Kind = "percent" // 93%, 百分之九十五
	Year    Kind = "year"    // 2022年
	Date    Kind = "date"    // 10月, 15日
	Time    Kind = "time"    // 晚上9点
	Ordinal Kind = "ordinal" // 第九届, 第2名
	Code    Kind = "code"    // phone numbers, ICP numbers, long digit strings
	Bare    Kind = "bare"    // a number with no unit
)

// Approx is how exact a quantity is, in the vocabulary of the fact contract.
type Approx string

// The approx values of the fact contract.
const (
	Exact Approx = ""
	GTE   Approx = "gte"   // 余, 多, 以上, 超过, 逾, 超
	LTE   Approx = "lte"   // 近, 不到, 不足, 以下, 以内
	About Approx = "about" // 约, 大约, 左右, 上下
	Range Approx = "range" // 3至5个
)

// Quantity is one number found in a text.
type Quantity struct {
	// Text is the evidence span: from the number's first character to its
	// unit's last. Qualifiers before the number (近, 约) or after the unit
	// (以上, 左右) lie outside it and show only in Approx.
	Text string
	// Start and End are rune offsets of Text in the input, End exclusive.
	Start, End int
	// Value is the normalized number: multipliers applied, money in 元.
	Value float64
	// ValueMax is the upper end of a range, nil otherwise.
	ValueMax *float64
	// Unit is the counting word as written, 元 for money, % for percentages,
	// "" when there is none.
	Unit   string
	Approx Approx
	Kind   Kind
}
